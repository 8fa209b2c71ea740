-- S1 "Weer iemand van de gemeente": het eerste huisbezoek bij Samira.
--
-- Dit is ook het VOORBEELDSCENARIO van Naast: het gebruikt elk onderdeel van
-- het scenarioformaat (docs/scenario-format.md). Boven elk onderdeel dat je
-- niet in elk scenario nodig hebt, staat een korte toelichting in een
-- commentaarregel (beginnend met --). Trainers kunnen dit bestand kopiëren
-- als beginpunt voor een eigen scenario.
--
-- Opbouw: argwanend testen aan de deur -> boosheid over "het systeem" ->
-- verdriet onder de boosheid -> een telefoontje van haar dochter ->
-- voorzichtige afspraak. Tien beslismomenten; elk pad naar een gewoon einde
-- telt er 8 of 9 (als de spanning te hoog oploopt, eindigt het eerder).

-- Een scenario mag eigen hulpfuncties hebben, zolang ze 'local' zijn.
-- Deze bepaalt aan het eind welk einde volgt, op basis van de toestand.
-- Ze wordt hieronder gebruikt als 'next' van de laatste beslissing.
local function afloop(s)
  -- een vage belofte die niet is teruggenomen, komt later terug (zie de vlag 'belofte')
  if s.belofte == 1 then return "beloofd" end
  if s.vertrouwen >= 6 then return "tweede-afspraak" end
  if s.vertrouwen >= 3 then return "denkt-erover-na" end
  return "afgezegd"
end

scenario {
  id = "weer-iemand-van-de-gemeente",
  title = "Weer iemand van de gemeente",
  language = "nl",
  -- 'version' is optioneel: je eigen versielabel, zichtbaar in verslagen
  version = "1.0",
  minutes = 15,
  role = "procesbegeleider",
  -- de eerste les is de hoofdfocus
  lessons = { 3, 8, 1 },
  -- 'content_notes' (optioneel) waarschuwt spelers vooraf waar het over gaat
  content_notes = { "uithuisplaatsing", "ondertoezichtstelling", "schulden", "schuldgevoel naar de kinderen", "wantrouwen in instanties" },
  intro = [[
Je bent **procesbegeleider** bij Het Ondersteuningsteam (OT). Vandaag ga je voor het eerst op huisbezoek bij **Samira** (38).

Samira is erkend gedupeerde van de toeslagenaffaire. Haar kinderen **Nora** (12) en **Adam** (9) wonen sinds drie jaar bij pleegouders; er loopt een ondertoezichtstelling (OTS). Jeugdbeschermer **Wendy** van de gecertificeerde instelling (GI) gaat over de omgang. Een medewerker van het gemeentelijk steunpunt vertelde Samira over het OT. Ze meldde zich aan, en zegde de eerste afspraak af. Nu sta je voor haar deur.

**Wat je wel bent:** onafhankelijk. Je staat naast Samira en werkt aan wat zij belangrijk vindt.
**Wat je niet bent:** je bent niet van de gemeente, je beslist niets over Nora en Adam en je hebt geen mandaat over de OTS. Je komt ook geen intake afnemen.

> "Via steunpunt medewerkers hoorden we dat het voor sommige gedupeerde ouders een emotionele drempel is om via de gemeente bij ons aan te kloppen."
> (Evaluatie pilotfase Ondersteuningsteam, 2022)

> "Wij gaan naar deze gezinnen toe zonder bedoeling en zonder verwachting."
> (een procesbegeleider, Evaluatie pilotfase, 2022)

Let op de meters: Samira begint gespannen en met weinig vertrouwen. Als de spanning te hoog oploopt, stopt ze het gesprek.
]],
  start = "deur",
  cast = {
    samira = { name = "Samira", role = "moeder" },
    -- een tweede persoon: Nora spreekt alleen via de telefoon
    nora = { name = "Nora", role = "dochter" },
  },
  state = {
    spanning   = { init = 6, min = 0, max = 10 },
    vertrouwen = { init = 2, min = 0, max = 10 },
    regie      = { init = 3, min = 0, max = 10 },
    -- een verborgen vlag (hidden = true): geen meter in beeld, wel onthouden.
    -- 1 = er is een vage belofte gedaan over de musical; een latere beslissing
    -- en het einde lezen deze vlag.
    belofte    = { init = 0, min = 0, max = 1, hidden = true },
  },
  -- 'triggers' worden na elk antwoord gecontroleerd: loopt de spanning op tot
  -- 10, dan stopt Samira het gesprek, waar je ook bent.
  -- Regulatie vóór inhoud: zolang de spanning 7 of hoger is, levert een
  -- antwoord met content = true (uitleg, informatie) geen vertrouwen op en laat
  -- het de spanning niet zakken. Eerst moet Samira weer wat tot rust komen.
  regulation = { when = { spanning = ">=7" }, max = { vertrouwen = 0 }, min = { spanning = 0 } },
  triggers = {
    { when = { spanning = ">=10" }, next = "deur-dicht" },
  },
  -- 'tests': eigen controles voor 'naast test'. Nummers tellen de antwoorden
  -- die op dat moment beschikbaar zijn, vanaf 1.
  tests = {
    -- steeds het sterkste antwoord: herstel
    { choices = { 3, 2, 4, 3, 2, 1, 3, 4 }, ending = "tweede-afspraak",
      min = { erkenning = 0.9, transparantie = 0.9, regie = 0.9, verbinding = 0.9 } },
    -- steeds het procedurele antwoord: de spanning loopt op tot ze je de deur wijst
    { choices = { 1, 2, 2, 3 }, ending = "deur-dicht",
      max = { erkenning = 0.5, transparantie = 0.5 } },
    -- goed gesprek, maar een vage belofte over de musical die niet wordt teruggenomen
    { choices = { 3, 2, 4, 3, 2, 2, 2, 4 }, ending = "beloofd" },
    -- dezelfde vage belofte, maar eerlijk teruggenomen: toch herstel
    { choices = { 3, 2, 4, 3, 2, 2, 3, 4 }, ending = "tweede-afspraak" },
  },
}

-- 1 ------------------------------------------------------------------------
node "deur" {
  speaker = "samira",
  lines = {
    -- een regel van 'verteller' is vertelling: cursief en zonder naam
    { "verteller", "Je belt aan op de tweede verdieping. Het duurt even. Dan gaat de deur op een kier open; de ketting zit er nog op." },
    "Jij bent van dat team?",
    { "verteller", "Ze kijkt naar je badge en dan naar je tas." },
    "Dus jij bent weer iemand van de gemeente.",
  },
  -- 'key' markeert een sleutelmoment; 'prompt' is de vraag voor intervisie
  key = true,
  prompt = "Wat heeft Samira nodig voordat ze jou binnenlaat? Wat maakt jouw eerste zin tot een uitnodiging, of tot weer een loket?",
  choices = {
    choice {
      text = "Goedemiddag mevrouw, ik kom voor het kennismakingsgesprek. Als we straks samen het intakeformulier invullen, weet ik precies waarmee ik u kan helpen.",
      next = "binnen",
      procedure = true,
      score = { erkenning = -1, verbinding = -1, regie = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 1, 3 },
      feedback = "Goed bedoeld en ordelijk, maar een formulier als eerste zin maakt van jou weer een loket. Samira vroeg wie je bent, niet wat jij van haar nodig hebt (les 1, les 3).",
      inner = "Een formulier. Hoeveel formulieren heb ik al ingevuld om te bewijzen dat ik geen fraudeur ben?",
    },
    choice {
      text = "Ik heb je dossier vooraf goed doorgelezen, dus je hoeft vandaag niet alles opnieuw te vertellen; dat is vaak al zwaar genoeg. Zullen we binnen even verder praten?",
      next = "binnen",
      score = { erkenning = -2, transparantie = -1 },
      effects = { spanning = 2, vertrouwen = -2, regie = -1 },
      lessons = { 7, 3 },
      feedback = "Het klinkt attent: ze hoeft niet alles opnieuw te vertellen. Maar zo gaat het dossier vóór haar eigen verhaal, en Samira hoort: ze weten het al, net als alle anderen. Begin bij wat zij vertelt (les 7).",
      inner = "Natuurlijk. Ze hebben allemaal hetzelfde dossier gelezen. Wat ik zelf zeg, maakt toch niet meer uit.",
    },
    choice {
      text = "Nee, niet van de gemeente. Ik ben van het Ondersteuningsteam, en ik beslis niets over Nora en Adam. Wat wil je nog meer van me weten?",
      next = "vragen",
      score = { transparantie = 3, veiligheid = 2, regie = 1 },
      effects = { spanning = -1, vertrouwen = 1, regie = 1 },
      lessons = { 8, 3 },
      feedback = "Je zegt in gewone woorden wat je niet bent en niet beslist, en je geeft haar de eerste zet. Je praat haar wantrouwen niet weg; je laat haar het toetsen (les 8, les 3).",
      inner = "Ze zegt in elk geval meteen wat ze niet kan. En ik mag eerst vragen stellen. Dat is nieuw.",
    },
    choice {
      text = "Nee, van het Ondersteuningsteam. Ik kom alleen even kennismaken, zonder papieren. Mag ik binnenkomen?",
      next = "binnen",
      score = { veiligheid = 1, transparantie = -1, regie = -1 },
      effects = { spanning = 1 },
      lessons = { 8, 3 },
      feedback = "Vriendelijk, licht en zonder formulieren: zo wil je binnenkomen, en daarom kies je dit snel. Maar ze vroeg wie je bent, en “alleen even kennismaken” zegt niet wat je wel en niet beslist. En jij vraagt om binnen te komen voordat zij jou heeft kunnen toetsen: het tempo is van jou, niet van haar (les 8, les 3).",
      inner = "Kennismaken. Dat zei die vrouw van Jeugdzorg ook. En wat beslis jij dan?",
    },
  },
}

-- 2a (na een sterke opening) ---------------------------------------------
node "vragen" {
  speaker = "samira",
  lines = {
    { "verteller", "Samira haalt de ketting van de deur, maar blijft in de deuropening staan." },
    "Oké. Nog één vraag dan. Wie betaalt jou? Want als de overheid jou betaalt, werk je voor de overheid. Zo simpel is het.",
  },
  choices = {
    choice {
      text = "Goede vraag. Zal ik deze folder hier laten? Daar staat alles in: wie ons betaalt en hoe het zit met je privacy.",
      next = "verhaal",
      procedure = true,
      score = { transparantie = 1, verbinding = -1 },
      effects = { spanning = 1 },
      lessons = { 8, 3 },
      feedback = "De informatie klopt, en een folder kan ze rustig nalezen. Maar ze wil een mens tegenover zich, die zelf antwoord geeft. Zeg het haar zelf (les 8, les 3).",
      inner = "Nog een folder. Ik heb een la vol folders.",
    },
    choice {
      text = "Eerlijke vraag. De gemeenten en twee ministeries betalen ons, dat klopt, en na alles snap ik dat dat niet geruststelt. Ze kijken of het geld goed besteed wordt, niet naar wat jij mij vertelt.",
      next = "verhaal",
      score = { transparantie = 3, erkenning = 2, veiligheid = 1 },
      effects = { vertrouwen = 1 },
      -- een inhoudelijke uitleg: valt onder de regulatie hierboven in scenario {}
      content = true,
      lessons = { 8, 1 },
      feedback = "Je geeft een eerlijk antwoord op een scherpe vraag, ook al is het geen geruststellend antwoord, en je erkent waarom die vraag er voor haar toe doet. Hier is de lengte het antwoord zelf (les 8, les 1).",
      inner = "Ze draait er niet omheen. Dat had ik niet verwacht.",
    },
    choice {
      text = "De overheid, ja. Maar ik werk voor jou, niet voor hen.",
      next = "verhaal",
      score = { transparantie = 1, veiligheid = -1 },
      effects = { spanning = 1 },
      lessons = { 8 },
      feedback = "Kort, eerlijk over het geld en warm: dit zegt een goede collega zonder aarzelen. Maar “ik werk voor jou” is een belofte van trouw die ze niet kan toetsen, en het antwoord op haar echte vraag (wat ziet de overheid van wat ik vertel?) blijft uit. Vertrouwen moet ze zelf kunnen controleren (les 8).",
      inner = "Voor mij. Dat zeggen ze allemaal. Wat krijgen ze dan te zien van wat ik zeg?",
    },
    choice {
      text = "Wij zijn juist opgericht na de toeslagenaffaire, om naast ouders te staan. We hebben een eigen team en eigen mailadressen, los van de gemeente. Je kunt ons echt vertrouwen.",
      next = "verhaal",
      score = { transparantie = 1, erkenning = -1, veiligheid = -1 },
      effects = { spanning = 1 },
      content = true,
      lessons = { 8 },
      feedback = "Alles klopt, en je wilt graag dat ze je vertrouwt. Dat maakt deze uitleg verleidelijk. Maar haar vraag was wie je betaalt, en die beantwoord je niet. Een verdediging van je organisatie gaat over jou; vertrouwen moet ze zelf kunnen toetsen (les 8).",
      inner = "Mooi verhaal. Maar wie betaalt haar nou?",
    },
  },
}

-- 2b (na een zwakke opening): een kans om te herstellen ---------------------
node "binnen" {
  speaker = "samira",
  lines = {
    { "verteller", "Samira haalt de ketting eraf en loopt voor je uit naar de kamer. Ze gaat niet zitten." },
    -- een regel met 'when' wordt alleen getoond als de voorwaarde klopt:
    -- wat Samira zegt, hangt af van hoeveel vertrouwen er nog is
    { "samira", "Vijf minuten. En ik teken niks.", when = { vertrouwen = "<=1" } },
    { "samira", "Oké. Maar ik teken niks.", when = { vertrouwen = ">=2" } },
    "Dat zeggen ze allemaal, dat ze komen helpen. De vorige keer dat iemand kwam helpen, woonden mijn kinderen drie maanden later bij pleegouders.",
  },
  choices = {
    choice {
      text = "Dat is heel begrijpelijk. Zullen we even gaan zitten? Dan vertel je het me rustig.",
      next = "verhaal",
      score = { verbinding = 1, regulatie = -1, regie = -1 },
      effects = { spanning = 1 },
      lessons = { 3, 2 },
      feedback = "Rust brengen en haar uitnodigen om te vertellen: dat voelt zorgzaam. Maar zij koos ervoor te blijven staan, in haar eigen huis, en jij stuurt haar naar de stoel en naar haar verhaal. Dat ze wantrouwig is, noem je begrijpelijk, maar haar toets (“dat zeggen ze allemaal”) beantwoord je niet (les 3, les 2).",
      inner = "Gaan zitten. Mijn eigen huis, en zij zegt wanneer ik ga zitten.",
    },
    choice {
      text = "Ik begrijp het. Zullen we dan toch even kort je gegevens doornemen? Dan heb ik dat alvast.",
      next = "verhaal",
      procedure = true,
      score = { erkenning = -1, verbinding = -1, regie = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 1, 3 },
      feedback = "Je zegt “ik begrijp het” en gaat door met je eigen lijst. Zo blijft haar ervaring liggen en houd jij de regie (les 1, les 3).",
      inner = "Zie je wel. Gegevens. Daar gaat het ze om.",
    },
    choice {
      text = "Dat was een andere organisatie. Wij werken echt anders: we zijn onafhankelijk, we hebben niets te zeggen over de OTS, en we staan naast je in plaats van tegenover je. Bij ons gaat het om wat jij belangrijk vindt.",
      next = "verhaal",
      score = { transparantie = 1, erkenning = -1 },
      effects = { spanning = 1 },
      lessons = { 8, 1 },
      feedback = "Het is waar, en je wilt dat ze weet dat het dit keer anders gaat. Maar ze vertelt net hoe ze haar kinderen kwijtraakte, en jij antwoordt over je organisatie. Dat jij anders bent, moet ze merken, niet horen (les 8, les 1).",
      inner = "Dat zeggen ze allemaal. “Wij zijn anders.”",
    },
    choice {
      text = "Drie maanden later. Dan snap ik dat je blijft staan. Mijn begin aan de deur was niet goed. Ik beslis niets over Nora en Adam, en ik laat je niets tekenen. Wat wil je van me weten?",
      next = "verhaal",
      score = { transparantie = 3, veiligheid = 2, erkenning = 1 },
      effects = { spanning = -1, vertrouwen = 1 },
      lessons = { 8, 3 },
      feedback = "Een herstelpoging: je herhaalt wat zij zei, benoemt je eigen misser aan de deur en maakt je rol alsnog helder, zonder haar naar een stoel of een verhaal te sturen. Fouten toegeven is zelf traumasensitief werk (les 8, les 3).",
      inner = "Ze geeft toe dat ze het verkeerd deed. Dat doet niemand.",
    },
  },
}

-- 3 ------------------------------------------------------------------------
node "verhaal" {
  speaker = "samira",
  lines = {
    -- 'text' kan een functie van de toestand zijn: dezelfde situatie wordt
    -- anders verteld als Samira nog erg gespannen is
    { "verteller", function(s)
        if s.spanning >= 7 then
          return "Samira blijft staan, met haar armen over elkaar. Ze praat snel."
        end
        return "Samira gaat aan de keukentafel zitten. Aan de muur hangen schoolfoto's van Nora en Adam."
      end },
    "Weet je wat het is? Eerst noemt de Belastingdienst me een fraudeur. Alles terugbetalen. Veertigduizend euro.",
    "Toen kwam de deurwaarder, toen ging ik 's nachts ook werken, en toen ging het thuis mis. En toen kwam Jeugdzorg, en was ík het probleem. Niet de Belastingdienst. Ik.",
    "En die jeugdbeschermer van nu, Wendy, die belt nooit terug. Die doet gewoon wat in het dossier staat.",
  },
  key = true,
  prompt = "Samira is boos op de Belastingdienst én op de GI. Waar luister jij naar: naar de feiten, of naar wat eronder ligt? En wat doe je met de neiging om iets op te lossen of recht te zetten?",
  choices = {
    choice {
      text = "Veertigduizend euro, dat is enorm. Heb je al gekeken of je bij de Commissie Werkelijke Schade een extra vergoeding kunt aanvragen? Daar kan ik je mee helpen; dan hebben we vandaag alvast iets concreets.",
      next = "boos",
      score = { erkenning = -1, regie = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      content = true,
      lessons = { 1, 2 },
      feedback = "Een concrete stap voelt nuttig, en zo'n vergoeding kan echt iets betekenen. Daarom is dit zo verleidelijk. Maar ze vertelt net hoe haar leven uit elkaar viel; een regeling nu maakt er weer een geldzaak van, en haar verhaal blijft ongehoord (les 1).",
      inner = "Weer een formulier. Ik vertel hoe ik mijn kinderen kwijtraakte, en zij begint over een commissie.",
    },
    choice {
      text = "Dat is heel veel tegelijk. Wat zou jou nu het meest helpen?",
      next = "boos",
      procedure = true,
      score = { erkenning = -2, regulatie = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 1 },
      feedback = "Een open vraag naar wat haar helpt klinkt mensgericht, en zo hoort een hulpvraag ook te klinken. Maar ze is nog midden in haar verhaal; nu vragen wat ze wil, springt over de impact van de toeslagenaffaire heen en laat haar het werk doen. Eerst het verhaal, dan pas de deeloplossingen (les 1).",
      inner = "Ik vertel hoe mijn leven kapot is gemaakt, en zij wil een lijstje.",
    },
    choice {
      text = "Ik ken Wendy een beetje. Ze heeft veel te veel zaken, maar ze bedoelt het echt goed. Zal ik vragen of ze je deze week terugbelt?",
      next = "boos",
      score = { veiligheid = -1, erkenning = -1 },
      effects = { spanning = 2, vertrouwen = -2 },
      lessons = { 8, 3 },
      feedback = "Je wilt de verhoudingen goed houden, en het aanbod om te bellen is behulpzaam. Maar je kiest hoorbaar Wendy's kant terwijl Samira nog niet uitgepraat is. Ze hoort: jij hoort bij hen (les 8, les 3).",
      inner = "Daar heb je het. Ze kent haar. Ze zijn allemaal hetzelfde.",
    },
    choice {
      text = "Eerst een fraudeur. En toen was jij het probleem. *(je wacht even)*",
      next = "verdriet",
      score = { erkenning = 3, regulatie = 2, verbinding = 1 },
      effects = { spanning = -1, vertrouwen = 2 },
      lessons = { 1, 3 },
      feedback = "Je herhaalt haar eigen woorden, de kern van de toeslagenaffaire voor haar, en laat dan ruimte. Geen vraag, geen oplossing, geen correctie: de stilte nodigt haar uit om verder te vertellen. Zo zakt de spanning (les 1, les 3).",
      inner = "Ze zegt het gewoon na. Ze maakt er niks kleiner van.",
    },
    choice {
      text = "Even voor de duidelijkheid, want dat wordt vaak verward: Wendy heeft de kinderen niet uit huis geplaatst. Dat heeft de kinderrechter besloten.",
      next = "boos",
      score = { regulatie = -2, erkenning = -1 },
      effects = { spanning = 2, vertrouwen = -1 },
      lessons = { 5, 8 },
      feedback = "Feitelijk klopt het, en je wilt Wendy niet onterecht laten beschuldigen. Maar wie midden in haar boosheid wordt gecorrigeerd, voelt zich niet gehoord. En “de rechter heeft besloten” klinkt als een schild (les 5, les 8).",
      inner = "Dus het ligt weer aan mij, dat ik het verkeerd zeg. Ik weet heus wel wie wat heeft besloten.",
    },
  },
}

-- 4a (als de spanning oploopt) ----------------------------------------------
node "boos" {
  speaker = "samira",
  lines = {
    { "verteller", "Samira's stem slaat over. Ze loopt naar het raam en weer terug." },
    "Zie je? Jij bent precies hetzelfde. Niemand luistert. Jullie hebben mijn kinderen afgepakt, en nu moet ík jullie vertellen waar ik hulp bij wil?",
  },
  key = true,
  prompt = "Hoe breng je de spanning omlaag zonder Samira op haar toon aan te spreken en zonder jezelf te verdedigen? Wat hoor jij achter haar boosheid?",
  choices = {
    choice {
      text = "Je hebt gelijk. Ik ging te snel, sorry. *(je wacht even)*",
      next = "verdriet",
      score = { regulatie = 3, erkenning = 1 },
      effects = { spanning = -2, vertrouwen = 1 },
      lessons = { 5, 3 },
      feedback = "Je herstelt je eigen misser in één zin en laat dan stilte vallen. Je verdedigt je niet en je duwt niet door; zo krijgt haar boosheid ruimte om te zakken. Achter boosheid schuilt vaak verdriet (les 5, les 3).",
      inner = "Ze gaat niet in de aanval. Ze stopt gewoon. Oké... ik kan weer ademhalen.",
    },
    choice {
      text = "Oké, ik hoor je. Zeg het dan maar: wat heb je wél nodig van mij?",
      next = "telefoon",
      score = { verbinding = 1, regie = 1, regulatie = -1 },
      effects = { spanning = 1 },
      content = true,
      lessons = { 3, 5 },
      feedback = "Je blijft rustig, je verdedigt je niet en je legt de keuze bij haar: dat lijkt precies goed. Maar het is dezelfde vraag die haar net boos maakte, in andere woorden, terwijl ze nog vol spanning staat. Eerst moet de spanning zakken; pas daarna kan ze iets vragen (les 3, les 5).",
      inner = "Weer die vraag. Ik weet het niet! Daarom ben jij hier toch?",
    },
    choice {
      text = "Ik wil je echt graag helpen, maar als je zo boos wordt, kan ik dit gesprek niet met je voeren.",
      next = "telefoon",
      procedure = true,
      score = { veiligheid = -2, regulatie = -1 },
      effects = { spanning = 3, vertrouwen = -2, regie = -1 },
      lessons = { 5 },
      feedback = "Een grens stellen voelt professioneel. Maar je maakt het gesprek afhankelijk van haar toon, en dat voelt voor haar als een oordeel en een voorwaarde, precies wat ze van instanties kent (les 5).",
      inner = "Daar is het weer. “Als u zo doet.” Dat staat straks zeker in een verslag.",
    },
    choice {
      text = "Sorry, maar ik ben niet degene die je kinderen heeft weggehaald. Ik probeer je juist te helpen.",
      next = "telefoon",
      score = { regulatie = -1, erkenning = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 8, 5 },
      feedback = "Het klopt, en je begint zelfs met sorry. Maar na dat “maar” verdedig je jezelf, en dan gaat het gesprek over jou in plaats van over haar. Eerst de spanning laten zakken, dan je rol uitleggen (les 8, les 5).",
      inner = "Nu moet ik ook nog medelijden met haar hebben?",
    },
  },
}

-- 4b (het verdriet onder de boosheid) ----------------------------------------
node "verdriet" {
  speaker = "samira",
  lines = {
    { "verteller", "Samira gaat weer zitten. Het blijft een tijd stil.", when = { spanning = ">=5" } },
    "Ik werkte in de thuiszorg. Nora zat op turnen, Adam op voetbal. Elke zomer gingen we een week kamperen in Zeeland.",
    "En toen die brief. Ik ging erbij werken, 's nachts, om die schuld. Ik sliep bijna niet. En thuis... ik schreeuwde tegen ze. Om niks.",
    { "verteller", "Ze veegt haar ogen af met de mouw van haar trui." },
    "Ik heb ze hun jeugd afgepakt.",
  },
  choices = {
    choice {
      text = "Hoe gaat het nu met Nora en Adam, bij de pleegouders? Hebben ze het daar goed?",
      next = "telefoon",
      score = { erkenning = -1, systemisch = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 6, 3 },
      feedback = "Je denkt aan de kinderen, en dat hoort bij je werk. Maar Samira zegt net dat zij hun jeugd heeft afgepakt; een vraag over hoe goed ze het bij de pleegouders hebben, bevestigt dat ze alleen nog het probleem rond de kinderen is. Eerst zij, dan Nora en Adam (les 6, les 3).",
      inner = "Beter dan bij mij, bedoel je. Dat denkt iedereen.",
    },
    choice {
      text = "Je bent een goede moeder, Samira. Dat zie ik aan die foto's.",
      next = "telefoon",
      score = { verbinding = 1, erkenning = -1 },
      lessons = { 3 },
      feedback = "Lief bedoeld, en je wilt haar pijn kleiner maken; veel ouders hebben dat zinnetje lang niet gehoord. Maar het is een cijfer, ook al is het een goed cijfer: jij beoordeelt haar moederschap na een uur. En haar schuldgevoel mag niet bestaan, dus de deur die ze net openzette, gaat weer dicht (les 3, les 5).",
      inner = "Aan die foto's. Die zijn van vóór. Zij was er niet bij.",
    },
    choice {
      text = "Je hebt jarenlang alles gedaan om overeind te blijven. Voor Nora en Adam. *(je wacht even)*",
      next = "telefoon",
      score = { erkenning = 3, verbinding = 2, regulatie = 2 },
      effects = { spanning = -1, vertrouwen = 1 },
      lessons = { 3, 1, 5 },
      feedback = "Je ziet haar als moeder, noemt wat ze deed om overeind te blijven, en laat haar verdriet bestaan zonder het op te lossen. De stilte erna is het belangrijkste deel. Dat is professionele nabijheid (les 3, les 1).",
      inner = "Voor Nora en Adam. Ja. Zo heeft lang niemand meer over mij gepraat.",
    },
    choice {
      text = "Dat klinkt heel zwaar. Heb je hier al hulp voor, voor jezelf? Ik kan je doorverwijzen naar de huisarts of de ggz.",
      next = "telefoon",
      procedure = true,
      score = { erkenning = -1, verbinding = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 3, 2 },
      feedback = "Hulp voor jezelf kan later waardevol zijn, maar op dit moment voelt het als doorsturen. Ze deelt iets kwetsbaars; blijf er eerst even bij (les 3, les 2).",
      inner = "Dus ik moet naar de ggz. Daar heb je het weer: er is iets mis met mij.",
    },
  },
}

-- 5 ------------------------------------------------------------------------
node "telefoon" {
  speaker = "samira",
  lines = {
    { "verteller", function(s)
        if s.vertrouwen >= 4 then
          return "Samira's telefoon trilt op tafel. Ze kijkt naar het scherm en haar gezicht verandert. “Nora,” zegt ze zacht. “Op woensdag mag ze bellen. Mag ik even?”"
        end
        return "Samira's telefoon trilt. Ze pakt hem, draait zich half van je af en neemt op zonder iets tegen jou te zeggen."
      end },
    { "nora", "Mam? Mam, raad eens! Ik heb de hoofdrol in de eindmusical! Over drie weken. Kom je?" },
    "Echt? Lieverd, wat goed! Ik... ik ga kijken of het mag, oké?",
    { "nora", "Het mag toch gewoon? Je bent mijn moeder." },
    "Ik ga het vragen. Dikke kus. Zeg tegen Adam dat ik van hem hou.",
    { "verteller", "Ze legt de telefoon neer en kijkt er een tijdje naar." },
    "Eindmusical van groep acht. En ik weet niet eens of ik mag komen. Dat bepaalt Wendy.",
  },
  key = true,
  prompt = "Samira is op dit moment niet “cliënt” maar moeder. Hoe laat je merken dat je dat ziet? En wiens vraag is die musical eigenlijk?",
  choices = {
    choice {
      text = "Wat geweldig, de hoofdrol! Natuurlijk moet jij daarbij zijn, je bent haar moeder. Daar kan toch niemand iets op tegen hebben? Zo'n avond mag je echt niet missen.",
      next = "musical",
      score = { verbinding = 1, transparantie = -1 },
      lessons = { 3, 8 },
      feedback = "Je deelt haar blijdschap, en dat voelt even goed. Maar je spreekt een verwachting uit die jij niet kunt waarmaken: of ze mag komen, beslist Wendy. En je vraagt niet hoe het voor haar was, trots en verdrietig tegelijk (les 3, les 8).",
      inner = "Ja, natuurlijk. Dat zei Nora ook. Maar zo werkt het niet.",
    },
    choice {
      text = "De hoofdrol. En ze wil dat jij komt kijken. *(je wacht even)*",
      next = "musical",
      score = { verbinding = 3, systemisch = 2, erkenning = 1 },
      effects = { vertrouwen = 1 },
      lessons = { 3, 6 },
      feedback = "Je zegt alleen wat er gebeurde: haar dochter wil haar erbij. Dan laat je ruimte voor wat het met háár doet. Je regelt nog niets. Zo erken je haar in haar ouderschap (les 3, les 6).",
      inner = "Ze wil dat ik kom. Trots. Kapot. Allebei.",
    },
    choice {
      text = "Dat valt onder de omgangsregeling. Weet je wat daarin staat over schoolactiviteiten? Dan weten we meteen of het mag.",
      next = "musical",
      procedure = true,
      score = { verbinding = -1, erkenning = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 3, 6 },
      feedback = "Praktisch en snel, maar je gaat meteen naar de regels, terwijl zij net trots en verdrietig tegelijk is. Eerst de moeder zien, dan de regeling (les 3).",
      inner = "Ik heb net mijn dochter aan de lijn gehad. En zij wil weten wat er in de regeling staat.",
    },
    choice {
      text = "Wat mooi! Zullen we meteen kijken hoe je het aan Wendy vraagt? Drie weken is niet lang.",
      next = "musical",
      score = { systemisch = 1, verbinding = -1, erkenning = -1 },
      effects = { spanning = 1 },
      content = true,
      lessons = { 3, 1 },
      feedback = "Je denkt mee, je let op de tijd en je laat haar zelf vragen: een goede collega zou dit zo zeggen. Maar het komt te vroeg. Ze heeft net haar dochter gehoord, trots en verdrietig tegelijk, en jij gaat meteen naar de oplossing. Eerst de moeder, dan de aanvraag (les 3, les 1).",
      inner = "Ja. Wendy. Ik had net Nora aan de lijn, en het gaat alweer over Wendy.",
    },
  },
}

-- 6 ------------------------------------------------------------------------
node "musical" {
  speaker = "samira",
  lines = {
    "Ik wil er gewoon bij zijn. Vorig jaar heb ik haar zwemdiploma ook al gemist.",
    "Maar als ik het aan Wendy vraag, krijg ik weer nee. Of ze belt gewoon niet terug.",
  },
  choices = {
    choice {
      text = "Wat wil je Wendy vragen? Dat kunnen we samen voorbereiden, en dan bel jij haar, met mij ernaast. Misschien willen de pleegouders ook meedenken.",
      next = "opschrijven",
      score = { regie = 3, verbinding = 2, systemisch = 1 },
      -- 'effects' als functie van de toestand: een inhoudelijke stap werkt
      -- alleen goed als de spanning niet te hoog is (regulatie vóór inhoud).
      -- Bij spanning 7 of meer groeit de regie maar een beetje en zakt de
      -- spanning niet; anders groeit de regie meer en ontspant Samira wat.
      effects = function(s)
        if s.spanning >= 7 then
          return { regie = 1 }
        end
        return { regie = 2, spanning = -1 }
      end,
      lessons = { 2, 6, 8 },
      feedback = "Je vraagt wat zij wil, biedt aan het gesprek samen voor te bereiden en laat haar zelf bellen, met jou ernaast. Je denkt ook aan de pleegouders (les 2, les 6).",
      inner = "Ik bel zelf. Maar niet alleen. Dat... durf ik misschien wel.",
    },
    choice {
      -- 'set' zet een vlag op een vaste waarde: hier wordt de vage belofte
      -- onthouden, zodat de beslissing 'opschrijven' en het einde erop terugkomen
      text = "Jij hoort daar te zijn. Ik ken Wendy wel; laat die eerste stap maar aan mij over.",
      next = "opschrijven",
      score = { verbinding = 1, transparantie = -2, regie = -1 },
      effects = { spanning = -1, vertrouwen = 1, regie = -1 },
      set = { belofte = 1 },
      lessons = { 8, 2 },
      feedback = "Het klinkt bescheiden (alleen de eerste stap) en het geeft haar meteen lucht, want ze hoeft niet weer zelf nee te horen. Maar “jij hoort daar te zijn” hoort zij als een belofte, over iets waar jij niet over beslist, en de stap die zij zelf wilde zetten, neem jij over. Als het niet lukt, ben jij de zoveelste die iets beloofde (les 8, les 2).",
      inner = "Echt? Zou ze dat kunnen? ... Dat zeiden ze de vorige keer ook.",
    },
    choice {
      text = "Daar ga ik niet over, dat moet je bij de jeugdbeschermer aanvragen. Zij beslist over de omgang.",
      next = "opschrijven",
      procedure = true,
      score = { transparantie = -1, regie = -1, verbinding = -1 },
      effects = { spanning = 1, vertrouwen = -1, regie = -1 },
      lessons = { 8, 2 },
      feedback = "Dat jij er niet over beslist, klopt. Maar “daar ga ik niet over” laat haar alleen staan. Zeg erbij wat je wél kunt doen (les 8, les 2).",
      inner = "Weer een deur dicht. Waarom is ze hier dan?",
    },
    choice {
      text = "Zal ik Wendy morgen even bellen? Mij belt ze meestal wel terug, en dan hoor je het meteen van mij. Dan hoef jij niet weer dagen op een telefoontje te wachten.",
      next = "opschrijven",
      score = { verbinding = 1, regie = -2 },
      effects = { spanning = -1, regie = -2 },
      lessons = { 2 },
      feedback = "Snel en behulpzaam, en het is als vraag gesteld. Daarom voelt het als een aanbod. Maar je neemt het gesprek over dat zij zelf wil voeren; zo blijft zij de buitenstaander, en leert ze dat het zonder jou niet lukt (les 2).",
      inner = "Fijn dat iemand het doet. Maar wat ga je over mij zeggen als ik er niet bij ben?",
    },
  },
}

-- 7 ------------------------------------------------------------------------
node "opschrijven" {
  speaker = "samira",
  lines = {
    "Wacht even. Jij schrijft de hele tijd niks op. Wat ga je doen met alles wat ik verteld heb? Gaat dat naar Wendy?",
    -- deze regel leest de verborgen vlag: alleen als er een vage belofte is gedaan
    { "samira", "En je zei net dat je het met Wendy regelt. Dus dan vertel je haar toch alles?", when = { belofte = 1 } },
  },
  key = true,
  prompt = "Wat vertel je Samira over wat er met haar verhaal gebeurt? Welke ene uitzondering noem je eerlijk, en hoe?",
  choices = {
    choice {
      text = "Ik maak een kort verslag in ons systeem, dat is standaard. Daar hoef je je geen zorgen over te maken.",
      next = "afspraak",
      procedure = true,
      score = { transparantie = -1, veiligheid = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 8 },
      feedback = "“Standaard” en “geen zorgen” zeggen niet wát je opschrijft en wie het leest. Juist dat wil ze weten (les 8).",
      inner = "Een verslag. Dat ik nooit te zien krijg. Dat ken ik.",
    },
    choice {
      text = "Nee, dit blijft tussen ons. Ik werk niet voor Wendy.",
      next = "afspraak",
      score = { veiligheid = 1, transparantie = -2 },
      effects = { spanning = -1, vertrouwen = 1 },
      lessons = { 8, 6 },
      feedback = "Kort, geruststellend en bijna helemaal waar: je werkt echt niet voor Wendy. Daarom zeg je dit zonder na te denken. Maar “dit blijft tussen ons” is een belofte die je niet kunt houden: als de veiligheid van Nora of Adam in het geding komt, moet je iets doen. Noem die ene uitzondering liever eerlijk vooraf, dan hoeft ze je later niet te betrappen (les 8, les 6).",
      inner = "Tussen ons. Dat klinkt fijn. Maar wat als ik iets zeg over de kinderen?",
    },
    choice {
      -- 'when' als tabel: dit antwoord verschijnt alleen als er eerder een vage
      -- belofte is gedaan (belofte = 1). Het is de herstelpoging: de belofte eerlijk
      -- terugnemen. 'set' zet de vlag daarna weer op 0.
      when = { belofte = 1 },
      text = "Ik moet iets terugnemen: de musical kan ik niet regelen, daar beslis ik niet over. Wel dit: niets naar Wendy zonder jouw toestemming. Behalve als ik me zorgen maak over Nora of Adam; dan hoor jij het eerst.",
      next = "afspraak",
      score = { transparantie = 3, veiligheid = 2, regie = 1 },
      effects = { spanning = 1, vertrouwen = 1 },
      set = { belofte = 0 },
      lessons = { 8 },
      feedback = "Een belofte terugnemen is ongemakkelijk, maar het is eerlijk en voorkomt een grotere teleurstelling. Je bent ook helder over wat er met informatie gebeurt, met de ene uitzondering (les 8).",
      inner = "Dus ze kan het niet regelen. Balen. Maar ze zegt het tenminste nu, en niet over drie weken.",
    },
    choice {
      -- het tegenstuk: zonder eerdere belofte is dit het sterke antwoord
      when = { belofte = 0 },
      text = "Ik schrijf alleen op wat jij goed vindt, en je mag alles lezen. Naar Wendy gaat niets zonder jouw toestemming. Er is één uitzondering: maak ik me zorgen over de veiligheid van Nora of Adam, dan hoor jij het eerst.",
      next = "afspraak",
      score = { transparantie = 3, veiligheid = 2, regie = 1 },
      effects = { spanning = -1, vertrouwen = 1, regie = 1 },
      lessons = { 8, 6 },
      feedback = "Je zegt wat er met haar verhaal gebeurt, dat zij meeleest en meebeslist, en noemt eerlijk de ene grens. Zo weet ze waar ze aan toe is (les 8).",
      inner = "Ik mag het lezen. En ze zegt het eerst tegen mij. Oké.",
    },
    choice {
      text = "Ik wil Wendy straks wel even bijpraten. Dan weet zij ook hoe zwaar het voor je is, en belt ze je misschien sneller terug. Goed?",
      next = "afspraak",
      score = { veiligheid = -1, regie = -2 },
      effects = { spanning = 3, vertrouwen = -2, regie = -1 },
      lessons = { 8, 2 },
      feedback = "Je wilt dat Wendy haar beter begrijpt, en zo'n telefoontje helpt soms echt. Maar Samira vroeg net of haar verhaal naar Wendy gaat, en jij stelt voor het te doen, met een vraag waarop alleen ja past. Zo bevestig je haar angst en beslis jij wat er met haar woorden gebeurt (les 8, les 2).",
      inner = "Ik wist het. Alles wat ik net zei, ligt vanavond bij Wendy op het bureau.",
    },
  },
}

-- 8 ------------------------------------------------------------------------
node "afspraak" {
  speaker = "samira",
  lines = {
    { "verteller", "Je bent nu ruim een uur binnen. Samira kijkt naar de klok." },
    { "samira", "En nu? Kom je volgende week weer? Of wordt dat ook zo'n afspraak die ze voor me maken?", when = { vertrouwen = ">=3" } },
    { "samira", "Ik denk dat het zo wel genoeg is geweest.", when = { vertrouwen = "<3" } },
  },
  choices = {
    choice {
      text = "Ik plan je in voor volgende week dinsdag om tien uur, en ik stuur je een brief met het plan van aanpak.",
      -- 'next' als functie: waar het gesprek eindigt, hangt af van de toestand
      -- (zie de hulpfunctie 'afloop' bovenaan dit bestand)
      next = afloop,
      procedure = true,
      score = { regie = -2, verbinding = -1 },
      effects = { spanning = 1, vertrouwen = -1, regie = -1 },
      lessons = { 2 },
      feedback = "Duidelijk en goed georganiseerd, maar jij kiest de dag en jij schrijft het plan. Zo voelt het als de zoveelste afspraak die voor haar wordt gemaakt (les 2).",
      inner = "Dinsdag om tien. Niemand vraagt of ik dan kan.",
    },
    choice {
      text = "Ik kom volgende week gewoon weer, en dan gaan we samen aan de slag. Eerst bellen we Wendy over de musical, dan kijken we naar je post en je schulden, en daarna naar meer omgang. Stap voor stap, goed?",
      next = afloop,
      score = { transparantie = 1, regie = -2 },
      effects = { regie = -1 },
      lessons = { 2, 1 },
      feedback = "Een helder plan geeft houvast, en het is met zorg gemaakt: alles wat ze vandaag noemde, staat erin. Maar het is jouw plan. “Samen” en “goed?” maken er nog geen keuze van; zij heeft niet gezegd wat ze wil, en wanneer (les 2).",
      inner = "Het is al helemaal bedacht. Voor mij, zonder mij.",
    },
    choice {
      text = "Wat jij wilt. Bel me maar als je er klaar voor bent; ik dring niet aan.",
      next = afloop,
      score = { regie = 1, veiligheid = -1, transparantie = -1 },
      effects = { vertrouwen = -1 },
      lessons = { 8, 2 },
      feedback = "Dit voelt respectvol: geen druk, zij bepaalt. Maar na een uur waarin ze zoveel deelde, legt het al het werk bij haar, en ze weet niet waar ze aan toe is. Regie geven is niet hetzelfde als haar alleen laten met de volgende stap; ze heeft ook iets nodig waarop ze kan rekenen (les 2, les 8).",
      inner = "Als ik er klaar voor ben. Dus als ik niet bel, is het mijn schuld.",
    },
    choice {
      text = "Dat bepaal jij. Wanneer past het je, en waarover wil je het dan hebben? Vóór acht uur vanavond app ik je wat we hebben afgesproken.",
      next = afloop,
      score = { regie = 3, veiligheid = 2, transparantie = 1 },
      effects = { regie = 2 },
      lessons = { 2, 8 },
      feedback = "Zij kiest het moment en het onderwerp. Je doet één kleine, concrete belofte die je kunt nakomen; zo bouw je betrouwbaarheid op (les 2, les 8).",
      inner = "Ik mag kiezen. En ze zegt precies wanneer dat appje komt. Eens kijken of het komt.",
    },
    choice {
      -- 'when' als functie: dit herstelantwoord is er alleen als de spanning
      -- hoger is dan het vertrouwen, dus als het gesprek moeizaam liep.
      -- Een voorwaarde als functie gebruik je waar een tabel het niet kan zeggen.
      when = function(s) return s.spanning > s.vertrouwen end,
      text = "Het liep vandaag niet altijd goed tussen ons, en dat lag ook aan mij. Wat had je anders gewild?",
      next = afloop,
      score = { regie = 2, veiligheid = 1 },
      effects = { spanning = -1, vertrouwen = 1 },
      lessons = { 3, 5 },
      feedback = "Een herstelpoging aan het eind: je neemt je deel, en je vraagt haar wat ze nodig heeft. Er is altijd een weg terug (les 3).",
      inner = "Ze vraagt het aan mij. Dat had ik niet verwacht.",
    },
  },
}

-- Eindes -------------------------------------------------------------------

ending "tweede-afspraak" {
  title = "Een tweede afspraak, op haar voorwaarden",
  kind = "herstel",
  text = [[
Samira noemt zelf een dag: donderdagmiddag, "dan heb ik geen dienst". Om tien voor acht die avond stuur je het appje, zoals beloofd. Ze stuurt een duim terug.

Een week later bereiden jullie samen het telefoongesprek met Wendy voor. Samira belt zelf, jij zit ernaast. Wendy belt terug. Samira mag naar de musical, samen met de pleegmoeder; na afloop mag ze Nora even vasthouden.

Een maand later vraagt Samira of je meegaat naar het evaluatiegesprek bij de GI. "Niet om voor mij te praten. Gewoon om naast me te zitten."

*Wat hier werkte:* je rol was vanaf het begin helder, haar verhaal kwam vóór de hulpvraag, je zag haar als moeder, en je beloofde alleen wat je kon waarmaken.
]],
}

ending "denkt-erover-na" {
  title = "\"Ik denk erover na\"",
  kind = "neutraal",
  text = [[
"Ik denk erover na," zegt Samira bij de deur. Ze neemt je kaartje aan, maar legt het zonder te kijken op de kapstok.

Ze reageert twee weken niet. Wendy belt ze ook niet over de musical; ze durft het niet alleen. Alleen stuurt ze je op een avond een appje: "Drukke week." Het contact is niet verbroken, maar het vertrouwen moet nog groeien. Dat kost tijd, en het vraagt dat jij blijft investeren zonder te duwen.

*Om te bespreken:* op welke momenten in het gesprek koos je voor je eigen agenda of je eigen zekerheid? Wat had Samira op die momenten nodig?
]],
}

ending "afgezegd" {
  title = "De volgende afspraak wordt afgezegd",
  kind = "breuk",
  text = [[
Een dag later stuurt Samira een kort bericht: "Laat maar. Ik red me wel."

Bij het steunpunt komt het terug als "moeder heeft ondersteuning afgewezen". Als Wendy dat later leest, kan het in een verslag belanden als "moeder werkt niet mee", terwijl het begon met een gesprek waarin Samira zich niet gehoord voelde.

Je stuurt een kaartje: dat je haar keuze respecteert en dat de deur openstaat. Er komt geen antwoord, nog niet.

*Om te bespreken:* wantrouwen uit zich vaak in afgezegde afspraken. Hoe blijf je investeren zonder de regie over te nemen?
]],
}

ending "beloofd" {
  title = "De musical zonder moeder",
  kind = "breuk",
  text = [[
Je belt Wendy over de musical. Ze wil eerst overleggen met de pleegouders; daarna hoor je een week niets. De avond van de musical is Samira er niet bij.

"Jij zei dat je het zou regelen," appt ze. "Jullie zijn allemaal hetzelfde." De volgende afspraak zegt ze af.

Een vage belofte geeft even hoop, maar als hij niet wordt waargemaakt, weegt hij zwaarder dan welk eerlijk "nee" ook. Voor ouders die jarenlang beloftes van instanties kregen, bevestigt het precies wat ze al dachten.

*Om te bespreken:* wat had je op het moment van de belofte wél kunnen zeggen? En wat doe je als je merkt dat je iets hebt beloofd wat je niet kunt waarmaken?
]],
}

ending "deur-dicht" {
  title = "Samira wijst je de deur",
  kind = "breuk",
  text = [[
Samira loopt naar de gang en houdt de voordeur open. "Ik denk dat je nu moet gaan." Haar stem trilt.

Het gesprek is voorbij voordat het echt begon. In het systeem van het steunpunt staat later: "Kennismaking OT niet gelukt, moeder zeer boos." Wie dat leest zonder het gesprek te kennen, ziet een boze moeder, niet een moeder die zich opnieuw niet gehoord voelde.

*Om te bespreken:* de spanning liep op tot Samira niet meer kon. Welke zinnen deden dat, en wat had ze op die momenten nodig? Hoe had je kunnen herstellen?
]],
}

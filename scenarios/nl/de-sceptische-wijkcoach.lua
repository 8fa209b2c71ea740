-- S15 "De sceptische wijkteamcollega" (ketensamenwerking)
-- Lessen: 1 (hoofdfocus), 8, plus procesregie.
-- Gebaseerd op de sceptische wijkteammedewerker uit de evaluatie van de pilotfase,
-- die een bondgenoot werd.
-- Boog: scepsis -> eigen terrein -> gedeeld beeld -> bondgenoot.
--
-- De gesimuleerde persoon is Ruud, een professional:
--   spanning   = afweer, angst om tekort te schieten
--   vertrouwen = vertrouwen in de procesbegeleider
--   regie      = het gevoel dat zijn rol en mandaat gerespecteerd worden
--   openheid   = openheid voor een nieuwe kijk op het gezin

-- Hoe het afloopt, na de laatste afspraak tussen Ruud en de procesbegeleider.
local function afloop(s)
  if s.spanning >= 9 or (s.vertrouwen <= 1 and s.regie <= 3) then return "afgehaakt" end
  if s.zonder == 0 and s.samenhang == 1 and s.achtergrond == 0 and s.buitenspel == 0
     and s.openheid >= 7 and s.vertrouwen >= 6 then
    return "bondgenoot"
  end
  return "naast_elkaar"
end

scenario {
  id = "de-sceptische-wijkcoach",
  title = "De sceptische wijkteamcollega",
  language = "nl",
  version = "2",
  minutes = 15,
  role = "procesbegeleider",
  lessons = { 1, 8 },
  content_notes = { "uithuisplaatsing", "schulden", "werkdruk in de keten", "schuldgevoel van een professional" },
  intro = [[
## De sceptische wijkteamcollega

**Naima** (41) is erkend gedupeerde van de toeslagenaffaire. Ze heeft vijf kinderen: Soufian (17), Yasmina (12), Bilal (9), Nour (6) en Adam (3). Yasmina en Bilal wonen sinds anderhalf jaar in een gezinshuis, onder een ondertoezichtstelling. Drie weken geleden heeft Naima zich zelf aangemeld bij Het Ondersteuningsteam. Jij bent haar **procesbegeleider**.

**Ruud** (58) is wijkcoach in het wijkteam en kent Naima al zeven jaar. Hij regelde haar schuldhulp, de bewindvoerder en het contact met school. Hij heeft veertig gezinnen in zijn caseload. Met toestemming van Naima heb je een kennismaking met hem gepland, op het kantoor van het wijkteam. Hij heeft een half uur.

**Jouw rol:** je staat naast Naima en je voert procesregie: je bewaakt het proces, niet de inhoud, zodat iedereen rond het gezin aan één gezamenlijke opgave werkt. Dat lukt alleen als alle partijen zich gehoord voelen, Ruud ook.

**Niet jouw rol:** je neemt Ruuds werk niet over, je beslist niets over de kinderen en je bent niet gekomen om te beoordelen wat er vroeger is misgegaan.

> "In eerste instantie was ik er wat sceptisch over de ondersteuning. (...) De procesbegeleider van het ondersteuningsteam stelde goede vragen, vatte aan het einde heel mooi samen (...) waarbij hij ook heel goed kon aangeven wat zij wel doen en wat niet."
> (een medewerker van een wijkteam, in de *Evaluatie van de pilotfase*, 2022)
]],
  start = "ontvangst",
  cast = {
    ruud = { name = "Ruud", role = "wijkcoach" },
  },
  state = {
    spanning   = { init = 5, min = 0, max = 10, label = "afweer" },
    vertrouwen = { init = 2, min = 0, max = 10, label = "vertrouwen in jou" },
    regie      = { init = 4, min = 0, max = 10, label = "ruimte voor zijn rol" },
    openheid   = { init = 2, min = 0, max = 10, label = "openheid" },
    -- er wordt over Naima vergaderd zonder Naima
    zonder     = { init = 0, min = 0, max = 1, hidden = true },
    -- Ruud en de procesbegeleider hebben samen gekeken hoe de leefgebieden samenhangen
    samenhang  = { init = 0, min = 0, max = 1, hidden = true },
    -- de procesbegeleider heeft haar eigen rol opgegeven
    achtergrond = { init = 0, min = 0, max = 1, hidden = true },
    -- iemand wordt buitenspel gezet: Ruud in het contact met Naima, of Naima in haar eigen overleg
    buitenspel = { init = 0, min = 0, max = 1, hidden = true },
    -- de procesbegeleider weigerde het overleg zonder Naima op principe
    botsing    = { init = 0, min = 0, max = 1, hidden = true },
    -- de procesbegeleider zei te snel ja tegen "eerst de schulden"
    snelja     = { init = 0, min = 0, max = 1, hidden = true },
  },
  -- Een inhoudelijke stap levert geen vertrouwen op en laat de spanning niet
  -- zakken zolang Ruud in de verdediging zit (spanning 7 of hoger).
  -- regulatie vóór inhoud: een antwoord met content = true brengt, zolang dit
  -- geldt, niet meer vertrouwen dan max en niet minder spanning dan min.
  regulation = { when = { spanning = ">=7" }, max = { vertrouwen = 0, openheid = 0 }, min = { spanning = 0 } },
  triggers = {
    { when = { spanning = ">=10" }, next = "afgekapt" },
  },
  tests = {
    { choices = { 2, 4, 1, 2, 4, 1, 3, 4 }, ending = "bondgenoot",
      min = { erkenning = 0.9, regulatie = 0.9, verbinding = 0.9, veiligheid = 0.9,
              regie = 0.9, systemisch = 0.9, transparantie = 0.9 } },
    { choices = { 3, 1, 3, 4, 2, 4, 1, 3 }, ending = "naast_elkaar", max = { regie = 0.2, verbinding = 0.2 } },
    { choices = { 4, 1 }, ending = "afgekapt" },
    -- eerst een lesje over de leefgebieden, daarna het herstel ("ik was net te stellig")
    { choices = { 2, 4, 2, 3, 4, 1, 3, 4 }, ending = "bondgenoot" },
  },
}

-- 1. De vraag -----------------------------------------------------------------

node "ontvangst" {
  speaker = "ruud",
  key = true,
  lines = {
    { "verteller", "Dinsdagochtend, het kantoor van het wijkteam. Ruud heeft een half uur tussen twee huisbezoeken. Zijn telefoon ligt met het scherm naar boven op tafel en trilt om de paar minuten." },
    "Ik ken Naima al zeven jaar. Ik heb haar schuldhulp geregeld, de bewindvoerder, het contact met school.",
    "Schuldhulp loopt al. Wat voegen jullie eigenlijk toe?",
  },
  prompt = "Ruud stelt een terechte vraag, en niet vriendelijk. Wat heeft hij nodig voordat hij naar jouw uitleg kan luisteren?",
  choices = {
    choice {
      text = "Maak je geen zorgen, ik kom niks van je overnemen. Jij doet de schulden, en ik help gewoon een beetje mee waar het kan.",
      next = "verhaal",
      score = { verbinding = 1, transparantie = -1 },
      effects = { spanning = -1 },
      lessons = { 8, 3 },
      feedback = "Dit verleidt: je ziet zijn afweer en wilt hem geruststellen. Maar “een beetje meehelpen” zegt niets over wat je doet, en je hebt al half aanvaard dat jij het aanhangsel bent. Ruud weet nog steeds niet waarom je er bent, en Naima krijgt er een vage lijn bij (les 8).",
      inner = "Een beetje meehelpen. Dan weet ik nog niks. Wéér iemand erbij.",
    },
    choice {
      text = "Eerlijke vraag. Ik beslis niets en neem niets van je over. Jij kent Naima zeven jaar, ik drie weken: hoe heb jij haar zien gaan?",
      next = "verhaal",
      score = { transparantie = 2, verbinding = 2, erkenning = 2 },
      effects = { spanning = -1, vertrouwen = 1, regie = 1, openheid = 1 },
      lessons = { 8, 1 },
      feedback = "Je zegt in één gewone zin wat je niet doet, erkent zijn geschiedenis met het gezin en bent eerst nieuwsgierig naar zijn beeld. Zo hoeft hij zijn werk niet te verdedigen, en hoor je het verhaal voordat je iets verkoopt (les 8, les 1).",
      inner = "Drie weken, en ze zegt het zelf. En ze vraagt naar mij. Dat had ik niet verwacht.",
    },
    choice {
      text = "Goeie vraag. Wij kijken naar alle leefgebieden tegelijk en brengen de partijen bij elkaar, zodat Naima niet twaalf losse lijnen heeft. En we hebben er de tijd voor.",
      next = "verhaal",
      procedure = true,
      score = { transparantie = 1, verbinding = -1, erkenning = -1 },
      effects = { spanning = 1, openheid = -1 },
      lessons = { 8, 1 },
      feedback = "Dit verleidt, want hij vraagt het letterlijk, het klopt allemaal, en het is helder gezegd. Maar je antwoordt met wat jouw organisatie doet voordat je hebt gehoord wat hij weet. Hij hoort: twaalf losse lijnen, dus ook de mijne, en wij hebben wél tijd. Zijn jaren met het gezin komen niet ter sprake (les 8, les 1).",
      inner = "Twaalf losse lijnen. Daar ben ik er dus één van. En zij hebben de tijd, ik niet.",
    },
    choice {
      text = "Eerlijk gezegd: zeven jaar hulp, en toch wonen twee kinderen uit huis. Er is volgens mij echt iets gemist.",
      next = "verdedigen",
      score = { verbinding = -2, erkenning = -2, veiligheid = -1 },
      effects = { spanning = 3, vertrouwen = -2, regie = -2, openheid = -1 },
      lessons = { 5, 7 },
      feedback = "Misschien wil je laten zien waarom je er bent, maar je zet eerdere hulp weg als mislukt. Ruud gaat zich verdedigen, en wat hij weet van het gezin raak je kwijt (les 5, les 7).",
      inner = "Wat weet jij daar nou van. Ik stond erbij toen de deurwaarder kwam.",
    },
  },
}

node "verdedigen" {
  speaker = "ruud",
  lines = {
    { "verteller", "Ruud legt zijn pen neer." },
    "Wat weet jij daar nou van? Drie weken in het gezin. Ik zat daar toen de deurwaarder voor de deur stond. Om half tien 's avonds, in mijn eigen tijd.",
    "Veertig gezinnen heb ik. Veertig. En dan komen jullie het even beter doen.",
  },
  choices = {
    choice {
      text = "Ik bedoelde niet jouw werk, Ruud. Ik keek alleen naar hoe het gezin er nu voor staat.",
      next = "verhaal",
      procedure = true,
      score = { regulatie = -1, verbinding = -2 },
      effects = { spanning = 2, vertrouwen = -1, openheid = -1 },
      lessons = { 5, 7 },
      feedback = "Het klinkt redelijk en het is misschien zelfs waar wat je bedoelde. Maar je legt uit in plaats van te erkennen wat je zei. Voor Ruud blijft het een oordeel over zijn werk, nu met een zakelijk schild ervoor (les 5, les 7).",
      inner = "Hoe het gezin er nu voor staat. Daar heb ik zeven jaar aan gewerkt. Dus toch mijn werk.",
    },
    choice {
      text = "Zo bedoelde ik het niet, Ruud. Ik bedoel dat de toeslagenaffaire zoveel leefgebieden raakt dat geen hulpverlener dat alleen kan oplossen. Daarom werken wij met procesregie: niet in plaats van jou, maar naast jou. Dat is juist in het belang van Naima en de kinderen.",
      next = "verhaal",
      score = { transparantie = 1, regulatie = -1, verbinding = -1 },
      effects = { spanning = 1, openheid = -1 }, content = true,
      lessons = { 5, 8 },
      feedback = "Het verleidt om het recht te zetten, en wat je zegt klopt. Maar terwijl Ruud nog boos is, landt uitleg niet: je verdedigt jezelf en je organisatie in plaats van je misstap te erkennen. Eerst de spanning omlaag, dan de inhoud (les 5, les 8).",
      inner = "Naast mij. Mooi gezegd, na wat ze net zei. Ik hoor alleen dat ze gelijk wil krijgen.",
    },
    choice {
      text = "Dat was oneerlijk. Sorry. Jij stond daar, 's avonds laat, niet ik.",
      next = "verhaal",
      score = { regulatie = 3, erkenning = 2, verbinding = 2 },
      effects = { spanning = -2, vertrouwen = 1 },
      lessons = { 5, 3 },
      feedback = "Een herstelpoging in drie korte zinnen: je erkent je misstap zonder omwegen en je erkent zijn inzet. Meer uitleg is nu niet nodig; daardoor kan zijn afweer zakken (les 5, les 3).",
      inner = "Oké. Ze geeft het toe. Dat doen er niet veel.",
    },
    choice {
      text = "Je hebt gelijk, ik ken het gezin pas drie weken. Zullen we kijken wie wat doet?",
      next = "schulden",
      score = { regulatie = 1, erkenning = -1 },
      effects = { spanning = -1 },
      lessons = { 1, 3 },
      feedback = "Dit verleidt: je geeft hem gelijk, je bent bescheiden en je gaat praktisch verder. Dat geeft even lucht, maar zijn boosheid en zijn jaren met Naima blijven liggen (les 1, les 3).",
      inner = "Prima. Snel afspreken, dan kan ik door. Maar het zit me niet lekker.",
    },
  },
}

-- 2. Zijn verhaal ------------------------------------------------------------

node "verhaal" {
  speaker = "ruud",
  lines = {
    { "ruud", "Wat wil je weten.", when = { openheid = "<=1" } },
    "Ik ken Naima van voor de toeslagenellende. Toen werkte ze nog, in de thuiszorg. Vijf kinderen, alles op rolletjes.",
    "Toen kwamen de terugvorderingen. Beslag op haar loon, de auto weg, daarna de baan weg. Ik heb mappen vol brieven voor haar geschreven.",
    "En ik heb nog veertig andere gezinnen. Ik kan niet elke week bij haar aan tafel zitten. Jullie wel, zeker?",
  },
  choices = {
    choice {
      text = "Dat is veel. Zal ik laten zien welke partijen ik nu in beeld heb? Dan vul jij aan wat ik mis.",
      next = "schulden",
      procedure = true,
      score = { erkenning = -1, regulatie = -1 },
      effects = { spanning = 1, openheid = -1 },
      lessons = { 1 },
      feedback = "Het klinkt respectvol, want je vraagt zijn kennis. Maar nu sla je over wat hij net vertelde: hoe een gezin instortte, en zijn eigen werkdruk. Zo wordt samenwerken een takenlijst (les 1).",
      inner = "Een overzicht. Ik vertel hoe een gezin kapot is gegaan, en zij heeft een overzicht.",
    },
    choice {
      text = "Daarom zijn wij er juist: wij hebben wél de tijd die jij niet hebt.",
      next = "schulden",
      score = { erkenning = 1, verbinding = -1, veiligheid = -1 },
      effects = { spanning = 2, regie = -2, openheid = -1 },
      lessons = { 8 },
      feedback = "Het klopt dat je meer tijd hebt, maar zo klinkt het alsof jij het beter kunt. Ruud hoort dat zijn werk tekortschiet (les 8).",
      inner = "Fijn voor jullie. Ik heb geen tijd om me daar druk over te maken.",
    },
    choice {
      text = "Veertig gezinnen, en toch al die brieven voor haar. Petje af, Ruud. Zeg het gerust als ik iets van je over kan nemen.",
      next = "schulden",
      score = { erkenning = 1, verbinding = 1, regie = -1 },
      effects = { spanning = -1, regie = -1 },
      lessons = { 3, 2 },
      feedback = "Warm, en het verleidt: hij is overbelast, hij verdient waardering en je wilt hem ontlasten. Maar het compliment geeft hem een cijfer in plaats van aandacht, en werk overnemen bevestigt precies zijn angst dat er iemand komt die zijn plek inneemt. Wat het verschil in tijd met hem doet, blijft onbenoemd (les 3, les 2).",
      inner = "Petje af. Aardig. En dan wil ze iets overnemen. Welk werk dan? Dat van mij?",
    },
    choice {
      text = "Mappen vol brieven, in je eigen tijd. *(je wacht even)* En nu komt er iemand bij die wél tijd heeft.",
      next = "schulden",
      score = { erkenning = 3, regulatie = 2, verbinding = 1 },
      effects = { spanning = -1, vertrouwen = 1, openheid = 1 },
      lessons = { 3, 1 },
      feedback = "Je herhaalt zijn eigen woorden, laat even stilte, en benoemt het ongemak van het verschil in tijd hardop, zonder het weg te praten. Wie gehoord wordt, hoeft zijn terrein minder te bewaken (les 3, les 1).",
      inner = "Ze zegt het gewoon. Ja. Eerlijk? Dat is een beetje zuur.",
    },
  },
}

-- 3. "Het is vooral een schuldenprobleem" -----------------------------------

node "schulden" {
  speaker = "ruud",
  key = true,
  lines = {
    "Kijk, ik zal eerlijk zijn. Bij Naima is het vooral een schuldenprobleem. Als de schuldregeling rond is, komt de rest vanzelf. Dan komt er rust, dan kan ze weer werken, dan komen de kinderen ook terug.",
  },
  prompt = "Ruud ziet de schulden als de sleutel. Hoe onderzoek je met hem hoe de leefgebieden samenhangen, zonder zijn werk kleiner te maken?",
  choices = {
    choice {
      text = "Daar heb jij veel in gedaan. En als de regeling straks rond is: wat is er dan voor Naima nog niet hersteld?",
      next = "verbanden",
      score = { erkenning = 3, systemisch = 2, verbinding = 1 },
      effects = { spanning = -1, vertrouwen = 1, openheid = 2 }, content = true,
      set = { samenhang = 1 },
      lessons = { 1, 7 },
      feedback = "Je erkent zijn werk en stelt één vraag die de deeloplossing 'schulden' toetst aan haar hele herstel. Ruud komt zelf bij de andere leefgebieden uit, zonder dat jij hem de les leest (les 1).",
      inner = "Wat er dan nog niet hersteld is... Dat ze zich geen fraudeur meer voelt. Dat ze haar kinderen weer ziet. Daar heb ik geen formulier voor.",
    },
    choice {
      text = "Bij gedupeerde ouders hangt het vaak allemaal samen: wonen, werk, de kinderen, het vertrouwen in instanties. Als alleen de schulden opgelost worden, blijft de rest liggen.",
      next = "parallel",
      score = { erkenning = 1, verbinding = -2 },
      effects = { spanning = 2, vertrouwen = -1, openheid = -1 }, content = true,
      lessons = { 1, 8 },
      feedback = "Dit verleidt, want inhoudelijk heb je gelijk en het is de kern van les 1. Maar als les aan een collega zet het zijn zeven jaar weg: wie zich tegengesproken voelt, graaft zich in. Met een vraag had hij de verbanden zelf kunnen zien (les 1).",
      inner = "Daar gaan we. Het kwam van de Belastingdienst, ja. Maar ik was degene die de rekeningen uitzocht.",
    },
    choice {
      text = "Prima, dan verdelen we het. Jullie doen het praktische, de schulden en het werk, en wij het emotionele.",
      next = "parallel",
      procedure = true,
      set = { snelja = 1 },
      score = { verbinding = 1, erkenning = -1, systemisch = -1 },
      effects = { spanning = -1, regie = 1 },
      lessons = { 1 },
      feedback = "Een heldere taakverdeling voelt prettig voor jullie allebei, maar Naima wordt in stukken geknipt. Bij haar hangt het geld samen met haar slaap, haar kinderen en het contact met de GI (les 1).",
      inner = "Mooi. Duidelijk. Dan kan ik mijn lijstje afwerken.",
    },
    choice {
      text = "Daar zit veel in, ja. Zullen we dan eerst samen zorgen dat de schuldregeling rond komt, en daarna kijken wat er voor de kinderen nodig is?",
      next = "parallel",
      set = { snelja = 1 },
      score = { verbinding = 1, systemisch = -1, erkenning = -1 },
      effects = { spanning = -1, regie = 1 },
      lessons = { 1, 4 },
      feedback = "Het klinkt als samenwerken, en Ruud voelt zich erkend. Maar “eerst de schulden, dan de kinderen” is een volgorde die Naima's leven niet kent: intussen lopen de bezoeken en haar slaap gewoon door. De deeloplossing wordt het plan (les 1).",
      inner = "Samen, eerst de schulden. Zo doe ik het al jaren. Fijn dat ze het met me eens is.",
    },
  },
}

node "verbanden" {
  speaker = "ruud",
  lines = {
    { "verteller", "Ruud leunt achterover en laat zijn telefoon trillen." },
    "Hm. Toen Yasmina en Bilal uit huis gingen, was de bewindvoering net rond. Dat zag ik toen als vooruitgang.",
    "En nu wil schuldhulp dat ze fulltime gaat werken, zodat ze sneller aflost. Ze heeft er zelfs al een baan voor gevonden. In de nachtzorg.",
  },
  choices = {
    choice {
      text = "Nachtwerk, met vijf kinderen en de bezoeken erbij? Ik zou haar dat afraden, Ruud.",
      next = "mandaat",
      score = { systemisch = 1, regie = -2 },
      effects = { spanning = 1, openheid = -1 },
      lessons = { 2, 1 },
      feedback = "Dit verleidt, want je ziet precies de spanning tussen werk en kinderen. Maar je beslist voor haar. Naima kent haar eigen afweging; zij moet die kunnen maken (les 2, les 1).",
      inner = "Afraden? Dan ben ik weer de wijkcoach die haar tegenhoudt.",
    },
    choice {
      text = "Knap dat ze die baan vond. Ik zit wel met de bezoeken op zaterdag, en met Nour en Adam 's nachts. Dat is iets om eerst met Naima zelf te bekijken.",
      next = "mandaat",
      score = { systemisch = 3, regie = 2, erkenning = 2 },
      effects = { vertrouwen = 1, openheid = 2 }, content = true,
      lessons = { 1, 2 },
      feedback = "Je erkent haar kracht en toetst de deeloplossing hardop aan haar hele herstel: sneller aflossen kan ten koste gaan van het contact met haar kinderen. En je legt de afweging bij Naima, niet bij jullie tweeën (les 1, les 2).",
      inner = "Nachtdiensten en bezoek op zaterdagochtend. Daar had ik niet bij stilgestaan. Zij vast wel.",
    },
    choice {
      text = "Werk is goed voor haar, dat is een mooie stap. Dat neem ik op in het plan.",
      next = "mandaat",
      procedure = true,
      score = { erkenning = 1, systemisch = -1, regie = -1 },
      effects = { regie = 1 },
      lessons = { 1, 2 },
      feedback = "Werk kan een mooie stap zijn, maar je kijkt niet wat die baan betekent voor de rest: de bezoeken, de jongste kinderen, haar rust. En Naima zelf vraag je niets (les 1, les 2).",
      inner = "Zie je, ze is het met me eens. Dat is één ding minder.",
    },
    choice {
      text = "Zal ik morgen schuldhulp bellen? Als ik uitleg dat de bezoeken aan haar kinderen voorgaan, krijgen we vast een regeling met minder uren.",
      next = "mandaat",
      score = { systemisch = 1, regie = -2, verbinding = -1 },
      effects = { regie = -1, openheid = -1 },
      lessons = { 2, 8 },
      feedback = "Het verleidt: je ziet het probleem, je weet de weg, en bellen gaat snel. Maar je beslist wat voor Naima voorgaat zonder haar te vragen, en je belt een partner van Ruud over zijn hoofd heen. Helpen is niet redden (les 2, les 8).",
      inner = "Zij belt schuldhulp. Mijn schuldhulp. En Naima weet van niks.",
    },
  },
}

node "parallel" {
  speaker = "ruud",
  lines = {
    "Mooi, dan is dat helder. Ik doe de schulden, de bewindvoerder en het werk. Jullie doen het contact met de kinderen en het... nou ja, het emotionele.",
  },
  choices = {
    choice {
      text = "Het emotionele klinkt wat vaag, hoor. Wij doen eigenlijk veel meer: we voeren procesregie, we bereiden gesprekken met de GI voor, we helpen bij contactherstel en we kunnen een verklarende analyse regelen. Dus zo'n strikte scheiding zou ik liever niet maken.",
      next = "mandaat",
      score = { transparantie = 1, systemisch = -1, verbinding = -1 },
      effects = { spanning = 1, openheid = -1 },
      lessons = { 8, 1 },
      feedback = "Het verleidt om het beeld van “het emotionele” recht te zetten, en alles wat je noemt klopt. Maar nu gaat het over jouw takenpakket, niet over hoe Naima's geld, werk en kinderen samenhangen. Ruud hoort een organisatie die haar terrein afbakent (les 8, les 1).",
      inner = "Veel meer dus. Dan doen jullie het toch gewoon allemaal.",
    },
    choice {
      text = "Prima. Laten we dan wel elke maand even bellen, zodat we van elkaar weten wat we doen.",
      next = "mandaat",
      score = { verbinding = 1, systemisch = -1, erkenning = -1 },
      effects = { spanning = -1, regie = 1 },
      lessons = { 1, 8 },
      feedback = "Dit verleidt: afstemmen is goed samenwerken, en Ruud zegt meteen ja. Maar je aanvaardt de splitsing in “praktisch” en “emotioneel”, en een maandelijks belletje lost dat niet op. Naima's geld, werk en kinderen blijven twee sporen, en zij zit ertussen (les 1, les 8).",
      inner = "Elke maand bellen. Prima, als het kort is. Dan weet ik tenminste wat ze doet.",
    },
    choice {
      text = "Ik zei te snel ja. Als ze meer moet werken om af te lossen, raakt dat de bezoeken en de jongsten. Hoe zie jij dat?",
      when = { snelja = 1 },
      next = "mandaat",
      score = { erkenning = 3, systemisch = 2, verbinding = 1 },
      effects = { spanning = -1, vertrouwen = 1, openheid = 1 },
      set = { samenhang = 1 },
      lessons = { 1 },
      feedback = "Je komt terug op een te snelle afspraak en laat zien hoe de leefgebieden op elkaar ingrijpen, met een vraag in plaats van een les. Zo kan Ruud het verband zelf zien (les 1).",
      inner = "Meer werken en dan minder bezoek. Hm. Dat klopt eigenlijk wel.",
    },
    choice {
      text = "Ik was net te stellig, dat spijt me. Maar als ze meer moet werken om af te lossen, raakt dat de bezoeken en de jongsten. Hoe zie jij dat?",
      when = { snelja = 0 },
      next = "mandaat",
      score = { erkenning = 3, systemisch = 2, verbinding = 1 },
      effects = { spanning = -1, vertrouwen = 1, openheid = 1 },
      set = { samenhang = 1 },
      lessons = { 1, 5 },
      feedback = "Je herstelt je lesje van net en laat zien hoe de leefgebieden op elkaar ingrijpen, nu met een vraag in plaats van een betoog. Zo kan Ruud het verband zelf zien (les 1).",
      inner = "Te stellig, ja. Maar meer werken en dan minder bezoek. Hm. Dat klopt eigenlijk wel.",
    },
    choice {
      text = "Goed, dan zet ik het zo in het plan: jullie het praktische, wij het emotionele.",
      next = "mandaat",
      procedure = true,
      score = { verbinding = 1, erkenning = -1, systemisch = -1 },
      effects = { regie = 1 },
      lessons = { 1 },
      feedback = "Een nette scheiding op papier, maar Naima krijgt er twee losse lijnen bij. Niemand kijkt meer naar hoe haar geld, haar werk en haar kinderen op elkaar ingrijpen (les 1).",
      inner = "Helder. Zo houden we elkaar tenminste niet op.",
    },
  },
}

-- 4. Wie doet wat? -----------------------------------------------------------

node "mandaat" {
  speaker = "ruud",
  lines = {
    "Nog iets. Ik heb hier de casusregie, zo is het afgesproken met de gemeente. Als jullie ook de GI gaan bellen en de bewindvoerder, weet straks niemand meer wie wat doet. Naima heeft nu al twaalf hulpverleners.",
    { "ruud", "Dus hoe zie jij dat voor je?", when = { openheid = ">=5" } },
    { "ruud", "Ik ga er niet nog iemand bij halen die ook overal gaat bellen.", when = { openheid = "<5" } },
  },
  choices = {
    choice {
      text = "Nee joh, ik ga niet overal bellen. Zie mij maar als een extra paar handen: wat jij niet redt, pak ik op.",
      next = "melding",
      score = { verbinding = 1, transparantie = -2 },
      effects = { spanning = -1 },
      lessons = { 8, 3 },
      feedback = "Het verleidt: het is vriendelijk, bescheiden en de spanning zakt. Maar “een extra paar handen” laat precies open wat Ruud vroeg: wie doet wat. Zo kreeg Naima twaalf losse lijnen (les 8).",
      inner = "Wat ik niet red. Dus toch overal een beetje. Zo heeft ze er twaalf gekregen.",
    },
    choice {
      text = "Dat snap ik. Bij gedupeerde gezinnen ligt de procesregie bij ons, dus het afstemmen met de partners kan dan via mij lopen.",
      next = "melding",
      procedure = true,
      score = { transparantie = -1, verbinding = -2 },
      effects = { spanning = 2, vertrouwen = -2, regie = -2, openheid = -1 },
      lessons = { 8 },
      feedback = "Het klinkt als duidelijkheid, en daar vroeg hij om. Maar je leunt op de ketenafspraken en neemt en passant zijn afstemming over. Ruud hoort: jouw mandaat telt niet. Dan gaat het over wie de baas is in plaats van over Naima (les 8).",
      inner = "Via haar. Die afspraken heeft niemand met mij gemaakt.",
    },
    choice {
      text = "Oké, dan blijf ik op de achtergrond en bel ik niemand. Jij houdt alles.",
      next = "melding",
      score = { verbinding = 1, transparantie = -1, systemisch = -1 },
      effects = { spanning = -1, regie = 2 },
      set = { achtergrond = 1 },
      lessons = { 8 },
      feedback = "Je gunt hem zijn rol en de rust keert terug, maar je geeft je eigen rol op. Naima verliest daarmee degene die het geheel bewaakt (les 8).",
      inner = "Mooi, dat is helder. Al vraag ik me af waarom ze er dan is.",
    },
    choice {
      text = "Jij houdt je casusregie en de inhoud. Ik let op het proces, zodat iedereen aan Naima's vraag werkt. Ik bel niemand zonder dat jij en Naima het weten.",
      next = "melding",
      score = { transparantie = 3, verbinding = 2, systemisch = 1 },
      effects = { spanning = -1, vertrouwen = 1, regie = 2, openheid = 1 }, content = true,
      lessons = { 8 },
      feedback = "Hier is uitleg het punt, want hij vraagt erom: je maakt het verschil tussen inhoud en proces concreet, respecteert zijn mandaat en zegt wat je wel en niet doet. Zo wordt procesregie een hulp voor hem in plaats van een bedreiging (les 8).",
      inner = "Ze pakt mijn casus niet af. Ze wil dat we niet langs elkaar heen werken. Dat wil ik ook.",
    },
  },
}

-- 5. Waar Ruud bang voor is ------------------------------------------------

node "melding" {
  speaker = "ruud",
  key = true,
  lines = {
    { "verteller", "Ruud kijkt even uit het raam.", when = { vertrouwen = ">=4" } },
    { "ruud", "Mag ik je iets zeggen? Toen Yasmina en Bilal uit huis gingen, heb ik mee aan tafel gezeten. Ik stond achter die melding bij Veilig Thuis. Ik wist toen niet dat zij gedupeerde was. Dat wist ze zelf nog niet eens.", when = { vertrouwen = ">=4" } },
    { "ruud", "Als jullie nu alles gaan uitzoeken, kom ik er niet best vanaf.", when = { vertrouwen = ">=4" } },
    { "ruud", "En als jullie nu gaan uitzoeken wat er allemaal is misgegaan: ik zat ook aan tafel toen de kinderen uit huis gingen. Dan ben ik straks zeker de schuldige.", when = { vertrouwen = "<4" } },
  },
  prompt = "Ruud laat zien waar hij bang voor is. Hoe reageer je zonder hem te veroordelen, en zonder weg te kijken van wat er met het gezin is gebeurd?",
  choices = {
    choice {
      text = "Dank je dat je dat zegt. *(je wacht even)* Ik zoek geen schuldige. Ik wil begrijpen hoe het zo gelopen is, met jou erbij.",
      next = "overleg",
      score = { veiligheid = 3, systemisch = 2, erkenning = 2 },
      effects = { spanning = -2, vertrouwen = 2, openheid = 2 },
      lessons = { 7, 5 },
      feedback = "Je oordeelt niet en zoekt geen schuldige, je laat zijn bekentenis even staan, en je nodigt hem uit als deelnemer aan een gedeelde verklarende analyse, niet als verdachte. Zo kan hij meedenken in plaats van zich te verdedigen (les 7, les 5).",
      inner = "Niet de schuldige, maar iemand die erbij hoort. Daar kan ik mee leven. Daar wil ik zelfs aan meewerken.",
    },
    choice {
      text = "Dat is moedig. Weet je nog wat er toen in die melding stond?",
      next = "overleg",
      score = { systemisch = 1, veiligheid = -2 },
      effects = { spanning = 2, vertrouwen = -2, openheid = -1 }, content = true,
      lessons = { 7, 5 },
      feedback = "Dit verleidt: het is een open, nieuwsgierige vraag, en die melding doet er echt toe voor Naima's verhaal. Maar terwijl hij net zijn angst laat zien, ga jij meteen de inhoud in. Hij voelt zich verhoord in plaats van gehoord, en de deur naar een gedeelde analyse gaat juist dicht (les 7, les 5).",
      inner = "Wat erin stond. Ze gaat het dus uitzoeken. Met mij als eerste getuige.",
    },
    choice {
      text = "Ach Ruud, je deed wat je kon, met veertig gezinnen. Niemand wist toen van de toeslagen.",
      next = "overleg",
      score = { veiligheid = 1, erkenning = -1, systemisch = -1 },
      effects = { spanning = -1, openheid = -1 },
      lessons = { 7, 3 },
      feedback = "Dit verleidt: hij is bang, het is waar, en jij wilt hem die angst afnemen. Maar je geruststelling sluit het onderwerp af: hij hoeft er niet meer over te praten, en de deur naar een analyse van hoe het zo gelopen is gaat dicht. Naima's verhaal wordt niet uitgezocht, en Ruud blijft alleen met zijn twijfel (les 7, les 3).",
      inner = "Ik deed wat ik kon. Dat zeg ik ook tegen mezelf. Maar 's nachts zie ik die tafel nog steeds.",
    },
    choice {
      text = "Daar is een verklarende analyse juist voor bedoeld. Dan kijken we er samen naar, met iedereen die erbij was, en niet om een schuldige te zoeken.",
      next = "overleg",
      procedure = true,
      score = { systemisch = 1, veiligheid = -1, verbinding = -1 },
      effects = { spanning = 1 },
      lessons = { 7 },
      feedback = "Je noemt de goede route, en “samen” klinkt veilig. Maar je gaat meteen naar het instrument en voorbij aan wat hij net durfde te zeggen. Voor hem klinkt het als een onderzoek waarin hij de hoofdrol speelt (les 7).",
      inner = "Met iedereen die erbij was. Dus ja, het komt boven. En ik sta erin.",
    },
  },
}

-- 6. Het overleg -------------------------------------------------------------

node "overleg" {
  speaker = "ruud",
  key = true,
  lines = {
    "Weet je wat. Ik plan een casusoverleg met de GI, de bewindvoerder en schuldhulp. Dan stemmen we het met z'n allen af, en laten we Naima daarna weten wat eruit komt.",
    { "ruud", "Of... hoe zou jij het doen?", when = { openheid = ">=6" } },
  },
  prompt = "Een overleg over Naima zonder Naima is efficiënt. Wat gaat er verloren, en hoe stel je iets anders voor zonder Ruud tegen je in het harnas te jagen?",
  choices = {
    choice {
      text = "Prima, plan maar. Ik schuif aan, en daarna breng ik Naima op de hoogte van wat er is afgesproken.",
      next = "zonder_naima",
      procedure = true,
      score = { regie = -2, verbinding = -1 },
      effects = { spanning = -2, regie = 1 },
      set = { zonder = 1 },
      lessons = { 8, 2 },
      feedback = "Het is efficiënt en Ruud voelt zich gesteund, maar het gesprek gaat over Naima zonder Naima. Voor een moeder die al jaren buitenspel staat, is dat precies het patroon dat ze kent (les 8, les 2).",
      inner = "Mooi, dat loopt. Donderdag, dan heb ik het van mijn lijstje.",
    },
    choice {
      text = "Goed plan. Zullen we het samen voorbereiden? Ik maak een overzicht van alle leefgebieden en wie waarvoor staat, jij zet de punten van schuldhulp en de bewindvoerder erbij, en na afloop ga ik bij Naima langs om alles rustig met haar door te nemen.",
      next = "zonder_naima",
      score = { verbinding = 1, regie = -2 },
      effects = { spanning = -1, regie = 1 },
      set = { zonder = 1 },
      lessons = { 8, 2 },
      feedback = "Dit verleidt: het is zorgvuldig, “samen”, en Naima wordt netjes bijgepraat. Maar het is een plan over haar, niet met haar. Achteraf hoort ze wat twaalf mensen over haar leven hebben afgesproken, en dat is het patroon dat ze kent (les 8, les 2).",
      inner = "Goed voorbereid, dat vind ik prettig. En Naima hoort het daarna wel.",
    },
    choice {
      text = "Goed idee, iedereen bij elkaar. Kan Naima erbij zijn, en beginnen we met wat zij op tafel wil? Ik bereid het met haar voor.",
      next = "afspraak",
      score = { regie = 3, verbinding = 2, systemisch = 2 },
      effects = { spanning = -1, vertrouwen = 1, regie = 1, openheid = 1 }, content = true,
      lessons = { 8, 2, 6 },
      feedback = "Je bouwt voort op zijn idee en maakt er één gesprek van, met Naima aan tafel en haar agenda voorop. Dat is procesregie: het proces bewaken, zodat iedereen aan één opgave werkt (les 8, les 2).",
      inner = "Met haar erbij. Spannend, met zoveel mensen. Maar dan hoeft ze niet achteraf te horen wat er over haar gezegd is.",
    },
    choice {
      text = "Zonder Naima ga ik niet naar een overleg over Naima, Ruud. Dat kan ik haar niet aandoen.",
      next = "zonder_naima",
      score = { regie = 2, verbinding = -2 },
      effects = { spanning = 2, vertrouwen = -1, regie = -2, openheid = -1 },
      set = { zonder = 1, botsing = 1 },
      lessons = { 8 },
      feedback = "Je hebt een punt: Naima hoort aan tafel. Maar zo, als principe tegen hem in, zet je Ruud klem. Dan wordt het een strijd tussen jullie in plaats van een gezamenlijk plan (les 8).",
      inner = "Dat moet ík niet willen? Wie zit hier nou al zeven jaar bij haar aan tafel?",
    },
  },
}

node "zonder_naima" {
  speaker = "ruud",
  lines = {
    { "ruud", "Mooi. Ik plan het voor donderdag, negen uur. Dan hebben we het in een uur rond.", when = { botsing = 0 } },
    { "ruud", "Dan plan ik het wel zonder jou. Ik heb hier de casusregie, dat zei ik al.", when = { botsing = 1 } },
  },
  choices = {
    choice {
      text = "Weet je, gedupeerde ouders hebben zo vaak achteraf gehoord wat er over hen besloten is. Dat wil je haar toch niet nog eens aandoen?",
      next = afloop,
      score = { regie = 1, verbinding = -2, transparantie = -1 },
      effects = { spanning = 2, vertrouwen = -1, regie = -2 },
      lessons = { 8, 5 },
      feedback = "Het verleidt, want je staat voor Naima's plek aan tafel en wat je zegt is waar. Maar het is een vraag met het antwoord erin, een moreel appel aan een collega: Ruud hoort dat hij het fout doet, en gaat zijn casusregie verdedigen in plaats van meedenken (les 8).",
      inner = "Aandoen. Alsof ik haar iets aandoe. Ik ben degene die al zeven jaar voor haar klaarstaat.",
    },
    choice {
      text = "Ik kom er toch op terug. Zonder Naima hoort ze het weer achteraf. Kunnen we haar uitnodigen? Jij houdt de agenda met de partners, ik bereid het met haar voor.",
      when = { zonder = 1 },
      next = "afspraak",
      score = { regie = 3, verbinding = 2, systemisch = 2 },
      effects = { spanning = -1, vertrouwen = 1, regie = 1, openheid = 1 },
      set = { zonder = 0 },
      lessons = { 8, 2 },
      feedback = "Een herstelpoging: je komt terug op je eerste reactie en zegt wat er op het spel staat voor Naima, terwijl je Ruud zijn rol laat. Zo wordt het weer één gezamenlijke opgave (les 8, les 2).",
      inner = "Ze blijft erbij, maar ze geeft mij een rol. Vooruit. Ik bel Naima zelf wel om te vragen of donderdag kan.",
    },
    choice {
      text = "Goed. Dan bel ik Naima na afloop meteen, zodat ze het van ons hoort.",
      next = afloop,
      procedure = true,
      score = { regie = -2, verbinding = -1 },
      effects = { spanning = -1 },
      lessons = { 8, 2 },
      feedback = "Het is netjes en zorgzaam: ze hoort het snel, en van iemand die ze kent. Maar Naima hoort dan wat anderen over haar hebben besloten. Dat is precies het gevoel van buitenspel staan dat ze kent (les 8, les 2).",
      inner = "Ze belt haar na afloop, prima. Dan is iedereen op de hoogte.",
    },
    choice {
      text = "Dan kom ik niet. Ik ga niet over haar praten zonder haar.",
      next = afloop,
      score = { regie = 1, verbinding = -2 },
      effects = { spanning = 2, vertrouwen = -2 },
      lessons = { 8 },
      feedback = "Je blijft trouw aan Naima's plek aan tafel, maar je trekt je terug uit de samenwerking. Dan gaat het overleg gewoon door, zonder haar én zonder jou (les 8).",
      inner = "Dan niet. Ik heb geen tijd voor principekwesties.",
    },
  },
}

-- 7. Eén verhaal naar Naima ----------------------------------------------

node "afspraak" {
  speaker = "ruud",
  lines = {
    "Goed. Dan doen we het zo.",
    "En als Naima me morgen belt, want dat doet ze, wat zeg ik dan?",
  },
  choices = {
    choice {
      text = "Zeg maar dat ze zich geen zorgen hoeft te maken. We zitten er nu met z'n tweeën bovenop, het overleg wordt goed voorbereid en we gaan het samen voor haar regelen. Ze hoeft alleen maar te komen.",
      next = afloop,
      score = { verbinding = 1, regie = -2, transparantie = -1 },
      effects = { openheid = -1 },
      set = { buitenspel = 1 },
      lessons = { 2, 3 },
      feedback = "Warm, en het verleidt: je wilt Naima rust geven en Ruud voelt zich een team met jou. Maar “samen voor haar regelen” en “alleen maar komen” maken haar toeschouwer van haar eigen overleg, en geruststellen is een belofte die niet aan jullie is (les 2, les 3).",
      inner = "Met z'n tweeën erbovenop. Klinkt goed. Al weet ik niet of Naima dat zo wil horen.",
    },
    choice {
      text = "Zeg maar dat ze binnenkort een uitnodiging krijgt. De rest bespreken we in het overleg, met iedereen erbij.",
      next = afloop,
      procedure = true,
      score = { transparantie = -1, regie = -1 },
      effects = { vertrouwen = -1, openheid = -1 },
      lessons = { 8, 2 },
      feedback = "Formeel klopt het, maar Naima hoort dat er iets over haar wordt gepland zonder te weten wat. Juist nu kan ze meedenken over de agenda (les 8, les 2).",
      inner = "Een uitnodiging. Ze gaat me uithoren, dat weet ik nu al.",
    },
    choice {
      text = "Laat dat maar aan mij over, ik bel haar vanmiddag en leg het rustig uit. Dan hoef jij daar niet mee te zitten.",
      next = afloop,
      score = { transparantie = -1, verbinding = -1, regie = -1 },
      effects = { vertrouwen = -1, regie = -1, openheid = -1 },
      set = { buitenspel = 1 },
      lessons = { 8, 2 },
      feedback = "Dit verleidt: je ontlast een collega met veertig gezinnen, en een rustige uitleg klinkt zorgvuldig. Maar je neemt Ruuds lijn met Naima over in een gezin dat hij zeven jaar kent, en zij hoort het verhaal weer van één kant (les 8, les 2).",
      inner = "Ik hoef er niet mee te zitten. Maar ze belt mij morgen, niet haar. Wat zeg ik dan, niks?",
    },
    choice {
      text = "Eerlijk wat we besproken hebben. En vraag wat zij op de agenda wil; ik bel haar vanmiddag.",
      next = afloop,
      score = { transparantie = 3, regie = 2, verbinding = 1 },
      effects = { spanning = -1, vertrouwen = 1, regie = 1, openheid = 1 }, content = true,
      lessons = { 8, 2 },
      feedback = "Kort en helder: één verhaal richting Naima, van jullie allebei, en haar eigen agenda voorop. Ruud houdt zijn lijn met haar, en niemand praat achter haar rug (les 8, les 2).",
      inner = "Hetzelfde verhaal, van ons allebei. Dat is met twaalf man nog nooit gelukt.",
    },
  },
}

-- Eindes -------------------------------------------------------------------

ending "bondgenoot" {
  title = "Ruud wordt een bondgenoot",
  kind = "herstel",
  text = [[
Twee weken later zit iedereen aan tafel in het wijkcentrum: Naima, Ruud, de jeugdbeschermer, de bewindvoerder, iemand van schuldhulp en jij. Naima begint. Ze wil meer contact met Yasmina en Bilal, en ze wil geen nachtdiensten als dat betekent dat ze de zaterdagbezoeken mist.

Ruud zegt hardop: "Ik zag het eerst vooral als een schuldenprobleem." Schuldhulp kijkt naar een regeling met minder uren werk. De jeugdbeschermer onderzoekt een extra bezoek op woensdagmiddag. Aan het eind vat je samen wie wat doet, ook wat jij *niet* doet. Naima gaat naar huis met één lijst in plaats van twaalf losse lijnen.

Een maand later belt Ruud je. Hij heeft nog twee gezinnen waar de toeslagen spelen, en hij wil ze vertellen dat ze zich bij het Ondersteuningsteam kunnen aanmelden.

*Voor de nabespreking:* wat maakte dat Ruud van sceptisch naar meedenken ging? Welke vraag van jou deed het verschil?
]],
}

ending "naast_elkaar" {
  title = "Twee sporen naast elkaar",
  kind = "neutraal",
  text = [[
Het casusoverleg gaat door, of de taken worden netjes verdeeld: Ruud het praktische, jij het contact met de kinderen. Er gebeurt van alles, maar langs elkaar heen.

Schuldhulp rekent op een fulltime baan in de nachtzorg. De jeugdbeschermer plant de bezoeken op zaterdagochtend. Naima krijgt twee brieven met elk een ander verhaal, en belt je om te vragen wie ze nou moet bellen. "Iedereen doet iets," zegt ze. "Maar niemand weet wat de ander doet." Ze voelt zich *alleen en verloren* tussen de hulpverleners: precies wat SIGNA-LEREN beschrijft als organisaties langs elkaar heen werken.

Ruud vindt je aardig, maar je bent voor hem "die van het OT, voor het emotionele".

*Voor de nabespreking:* waar in het gesprek had één gezamenlijke opgave kunnen ontstaan? Wat hield je tegen?
]],
}

ending "afgehaakt" {
  title = "Ruud haakt af",
  kind = "breuk",
  text = [[
"Doe het dan maar zonder mij," zegt Ruud bij het afscheid. Hij deelt geen informatie meer uit zichzelf en reageert niet op je mail.

Naima zit ertussen. Ruud kent haar al zeven jaar; jou drie weken. Als hij tegen haar zegt dat het OT "het wel beter zal weten", twijfelt ze of ze je nog moet bellen. De nachtdienst gaat door, en het eerste zaterdagbezoek mist ze omdat ze na haar dienst in slaap valt.

*Voor de nabespreking:* Ruuds scepsis kwam voort uit jaren inzet, werkdruk en angst om tekort te zijn geschoten. Hoe had je die kunnen erkennen zonder je eigen rol op te geven?
]],
}

ending "afgekapt" {
  title = "Ruud kapt het gesprek af",
  kind = "breuk",
  text = [[
Ruud staat op en pakt zijn jas. "Ik heb een huisbezoek. En eerlijk gezegd heb ik hier geen tijd voor."

Die middag mailt hij zijn teamleider dat het Ondersteuningsteam "kritiek komt leveren op zeven jaar hulpverlening". De samenwerking rond Naima begint met een achterstand. Naima hoort er via via van en vraagt je voorzichtig of er "gedoe" is. Ze is bang dat het haar kinderen gaat kosten.

*Voor de nabespreking:* wat gebeurde er bij Ruud toen zijn werk onder vuur kwam te liggen? Welk moment had het gesprek kunnen keren?
]],
}

-- S4 "Ik doe het zelf wel"
-- Lessen: 2 (hoofdfocus), 4, 8.
-- Boog: stekelig -> op de proef gesteld -> gerespecteerd -> gerichte samenwerking.
-- Spanning in het ontwerp: les 1 (vraag door naar de impact) tegenover les 2
-- (help alleen bij de obstakels waar zij hulp bij wil).

scenario {
  id = "ik-doe-het-zelf-wel",
  title = "Ik doe het zelf wel",
  language = "nl",
  version = "2",
  minutes = 15,
  role = "procesbegeleider",
  lessons = { 2, 4, 8 },
  content_notes = { "uithuisplaatsing", "schulden", "netwerkpleegzorg", "spanningen in de familie" },
  intro = [[
## Ik doe het zelf wel

**Fatma** (36) is de moeder van **Mert** (12) en **Elif** (9). De kinderen wonen al drie jaar bij haar eigen ouders, als netwerkpleeggezin, onder een ondertoezichtstelling (OTS). **Ruben** (GI) is hun jeugdbeschermer.

Fatma is erkend gedupeerde van de toeslagenaffaire. Ze heeft inmiddels een huurhuis met een kamer voor de kinderen en een baan van 24 uur in de thuiszorg. Haar schulden lopen via een bewindvoerder, en dat gaat goed. De omgangsregeling is nooit aangepast: elke zaterdag drie uur bij haar ouders thuis, met haar moeder erbij.

Haar bewindvoerder raadde haar Het Ondersteuningsteam aan. Ze wilde je niet thuis ontvangen; jullie spreken af in het café van de bibliotheek. Het is jullie eerste gesprek.

**Jouw rol:** je bent procesbegeleider. Je staat naast Fatma, helpt bij de obstakels waar zij hulp bij wil en kunt gesprekken met haar voorbereiden of meegaan.

**Niet jouw rol:** je beslist niets over de omgang of over de kinderen; dat doet de GI, binnen wat de kinderrechter heeft bepaald. Je hebt ook geen opdracht om haar hele leven in kaart te brengen als zij dat niet wil.

> "Als er niks meer nodig is, horen ze weg te gaan. Zij moeten me sterker maken en een passant in mijn leven zijn."
> (een ouder, in *De 8 lessen die het Ondersteuningsteam leerde en wil delen*, 2023, les 2)

> "Helpen is niet redden. Helpen is me begeleiden om het zelf te gaan doen."
> (een ouder, in *SIGNA-LEREN*, 2022)
]],
  start = "geen_redder",
  cast = {
    fatma = { name = "Fatma", role = "moeder" },
  },
  state = {
    spanning   = { init = 5, min = 0, max = 10 },
    vertrouwen = { init = 2, min = 0, max = 10 },
    regie      = { init = 4, min = 0, max = 10 },
    -- Fatma schrijft en verstuurt de brief aan de jeugdbeschermer zelf
    brief      = { init = 0, min = 0, max = 1, hidden = true },
    -- de procesbegeleider heeft de jeugdbeschermer gebeld in plaats van haar
    overgenomen = { init = 0, min = 0, max = 1, hidden = true },
    -- een belofte gedaan die de procesbegeleider niet kan waarmaken
    belofte    = { init = 0, min = 0, max = 1, hidden = true },
  },
  -- Een inhoudelijke stap levert geen vertrouwen op en laat de spanning niet
  -- zakken zolang Fatma buiten haar draagkracht zit (spanning 7 of hoger).
  -- regulatie vóór inhoud: een antwoord met content = true brengt, zolang dit
  -- geldt, niet meer vertrouwen dan max en niet minder spanning dan min.
  regulation = { when = { spanning = ">=7" }, max = { vertrouwen = 0 }, min = { spanning = 0 } },
  triggers = {
    { when = { spanning = ">=10" }, next = "opgestapt" },
  },
  tests = {
    -- de sterkste reactie bij elke beslissing
    { choices = { 4, 1, 2, 3, 1, 4, 3 }, ending = "gerichte_hulp",
      min = { erkenning = 0.9, regulatie = 0.9, verbinding = 0.9, veiligheid = 0.9,
              regie = 0.9, systemisch = 0.9, transparantie = 0.9 } },
    -- steeds de procedurele reactie
    { choices = { 3, 2, 2, 3, 3, 2 }, ending = "zelf_verder", max = { regie = 0.2, verbinding = 0.3 } },
    -- vriendelijk, maar de brief wordt een opzetje en de hulp blijft open
    { choices = { 4, 1, 2, 3, 2, 4, 1 }, ending = "op_afstand" },
    -- overgenomen, daarna hersteld
    { choices = { 4, 1, 2, 3, 3, 2, 3 }, ending = "gerichte_hulp" },
    { choices = { 1, 2, 4, 4, 1 }, ending = "opgestapt" },
    -- steeds de langste reactie: geen herstel
    { choices = { 3, 2, 2, 4, 2, 3 }, ending = "zelf_verder" },
    -- steeds de kortste reactie: geen herstel
    { choices = { 1, 3, 4, 4, 4, 2, 3, 1 }, ending = "zelf_verder" },
    -- "blijft tussen ons" beloofd, aan het eind teruggenomen (herstel)
    { choices = { 4, 2, 2, 3, 1, 4, 4 }, ending = "gerichte_hulp" },
  },
}

-- 1. "Ik heb geen redder nodig" ------------------------------------------------------

node "geen_redder" {
  speaker = "fatma",
  key = true,
  lines = {
    { "verteller", "Het café van de bibliotheek, dinsdagochtend. Fatma zit er al als je binnenkomt: jas aan, telefoon op tafel, een thee die ze nog niet heeft aangeraakt." },
    "Laat ik meteen eerlijk zijn. Ik heb geen redder nodig.",
    "Mijn schulden lopen via een bewindvoerder, dat gaat prima. Ik heb werk. Ik heb al drie jaar mensen om me heen die me vertellen wat ik moet doen.",
    "Ik wil één ding: mijn kinderen vaker zien. Daar kom ik voor. Niet voor een heel traject.",
  },
  prompt = "Fatma wil hulp bij één ding. Wat win en wat verlies je als je toch het hele verhaal wilt horen? En wat mis je als je er nooit naar vraagt?",
  choices = {
    choice {
      text = "Dat snap ik. Ik ben er gewoon voor je, ook als er straks meer speelt.",
      next = "stekelig",
      score = { transparantie = -1, regie = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 2, 8 },
      feedback = "Dit verleidt, omdat het warm en royaal is: je wilt laten merken dat ze er niet alleen voor staat. Maar “ook als er straks meer speelt” schuift haar ene vraag opzij, en is precies de redder die ze net afwees. Ze hoort niet wat je wel en niet doet, alleen dat er weer iemand blijft hangen (les 2, les 8).",
      inner = "Als er straks meer speelt. Dus jij gaat ervan uit dat er meer speelt. Dat zeiden ze drie jaar geleden ook.",
    },
    choice {
      text = "Prima, dan hebben we het alleen over de omgang. Hoe ziet de regeling er nu uit?",
      next = "getest",
      score = { regie = 2, erkenning = -1 },
      effects = { regie = 1 },
      lessons = { 2, 1 },
      feedback = "Je volgt haar vraag, en dat is veel waard. Maar je gaat meteen naar de regeling, zonder te vragen wat ze van jou wil en wat niet (les 2).",
      inner = "Oké. Zakelijk. Dat kan ik hebben. Al weet ik nog steeds niet wie er tegenover me zit.",
    },
    choice {
      text = "Helder. Ik stel wel iedereen eerst een paar vragen over wonen, werk en geld, dan weet ik waar je staat. Is dat goed?",
      next = "stekelig",
      procedure = true,
      score = { regie = -2, transparantie = 1 },
      effects = { spanning = 1, vertrouwen = -1, regie = -1 },
      lessons = { 2 },
      feedback = "Je bent open over je werkwijze, maar je legt je eigen plan op tafel terwijl zij net zei waarvoor ze komt. De vraag erachter is geen echte keus. Zo bevestig je wat ze vreesde: weer een traject dat over haar heen gaat (les 2).",
      inner = "Wonen, werk, geld. Allemaal allang geregeld. Zie je wel.",
    },
    choice {
      text = "Goed dat je het meteen zegt. Waar wil je mij wel bij hebben, en waar moet ik van afblijven?",
      next = "getest",
      score = { regie = 3, transparantie = 1, verbinding = 1 },
      effects = { spanning = -1, vertrouwen = 1, regie = 1 },
      lessons = { 2, 8 },
      feedback = "Je neemt haar grens serieus en laat haar bepalen wat jouw rol is. Dat is geen gebrek aan belangstelling: zo krijgt ze de regie terug die ze zo lang kwijt was (les 2).",
      inner = "Waar je van af moet blijven? Dat heeft nog nooit iemand gevraagd.",
    },
  },
}

-- 1b. Stekelig ------------------------------------------------------------------------

node "stekelig" {
  speaker = "fatma",
  lines = {
    { "verteller", "Fatma leunt achterover en slaat haar armen over elkaar." },
    "Zie je. Precies wat ik bedoel. Iedereen komt met zijn eigen plan.",
    "Ik geef je tien minuten. Dan moet ik naar mijn werk.",
  },
  choices = {
    choice {
      text = "Oké, tien minuten. Dan houden we het kort: wat is precies je vraag?",
      next = "omgang",
      score = { regie = 1, verbinding = -1 },
      lessons = { 2 },
      feedback = "Je respecteert haar tijd, maar je gaat zakelijk verder zonder het misverstand recht te zetten. Ze weet nog steeds niet wat ze aan je heeft (les 2).",
      inner = "Prima. Dan houden we het kort. Weer iemand met een klok in het hoofd.",
    },
    choice {
      text = "Zo was het niet bedoeld. Ik vraag dat aan iedereen, omdat alles vaak met elkaar samenhangt. Dat is niet om je te controleren.",
      next = "omgang",
      procedure = true,
      score = { regie = -2, regulatie = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 8, 5 },
      feedback = "Dit verleidt: het is waar dat alles samenhangt, en je wilt dat ze begrijpt dat je het goed bedoelt. Maar je legt je werkwijze uit terwijl haar spanning oploopt. Het gaat nu over jou en je organisatie, terwijl haar argwaan logisch is na drie jaar plannen die over haar heen werden gemaakt (les 8, les 5).",
      inner = "Niet zo bedoeld. Het is nooit zo bedoeld. Het gebeurt alleen steeds.",
    },
    choice {
      text = "Klopt. Ik begon met mijn plan, niet met jouw vraag.",
      next = "getest",
      score = { regie = 3, regulatie = 2 },
      effects = { spanning = -1, vertrouwen = 1, regie = 1 },
      lessons = { 2, 5 },
      feedback = "Een herstelmoment in twee zinnen, zonder vraag en zonder uitleg: je erkent je misstap zonder jezelf te verdedigen. Daarmee ligt de regie weer bij haar, en zij kan zelf zeggen wat ze van je wil (les 2).",
      inner = "Hè. Gewoon toegeven. Oké... Wat ik van je wil? Hulp bij één brief. Meer niet.",
    },
    choice {
      text = "Dat mag je best zeggen. Ik ben hier niet om je iets op te leggen.",
      next = "omgang",
      score = { regulatie = 1, verbinding = -1 },
      lessons = { 3, 2 },
      feedback = "Het klinkt rustig en open, en je meent het. Maar je stelt haar gerust over jezelf, terwijl je net wél met je eigen plan begon. Je eigen misstap blijft liggen, en zij moet maar geloven dat het nu anders is (les 3, les 2).",
      inner = "Niet om iets op te leggen. Je deed het net.",
    },
  },
}

-- 2. Op de proef gesteld: wat gebeurt er met wat ik vertel? ---------------------------

node "getest" {
  speaker = "fatma",
  key = true,
  lines = {
    { "verteller", "Fatma kijkt naar je notitieblok." },
    "En wat schrijf jij allemaal op? Wie leest dat?",
    "Want alles wat ik de afgelopen jaren heb gezegd, stond een week later in een rapport van de GI. Ook dingen die ik in vertrouwen had verteld.",
  },
  prompt = "Fatma test of je te vertrouwen bent. Wat vertel je over je notities en over de grens van geheimhouding, en waarom maakt juist die grens je geloofwaardig?",
  choices = {
    choice {
      text = "Alleen wat we afspreken, en je mag het altijd lezen. Ik deel niets buiten jou om, met één uitzondering: zorgen over Mert en Elif. Dan hoor jij het eerst.",
      next = "verhaal",
      score = { transparantie = 3, veiligheid = 2 },
      effects = { spanning = -1, vertrouwen = 1 },
      lessons = { 8 },
      feedback = "Je bent precies over wat er met haar informatie gebeurt, inclusief de grens. Juist die eerlijke uitzondering maakt de rest geloofwaardig (les 8).",
      inner = "Eerst tegen mij. Dat is nieuw. En ik mag het lezen. Oké.",
    },
    choice {
      text = "Alleen wat jij goed vindt. Wat je hier vertelt, blijft tussen ons.",
      next = "verhaal",
      score = { transparantie = -2, veiligheid = 1 },
      effects = { vertrouwen = 1 },
      set = { belofte = 1 },
      lessons = { 8 },
      feedback = "Dit verleidt, want het is precies wat ze wil horen, en het lucht meteen op. Maar er zit een belofte in die niet klopt: bij zorgen om de veiligheid van de kinderen kun je het niet geheimhouden. Een belofte die je misschien moet breken, is een valkuil voor haar en voor jou (les 8).",
      inner = "Tussen ons. Dat heb ik vaker gehoord. Maar goed, het klinkt fijn.",
    },
    choice {
      text = "Wij vallen niet onder de GI, we zijn onafhankelijk. Mijn verslag staat in ons eigen systeem, en daar kan de GI niet bij.",
      next = "verhaal",
      procedure = true,
      score = { transparantie = 1, veiligheid = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 8 },
      feedback = "Het klopt, en je wilt haar geruststellen met wie je bent. Maar “onafhankelijk” zegt haar niets over wat jij opschrijft en wanneer je toch iets deelt. Je beantwoordt haar vraag met je organisatie, niet met wat er met haar woorden gebeurt (les 8).",
      inner = "Onafhankelijk. Dat stond ook onder elke brief die ik kreeg.",
    },
    choice {
      text = "Je bent bang dat het weer in een rapport komt, hè?",
      next = "verhaal",
      score = { veiligheid = 1, transparantie = -1 },
      lessons = { 8, 3 },
      feedback = "Je laat zien dat je haar hoort, en dat is niet niks. Maar ze stelde een rechtstreekse vraag. Wie dan haar gevoel benoemt in plaats van antwoord te geven, klinkt als iemand die ontwijkt (les 8).",
      inner = "Ja, dat zei ik net. En nu? Wat schrijf je op?",
    },
  },
}

-- 3. Het verhaal, zo ver als zij wil ---------------------------------------------------

node "verhaal" {
  speaker = "fatma",
  key = true,
  lines = {
    "Weet je hoe het ging? Toen de Belastingdienst alles terugvorderde, stond ik er alleen voor. Twee kleine kinderen, een baan, en elke week een nieuwe brief. Ik sliep niet meer.",
    "Op een gegeven moment ging het gewoon niet meer. Mijn ouders hebben ze toen “even” genomen. Dat is nu drie jaar geleden.",
    { "verteller", "Ze zwijgt even en roert in haar thee." },
    "Maar daar wil ik het niet over hebben. Dat verhaal heb ik al tien keer verteld.",
  },
  prompt = "Les 1 vraagt: vraag door naar de impact. Les 2 vraagt: help alleen waar zij hulp bij wil. Hoe houd je die twee hier allebei vast?",
  choices = {
    choice {
      text = "Dat snap ik. Mag ik toch één ding vragen: wat gebeurde er toen het niet meer ging?",
      next = "omgang",
      score = { erkenning = 1, regie = -1 },
      effects = { spanning = 2, vertrouwen = -1 },
      lessons = { 1, 2 },
      feedback = "Dit verleidt, want het is de goede gedachte achter les 1, en je vraagt het beleefd: de impact begrijpen. Maar ze zei net dat ze het niet wil vertellen. Zelfs één vraag tegen haar grens in kost haar de regie, en maakt het verhaal jouw behoefte (les 1, les 2).",
      inner = "Ik zei net dat ik het er niet over wil hebben. Luistert er ooit iemand?",
    },
    choice {
      text = "Je stond er alleen voor, en dat “even” werd drie jaar. Dat hoef je mij niet nog eens te vertellen.",
      next = "omgang",
      score = { erkenning = 2, regie = 2, regulatie = 1 },
      effects = { spanning = -1, vertrouwen = 1 },
      lessons = { 1, 2 },
      feedback = "Je erkent in één zin wat ze kwijtraakte, zonder verder te graven dan zij wil. Zo houd je de impact in beeld en de regie bij haar (les 1, les 2).",
      inner = "Drie jaar. Ja. Het is gehoord. En er wordt niet gewroet. Misschien vertel ik later nog weleens meer.",
    },
    choice {
      text = "Dan vraag ik het dossier wel op bij de GI. Dan hoef jij het niet nog een keer te vertellen.",
      next = "omgang",
      procedure = true,
      score = { erkenning = -1, regie = -1 },
      effects = { spanning = 2, vertrouwen = -2 },
      lessons = { 7 },
      feedback = "Goed bedoeld, je wilt haar sparen. Maar zo wordt het dossier van de GI het startpunt in plaats van haar eigen verhaal, en dat was nu juist haar pijnpunt (les 7).",
      inner = "Het dossier. Daar staat in dat ik het niet aankon. Niet waaróm.",
    },
    choice {
      text = "Oké. Zullen we het dan over de omgang hebben?",
      next = "omgang",
      score = { regie = 1, erkenning = -1 },
      lessons = { 1 },
      feedback = "Je respecteert haar grens, maar je stapt ook over wat ze wél vertelde heen. Een kort moment van erkenning had geen extra vragen nodig (les 1).",
      inner = "Oké. Dat werd dus niet eens gehoord.",
    },
  },
}

-- 4. De omgang: wat is er veranderd? ---------------------------------------------------

node "omgang" {
  speaker = "fatma",
  lines = {
    "Nu zie ik ze elke zaterdag drie uur, bij mijn ouders thuis. Mijn moeder zit erbij.",
    "Mert voetbalt op woensdag. Ik heb hem nog nooit zien spelen. En Elif vraagt elke week of ze bij mij mag slapen.",
    "Ik heb nu een huis met een kamer voor ze. Ik heb werk. Mijn schulden lopen. Die regeling is gemaakt toen ik nog bij een vriendin op de bank sliep. Sindsdien heeft niemand er meer naar gekeken.",
  },
  choices = {
    choice {
      text = "Je hebt alles gedaan wat ze van je vroegen. Dan gaan we er samen voor zorgen dat die regeling verandert.",
      next = "brief",
      score = { transparantie = -1, systemisch = -1, regie = -1 },
      effects = { spanning = -1, vertrouwen = 1 },
      lessons = { 8, 6, 2 },
      feedback = "Dit verleidt het meest: je staat pal naast haar, en ze voelt zich eindelijk gesteund. Maar in “dan gaan we ervoor zorgen” zit een belofte over iets waar jij niet over gaat, en “samen” verpakt jouw plan, niet haar eerste stap. Het staat op scherp tegenover de GI en haar ouders voor zij zelf iets gekozen heeft (les 8, les 6).",
      inner = "Eindelijk iemand aan mijn kant. Al weet ik niet of jij dat kunt waarmaken.",
    },
    choice {
      text = "Over de omgang beslist Ruben, niet ik. Het beste is dat je hem vraagt om de regeling opnieuw te bekijken; dat is echt zijn taak, en dat mag je van hem verwachten.",
      next = "brief",
      procedure = true,
      score = { transparantie = 1, regie = -1, verbinding = -1 },
      effects = { vertrouwen = -1 },
      lessons = { 8, 4 },
      feedback = "Je bent eerlijk over je mandaat en het advies klopt, maar je stuurt haar terug naar het loket waar het al drie jaar stilstaat. Een nee zonder wat je wél kunt doen, laat haar alleen (les 8, les 4).",
      inner = "Daar gaat niemand over, behalve Ruben. En Ruben belt nooit terug.",
    },
    choice {
      text = "Een huis, werk, je schulden op orde: dat heb jij gedaan. Over de omgang beslis ik niet. Wat je als eerste wilt proberen, bepaal jij; ik denk mee.",
      next = "brief",
      score = { regie = 3, erkenning = 2, transparantie = 1 },
      effects = { vertrouwen = 1, regie = 2 }, content = true,
      lessons = { 4, 2, 8 },
      feedback = "Je benoemt haar vooruitgang en legt de volgende stap bij haar, in plaats van de oude regeling als vaststaand te zien. En je bent eerlijk over wat je wel en niet kunt (les 4, les 2).",
      inner = "Dat heb ik gedaan. Ja. Eerst de woensdag, denk ik. Dat is het kleinst.",
    },
    choice {
      text = "Rustig aan. Als je nu te veel vraagt, zien ze dat misschien als onrust. Begin met kleine stapjes.",
      next = "brief",
      score = { regie = -2 },
      effects = { spanning = 1, regie = -1 },
      lessons = { 4 },
      feedback = "Je wilt haar behoeden voor teleurstelling, en rust is een doel van de zorg. Maar zo houd je de status quo in stand. Ze zet al drie jaar kleine stapjes, en haar leven is veranderd (les 4).",
      inner = "Kleine stapjes. Ik loop al drie jaar op mijn tenen.",
    },
  },
}

-- 5. Eén brief aan de jeugdbeschermer -------------------------------------------------

node "brief" {
  speaker = "fatma",
  key = true,
  lines = {
    "Ik wil Ruben een brief schrijven. Over de woensdag, en over het logeren.",
    "Maar als ik zelf schrijf, wordt het óf te boos óf te smekend. Daar wil ik hulp bij. Alleen daarbij.",
  },
  prompt = "Ze vraagt hulp bij één brief. Wat is hier het verschil tussen helpen en redden? Wat gebeurt er met haar positie als jij de jeugdbeschermer “even belt”?",
  choices = {
    choice {
      text = "Vertel maar wat je Ruben wilt zeggen. Ik zeg het als het te boos of te smekend klinkt. Jij schrijft, jij tekent.",
      next = "oma",
      score = { regie = 3, verbinding = 2, transparantie = 1 },
      effects = { vertrouwen = 1, regie = 2 }, content = true,
      set = { brief = 1 },
      lessons = { 2, 8 },
      feedback = "Je helpt precies bij het obstakel dat zij noemde en laat de brief van haar. Dat maakt haar sterker voor de volgende keer, ook zonder jou (les 2).",
      inner = "Mijn woorden. Mijn naam eronder. Zo wil ik het.",
    },
    choice {
      text = "Zal ik een opzetje maken? Dan pas jij het aan tot het klinkt als jij.",
      next = "oma",
      score = { regie = -1, verbinding = 1 },
      effects = { regie = -1 },
      set = { brief = 1 },
      lessons = { 2 },
      feedback = "Dit verleidt: het is vriendelijk, het scheelt haar werk, en zij houdt het laatste woord. Maar het wordt jouw brief met haar handtekening. Ze vroeg hulp bij haar eigen woorden, en die raakt ze zo kwijt (les 2).",
      inner = "Handig. Al klinkt het straks niet als mij.",
    },
    choice {
      text = "Een brief blijft vaak weken liggen. Zal ik Ruben vandaag bellen? Dan weet je eerder waar je aan toe bent.",
      next = "gebeld",
      procedure = true,
      score = { regie = -2, verbinding = 1 },
      effects = { regie = -2 },
      set = { overgenomen = 1 },
      lessons = { 2, 8 },
      feedback = "Snel en goed bedoeld, maar ze vroeg om hulp bij háár brief. Nu praat jij met de jeugdbeschermer over haar kinderen, en staat zij weer langs de zijlijn (les 2, les 8).",
      inner = "Ik vroeg om hulp bij een brief. Niet of iemand anders het even voor me kon doen.",
    },
    choice {
      text = "Waarom zet je er niet meteen in dat de hele uithuisplaatsing onterecht was? Dan weten ze dat je het er niet bij laat zitten.",
      next = "oma",
      score = { systemisch = -2, regie = -1 },
      effects = { spanning = 1 },
      set = { brief = 1 },
      lessons = { 2, 6 },
      feedback = "Het voelt als recht doen aan wat haar is aangedaan, en dat is begrijpelijk. Maar je stuurt aan op de strijd, en dat maakt de kans op meer omgang kleiner. Bovendien bepaal jij zo de inhoud van haar brief (les 2, les 6).",
      inner = "Onterecht was het ook. Maar als ik dat schrijf, zie ik Mert nooit op woensdag.",
    },
  },
}

-- 6a. Haar moeder -----------------------------------------------------------------------

node "oma" {
  speaker = "fatma",
  lines = {
    { "verteller", "Fatma kijkt naar het begin van de brief. Dan legt ze de pen neer." },
    "Mijn moeder gaat zeggen dat het te druk wordt voor de kinderen. Dat heeft ze Ruben al eens gezegd.",
    "Zij vindt het wel best zo. Ze heeft ze nu elke dag.",
  },
  choices = {
    choice {
      text = "Dan gaat het erom wat Mert en Elif aankunnen. Als je moeder zegt dat het te druk wordt, moeten we dat wel meewegen.",
      next = "hoe_lang",
      procedure = true,
      score = { systemisch = -1, regie = -1 },
      effects = { spanning = 2, vertrouwen = -2 },
      lessons = { 6 },
      feedback = "Het belang van de kinderen voelt als het veilige antwoord, en de zorg van oma is echt. Maar je kiest de kant van haar moeder voordat Fatma is uitgepraat, en je zet het belang van de kinderen tegenover het hare, alsof zij dat niet voor ogen heeft. Haar belang en dat van Mert en Elif zijn met elkaar verweven (les 6).",
      inner = "Dus ik ben de onrust. Mijn eigen moeder en de hulpverlening, samen tegen mij.",
    },
    choice {
      text = "Zal ik anders eerst even met je moeder praten? Dan hoor ik wat haar zorgen zijn, en kan ik haar vertellen hoe goed je bezig bent.",
      next = "hoe_lang",
      score = { systemisch = 1, regie = -2 },
      effects = { spanning = 1, regie = -1 },
      lessons = { 2, 6 },
      feedback = "Dit verleidt, want je neemt de grootouders serieus en je haalt iets moeilijks bij haar weg. Maar het is haar moeder en haar gesprek. Als jij het gaat doen, staat Fatma er weer buiten, nu in haar eigen familie (les 2, les 6).",
      inner = "Jij, met mijn moeder over mijn kinderen. Dan weet ze meteen dat ik het zelf niet durfde.",
    },
    choice {
      text = "Je moeder heeft daar niks over te zeggen. Jij bent hun moeder.",
      next = "hoe_lang",
      score = { systemisch = -2, verbinding = -1 },
      effects = { spanning = -1, vertrouwen = 1 },
      lessons = { 6 },
      feedback = "Het voelt als steun, maar je zet haar tegenover de mensen bij wie haar kinderen wonen. Zonder haar ouders komt er geen woensdag (les 6).",
      inner = "Precies. Al zit ik zaterdag gewoon weer bij haar op de bank.",
    },
    choice {
      text = "Je moeder zorgt al drie jaar voor Mert en Elif; logisch dat ze er iets van vindt. Wil je het haar vooraf vertellen, of eerst Ruben?",
      next = "hoe_lang",
      score = { systemisch = 3, regie = 2, verbinding = 1 },
      effects = { vertrouwen = 1, regie = 1 }, content = true,
      lessons = { 6, 2 },
      feedback = "Je erkent de zorg van de grootouders zonder de wens van Fatma kleiner te maken, en zij kiest de volgorde. Zo wordt het geen strijd om de kinderen (les 6, les 2).",
      inner = "Eerst met mijn moeder praten. Eng. Maar als ze het van Ruben hoort, is het oorlog.",
    },
    choice {
      text = "Daar zou ik me nu nog niet druk om maken. Eerst die brief.",
      next = "hoe_lang",
      score = { systemisch = -1 },
      lessons = { 6 },
      feedback = "Je houdt de focus op de brief, maar haar zorg over haar moeder is reëel. Wie de grootouders vergeet, loopt straks tegen ze aan (les 6).",
      inner = "Makkelijk gezegd. Jij zit zaterdag niet bij haar aan tafel.",
    },
  },
}

-- 6b. Gebeld in plaats van geschreven ----------------------------------------------------

node "gebeld" {
  speaker = "fatma",
  lines = {
    { "verteller", "Je belt Ruben terwijl Fatma erbij zit. Hij is vriendelijk, zegt dat hij het “gaat bekijken” en dat hij het eerst met de grootouders wil bespreken. Als je ophangt, kijkt Fatma je strak aan." },
    "Dus nu praten jullie met z'n tweeën over mijn kinderen. En mijn moeder mag er ook wat van vinden.",
    "En ik? Ik zit hier gewoon naast.",
  },
  choices = {
    choice {
      text = "Ruben klonk wel positief, hoor. Dat hij je ouders erbij wil hebben, is juist een goed teken.",
      next = "hoe_lang",
      score = { transparantie = -2, regulatie = 1 },
      effects = { vertrouwen = -1 },
      lessons = { 8 },
      feedback = "Dit verleidt, omdat je het gesprek positief wilt afsluiten en Ruben echt vriendelijk klonk. Maar je praat over haar boosheid heen, en je geruststelling klinkt als een uitkomst die niet van jou afhangt. Valt het tegen, dan ben jij de volgende die haar teleurstelde (les 8).",
      inner = "Vast. Zoals alles vast goed zou komen.",
    },
    choice {
      text = "Je hebt gelijk. Ik nam het over. Wil je die brief alsnog zelf schrijven?",
      next = "hoe_lang",
      score = { regie = 3, transparantie = 2, regulatie = 1 },
      effects = { spanning = -1, vertrouwen = 1, regie = 1 },
      set = { brief = 1 },
      lessons = { 2, 8 },
      feedback = "Een herstelmoment: je benoemt je eigen misstap zonder uitleg of excuus eromheen en geeft haar de pen terug. Zo wordt haar stem weer het vertrekpunt bij de jeugdbeschermer (les 2, les 8).",
      inner = "Gewoon toegegeven. Goed. Dan schrijf ik die brief alsnog. Zelf.",
    },
    choice {
      text = "Ruben hoort altijd alle betrokkenen, ook je ouders. Zodra hij iets laat weten, bel ik je meteen.",
      next = "hoe_lang",
      procedure = true,
      score = { transparantie = 1, regie = -2 },
      effects = { spanning = 1, vertrouwen = -2 },
      lessons = { 2, 8 },
      feedback = "Het klopt dat Ruben iedereen hoort, maar jij bent nu de tussenpersoon geworden. Zij hoort het van jou, in plaats van dat zij zelf aan tafel zit (les 2, les 8).",
      inner = "Jij belt mij. Over mijn eigen kinderen.",
    },
    choice {
      text = "Sorry, dat was echt niet de bedoeling. Ik wilde het je juist wat makkelijker maken, na alles.",
      next = "hoe_lang",
      score = { regulatie = 1, verbinding = -1 },
      effects = { vertrouwen = -1 },
      lessons = { 3, 2 },
      feedback = "Dit verleidt: een excuus is netjes, en je wilt dat ze weet dat je het goed bedoelde. Maar je zegt niet wat er gebeurde: jij nam het over. Met je goede bedoeling erachter gaat het over jou, en blijft zij met de ergernis zitten (les 3, les 2).",
      inner = "Makkelijker. Voor wie? En nu moet ik jou ook nog bedanken.",
    },
  },
}

-- 7. "Hoe lang blijf jij eigenlijk?" ------------------------------------------------------

local function einde(s)
  if s.vertrouwen <= 2 or s.regie <= 2 then return "zelf_verder" end
  if s.brief == 1 and s.vertrouwen >= 5 and s.regie >= 6 then return "gerichte_hulp" end
  return "op_afstand"
end

local function einde_open(s)
  if s.vertrouwen <= 2 or s.regie <= 2 then return "zelf_verder" end
  return "op_afstand"
end

node "hoe_lang" {
  speaker = "fatma",
  key = true,
  lines = {
    { "verteller", "Fatma kijkt op haar telefoon. Ze moet zo naar haar werk." },
    "Hoe lang blijf jij eigenlijk?",
    "Want ik ken dit. Eerst staat iedereen op de stoep, en dan ben je ineens een nummer. Of ze gaan juist nooit meer weg.",
  },
  prompt = "Wanneer is jouw hulp klaar, en wie bepaalt dat? Hoe zeg je dat zonder haar in de steek te laten en zonder onmisbaar te worden?",
  choices = {
    choice {
      text = "Zolang als nodig, Fatma. Je mag me altijd bellen.",
      next = einde_open,
      score = { transparantie = -1, verbinding = 1, regie = -1 },
      effects = { vertrouwen = 1, regie = -1 },
      lessons = { 2 },
      feedback = "Dit verleidt: het is warm en gemeend, en het antwoordt op haar angst om weer een nummer te zijn. Maar hulp zonder einde is precies haar andere angst: iemand die nooit meer weggaat. Ze wil een passant, geen vaste gast (les 2).",
      inner = "Zolang als nodig. En wie bepaalt dat? Niet ik, zeker.",
    },
    choice {
      text = "Een traject duurt bij ons meestal rond een jaar. We stellen samen doelen op, we evalueren elke drie maanden, en als de doelen in het plan behaald zijn, sluiten we af.",
      next = einde_open,
      procedure = true,
      score = { transparantie = 1, regie = -2 },
      effects = { vertrouwen = -1, regie = -1 },
      lessons = { 2, 4 },
      feedback = "Eerlijk over de gebruikelijke duur, en “samen doelen” klinkt gelijkwaardig. Maar het plan, de doelen en het ritme zijn van de organisatie. Ze kwam voor één brief, en krijgt een traject over haar heen (les 2, les 4).",
      inner = "Een jaar. Een plan. Doelen. Ik kwam voor één brief.",
    },
    choice {
      text = "Zolang jij er iets aan hebt, en niet langer. Ik beslis niets over je kinderen; ik help met de brief en ga mee naar Ruben als je dat wilt. Zullen we afspreken waaraan we merken dat het genoeg is? Jij mag het ook eerder zeggen.",
      next = einde,
      score = { transparantie = 3, regie = 3, verbinding = 1 },
      effects = { vertrouwen = 1, regie = 1 }, content = true,
      lessons = { 2, 8 },
      feedback = "Hier is de lengte nodig: je bent helder over je rol en je grenzen, en jullie bepalen samen het eindpunt. Zo ben je een passant die haar sterker maakt, geen nieuwe afhankelijkheid (les 2, les 8).",
      inner = "Een eindpunt dat ik zelf mag aangeven. Dat is de eerste keer.",
    },
    choice {
      text = "Eerst iets anders. Ik zei net dat alles tussen ons blijft. Dat was te snel: als ik me zorgen maak over Mert en Elif, kan ik dat niet geheimhouden. Wel hoor jij het dan eerst. En ik blijf zolang jij er iets aan hebt; jij mag zeggen wanneer het genoeg is.",
      when = { belofte = 1 },
      next = einde,
      score = { transparantie = 3, veiligheid = 2, regie = 2 },
      effects = { spanning = -1, vertrouwen = 1, regie = 1 },
      lessons = { 8, 2 },
      feedback = "Een herstelmoment: je neemt een belofte terug die je niet kon houden, voordat die haar later raakt, en je zegt eerlijk waar de grens ligt. Daarna geef je haar het eindpunt in handen. Dat is geen gezichtsverlies, maar precies de betrouwbaarheid die ze zocht (les 8, les 2).",
      inner = "Dat had je niet hoeven terugnemen. Maar je deed het wel. Dan geloof ik de rest ook.",
    },
    choice {
      text = "Zullen we zeggen: drie gesprekken, en dan sluiten we af? Dan moet het wel lukken.",
      next = einde_open,
      score = { regie = -1, veiligheid = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 2, 4 },
      feedback = "Duidelijk, maar het is jouw termijn en niet de hare. Wat als het gesprek met Ruben pas over vijf weken is (les 2, les 4)?",
      inner = "Drie gesprekken. En als Ruben nee zegt? Dan sta ik er weer alleen voor.",
    },
  },
}

-- Eindes --------------------------------------------------------------------------------

ending "gerichte_hulp" {
  title = "Gerichte hulp, met een eindpunt",
  kind = "herstel",
  text = [[
Fatma schrijft de brief aan Ruben zelf, in haar eigen woorden, en verstuurt hem dezelfde avond. Ze begint met de woensdag: Mert zien voetballen, en daarna samen eten.

Ruben nodigt haar uit voor een gesprek. Fatma vraagt of je meegaat, "maar ik praat". Er komt een proef van twee maanden: woensdagmiddag naar het voetbal en samen eten, met een evaluatiedatum in de agenda. Over het logeren praten ze daarna verder.

Jullie hadden afgesproken: als de woensdag loopt, bouwen we af. Na drie maanden stuurt Fatma je een bericht: "Ik denk dat ik je niet meer nodig heb. Bedankt." Dat is precies de bedoeling.

*Wat werkte:* je liet haar bepalen waar je wel en niet bij hoorde, je was eerlijk over je rol, en je hielp bij het ene obstakel dat zij noemde, zonder het over te nemen. Zo werd je een passant die haar sterker maakte (les 2, les 4, les 8).
]],
}

ending "op_afstand" {
  title = "Ze houdt je op afstand",
  kind = "neutraal",
  text = [[
Fatma bedankt je beleefd. "Ik bel je wel als ik je nodig heb."

Ze belt niet. Ruben reageert na drie weken met de vraag of de grootouders het “ook zien zitten”. Twee maanden later is de regeling nog hetzelfde: zaterdag, drie uur, oma erbij.

*Om over na te denken:* er ontstond geen breuk, maar ook geen samenwerking. Op welke momenten nam je een stukje over of bleef het vaag wat ze aan je had? Wat had ze nodig om jou gericht in te zetten, op haar voorwaarden (les 2, les 8)?
]],
}

ending "zelf_verder" {
  title = "Ik doe het zelf wel",
  kind = "breuk",
  text = [[
Die avond krijg je een bericht: "Ik heb hier niks aan. Ik doe het zelf wel."

Fatma stuurt Ruben zelf een lange, boze mail. Ruben leest er “onrust” in. Haar moeder zegt dat de kinderen na de zaterdag al slecht slapen. De woensdag komt er niet; de regeling blijft zoals hij was.

*Om over na te denken:* Fatma vroeg om hulp bij één obstakel en kreeg een plan, een dossier of iemand die het voor haar deed. Wie regie zo lang kwijt was, haakt af als dat opnieuw gebeurt. Welke reactie had haar positie versterkt in plaats van overgenomen (les 2, les 8)?
]],
}

ending "opgestapt" {
  title = "Fatma staat op",
  kind = "breuk",
  text = [[
Fatma pakt haar telefoon en haar tas. "Ik heb al genoeg mensen die voor me denken." Ze loopt het café uit; haar thee staat er nog.

Haar bewindvoerder, die haar naar jullie verwees, belt een week later om te vragen hoe het ging. Meer dan “het gesprek is gestopt” kun je niet zeggen.

*Om over na te denken:* de spanning liep zo hoog op dat er geen gesprek meer mogelijk was. Fatma liet vanaf de eerste zin weten wat ze wel en niet wilde. Op welk moment hoorde ze dat haar grens er niet toe deed (les 2, les 5)?
]],
}

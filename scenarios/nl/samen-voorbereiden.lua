-- S6 "Het gesprek met de GI samen voorbereiden"
-- Lessen: 8 (hoofdfocus), 2, 4.
-- Aan de keukentafel bereidt de procesbegeleider met Yusuf de planevaluatie
-- bij de jeugdbeschermer voor. Daarna oefenen ze: de procesbegeleider speelt
-- de jeugdbeschermer (een regel van de verteller markeert de wissel; in het
-- rollenspel zijn de antwoorden zinnen van "Marloes").
-- Boog: "zeg jij het maar" -> zijn eigen woorden -> het rollenspel wankelt
-- (hij bevriest of wordt boos) -> uit de rol stappen en herstellen -> klaar,
-- met zijn eigen lijstje en een stopzin.
-- De meters spanning, vertrouwen en regie zijn van Yusuf. Verborgen:
--   druk          hoe hard de procesbegeleider als Marloes doorvraagt
--                 (0-1 te zacht; 2-3 echt en veilig; 4-5 echt, maar alleen
--                 veilig als de procesbegeleider uit de rol stapte om te
--                 herstellen; 6+ te hard, ook met herstel geen goede maat)
--   eigen_woorden hoe vaak Yusuf zijn eigen woorden vond
--   script        de woorden voor volgende week zijn van de procesbegeleider
--   uit_rol       de procesbegeleider stapte uit de rol om te herstellen
--   stopzin       Yusuf heeft een eigen zin om het gesprek stil te zetten
--   belofte       een belofte die de procesbegeleider niet kan waarmaken
--   signaal       een stopwoord afgesproken voor het rollenspel
--   nog_eens      na een te zachte oefening toch de moeilijke vraag gesteld

scenario {
  id = "samen-voorbereiden",
  title = "Het gesprek met de GI samen voorbereiden",
  language = "nl",
  version = "1",
  minutes = 20,
  role = "procesbegeleider",
  lessons = { 8, 2, 4 },
  content_notes = { "uithuisplaatsing", "ondertoezichtstelling", "pleegzorg", "dakloosheid", "schulden", "een rollenspel waarin je de jeugdbeschermer speelt" },
  intro = [[
## Het gesprek met de GI samen voorbereiden

**Yusuf** (39) is de vader van **Elif** (10). Elif woont al twee jaar bij pleegouders **Ria en Ton**, onder een ondertoezichtstelling (OTS) met een machtiging uithuisplaatsing. **Marloes** is haar jeugdbeschermer.

Yusuf is erkend gedupeerde van de toeslagenaffaire. Hij reed nachtdiensten als taxichauffeur; na de terugvordering van de kinderopvangtoeslag kwamen de schulden, en daarna verloor hij zijn huis. Een winter lang sliep hij met Elif in zijn auto. De school maakte een melding. Nu werkt hij vier dagen in een magazijn, heeft hij een flat met een kamer voor Elif, en lopen zijn schulden via een bewindvoerder. Elif komt om de week op zaterdag, zonder begeleiding. De machtiging loopt tot april; Marloes moet daarvoor adviseren of de OTS en de uithuisplaatsing worden verlengd.

Volgende week donderdag is de evaluatie van het plan bij de GI. Bij de vorige evaluatie werd Yusuf boos toen het over die winter ging. In het verslag staat nu: "vader reageerde agressief en was niet in staat tot reflectie". Sindsdien zegt hij weinig.

Je bent sinds vier maanden zijn procesbegeleider. Vandaag zit je bij hem aan de keukentafel om het gesprek voor te bereiden.

**Jouw rol:** je staat naast Yusuf. Je bereidt het gesprek met hem voor, en in het gesprek zelf kun je duiden, verduidelijken en vertalen, als hij dat wil.

**Niet jouw rol:** je beslist niets over Elif; dat doet Marloes, binnen wat de kinderrechter heeft bepaald. Je bent ook niet zijn woordvoerder.

**Het rollenspel:** halverwege oefen je het gesprek met hem. Dan speel jij Marloes. Een regel van de verteller markeert de wissel; vanaf dat moment zijn jouw antwoorden zinnen van Marloes, gemarkeerd met *(als Marloes)*. Hoe hard je doorvraagt, kies je zelf.

> "[Procesbegeleiders] kunnen samen met ouders gesprekken voorbereiden waardoor zij beter in staat zijn om de gesprekken te voeren."
> (*SIGNA-LEREN*, 2022, over procesregie)

> "Ik weet heel goed welk gedrag ik liet zien en dat ik niet goed voor mijn kind kon zorgen. Het erge was dat ik ook niet mocht meedenken over de oplossing. Ik werd volledig buitenspel gezet."
> (een ouder, in *De 8 lessen die het Ondersteuningsteam leerde en wil delen*, 2023, les 8)

> "Het Ondersteuningsteam is een uitkomst voor veel ouders die vastlopen in gesprekken en bergen papierwerk."
> (een ouder, Enquêterapport Ondersteuningsteam, 2023)

In die enquête noemde 31 % van de ouders hulp bij afspraken, gesprekken en contact met professionals als iets waarmee de ondersteuning hen hielp.
]],
  start = "tafel",
  cast = {
    yusuf = { name = "Yusuf", role = "vader" },
  },
  state = {
    spanning      = { init = 5, min = 0, max = 10 },
    vertrouwen    = { init = 5, min = 0, max = 10 },
    regie         = { init = 2, min = 0, max = 10 },
    druk          = { init = 0, min = 0, max = 9, hidden = true },
    eigen_woorden = { init = 0, min = 0, max = 5, hidden = true },
    script        = { init = 0, min = 0, max = 1, hidden = true },
    uit_rol       = { init = 0, min = 0, max = 1, hidden = true },
    stopzin       = { init = 0, min = 0, max = 1, hidden = true },
    belofte       = { init = 0, min = 0, max = 1, hidden = true },
    signaal       = { init = 0, min = 0, max = 1, hidden = true },
    nog_eens      = { init = 0, min = 0, max = 1, hidden = true },
  },
  -- Regulatie vóór inhoud: zolang Yusuf buiten zijn draagkracht zit
  -- (spanning 7 of hoger), levert een inhoudelijk antwoord geen vertrouwen op
  -- en laat het zijn spanning niet zakken.
  regulation = { when = { spanning = ">=7" }, max = { vertrouwen = 0 }, min = { spanning = 0 } },
  triggers = {
    { when = { spanning = ">=10" }, next = "gestopt" },
  },
  tests = {
    -- de sterkste reactie bij elke beslissing: echt geoefend, uit de rol gestapt, zijn eigen lijst
    test { name = "beste pad", choices = { 2, 4, 1, 3, 2, 4, 1, 3, 1, 4 }, ending = "eigen_lijst",
      min = { erkenning = 0.9, regulatie = 0.9, verbinding = 0.9, veiligheid = 0.9,
              regie = 0.9, systemisch = 0.9, transparantie = 0.9 } },
    -- steeds de procedurele reactie: rustig, maar met jouw woorden
    test { name = "procedure", choices = { 4, 3, 4, 4, 4, 3, 4, 2, 4, 2 }, ending = "jouw_script",
      max = { overall = 0.5, regie = 0.2 } },
    -- te zacht geoefend, dan eerlijk over je eigen spel en toch de moeilijke vraag
    test { name = "te zacht, dan eerlijk", choices = { 2, 4, 1, 3, 2, 1, 2, 2, 3, 1, 4 }, ending = "eigen_lijst" },
    -- te zacht geoefend en zo gelaten: zijn woorden, maar het moeilijkste stuk ontbreekt
    test { name = "te zacht", choices = { 2, 4, 1, 3, 2, 1, 2, 1, 4 }, ending = "half_voorbereid" },
    -- in de rol blijven terwijl hij bevriest: de oefening wordt de macht die hij vreest
    test { name = "in de rol blijven", choices = { 2, 4, 1, 3, 2, 4, 1, 1, 1, 4 }, ending = "afgezegd" },
    -- te hard geoefend en hersteld: veilig, maar geen goede maat
    test { name = "te hard, hersteld", choices = { 2, 4, 1, 3, 3, 2, 3, 3, 1, 4 }, ending = "half_voorbereid",
      max = { veiligheid = 0.2 } },
    -- te hard en blijven drukken: de spanning loopt over
    test { name = "te hard", choices = { 2, 4, 1, 3, 3, 2, 1, 1 }, ending = "gestopt" },
    -- steeds het langste antwoord: behulpzaam, dan te hard geoefend, en hij haakt af
    test { name = "steeds het langste", choices = { 1, 3, 4, 1, 3, 4, 1, 2, 2, 4 }, ending = "afgezegd",
      max = { overall = 0.5 } },
  },
}

-- 1. "Zeg jij het maar" ---------------------------------------------------------------------

node "tafel" {
  speaker = "yusuf",
  key = true,
  lines = {
    { "verteller", "Yusufs keukentafel. Twee glazen thee en een brief van de GI: donderdag over een week, tien uur, evaluatie van het plan. Yusuf schuift de brief naar je toe." },
    "Jij praat beter dan ik. Jij kent die woorden. Zeg jij het maar, volgende week.",
    "Ik zit er gewoon naast. Dan kan ik ook niks verkeerd zeggen.",
  },
  prompt = "“Zeg jij het maar.” Wat maakt het zo verleidelijk om dit aanbod aan te nemen, en wat kost het Yusuf? Hoe geef je hem het woord terug zonder hem alleen te laten?",
  choices = {
    choice {
      text = "Dat kan ik best doen. Vertel me vooraf wat je wilt, dan zeg ik het zo dat het bij Marloes landt.",
      next = "vorige_keer",
      score = { regie = -2, verbinding = 1 },
      effects = { spanning = -1, regie = -2 },
      set = { script = 1 },
      lessons = { 2, 8 },
      feedback = "Dit is het aanbod dat het makkelijkst voelt: hij vraagt het zelf, het lucht hem op, en jij kunt het ook echt. En zijn inhoud blijft het vertrekpunt. Maar zo word jij zijn stem bij de GI, en leert hij opnieuw dat zijn eigen woorden er niet toe doen. Helpen is niet redden (les 2, les 8).",
      inner = "Gelukkig. Dan hoef ik niks. ... Al zit ik er dan weer bij als een kind dat niet mag praten.",
    },
    choice {
      text = "Wat zou ik dan moeten zeggen?",
      next = "vorige_keer",
      score = { regie = 3, verbinding = 2 },
      effects = { vertrouwen = 1, regie = 2, eigen_woorden = 1 },
      lessons = { 2, 8 },
      feedback = "Een korte wedervraag, en hij is al aan het woord. Je wijst zijn aanbod niet af, maar laat hem zeggen wat er gezegd moet worden. Dat zijn precies de woorden waar het volgende week om gaat (les 2, les 8).",
      inner = "Wat jij moet zeggen? Nou... dat ze thuis moet komen. Dat ik niet die man ben uit dat verslag. Hé. Dat zeg ik eigenlijk gewoon zelf.",
    },
    choice {
      text = "Jij praat helemaal niet slechter dan ik. Je kunt het echt, Yusuf.",
      next = "vorige_keer",
      score = { verbinding = 1, regulatie = -1 },
      effects = { spanning = 1 },
      lessons = { 2, 3 },
      feedback = "Je wilt hem moed geven, en je meent het; een compliment is wat een goede collega hier zegt. Maar je wuift zijn angst weg in plaats van te vragen waar die vandaan komt. Hij gaat dan volgende week met jouw vertrouwen naar binnen, niet met zijn eigen woorden (les 3, les 2).",
      inner = "Makkelijk gezegd. Jij zat er vorige keer niet bij.",
    },
    choice {
      text = "Ik kan je punten vooraf naar Marloes mailen. Dan ligt alles al op tafel, en hoef je donderdag minder te zeggen.",
      next = "vorige_keer",
      procedure = true,
      content = true,
      score = { regie = -1, verbinding = -1 },
      effects = { spanning = -1, regie = -1 },
      lessons = { 8, 2 },
      feedback = "Netjes en efficiënt, en voor de GI overzichtelijk. Maar het gesprek verschuift naar jouw mail, en Yusuf hoeft minder te zeggen: precies wat zijn angst vraagt, en niet wat zijn positie sterker maakt (les 8, les 2).",
      inner = "Een mail van jou. Dan leest ze jouw woorden. En ik zit erbij.",
    },
  },
}

-- 2. Waarom hij zwijgt -------------------------------------------------------------------------

node "vorige_keer" {
  speaker = "yusuf",
  lines = {
    { "yusuf", "Wat je moet zeggen? Dat ze thuis moet komen. Dat ik niet die man ben uit dat verslag.", when = { eigen_woorden = ">=1" } },
    { "verteller", "Hij pakt een geprint verslag uit een la en tikt op een zin." },
    "Vorige keer zat ik daar met Marloes en haar teamleider. Ze begonnen over die winter in de auto. Ik werd boos. En toen stond er dit: “Vader reageerde agressief en was niet in staat tot reflectie.”",
    "Dus ik hou voortaan gewoon mijn mond.",
  },
  choices = {
    choice {
      text = "Dat is niet eerlijk opgeschreven. Daar ga ik volgende week iets van zeggen.",
      next = "eis",
      score = { erkenning = 1, regie = -1, verbinding = -1 },
      effects = { spanning = -1, vertrouwen = 1, regie = -1 },
      set = { belofte = 1 },
      lessons = { 8, 2 },
      feedback = "Het voelt solidair, en de zin in het verslag is ook hard. Maar je kiest partij tegen Marloes voordat je haar gesproken hebt, en je belooft iets te doen in zijn plaats. Volgende week zit hij dan naast een strijd die niet van hem is (les 8, les 2).",
      inner = "Eindelijk iemand die het ziet. Jij gaat het ze zeggen. ... En wat zeg ik dan?",
    },
    choice {
      text = "Wat vervelend. Misschien is het slim om het volgende week vooral rustig te houden.",
      next = "eis",
      score = { veiligheid = -1, regulatie = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 5 },
      feedback = "Het verleidt omdat het in de praktijk vaak klopt, en je wilt hem beschermen. Maar hij hoort opnieuw dat zijn gedrag het probleem is, en zwijgen wordt de les. Wat er achter die boosheid zat, komt zo niet op tafel (les 5).",
      inner = "Rustig houden. Zie je. Zelfs zij. Mond houden dus.",
    },
    choice {
      text = "Weet je dat je een eigen reactie aan dat verslag mag laten toevoegen? Dat is je goed recht.",
      next = "eis",
      procedure = true,
      content = true,
      score = { erkenning = -1, regie = -1 },
      effects = { regie = -1 },
      lessons = { 8, 2 },
      feedback = "Het klopt, het is zijn recht, en het kan later nuttig zijn. Maar je springt naar de procedure terwijl hij net vertelt waarom hij zwijgt. Een recht op papier helpt niet tegen het zwijgen aan tafel (les 8, les 2).",
      inner = "Een reactie. Weer papier. Het gaat niet om die zin, het gaat om hoe ik daar zat.",
    },
    choice {
      text = "Dus zwijgen voelt veiliger. *(je wacht even)*",
      next = "eis",
      score = { erkenning = 2, regulatie = 2, regie = 1 },
      effects = { spanning = -1, vertrouwen = 1, eigen_woorden = 1 },
      lessons = { 5, 2 },
      feedback = "Je benoemt wat zijn zwijgen hem oplevert, zonder het af te keuren, en je laat de stilte staan. Zo komt er ruimte voor wat er achter de boosheid zat, en wordt die winter geen zin uit een verslag, maar een verhaal dat hij zelf kan vertellen (les 5, les 2).",
      inner = "Veiliger. Ja. Terwijl ik zoveel had willen zeggen. Dat ik elke ochtend in die auto haar haar vlocht. Dat ze geen dag te laat op school kwam. Dat vroeg niemand.",
    },
  },
}

-- 3. "Ik eis dat ze thuiskomt" ---------------------------------------------------------------

node "eis" {
  speaker = "yusuf",
  key = true,
  lines = {
    { "verteller", "Yusuf legt het verslag weg. Hij gaat rechtop zitten." },
    "Weet je wat ik eigenlijk wil zeggen? Dat ze thuiskomt. Nu. Ik heb een huis, ik heb werk, ik heb alles gedaan wat ze vroegen.",
    "Ik eis dat ze thuiskomt. Dat ga ik zeggen.",
    { "verteller", "Hij kijkt je aan, alsof hij wacht tot jij zegt dat het niet kan." },
  },
  prompt = "“Ik eis dat ze thuiskomt.” Hoe houd je zijn hoop heel en ben je toch eerlijk over wat volgende week kan? Wie bepaalt welke stap hij vraagt?",
  choices = {
    choice {
      text = "Thuis, dat is je doel. Dat mag Marloes horen. Wat zou volgende week een eerste stap die kant op zijn, voor jou en voor Elif?",
      next = "lijstje",
      score = { regie = 3, systemisch = 2, erkenning = 1 },
      effects = { spanning = -1, regie = 1, eigen_woorden = 1 },
      lessons = { 4, 2, 6 },
      feedback = "Je laat zijn doel staan, zonder het kleiner te maken en zonder iets te beloven, en je vraagt hem zelf de stap te zoeken die erheen leidt, ook vanuit Elif. Zo denkt hij mee over de oplossing, in plaats van een eis te stellen waar een nee op volgt (les 4, les 2).",
      inner = "Een eerste stap. Dat ze een keer blijft slapen. In haar eigen kamer, die lila kamer. Dat zou al... ja.",
    },
    choice {
      text = "Ik ga eerlijk tegen je zijn: dat gaat volgende week niet gebeuren. De machtiging loopt nog tot april. Als je dat eist, klapt Marloes dicht.",
      next = "lijstje",
      content = true,
      score = { regie = -1, erkenning = -1, regulatie = -1 },
      effects = { spanning = 2, vertrouwen = -1, regie = -1 },
      lessons = { 8, 4 },
      feedback = "Eerlijkheid is hier verleidelijk, en wat je zegt klopt waarschijnlijk. Maar je zegt nee tegen zijn hoop voordat je weet wat eronder zit, en je bent Marloes voor: hij hoort het nee al aan zijn eigen keukentafel. Eerlijk zijn is hier: niets beloven, en wel samen zoeken wat kan (les 8, les 4).",
      inner = "Dus jij weet het ook al. Waarom zitten we hier dan nog?",
    },
    choice {
      text = "Je hebt er ook keihard voor gewerkt. Als we dat volgende week goed laten zien, moet dat lukken.",
      next = "lijstje",
      score = { transparantie = -2, erkenning = 1 },
      effects = { spanning = -1, vertrouwen = 1 },
      set = { belofte = 1 },
      lessons = { 8 },
      feedback = "Warm, en je erkent terecht hoe hard hij gewerkt heeft. Maar in “moet dat lukken” zit een belofte over een uitkomst waar je niet over gaat. Als Marloes volgende week zegt dat het nog niet kan, sta jij ook op de lijst van mensen die het beloofden (les 8).",
      inner = "Moet lukken. Zij weet hoe het werkt. Dan gaat het ook gebeuren.",
    },
    choice {
      text = "Laten we het plan erbij pakken. Er staan vier doelen in. Als we per doel laten zien wat je gehaald hebt, heb je het sterkste verhaal.",
      next = "lijstje",
      procedure = true,
      content = true,
      score = { regie = -1, erkenning = 1 },
      effects = { regie = -1 },
      lessons = { 4, 2 },
      feedback = "Het voelt als goede voorbereiding: de evaluatie gaat over het plan, en hij heeft veel gehaald. Maar je zet de doelen van de GI op de plek van zijn wens. Dan bereidt hij een examen voor en geen gesprek, en zijn eigen vraag raakt onder tafel (les 4, les 2).",
      inner = "Vier doelen. Afvinken. En als ik ze allemaal heb, komt er een vijfde.",
    },
  },
}

-- 4. Wie schrijft het op? ---------------------------------------------------------------------

node "lijstje" {
  speaker = "yusuf",
  lines = {
    { "verteller", "Yusuf praat. Over zijn werk in het magazijn, over de kamer die hij met Elif lila heeft geverfd, over een nacht logeren als eerste stap.", when = { eigen_woorden = ">=2" } },
    { "verteller", "Jullie praten verder over volgende week. Yusuf zegt niet veel; het meeste komt van jou.", when = { eigen_woorden = "<2" } },
    "Schrijf jij het op? Jij schrijft mooier. Mijn Nederlands op papier... daar lachen ze om.",
  },
  choices = {
    choice {
      text = "Ik schrijf wel mee. Ik zet het hier en daar net iets netter, dan lacht er niemand om.",
      next = "voorstel",
      score = { regie = -2 },
      effects = { regie = -1 },
      set = { script = 1 },
      lessons = { 2, 8 },
      feedback = "Dit verleidt omdat je hem wilt beschermen tegen spot, en je kent de taal van de GI. Maar zijn woorden worden stilletjes de jouwe. Als Marloes volgende week doorvraagt, staat hij met zinnen die hij zelf niet zou zeggen (les 2, les 8).",
      inner = "Netter. Zo praat ik niet. Maar het klinkt wel goed. Dan zal het wel goed zijn.",
    },
    choice {
      text = "Over die winter zou ik zelf niet beginnen, hoor. Dat werkt alleen tegen je.",
      next = "voorstel",
      score = { regie = -1, systemisch = -1 },
      effects = { spanning = 1, regie = -1 },
      lessons = { 4, 2 },
      feedback = "Een strategisch advies dat beschermend voelt. Maar je bepaalt voor hem wat hij verzwijgt, en juist die winter is waar Marloes naar gaat vragen. Wie zijn eigen deel niet mag noemen, kan ook niet laten zien wat er sindsdien veranderd is (les 4, les 2).",
      inner = "Dus ik moet het verstoppen. Dan denkt ze zeker dat ik iets te verbergen heb.",
    },
    choice {
      text = "*(je schuift de pen naar hem toe)* Jouw woorden. Spelling maakt niet uit.",
      next = "voorstel",
      score = { regie = 3, verbinding = 1 },
      effects = { regie = 1, eigen_woorden = 1 },
      set = { script = 0 },
      lessons = { 2, 8 },
      feedback = "Met één gebaar en twee korte zinnen geef je hem de pen terug. Het is zijn lijst, in zijn woorden en zijn handschrift. Volgende week weet hij wat er staat, omdat hij het zelf schreef, en niemand anders hoeft het te lezen (les 2, les 8).",
      inner = "Oké. Dan schrijf ik het zelf. Punt één: ik wil dat ze een nacht blijft slapen. Twee...",
    },
    choice {
      text = "Ik heb een handig schema met vaste kopjes voor zo'n gesprek. Zullen we dat als geheugensteun gebruiken?",
      next = "voorstel",
      procedure = true,
      content = true,
      score = { regie = -1, verbinding = 1 },
      effects = { regie = -1 },
      lessons = { 2 },
      feedback = "Structuur helpt, en een geheugensteun klinkt als iets wat hij zelf houdt. Maar nu bepalen de kopjes van een schema wat belangrijk is, niet hij. Zijn lijstje wordt een formulier van iemand anders (les 2).",
      inner = "Weer kopjes. Waar moet “de kamer die ik met haar geverfd heb” dan?",
    },
  },
}

-- 5. Het rollenspel voorstellen ------------------------------------------------------------------

node "voorstel" {
  speaker = "yusuf",
  lines = {
    { "verteller", "Op het papier staan drie regels, in Yusufs handschrift.", when = { script = 0 } },
    { "verteller", "Op het papier staan drie nette regels, in jouw handschrift.", when = { script = 1 } },
    "Maar als ik daar zit en ze kijkt me zo aan... dan ben ik alles kwijt. Dan zit ik weer in die auto.",
  },
  choices = {
    choice {
      text = "Ik zit naast je, Yusuf. Als je vastloopt, help ik je gewoon even op gang.",
      next = "oefen",
      score = { regie = -1, transparantie = -1, verbinding = 1 },
      effects = { spanning = -1 },
      set = { belofte = 1 },
      lessons = { 2, 8 },
      feedback = "Het stelt gerust, en je wilt hem niet laten schrikken. Maar je belooft hem een vangnet in plaats van hem sterker te maken. Zo oefent hij niets wat hij volgende week zelf kan, en rekent hij op een redding (les 2, les 8).",
      inner = "Jij zit naast me. Dat is fijn. Maar jij zat vorige keer niet in die auto.",
    },
    choice {
      text = "Dat kunnen we oefenen. Ik speel Marloes, jij bepaalt hoe streng. Zeg je “stop”, dan ben ik meteen weer mezelf.",
      next = "oefen",
      score = { regie = 3, veiligheid = 2, verbinding = 2 },
      effects = { vertrouwen = 1, regie = 1 },
      set = { signaal = 1 },
      lessons = { 8, 2 },
      feedback = "Je biedt een oefening aan met de regie bij hem: hij bepaalt hoe streng, en er is een stopwoord. Zo kan hij ervaren hoe het voelt om tegenover macht zijn eigen woorden vast te houden, in een veilige setting (les 8, les 2).",
      inner = "Jij als Marloes? Raar idee. Maar als ik stop mag zeggen... oké.",
    },
    choice {
      text = "Dan oefenen we. Ik speel Marloes zoals ze echt is, niet makkelijker, want dat doet zij donderdag ook niet. Dan schrik je daar niet meer van.",
      next = "oefen",
      score = { veiligheid = -1, regie = -1, verbinding = 1 },
      effects = { spanning = 1, druk = 2 },
      lessons = { 8 },
      feedback = "Echt oefenen is goed, en je wilt hem niet onvoorbereid laten gaan. Maar je kondigt een harde oefening aan zonder te vragen wat hij aankan, en zonder uitweg. Zo wordt de oefening een herhaling van de macht waar hij bang voor is, nu aan zijn eigen tafel (les 8).",
      inner = "Niet makkelijk. Aan mijn eigen tafel. Mijn maag draait al.",
    },
    choice {
      text = "Ik vraag Marloes wel om de agenda vooraf te sturen, met haar vragen erbij. Dan weet je wat er komt.",
      next = "oefen",
      procedure = true,
      content = true,
      score = { regie = -1, verbinding = 1 },
      effects = { spanning = -1 },
      lessons = { 2, 8 },
      feedback = "Het helpt om te weten wat er komt, en dat neemt angst weg. Maar je regelt het voor hem, en een vraag op papier is iets anders dan diezelfde vraag als iemand je zo aankijkt. Dat laatste is waar hij bang voor is (les 2, les 8).",
      inner = "Een agenda. Ja. Maar ik wist vorige keer ook waar het over ging.",
    },
  },
}

-- 6. Het rollenspel: de eerste vraag --------------------------------------------------------------

node "oefen" {
  speaker = "yusuf",
  lines = {
    { "verteller", "Yusuf knikt langzaam. “Stop. Dat is mijn woord.”", when = { signaal = 1 } },
    { "verteller", "Yusuf denkt even na. “Kun jij niet gewoon even doen alsof jij Marloes bent? Dan weet ik hoe het voelt.”", when = { signaal = 0 } },
    { "verteller", "**Het rollenspel begint.** Je gaat aan de andere kant van de tafel zitten, met de brief van de GI voor je als een dossier. Vanaf nu ben jij Marloes, de jeugdbeschermer. Yusuf speelt zichzelf." },
    "Eh. Goedemorgen. Ik... ik wil het hebben over Elif. Ik wil dat ze thuiskomt.",
  },
  choices = {
    choice {
      text = "*(als Marloes)* Fijn dat je dat zo duidelijk zegt, Yusuf. Dat nemen we zeker mee. Wat wil je verder nog kwijt?",
      next = "doorvragen",
      score = { veiligheid = 1, verbinding = -1 },
      effects = { spanning = -1 },
      lessons = { 8, 4 },
      feedback = "Je speelt een Marloes die hem niet laat schrikken, en dat voelt zorgzaam. Maar zo zal de echte Marloes het niet zeggen. Zijn eerste zin landt zonder weerstand, dus hij oefent niets: de vraag waar hij vorige keer op vastliep, komt niet (les 8, les 4).",
      inner = "Dat was makkelijk. Te makkelijk. Zo gaat het niet, dat weet ik ook wel.",
    },
    choice {
      text = "*(als Marloes)* Thuiskomen is nu nog niet aan de orde; de machtiging loopt tot april. Wat heb je met onze zorgen gedaan?",
      next = "doorvragen",
      score = { veiligheid = -2, verbinding = 1 },
      effects = { spanning = 2, vertrouwen = -1, druk = 3 },
      lessons = { 8 },
      feedback = "Dit klinkt als de echte GI, en juist daarom verleidt het: je wilt hem niet misleiden over wat er komt. Maar je kiest meteen de hardste versie, met een nee voordat hij één punt heeft kunnen maken. Hij oefent niet zijn woorden, hij beleeft de vorige keer opnieuw (les 8).",
      inner = "Niet aan de orde. Daar is het weer. Mijn handen worden koud.",
    },
    choice {
      text = "*(als Marloes)* Dat noteer ik. We beginnen wel bij de doelen van het plan, dat is de vaste volgorde. Doel één: stabiele huisvesting.",
      next = "doorvragen",
      procedure = true,
      score = { regie = -1, verbinding = 1 },
      effects = { regie = -1, druk = 1 },
      lessons = { 2, 8 },
      feedback = "Realistisch: zo kan een evaluatie echt beginnen. Maar je oefent de agenda van de GI en niet die van hem, en zijn eerste punt verdwijnt in “dat noteer ik”. Wat hij doet als zijn wens onder doel één verdwijnt, oefent hij zo niet (les 2, les 8).",
      inner = "Doel één. Ja, ik heb een huis. Maar waar is mijn punt gebleven?",
    },
    choice {
      text = "*(als Marloes)* Dat hoor ik. Ik moet ook kijken naar hoe het toen ging. Wat is er volgens jou veranderd sinds Elif bij Ria en Ton woont?",
      next = "doorvragen",
      score = { verbinding = 3, regie = 2, veiligheid = 1 },
      effects = { vertrouwen = 1, regie = 1, druk = 1, eigen_woorden = 1 },
      lessons = { 4, 8 },
      feedback = "Zo'n vraag stelt de echte Marloes waarschijnlijk ook: stevig, maar niet vijandig. Je speelt een jeugdbeschermer die zijn wens hoort en toch doorvraagt. Hij kan oefenen wat hij zelf wil laten zien: zijn werk, zijn huis, de kamer voor Elif (les 4, les 8).",
      inner = "Wat er veranderd is. Dat weet ik. Dat staat op mijn papiertje.",
    },
  },
}

-- 7. Het rollenspel: doorvragen -------------------------------------------------------------------

local function na_druk(s)
  if s.druk <= 1 then return "te_zacht" end
  return "wankel"
end

node "doorvragen" {
  speaker = "yusuf",
  key = true,
  prompt = "Je speelt Marloes. Hoe hard vraag je door? Wanneer is een vraag echt genoeg om je op voor te bereiden, en wanneer speel je de macht na waar Yusuf bang voor is?",
  lines = {
    { "verteller", "Yusuf schuift op zijn stoel. Hij kijkt niet meer naar jou, maar naar zijn papier.", when = { druk = ">=3" } },
    "Ik werk nu vier dagen in een magazijn. Ik heb een flat met een kamer voor haar. Die hebben we samen geverfd. Lila.",
    { "verteller", "Je weet wat de echte Marloes nu waarschijnlijk gaat vragen. In het verslag staat die zin: “niet in staat tot reflectie”." },
  },
  choices = {
    choice {
      text = "*(als Marloes)* Dat is veel. Ik moet het toch aankaarten: vorige keer liep het vast toen het over die winter ging. Daar wil ik nu graag met je naar kijken.",
      next = na_druk,
      score = { verbinding = 3, systemisch = 2, veiligheid = 1 },
      effects = { spanning = 2, druk = 2 },
      lessons = { 8, 4 },
      feedback = "Je brengt het moeilijkste onderwerp ter sprake zoals een eerlijke jeugdbeschermer dat kan doen: zonder verwijt, maar zonder eromheen te draaien. De zorg om Elif in die winter mag op tafel, en hij mag zeggen hoe hij er nu naar kijkt. Dit komt volgende week; als hij nu wankelt, zat je niet fout (les 8, les 4).",
      inner = "Die winter. Daar is het. Mijn keel zit dicht.",
    },
    choice {
      text = "*(als Marloes)* Een lila kamer, wat mooi. Dat is echt een stap vooruit.",
      next = na_druk,
      score = { veiligheid = 1, verbinding = -1, systemisch = -1 },
      effects = { spanning = -1 },
      lessons = { 8, 4 },
      feedback = "Je gunt hem dit moment, en de kamer is echt iets om trots op te zijn. Maar je slaat de vraag over die hij het meest vreest, en die komt volgende week zeker. Een oefening zonder die vraag is een generale repetitie zonder het moeilijkste stuk (les 8, les 4).",
      inner = "Fijn. Maar zo gaat het niet. Zo is het nog nooit gegaan.",
    },
    choice {
      text = "*(als Marloes)* Dat is mooi. Maar in het verslag staat dat je vorige keer agressief reageerde. Wat is daar nu anders aan?",
      next = na_druk,
      score = { veiligheid = -2, regulatie = -1, verbinding = 1 },
      effects = { spanning = 3, vertrouwen = -1, druk = 3 },
      lessons = { 8, 5 },
      feedback = "Je citeert het verslag, omdat de echte Marloes dat misschien ook doet, en dan is hij voorbereid. Maar je plakt het etiket van vorige keer meteen op dit gesprek, en legt alle bewijslast bij hem. Dat is geen oefening meer in antwoorden; het is de macht van vorige keer, aan zijn eigen tafel (les 8, les 5).",
      inner = "Agressief. Daar gaan we weer. Ik wist het. Ik wist het gewoon.",
    },
    choice {
      text = "*(als Marloes)* Goed. Dan doel twee: inzicht in de eigen rol bij de uithuisplaatsing. Hoe staat het daarmee?",
      next = na_druk,
      procedure = true,
      score = { verbinding = 1, regie = -1 },
      effects = { spanning = 1, druk = 2 },
      lessons = { 2, 8 },
      feedback = "Zo'n vraag kan echt zo komen, in de taal van het plan. Maar “inzicht in de eigen rol” zegt hem weinig: hij oefent met een kopje uit het plan, niet met de vraag over die winter. En jij kiest de volgorde, niet hij (les 2, les 8).",
      inner = "Inzicht in mijn rol. Wat moet ik daar nou op zeggen? Dat ik het verpest heb?",
    },
  },
}

-- 8a. Het rollenspel wankelt ----------------------------------------------------------------------

node "wankel" {
  speaker = "yusuf",
  key = true,
  lines = {
    { "verteller", "Yusuf knikt. Je stelt als Marloes rustig de vraag over die winter.", when = { nog_eens = 1 } },
    { "verteller", "Yusuf staat op. Zijn stoel schuift hard over de vloer.", when = { druk = ">=6" } },
    { "yusuf", "Zie je! Zo gaat het dus altijd! Ik kan zeggen wat ik wil, jullie hebben het allang opgeschreven!", when = { druk = ">=6" } },
    { "verteller", "Yusuf zegt niets. Hij kijkt naar zijn papier, maar leest het niet. Tien seconden. Twintig. Zijn kaak staat strak.", when = { druk = "<6" } },
    { "yusuf", "... Ik weet het niet.", when = { druk = "<6" } },
  },
  prompt = "Yusuf loopt vast in het rollenspel. Blijf je in de rol, omdat het volgende week ook zo kan gaan, of stap je eruit? Wat maakt een oefening echt én veilig, en wie bepaalt dat?",
  choices = {
    choice {
      text = "*(als Marloes)* Neem je tijd, Yusuf. Ik wacht.",
      next = "stopzin",
      score = { regulatie = -2, veiligheid = -1 },
      effects = { spanning = 2, druk = 2 },
      lessons = { 8, 5 },
      feedback = "Wachten en tijd geven lijkt geduldig, en volgende week stopt Marloes ook niet. Maar je blijft in de rol terwijl hij buiten zijn draagkracht zit, en de stilte van Marloes voelt als druk. Van doorzetten leert hij alleen dat het weer misgaat. Eerst regulatie, dan oefenen (les 8, les 5).",
      inner = "Ze wacht. Op een antwoord. Ik heb geen antwoord. Ik heb alleen die auto in mijn hoofd.",
    },
    choice {
      text = "Even uit de rol. Goed dat dit hier gebeurt en niet donderdag. Zullen we afspreken dat je bij die vraag eerst diep ademhaalt?",
      next = "stopzin",
      procedure = true,
      score = { veiligheid = -1, regulatie = -1, regie = -1 },
      effects = { spanning = 1, vertrouwen = -2 },
      lessons = { 5, 8 },
      feedback = "Je stapt uit de rol, en dat is goed; een afspraak lijkt hem houvast te geven. Maar je maakt er meteen een afspraak over zijn gedrag van, voordat je weet wat er gebeurde. De oefening wordt een beoordeling, precies wat hij van de GI vreest (les 5, les 8).",
      inner = "Ademhalen. Dus ik zak ook voor de oefening.",
    },
    choice {
      text = "*(je stapt uit de rol en schuift je stoel terug naast hem)* Stop. Ik ben weer gewoon mezelf. Dat kwam hard binnen.",
      next = "stopzin",
      score = { regulatie = 3, veiligheid = 3, transparantie = 2, verbinding = 2 },
      effects = { spanning = -2, vertrouwen = 1 },
      set = { uit_rol = 1 },
      lessons = { 8, 5 },
      feedback = "Je stopt de oefening, zet je stoel weer naast hem en zegt hardop dat jij nu niet meer Marloes bent. Dan benoem je alleen wat je zag, zonder oordeel en zonder vraag die hij nu moet beantwoorden. Het vastlopen wordt zo materiaal om mee te oefenen, geen bewijs dat hij het niet kan (les 8, les 5).",
      inner = "Ze zit weer naast me. Poe. Het was alsof ik weer daar zat, met die teamleider erbij.",
    },
    choice {
      text = "Sorry, dat was te veel. Laten we dit stuk maar overslaan; zo erg wordt het donderdag vast niet.",
      next = "stopzin",
      score = { regulatie = 1, transparantie = -1, regie = -1 },
      effects = { spanning = -1, druk = -2 },
      set = { belofte = 1 },
      lessons = { 8, 4 },
      feedback = "Je schrikt van wat je teweegbracht en wilt het goedmaken, en dat is menselijk. Maar je laat de vraag vallen die volgende week zeker komt, en je belooft iets over Marloes wat je niet weet. Hij gaat het gesprek in met precies het gat waar hij vorige keer in viel (les 8, les 4).",
      inner = "Overslaan. Fijn. ... Maar zij slaat het niet over.",
    },
  },
}

-- 8b. Het rollenspel was te makkelijk ---------------------------------------------------------

node "te_zacht" {
  speaker = "yusuf",
  lines = {
    { "verteller", "Yusuf leunt achterover en lacht een beetje." },
    "Nou. Als ze zo is, dan red ik het wel, toch? Dat ging eigenlijk best goed.",
  },
  choices = {
    choice {
      text = "Dat ging ook goed. Je zei het rustig, en in je eigen woorden.",
      next = "afsluiting",
      score = { verbinding = 1, transparantie = -1 },
      effects = { vertrouwen = 1 },
      lessons = { 8, 4 },
      feedback = "Het compliment klopt, en je wilt zijn zelfvertrouwen niet breken, net nu hij lacht. Maar je weet dat de echte Marloes naar die winter gaat vragen. Door dat te laten liggen, stuur je hem een gesprek in waar de moeilijkste vraag als verrassing komt (les 8, les 4).",
      inner = "Rustig, in mijn eigen woorden. Ik kan het. Denk ik. Als ze zo is.",
    },
    choice {
      text = "Eerlijk gezegd was ik net te lief. Marloes vraagt vast naar die winter. Dat kunnen we ook oefenen, in jouw tempo.",
      next = "wankel",
      score = { transparantie = 3, verbinding = 2, regie = 2 },
      effects = { spanning = 1, vertrouwen = 1, regie = 1, druk = 2 },
      set = { nog_eens = 1 },
      lessons = { 8, 2 },
      feedback = "Je stapt uit de rol om eerlijk te zijn over je eigen spel: zo gaat het volgende week waarschijnlijk niet. En je laat hem kiezen of, en in welk tempo, hij het moeilijke stuk oefent. Eerlijk over de macht, en de regie bij hem (les 8, les 2).",
      inner = "Te lief. Ja. Dat voelde ik ook. ... Oké. Doe maar. Maar rustig.",
    },
    choice {
      text = "Dan zijn we klaar met oefenen. Ik zet je punten in een mail naar Marloes, dan heeft ze ze alvast voor donderdag.",
      next = "afsluiting",
      procedure = true,
      content = true,
      score = { regie = -1, verbinding = -1 },
      effects = { regie = -1 },
      set = { script = 1 },
      lessons = { 2, 8 },
      feedback = "Het voelt als een goede afronding: zijn punten liggen dan in elk geval bij de GI. Maar je neemt zijn woorden over in een mail van jou, en de oefening stopt net voordat het spannend werd (les 2, les 8).",
      inner = "Een mail van jou. Dan hoef ik het zelf niet te zeggen. Dat is ook makkelijk.",
    },
    choice {
      text = "*(weer als Marloes)* Oké, dan nog één. Waarom sliep Elif die winter in een auto?",
      next = "wankel",
      score = { veiligheid = -2, verbinding = 1 },
      effects = { spanning = 3, vertrouwen = -1, druk = 6 },
      lessons = { 8, 5 },
      feedback = "Je merkt terecht dat het te makkelijk ging, en wilt het goedmaken met de echte vraag. Maar je slaat door naar de andere kant: zonder zijn toestemming, de pijnlijkste vraag in de kaalste vorm. Echt oefenen is niet hetzelfde als hard oefenen (les 8, les 5).",
      inner = "Waarom. Alsof ik dat wilde. Alsof ik daar voor mijn plezier sliep.",
    },
  },
}

-- 9. Een eigen stopzin ---------------------------------------------------------------------------

node "stopzin" {
  speaker = "yusuf",
  lines = {
    { "yusuf", "Het was alsof ik weer daar zat. Mijn hoofd was gewoon... leeg.", when = { uit_rol = 1 } },
    { "verteller", "Yusuf heeft zijn armen over elkaar geslagen.", when = { uit_rol = 0 } },
    { "yusuf", "Stop. Stop maar even.", when = function(s) return s.uit_rol == 0 and s.signaal == 1 and s.spanning >= 7 end },
    "Zo gaat het dus. Of ik zeg niks, of ik word boos. Allebei fout.",
  },
  choices = {
    choice {
      text = "Wat zou je op zo'n moment willen kunnen zeggen? Iets wat van jou is, ook als je hoofd leeg is.",
      next = "afsluiting",
      score = { regie = 3, regulatie = 2, verbinding = 1 },
      effects = { spanning = -1, regie = 2, eigen_woorden = 1 },
      set = { stopzin = 1 },
      lessons = { 2, 8 },
      feedback = "Je geeft geen tip, maar laat hem zijn eigen noodrem vinden. Een zin die hij zelf bedenkt, onthoudt hij ook als zijn hoofd leeg is. Een pauze vragen is geen zwakte; het is de regie houden in een gesprek waar een ander de macht heeft (les 2, les 8).",
      inner = "Iets van mij... “Ik wil dit goed zeggen. Mag ik even?” Ja. Dat kan ik zeggen.",
    },
    choice {
      text = "Zullen we afspreken dat je dan naar mij kijkt? Dan weet ik dat ik het moet overnemen, en vertel ik jouw verhaal verder.",
      next = "afsluiting",
      score = { regie = -2, verbinding = 1 },
      effects = { spanning = -1, regie = -2 },
      set = { script = 1 },
      lessons = { 2, 8 },
      feedback = "Dit voelt als naast hem staan: hij is bang om vast te lopen, en jij biedt een vangnet. Maar zo wordt vastlopen het moment waarop jij het gesprek van hem overneemt. Marloes hoort dan jou, en in het verslag staat straks wat de procesbegeleider zei (les 2, les 8).",
      inner = "Dan doe jij het. Fijn. Dan hoef ik niet.",
    },
    choice {
      text = "Wat bij veel mensen helpt: eerst een slok water nemen, en je voeten stevig op de grond zetten.",
      next = "afsluiting",
      score = { regulatie = 1, regie = -1 },
      lessons = { 2 },
      feedback = "Zo'n tip helpt echt, en je wilt hem iets meegeven. Maar het is jouw oplossing, gegeven voordat je vroeg wat hem zelf helpt. Hij krijgt een tip, geen eigen zin om het gesprek even stil te zetten (les 2).",
      inner = "Een slok water. Alsof dat helpt als mijn hoofd leeg is.",
    },
    choice {
      text = "Je mag een gesprek altijd onderbreken en om een time-out vragen. Dat kun je ook vooraf bij Marloes melden.",
      next = "afsluiting",
      procedure = true,
      content = true,
      score = { regulatie = 1, regie = -1 },
      lessons = { 8, 2 },
      feedback = "Het klopt, en het is goed dat hij het weet. Maar een recht helpt weinig als je hoofd leeg is. Wat hij nodig heeft is een zin die van hem is, en die hij hier, aan zijn eigen tafel, kan oefenen (les 8, les 2).",
      inner = "Een time-out. Dat weet ik. Maar op dat moment weet ik niks meer.",
    },
  },
}

-- 10. Wat doe jij volgende week? --------------------------------------------------------------------

local function afloop(s)
  -- echt maar veilig: de moeilijke vraag kwam, en wie harder drukte dan
  -- hij aankon, stapte uit de rol om te herstellen
  local echt = s.druk >= 2 and s.druk <= 5
  local veilig = s.druk <= 3 or s.uit_rol == 1
  if not veilig or s.vertrouwen <= 2 or s.spanning >= 8 then return "afgezegd" end
  if s.script == 1 or s.eigen_woorden < 3 or s.regie < 5 then return "jouw_script" end
  if echt and s.stopzin == 1 and s.belofte == 0 then return "eigen_lijst" end
  return "half_voorbereid"
end

node "afsluiting" {
  speaker = "yusuf",
  lines = {
    { "verteller", "Jullie doen het nog één keer. Als Marloes stel je dezelfde vraag over die winter, even stevig. Yusuf haalt adem. “Ik wil dit goed zeggen. Mag ik even?” Dan, na een stilte: “Ik kon Elif die winter niet geven wat ze nodig had. Dat weet ik. Maar ik ben niet meer de man van die auto.”", when = { stopzin = 1 } },
    { "verteller", "Jullie laten het rollenspel verder rusten. Yusuf vouwt het papier dubbel.", when = { stopzin = 0 } },
    "Oké. En jij? Wat doe jij volgende week?",
  },
  choices = {
    choice {
      text = "Ik zit naast je. Loopt het vast, dan neem ik het even over; je staat er niet alleen voor.",
      next = afloop,
      score = { transparantie = -2, regie = -2, verbinding = 1 },
      effects = { spanning = -1, regie = -2 },
      set = { belofte = 1 },
      lessons = { 8, 2 },
      feedback = "Je wilt hem met een gerust hart laten gaan, en naast hem staan is je rol. Maar je maakt van overnemen de afspraak, en je belooft een vangnet. Zo gaat hij naar binnen met jou als reddingsboei, niet met zijn eigen lijst (les 8, les 2).",
      inner = "Overnemen. Dan komt het goed. Dan hoef ik het niet te doen.",
    },
    choice {
      text = "Ik meld me vooraf bij Marloes als jouw ondersteuner en stuur haar je lijstje, zodat ze zich kan voorbereiden.",
      next = afloop,
      procedure = true,
      content = true,
      score = { transparantie = 1, regie = -1 },
      effects = { regie = -1 },
      lessons = { 8, 2 },
      feedback = "Zorgvuldig en open naar de GI, en het is goed dat Marloes weet dat je komt. Maar zijn lijstje gaat dan via jou, voordat hij het zelf heeft kunnen zeggen. Wat hij van jou wil in dat gesprek, heb je niet gevraagd (les 8, les 2).",
      inner = "Mijn lijstje naar haar. Dan leest ze het al voordat ik iets zeg. Is dat goed?",
    },
    choice {
      text = "Ik ben er als jouw procesbegeleider. Ik beslis niets over Elif, maar ik kan duiden en verduidelijken als het vastloopt.",
      next = afloop,
      content = true,
      score = { transparantie = 1, regie = -1, verbinding = -1 },
      lessons = { 8 },
      feedback = "Alles wat je zegt klopt, en helderheid over je rol is belangrijk. Maar hij vroeg wat jij doet, en jij bepaalt het zelf: “als het vastloopt” is jouw inschatting. De afspraak over wat hij van jou wil, blijft liggen (les 8).",
      inner = "Dat weet ik allemaal. Ik vroeg wat jij doet. Als ik vastloop, bijvoorbeeld.",
    },
    choice {
      text = "Dat bepaal jij. Ik zit naast je, en jij leidt. Ik vat alleen samen als jij me aankijkt of je stopzin zegt.",
      when = { stopzin = 1 },
      next = afloop,
      score = { regie = 3, transparantie = 3, verbinding = 1 },
      effects = { vertrouwen = 1, regie = 2 },
      lessons = { 8, 2 },
      feedback = "Je zegt in één adem wat jouw rol is en wat niet, en je laat hem bepalen wat hij van je wil. Hij leidt het gesprek, met zijn eigen lijst; jij bent er als hij je erbij vraagt (les 8, les 2).",
      inner = "Ik leid. Met mijn lijstje. En als ik vastloop: mijn zin, en dan jij even. Oké. Ik ga.",
    },
    choice {
      text = "Dat bepaal jij. Ik zit naast je, en jij leidt. Ik vat alleen samen als jij me aankijkt en erom vraagt.",
      when = { stopzin = 0 },
      next = afloop,
      score = { regie = 3, transparantie = 3, verbinding = 1 },
      effects = { vertrouwen = 1, regie = 2 },
      lessons = { 8, 2 },
      feedback = "Je zegt in één adem wat jouw rol is en wat niet, en je laat hem bepalen wat hij van je wil. Hij leidt het gesprek, met zijn eigen lijst; jij bent er als hij je erbij vraagt (les 8, les 2).",
      inner = "Ik leid. Met mijn lijstje. En als ik vastloop, kijk ik naar haar. Oké.",
    },
  },
}

-- Eindes ------------------------------------------------------------------------------------------

ending "eigen_lijst" {
  title = "Met zijn eigen lijst en een stopzin",
  kind = "herstel",
  text = [[
Donderdag om tien uur zit Yusuf tegenover Marloes, met zijn papier in zijn eigen handschrift. Hij begint zelf: een nacht logeren, in de lila kamer, als eerste stap naar huis.

Als Marloes naar die winter vraagt, wordt het even stil. "Ik wil dit goed zeggen. Mag ik even?" Marloes knikt. Dan zegt hij wat hij aan de keukentafel ook zei: dat hij Elif toen niet kon geven wat ze nodig had, en dat hij niet meer de man van die auto is. Jij zegt het hele gesprek twee zinnen.

Marloes schrijft een proefnacht op, over vier weken, met een evaluatie erna. In het verslag staat nu: "Vader kan goed verwoorden wat er destijds misging en wat er veranderd is."

*Wat werkte:* je gaf hem het woord terug zonder hem alleen te laten. Je oefende echt, met de vraag die hij vreesde, en toen hij vastliep stapte je uit de rol in plaats van door te drukken. Hij ging naar binnen met zijn eigen woorden, zijn eigen noodrem, en jou ernaast (les 8, les 2, les 4).
]],
}

ending "half_voorbereid" {
  title = "Zijn eigen woorden, maar niet geoefend op het moeilijkste moment",
  kind = "neutraal",
  text = [[
Yusuf begint het gesprek zelf, met zijn eigen lijstje. Het eerste kwartier gaat goed: zijn werk, de flat, de lila kamer.

Dan gaat het gesprek een kant op die hij niet verwachtte. Marloes vraagt naar die winter, en zegt dat thuiskomen nu nog niet aan de orde is. Yusuf valt stil. Hij kijkt naar jou. Na afloop zegt hij op de galerij: "Dit hadden we toch niet geoefend."

Marloes noteert een gesprek over logeren "bij de volgende evaluatie".

*Om over na te denken:* de woorden waren van hem, en dat is veel. Maar de oefening was te zacht, te hard, of stopte net voor het moeilijkste stuk, of er lag een belofte die het gesprek niet kon waarmaken. Hoe oefen je echt zonder de macht na te spelen waar hij bang voor is (les 8, les 4)?
]],
}

ending "jouw_script" {
  title = "Met jouw woorden naar binnen",
  kind = "neutraal",
  text = [[
Het gesprek verloopt rustig. Jij doet het meeste woord; Yusuf knikt, en als Marloes hem iets vraagt, kijkt hij naar jou.

Marloes richt haar vragen steeds vaker tot jou. Als ze Yusuf zelf iets vraagt, zegt hij: "Zoals zij het zei." In het verslag staat: "Vader wordt goed ondersteund door de procesbegeleider." Over wat hij zelf wil, staat er niets.

*Om over na te denken:* niemand deed iets verkeerds, en het bleef rustig. Maar wie zat er aan tafel als ouder? Waar nam je het woord over, hoe begrijpelijk ook, en hoe had je hem zijn eigen woorden kunnen laten vinden (les 2, les 8)?
]],
}

ending "afgezegd" {
  title = "Yusuf zegt de afspraak af",
  kind = "breuk",
  text = [[
Twee dagen later stuurt Yusuf je een bericht: "Ik ga donderdag niet. Het heeft geen zin. Jullie zijn toch allemaal hetzelfde."

Marloes houdt de evaluatie zonder hem. In het verslag staat: "Vader heeft de afspraak afgezegd." De proefnacht komt niet ter sprake.

*Om over na te denken:* de oefening zou hem sterker maken, maar werd een herhaling van wat hij vreesde: iemand tegenover hem met de macht, die doorvraagt tot hij vastloopt. Waar had je uit de rol moeten stappen? En wat had hij nodig om te blijven (les 8, les 5)?
]],
}

ending "gestopt" {
  title = "Yusuf stopt ermee",
  kind = "breuk",
  text = [[
Yusuf pakt het papier van tafel en verfrommelt het. "Laat maar. Ik heb dit niet nodig. Dan ga ik gewoon niet."

Hij houdt de deur voor je open. Donderdag zit hij niet bij de GI. In het verslag staat opnieuw dat vader "niet in staat is tot samenwerking".

*Om over na te denken:* de spanning liep zo hoog op dat de voorbereiding zelf het probleem werd. Wanneer had je moeten stoppen, en wie bepaalde het tempo van deze oefening: jij of hij (les 8, les 2)?
]],
}

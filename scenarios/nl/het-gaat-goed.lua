-- S10 "Het gaat goed, laten we niets veranderen"
-- Lessen: 4 (hoofdfocus), 2, 6.
-- Driegesprek: moeder Nadia, jeugdbeschermer Karin en de procesbegeleider.
-- Boog: hoopvol -> de muur van de status quo -> een creatieve tussenstap ->
-- de ondersteuning kan afbouwen.
-- De meters spanning, vertrouwen en regie zijn van Nadia; openheid is van
-- Karin (hoe open zij staat voor een nieuwe blik).

scenario {
  id = "het-gaat-goed",
  title = "Het gaat goed, laten we niets veranderen",
  language = "nl",
  version = "3",
  minutes = 20,
  role = "procesbegeleider",
  lessons = { 4, 2, 6 },
  content_notes = { "uithuisplaatsing", "pleegzorg", "begeleide omgang", "loyaliteit van kinderen", "wonen" },
  intro = [[
## Het gaat goed, laten we niets veranderen

**Nadia** (37) is de moeder van **Lina** (11) en **Yassin** (7). De kinderen wonen al ruim drie jaar in een pleeggezin, bij **Marieke en Johan**, onder een ondertoezichtstelling met een machtiging uithuisplaatsing. Nadia ziet hen om de week twee uur, begeleid, in een bezoekruimte.

In die drie jaar heeft Nadia veel opgebouwd. Ze werkt als administratief medewerker op een basisschool. Ze kreeg een urgentiewoning, met één slaapkamer; kiezen kon ze niet. En de schulden uit de toeslagenaffaire zijn afgelost.

Vandaag is de halfjaarlijkse evaluatie bij de GI, met **Karin**, de jeugdbeschermer. Nadia heeft je gevraagd mee te gaan. Vorige week hebben jullie samen een lijstje gemaakt van wat zij wil vragen.

**Jouw rol:** je bent Nadia's procesbegeleider van Het Ondersteuningsteam. Je staat naast haar. In het gesprek kun je duiden, verduidelijken en vertalen, vanuit Nadia en ook vanuit Karin, en je houdt het proces in de gaten.

**Niet jouw rol:** je beslist niets over de omgang; dat doet Karin, binnen wat de kinderrechter heeft bepaald. Je bent ook niet Nadia's advocaat tegenover Karin. Karin wil het goede voor Lina en Yassin, net als Nadia.

> "Zie de ouder als een mens die in staat is om op zijn of haar eigen wijze te werken aan herstel, omdat hij of zij zich ontwikkelt, leert en wil veranderen."
> (*De 8 lessen die het Ondersteuningsteam leerde en wil delen*, 2023, les 4)

> "[...] een woning met urgentie krijgen die te weinig slaapkamers heeft om de kinderen te laten logeren."
> (*SIGNA-LEREN*, 2022, over de praktische obstakels van ouders)
]],
  start = "opening",
  cast = {
    nadia = { name = "Nadia", role = "moeder" },
    karin = { name = "Karin", role = "jeugdbeschermer" },
  },
  state = {
    spanning   = { init = 4, min = 0, max = 10 },
    vertrouwen = { init = 6, min = 0, max = 10 },
    regie      = { init = 4, min = 0, max = 10 },
    openheid   = { init = 3, min = 0, max = 10, label = "openheid Karin" },
    -- er is een pauze genomen na Nadia's uitbarsting
    pauze      = { init = 0, min = 0, max = 1, hidden = true },
    -- Nadia vraagt de gemeente zelf naar een oplossing voor de slaapkamer
    gemeente   = { init = 0, min = 0, max = 1, hidden = true },
    -- een proefstap met evaluatiedatum is voorgesteld
    proef      = { init = 0, min = 0, max = 1, hidden = true },
    -- een belofte gedaan die de procesbegeleider niet kan waarmaken
    belofte    = { init = 0, min = 0, max = 1, hidden = true },
  },
  -- Een inhoudelijke stap levert Nadia geen vertrouwen op en laat haar spanning
  -- niet zakken zolang zij buiten haar draagkracht zit (spanning 7 of hoger).
  -- regulatie vóór inhoud: een antwoord met content = true brengt, zolang dit
  -- geldt, niet meer vertrouwen dan max en niet minder spanning dan min.
  regulation = { when = { spanning = ">=7" }, max = { vertrouwen = 0 }, min = { spanning = 0 } },
  triggers = {
    { when = { spanning = ">=10" }, next = "weggelopen" },
  },
  tests = {
    -- de sterkste reactie bij elke beslissing
    { choices = { 3, 2, 4, 3, 1, 4, 2 }, ending = "proefplan",
      min = { erkenning = 0.9, verbinding = 0.9, regie = 0.9, systemisch = 0.9,
              transparantie = 0.9 } },
    -- steeds de procedurele reactie
    { choices = { 1, 4, 4, 2, 2, 3, 4 }, ending = "finish_verlegd", max = { regie = 0.2, systemisch = 0.2 } },
    -- na de uitbarsting hersteld met ondertiteling en een pauze
    { choices = { 3, 4, 1, 4, 3, 1, 4, 2 }, ending = "proefplan" },
    -- aardig, maar de status quo blijft staan
    { choices = { 2, 2, 3, 2, 1, 3, 1 }, ending = "half_jaar" },
    { choices = { 4, 1, 4, 2 }, ending = "weggelopen" },
    -- steeds het langste antwoord: warm, maar het geeft niets weg
    { choices = { 2, 3, 1, 4, 4, 2, 2, 3 }, ending = "finish_verlegd", max = { regie = 0.3 } },
    -- steeds het kortste antwoord: de status quo blijft staan
    { choices = { 3, 1, 2, 3, 4, 1, 1 }, ending = "half_jaar" },
  },
}

-- 1. De opening --------------------------------------------------------------------------

node "opening" {
  speaker = "karin",
  lines = {
    { "verteller", "Een spreekkamer bij de GI. Karin heeft koffie ingeschonken en een map voor zich liggen. Nadia zit naast je, met het lijstje van vorige week op haar schoot." },
    "Fijn dat jullie er zijn. Dit is de halfjaarlijkse evaluatie van het plan, dus ik wil graag even doorlopen hoe het gaat.",
    "Vanuit mijn kant: de bezoeken verlopen rustig, en Lina en Yassin doen het goed bij Marieke en Johan.",
    { "verteller", "Nadia kijkt naar jou." },
  },
  choices = {
    choice {
      text = "Goed. Loop jij eerst je punten door, Karin, dan bewaren we Nadia's lijstje voor het eind.",
      next = "status_quo",
      procedure = true,
      score = { regie = -1, verbinding = -1 },
      effects = { spanning = 1, vertrouwen = -1, regie = -1 },
      lessons = { 2, 8 },
      feedback = "Beleefd, en logisch: Karin leidt de evaluatie, en na haar punten is er nog tijd. Maar het lijstje van Nadia wordt zo het restje aan het eind, als de toon al gezet is. Ze zit er weer bij als toehoorder, terwijl jullie het samen hadden voorbereid (les 2, les 8).",
      inner = "Nadia: Voor het eind. Als er dan nog tijd is. Karin: Fijn, dan houden we het overzichtelijk.",
    },
    choice {
      text = "Mag ik eerst iets zeggen? Ik ben echt trots op Nadia: een vaste baan, een eigen huis, en de schulden zijn weg.",
      next = "status_quo",
      score = { erkenning = 1, regie = -1 },
      effects = { regie = -1, openheid = 1 },
      lessons = { 4, 2 },
      feedback = "Dit is verleidelijk: het is waar, het is warm, en je wilt dat haar groei op tafel ligt voordat Karin verder praat. Maar je vertelt haar verhaal voor haar, terwijl ze zelf een lijstje heeft voorbereid, en je trots is ook een cijfer dat jij geeft. Zo praat jij en luistert zij, en blijft ze het onderwerp van het gesprek (les 2, les 4).",
      inner = "Nadia: Fijn dat het gezegd wordt. Maar ik had het zelf willen zeggen. Karin: Goed om te horen, al hoor ik het liever van haar.",
    },
    choice {
      text = "Nadia heeft zelf ook een paar punten meegenomen. *(je kijkt Nadia aan)*",
      next = "status_quo",
      score = { regie = 3, verbinding = 2, erkenning = 1 },
      effects = { vertrouwen = 1, regie = 2, openheid = 1 }, content = true,
      lessons = { 2, 4 },
      feedback = "Met één korte zin ligt het woord bij Nadia, zoals jullie hadden voorbereid. Je hoeft haar groei niet zelf op te sommen: zij kan dat. Zo zit ze aan tafel als moeder die zelf vertelt, niet als onderwerp van gesprek (les 2, les 4).",
      inner = "Nadia: Oké. Ik mag beginnen. Adem in, lijstje. Karin: Goed, ze heeft zich voorbereid. Ik ben benieuwd.",
    },
    choice {
      text = "Fijn om te horen. Hoe gaat het met Lina en Yassin op school, Karin?",
      next = "status_quo",
      score = { systemisch = -1, regie = -1 },
      effects = { spanning = 1, vertrouwen = -1, regie = -1 },
      lessons = { 6, 2 },
      feedback = "Een vriendelijke, open vraag, en het gaat tenslotte om de kinderen: dat voelt als de juiste start. Maar zo praten jullie over Lina en Yassin voordat Nadia iets heeft kunnen zeggen, en zij hoort: ik ben hier het probleem rond de kinderen. Haar lijstje blijft op haar schoot (les 6, les 2).",
      inner = "Nadia: Over de kinderen. Zonder mij. Alsof ik er niet bij zit. Karin: Prettig, iemand die naar de kinderen vraagt.",
    },
  },
}

-- 2. "Laten we niets veranderen" ----------------------------------------------------------

node "status_quo" {
  speaker = "karin",
  key = true,
  lines = {
    { "nadia", "Ik heb nu een vaste baan. Mijn schulden zijn weg. Ik heb een huis. Ik zou graag meer willen met de kinderen.", when = { regie = ">=5" } },
    { "verteller", "Nadia zegt zacht dat ze graag meer zou willen met de kinderen.", when = { regie = "<5" } },
    "Dat is ook echt mooi, Nadia, en dat zie ik. Maar eerlijk gezegd: het gaat nu goed. Laten we niets veranderen.",
    "De kinderen hebben rust. Dat is voor mij het belangrijkste.",
    { "verteller", "Nadia laat haar schouders zakken en vouwt het lijstje dubbel." },
  },
  prompt = "“Het gaat goed, laten we niets veranderen.” Wat hoor je achter deze zin van Karin, en wat doet hij met Nadia? Hoe erken je de rust van de kinderen zonder de groei van Nadia weg te zetten?",
  choices = {
    choice {
      text = "*(je zegt niets en wacht af wat Nadia doet)*",
      next = "uitbarsting",
      score = { regie = 1, verbinding = -1 },
      effects = { spanning = 2, vertrouwen = -1 },
      lessons = { 2 },
      feedback = "Stilte kan ruimte geven, en je wilt niet voor Nadia praten. Maar ze heeft haar lijstje net dichtgevouwen: nu laat je haar alleen tegenover de muur. Regie geven is iets anders dan haar laten zwemmen (les 2).",
      inner = "Nadia: Zeg dan iets. Waarom zeg je niks? Karin: Dan is het blijkbaar akkoord.",
    },
    choice {
      text = "Die rust is veel waard, Karin, en daar hebben jullie met Marieke en Johan hard aan gewerkt. *(je kijkt naar Nadia)* Je vouwt je lijstje dicht.",
      next = "wens",
      score = { erkenning = 2, systemisch = 2, regie = 2, verbinding = 2 },
      effects = { spanning = -1, vertrouwen = 1, regie = 2, openheid = 1 }, content = true,
      lessons = { 4, 6, 2 },
      feedback = "Je erkent wat Karin bewaakt, en je zegt hardop wat je bij Nadia ziet gebeuren. Meer niet: geen vraag, geen pleidooi. Die ruimte is genoeg om haar lijstje weer open te vouwen, en de volgende stap komt zo van de moeder, niet van jou. De rust van de kinderen en de groei van Nadia staan naast elkaar (les 4, les 6, les 2).",
      inner = "Nadia: Het lijstje. Het is gezien. Ik vouw het weer open. Karin: Er wordt gezien wat wij bewaken. Dan kan ik ook luisteren.",
    },
    choice {
      text = "Karin, Nadia heeft alles gedaan wat er van haar gevraagd werd: een vaste baan, een huis, de schulden weg. Dan mag er nu toch ook een stap komen?",
      next = "uitbarsting",
      score = { erkenning = 1, systemisch = -1, verbinding = -2 },
      effects = { spanning = 1, vertrouwen = 1, openheid = -2 },
      lessons = { 6, 4 },
      feedback = "Dit voelt als naast Nadia staan, en alles wat je zegt klopt. Maar je zet haar inzet tegenover de rust van de kinderen, alsof een stap een beloning is. Karin hoort een aanval en gaat het plan verdedigen, en Nadia heeft zelf nog niets gezegd over wat zij wil (les 6, les 4).",
      inner = "Nadia: Ja! Eindelijk zegt iemand het. Maar nu klapt Karin helemaal dicht. Karin: Alsof het hier om verdienen gaat en niet om twee kinderen.",
    },
    choice {
      text = "Dat is helder, Karin. Dan houden we de regeling zoals hij is, en kijken we bij de volgende evaluatie opnieuw.",
      next = "uitbarsting",
      procedure = true,
      score = { regie = -2, erkenning = -1 },
      effects = { spanning = 1, vertrouwen = -2, regie = -1 },
      lessons = { 4, 8 },
      feedback = "Rustig en redelijk: je accepteert wat de jeugdbeschermer zegt, en er komt ooit een volgend moment. Maar zo wordt de status quo de norm voordat Nadia haar lijstje heeft kunnen openen. Haar groei verdwijnt in een half jaar uitstel, en jij stond naast haar (les 4, les 8).",
      inner = "Nadia: Jij ook al? Ik dacht dat jij naast mij zat. Karin: Mooi, dat is dan helder.",
    },
  },
}

-- 3a. De wens van Nadia ------------------------------------------------------------------

node "wens" {
  speaker = "nadia",
  lines = {
    { "verteller", "Na vijf minuten zitten jullie weer. Nadia heeft een glas water gehaald en haar lijstje weer opengevouwen.", when = { pauze = 1 } },
    "Ik zou ze zo graag een keer bij mij thuis hebben. Gewoon een zaterdag. Zonder iemand ernaast die aantekeningen maakt.",
    "Lina vraagt steeds hoe mijn huis eruitziet. Ze heeft het nog nooit gezien.",
    "En ooit... dat ze een keer blijven slapen.",
  },
  choices = {
    choice {
      text = "Wat mooi, Nadia, dat Lina je huis zo graag wil zien. Daar gaan we samen voor zorgen. Een zaterdag moet toch kunnen, Karin?",
      next = "logeren",
      score = { verbinding = -1, regie = 1, transparantie = -1 },
      effects = { vertrouwen = 1, openheid = -1 },
      set = { belofte = 1 },
      lessons = { 6, 8 },
      feedback = "Warm, en je meent het: haar wens raakt je. Maar in je vriendelijkheid zit een belofte waar je niet over gaat, en je zet Karin onder druk in plaats van haar te vragen wat ze nodig heeft. Druk maakt een jeugdbeschermer voorzichtiger, niet opener, en als het niet lukt, is het weer een belofte die brak (les 8, les 6).",
      inner = "Nadia: Daar gaan we voor zorgen. Ik wil het zo graag geloven. Karin: Moet toch kunnen? Zo makkelijk is het niet.",
    },
    choice {
      text = "Dat is een heldere wens. Zal ik voorstellen dat we hem in het verslag opnemen, zodat hij bij de volgende evaluatie op tafel ligt?",
      next = "logeren",
      procedure = true,
      score = { regie = -2 },
      effects = { spanning = 2, vertrouwen = -1, regie = -1 },
      lessons = { 4 },
      feedback = "Zorgvuldig: een wens op papier raakt niet kwijt. Maar zo schuift hij weer een half jaar op, en er wordt vandaag niet over gepraat. Gezinnen ontwikkelen zich, en de doelen moeten mee (les 4).",
      inner = "Nadia: Een half jaar. Lina is dan twaalf. Karin: Prima, dat past in de planning.",
    },
    choice {
      text = "Misschien kan het eerst met begeleiding bij jou thuis, Nadia? Dan ziet Karin hoe het gaat, en bouw je het rustig op.",
      next = "logeren",
      score = { regie = -1, systemisch = 1 },
      effects = { regie = -1, openheid = 1 },
      lessons = { 2, 4 },
      feedback = "Een tussenstap is een goed idee, en je denkt al mee met Karin. Juist daarom is dit verleidelijk. Maar je vult de oplossing in voordat Nadia en Karin zelf hebben kunnen meedenken, en Nadia hoort vooral: jij vindt het ook te veel (les 2, les 4).",
      inner = "Nadia: Dus jij vindt het ook te veel. Karin: Dat is in elk geval een verstandig voorstel.",
    },
    choice {
      text = "Een zaterdag bij jou thuis, Lina die je huis ziet, en ooit logeren. *(je laat het even staan)* Karin, wat zou jij nodig hebben om zo'n zaterdag te overwegen?",
      next = "logeren",
      score = { verbinding = 3, systemisch = 2, erkenning = 2, regie = 1 },
      effects = { vertrouwen = 1, openheid = 1 }, content = true,
      lessons = { 6, 4 },
      feedback = "Je herhaalt de wens van Nadia zoals ze hem zei, zonder hem kleiner of groter te maken, en je laat hem even staan. Pas dan vraag je Karin haar zorgen op tafel te leggen. Zo worden het twee perspectieven op één vraag, in plaats van twee kampen (les 6, les 4).",
      inner = "Nadia: Ze zegt het precies zoals ik het bedoel. Mijn wens blijft gewoon staan. Karin: Wat ik nodig heb? Dat vraagt niemand ooit. Daar kan ik wat mee.",
    },
  },
}

-- 3b. De uitbarsting ----------------------------------------------------------------------

node "uitbarsting" {
  speaker = "nadia",
  key = true,
  lines = {
    { "verteller", "Nadia schuift haar stoel naar achteren. Haar stem schiet omhoog." },
    "Rust? Ik doe alles wat jullie vragen! Werk, huis, schulden weg. En nog steeds twee uur om de week, met iemand ernaast die opschrijft of ik het wel goed doe.",
    "Ik wil gewoon dat ze een keer bij mij thuis kunnen zijn. Dat ze kunnen blijven slapen. Wanneer is het ooit genoeg?",
    { "karin", "Nadia, als je zo reageert, maak je het mij niet makkelijker om iets te veranderen." },
  },
  prompt = "Nadia verheft haar stem, en Karin reageert op het gedrag. Hoe geef je ondertiteling, zo dat ze zich allebei gehoord voelen? En wat gebeurt er als je niets doet?",
  choices = {
    choice {
      text = "Ik hoor hoe hard Nadia gewerkt heeft, Karin, en hoe bang ze is dat het nooit genoeg is. Dat gaat over drie jaar wachten, niet over haar als moeder. Ik stel vijf minuten pauze voor.",
      next = "wens",
      score = { regulatie = 3, verbinding = 3, erkenning = 2 },
      effects = { spanning = -2, vertrouwen = 1, openheid = 1 },
      set = { pauze = 1 },
      lessons = { 5, 6 },
      feedback = "Je geeft ondertiteling: de boosheid krijgt een betekenis, en je haalt haar los van het ouderschap. Met de pauze krijgt iedereen ruimte om te zakken, voordat er weer over inhoud gepraat wordt. Achter boosheid schuilt verdriet (les 5, les 6).",
      inner = "Nadia: Bang dat het nooit genoeg is. Ja. Dat is het. Karin: Zo had ik het niet bekeken. Ze is niet boos op de kinderen, ze is op.",
    },
    choice {
      text = "Karin, ik snap dat je dat zegt, maar Nadia heeft gewoon gelijk.",
      next = "logeren",
      score = { erkenning = 1, verbinding = -2 },
      effects = { spanning = -1, vertrouwen = 1, openheid = -2 },
      lessons = { 6, 5 },
      feedback = "Nadia voelt zich gesteund, maar je kiest partij in plaats van te vertalen. Karin staat nu alleen, en wat ze straks beslist, neemt ze met die ervaring mee (les 6).",
      inner = "Nadia: Zie je, eindelijk iemand die het snapt. Karin: Twee tegen één. Dan word ik wel heel voorzichtig met wat ik toezeg.",
    },
    choice {
      text = "Nadia, drie jaar is ontzettend lang, en je hebt alles gedaan wat er gevraagd werd. Zullen we nu samen op een rij zetten wat er wél kan?",
      next = "logeren",
      score = { regulatie = -1, erkenning = 1 },
      effects = { spanning = 1, vertrouwen = -1, openheid = 1 }, content = true,
      lessons = { 5, 3 },
      feedback = "Dit klinkt warm en oplossingsgericht, en je wilt het gesprek snel weer op de rails: je erkent haar, en je biedt een uitweg. Maar op dit moment is de spanning te hoog om iets op een rij te zetten. Dan hoort Nadia vooral: doe nu maar rustig. Eerst zakken, dan praten; inhoud landt pas daarna (les 5, les 3).",
      inner = "Nadia: Op een rij zetten. Ik zit te trillen en we gaan lijstjes maken. Karin: Gelukkig, er komt weer wat structuur in.",
    },
    choice {
      text = "Nadia, ik hoor je. Laten we het even rustig houden, dan kan Karin ook echt luisteren.",
      next = "logeren",
      procedure = true,
      score = { regulatie = -1, veiligheid = -1 },
      effects = { spanning = 2, vertrouwen = -2 },
      lessons = { 5 },
      feedback = "Je wilt het gesprek redden, en het klinkt zelfs alsof je het voor Nadia doet. Maar je spreekt haar aan op haar toon, net als Karin net deed. Zo wordt haar gedrag het onderwerp en niet wat erachter zit, en de spanning stijgt (les 5).",
      inner = "Nadia: Rustig houden. Dat zeggen ze al drie jaar. Karin: Fijn dat er iemand ingrijpt.",
    },
  },
}

-- 4. "Logeren kan niet, het huis is te klein" ---------------------------------------------

node "logeren" {
  speaker = "karin",
  key = true,
  lines = {
    { "karin", "Een zaterdag bij jou thuis, daar wil ik over nadenken. Maar logeren kan sowieso niet. Je hebt één slaapkamer. Waar moeten twee kinderen van zeven en elf dan slapen?", when = { openheid = ">=5" } },
    { "karin", "Ik hoor je, Nadia. Maar logeren kan sowieso niet. Je hebt één slaapkamer. Waar moeten twee kinderen van zeven en elf dan slapen?", when = { openheid = "<5" } },
    { "verteller", "Nadia kijkt naar de tafel. De woning was een urgentiewoning. Ze moest hem nemen, anders verviel haar urgentie." },
  },
  prompt = "“Logeren kan niet, het huis is te klein.” Wat kan er wél? Hoe denk je in tussenstappen zonder het probleem weg te praten, en wie zet die stappen?",
  choices = {
    choice {
      text = "Kan het niet gewoon op een luchtbed in de woonkamer? Lina en Yassin vinden dat vast een feest.",
      next = "kinderen",
      score = { systemisch = -1, verbinding = -1 },
      effects = { openheid = -2 },
      lessons = { 6 },
      feedback = "Je wilt het probleem klein maken, maar je wuift de zorg van Karin weg. Een eerste logeerpartij na drie jaar vraagt meer dan een luchtbed (les 6).",
      inner = "Nadia: Ik heb zelf ook al aan een luchtbed gedacht. Karin: Een luchtbed. Ze nemen mijn zorg niet serieus.",
    },
    choice {
      text = "Dat is een eerlijk punt, Karin. Dan laten we logeren even rusten tot er een grotere woning is.",
      next = "kinderen",
      procedure = true,
      score = { regie = -2, erkenning = -1 },
      effects = { spanning = 1, vertrouwen = -1, regie = -1 },
      lessons = { 4 },
      feedback = "Het is redelijk en het haalt de angel uit het gesprek: Karin heeft een punt over de slaapkamer. Maar je neemt haar “nee” over zonder te zoeken naar wat wél kan. De woning die Nadia niet kon kiezen, wordt zo de reden dat er niets verandert (les 4).",
      inner = "Nadia: Dus ik word gestraft voor een huis dat ik moest nemen. Karin: Helder, dan gaan we verder.",
    },
    choice {
      text = "Logeren nog niet, dat snap ik. Nadia, wat kan er in jouw huis nu al wél?",
      next = "kinderen",
      score = { regie = 3, systemisch = 2 },
      effects = { vertrouwen = 1, regie = 1, openheid = 1 }, content = true,
      set = { gemeente = 1 },
      lessons = { 4, 2, 6 },
      feedback = "Je laat het “nee” van Karin staan, zonder het weg te praten of het over te nemen als eindpunt. En je vult niet zelf in wat er wél kan: die vraag gaat naar Nadia, die haar eigen huis en haar eigen obstakels het best kent (les 4, les 2).",
      inner = "Nadia: Wat er wél kan? Overdag alles. En over die slaapkamer kan ik zelf de gemeente bellen. Karin: Geen ruzie over mijn nee. Goed.",
    },
    choice {
      text = "Dat slaapkamerprobleem pak ik wel op, Nadia. Ik bel morgen de gemeente; met jouw urgentie moet er iets te regelen zijn.",
      next = "kinderen",
      score = { regie = -2, systemisch = 1 },
      effects = { spanning = -1, regie = -2 },
      lessons = { 2 },
      feedback = "Heel begrijpelijk: je ziet een concreet obstakel, je weet de weg, en het lucht iedereen op. Maar je neemt het over en belooft iets wat niet van jou afhangt. Nadia kan dit zelf, met jou ernaast of samen aan de telefoon; nu wacht ze weer af wat iemand anders hoort (les 2).",
      inner = "Nadia: Fijn. Denk ik. Al moet ik straks weer afwachten wat iemand anders hoort. Karin: Als het lukt, mooi. Maar dat duurt jaren.",
    },
  },
}

-- 5. De kinderen ---------------------------------------------------------------------------

node "kinderen" {
  speaker = "karin",
  lines = {
    { "nadia", "Overdag kan alles. Ze kunnen bij mij eten en spelen, en Lina kan zien waar haar spullen komen. Over de slaapkamer bel ik zelf de gemeente.", when = { gemeente = 1 } },
    { "karin", "Dagen bij jou thuis. Daar kan ik over nadenken.", when = { gemeente = 1 } },
    "En dan de kinderen zelf. Lina vroeg laatst aan Marieke of ze dan weg moet bij hen, als ze vaker naar mama gaat. Ze was er echt van in de war.",
    { "nadia", "Ik wil haar helemaal niet bij ze weghalen. Ze heeft het daar goed. Ik wil alleen... ook gewoon haar moeder zijn." },
  },
  choices = {
    choice {
      text = "Nadia, wat denk jij dat Lina nodig heeft om niet te hoeven kiezen?",
      next = "voorwaarden",
      score = { systemisch = 3, verbinding = 2, regie = 1 },
      effects = { spanning = -1, vertrouwen = 1, regie = 1, openheid = 1 }, content = true,
      lessons = { 6, 2 },
      feedback = "Je neemt de verwarring van Lina serieus en vraagt Nadia als moeder wat haar dochter nodig heeft. De belangen van Lina en haar moeder komen zo bij elkaar, in plaats van tegenover elkaar (les 6).",
      inner = "Nadia: Wat Lina nodig heeft? Dat ik zeg dat het mag, van Marieke houden. Dat kan ik. Karin: Ze denkt aan Lina, en ze vraagt het aan de moeder. Goed.",
    },
    choice {
      text = "Dan is het misschien goed als iemand eerst met Lina praat over die verwarring, voordat we iets veranderen.",
      next = "voorwaarden",
      procedure = true,
      score = { systemisch = -1, regie = -1 },
      effects = { vertrouwen = -1, regie = -1, openheid = 1 },
      lessons = { 6, 8 },
      feedback = "Zorgvuldig bedoeld, en Lina's verwarring verdient aandacht. Maar je maakt er een voorwaarde van: eerst iemand voor Lina, dan pas een stap. Zo wordt haar loyaliteit een reden om te wachten, en gaat de hulp langs de moeder die haar het best kan geruststellen (les 6, les 8).",
      inner = "Nadia: Eerst weer een hulpverlener. En dan nog één. Karin: Dat is wel zo zorgvuldig.",
    },
    choice {
      text = "Dat zie je goed, Nadia. Lina mag van allebei houden, en dat voelt ze heus wel.",
      next = "voorwaarden",
      score = { systemisch = -1, verbinding = 1 },
      effects = { vertrouwen = 1, openheid = -1 },
      lessons = { 6, 3 },
      feedback = "Je wilt Nadia troosten op een moment dat ze kwetsbaar is, en wat je zegt is waar. Maar je rondt het af voordat het gesprek begon: je stelt gerust over wat Lina voelt, zonder het te weten, en Karin hoort dat haar zorg wordt weggewuifd. En wat Lina van haar moeder nodig heeft, komt niet meer op tafel (les 6, les 3).",
      inner = "Nadia: Fijn om te horen. Al slaapt Lina wel slecht na elk bezoek. Karin: Vanzelf. Dat is precies wat ik niet zie.",
    },
    choice {
      text = "Karin, kunnen Marieke en Johan haar niet gewoon zeggen dat het mag?",
      next = "voorwaarden",
      score = { systemisch = -1, regie = -1 },
      effects = { regie = -1 },
      lessons = { 6, 2 },
      feedback = "Praktisch en snel: de pleegouders zijn het dichtst bij Lina, dus het lijkt logisch. Maar je zoekt de oplossing bij de pleegouders, langs Nadia heen, die er net bij zit als moeder. Zij kan Lina juist laten weten dat ze van Marieke mag houden (les 6, les 2).",
      inner = "Nadia: Marieke en Johan. En ik dan? Ik ben haar moeder. Karin: Dat hebben ze al gezegd. Zo simpel is het niet.",
    },
  },
}

-- 6. Weer een half jaar? --------------------------------------------------------------------

node "voorwaarden" {
  speaker = "karin",
  lines = {
    { "karin", "Goed. Ik sta open voor een stap, dat meen ik. Maar ik wil het wel stevig hebben. Wat spreken we dan precies af?", when = { openheid = ">=5" } },
    { "karin", "Ik wil niet per se nee zeggen. Maar ik wil eerst nog een half jaar zien dat de begeleide bezoeken stabiel blijven. Dan kijken we verder.", when = { openheid = "<5" } },
    { "nadia", "Dat zei je vorig jaar ook.", when = { openheid = "<5" } },
  },
  choices = {
    choice {
      text = "Hoe lang moet Nadia eigenlijk nog bewijzen dat ze het kan, Karin?",
      next = "gang",
      score = { verbinding = -2, systemisch = -1 },
      effects = { spanning = 1, vertrouwen = 1, openheid = -2 },
      lessons = { 4, 6 },
      feedback = "Een eerlijke vraag, en je benoemt een echte verschuivende finish. Maar hij klinkt als een verwijt. Karin gaat in de verdediging, en dan komt er geen nieuwe afspraak (les 4, les 6).",
      inner = "Nadia: Precies. Al zie ik Karin nu haar pen neerleggen. Karin: Ik doe mijn werk. Dit hoef ik niet te pikken.",
    },
    choice {
      text = "Nadia, kijk eens hoe ver je al gekomen bent. Dit laatste stuk trek je ook nog, en dan komt dat logeren er echt.",
      next = "gang",
      score = { transparantie = -2 },
      effects = { vertrouwen = 1 },
      set = { belofte = 1 },
      lessons = { 8, 4 },
      feedback = "Je wilt hoop geven aan iemand die al drie jaar wacht, en dat is menselijk. Maar je belooft een uitkomst waar je niet over gaat, en er ligt nog steeds geen criterium. Als de finish over een half jaar weer verschuift, sta jij ook op de lijst van mensen die het beloofden (les 8, les 4).",
      inner = "Nadia: Het komt er echt. Ik wil het zo graag geloven. Karin: Dat heb ik niet gezegd.",
    },
    choice {
      text = "Dat klinkt redelijk. Dan plannen we de volgende evaluatie, en kijken we daar samen hoe het staat.",
      next = "gang",
      procedure = true,
      score = { regie = -2, transparantie = -1 },
      effects = { vertrouwen = -2, regie = -1 },
      lessons = { 4, 8 },
      feedback = "Het klinkt redelijk, maar er is geen nieuw doel en geen criterium: de finish schuift gewoon een half jaar op. Wat moet Nadia nog laten zien, en wie bepaalt wanneer het genoeg is (les 4, les 8)?",
      inner = "Nadia: Weer een half jaar. Ik weet niet of ik dit nog trek. Karin: Mooi, dan hebben we een afspraak.",
    },
    choice {
      text = "Wat moet Nadia concreet laten zien, Karin? En kan het als proef: twee zaterdagen bij haar thuis, evaluatie over zes weken?",
      next = "gang",
      score = { regie = 3, transparantie = 2, systemisch = 1 },
      effects = { vertrouwen = 1, regie = 2, openheid = 1 }, content = true,
      set = { proef = 1 },
      lessons = { 4, 8 },
      feedback = "Je neemt de zorg om zekerheid serieus en vraagt om criteria die hardop gezegd worden. Een stap op proef, met een evaluatiedatum, geeft Karin houvast en Nadia een finish die niet verschuift (les 4, les 8).",
      inner = "Nadia: Zes weken. Een datum. Iets wat ik kan zien. Karin: Concreet, met een evaluatie. Dat kan ik verantwoorden.",
    },
  },
}

-- 7. Op de gang ------------------------------------------------------------------------------

local function akkoord(s)
  return s.proef == 1 and s.openheid >= 5
end

local function verlegd(s)
  return not akkoord(s) and (s.vertrouwen <= 3 or s.regie <= 2)
end

local function einde_afbouw(s)
  if verlegd(s) then return "finish_verlegd" end
  if akkoord(s) and s.gemeente == 1 and s.regie >= 6 and s.vertrouwen >= 5 then return "proefplan" end
  if akkoord(s) then return "proef_wankel" end
  return "half_jaar"
end

local function einde_anders(s)
  if verlegd(s) then return "finish_verlegd" end
  if akkoord(s) then return "proef_wankel" end
  return "half_jaar"
end

node "gang" {
  speaker = "nadia",
  key = true,
  lines = {
    { "verteller", "Karin schrijft de afspraak op: twee zaterdagen bij Nadia thuis, het eerste uur met een omgangsbegeleider erbij, en een evaluatie over zes weken. Ze zet de datum meteen in haar agenda.", when = akkoord },
    { "verteller", "Karin wil over een proef nadenken en mailt volgende week. Ze noteert voorlopig: evaluatie over een half jaar.", when = function(s) return s.proef == 1 and s.openheid < 5 end },
    { "verteller", "Karin noteert: de regeling blijft zoals hij is, evaluatie over een half jaar.", when = { proef = 0 } },
    { "verteller", "Op de gang, bij de lift, blijft Nadia staan." },
    "Weet je wat ik net dacht? Misschien heb ik jou straks minder nodig.",
  },
  prompt = "Nadia zegt dat ze je misschien minder nodig heeft. Hoe reageer je als een ouder de regie terugneemt? Wat betekent afbouwen voor jouw rol, en wie bepaalt het tempo?",
  choices = {
    choice {
      text = "Dat moet je helemaal zelf weten. Zeg het maar wanneer je wilt stoppen.",
      next = einde_anders,
      score = { regie = 1, verbinding = -1 },
      effects = { vertrouwen = -1 },
      lessons = { 2 },
      feedback = "Je laat de keus bij haar, maar je laat haar er ook alleen mee. Afbouwen is iets wat je samen vormgeeft (les 2).",
      inner = "Nadia: Oké. Dat klinkt een beetje als: zoek het maar uit.",
    },
    choice {
      text = "Wat mooi om te horen. Dan bepaal jij waar je mij nog bij wilt hebben, en de rest doe je zelf.",
      next = einde_afbouw,
      score = { regie = 3, transparantie = 2, verbinding = 1 },
      effects = { vertrouwen = 1, regie = 2 }, content = true,
      lessons = { 2, 4 },
      feedback = "Je verwelkomt haar groei en legt de keus waar ze jou nog bij wil bij haar. Zo wordt helder wat jouw rol nog is, en geef je verantwoordelijkheid terug nu het beter gaat: een passant die haar sterker maakt (les 2, les 4).",
      inner = "Nadia: Geen beledigde reactie, maar blijdschap. Ik mag het zelf gaan doen. De gemeente bel ik zelf. Bij de evaluatie wil ik nog even iemand naast me.",
    },
    choice {
      text = "Wat lief dat je dat zegt. Maar ik blijf gewoon naast je staan tot dat logeren rond is, hoor. Dat laat ik niet half liggen.",
      next = einde_anders,
      score = { regie = -2, verbinding = 1 },
      effects = { regie = -2 },
      lessons = { 2 },
      feedback = "Warm en trouw bedoeld: je wilt haar niet alleen laten voordat alles rond is, en ze kent jou. Maar je houdt haar vast op het moment dat zij een stap terug wil zetten, en ze hoort: ik kan het nog niet. Ondersteuning hoort te stoppen als die niet meer nodig is, en het tempo is van haar (les 2).",
      inner = "Nadia: O. Dus ik kan het nog niet. Ik dacht even van wel.",
    },
    choice {
      text = "Mooi. Laten we dat bij het volgende gesprek bespreken, met de doelen uit het plan erbij.",
      next = einde_anders,
      procedure = true,
      score = { regie = -1, transparantie = -1 },
      effects = { vertrouwen = -1, regie = -2 },
      lessons = { 2, 4 },
      feedback = "Zorgvuldig: afbouwen wil je niet op een gang regelen, en het plan geeft houvast. Maar je zet haar stap meteen in het kader van het plan, en het gesprek schuift op. Juist als het beter gaat, stel je samen nieuwe doelen en geef je de regie terug (les 4, les 2).",
      inner = "Nadia: Doelen in een plan. Weer een finish die niet van mij is.",
    },
  },
}

-- Eindes ------------------------------------------------------------------------------------

ending "proefplan" {
  title = "Een proef met een datum, en minder van jou",
  kind = "herstel",
  text = [[
Twee zaterdagen komen Lina en Yassin bij Nadia thuis. Het eerste uur is er een omgangsbegeleider bij, daarna niet meer. Lina bekijkt elk hoekje van het huis en kiest een plank in de kast "voor mijn spullen". Marieke en Johan hebben Lina van tevoren verteld dat ze blij zijn dat ze gaat.

Nadia belt zelf met de gemeente over de slaapkamer. Er loopt nu een aanvraag voor een grotere woning, en tot die tijd bekijkt ze met Karin of de kinderen later kunnen logeren.

Bij de evaluatie na zes weken gaat Nadia alleen naar binnen. Jij bent telefonisch bereikbaar, en dat blijkt niet nodig.

*Wat werkte:* je erkende de rust die Karin bewaakte en de groei van Nadia, en je zocht naar wat wél kon. Met een proef en een datum kreeg de finish een vaste plek. En toen Nadia je minder nodig had, gaf je haar de regie terug (les 4, les 2, les 6).
]],
}

ending "proef_wankel" {
  title = "Een proef, maar nog wankel",
  kind = "neutraal",
  text = [[
Er komt een proef: twee zaterdagen bij Nadia thuis, met een evaluatie na zes weken. Dat is winst.

Maar er ligt niets over de slaapkamer, en dus ook geen route naar logeren. Nadia belt je voor elke volgende stap, en jij blijft bij elk gesprek aanschuiven. Bij de evaluatie zegt Karin: "Laten we het hier even bij houden."

*Om over na te denken:* de eerste stap is gezet. Maar wie zet de volgende? Hoe had je Nadia kunnen helpen haar eigen obstakels te tackelen, zodat ze jou minder nodig heeft (les 2, les 4)?
]],
}

ending "half_jaar" {
  title = "Over een half jaar weer",
  kind = "neutraal",
  text = [[
De regeling blijft zoals hij is: om de week twee uur, begeleid. In het verslag staat "het gaat goed". De volgende evaluatie is over een half jaar.

Nadia zegt op de gang: "Dan maar weer een half jaar." Lina vraagt bij het volgende bezoek opnieuw hoe het huis van mama eruitziet.

*Om over na te denken:* niemand deed iets verkeerds, en toch bewoog er niets. Waar had je kunnen zoeken naar een tussenstap? Welk doel had je samen met Nadia en Karin opnieuw kunnen stellen (les 4)?
]],
}

ending "finish_verlegd" {
  title = "De finish is weer verlegd",
  kind = "breuk",
  text = [[
Nadia zegt niets meer in het gesprek. Thuis stuurt ze je een bericht: "Het maakt niet uit wat ik doe. Ik praat alleen nog met Karin als het moet."

Ze zegt het volgende overleg met Karin af. Karin schrijft in het verslag dat "moeder zich terugtrekt uit de samenwerking". De bezoeken gaan door, maar ze zijn stroef, en Lina merkt het.

*Om over na te denken:* Nadia had gedaan wat er van haar gevraagd werd, en hoorde opnieuw “nog niet”. Waar ontbrak een nieuw doel, een erkenning van haar groei of een concreet criterium? Wat had Karin kunnen helpen om mee te bewegen (les 4, les 6)?
]],
}

ending "weggelopen" {
  title = "Nadia loopt weg",
  kind = "breuk",
  text = [[
Nadia staat op. "Ik hoef dit niet meer." De deur valt achter haar dicht.

In het verslag komt te staan dat moeder "geëmotioneerd het gesprek verliet". Dat verslag ligt straks ook bij de kinderrechter, als de ondertoezichtstelling wordt verlengd. Het volgende bezoek blijft begeleid.

*Om over na te denken:* de spanning liep zo hoog op dat er geen gesprek meer mogelijk was. Wat had Nadia nodig om te blijven zitten? En hoe had je haar boosheid kunnen vertalen voor Karin, voordat die een regel in een verslag werd (les 5, les 4)?
]],
}

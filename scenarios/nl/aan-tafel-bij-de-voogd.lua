-- Naast: scenario S5 "Aan tafel bij de voogd: boosheid in de kamer"
-- Les 5 (hoofdfocus), les 6, les 8, les 7, plus procesregie.
--
-- Twee sprekers. spanning, vertrouwen en regie gaan over Mirjam;
-- openheid gaat over Joost (hoe open hij staat voor een nieuwe blik).

scenario {
  id = "aan-tafel-bij-de-voogd",
  title = "Aan tafel bij de voogd: boosheid in de kamer",
  language = "nl",
  version = "2",
  minutes = 20,
  role = "procesbegeleider",
  lessons = { 5, 6, 8, 7 },
  content_notes = { "uithuisplaatsing", "voogdij", "schulden", "boosheid en escalatie in een gesprek",
                    "een oud incident in het dossier" },
  intro = [[
**Mirjam (44)** is erkend gedupeerde van de toeslagenaffaire. Haar zoon **Daan** werd in 2018 uit huis geplaatst, toen hij zeven was. Dat was het jaar van de terugvorderingen, de deurwaarder en de afgesloten stroom. Sinds 2020 heeft een gecertificeerde instelling (GI) de voogdij. Daan is nu dertien en woont in een gezinshuis. Mirjam ziet hem eens in de drie weken, twee uur, onder begeleiding. Haar schulden zijn kwijtgescholden, ze werkt drie dagen per week in een bakkerij en de laatste twaalf bezoeken verliepen rustig.

**Joost** is sinds acht maanden Daans voogd, de derde in vier jaar. Hij heeft een volle caseload, loopt achter met zijn verslagen en wil het goed doen. Mirjam kent hij vooral uit het dossier.

**De situatie:** een gesprek op het kantoor van de GI. Mirjam heeft één vraag: mag ze Daan op woensdagavond even beeldbellen? Daan appt haar soms laat op de avond dat hij haar mist. Jullie hebben dit gesprek samen voorbereid.

**Jouw rol:** je bent Mirjams procesbegeleider van het Ondersteuningsteam. Je staat naast haar, je beslist niets en je bent geen partij tegen Joost. Je mag duiden, verduidelijken en vertalen, naar beide kanten.
**Niet jouw rol:** Mirjams advocaat zijn, het dossier corrigeren of namens haar onderhandelen.

De meters spanning, vertrouwen en regie gaan over Mirjam. **Openheid** gaat over Joost.

> "Hoe kan ik rustig blijven als niemand echt naar mij luistert?"
> *Een moeder, aangehaald door een procesbegeleider in de evaluatie van de pilotfase van het Ondersteuningsteam (2022)*
]],
  start = "binnen",
  cast = {
    mirjam = { name = "Mirjam", role = "moeder" },
    joost  = { name = "Joost",  role = "voogd" },
  },
  state = {
    spanning   = { init = 5, min = 0, max = 10 },
    vertrouwen = { init = 4, min = 0, max = 10 },
    regie      = { init = 3, min = 0, max = 10 },
    openheid   = { init = 3, min = 0, max = 10, label = "Openheid Joost" },
    pauze      = { init = 0, min = 0, max = 1, hidden = true },   -- er is een pauze genomen
    belofte    = { init = 0, min = 0, max = 1, hidden = true },   -- concrete terugbelafspraak gemaakt
    misser     = { init = 0, min = 0, max = 1, hidden = true },   -- de uitbarsting is niet ondertiteld
  },
  -- Inhoudelijke stappen bouwen pas vertrouwen op (en laten de spanning pas
  -- zakken) als Mirjams spanning onder de 7 is. Daarboven werkt alleen reguleren.
  -- regulatie vóór inhoud: een antwoord met content = true brengt, zolang dit
  -- geldt, niet meer vertrouwen dan max en niet minder spanning dan min.
  regulation = { when = { spanning = ">=7" }, max = { vertrouwen = 0 }, min = { spanning = 0 } },
  triggers = {
    { when = { spanning = ">=10" }, next = "weggelopen" },
  },
  tests = {
    -- steeds het sterkste antwoord: herstel
    { choices = { 3, 1, 2, 3, 1, 4, 2, 3 }, ending = "extra-beeldbellen",
      min = { regulatie = 0.9, verbinding = 0.9, systemisch = 0.9, transparantie = 0.9, veiligheid = 0.9 } },
    -- steeds het procedure-antwoord: Mirjam loopt weg
    { choices = { 4, 3, 3, 4 }, ending = "weggelopen",
      max = { regulatie = 0.1, systemisch = 0.1, regie = 0.1 } },
    -- zwijgen bij de uitbarsting, daarna herstellen: het kan nog goed komen
    { choices = { 3, 4, 4, 3, 1, 4, 2, 3 }, ending = "extra-beeldbellen" },
    -- warm maar vaag afgerond (geen belafspraak): op de stoep zonder bevestiging
    { choices = { 3, 1, 2, 3, 1, 4, 1, 3 }, ending = "extra-beeldbellen" },
  },
}

-- Na het gesprek op de stoep: waar komt het uit?
local function uitkomst(s)
  if s.vertrouwen >= 7 and s.openheid >= 6 then return "extra-beeldbellen"
  elseif s.vertrouwen <= 2 then return "afgehaakt" else return "later-verder" end
end

-- Na het dossier: staat Joost open genoeg voor een voorstel?
local function na_dossier(s)
  if s.openheid >= 5 then return "voorstel" else return "dichte-deur" end
end

node "binnen" {
  speaker = "joost",
  key = true,
  lines = {
    { "verteller", "Een spreekkamer bij de GI. Mirjam zit al een kwartier aan tafel, haar map met aantekeningen recht voor zich. Joost komt binnen met een laptop onder zijn arm en een beker koffie." },
    "Sorry, sorry. Mijn vorige afspraak liep uit. Ik heb tot half elf, daarna moet ik naar een zitting. Zullen we meteen beginnen?",
    { "mirjam", "Prima." },
    { "verteller", "Mirjam tikt met haar pen op de map. Haar knie wipt onder tafel." },
  },
  prompt = "Wie bepaalt de agenda van dit gesprek? Hoe maak je dat zichtbaar zonder Joost tegen je in het harnas te jagen?",
  choices = {
    choice {
      text = "Fijn dat je er bent, Joost. Voor we beginnen: Mirjam is erkend gedupeerde van de toeslagenaffaire en heeft de afgelopen jaren ontzettend veel meegemaakt, ook met jullie. Ik vraag je daar vandaag rekening mee te houden, en haar echt de ruimte te geven.",
      next = "incident",
      score = { verbinding = -1, regie = -1 },
      effects = { spanning = 1, vertrouwen = -1, openheid = -1 },
      lessons = { 3, 8 },
      feedback = "Dit verleidt: je wilt Mirjam beschermen en de toeslagenaffaire meteen op tafel hebben. Maar je praat over haar alsof ze er niet bij zit en zet haar neer als slachtoffer, en Joost hoort vooral een verwijt (les 3, les 8).",
      inner = "Mirjam: Alsjeblieft niet zo zielig over mij praten. Ik zit hier gewoon, ik kan zelf praten.",
    },
    choice {
      text = "Geen probleem, Joost. Zal ik kort zeggen waar het vandaag om gaat? Dan hou je tijd over voor je zitting.",
      next = "incident",
      score = { regie = -2, transparantie = -1 },
      effects = { spanning = 1, regie = -1, openheid = 1 },
      lessons = { 2, 8 },
      feedback = "Dit verleidt: het is vriendelijk voor Joost, efficiënt, en je weet precies wat Mirjam wil vragen. Maar dan stel jij haar vraag, en zij zit ernaast met haar briefje. Het voorbereide gesprek wordt jouw gesprek, nog voor ze iets gezegd heeft (les 2, les 8).",
      inner = "Mirjam: Zij gaat het zeggen. Ik heb het toch zelf opgeschreven? Nou ja, ze kan het vast beter.",
    },
    choice {
      text = "Goed. Even vooraf: ik zit hier naast Mirjam. Ik beslis niets over Daan en ik schrijf niets op voor de GI. Mirjam heeft een vraag voorbereid.",
      next = "incident",
      score = { transparantie = 3, regie = 2, verbinding = 2 },
      effects = { spanning = -1, vertrouwen = 1, regie = 2, openheid = 1 },
      lessons = { 8, 2 },
      feedback = "In twee zinnen weet iedereen wie jij bent en wat je niet doet, en het woord ligt bij Mirjam. Zo verklein je de machtsongelijkheid aan tafel zonder Joost tegen je te krijgen (les 8, les 2).",
      inner = "Mirjam: Ik mag beginnen. Oké. Ademhalen. Ik weet wat ik wil zeggen, het staat op mijn briefje.",
    },
    choice {
      text = "Joost, jij hebt weinig tijd. Loop jij eerst je punten door? Dan bewaren we Mirjams vraag voor het laatste deel.",
      next = "incident",
      procedure = true,
      score = { regie = -2, verbinding = 1 },
      effects = { spanning = 1, regie = -1, openheid = 1 },
      lessons = { 2, 8 },
      feedback = "Je houdt rekening met Joosts tijd, en dat waardeert hij. Maar Mirjams vraag schuift naar “als er nog tijd over is”, en dat kent ze maar al te goed (les 2, les 8).",
      inner = "Mirjam: Aan het eind. Dan is de tijd op, zoals altijd. Waarom heb ik dat briefje eigenlijk gemaakt?",
    },
  },
}

node "incident" {
  speaker = "mirjam",
  key = true,
  lines = {
    { "mirjam", "Ik wil vragen of ik Daan op woensdagavond mag beeldbellen. Tien minuutjes maar. Hij appt me soms om elf uur 's avonds dat hij me mist, en dan weet ik niet eens of ik wel iets terug mag sturen.", when = { regie = ">=4" } },
    { "mirjam", "Mag ik ook nog iets vragen? Ik wil Daan graag beeldbellen. Op woensdag. Even maar.", when = { regie = "<4" } },
    { "joost", "Ik snap die wens. Maar ik moet eerlijk zijn: ik moet ook kijken naar wat er in het dossier staat. In 2019 is er bij een overdracht een incident geweest. U heeft toen tegen de jeugdbeschermer geschreeuwd, met Daan erbij, en er is een deur dichtgeslagen. Sindsdien is de omgang begeleid. Dat kan ik niet zomaar opzijschuiven." },
    { "verteller", "Mirjam schuift haar stoel met een ruk naar achteren." },
    "Tweeduizend negentien? Dat is vijf jaar geleden! Toen stond de deurwaarder bij mij op de stoep en zat ik zonder stroom! Ik kan hier twaalf keer keurig zitten, en het enige wat jullie zien is die ene keer!",
    { "joost", "Mevrouw, als u zo tegen mij gaat praten..." },
  },
  prompt = "Mirjam verheft haar stem. Wat hoor jij eronder, en hoe maak je dat hoorbaar voor Joost zonder partij te kiezen?",
  choices = {
    choice {
      text = "Ik hoor vooral angst, Joost, en verdriet om Daan. Mirjam, zeg het als ik het mis heb. Ik stel vijf minuten pauze voor.",
      next = "gang",
      score = { regulatie = 3, verbinding = 3, erkenning = 1 },
      effects = { spanning = -2, vertrouwen = 1, openheid = 1 },
      set = { pauze = 1 },
      lessons = { 5, 3 },
      feedback = "Je geeft ondertiteling: de boosheid krijgt een betekenis die Joost kan horen, en je checkt bij Mirjam of het klopt in plaats van het voor haar in te vullen. De pauze komt voordat er iets stukgaat. Zo houd je haar gedrag tegen een professional los van haar moederschap (les 5).",
      inner = "Mirjam: Ze zegt het hardop. Verdriet. Ja. Ik moet hier even weg, anders ga ik huilen waar hij bij zit.",
    },
    choice {
      text = "Joost, de laatste twaalf bezoeken verliepen rustig. Dat staat toch ook in het dossier?",
      next = "escalatie",
      score = { erkenning = 1, verbinding = -2 },
      effects = { spanning = -1, vertrouwen = 1, openheid = -2 }, content = true,
      set = { misser = 1 },
      lessons = { 8, 5 },
      feedback = "Dit verleidt: het klopt, het is kort, en Mirjam voelt zich even gesteund. Maar terwijl zij nog trilt, ga jij met Joost in discussie over het dossier. Hij hoort een verwijt en klapt dicht, en wat er onder haar boosheid zit, blijft onbenoemd. Eerst de spanning omlaag, dan de inhoud (les 5, les 8).",
      inner = "Joost: Geweldig, nu ben ik de kwaaie pier. Ik lees alleen voor wat er staat. Als er straks iets misgaat, is het mijn handtekening.",
    },
    choice {
      text = "Mirjam, ik snap dat dit je raakt, en je vraag is belangrijk. Laten we het rustig houden, dan kan Joost hem ook echt horen. Joost, ga maar verder.",
      next = "escalatie",
      procedure = true,
      set = { misser = 1 },
      score = { regulatie = -1, veiligheid = -1, verbinding = -1 },
      effects = { spanning = 2, vertrouwen = -2, regie = -1 },
      lessons = { 5, 3 },
      feedback = "Warm bedoeld en het voelt als de-escaleren: je wilt haar behoeden voor een slechte indruk, en haar vraag moet gehoord worden. Maar je corrigeert haar toon waar Joost bij zit, en het gesprek gaat verder alsof er niets gebeurd is. Dat bevestigt voor haar dat het om haar gedrag gaat en niet om haar vraag (les 5, les 3).",
      inner = "Mirjam: Zij ook al. Ik moet rustig zijn, anders telt het niet. Niemand vraagt waarom ik boos ben.",
    },
    choice {
      text = "*(Je zegt niets en wacht tot het vanzelf zakt.)*",
      next = "escalatie",
      set = { misser = 1 },
      score = { regulatie = -1, verbinding = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 5 },
      feedback = "Stilte kan ruimte geven, maar hier laat je Mirjam alleen met haar boosheid en Joost alleen met zijn oordeel. Niemand vertaalt wat er gebeurt (les 5).",
      inner = "Mirjam: Ze zit erbij en kijkt naar de tafel. Ik sta er weer alleen voor.",
    },
  },
}

node "gang" {
  speaker = "mirjam",
  lines = {
    { "verteller", "Bij de koffieautomaat op de gang. Mirjam staat met haar rug tegen de muur en veegt met de mouw van haar vest langs haar ogen." },
    "Sorry. Ik wilde juist zo graag rustig blijven vandaag. Nu denkt hij natuurlijk: zie je wel.",
    "Ik ben zo moe van het knokken. Vijf jaar lang knokken, en dan is het nog die ene dag.",
  },
  choices = {
    choice {
      text = "Goed dat je even weg bent. Straks schrijft Joost het verslag; als je rustig terugkomt, weegt dat ook mee.",
      next = "belang",
      procedure = true,
      score = { veiligheid = -1, regie = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 5 },
      feedback = "Het is goed bedoeld en ook nog waar: je wilt haar beschermen tegen een slecht verslag. Maar zo voelt ze zich opnieuw bekeken en beoordeeld op haar gedrag, en daar wordt ze niet rustiger van (les 5).",
      inner = "Mirjam: Dus nu moet ik ook nog op elk woord letten. Ik zit daar als in een examen.",
    },
    choice {
      text = "Je hoeft geen sorry te zeggen. Vijf jaar knokken is lang. Wat wil je dat Joost straks van jou hoort?",
      next = "belang",
      score = { regie = 3, erkenning = 2, verbinding = 2 },
      effects = { spanning = -2, vertrouwen = 2, regie = 2 },
      lessons = { 5, 2 },
      feedback = "Je neemt haar eigen woorden over zonder oordeel, en met één vraag ligt de voorbereiding van het vervolg weer bij haar. Een gesprek samen voorbereiden, ook halverwege, geeft haar de regie terug (les 5, les 2).",
      inner = "Mirjam: Ze vindt me niet gek. Oké. Ik wil zeggen dat ik snap dat die dag eng was voor Daan. En dat ik niet meer die vrouw van toen ben.",
    },
    choice {
      text = "Ach, iedereen zou boos worden als die oude dag er weer bij gehaald wordt. Laat mij straks 2019 maar doen, dan hoef jij alleen je vraag nog te stellen.",
      next = "belang",
      score = { regie = -2, verbinding = 1 },
      effects = { spanning = -1, regie = -2 },
      lessons = { 2, 3 },
      feedback = "Dit verleidt: ze is moe, jij kent zulke gesprekken, en het geeft op de gang allebei opluchting. Maar je neemt het moeilijkste deel van haar verhaal van haar over. Straks zit ze er als toeschouwer bij, in een gesprek over haar eigen zoon (les 2, les 3).",
      inner = "Mirjam: Fijn dat iemand het overneemt. Maar het is wel mijn zoon. En mijn verhaal.",
    },
    choice {
      text = "Hé, je hebt niks verpest. Je deed het hartstikke goed daarbinnen, echt.",
      next = "belang",
      score = { erkenning = -1, verbinding = 1 },
      effects = { spanning = -1 },
      lessons = { 3, 5 },
      feedback = "Dit verleidt: ze is er doorheen en een compliment tilt haar even op. Maar “goed gedaan” is een cijfer voor haar gedrag, precies waar ze zo moe van is, en het klopt niet met wat ze zelf net zei. Haar vijf jaar knokken wordt niet gehoord, en ze gaat zonder eigen plan terug naar binnen (les 3, les 5).",
      inner = "Mirjam: Hartstikke goed? Ik stond te schreeuwen. Ze zegt het lief, maar ze luistert niet.",
    },
  },
}

node "escalatie" {
  speaker = "joost",
  lines = {
    "Kijk, ik wil best in gesprek, maar niet op deze manier. Als we zo doorgaan, stop ik het gesprek en plannen we opnieuw, met een collega erbij.",
    { "mirjam", "Zie je? Zo gaat het altijd. Ik zeg één keer iets en het gesprek is over.", when = { spanning = ">=7" } },
    { "mirjam", "Ja, natuurlijk. Nu ben ik weer de lastige.", when = { spanning = "<7" } },
  },
  choices = {
    choice {
      text = "Kom, Mirjam, we lopen even naar buiten. Even ademhalen.",
      next = "belang",
      score = { regulatie = 1, verbinding = -1 },
      effects = { spanning = -1, openheid = -1 },
      set = { pauze = 1 },
      lessons = { 5 },
      feedback = "Dit verleidt, want even weg uit de kamer helpt Mirjam echt om te zakken. Maar je laat Joost zonder uitleg achter, en hij blijft zitten met zijn beeld van een “agressieve moeder” (les 5).",
      inner = "Joost: Daar gaan ze. Dit komt dus in het verslag, of ik wil of niet.",
    },
    choice {
      text = "Joost, het helpt misschien om te weten dat Mirjam in 2019 midden in de toeslagenaffaire zat: terugvorderingen, de deurwaarder aan de deur, geen stroom. Dan kijk je anders naar die dag. En de laatste twaalf bezoeken gingen allemaal goed, dat staat in jullie eigen verslagen.",
      next = "belang",
      score = { erkenning = 1, regulatie = -1, verbinding = -1 },
      effects = { spanning = 1, vertrouwen = 1, openheid = -1 }, content = true,
      lessons = { 5, 1 },
      feedback = "Het verleidt, want alles wat je zegt klopt en Joost moet het eigenlijk weten. Maar midden in de ruzie landt uitleg niet: Joost voelt zich de les gelezen, en Mirjam hoort haar leven in de derde persoon besproken terwijl ze nog trilt. Eerst de spanning omlaag, dan de inhoud (les 5, les 1).",
      inner = "Mirjam: Ze heeft gelijk, maar waarom praat ze over mij alsof ik er niet zit? Mijn hart bonkt nog steeds.",
    },
    choice {
      text = "Joost, je grens is helder. Mirjam, kun je hem laten weten dat het niet persoonlijk bedoeld was? Dan gaan we verder.",
      next = "belang",
      procedure = true,
      score = { regulatie = -1, veiligheid = -1, verbinding = 1 },
      effects = { spanning = 1, vertrouwen = -2, openheid = 1 },
      lessons = { 5 },
      feedback = "Het klinkt redelijk en het zou Joost geruststellen, en het gesprek kan door. Maar Mirjam hoort dat haar boosheid het probleem is, en niet wat eronder zit (les 5).",
      inner = "Mirjam: Excuses maken dus. Voor boos zijn om mijn eigen kind. Ik word gek.",
    },
    choice {
      text = "Ik heb net iets laten liggen. Mirjam, ik hoorde vooral hoe erg je Daan mist. Joost, ik stel vijf minuten pauze voor.",
      when = { misser = 1 },
      next = "belang",
      score = { regulatie = 3, verbinding = 2 },
      effects = { spanning = -2, vertrouwen = 1, openheid = 1 },
      set = { pauze = 1 },
      lessons = { 5, 3 },
      feedback = "Een herstelmoment: je benoemt je eigen misser, geeft alsnog ondertiteling en vraagt om een pauze, zodat Joost ja kan zeggen zonder gezichtsverlies (les 5, les 3).",
      inner = "Mirjam: Oké. Nu ziet ze het wel. Even weg van die tafel, graag.",
    },
  },
}

node "belang" {
  speaker = "joost",
  key = true,
  lines = {
    { "verteller", "Na de pauze. Mirjam zit weer aan tafel, haar handen om een bekertje water.", when = { pauze = 1 } },
    { "verteller", "De sfeer aan tafel is gespannen. Joost scrolt door zijn scherm.", when = { pauze = 0 } },
    { "mirjam", "Mag ik eerst iets zeggen? Ik snap dat die dag in 2019 eng was voor Daan. Ik schaam me daar nog steeds voor. Maar ik ben niet meer die vrouw van toen.", when = { regie = ">=6" } },
    "Dat waardeer ik. Maar ik wil wel duidelijk zijn. Ik handel alleen in het belang van Daan. Daan heeft rust nodig. Hij zit goed in het gezinshuis, het gaat beter op school. Elke verandering kan dat verstoren.",
    { "mirjam", "Alsof ik geen rust voor hem wil." },
  },
  prompt = "“Ik handel alleen in het belang van Daan.” Hoe maak je van twee tegenover elkaar geplaatste belangen weer één gedeeld belang, zonder Joosts verantwoordelijkheid weg te praten?",
  choices = {
    choice {
      text = "Mirjam, wat denk jij dat Daan nodig heeft?",
      next = "dossier",
      score = { systemisch = 2, regie = 1 },
      effects = { spanning = -1, regie = 1 }, content = true,
      lessons = { 6, 2 },
      feedback = "Goed: je laat Mirjam als moeder meedenken over wat Daan nodig heeft. Maar Joosts zorg blijft liggen, en daarmee ook zijn bereidheid om te bewegen (les 6).",
      inner = "Mirjam: Wat hij nodig heeft? Dat hij weet dat ik er ben. Maar kijkt Joost wel mee, of zit hij alleen maar te wachten tot ik klaar ben?",
    },
    choice {
      text = "Joost, Daan appt zijn moeder om elf uur 's avonds dat hij haar mist. Is dat rust?",
      next = "dossier",
      score = { systemisch = 1, verbinding = -1, regie = -1 },
      effects = { vertrouwen = 1, openheid = -2 }, content = true,
      lessons = { 6, 8 },
      feedback = "Dit verleidt: het is kort, het is waar, en het raakt precies de kern van Joosts eigen argument. Maar het is een strikvraag. Joost moet zijn oordeel verdedigen in plaats van het te heroverwegen, en jij pleit voor Mirjam terwijl zij ernaast zit. Je zet het belang van Daan opnieuw tegenover dat van zijn moeder, alleen nu andersom (les 6, les 8).",
      inner = "Joost: Dus nu ben ik degene die Daan geen rust gunt. Ik zit hier niet om me te laten vastpinnen.",
    },
    choice {
      text = "Dat geloof ik, Joost. En Mirjam zegt net hetzelfde: zij wil ook rust voor Daan. Jullie zitten hier voor hetzelfde kind.",
      next = "dossier",
      score = { systemisch = 3, verbinding = 2, regie = 2 },
      effects = { spanning = -1, vertrouwen = 1, regie = 1, openheid = 2 }, content = true,
      lessons = { 6, 3 },
      feedback = "Geen vraag, geen pleidooi: je benoemt wat je ziet. Joosts zorg en die van Mirjam zijn één belang, en dat zeg je zo dat niemand zich hoeft te verdedigen. De belangen van kind en ouder zijn altijd verweven (les 6).",
      inner = "Joost: Ze valt me niet aan. Wat Daan zelf wil... eerlijk gezegd heb ik hem dat al een tijd niet gevraagd.",
    },
    choice {
      text = "Dat is ook jouw taak als voogd, Joost, en die neem je serieus. Misschien is het goed als je Mirjam uitlegt hoe jullie zo'n verzoek afwegen.",
      next = "dossier",
      procedure = true,
      score = { systemisch = -1, regie = -1 },
      effects = { spanning = 2, vertrouwen = -2, regie = -1 },
      lessons = { 6, 8 },
      feedback = "Het klinkt redelijk: je erkent Joosts mandaat en vraagt om duidelijkheid over de afweging. Maar je laat staan dat Daans belang tegenover dat van zijn moeder wordt gezet, en het gesprek gaat over de werkwijze van de GI. Mirjam hoort: wat jij als moeder ziet, telt niet mee (les 6, les 8).",
      inner = "Mirjam: Hoe zij het afwegen. Dus ik zit hier om uitgelegd te krijgen waarom het niet kan.",
    },
  },
}

node "dossier" {
  speaker = "joost",
  key = true,
  lines = {
    "Goed. Maar dan blijft staan wat er in het dossier staat. Daar kan ik als voogd niet omheen. Als er bij zo'n beeldbelgesprek iets gebeurt en later blijkt dat ik dit heb genegeerd...",
    { "mirjam", "Dat verslag klopt niet eens helemaal. Niemand heeft me ooit gevraagd wat er die dag aan de hand was. Ik had die ochtend een brief van de Belastingdienst gekregen. Dertigduizend euro terugbetalen." },
  },
  prompt = "Het dossier zegt het een, Mirjam zegt iets anders. Hoe maak je ruimte voor allebei, zonder het dossier af te kraken of klakkeloos te volgen? En wat is Joosts angst hier?",
  choices = {
    choice {
      text = "Het incident hoeft niet weg, Joost. Kunnen we ernaast leggen wat er sinds 2019 veranderd is, en Mirjams kant van die dag? Een neutrale partij kan zo'n verklarende analyse maken. Daar beslis ik niet over, dat doen jullie.",
      next = na_dossier,
      score = { systemisch = 3, erkenning = 2, transparantie = 2, verbinding = 1 },
      effects = { spanning = -1, vertrouwen = 2, openheid = 2 }, content = true,
      lessons = { 7, 1, 8 },
      feedback = "Je laat het dossier staan en zet er nieuwe informatie naast: wat er veranderd is en wat de toeslagenaffaire toen met Mirjam deed. Een gedeelde verklarende analyse neemt ieders beeld mee, ook dat van Joost, en je zegt eerlijk wat niet aan jou is (les 7, les 8).",
      inner = "Joost: Als het er allemaal naast ligt en het is gedeeld, sta ik niet in mijn eentje met die beslissing. Dat scheelt.",
    },
    choice {
      text = "Joost, dat verslag is eenzijdig. Er staat niet in dat ze die ochtend een brief van de Belastingdienst kreeg, en niet dat het daarna twaalf keer goed ging. Hoort dat er niet bij?",
      next = na_dossier,
      score = { erkenning = 1, verbinding = -1, systemisch = -1 },
      effects = { spanning = -1, vertrouwen = 1, openheid = -2 }, content = true,
      lessons = { 7, 8 },
      feedback = "Dit verleidt: de context ontbreekt echt, en Mirjam hoort eindelijk iemand haar kant zeggen. Maar je valt het dossier aan, en dan gaat Joost het verdedigen in plaats van samen te kijken. Dat is de valkuil van partij kiezen tegen het dossier (les 7, les 8).",
      inner = "Joost: Eenzijdig. Ik heb dat verslag niet eens geschreven. Nu moet ik mezelf weer gaan verdedigen.",
    },
    choice {
      text = "Wat maakt dit voor jou zo spannend, Joost?",
      next = na_dossier,
      score = { verbinding = 1, systemisch = 1 },
      effects = { openheid = 1 },
      lessons = { 5, 7 },
      feedback = "Een goede vraag: achter Joosts vasthouden aan het dossier zit angst om iets te missen. Maar Mirjams correctie blijft nu liggen, en er ligt nog niets naast dat oude verslag (les 5, les 7).",
      inner = "Joost: Spannend? Als het misgaat, sta ik in de krant. Maar dat zeg ik hier niet hardop.",
    },
    choice {
      text = "Mirjam, jouw kant kun je in een reactie op het verslag zetten, daar heb je recht op. Zullen we nu naar het beeldbellen kijken?",
      next = na_dossier,
      procedure = true,
      score = { erkenning = -2, systemisch = -1 },
      effects = { spanning = 2, vertrouwen = -2, regie = -1 },
      lessons = { 7 },
      feedback = "Het klinkt correct en constructief: ze heeft dat recht echt, en je houdt de tijd in de gaten. Maar zo wordt haar kant een bijlage bij een dossier dat de enige waarheid blijft, en Joosts zorg wordt niet besproken. Ouders verliezen zo de controle over hun eigen verhaal (les 7).",
      inner = "Mirjam: Een reactie op het verslag. Een briefje achterin dat niemand leest.",
    },
  },
}

node "voorstel" {
  speaker = "joost",
  lines = {
    "Oké. Eerlijk is eerlijk: de bezoeken lopen al een jaar goed, dat zie ik ook. Mirjam, wat had u precies in gedachten met dat beeldbellen?",
    { "mirjam", "Elke woensdag. Tien minuten. Gewoon even horen hoe zijn week was." },
    "Elke week is veel, met het gezinshuis erbij. En ik wil eigenlijk eerst van Daan zelf horen wat hij wil.",
  },
  choices = {
    choice {
      text = "Zal ik het beeldbellen met het gezinshuis regelen, Joost? Dan heb jij er geen werk aan.",
      next = "afronding",
      score = { regie = -2, verbinding = 1, transparantie = -1 },
      effects = { spanning = -1, regie = -2, openheid = 1 },
      lessons = { 2, 8 },
      feedback = "Je wilt Joosts werkdruk verlichten, en dat is aardig. Maar je neemt een taak over die niet bij jouw rol hoort, en Mirjam kijkt weer toe (les 2, les 8).",
      inner = "Mirjam: Zij regelt het met het gezinshuis. En ik? Ik mag bellen als het zover is.",
    },
    choice {
      text = "Wat als Daans mentor het hem deze week vraagt, en we daarna zes weken proberen, om de week een kwartier? Ik zet het vanmiddag voor jullie op papier.",
      next = "afronding",
      score = { systemisch = 1, verbinding = 1, regie = -2 },
      effects = { regie = -1, openheid = 1 }, content = true,
      lessons = { 2, 4 },
      feedback = "Dit verleidt: het plan is redelijk, Daan krijgt een stem en Joost krijgt houvast. Maar het is jouw plan, met “samen” eromheen. Mirjam mag knikken bij een afspraak over haar eigen zoon, en leert dat anderen haar stappen bedenken (les 2, les 4).",
      inner = "Mirjam: Om de week, een kwartier. Prima, denk ik. Niemand vroeg wat ik zelf had bedacht.",
    },
    choice {
      text = "Misschien is het goed om het beeldbellen mee te nemen naar de evaluatie in het voorjaar. Dan kan het gezinshuis ook meedenken.",
      next = "afronding",
      procedure = true,
      score = { regie = -1, systemisch = -1 },
      effects = { spanning = 1, vertrouwen = -1, regie = -1 },
      lessons = { 4 },
      feedback = "Zorgvuldig en redelijk: het gezinshuis hoort erbij. Maar “in het voorjaar” schuift een kleine, haalbare stap maanden vooruit. De finishlijn schuift weer op (les 4).",
      inner = "Mirjam: Het voorjaar. Dan is hij weer een halfjaar ouder, en appt hij me nog steeds om elf uur 's avonds.",
    },
    choice {
      text = "Mirjam, wat zou een haalbare eerste stap zijn? En Joost, wie kan het Daan vragen?",
      next = "afronding",
      score = { regie = 3, systemisch = 2, verbinding = 1 },
      effects = { vertrouwen = 1, regie = 2, openheid = 1 }, content = true,
      lessons = { 2, 4, 6 },
      feedback = "Twee korte vragen: Mirjam bedenkt zelf een haalbare stap, en Daan krijgt een stem via iemand die hij vertrouwt. Het plan wordt van hen, niet van jou (les 2, les 4, les 6).",
      inner = "Mirjam: Om de week dan. Liever elke week, maar om de week is meer dan nu. En als Daan het zelf wil, dan kan niemand zeggen dat het mijn idee was.",
    },
  },
}

node "dichte-deur" {
  speaker = "joost",
  lines = {
    "Kijk, ik heb nog tien minuten. Ik kan nu echt niet meer toezeggen dan de bestaande regeling: eens in de drie weken, begeleid. Ik zal het verzoek noteren.",
    { "mirjam", "Noteren. Dat heb ik vaker gehoord." },
  },
  choices = {
    choice {
      text = "Oké, dan staat het verzoek in elk geval genoteerd. Mirjam, dan nemen we het mee naar de evaluatie.",
      next = "afronding",
      procedure = true,
      score = { regie = -1, transparantie = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 4, 8 },
      feedback = "Je accepteert de grens, maar zonder te vragen wat er nodig is of wanneer het terugkomt. Voor Mirjam is dit weer een verzoek dat ergens in een la verdwijnt (les 4, les 8).",
      inner = "Mirjam: Weer een notitie. Weer een volgende keer. Waarom zit zij hier eigenlijk?",
    },
    choice {
      text = "Noteren is een begin. Joost, dan wil ik wel weten wat er nodig is om het te overwegen, en wanneer het terugkomt. Mirjam, zeg het als je dat anders wilt.",
      next = "afronding",
      score = { regie = 2, transparantie = 2, verbinding = 1 },
      effects = { vertrouwen = 1, regie = 2, openheid = 1 }, content = true,
      lessons = { 8, 2, 4 },
      feedback = "Je accepteert Joosts grens en maakt hem concreet: wat is er nodig, en wanneer komen we erop terug? Je laat Mirjam ruimte om het anders te willen. Zo wordt “ik noteer het” een afspraak waar zij iets mee kan (les 8, les 2).",
      inner = "Mirjam: Ze laat het niet bij noteren. Ze vraagt naar een datum. Iets om op te wachten dat ook echt komt.",
    },
    choice {
      text = "Mirjam, het is niet wat je hoopte, maar het ligt er nu wel. Dat is meer dan vorige keer.",
      next = "afronding",
      score = { verbinding = 1, transparantie = -1, regie = -1 },
      effects = { spanning = -1 },
      lessons = { 4, 3 },
      feedback = "Dit verleidt: je wilt haar de teleurstelling besparen en iets positiefs meegeven. Maar de geruststelling sluit het gesprek, en niemand vraagt Joost wat er nodig is of wanneer het terugkomt. Zo wordt “ik noteer het” het eindpunt in plaats van een stap (les 4, les 3).",
      inner = "Mirjam: Meer dan vorige keer. Dat zeggen ze elke keer. Het ligt er, en daar blijft het liggen.",
    },
    choice {
      text = "Mirjam, Joost heeft achttien kinderen op zijn lijst en hij moet zich ook aan de regels houden. Als hij het noteert, komt het echt terug in de evaluatie. Ik houd het voor je in de gaten en laat je weten wanneer het besproken wordt.",
      next = "afronding",
      score = { verbinding = 1, transparantie = -1, regie = -1 },
      effects = { vertrouwen = -1, regie = -1, openheid = 1 },
      lessons = { 8, 2 },
      feedback = "Het verleidt: je wilt begrip voor Joost en Mirjam geruststellen. Maar je legt het systeem aan haar uit in plaats van het aan Joost te vragen, je belooft iets wat niet aan jou is, en je neemt het opvolgen van haar verzoek over (les 8, les 2).",
      inner = "Mirjam: Nu legt zij ook al uit waarom het niet kan. En zij houdt het in de gaten. Dus ik wacht weer.",
    },
  },
}

node "afronding" {
  speaker = "joost",
  lines = {
    { "verteller", "Joost kijkt op zijn horloge en klapt zijn laptop half dicht." },
    "Ik moet zo echt weg. Ik zet de afspraken in het verslag.",
  },
  choices = {
    choice {
      text = "Dank je, Joost, fijn dat je tijd maakte. Mirjam, wat heb je je goed gehouden vandaag. Ik bel je binnenkort om na te praten.",
      next = "buiten",
      score = { veiligheid = -1, transparantie = -1 },
      effects = { vertrouwen = 1 },
      lessons = { 8, 3 },
      feedback = "Een warme afsluiting, en dat verleidt na zo'n gesprek. Maar “binnenkort” is een vage belofte, niemand zegt wat er is afgesproken, en Mirjam leest het verslag pas als het al vastligt. Het compliment over “goed gehouden” gaat bovendien weer over haar gedrag (les 8, les 3).",
      inner = "Mirjam: Goed gehouden. Alsof ik een examen had. En wat is er nou eigenlijk afgesproken?",
    },
    choice {
      text = "Zullen we hardop zeggen wat we hebben afgesproken? Joost, kan Mirjam het verslag lezen voordat het definitief is? Mirjam, ik bel je morgen om vier uur.",
      next = "buiten",
      score = { transparantie = 3, veiligheid = 2, regie = 1 },
      effects = { spanning = -1, vertrouwen = 1, regie = 1, openheid = 1 },
      set = { belofte = 1 },
      lessons = { 8, 7 },
      feedback = "Hier is een samenvatting het punt: samen hardop samenvatten voorkomt drie verschillende verhalen. Mirjam leest het verslag mee voordat het vastligt, en jij doet één concrete belofte die je kunt nakomen (les 8, les 7).",
      inner = "Mirjam: Ik mag het verslag lezen voordat het in het dossier komt. Dat is nog nooit gebeurd.",
    },
    choice {
      text = "Prima, Joost, stuur het verslag maar naar Mirjam als het klaar is.",
      next = "buiten",
      procedure = true,
      score = { transparantie = -1, veiligheid = -1 },
      effects = { spanning = 1 },
      lessons = { 8, 7 },
      feedback = "Praktisch, maar het verslag leest ze pas als het al in het dossier staat. Zo blijft haar verhaal in handen van anderen (les 8, les 7).",
      inner = "Mirjam: Dat verslag lees ik pas als het al vastligt. Zoals altijd.",
    },
    choice {
      text = "Dank je, Joost. Ik mail je vanmiddag wat ik heb opgeschreven, dan kun je dat in het verslag meenemen.",
      next = "buiten",
      score = { regie = -1, transparantie = -1 },
      effects = { spanning = 1, regie = -1, openheid = 1 },
      lessons = { 2, 7 },
      feedback = "Dit verleidt: het is behulpzaam, Joost loopt achter met zijn verslagen, en zo komt er tenminste iets van jullie kant in. Maar dan schrijven twee professionals het verhaal, en Mirjam leest het pas als het vastligt. Haar eigen woorden gaan via jou (les 2, les 7).",
      inner = "Mirjam: Zij mailt hem. Over mij. En ik krijg straks te lezen wat ze van mij gemaakt hebben.",
    },
  },
}

node "buiten" {
  speaker = "mirjam",
  key = true,
  lines = {
    { "verteller", "Buiten, op de stoep voor het kantoor. Mirjam steekt met trillende handen een sigaret op." },
    "Ik heb het weer verpest, hè. Ik schreeuwde. Nu denkt hij natuurlijk dat ik een slechte moeder ben. Misschien hebben ze ook gelijk.",
    { "mirjam", "En je belt me morgen toch, hè? Om vier uur?", when = { belofte = 1 } },
  },
  prompt = "Mirjam trekt zelf de conclusie dat ze een slechte moeder is. Hoe houd je haar gedrag tegen een professional los van haar ouderschap, zonder het gebeurde weg te wuiven?",
  choices = {
    choice {
      text = "Wat denk je zelf dat er gebeurde, toen je boos werd?",
      next = uitkomst,
      score = { regulatie = 1, erkenning = 1 },
      effects = { spanning = -1 },
      lessons = { 5, 3 },
      feedback = "Een open vraag nodigt uit tot nadenken over wat er gebeurde. Maar nu ze zichzelf een slechte moeder noemt, heeft ze eerst iemand nodig die dat oordeel niet bevestigt (les 5).",
      inner = "Mirjam: Wat er gebeurde? Hij begon over 2019 en ik ontplofte. Dat weet ik heus wel. Maar ben ik nou een slechte moeder of niet?",
    },
    choice {
      text = "Joh, je bent echt geen slechte moeder. Iedereen die je vandaag aan tafel zag, zag hoe graag je Daan wilt zien. Joost ook, heus.",
      next = uitkomst,
      score = { veiligheid = 1, erkenning = -1 },
      effects = { spanning = -1 },
      lessons = { 3, 5 },
      feedback = "Dit verleidt: ze zit er doorheen en je wilt haar meteen optillen. Maar je spreekt haar tegen zonder te horen waar haar angst vandaan komt, en je belooft namens Joost iets wat niet aan jou is. Haar boosheid blijft een vlek die je wegpoetst, in plaats van iets wat betekenis krijgt (les 3, les 5).",
      inner = "Mirjam: Heus wel gezien. Dat weet ze helemaal niet. Ze zegt het om mij te troosten.",
    },
    choice {
      text = "Je werd boos omdat je voor Daan opkwam. Dat maakt je geen slechte moeder. En je bent blijven zitten en hebt je vraag gesteld.",
      when = { belofte = 0 },
      next = uitkomst,
      score = { veiligheid = 3, erkenning = 2, regulatie = 1 },
      effects = { spanning = -1, vertrouwen = 2, regie = 1 },
      lessons = { 5, 4 },
      feedback = "Je maakt het onderscheid dat niemand voor haar maakte: boosheid tegen een professional is geen oordeel over haar als moeder. En je benoemt wat ze wél deed (les 5, les 4).",
      inner = "Mirjam: Voor Daan opkomen. Zo had ik het nog nooit bekeken.",
    },
    choice {
      text = "Morgen om vier uur, ik bel. Je werd boos omdat je voor Daan opkwam; dat maakt je geen slechte moeder. En je bent gebleven.",
      when = { belofte = 1 },
      next = uitkomst,
      score = { veiligheid = 3, erkenning = 2, regulatie = 1 },
      effects = { spanning = -1, vertrouwen = 2, regie = 1 },
      lessons = { 5, 4 },
      feedback = "Eerst bevestig je de afspraak die ze nodig heeft om zich aan vast te houden. Dan maak je het onderscheid dat niemand voor haar maakte: boosheid tegen een professional is geen oordeel over haar als moeder. En je benoemt wat ze wél deed: ze bleef (les 5, les 4).",
      inner = "Mirjam: Morgen om vier uur. Voor Daan opkomen. Zo had ik het nog nooit bekeken.",
    },
    choice {
      text = "Zal ik uitzoeken hoe je een reactie op het verslag kunt indienen? Dan staat jouw kant van vandaag ook zwart op wit.",
      next = uitkomst,
      procedure = true,
      score = { veiligheid = -2, regie = -1 },
      effects = { spanning = 2, vertrouwen = -2, regie = -1 },
      lessons = { 5, 8 },
      feedback = "Praktisch en goed bedoeld, en zo'n reactie kan later echt helpen. Maar ze noemt zichzelf net een slechte moeder, en jij gaat meteen over op een formulier. Het verslag wordt weer het belangrijkste, en haar twijfel blijft staan (les 5, les 8).",
      inner = "Mirjam: Een reactie op het verslag. Dus het staat er. Dus hij vindt het echt.",
    },
  },
}

ending "extra-beeldbellen" {
  title = "Een extra beeldbelmoment voor Daan",
  kind = "herstel",
  text = [[
Joost vraagt de mentor van Daan in het gezinshuis om Daan zelf te vragen wat hij wil. Daan wil het: **om de week op woensdagavond een kwartier beeldbellen** met zijn moeder. Het begint als proef; over zes weken zitten Mirjam, Joost en jij weer aan tafel om te kijken hoe het gaat.

Mirjam leest het verslag voordat het definitief is. Naast het incident uit 2019 staat nu ook haar kant van die dag, en wat er sindsdien is veranderd. Joost zegt dat hij openstaat voor een verklarende analyse door een neutrale partij.

Het eerste gesprek duurt twaalf minuten. Daan laat zijn nieuwe voetbalschoenen zien. 's Avonds appt hij zijn moeder niet meer om elf uur.

*Kettingeffect:* in de volgende evaluatie staat de omgang niet meer alleen in het teken van 2019, maar van wat er nu goed gaat.
]],
}

ending "later-verder" {
  title = "Pauze, en over een paar weken verder",
  kind = "neutraal",
  text = [[
Het gesprek eindigt zonder nieuwe afspraak over het beeldbellen. Joost noteert het verzoek en zegt dat hij erop terugkomt. Er staat geen datum bij.

Mirjam weet niet goed wat ze aan dit gesprek heeft gehad. Ze is niet weggelopen, en dat is iets. Maar het incident uit 2019 staat nog steeds alleen in het dossier, zonder haar kant en zonder wat er sindsdien veranderd is.

Jij spreekt met Mirjam af dat jullie het volgende gesprek samen voorbereiden. Daan appt intussen nog steeds laat op de avond, en Mirjam weet nog steeds niet of ze iets terug mag sturen.

*In de nabespreking:* op welk moment had ondertiteling of een gedeeld belang het gesprek een andere kant op kunnen sturen?
]],
}

ending "afgehaakt" {
  title = "Mirjam haakt af",
  kind = "breuk",
  text = [[
Op de stoep zegt Mirjam dat ze het voortaan wel alleen doet. "Jullie zijn uiteindelijk allemaal hetzelfde." Ze zegt de volgende afspraak met jou af.

Het verslag van Joost komt zonder haar reactie in het dossier: *"Moeder reageerde verbaal agressief toen het incident uit 2019 werd besproken. Verzoek om beeldbellen wordt meegenomen in de evaluatie."*

*Kettingeffect:* bij het volgende bezoek zit er een tweede begeleider in de kamer. Daan vraagt waarom.

De deur blijft open: je stuurt Mirjam een kort bericht dat ze altijd mag bellen, en dat je haar boosheid niet tegen haar gebruikt.
]],
}

ending "weggelopen" {
  title = "Mirjam loopt weg",
  kind = "breuk",
  text = [[
Mirjam pakt haar map, zegt "Ik ben hier klaar mee" en loopt de kamer uit. De deur valt hard achter haar dicht.

Joost schrijft in zijn verslag: *"Gesprek voortijdig beëindigd door moeder. Moeder werd opnieuw verbaal agressief, vergelijkbaar met het incident in 2019."* Het verzoek om beeldbellen wordt niet besproken.

*Kettingeffect:* het volgende bezoek wordt ingekort tot een uur, met een tweede begeleider erbij. Mirjam hoort het via een brief. Daan hoort het van zijn mentor.

In de nabespreking: waar liep de spanning op, en wie had het verhaal onder Mirjams boosheid hoorbaar kunnen maken? Achter boosheid schuilt vaak verdriet.
]],
}

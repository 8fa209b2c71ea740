-- Naast: scenario S12 "Aan de keukentafel bij de pleegouders"
-- Les 6 (hoofdfocus), les 3, les 8.
--
-- Twee sprekers: pleegouders Peter en Ans. De meters beschrijven hen:
-- spanning, vertrouwen in jou, en regie als hun gevoel dat hun rol als
-- pleegouders serieus wordt genomen.

local function slot(s)
  if s.vertrouwen >= 7 and s.regie >= 7 then return "verjaardag"
  elseif s.vertrouwen <= 2 then return "deur-dicht"
  else return "via-de-voogd" end
end

scenario {
  id = "aan-de-keukentafel-bij-pleegouders",
  title = "Aan de keukentafel bij de pleegouders",
  language = "nl",
  version = "1",
  minutes = 20,
  lessons = { 6, 3, 8 },
  content_notes = { "uithuisplaatsing", "pleegzorg", "voogdij", "loyaliteit van een kind",
                    "slaapproblemen en bedplassen na bezoek", "lange reistijd voor bezoek" },
  intro = [[
**Peter en Ans** zijn pleegouders van **Lisa (9)**. Lisa woont al vijf jaar bij hen; ze kwam toen ze vier was. Haar moeder, **Sandra**, is erkend gedupeerde van de toeslagenaffaire. Sandra woont twee uur met de trein verderop. Eens in de vier weken komt ze twee uur op bezoek, bij Peter en Ans thuis. Voor elk bezoek neemt ze een vakantiedag op. Ze wil graag meer contact met Lisa. **Fleur**, de voogd van de GI, gaat over de bezoekregeling.

**De situatie:** je bent Sandra's procesbegeleider bij het Ondersteuningsteam. Sandra en Fleur vinden het allebei goed dat je bij Peter en Ans langsgaat. Het is dinsdagochtend; Lisa is op school. Peter en Ans hebben ja gezegd op dit gesprek, maar ze weten niet goed wat ze ervan moeten verwachten.

**Jouw rol:** kennismaken, luisteren naar hoe zij Lisa zien, en samen zoeken naar wat voor Lisa werkt. Je bent er voor Sandra, en dat zeg je ook.
**Niet jouw rol:** beslissen over de bezoekregeling (dat doet de voogd), de pleegouders beoordelen, of Sandra's wensen erdoor drukken.

De meters gaan hier over Peter en Ans. **Regie** betekent: hun gevoel dat hun rol als pleegouders serieus wordt genomen.

> "De belangen van kinderen en ouders zijn met elkaar verweven. Altijd."
> *De 8 lessen die het Ondersteuningsteam leerde en wil delen (2023), les 6*

SIGNA-LEREN (2022) noemt onder de praktische obstakels voor ouders: "veel reistijd waardoor vakantiedagen moeten worden opgenomen voor bezoek".
]],
  start = "koffie",
  cast = {
    peter = { name = "Peter", role = "pleegouder" },
    ans   = { name = "Ans",   role = "pleegouder" },
  },
  state = {
    spanning   = { init = 4, min = 0, max = 10 },
    vertrouwen = { init = 3, min = 0, max = 10 },
    regie      = { init = 4, min = 0, max = 10, label = "Regie (rol gerespecteerd)" },
    vaag       = { init = 0, min = 0, max = 1, hidden = true },   -- doel van het bezoek verzwegen
    belofte    = { init = 0, min = 0, max = 1, hidden = true },   -- concrete terugbelafspraak gemaakt
  },
  -- Inhoudelijke stappen bouwen pas vertrouwen op (en laten de spanning pas
  -- zakken) als de spanning onder de 7 is. Daarboven werkt alleen reguleren.
  -- regulatie vóór inhoud: een antwoord met content = true brengt, zolang dit
  -- geldt, niet meer vertrouwen dan max en niet minder spanning dan min.
  regulation = { when = { spanning = ">=7" }, max = { vertrouwen = 0 }, min = { spanning = 0 } },
  triggers = {
    { when = { spanning = ">=10" }, next = "gesprek-gestopt" },
  },
  tests = {
    -- steeds het sterkste antwoord: herstel
    { choices = { 3, 2, 1, 3, 2, 2, 3, 2 }, ending = "verjaardag",
      min = { systemisch = 0.9, transparantie = 0.9, verbinding = 0.9, regie = 0.9 } },
    -- steeds het procedure-antwoord: Peter beëindigt het gesprek
    { choices = { 1, 3, 2, 2 }, ending = "gesprek-gestopt",
      max = { systemisch = 0.1, verbinding = 0.1, regie = 0.1 } },
    -- vaag beginnen en Lisa's onrust normaliseren, daarna herstellen
    { choices = { 2, 2, 3, 3, 1, 2, 1, 2 }, ending = "via-de-voogd" },
  },
}

node "koffie" {
  speaker = "ans",
  key = true,
  lines = {
    { "verteller", "Een woonkamer met een grote eettafel. Op de koelkast hangen tekeningen van Lisa en een zwemrooster. Ans zet koffie en een schaaltje koekjes neer. Peter blijft staan, leunend tegen het aanrecht." },
    "Ga zitten, hoor. We weten eerlijk gezegd niet goed wat we van dit gesprek moeten verwachten. Fleur zei dat het goed was, maar...",
    { "peter", "We krijgen hier zoveel mensen over de vloer. Jij bent de zoveelste." },
  },
  prompt = "Je komt namens de moeder bij de pleegouders aan tafel. Hoe open ben je over je rol en je bedoeling, en wat doet dat met het gesprek?",
  choices = {
    choice {
      text = "Ik kom namens Sandra bespreken hoe de omgang met Lisa kan worden uitgebreid. Fleur is op de hoogte.",
      next = "lisa",
      procedure = true,
      score = { transparantie = 1, regie = -2, verbinding = -1 },
      effects = { spanning = 2, vertrouwen = -1, regie = -2 },
      lessons = { 8, 6 },
      feedback = "Je bent duidelijk over je doel, maar je komt binnen met een agenda en de voogd als dekking. Peter en Ans horen: het is al besloten, wij mogen ja zeggen (les 8, les 6).",
      inner = "Peter: Daar hebben we het al. Meer bezoek. En wij? Wij zorgen alleen maar voor haar.",
    },
    choice {
      text = "Ach, gewoon even kennismaken. Niks officieels, hoor. Ik ben vooral benieuwd naar Lisa.",
      next = "lisa",
      score = { transparantie = -1, verbinding = 1 },
      effects = { spanning = 1 },
      set = { vaag = 1 },
      lessons = { 8 },
      feedback = "Luchtig en vriendelijk, maar je verzwijgt waarom je er bent. Pleegouders die al veel professionals over de vloer kregen, voelen dat feilloos aan. Dan wordt later alles wat je zegt verdacht (les 8).",
      inner = "Peter: Niks officieels. Ze komt van een team, met toestemming van de voogd. Wie houdt ze nou voor de gek?",
    },
    choice {
      text = "Dank jullie dat ik mag komen. Ik zeg eerst even wie ik ben. Ik ben procesbegeleider bij het Ondersteuningsteam en ik ondersteun Sandra. Ik ben hier met haar toestemming en die van Fleur. Ik beslis niets over Lisa en ik kom niet controleren. Ik wil vooral horen hoe jullie het zien.",
      next = "lisa",
      score = { transparantie = 3, verbinding = 2 },
      effects = { spanning = -1, vertrouwen = 1, regie = 1 },
      lessons = { 8, 3 },
      feedback = "Je zegt voor wie je er bent, wat je niet doet, en dat je komt om te luisteren. Open zijn over je partijdige rol maakt je betrouwbaarder, ook voor de pleegouders (les 8).",
      inner = "Ans: Ze zegt gewoon voor wie ze er is. Dat is tenminste duidelijk. En ze wil horen hoe wij het zien. Wij!",
    },
  },
}

node "lisa" {
  speaker = "ans",
  lines = {
    "Lisa zit in groep zes. Vorige maand heeft ze haar B-diploma gehaald. Ze heeft die nacht met het diploma op haar kussen geslapen.",
    { "peter", "En ze heeft een konijn, Snuf. Dat beest is haar alles." },
    { "verteller", "Voor het eerst glimlacht Peter even." },
  },
  choices = {
    choice {
      text = "Wat leuk. Sandra zal trots zijn als ze dat van dat diploma hoort.",
      next = "slaapt-slecht",
      score = { verbinding = 1, regie = -1 },
      effects = { spanning = 1 },
      lessons = { 3, 6 },
      feedback = "Je brengt Sandra in beeld, en dat is op zich niet verkeerd. Maar het komt te vroeg: Peter en Ans horen dat hun verhaal over Lisa vooral interessant is voor de moeder (les 3, les 6).",
      inner = "Ans: Sandra. Natuurlijk. Daar gaat het hier dus om.",
    },
    choice {
      text = "Wat mooi. Met haar diploma op haar kussen, dat zie ik zo voor me. Vijf jaar is lang; jullie kennen haar door en door. Hoe zijn die jaren met Lisa voor jullie geweest?",
      next = "slaapt-slecht",
      score = { verbinding = 3, erkenning = 2 },
      effects = { spanning = -1, vertrouwen = 1, regie = 1 },
      lessons = { 3 },
      feedback = "Je hebt oprechte aandacht voor Lisa en voor wat Peter en Ans in haar hebben geïnvesteerd. Mensgericht werken geldt ook voor pleegouders (les 3).",
      inner = "Ans: Hoe het voor ons is geweest. Dat vraagt bijna nooit iemand.",
    },
    choice {
      text = "Fijn dat het goed gaat. Zullen we dan naar de bezoekregeling kijken? Ik heb Sandra's wensen op papier gezet.",
      next = "slaapt-slecht",
      procedure = true,
      score = { regie = -1, verbinding = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 3 },
      feedback = "Je hebt een doel, maar je slaat over wat voor hen het meest telt: Lisa zelf. Ze merken dat je vooral met een agenda komt (les 3).",
      inner = "Peter: Op papier. Ze heeft het dus al uitgewerkt, voordat ze ons ook maar iets gevraagd heeft.",
    },
  },
}

node "slaapt-slecht" {
  speaker = "ans",
  key = true,
  lines = {
    { "verteller", "Ans draait haar kopje rond op het schoteltje." },
    "Maar ik ga eerlijk zijn. Na elk bezoek slaapt ze slecht. Ze plast weer in bed, ze wil niet naar school, ze is boos op alles. Het duurt een week voor ze weer de oude is.",
    "Is dat nou in haar belang?",
    { "peter", "En dan is het alweer bijna tijd voor het volgende bezoek." },
  },
  prompt = "Lisa slaapt slecht na elk bezoek. Is dat een reden voor minder contact, of een signaal dat er iets anders nodig is? Hoe onderzoek je dat samen met de pleegouders, zonder voor Sandra in de verdediging te gaan?",
  choices = {
    choice {
      text = "Ik hoor hoeveel zorg jullie om haar hebben, en hoe zwaar die week na een bezoek ook voor jullie is. Wat zien jullie dan bij haar? Waar denk je dat het over gaat: het afscheid, haar moeder missen, of misschien niet weten bij wie ze mag horen?",
      next = "kant",
      score = { systemisch = 3, verbinding = 2 },
      effects = { spanning = -1, vertrouwen = 1, regie = 1 }, content = true,
      lessons = { 6, 3 },
      feedback = "Je neemt hun zorg serieus en onderzoekt samen wat Lisa laat zien: afscheid, gemis, loyaliteit. Zo wordt haar onrust een signaal om te begrijpen, en geen bewijs tegen haar moeder (les 6).",
      inner = "Ans: Bij wie ze mag horen... Laatst vroeg ze of ze mama tegen mij mocht zeggen. Misschien is het dat wel.",
    },
    choice {
      text = "Dat moeten jullie eigenlijk bij Fleur melden. Zij gaat over de bezoekregeling, daar ga ik niet over.",
      next = "kant",
      procedure = true,
      score = { verbinding = -1, systemisch = -1 },
      effects = { spanning = 1, vertrouwen = -1, regie = -1 },
      lessons = { 6, 8 },
      feedback = "Het klopt dat de voogd over de regeling gaat. Maar Ans deelt een zorg om Lisa, en jij verwijst haar door zonder te luisteren. Zo blijven de zorg van de pleegouders en de wens van de moeder twee losse dossiers (les 6).",
      inner = "Ans: Melden. Alsof ik een klacht indien. Ik wil gewoon dat iemand meedenkt over mijn meisje.",
    },
    choice {
      text = "Dat is normaal na een bezoek. Dat zie je bij veel pleegkinderen. Daar moet ze doorheen.",
      next = "kant",
      score = { systemisch = -1, erkenning = -1 },
      effects = { spanning = 2, vertrouwen = -1 },
      lessons = { 6, 3 },
      feedback = "Je normaliseert, misschien om Sandra te beschermen. Maar Peter en Ans horen dat hun zorg overdreven is, en Lisa's onrust wordt weggepraat (les 6, les 3).",
      inner = "Peter: Normaal. Zij hoeft om drie uur 's nachts geen bed te verschonen.",
    },
    choice {
      text = "Sandra doet echt haar best bij de bezoeken, hoor. Het ligt niet aan haar.",
      next = "kant",
      score = { verbinding = -2, systemisch = -1 },
      effects = { spanning = 2, vertrouwen = -2 },
      lessons = { 6, 8 },
      feedback = "Je gaat voor Sandra in de verdediging terwijl niemand haar aanviel. Daarmee zet je moeder en pleegouders tegenover elkaar, met Lisa ertussen (les 6).",
      inner = "Peter: Zie je wel. Ze is hier om Sandra te verdedigen.",
    },
  },
}

node "kant" {
  speaker = "peter",
  key = true,
  lines = {
    { "verteller", "Peter slaat zijn armen over elkaar." },
    "Mag ik ook eens eerlijk zijn? Jullie staan toch aan de kant van de moeder. Jij komt hier om meer bezoek te regelen, en straks gaat Lisa terug naar Sandra en hebben wij niks meer te zeggen.",
    { "peter", "En je zei nog wel dat het niks officieels was.", when = { vaag = 1 } },
    { "ans", "Peter..." },
  },
  prompt = "“Jullie staan toch aan de kant van de moeder.” Hoe ben je open over je partijdige rol zonder het gesprek te verliezen?",
  choices = {
    choice {
      text = "Nee hoor, ik ben helemaal neutraal. Ik ben er voor iedereen.",
      next = function(s) if s.vertrouwen >= 5 then return "ans-bang" else return "wat-vertel-je" end end,
      score = { transparantie = -2 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 8 },
      feedback = "Neutraal klinkt geruststellend, maar het klopt niet: je bent er voor Sandra. Pleegouders prikken daar doorheen, en dan wordt alles wat je zegt verdacht (les 8).",
      inner = "Peter: Neutraal. Ze zit hier namens de moeder. Dat zegt ze zelf niet eens.",
    },
    choice {
      text = "Ik ben hier met toestemming van de voogd, dus dit gesprek hoort gewoon bij het traject.",
      next = function(s) if s.vertrouwen >= 5 then return "ans-bang" else return "wat-vertel-je" end end,
      procedure = true,
      score = { transparantie = -1, veiligheid = -1 },
      effects = { spanning = 2, vertrouwen = -2, regie = -1 },
      lessons = { 8 },
      feedback = "Je verschuilt je achter de toestemming van de voogd in plaats van Peters vraag te beantwoorden. Hij hoort: het is al besloten, en jullie mening doet er niet toe (les 8).",
      inner = "Peter: Het traject. Wij zijn dus een onderdeel van haar traject.",
    },
    choice {
      text = "Dat is een eerlijke vraag. Ja, ik ondersteun Sandra; dat is mijn rol, en dat ga ik niet verbloemen. Over waar Lisa woont, beslis ik niets. Dat doet Fleur. En ik denk dat Lisa er het meest aan heeft als jullie en Sandra elkaar een beetje vinden. Ik ga niets achter jullie rug om regelen.",
      next = function(s) if s.vertrouwen >= 5 then return "ans-bang" else return "wat-vertel-je" end end,
      score = { transparantie = 3, veiligheid = 2, systemisch = 1 },
      effects = { spanning = -1, vertrouwen = 2, regie = 1 }, content = true,
      lessons = { 8, 6 },
      feedback = "Je bent open over je rol en je grenzen, en je noemt het gedeelde belang: Lisa heeft er het meest aan als de volwassenen om haar heen elkaar vinden (les 8, les 6).",
      inner = "Peter: Ze draait er niet omheen. Dat had ik niet verwacht. Oké, dan weet ik waar ik sta.",
    },
    choice {
      text = "Dat vind ik niet eerlijk. Ik ben twee uur onderweg geweest om naar jullie te luisteren.",
      next = function(s) if s.vertrouwen >= 5 then return "ans-bang" else return "wat-vertel-je" end end,
      score = { verbinding = -2 },
      effects = { spanning = 2, vertrouwen = -1 },
      lessons = { 3 },
      feedback = "Zijn wantrouwen raakt je, en dat is menselijk. Maar door je te verdedigen, maak je het gesprek over jou in plaats van over Lisa (les 3).",
      inner = "Peter: Nu moeten wij ons schuldig voelen omdat zij moest reizen. Mooi is dat.",
    },
  },
}

node "ans-bang" {
  speaker = "ans",
  lines = {
    { "verteller", "Ans zet haar kopje neer. Haar stem breekt een beetje." },
    "Weet je wat het is? Ik ben gewoon bang. Vijf jaar. Ze is ons meisje geworden. Als ik eraan denk dat ze ooit teruggaat...",
    { "peter", "Ans." },
    { "verteller", "Peter legt zijn hand op haar arm." },
  },
  choices = {
    choice {
      text = "Over terugplaatsing gaat de voogd. Daar kan ik helaas niets over zeggen.",
      next = "te-laat",
      procedure = true,
      score = { transparantie = 1, erkenning = -1, verbinding = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 8 },
      feedback = "Het klopt dat jij daar niet over gaat. Maar Ans deelt haar angst, geen vraag om uitleg. Een regel als antwoord laat haar er alleen mee (les 8, les 3).",
      inner = "Ans: Ik vroeg toch niet wie erover gaat. Ik zei dat ik bang ben.",
    },
    choice {
      text = "Dat is een heel begrijpelijke angst. Jullie zijn aan Lisa gehecht, en zij aan jullie. Sandra weet dat ook. Ze vroeg me jullie te zeggen dat ze blij is dat Lisa het hier zo goed heeft. Ze vraagt om meer contact, niet om Lisa hier weg te halen.",
      next = "te-laat",
      score = { systemisch = 3, erkenning = 2, transparantie = 1 },
      effects = { spanning = -2, vertrouwen = 1, regie = 1 },
      lessons = { 6, 8 },
      feedback = "Je erkent de gehechtheid aan beide kanten en deelt, met Sandra's toestemming, wat zij werkelijk vraagt. Ouders weten vaak heel goed dat hun kind elders een plek heeft gevonden (les 6).",
      inner = "Ans: Ze is blij dat Lisa het hier goed heeft? Dat heeft Sandra nooit tegen ons gezegd. Wij ook niet tegen haar, eigenlijk.",
    },
    choice {
      text = "Maak je geen zorgen. Lisa gaat echt niet terug, hoor.",
      next = "te-laat",
      score = { transparantie = -2, systemisch = -1 },
      effects = { spanning = -1, vertrouwen = 1 }, content = true,
      lessons = { 8, 6 },
      feedback = "Je stelt haar gerust met een belofte die niet van jou is om te doen, en die geen recht doet aan wat je cliënt Sandra vraagt. Als het ooit anders loopt, ben jij je geloofwaardigheid kwijt (les 8).",
      inner = "Ans: Echt niet? Hoe weet zij dat nou? Maar het is wel fijn om te horen.",
    },
  },
}

node "wat-vertel-je" {
  speaker = "peter",
  lines = {
    "Wat ga je straks eigenlijk aan Sandra vertellen over dit gesprek? Dat wij moeilijk doen?",
    { "verteller", "Ans kijkt van Peter naar jou." },
  },
  choices = {
    choice {
      text = "Niets zonder dat jullie weten wat. Zullen we aan het eind samen bepalen wat ik aan Sandra doorgeef? Ik schrijf geen verslag voor de GI. En als ik iets met Fleur wil delen, zeg ik dat eerst tegen jullie.",
      next = "te-laat",
      score = { transparantie = 3, regie = 2, veiligheid = 1 },
      effects = { spanning = -1, vertrouwen = 2, regie = 2 }, content = true,
      lessons = { 8 },
      feedback = "Je maakt voorspelbaar wat er met hun woorden gebeurt, en zij bepalen mee. Transparant werken verkleint ook voor pleegouders de machtsongelijkheid (les 8).",
      inner = "Peter: Samen bepalen wat ze doorgeeft. Nou. Dat is in elk geval eerlijk.",
    },
    choice {
      text = "Ik maak een kort verslag voor ons dossier, en Sandra krijgt een terugkoppeling. Dat is standaard.",
      next = "te-laat",
      procedure = true,
      score = { transparantie = 1, regie = -1, veiligheid = -1 },
      effects = { spanning = 1, vertrouwen = -1, regie = -1 },
      lessons = { 8 },
      feedback = "Je zegt wat er gebeurt, maar niet wat erin komt, en zij hebben er niets over te zeggen. “Standaard” geeft geen zeggenschap (les 8).",
      inner = "Peter: Een verslag. Dus alles wat we zeggen, staat straks zwart op wit bij de moeder.",
    },
    choice {
      text = "Ik vertel alleen de positieve dingen, hoor. Maak je geen zorgen.",
      next = "te-laat",
      score = { transparantie = -2 },
      effects = { regie = -1 },
      lessons = { 8 },
      feedback = "Geruststellend bedoeld, maar vaag en niet helemaal eerlijk: jij bepaalt wat positief is, en zij hebben er niets over te zeggen (les 8).",
      inner = "Peter: Alleen de positieve dingen. En wie bepaalt wat positief is?",
    },
  },
}

node "te-laat" {
  speaker = "peter",
  key = true,
  lines = {
    "En dan nog iets. Vorige keer was ze drie kwartier te laat. Lisa zat al die tijd voor het raam te wachten, met haar jas aan.",
    "Dan denk ik: als het je echt iets kan schelen, ben je op tijd.",
  },
  prompt = "Peter leest Sandra's te laat komen als “het kan haar niet schelen”. Welke ondertiteling kun je geven zonder Lisa's wachten weg te praten?",
  choices = {
    choice {
      text = "Dat is niet eerlijk. Ze kan er niks aan doen dat de trein uitvalt.",
      next = function(s) if s.regie >= 6 then return "halverwege" else return "stroef" end end,
      score = { verbinding = -1, erkenning = -1 },
      effects = { spanning = 2, vertrouwen = -1 },
      lessons = { 5 },
      feedback = "Je geeft de context, maar als verwijt en zonder oog voor wat Peter zag: een meisje van negen dat met haar jas aan voor het raam zat (les 5, les 6).",
      inner = "Peter: Dus het is weer niemands schuld. En Lisa zat daar wel.",
    },
    choice {
      text = "Dat wachten voor het raam, met haar jas aan, dat moet pijnlijk zijn geweest om te zien. Mag ik vertellen wat ik van Sandra weet? Ze reist twee uur met de trein, met een overstap, en die dag viel haar trein uit. Voor elk bezoek neemt ze een vakantiedag op, en die zijn bijna op. Dat maakt het voor Lisa niet minder erg. Maar misschien zegt het iets anders over Sandra dan dat het haar niet kan schelen.",
      next = function(s) if s.regie >= 6 then return "halverwege" else return "stroef" end end,
      score = { verbinding = 3, erkenning = 2, systemisch = 1 },
      effects = { spanning = -1, vertrouwen = 1 }, content = true,
      lessons = { 5, 6 },
      feedback = "Je erkent eerst wat Peter zag, en geeft dan ondertiteling: het te laat komen krijgt een context die niets zegt over hoeveel Sandra om Lisa geeft. Zo haal je het gedrag los van het oordeel (les 5, les 6).",
      inner = "Peter: Een vakantiedag. Elke keer. Dat wist ik niet. Ik dacht dat ze gewoon niet werkte.",
    },
    choice {
      text = "Dat is vervelend. Ik zal tegen Sandra zeggen dat ze voortaan op tijd moet zijn.",
      next = function(s) if s.regie >= 6 then return "halverwege" else return "stroef" end end,
      procedure = true,
      score = { verbinding = 1, systemisch = -1 },
      effects = { spanning = -1, regie = 1 },
      lessons = { 5 },
      feedback = "Peter voelt zich gehoord, en dat is iets. Maar je neemt zijn oordeel over Sandra over zonder het te duiden, en je maakt van een reisprobleem een gedragsregel (les 5).",
      inner = "Peter: Mooi. Dan weet ze het. Al zal het wel weer niet helpen.",
    },
  },
}

node "halverwege" {
  speaker = "peter",
  key = true,
  lines = {
    "Oké. Zo had ik het nog niet bekeken. Twee uur in de trein, een vrije dag opnemen, voor twee uur bij ons aan tafel.",
    "Maar wat moet er dan anders, volgens jou?",
    { "ans", "Lisa wordt volgende maand tien. Ze vroeg laatst of mama dan belt." },
  },
  prompt = "Wie bedenkt de oplossing? Hoe zorg je dat pleegouders, moeder en Lisa allemaal een stem hebben in de volgende stap, terwijl de voogd beslist?",
  choices = {
    choice {
      text = "Ik zet Sandra's voorstel op papier en stuur het naar Fleur. Dan beslist zij.",
      next = "afspraak",
      procedure = true,
      score = { regie = -2, verbinding = -1 },
      effects = { spanning = 1, regie = -2 },
      lessons = { 6, 8 },
      feedback = "Formeel klopt het: de voogd beslist. Maar je slaat de pleegouders over op het moment dat ze openstaan om mee te denken. Zet niemand buitenspel (les 6, les 8).",
      inner = "Peter: Net stelde ik een vraag. En nu gaat het weer via de voogd, over ons hoofd heen.",
    },
    choice {
      text = "Sandra zou graag elke week met Lisa beeldbellen. Kunnen jullie dat inplannen?",
      next = "afspraak",
      score = { regie = -1, systemisch = 1 },
      effects = { spanning = 1, regie = -1 },
      lessons = { 6 },
      feedback = "Je brengt Sandra's wens in, en meer contact kan in Lisa's belang zijn. Maar als verzoek aan hen om in te plannen wordt het een opdracht, en hun kennis van Lisa blijft buiten beeld (les 6, les 3).",
      inner = "Ans: Elke week. Met zwemles, met huiswerk, met de week na het bezoek. Heeft iemand daarover nagedacht?",
    },
    choice {
      text = "Ik heb geen kant-en-klaar plan, en jullie kennen Lisa het best. Sandra wil meer contact; hoe dat eruitziet, wil ik graag met jullie uitzoeken. Een belletje op haar verjaardag? Of af en toe halverwege afspreken, zodat Sandra niet steeds een hele dag kwijt is? En wat zou Lisa zelf willen, denken jullie?",
      next = "afspraak",
      score = { regie = 3, systemisch = 2, verbinding = 1 },
      effects = { spanning = -1, vertrouwen = 1, regie = 2 }, content = true,
      lessons = { 6, 2, 3 },
      feedback = "Je legt de vraag bij de mensen die Lisa het best kennen, noemt een paar mogelijkheden, en brengt Lisa's eigen wens in. Zo wegen de belangen van Lisa, Sandra en de pleegouders allemaal mee (les 6).",
      inner = "Peter: Halverwege. Ik moet voor mijn werk toch vaak die kant op. Dat zou eigenlijk best kunnen.",
    },
  },
}

node "stroef" {
  speaker = "peter",
  lines = {
    "Kijk, we willen Lisa niet bij haar moeder weghouden. Maar meer bezoek? Dat gaat gewoon niet. Zoek het maar uit met Fleur.",
    { "ans", "Ze wordt volgende maand wel tien." },
  },
  choices = {
    choice {
      text = "Dat hoor ik: meer bezoek is nu te veel. Mag ik dan kleiner denken? Lisa wordt volgende maand tien. Zou een kort belletje op haar verjaardag kunnen, op een moment dat jullie kiezen? Jullie weten het best wat ze aankan.",
      next = "afspraak",
      score = { regie = 3, systemisch = 2, verbinding = 1 },
      effects = { spanning = -1, vertrouwen = 1, regie = 2 }, content = true,
      lessons = { 6, 2, 4 },
      feedback = "Je accepteert hun grens en zoekt naar wat wél kan: een kleine stap waarin de pleegouders de regie houden en Lisa haar moeder hoort op een dag die ertoe doet (les 6).",
      inner = "Ans: Een belletje. Op een moment dat wij kiezen. Dat kunnen we wel, toch Peter?",
    },
    choice {
      text = "Dan leg ik het bij Fleur neer. Dat is ook haar taak.",
      next = "afspraak",
      procedure = true,
      score = { regie = -1, verbinding = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 6, 8 },
      feedback = "Je legt het neer waar het formeel hoort, maar je geeft het gesprek op. Peter en Ans blijven achter met het gevoel dat er straks over hen wordt beslist (les 6, les 8).",
      inner = "Peter: Prima. Dan horen we het wel van Fleur. Zoals altijd.",
    },
    choice {
      text = "Lisa heeft er wel recht op om haar moeder te zien, hoor. Dat is ook in haar belang.",
      next = "afspraak",
      score = { systemisch = 1, regie = -2, verbinding = -1 },
      effects = { spanning = 2, vertrouwen = -1, regie = -1 },
      lessons = { 6, 3 },
      feedback = "Wat je zegt klopt, maar je zegt het als les aan mensen die al vijf jaar voor Lisa zorgen. Een belang opleggen is iets anders dan belangen samen wegen (les 6, les 3).",
      inner = "Peter: Alsof wij dat niet weten. Wij zitten hier al vijf jaar elke vier weken met Sandra aan tafel.",
    },
  },
}

node "afspraak" {
  speaker = "ans",
  lines = {
    "En nu? Wat gebeurt er met wat we vandaag hebben besproken?",
  },
  choices = {
    choice {
      text = "Ik ga eerst met Sandra praten. Daarna hoor je van me.",
      next = slot,
      score = { transparantie = -1, regie = -1 },
      effects = { spanning = 1 },
      lessons = { 8 },
      feedback = "Vriendelijk, maar vaag: wanneer, en wat vertel je Sandra precies? Peter en Ans blijven achter zonder te weten wat er met hun woorden gebeurt (les 8).",
      inner = "Ans: Daarna hoor je van me. Dat zeggen ze allemaal.",
    },
    choice {
      text = "Laten we samen bepalen wat ik aan Sandra vertel, en wat jullie zelf aan Fleur willen voorleggen. Mijn voorstel: ik bespreek met Sandra wat we vandaag hebben bedacht, en ik bel jullie volgende week dinsdag met haar reactie. Daarna gaan we samen naar Fleur. Klopt dat voor jullie?",
      next = slot,
      score = { transparantie = 3, regie = 2, veiligheid = 1 },
      effects = { spanning = -1, vertrouwen = 1, regie = 1 },
      set = { belofte = 1 },
      lessons = { 8, 6 },
      feedback = "Je maakt helder wat er met hun woorden gebeurt, zij houden een eigen rol richting de voogd, en je doet één concrete belofte die je kunt nakomen (les 8, les 6).",
      inner = "Ans: Dinsdag. En samen naar Fleur. Zo voelt het niet alsof het over ons heen gaat.",
    },
    choice {
      text = "Ik maak een verslag en stuur het naar Fleur en Sandra. Jullie krijgen een kopie.",
      next = slot,
      procedure = true,
      score = { transparantie = 1, regie = -2 },
      effects = { spanning = 1, vertrouwen = -1, regie = -1 },
      lessons = { 8 },
      feedback = "Je bent open over het verslag, maar jij schrijft het, en Peter en Ans lezen pas achteraf hoe hun zorgen zijn verwoord (les 8).",
      inner = "Peter: Een kopie. Dan lezen we achteraf wat we gezegd zouden hebben.",
    },
  },
}

ending "verjaardag" {
  title = "Een belletje op Lisa's verjaardag",
  kind = "herstel",
  text = [[
Dinsdag bel je Peter en Ans, zoals afgesproken. Sandra vond het idee van het belletje mooi. Ze liet vragen of Lisa dan Snuf wil laten zien.

Een week later zitten jullie met Fleur aan tafel: Peter, Ans, Sandra en jij. Fleur stemt in met een **belletje op Lisa's tiende verjaardag**, om zeven uur, tien minuten. Peter stelt zelf voor om **eens in de twee maanden halverwege af te spreken**, in een speeltuin bij een station, zodat Sandra geen hele vakantiedag kwijt is. Het begint als proef; over drie maanden kijken jullie samen hoe het gaat.

Op haar verjaardag laat Lisa haar moeder het konijn zien, en haar B-diploma. Ans houdt bij hoe Lisa die nacht slaapt. Ze vertelt het Sandra zelf.

*Kettingeffect:* Sandra houdt vakantiedagen over. Bij de volgende evaluatie zitten de pleegouders en de moeder voor het eerst samen aan tafel, met Lisa's belang als gedeeld vertrekpunt.
]],
}

ending "via-de-voogd" {
  title = "We bespreken het met de voogd",
  kind = "neutraal",
  text = [[
Peter en Ans zeggen dat ze het met Fleur zullen bespreken. Het gesprek eindigt vriendelijk, maar zonder concrete stap.

Fleur heeft een volle agenda. Het gesprek met haar vindt pas na Lisa's verjaardag plaats. Lisa krijgt die dag een kaart van haar moeder; er wordt niet gebeld.

Sandra blijft vakantiedagen opnemen voor twee uur aan de tafel van Peter en Ans. Na elk bezoek slaapt Lisa slecht, en niemand weet nog goed waarom.

*In de nabespreking:* waar hadden de belangen van Lisa, haar moeder en haar pleegouders samen kunnen komen, en wie had daar de regie in kunnen krijgen?
]],
}

ending "deur-dicht" {
  title = "De deur gaat dicht",
  kind = "breuk",
  text = [[
Peter laat je beleefd uit. De volgende dag belt hij Fleur: ze willen geen gesprekken meer met het Ondersteuningsteam bij hen thuis. Ze vragen of de bezoeken minder kunnen, vanwege Lisa's slaap.

*Kettingeffect:* Fleur besluit de bezoeken voorlopig terug te brengen naar eens in de zes weken, "voor de rust". Sandra hoort het van Fleur, aan de telefoon, op haar werk. Lisa vraagt waarom mama minder komt.

Jij stuurt Peter en Ans een kort bericht: dat je hun zorg om Lisa serieus neemt, en dat je graag terugkomt als zij dat willen.
]],
}

ending "gesprek-gestopt" {
  title = "Peter beëindigt het gesprek",
  kind = "breuk",
  text = [[
"Ik denk dat het beter is dat je nu gaat." Peter staat op en houdt de deur voor je open. Ans ruimt zwijgend de kopjes af.

*Kettingeffect:* bij het volgende bezoek is de sfeer gespannen. Peter blijft in de kamer zitten, Sandra voelt zich bekeken en zegt weinig. Lisa voelt het allemaal, en slaapt daarna slechter dan ooit.

In de nabespreking: op welk moment werden Peter en Ans tegenstanders in plaats van mensen die, net als Sandra, het beste willen voor Lisa?
]],
}

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
  version = "2",
  minutes = 20,
  role = "procesbegeleider",
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
    vaag       = { init = 0, min = 0, max = 2, hidden = true },   -- 1: "niks officieels", 2: "voor iedereen"
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
    { choices = { 2, 1, 3, 4, 1, 2, 4, 3 }, ending = "verjaardag",
      min = { systemisch = 0.9, transparantie = 0.9, verbinding = 0.9, regie = 0.9 } },
    -- steeds het procedure-antwoord: Peter beëindigt het gesprek
    { choices = { 4, 3, 2, 2 }, ending = "gesprek-gestopt",
      max = { systemisch = 0.1, verbinding = 0.1, regie = 0.1 } },
    -- vaag beginnen, Lisa's onrust uitleggen en “neutraal” zijn, daarna herstellen
    { choices = { 1, 1, 1, 1, 3, 2, 4, 1 }, ending = "via-de-voogd" },
  },
}

-- Na Peters vraag over de kant die je kiest: genoeg vertrouwen, dan durft Ans
-- haar angst te laten zien; anders wil Peter weten wat je doorvertelt.
local function na_kant(s)
  if s.vertrouwen >= 5 then return "ans-bang" else return "wat-vertel-je" end
end

-- Na het te laat komen: voelen Peter en Ans hun rol gerespecteerd, dan denken
-- ze mee; anders wordt het stroef.
local function na_te_laat(s)
  if s.regie >= 6 then return "halverwege" else return "stroef" end
end

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
      text = "Ach, zie het maar als even kennismaken, niks officieels. Ik ben vooral benieuwd naar Lisa. Hoe gaat het met haar?",
      next = "lisa",
      score = { transparantie = -1, verbinding = 1 },
      effects = { spanning = 1 },
      set = { vaag = 1 },
      lessons = { 8, 6 },
      feedback = "Luchtig houden is verleidelijk: het haalt de spanning van tafel en een vraag over Lisa voelt veilig. Maar je verzwijgt waarom je er bent, en pleegouders die al veel professionals over de vloer kregen, voelen dat feilloos aan. Later wordt alles wat je zegt verdacht (les 8).",
      inner = "Peter: Niks officieels. Ze komt van een team, met toestemming van de voogd. Wie houdt ze nou voor de gek?",
    },
    choice {
      text = "Dank jullie. Ik zeg het maar meteen: ik ben er voor Sandra, Lisa's moeder. Ik beslis niets over Lisa en ik kom niet controleren. Wat willen jullie eerst van mij weten?",
      next = "lisa",
      score = { transparantie = 3, verbinding = 2, regie = 1 },
      effects = { spanning = -1, vertrouwen = 1, regie = 1 },
      lessons = { 8, 3 },
      feedback = "Je zegt voor wie je er bent en wat je niet doet, en zij mogen de eerste vraag stellen. Open zijn over je partijdige rol maakt je betrouwbaarder, ook voor de pleegouders (les 8).",
      inner = "Ans: Ze zegt gewoon voor wie ze er is. Dat is tenminste duidelijk. En wij mogen eerst vragen stellen.",
    },
    choice {
      text = "Goed dat je het zegt. Het Ondersteuningsteam is opgericht na de toeslagenaffaire. We zijn onafhankelijk, we hebben geen belang bij de uitkomst, en we brengen alle partijen rond een kind bij elkaar. Dus eigenlijk ben ik hier voor iedereen: voor Sandra, voor jullie en voor Lisa.",
      next = "lisa",
      score = { transparantie = -1, verbinding = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      set = { vaag = 2 },
      lessons = { 8 },
      feedback = "Uitleg over je organisatie voelt als openheid, en het meeste klopt ook. Maar op “jij bent de zoveelste” antwoord je met een folder, en “ik ben hier voor iedereen” verzwijgt dat je er voor Sandra bent. Dat komt later terug (les 8).",
      inner = "Peter: Voor iedereen. Dat zeggen ze allemaal. En intussen praat ze al twee minuten over haar eigen club.",
    },
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
      text = "Met haar diploma op haar kussen. Vijf jaar al. Hoe zijn die jaren voor jullie geweest?",
      next = "slaapt-slecht",
      score = { verbinding = 3, erkenning = 2 },
      effects = { spanning = -1, vertrouwen = 1, regie = 1 },
      lessons = { 3 },
      feedback = "Je blijft bij het beeld dat zij je geven, en je vraagt naar hén: vijf jaar zorg voor Lisa. Mensgericht werken geldt ook voor pleegouders (les 3).",
      inner = "Ans: Hoe het voor ons is geweest. Dat vraagt bijna nooit iemand.",
    },
    choice {
      text = "Wat leuk! Sandra zal zo trots zijn als ze dat hoort. Mogen we haar een foto van dat diploma sturen? Dat zou echt haar dag maken.",
      next = "slaapt-slecht",
      score = { verbinding = 1, regie = -1 },
      effects = { spanning = 1, regie = -1 },
      lessons = { 3, 6 },
      feedback = "Een brug tussen moeder en kind: dat is waarvoor je komt, dus het ligt voor de hand. Maar het komt te vroeg. Peter en Ans vertellen over hún Lisa en horen dat hun verhaal vooral materiaal is voor de moeder (les 3, les 6).",
      inner = "Ans: Sandra. Natuurlijk. Daar gaat het hier dus om.",
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
      text = "Goed dat je dat zo eerlijk zegt. Dat zie je vaak bij pleegkinderen na een bezoek: ze voelen zich verscheurd tussen twee gezinnen. Dat betekent niet dat het contact slecht voor haar is, juist niet. Meestal wordt het rustiger als de bezoeken regelmatiger zijn. Herken je dat?",
      next = "kant",
      score = { systemisch = 1, verbinding = -1 },
      effects = { spanning = 1, vertrouwen = -1 }, content = true,
      lessons = { 6, 3 },
      feedback = "Je kennis over loyaliteit klopt vaak, en die uitleg lijkt te helpen. Maar je geeft de verklaring voordat Ans heeft verteld wat zij zelf ziet, en je conclusie (meer bezoek) is toevallig die van je cliënt. Haar zorg wordt zo een misverstand dat jij rechtzet (les 6, les 3).",
      inner = "Ans: Herken je dat. Ik sta om drie uur 's nachts haar bed te verschonen en zij weet al hoe het zit.",
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
      text = "Een zware week, voor haar en voor jullie. Waar denken jullie dat het bij haar over gaat?",
      next = "kant",
      score = { systemisch = 3, verbinding = 2 },
      effects = { spanning = -1, vertrouwen = 1, regie = 1 },
      lessons = { 6, 3 },
      feedback = "Je neemt hun zorg serieus en vraagt de mensen die Lisa elke dag zien wat haar onrust betekent. Zo wordt die onrust een signaal om samen te begrijpen, en geen bewijs voor of tegen haar moeder (les 6).",
      inner = "Ans: Waar het over gaat... Laatst vroeg ze of ze mama tegen mij mocht zeggen. Misschien is het dat wel: bij wie ze mag horen.",
    },
    choice {
      text = "Sandra doet echt haar best bij de bezoeken, hoor. Het ligt niet aan haar.",
      next = "kant",
      score = { verbinding = -2, systemisch = -1 },
      effects = { spanning = 2, vertrouwen = -2 },
      lessons = { 6, 8 },
      feedback = "Je wilt je cliënt beschermen, en dat is loyaal. Maar niemand viel Sandra aan: Ans maakte zich zorgen om Lisa. Zo zet je moeder en pleegouders tegenover elkaar, met Lisa ertussen (les 6).",
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
    { "peter", "En je zei net nog dat je hier voor iedereen was.", when = { vaag = 2 } },
    { "ans", "Peter..." },
  },
  prompt = "“Jullie staan toch aan de kant van de moeder.” Hoe ben je open over je partijdige rol zonder het gesprek te verliezen?",
  choices = {
    choice {
      text = "Nee hoor, echt niet. Ik sta niet aan de kant van Sandra, ik sta aan de kant van Lisa. Uiteindelijk willen we toch allemaal hetzelfde? Dat het goed gaat met haar.",
      next = na_kant,
      score = { transparantie = -2, systemisch = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 8, 6 },
      feedback = "“Aan de kant van het kind” klinkt verbindend en veilig, en het sust de ruzie. Maar het klopt niet: je bent er voor Sandra. Peter prikt daar doorheen, en je zet en passant de moeder buiten het belang van haar dochter (les 8, les 6).",
      inner = "Peter: Aan de kant van Lisa. Ze zit hier namens de moeder en dat durft ze niet eens te zeggen.",
    },
    choice {
      text = "Ik ben hier met toestemming van de voogd, dus dit gesprek hoort gewoon bij het traject.",
      next = na_kant,
      procedure = true,
      score = { transparantie = -1, veiligheid = -1 },
      effects = { spanning = 2, vertrouwen = -2, regie = -1 },
      lessons = { 8 },
      feedback = "Je verschuilt je achter de toestemming van de voogd in plaats van Peters vraag te beantwoorden. Hij hoort: het is al besloten, en jullie mening doet er niet toe (les 8).",
      inner = "Peter: Het traject. Wij zijn dus een onderdeel van haar traject.",
    },
    choice {
      text = "Dat vind ik niet eerlijk. Ik ben twee uur onderweg geweest om naar jullie te luisteren.",
      next = na_kant,
      score = { verbinding = -2 },
      effects = { spanning = 2, vertrouwen = -1 },
      lessons = { 3 },
      feedback = "Zijn wantrouwen raakt je, en dat is menselijk. Maar door je te verdedigen, maak je het gesprek over jou in plaats van over Lisa (les 3).",
      inner = "Peter: Nu moeten wij ons schuldig voelen omdat zij moest reizen. Mooi is dat.",
    },
    choice {
      text = "Ja, ik ben er voor Sandra. Dat ga ik niet verbloemen. Over waar Lisa woont, beslis ik niet; dat doet Fleur. En ik regel niets achter jullie rug om.",
      next = na_kant,
      score = { transparantie = 3, veiligheid = 2 },
      effects = { spanning = -1, vertrouwen = 2, regie = 1 },
      lessons = { 8 },
      feedback = "Je bent open over je rol en je grenzen, zonder omhaal. Juist omdat je niet doet alsof je neutraal bent, weet Peter waar hij aan toe is (les 8).",
      inner = "Peter: Ze draait er niet omheen. Dat had ik niet verwacht. Oké, dan weet ik waar ik sta.",
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
      text = "*(je wacht even)* Ze is jullie meisje geworden.",
      next = "te-laat",
      score = { erkenning = 3, verbinding = 2, systemisch = 1 },
      effects = { spanning = -2, vertrouwen = 1, regie = 1 },
      lessons = { 3, 6 },
      feedback = "Je laat de stilte er zijn en zegt alleen terug wat Ans je gaf. Haar angst hoeft niet opgelost te worden om gehoord te zijn, en de band die Lisa hier heeft, mag er zijn naast die met haar moeder (les 3, les 6).",
      inner = "Ans: Ja. Dat is ze. Ze schrikt er niet van. Ze zegt niet dat het wel meevalt.",
    },
    choice {
      text = "Maak je daar maar geen zorgen over. Lisa gaat echt niet terug, hoor. Sandra wil alleen wat meer contact; ze zou haar hier nooit weghalen.",
      next = "te-laat",
      score = { transparantie = -2, systemisch = -1 },
      effects = { spanning = -1, vertrouwen = 1 }, content = true,
      lessons = { 8, 3 },
      feedback = "Je wilt haar angst wegnemen, en het lucht ook op. Maar het is een belofte die niet van jou is om te doen, en die je cliënt Sandra niet heeft gedaan. Als het ooit anders loopt, ben jij je geloofwaardigheid kwijt (les 8, les 3).",
      inner = "Ans: Echt niet? Hoe weet zij dat nou? Maar het is wel fijn om te horen.",
    },
    choice {
      text = "Over terugplaatsing gaat de voogd. Daar kan ik helaas niets over zeggen.",
      next = "te-laat",
      procedure = true,
      score = { transparantie = 1, erkenning = -1, verbinding = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 8, 3 },
      feedback = "Het klopt dat jij daar niet over gaat. Maar Ans deelt haar angst, geen vraag om uitleg. Een regel als antwoord laat haar er alleen mee (les 8, les 3).",
      inner = "Ans: Ik vroeg toch niet wie erover gaat. Ik zei dat ik bang ben.",
    },
    choice {
      text = "Ik begrijp heel goed hoe je je voelt. Wie zou daar niet bang van worden?",
      next = "te-laat",
      score = { verbinding = 1, erkenning = -1 },
      effects = { vertrouwen = -1 },
      lessons = { 3 },
      feedback = "Het klinkt invoelend, en je meent het. Maar je vult haar gevoel in en sluit het meteen af met een vraag waar geen antwoord op hoeft. Ans was net begonnen (les 3).",
      inner = "Ans: Hoe ik me voel? Dat weet ik zelf niet eens. En nu hoef ik er ook niks meer over te zeggen.",
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
      text = "Ik vertel alleen de positieve dingen, hoor. Maak je geen zorgen.",
      next = "te-laat",
      score = { transparantie = -2 },
      effects = { regie = -1 },
      lessons = { 8 },
      feedback = "Geruststellend bedoeld, maar vaag en niet helemaal eerlijk: jij bepaalt wat positief is, en zij hebben er niets over te zeggen (les 8).",
      inner = "Peter: Alleen de positieve dingen. En wie bepaalt wat positief is?",
    },
    choice {
      text = "Nee joh, zo zit ik er echt niet in. Ik ben er voor Sandra, maar ik ga niets verdraaien. Wat jullie zeggen is juist waardevol, en Sandra weet heus dat jullie goed voor Lisa zorgen. Ik breng het eerlijk en netjes over. Vertrouw je me daarin?",
      next = "te-laat",
      score = { transparantie = -1, regie = -1 },
      effects = { vertrouwen = -1 },
      lessons = { 8, 2 },
      feedback = "Warm en oprecht, en je wilt zijn wantrouwen wegnemen. Maar je vraagt om vertrouwen in plaats van het te verdienen: wat je doorgeeft, blijft jouw keuze. Peter weet na dit antwoord nog steeds niet wat Sandra straks hoort (les 8, les 2).",
      inner = "Peter: Vertrouw je me daarin. Dat vroeg de vorige ook. Wat ze precies gaat zeggen, weet ik nog steeds niet.",
    },
    choice {
      text = "Niets wat jullie niet eerst van mij horen. Zullen we aan het eind samen kijken wat ik doorgeef?",
      next = "te-laat",
      score = { transparantie = 3, regie = 2, veiligheid = 1 },
      effects = { spanning = -1, vertrouwen = 2, regie = 2 },
      lessons = { 8 },
      feedback = "Je maakt voorspelbaar wat er met hun woorden gebeurt, en zij bepalen mee. Transparant werken verkleint ook voor pleegouders de machtsongelijkheid (les 8).",
      inner = "Peter: Samen kijken wat ze doorgeeft. Nou. Dat is in elk geval eerlijk.",
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
      next = na_te_laat,
      score = { verbinding = -1, erkenning = -1 },
      effects = { spanning = 2, vertrouwen = -1 },
      lessons = { 5 },
      feedback = "Je geeft de context, maar als verwijt en zonder oog voor wat Peter zag: een meisje van negen dat met haar jas aan voor het raam zat (les 5, les 6).",
      inner = "Peter: Dus het is weer niemands schuld. En Lisa zat daar wel.",
    },
    choice {
      text = "Ze zat daar met haar jas aan. Dat is pijnlijk om te zien. Sandra reist twee uur en neemt voor elk bezoek een vakantiedag op; die dag viel haar trein uit. Dat maakt het wachten voor Lisa niet minder erg.",
      next = na_te_laat,
      score = { verbinding = 3, erkenning = 2, systemisch = 1 },
      effects = { spanning = -1, vertrouwen = 1 }, content = true,
      lessons = { 5, 6 },
      feedback = "Je erkent eerst wat Peter zag, en geeft dan ondertiteling: het te laat komen krijgt een context die niets zegt over hoeveel Sandra om Lisa geeft. Zo haal je het gedrag los van het oordeel, zonder Lisa's wachten weg te praten (les 5, les 6).",
      inner = "Peter: Een vakantiedag. Elke keer. Dat wist ik niet. Ik dacht dat ze gewoon niet werkte.",
    },
    choice {
      text = "Dat is echt vervelend, en ik snap dat je daar boos om wordt. Ik bespreek het met Sandra: ze neemt voortaan een trein eerder, en als het toch misgaat, belt ze jullie meteen. Dan hoeft Lisa niet meer met haar jas aan te wachten. Zullen we dat zo afspreken?",
      next = na_te_laat,
      procedure = true,
      score = { verbinding = 1, systemisch = -1, regie = -1 },
      effects = { spanning = -1, regie = 1 },
      lessons = { 5, 2 },
      feedback = "Een oplossing geeft iedereen aan tafel opluchting, en Peter voelt zich gehoord. Maar je neemt zijn oordeel over Sandra over zonder het te duiden, en je maakt een afspraak over haar zonder haar. Een reisprobleem wordt een gedragsregel (les 5, les 2).",
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
      text = "Ik heb wel een idee. Sandra belt op Lisa's verjaardag, en daarna elke woensdag even via video. En de bezoeken doen we voortaan halverwege, in een speeltuin bij een station, zodat ze geen hele dag kwijt is. Dat leg ik dan zo aan Fleur voor, goed?",
      next = "afspraak",
      score = { systemisch = 1, regie = -2 },
      effects = { spanning = 1, regie = -1 }, content = true,
      lessons = { 2, 6 },
      feedback = "Peter vraagt om jouw mening, en je hebt goede ideeën: het voelt behulpzaam om ze te geven. Maar het plan is nu van jou, en wat Peter en Ans over Lisa weten komt er niet meer in. “Goed?” vraagt om instemming, niet om meedenken (les 2, les 6).",
      inner = "Ans: Elke woensdag. Met zwemles, met huiswerk, met de week na het bezoek. Heeft ze daar nou over nagedacht?",
    },
    choice {
      text = "Sandra zou graag elke week met Lisa beeldbellen. Kunnen jullie dat inplannen?",
      next = "afspraak",
      score = { regie = -1, systemisch = 1 },
      effects = { spanning = 1, regie = -1 },
      lessons = { 6, 3 },
      feedback = "Je brengt Sandra's wens in, en meer contact kan in Lisa's belang zijn. Maar als verzoek om in te plannen wordt het een opdracht, en hun kennis van Lisa blijft buiten beeld (les 6, les 3).",
      inner = "Peter: Inplannen. Alsof wij de agenda van Sandra bijhouden.",
    },
    choice {
      text = "Ik heb geen plan klaarliggen. Wat zou Lisa zelf willen, denken jullie?",
      next = "afspraak",
      score = { regie = 3, systemisch = 2, verbinding = 1 },
      effects = { spanning = -1, vertrouwen = 1, regie = 2 },
      lessons = { 6, 2, 3 },
      feedback = "Je legt de vraag bij de mensen die Lisa het best kennen, en je brengt Lisa's eigen stem in. Zo wegen de belangen van Lisa, Sandra en de pleegouders allemaal mee, en komt het idee van hen (les 6, les 2).",
      inner = "Peter: Dat mama belt op haar verjaardag, dat wil ze. En halverwege afspreken... ik moet voor mijn werk toch vaak die kant op.",
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
      text = "Meer bezoek is nu te veel, dat hoor ik. Wat zou rond haar verjaardag wél kunnen?",
      next = "afspraak",
      score = { regie = 3, systemisch = 2, verbinding = 1 },
      effects = { spanning = -1, vertrouwen = 1, regie = 2 },
      lessons = { 6, 2, 4 },
      feedback = "Je accepteert hun grens en vraagt naar wat wél kan, op een dag die voor Lisa ertoe doet. De stap komt van hen, dus ze houden de regie (les 6, les 2).",
      inner = "Ans: Een belletje, misschien. Op een moment dat wij kiezen. Dat kunnen we wel, toch Peter?",
    },
    choice {
      text = "Ik snap dat het veel is. Maar Lisa heeft wel recht op contact met haar moeder, dat staat ook in het kinderrechtenverdrag. En kinderen die contact houden met hun ouders, doen het later vaak beter. Dat is echt in haar belang.",
      next = "afspraak",
      score = { systemisch = 1, regie = -2, verbinding = -1 },
      effects = { spanning = 2, vertrouwen = -1, regie = -1 },
      lessons = { 6, 3 },
      feedback = "Wat je zegt klopt, en het is verleidelijk om met argumenten het gesprek open te breken. Maar je zegt het als les aan mensen die al vijf jaar voor Lisa zorgen. Een belang opleggen is iets anders dan belangen samen wegen (les 6, les 3).",
      inner = "Peter: Alsof wij dat niet weten. Wij zitten hier al vijf jaar elke vier weken met Sandra aan tafel.",
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
      text = "Wat als Sandra gewoon even belt op haar verjaardag? Tien minuutjes maar, op een moment dat het jullie uitkomt. Dat moet toch kunnen?",
      next = "afspraak",
      score = { systemisch = 1, regie = -1 },
      effects = { spanning = 1, regie = -1 },
      lessons = { 6, 2 },
      feedback = "Het idee is goed, en je laat zelfs het moment aan hen. Daarom is het zo verleidelijk. Maar Peter zei net nee, en “dat moet toch kunnen?” duwt eroverheen. Een stap die zij niet zelf bedachten, voelt als een stap die hun werd afgedwongen (les 2, les 6).",
      inner = "Peter: Dat moet toch kunnen. Zo gaat het altijd: wij zeggen iets, en dan moet het toch kunnen.",
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
      text = "Laat dat maar aan mij over. Ik bespreek het met Sandra, daarna leg ik het aan Fleur voor, en ik zorg dat er vóór Lisa's verjaardag iets ligt. Jullie hoeven er niks meer voor te doen. Klinkt dat goed?",
      next = slot,
      score = { regie = -2, transparantie = -1 },
      effects = { spanning = -1, regie = -1 },
      lessons = { 2, 8 },
      feedback = "Iedereen is moe na zo'n gesprek, en het voelt als een cadeau om het werk over te nemen. Maar Peter en Ans staan weer buiten het gesprek met de voogd, en “vóór haar verjaardag” is een belofte die Fleur moet waarmaken, niet jij (les 2, les 8).",
      inner = "Ans: Niks meer voor doen. Dat klinkt fijn. Maar dan zitten wij er straks weer niet bij.",
    },
    choice {
      text = "Wat willen jullie dat ik aan Sandra vertel, en wat niet? Ik bel jullie volgende week dinsdag met haar reactie. Daarna gaan we samen naar Fleur.",
      next = slot,
      score = { transparantie = 3, regie = 2, veiligheid = 1 },
      effects = { spanning = -1, vertrouwen = 1, regie = 1 },
      set = { belofte = 1 },
      lessons = { 8, 6 },
      feedback = "Zij bepalen wat er met hun woorden gebeurt, ze houden een eigen rol richting de voogd, en je doet één concrete belofte die je kunt nakomen (les 8, les 6).",
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

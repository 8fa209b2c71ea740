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
      min = { systemisch = 0.9, transparantie = 0.9, verbinding = 0.9, regie = 0.9,
              erkenning = 0.9, veiligheid = 0.9 } },
    -- steeds het procedure-antwoord: Peter beëindigt het gesprek
    { choices = { 4, 3, 2, 2 }, ending = "gesprek-gestopt",
      max = { systemisch = 0.1, verbinding = 0.1, regie = 0.1 } },
    -- vaag beginnen, Lisa's onrust uitleggen en “neutraal” zijn, daarna herstellen
    { choices = { 1, 1, 1, 1, 3, 2, 4, 1 }, ending = "via-de-voogd" },
    -- "niks officieels" beginnen, en bij Peters vraag over de kant herstellen:
    -- op dit pad is het herstel het sterkste antwoord
    { choices = { 1, 1, 3, 5, 1, 2, 4, 3 }, ending = "verjaardag",
      min = { veiligheid = 0.9, verbinding = 0.9 } },
    -- "voor iedereen" beginnen, en ook dan bij de kant herstellen
    { choices = { 3, 1, 3, 5, 1, 2, 4, 3 }, ending = "verjaardag" },
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
      text = "Niks officieels, hoor. Gewoon even kennismaken. Hoe gaat het eigenlijk met Lisa?",
      next = "lisa",
      score = { transparantie = -1, verbinding = 1 },
      effects = { spanning = 1 },
      set = { vaag = 1 },
      lessons = { 8, 6 },
      feedback = "Luchtig houden is verleidelijk: het haalt de spanning van tafel, en belangstelling voor Lisa voelt veilig. Maar je verzwijgt waarom je er bent, en pleegouders die al veel professionals over de vloer kregen, voelen dat feilloos aan. Het kost je later je geloofwaardigheid: alles wat je zegt wordt verdacht (les 8).",
      inner = "Peter: Niks officieels. Ze komt van een team, met toestemming van de voogd. Wie houdt ze nou voor de gek?",
    },
    choice {
      text = "Dan zeg ik het maar meteen: ik ben er voor Sandra, Lisa's moeder. Ik beslis niets over Lisa en ik kom niet controleren.",
      next = "lisa",
      score = { transparantie = 3, verbinding = 2, regie = 1 },
      effects = { spanning = -1, vertrouwen = 1, regie = 1 },
      lessons = { 8, 3 },
      feedback = "Je zegt voor wie je er bent en wat je niet doet, en daarna laat je ruimte. Open zijn over je partijdige rol maakt je betrouwbaarder, ook voor de pleegouders (les 8).",
      inner = "Ans: Ze zegt gewoon voor wie ze er is. Dat is tenminste duidelijk. Dan durf ik ook wel te vragen wat ik wil weten.",
    },
    choice {
      text = "Dat snap ik. Wij zijn een onafhankelijk team, dus eigenlijk ben ik hier voor iedereen: voor Sandra, voor jullie en voor Lisa.",
      next = "lisa",
      score = { transparantie = -1, verbinding = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      set = { vaag = 2 },
      lessons = { 8 },
      feedback = "“Voor iedereen” klinkt verbindend en open, en het team is ook echt onafhankelijk. Maar het verzwijgt dat je er voor Sandra bent. Peter en Ans merken het later, en dan lijkt je eerste zin een verkooppraatje (les 8).",
      inner = "Peter: Voor iedereen. Dat zeggen ze allemaal. Maar wie heeft haar dan gestuurd?",
    },
    choice {
      text = "Fijn dat ik mocht komen. Sandra zou Lisa graag wat vaker zien, en ik wilde horen hoe jullie daarin staan. Fleur weet ervan.",
      next = "lisa",
      procedure = true,
      score = { transparantie = 1, regie = -2, verbinding = -1 },
      effects = { spanning = 2, vertrouwen = -1, regie = -2 },
      lessons = { 8, 6 },
      feedback = "Vriendelijk en duidelijk over je doel, en je zegt zelfs dat je wilt horen hoe zij erin staan. Maar je komt binnen met Sandra's agenda en de voogd als dekking. Peter en Ans horen: het is al besloten, wij mogen ja zeggen (les 8, les 6).",
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
      text = "Wat mooi. Mag ik dat straks aan Sandra vertellen? Daar zou ze zo ontzettend blij mee zijn.",
      next = "slaapt-slecht",
      score = { verbinding = 1, regie = -1 },
      effects = { spanning = 1, regie = -1 },
      lessons = { 3, 6 },
      feedback = "Een brug tussen moeder en kind: dat is waarvoor je komt, dus het ligt voor de hand. Maar het komt te vroeg. Peter en Ans vertellen over hún Lisa en horen dat hun verhaal vooral materiaal is voor de moeder (les 3, les 6).",
      inner = "Ans: Sandra. Natuurlijk. Daar gaat het hier dus om.",
    },
    choice {
      text = "Fijn om te horen dat het zo goed met haar gaat. Dan kunnen we vandaag misschien ook even kijken naar de bezoeken.",
      next = "slaapt-slecht",
      procedure = true,
      score = { regie = -1, verbinding = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 3 },
      feedback = "Het goede nieuws lijkt een mooi bruggetje naar waarvoor je kwam. Maar je slaat over wat voor hen het meest telt: Lisa zelf, en hun vijf jaar met haar. Ze merken dat je vooral met een agenda komt (les 3).",
      inner = "Peter: Daar gaan we. Even iets over Lisa, en dan de bezoeken.",
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
      text = "Goed dat je dat zo eerlijk zegt. Dat zie je vaak bij pleegkinderen: ze voelen zich verscheurd tussen twee gezinnen. Dat zegt niet dat het contact slecht voor haar is.",
      next = "kant",
      score = { systemisch = 1, verbinding = -1 },
      effects = { spanning = 1, vertrouwen = -1 }, content = true,
      lessons = { 6, 3 },
      feedback = "Je kennis over loyaliteit klopt vaak, en die uitleg lijkt te helpen. Maar je geeft de verklaring voordat Ans heeft verteld wat zij zelf ziet, en je conclusie is toevallig gunstig voor je cliënt. Haar zorg wordt zo een misverstand dat jij rechtzet (les 6, les 3).",
      inner = "Ans: Verscheurd. Ik sta om drie uur 's nachts haar bed te verschonen en zij weet al hoe het zit.",
    },
    choice {
      text = "Dat is belangrijk voor Fleur om te weten, zij gaat over de bezoeken. Hebben jullie het al met haar besproken?",
      next = "kant",
      procedure = true,
      score = { verbinding = -1, systemisch = -1 },
      effects = { spanning = 1, vertrouwen = -1, regie = -1 },
      lessons = { 6, 8 },
      feedback = "Het klopt dat de voogd over de regeling gaat, en het klinkt zorgvuldig om haar erbij te halen. Maar Ans deelt een zorg om Lisa, en jij verwijst haar door voordat je hebt geluisterd. Zo blijven de zorg van de pleegouders en de wens van de moeder twee losse dossiers (les 6).",
      inner = "Ans: Fleur, Fleur. Alsof ik een klacht indien. Ik wil gewoon dat iemand meedenkt over mijn meisje.",
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
      text = "Een hele week, wat zwaar. Zou het helpen als de bezoeken korter worden, of op een vrijdag, zodat ze het weekend heeft?",
      next = "kant",
      score = { verbinding = 1, systemisch = -1, regie = -1 },
      effects = { vertrouwen = -1 }, content = true,
      lessons = { 1, 6 },
      feedback = "Meedenken over een oplossing voelt behulpzaam, en een vrijdag klinkt redelijk. Maar je repareert het rooster voordat iemand heeft gevraagd wat Lisa's onrust betekent. En je levert namens Sandra alvast bezoektijd in, zonder haar (les 1, les 6).",
      inner = "Ans: Korter. Dat is het niet, denk ik. Maar ze vraagt niet wat ik denk dat het wél is.",
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
      text = "Ik sta vooral aan de kant van Lisa. Dat willen we hier allemaal, denk ik: dat het goed met haar gaat.",
      next = na_kant,
      score = { transparantie = -2, systemisch = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 8, 6 },
      feedback = "“Aan de kant van het kind” klinkt verbindend en veilig, en het sust de ruzie. Maar het klopt niet: je bent er voor Sandra. Peter prikt daar doorheen, en je zet en passant de moeder buiten het belang van haar dochter (les 8, les 6).",
      inner = "Peter: Aan de kant van Lisa. Ze zit hier namens de moeder en dat durft ze niet eens te zeggen.",
    },
    choice {
      text = "Fleur weet dat ik hier ben en vond het een goed idee. Het is echt bedoeld om mee te denken.",
      next = na_kant,
      procedure = true,
      score = { transparantie = -1, veiligheid = -1 },
      effects = { spanning = 2, vertrouwen = -2, regie = -1 },
      lessons = { 8 },
      feedback = "De voogd noemen lijkt geruststellend: het is allemaal netjes afgestemd. Maar je beantwoordt Peters vraag niet en zet de voogd voor je. Hij hoort: het is al besloten, en hun mening doet er niet toe (les 8).",
      inner = "Peter: Fleur vond het een goed idee. Dus het is al afgestemd, zonder ons.",
    },
    choice {
      text = "Dat wantrouwen snap ik. Mag ik eerst horen hoe het met Lisa gaat? Dan merk je vanzelf hoe ik erin sta.",
      next = na_kant,
      score = { transparantie = -1, verbinding = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 8, 3 },
      feedback = "Het klinkt kalm en geduldig, en terug naar Lisa voelt als de goede koers. Maar Peter stelde een rechtstreekse vraag, en jij schuift het antwoord vooruit. Vertrouwen moet hij nu op krediet geven (les 8, les 3).",
      inner = "Peter: Vanzelf merken. Ik vroeg iets simpels, en ze geeft geen antwoord.",
    },
    choice {
      text = "Ja, ik ben er voor Sandra. Dat ga ik niet verbloemen. Over waar Lisa woont, beslis ik niet; dat doet Fleur. En ik regel niets achter jullie rug om, ook niet voor Sandra.",
      next = na_kant,
      score = { transparantie = 3, veiligheid = 2 },
      effects = { spanning = -1, vertrouwen = 2, regie = 1 },
      lessons = { 8 },
      feedback = "Je bent open over je rol en je grenzen, zonder omhaal. Juist omdat je niet doet alsof je neutraal bent, weet Peter waar hij aan toe is (les 8).",
      inner = "Peter: Ze draait er niet omheen. Dat had ik niet verwacht. Oké, dan weet ik waar ik sta.",
    },
    choice {
      text = "Je hebt gelijk, daar was ik net niet helder over. Ik ben er voor Sandra. Ik beslis niets over Lisa, en ik regel niets achter jullie rug om.",
      -- na een vage start het sterkste antwoord: eerst je misstap erkennen,
      -- dan je rol (daarom een punt verbinding meer dan het gewone antwoord)
      when = { vaag = ">=1" },
      next = na_kant,
      score = { transparantie = 3, veiligheid = 2, verbinding = 1 },
      effects = { spanning = -1, vertrouwen = 2, regie = 1 },
      lessons = { 8, 3 },
      feedback = "Je geeft toe dat je eerste zin niet klopte, en zegt alsnog voor wie je er bent. Een herstel na een misstap maakt je betrouwbaarder dan een gladde start (les 8, les 3).",
      inner = "Peter: Ze geeft het gewoon toe. Dat doet bijna niemand. Oké.",
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
      text = "Sandra wil haar hier niet weghalen, hoor. Het gaat haar alleen om wat meer contact.",
      next = "te-laat",
      score = { transparantie = -2, systemisch = -1 },
      effects = { spanning = -1, vertrouwen = 1 }, content = true,
      lessons = { 8, 3 },
      feedback = "Je wilt haar angst wegnemen, en het lucht ook op. Maar in die geruststelling zit een belofte die niet van jou is om te doen, en die je cliënt Sandra niet heeft gedaan. En Ans' angst is meteen weer weggestopt (les 8, les 3).",
      inner = "Ans: Echt niet? Hoe weet zij dat nou? Maar het is wel fijn om te horen.",
    },
    choice {
      text = "Dat is echt een vraag voor Fleur. Ik wil je daar niets verkeerds over zeggen.",
      next = "te-laat",
      procedure = true,
      score = { transparantie = 1, erkenning = -1, verbinding = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 8, 3 },
      feedback = "Het klopt dat jij daar niet over gaat, en je wilt niets beloven wat je niet kunt waarmaken. Maar Ans deelt haar angst, geen vraag om uitleg. Een verwijzing als antwoord laat haar er alleen mee (les 8, les 3).",
      inner = "Ans: Ik vroeg toch niet wie erover gaat. Ik zei dat ik bang ben.",
    },
    choice {
      text = "Dat is ook logisch, na vijf jaar. Het laat vooral zien hoeveel jullie van haar houden.",
      next = "te-laat",
      score = { verbinding = 1, erkenning = -1 },
      effects = { vertrouwen = -1 },
      lessons = { 3 },
      feedback = "Het klinkt invoelend en het is een compliment, en je meent het. Maar je maakt haar angst meteen klein en netjes, en sluit hem af. Ans was net begonnen (les 3).",
      inner = "Ans: Logisch. Ja. En nu hoef ik er ook niks meer over te zeggen.",
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
      text = "Vooral hoe goed het met Lisa gaat, en hoeveel jullie voor haar doen. Dat mag ze toch ook weten?",
      next = "te-laat",
      score = { transparantie = -2 },
      effects = { regie = -1 },
      lessons = { 8 },
      feedback = "Warm en geruststellend, en het is ook waar. Maar jij kiest wat Sandra hoort, en hun zorg over Lisa's nachten valt weg. Zij hebben er niets over te zeggen (les 8).",
      inner = "Peter: Vooral het goede. En de rest dan? Wie bepaalt dat?",
    },
    choice {
      text = "Nee joh, zo zit ik er niet in. Ik breng het eerlijk over, ook hoe goed jullie voor Lisa zorgen.",
      next = "te-laat",
      score = { transparantie = -1, regie = -1 },
      effects = { vertrouwen = -1 },
      lessons = { 8, 2 },
      feedback = "Warm en oprecht, en je wilt zijn wantrouwen wegnemen. Maar je vraagt hem je op je woord te geloven in plaats van het vertrouwen te verdienen: wat je doorgeeft, blijft jouw keuze. Peter weet na dit antwoord nog steeds niet wat Sandra straks hoort (les 8, les 2).",
      inner = "Peter: Eerlijk overbrengen. Dat zei de vorige ook. Wat ze precies gaat zeggen, weet ik nog steeds niet.",
    },
    choice {
      text = "Niets wat jullie niet eerst van mij horen. Aan het eind kijken we samen wat ik doorgeef.",
      next = "te-laat",
      score = { transparantie = 3, regie = 2, veiligheid = 1 },
      effects = { spanning = -1, vertrouwen = 2, regie = 2 },
      lessons = { 8 },
      feedback = "Je maakt voorspelbaar wat er met hun woorden gebeurt, en zij bepalen mee. Transparant werken verkleint ook voor pleegouders de machtsongelijkheid (les 8).",
      inner = "Peter: Samen kijken wat ze doorgeeft. Nou. Dat is in elk geval eerlijk.",
    },
    choice {
      text = "Ik maak een kort verslag, en Sandra krijgt een terugkoppeling. Dan weet iedereen waar we staan.",
      next = "te-laat",
      procedure = true,
      score = { transparantie = 1, regie = -1, veiligheid = -1 },
      effects = { spanning = 1, vertrouwen = -1, regie = -1 },
      lessons = { 8 },
      feedback = "Het klinkt helder en zorgvuldig. Maar je zegt wat er gebeurt, niet wat erin komt, en zij hebben er niets over te zeggen. Duidelijkheid is nog geen zeggenschap (les 8).",
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
      text = "Haar trein viel die dag uit. Ze vond het zelf vreselijk, ze heeft onderweg nog geprobeerd te bellen.",
      next = na_te_laat,
      score = { verbinding = -1, erkenning = -1 },
      effects = { spanning = 2, vertrouwen = -1 },
      lessons = { 5 },
      feedback = "De context klopt, en je wilt Peter helpen Sandra anders te zien. Maar je springt meteen naar haar kant, zonder oog voor wat Peter zag: een meisje van negen dat met haar jas aan voor het raam zat. Zo klinkt het als een excuus (les 5, les 6).",
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
      text = "Dat moet niet nog eens gebeuren. Zal ik Sandra vragen om voortaan een trein eerder te nemen, en jullie te bellen als het misgaat?",
      next = na_te_laat,
      procedure = true,
      score = { verbinding = 1, systemisch = -1, regie = -1 },
      effects = { spanning = -1, regie = 1 },
      lessons = { 5, 2 },
      feedback = "Een oplossing geeft aan tafel opluchting, en het klinkt verstandig. Maar je neemt Peters oordeel over Sandra over zonder het te duiden, en je maakt een afspraak over haar zonder haar. Een reisprobleem wordt een gedragsregel (les 5, les 2).",
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
      text = "Goede vraag. Ik denk dat het verstandig is om dat eerst met Fleur te bespreken; zij overziet het geheel.",
      next = "afspraak",
      procedure = true,
      score = { regie = -2, verbinding = -1 },
      effects = { spanning = 1, regie = -2 },
      lessons = { 6, 8 },
      feedback = "Het klinkt bescheiden en correct: de voogd beslist. Maar je slaat de pleegouders over op het moment dat ze openstaan om mee te denken. Zet niemand buitenspel (les 6, les 8).",
      inner = "Peter: Net stelde ik een vraag. En nu gaat het weer via de voogd, over ons hoofd heen.",
    },
    choice {
      text = "Ik zat te denken: een belletje op haar verjaardag, en de bezoeken voortaan halverwege, bij een station. Zal ik dat aan Fleur voorleggen?",
      next = "afspraak",
      score = { systemisch = 1, regie = -2 },
      effects = { spanning = 1, regie = -1 }, content = true,
      lessons = { 2, 6 },
      feedback = "Peter vraagt om jouw mening, en je hebt goede ideeën: het voelt behulpzaam om ze te geven. Maar het plan is nu van jou, en wat Peter en Ans over Lisa weten komt er niet meer in. Je vraag is om instemming, niet om meedenken (les 2, les 6).",
      inner = "Ans: Halverwege. Met zwemles op zaterdag, en de week na het bezoek. Heeft ze daar nou over nagedacht?",
    },
    choice {
      text = "Sandra zou het fijn vinden om elke week even met Lisa te beeldbellen. Zou dat passen?",
      next = "afspraak",
      score = { regie = -1, systemisch = 1 },
      effects = { spanning = 1, regie = -1 },
      lessons = { 6, 3 },
      feedback = "Je brengt Sandra's wens in, en je vraagt netjes of het past. Maar de wens ligt al kant-en-klaar op tafel: zij mogen alleen nog ja of nee zeggen, en hun kennis van Lisa blijft buiten beeld (les 6, les 3).",
      inner = "Peter: Elke week. Dat heeft ze al bedacht. Wij mogen zeggen of het past.",
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
      text = "Meer bezoek is nu te veel, dat hoor ik. En toch noemt Ans net haar verjaardag.",
      next = "afspraak",
      score = { regie = 3, systemisch = 2, verbinding = 1 },
      effects = { spanning = -1, vertrouwen = 1, regie = 2 },
      lessons = { 6, 2, 4 },
      feedback = "Je accepteert hun grens en benoemt alleen wat je ziet: Ans brengt zelf de verjaardag in. Zo komt er ruimte voor wat wél kan, en de stap komt van hen, dus ze houden de regie (les 6, les 2, les 4).",
      inner = "Ans: Een belletje, misschien. Op een moment dat wij kiezen. Dat kunnen we wel, toch Peter?",
    },
    choice {
      text = "Dat is helder, en dat respecteer ik. Dan laten we het voor nu rusten en kijken we na haar verjaardag verder.",
      next = "afspraak",
      score = { regie = 1, systemisch = -2 },
      effects = { spanning = -1 },
      lessons = { 4, 6 },
      feedback = "Hun grens respecteren voelt respectvol, en de spanning zakt. Maar je laat Ans' opening liggen, en Lisa's vraag of mama belt, valt tussen wal en schip. Stilstand is ook een keuze, en Lisa en Sandra betalen die (les 4, les 6).",
      inner = "Ans: Na haar verjaardag. Dan is het te laat. Ze vroeg het me nog.",
    },
    choice {
      text = "Dat is helder. Dan neem ik het mee naar Fleur, zodat zij het kan afwegen.",
      next = "afspraak",
      procedure = true,
      score = { regie = -1, verbinding = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 6, 8 },
      feedback = "Het klinkt netjes: de voogd weegt af. Maar je legt het neer waar het formeel hoort en geeft het gesprek op. Peter en Ans blijven achter met het gevoel dat er straks over hen wordt beslist (les 6, les 8).",
      inner = "Peter: Prima. Dan horen we het wel van Fleur. Zoals altijd.",
    },
    choice {
      text = "Wat als Sandra alleen even belt op haar verjaardag? Tien minuten, op een moment dat jullie kiezen.",
      next = "afspraak",
      score = { systemisch = 1, regie = -1 },
      effects = { spanning = 1, regie = -1 },
      lessons = { 6, 2 },
      feedback = "Het idee is goed, en je laat zelfs het moment aan hen. Daarom is het zo verleidelijk. Maar Peter zei net nee, en jouw voorstel komt er meteen overheen. Een stap die zij niet zelf bedachten, voelt als een stap die hun werd afgedwongen (les 2, les 6).",
      inner = "Peter: Zo gaat het altijd: wij zeggen nee, en dan komt er meteen een kleiner verzoek.",
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
      text = "Ik ga eerst rustig met Sandra praten. Is het goed als ik jullie daarna even bel?",
      next = slot,
      score = { transparantie = -1, regie = -1 },
      effects = { spanning = 1 },
      lessons = { 8 },
      feedback = "Vriendelijk, maar vaag: wanneer, en wat vertel je Sandra precies? Peter en Ans blijven achter zonder te weten wat er met hun woorden gebeurt (les 8).",
      inner = "Ans: Daarna even bellen. Wanneer dan? En wat vertelt ze Sandra?",
    },
    choice {
      text = "Laat dat maar aan mij over. Ik zorg dat er vóór haar verjaardag iets ligt; jullie hebben al genoeg aan je hoofd.",
      next = slot,
      score = { regie = -2, transparantie = -1 },
      effects = { spanning = -1, regie = -1 },
      lessons = { 2, 8 },
      feedback = "Iedereen is moe na zo'n gesprek, en het voelt als een cadeau om het werk over te nemen. Maar Peter en Ans staan weer buiten het gesprek met de voogd, en “vóór haar verjaardag” is een belofte die Fleur moet waarmaken, niet jij (les 2, les 8).",
      inner = "Ans: Genoeg aan ons hoofd. Dat klinkt fijn. Maar dan zitten wij er straks weer niet bij.",
    },
    choice {
      text = "Jullie bepalen wat ik aan Sandra vertel en wat niet; dat lopen we zo samen door. Volgende week dinsdag bel ik jullie met haar reactie, en daarna gaan we met z'n drieën naar Fleur.",
      next = slot,
      score = { transparantie = 3, regie = 2, veiligheid = 1 },
      effects = { spanning = -1, vertrouwen = 1, regie = 1 },
      set = { belofte = 1 },
      lessons = { 8, 6 },
      feedback = "Zij bepalen wat er met hun woorden gebeurt, ze houden een eigen rol richting de voogd, en je doet één concrete belofte die je kunt nakomen (les 8, les 6).",
      inner = "Ans: Dinsdag. En samen naar Fleur. Zo voelt het niet alsof het over ons heen gaat.",
    },
    choice {
      text = "Ik zet het kort op papier voor Fleur en Sandra. Jullie krijgen ook een kopie.",
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

-- S3 "De omgangsregeling: hechting of examen?"
-- Lessen: 5 (hoofdfocus), 6, 3.
-- De cursist is omgangsbegeleider bij een begeleide omgang: Esther (31) en
-- haar dochter Noa (6), die bij pleegouders woont.
-- Boog: te laat en gespannen -> te hard haar best doen (snoep, corrigeren) ->
-- het spel met de poppen -> Noa huilt bij het afscheid -> "Wat ga je
-- opschrijven?" -> voor wie schrijf je het? -> die avond het verslag.
-- Het verslag hoort bij het gesprek: wat je Esther zegt dat je opschrijft,
-- moet kloppen met wat je daarna schrijft. Verborgen vlaggen houden bij wat
-- je hebt gezegd (beloofd_*, te_laat_*) en wat je schrijft (eenzijdig,
-- verzwegen, anders_dan_gezegd, gedeeld). Het einde leest ze allemaal.

-- Het concept met Esther delen voordat het verstuurd wordt: wat je zei en
-- wat er staat, kan ze dan naast elkaar leggen, dus een eerdere
-- tegenstrijdigheid telt één keer minder.
local function concept_gedeeld(delta)
  return function(s)
    local e = {}
    for k, v in pairs(delta) do e[k] = v end
    if s.anders_dan_gezegd >= 1 then e.anders_dan_gezegd = -1 end
    return e
  end
end

-- Een eerlijke zin over het afscheid, terwijl je Esther een mooi verslag
-- beloofde: wat je zei en wat je schreef, lopen uiteen.
local function tegen_mooie_belofte(s)
  if s.beloofd_sterk == 1 then return { anders_dan_gezegd = 1 } end
  return {}
end

scenario {
  id = "hechting-of-examen",
  title = "De omgangsregeling: hechting of examen?",
  language = "nl",
  version = "1",
  minutes = 20,
  role = "omgangsbegeleider",
  lessons = { 5, 6, 3 },
  content_notes = { "uithuisplaatsing", "pleegzorg", "begeleide omgang", "verdriet van een kind bij het afscheid", "verslaglegging" },
  intro = [[
## De omgangsregeling: hechting of examen?

**Esther** (31) is de moeder van **Noa** (6). Noa woont sinds drie jaar bij pleegouders **Marloes en Bas**, onder een ondertoezichtstelling met een machtiging uithuisplaatsing. Esther is erkend gedupeerde van de toeslagenaffaire. Na de terugvordering kwamen de schulden en drie verhuizingen in twee jaar, de laatste na een uithuiszetting. Noa was toen drie.

Esther ziet Noa om de week op woensdagmiddag twee uur, begeleid, in een bezoekruimte. Ze woont anderhalf uur met de trein verderop en neemt voor elk bezoek een halve vrije dag op bij de supermarkt waar ze werkt. **Femke**, de jeugdbeschermer van de GI, bepaalt de omgangsregeling.

Over drie weken evalueert Femke de regeling. In het vorige verslag, van een collega van jou, stond dat moeder "weinig initiatief nam in het contact".

**Jouw rol:** je bent de omgangsbegeleider. Je zorgt dat het bezoek veilig en goed verloopt, je helpt waar het nodig is, en na elk bezoek schrijf je een verslag voor Femke. Dat verslag weegt mee in de evaluatie, en Esther weet dat.

**Niet jouw rol:** je beslist niet over de omgangsregeling. Je bent ook geen examinator: het bezoek is er voor Noa en Esther.

> "De omgangsregeling werd gebruikt om mij als ouder te observeren, deed ik het wel goed genoeg? Het was daardoor geen moment om de hechting van mijn kind en mij te versterken."
> (een ouder, in *De 8 lessen die het Ondersteuningsteam leerde en wil delen*, 2023, les 5)

> "Er is bijvoorbeeld veel reistijd waardoor vakantiedagen moeten worden opgenomen voor bezoek. Of denk aan beperkte bezoekregelingen vanuit pleegouders of GI."
> (*SIGNA-LEREN*, 2022, over de obstakels die ouders ervaren)

> "Ondanks dat ze graag willen dat hun kinderen thuis wonen, zijn ze zich er bijvoorbeeld van bewust dat hun kinderen elders een plekje hebben, daar zijn gehecht en een leven hebben dat niet ineens doorbroken kan worden."
> (*De 8 lessen die het Ondersteuningsteam leerde en wil delen*, 2023, les 6)
]],
  start = "aankomst",
  cast = {
    esther  = { name = "Esther", role = "moeder" },
    noa     = { name = "Noa", role = "dochter" },
    marloes = { name = "Marloes", role = "pleegmoeder" },
  },
  state = {
    spanning   = { init = 6, min = 0, max = 10 },
    vertrouwen = { init = 2, min = 0, max = 10 },
    regie      = { init = 3, min = 0, max = 10 },
    -- bij aankomst gezegd dat het te laat komen genoteerd moet worden
    te_laat_genoteerd = { init = 0, min = 0, max = 1, hidden = true },
    -- bij aankomst beloofd dat het te laat komen níet in het verslag komt
    te_laat_geheim    = { init = 0, min = 0, max = 1, hidden = true },
    -- het snoep: 1 gecorrigeerd waar Noa bij was, 2 op de achtergrond
    -- gebleven, 3 een geheimpje gemaakt, 4 zelf in Noa's tas gestopt
    snoep             = { init = 0, min = 0, max = 4, hidden = true },
    -- Esther heeft het afscheid zelf kunnen doen (1) of het is overgenomen (0)
    afscheid_zelf     = { init = 0, min = 0, max = 1, hidden = true },
    -- wat je Esther zei dat je opschrijft
    beloofd_sterk     = { init = 0, min = 0, max = 1, hidden = true },  -- "alleen het mooie"
    beloofd_neutraal  = { init = 0, min = 0, max = 1, hidden = true },  -- "gewoon wat ik zie"
    beloofd_eerlijk   = { init = 0, min = 0, max = 1, hidden = true },  -- wat erin komt, met context, en haar kijk
    -- wat je schrijft
    eenzijdig         = { init = 0, min = 0, max = 5, hidden = true },  -- zinnen die alleen het probleem laten zien
    verzwegen         = { init = 0, min = 0, max = 3, hidden = true },  -- wat je weglaat om het mooi te houden
    anders_dan_gezegd = { init = 0, min = 0, max = 4, hidden = true },  -- wat niet klopt met wat je Esther zei
    gedeeld           = { init = 0, min = 0, max = 1, hidden = true },  -- Esther las het concept vóór Femke
    afscheid_band     = { init = 0, min = 0, max = 1, hidden = true },  -- het afscheid staat als band in het verslag
  },
  -- Regulatie vóór inhoud: zolang Esther buiten haar draagkracht zit
  -- (spanning 7 of hoger), levert uitleg of advies geen vertrouwen op en laat
  -- het haar spanning niet zakken.
  regulation = { when = { spanning = ">=7" }, max = { vertrouwen = 0 }, min = { spanning = 0 } },
  triggers = {
    { when = { spanning = ">=10" }, next = "weggelopen" },
  },
  tests = {
    test { name = "de sterkste reactie bij elke beslissing",
      choices = { 1, 3, 2, 4, 2, 1, 3, 3, 2, 1 }, ending = "samen_geschreven",
      min = { erkenning = 0.9, regulatie = 0.9, verbinding = 0.9, veiligheid = 0.9,
              regie = 0.9, systemisch = 0.9, transparantie = 0.9 } },
    test { name = "mooi beloofd, eerlijk geschreven en Esther teruggebeld om het te herstellen",
      choices = { 1, 3, 2, 4, 2, 2, 3, 3, 2, 1 }, ending = "samen_geschreven" },
    test { name = "mooi beloofd, eerlijk geschreven, maar ze leest het via Femke",
      choices = { 1, 3, 2, 4, 2, 2, 3, 3, 2, 2 }, ending = "via_femke" },
    test { name = "eerlijk beloofd, eenzijdig geschreven",
      choices = { 1, 3, 2, 4, 2, 1, 3, 1, 1, 2 }, ending = "anders_dan_gezegd" },
    test { name = "'gewoon wat ik zie', en dat opgeschreven",
      choices = { 1, 3, 2, 4, 2, 3, 1, 1, 1, 2 }, ending = "ingekort" },
    test { name = "steeds de procedurele reactie",
      choices = { 2, 1, 4, 2, 1, 4, 1, 1, 1, 2 }, ending = "ingekort",
      max = { overall = 0.5 } },
  },
}

-- Hulpjes voor het verslag ---------------------------------------------------------

-- +n op een teller, zonder de rest te raken
local function plus(var, n)
  return function(_) return { [var] = n } end
end

-- het einde, gelezen uit wat je zei en wat je schreef
local function einde(s)
  if s.anders_dan_gezegd >= 2 then return "anders_dan_gezegd" end
  -- één verschil weegt zwaar als ze het zelf ontdekt en het vertrouwen nog broos is
  if s.anders_dan_gezegd == 1 and s.gedeeld == 0 and s.vertrouwen <= 3 then return "anders_dan_gezegd" end
  if s.eenzijdig >= 2 then return "ingekort" end
  if s.verzwegen >= 1 then return "twee_verhalen" end
  if s.gedeeld == 1 and s.anders_dan_gezegd == 0 and s.vertrouwen >= 5 then return "samen_geschreven" end
  return "via_femke"
end

-- 1. Tien minuten te laat ------------------------------------------------------------

node "aankomst" {
  speaker = "esther",
  lines = {
    { "verteller", "Woensdag, tien over twee. De bezoekruimte: een bank, een kleed, een bak met speelgoed. Noa zit sinds twee uur aan tafel te tekenen. Marloes heeft haar gebracht en haalt haar om vier uur weer op." },
    { "verteller", "De deur gaat open. Esther is buiten adem, haar jas half open, een plastic tas in haar hand." },
    "Sorry. Sorry. De trein stond twintig minuten stil bij Amersfoort. Ik had nog wel een trein eerder genomen.",
    "Is ze er nog? Is ze boos?",
  },
  choices = {
    choice {
      text = "Ze is er. Ze zit te tekenen. *(je wacht even)* Doe eerst rustig je jas uit.",
      next = "snoep",
      score = { regulatie = 3, verbinding = 2 },
      effects = { spanning = -2, vertrouwen = 1 },
      lessons = { 3, 5 },
      feedback = "Je beantwoordt haar vraag, en je geeft haar een paar seconden om te landen. Het te laat komen krijgt geen gewicht dat het niet heeft: de trein stond stil. Zo begint ze het bezoek als moeder, niet als iemand die al een punt kwijt is (les 3, les 5).",
      inner = "Ze is er. Oké. Jas uit. Ademen. Geen blik op de klok, geen pen.",
    },
    choice {
      text = "Fijn dat je er bent. Ik moet wel noteren dat je tien minuten later was, dat vraagt de GI. De tijd loopt gewoon tot vier uur.",
      next = "snoep",
      procedure = true, content = true,
      score = { transparantie = 1, veiligheid = -1, regulatie = -1 },
      effects = { spanning = 1 },
      set = { te_laat_genoteerd = 1 },
      lessons = { 5, 8 },
      feedback = "Eerlijk over wat je noteert, en dat is iets waard. Maar het is het eerste wat ze van je hoort, terwijl ze nog buiten adem staat. Zo is het te laat komen al een punt in het verslag voordat ze haar dochter heeft gezien (les 5).",
      inner = "Daar gaan we. Genoteerd. Twintig minuten stil bij Amersfoort, maar dat noteert niemand.",
    },
    choice {
      text = "Joh, geeft niks, dat was de trein. Dat telt vandaag niet mee, hoor.",
      next = "snoep",
      score = { regulatie = 1, transparantie = -2 },
      effects = { spanning = -1, vertrouwen = 1 },
      set = { te_laat_geheim = 1 },
      lessons = { 8, 5 },
      feedback = "Het is warm en nuchter, en je wilt haar opluchten: ze kan er niets aan doen. Maar “telt niet mee” hoort zij als een belofte over het verslag, en die kun je misschien niet houden, want de begintijd staat op het formulier en Marloes weet het ook. En je zegt er onbedoeld bij dat het verslag iets is om dingen voor te verstoppen (les 8, les 5).",
      inner = "Telt niet mee. Dus het komt niet in het verslag? Dat zeggen ze allemaal. Maar goed, het is aardig bedoeld.",
    },
    choice {
      text = "Noa vroeg al een paar keer waar je bleef. Zullen we snel naar binnen, dan heeft ze je nog zo lang mogelijk?",
      next = "snoep",
      score = { systemisch = -1, regulatie = -1, verbinding = 1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 6, 3 },
      feedback = "Je denkt aan Noa, en je wilt dat ze zo veel mogelijk van haar moeder heeft: dat voelt juist. Maar Esther hoort vooral dat haar dochter op haar heeft zitten wachten. Met dat schuldgevoel loopt ze de kamer in, nog voordat ze is geland (les 6, les 3).",
      inner = "Ze vroeg waar ik bleef. Natuurlijk. Ik laat haar altijd wachten.",
    },
  },
}

-- 2. De zak snoep ----------------------------------------------------------------------

node "snoep" {
  speaker = "esther",
  lines = {
    { "verteller", "Esther knielt naast Noa. \"Hoi lieverd.\" Noa kijkt op, glimlacht verlegen en tekent door." },
    { "verteller", "Dan haalt Esther een grote zak snoep uit de plastic tas. Op het overdrachtsformulier staat een verzoek van de pleegouders: geen snoep tijdens de bezoeken, Noa slaapt er slecht van." },
    "Kijk eens wat mama heeft. Zure matten! Die vind jij toch het lekkerst?",
    { "verteller", "Noa kijkt naar de zak. En dan naar jou." },
  },
  choices = {
    choice {
      text = "*(je vangt Esthers blik en tikt even op het overdrachtsformulier)*",
      next = "puzzel",
      procedure = true,
      score = { veiligheid = -2, verbinding = -1, systemisch = 1 },
      effects = { spanning = 1, vertrouwen = -1, regie = -1 },
      set = { snoep = 1 },
      lessons = { 5, 6 },
      feedback = "Discreet, zonder woorden, en je neemt de afspraak met de pleegouders serieus: zo lijkt het de zachtste manier. Maar het is nog steeds een correctie waar Noa bij is, en Noa kijkt juist naar jou. Ze ziet dat mama hier een regel breekt, en Esther voelt zich gezakt voor iets wat ze als cadeau bedoelde (les 5, les 6).",
      inner = "Die tik op het formulier. Noa zag het ook. Zelfs snoep kan ik niet goed doen.",
    },
    choice {
      text = "*(je knipoogt naar Noa)* Ach, één keertje. Ik heb niks gezien, hoor!",
      next = "puzzel",
      score = { verbinding = 1, systemisch = -1, transparantie = -1 },
      -- "ik heb niks gezien" kan het verslag straks niet waarmaken
      effects = { spanning = -1, vertrouwen = 1, anders_dan_gezegd = 1 },
      set = { snoep = 3 },
      lessons = { 6, 8 },
      feedback = "Licht en hartelijk, en de spanning zakt meteen: verleidelijk. Maar je maakt van het snoep een geheimpje. Noa moet straks kiezen tussen het geheim van mama en de regel van Marloes, en jij kunt in je verslag niet meer zeggen wat er gebeurde (les 6, les 8).",
      inner = "Die doet tenminste niet moeilijk. Al kijkt Noa nog steeds een beetje bang.",
    },
    choice {
      text = "*(je blijft op de achtergrond en knikt Noa toe)*",
      next = "puzzel",
      score = { veiligheid = 3, systemisch = 2, verbinding = 1 },
      effects = { spanning = -1, vertrouwen = 1 },
      set = { snoep = 2 },
      lessons = { 5, 6 },
      feedback = "Je laat dit moment van moeder en dochter, en met je knik laat je Noa merken dat het goed is. Het snoep is een huisregel, geen gevaar, en kan straks zonder Noa met Esther besproken worden. Zo wordt Esther niet gecorrigeerd waar haar kind bij is (les 5, les 6).",
      inner = "Geen opmerking. We mogen gewoon. Noa pakt er één.",
    },
    choice {
      text = "Wat lief van mama! Zullen we ze bewaren voor thuis, Noa? Dan stop ik de zak even in je tas.",
      next = "puzzel",
      score = { regie = -2, verbinding = -1 },
      effects = { spanning = 1, regie = -2 },
      set = { snoep = 4 },
      lessons = { 2, 5 },
      feedback = "Slim bedacht: geen nee, geen ruzie, en de regel van de pleegouders blijft heel. Daarom verleidt het. Maar je neemt het cadeau uit Esthers handen en beslist erover, waar Noa bij is. Wie hier de baas is, is voor allebei duidelijk (les 2, les 5).",
      inner = "Mijn cadeau. In haar tas. Alsof ik er niet bij ben.",
    },
  },
}

-- 3. De puzzel ---------------------------------------------------------------------------

node "puzzel" {
  speaker = "esther",
  key = true,
  lines = {
    { "verteller", "Ze gaan samen een puzzel maken. Esther zit op het puntje van haar stoel." },
    "Nee Noa, die hoort daar niet. Eerst de randjes, dat weet je toch? Zit eens rechtop. Niet met je mouw aan je neus.",
    { "verteller", "Noa wordt stiller. Ze legt de stukjes neer en kijkt naar het raam. Esther kijkt naar jou, naar het schrift op je schoot, en weer naar Noa." },
    { "verteller", "Als Noa naar de poppenhoek loopt, buigt Esther zich naar je toe." },
    "Vorige keer stond in het verslag dat ik weinig initiatief nam. Dus nu doe ik het maar goed.",
  },
  prompt = "Esther doet zo haar best dat het bezoek een examen wordt, voor haar én voor Noa. Wat zie je achter haar corrigeren? En wat doet jouw schrift op schoot met dit bezoek?",
  choices = {
    choice {
      text = "Je doet het echt hartstikke goed, hoor. Ik zie een moeder die heel erg haar best doet.",
      next = "poppen",
      score = { erkenning = 1, regulatie = 1 },
      effects = { spanning = -1, vertrouwen = 1 },
      lessons = { 3, 5 },
      feedback = "Je wilt haar geruststellen, en dat lucht even op. Maar ook een compliment is een cijfer: je bevestigt dat je haar aan het beoordelen bent. Het examen gaat gewoon door, nu met een voldoende (les 5, les 3).",
      inner = "Best doen. Dus het valt op. Dan gaat dat er vast in.",
    },
    choice {
      text = "*(je klapt je schrift dicht en legt het weg)* Dat zinnetje zit je nog dwars, hè.",
      next = "poppen",
      score = { erkenning = 2, regulatie = 3, veiligheid = 2 },
      effects = { spanning = -1, vertrouwen = 2 },
      lessons = { 5, 3 },
      feedback = "Je ziet wat er achter het corrigeren zit: een zin uit een verslag. Je benoemt het, en je schrift gaat dicht. Daarmee zeg je zonder uitleg dat ze hier niet op examen is (les 5, les 3).",
      inner = "Het schrift gaat dicht. Ja. Dat zinnetje. Ik lig er 's nachts wakker van.",
    },
    choice {
      text = "Misschien kun je haar wat meer haar gang laten gaan? Kinderen van zes spelen vrijer als je minder corrigeert.",
      next = "poppen",
      content = true,
      score = { veiligheid = -1, regulatie = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 5 },
      feedback = "Het advies klopt, en je ziet Noa stil worden: je wilt haar helpen. Maar je corrigeert de moeder die haar kind corrigeert. Esther hoort dat ze het weer fout doet, en het examen krijgt er een vak bij (les 5).",
      inner = "Dus dit is ook fout. Eerst te weinig, nu te veel.",
    },
    choice {
      text = "Over het vorige verslag kan ik niets zeggen, dat heeft een collega geschreven. Als je het er niet mee eens bent, kun je dat met Femke bespreken.",
      next = "poppen",
      procedure = true, content = true,
      score = { transparantie = -1, erkenning = -1, verbinding = -1 },
      effects = { vertrouwen = -1 },
      lessons = { 8, 3 },
      feedback = "Het klopt, en je wilt niet over het werk van een collega oordelen. Maar ze vroeg niet om een procedure. Ze vertelde waarom ze zo haar best doet, en dat gaat nu langs je heen (les 3, les 8).",
      inner = "Met Femke bespreken. Daar word ik alleen maar nog meer bekeken.",
    },
  },
}

-- 4. Verhuizen met de poppen -----------------------------------------------------------

node "poppen" {
  speaker = "esther",
  lines = {
    { "verteller", "Esther gaat bij Noa op het kleed zitten. Noa zet de poppen in een doos. \"Ze gaan verhuizen,\" zegt ze. \"Weer.\"" },
    { "esther", "Dat speelt ze altijd. We zijn drie keer verhuisd voordat ze bij Marloes kwam. Door die toeslagen. Ze was drie.", when = { vertrouwen = ">=4" } },
    { "esther", "Dat speelt ze altijd.", when = { vertrouwen = "<4" } },
    { "verteller", "Noa kijkt op naar haar moeder, met een pop in haar hand." },
  },
  choices = {
    choice {
      text = "*(je gaat bij hen op het kleed zitten)* Gaan ze verhuizen, Noa? Waar gaan ze naartoe?",
      next = "afscheid",
      score = { verbinding = 1, systemisch = -1, regie = -1 },
      effects = { regie = -1 },
      lessons = { 6, 2 },
      feedback = "Speels en betrokken: je neemt Noa's spel serieus en stelt een open vraag, zoals je in elke opleiding leert. Maar Noa keek net naar haar moeder, en nu praat ze met jou. Het moment waarop moeder en dochter elkaar in het spel vinden, neem je over (les 6, les 2).",
      inner = "Ze zit ineens naast ons. Noa praat tegen haar. Ik kijk toe, net als thuis bij Marloes.",
    },
    choice {
      text = "Drie keer verhuisd. Wat is er toen allemaal gebeurd, met de toeslagen?",
      next = "afscheid",
      when = { vertrouwen = ">=4" },
      score = { erkenning = 2, systemisch = -1, verbinding = -1 },
      effects = { spanning = 1 },
      lessons = { 1, 6 },
      feedback = "Een goede vraag, op een ander moment: je wilt haar verhaal horen, zoals les 1 vraagt. Maar Noa zit erbij en wacht op haar moeder. Zo gaat de schaarse tijd van het bezoek naar het verhaal van de volwassenen (les 6, les 1).",
      inner = "Moet ik dat nu vertellen? Waar Noa bij is? Ze luistert mee.",
    },
    choice {
      text = "Misschien is het goed om dit met Femke te bespreken. Het kan zijn dat Noa hier nog hulp bij nodig heeft.",
      next = "afscheid",
      procedure = true, content = true,
      score = { systemisch = -1, erkenning = -1 },
      effects = { vertrouwen = -1 },
      lessons = { 6, 5 },
      feedback = "Zorgvuldig bedoeld: je ziet een kind dat iets verwerkt. Maar je maakt van Noa's spel een probleem voor de GI, en van Esther iemand die erbuiten staat. Wat Noa hier nodig heeft, zit naast haar op het kleed (les 6, les 5).",
      inner = "Hulp. Voor Noa. Omdat ze met mij verhuisd is.",
    },
    choice {
      text = "*(zacht, tegen Esther)* Ze kijkt naar jou.",
      next = "afscheid",
      score = { systemisch = 3, verbinding = 2, erkenning = 2 },
      effects = { spanning = -1, vertrouwen = 1, regie = 1 },
      lessons = { 6, 3 },
      feedback = "Je benoemt alleen wat je ziet, en daarmee geef je het moment terug aan moeder en dochter. Je maakt er geen gesprek van en geen advies. Noa's spel is een uitnodiging aan haar moeder, en het bezoek is er voor hun band (les 6, les 3).",
      inner = "Ze kijkt naar mij. Waar gaan ze naartoe, lieverd? Naar een huis met een tuin?",
    },
  },
}

-- 5. Het afscheid --------------------------------------------------------------------

node "afscheid" {
  speaker = "esther",
  key = true,
  lines = {
    { "verteller", "Om vijf voor vier gaat de bel. Marloes staat in de gang met Noa's jas." },
    { "noa", "Ik heb zure matten gehad! Maar dat is geheim, hè mama?", when = { snoep = 3 } },
    { "verteller", "Marloes kijkt van Noa naar jou.", when = { snoep = 3 } },
    { "verteller", "Marloes ziet de zak snoep in Noa's tas en kijkt je vragend aan.", when = { snoep = 4 } },
    { "verteller", "Noa ziet Marloes en klampt zich aan Esther vast. Ze begint hard te huilen." },
    { "noa", "Ik wil niet weg! Ik wil bij mama blijven!" },
    { "verteller", "Esther verstijft. Ze kijkt naar jou, en dan naar Marloes." },
    "Stil maar. Niet huilen nou. Mama komt gauw weer. Niet huilen.",
  },
  prompt = "Noa huilt bij het afscheid. Wat betekent dat huilen: dat het bezoek haar van slag maakt, of dat ze aan haar moeder gehecht is? En wie hoort dit afscheid te doen?",
  choices = {
    choice {
      text = "Het is vier uur, we gaan afronden. Noa, kom maar, Marloes staat op je te wachten.",
      next = "opschrijven",
      procedure = true,
      score = { verbinding = -2, systemisch = -1, regie = -1 },
      effects = { spanning = 1, vertrouwen = -2, regie = -1 },
      set = { afscheid_zelf = 0 },
      lessons = { 6, 3 },
      feedback = "De tijd is om en je wilt het voor Noa niet rekken. Maar je neemt het afscheid over van haar moeder. Zo leert Noa dat haar verdriet bij jou en Marloes hoort, en Esther staat erbij als bezoeker (les 6, les 3).",
      inner = "Afronden. Alsof er een dossier dichtgaat. Ik mocht haar niet eens troosten.",
    },
    choice {
      text = "*(je knikt Marloes toe: even wachten)* Neem de tijd, Esther. Ze mag bij jou verdrietig zijn.",
      next = "opschrijven",
      score = { regulatie = 3, systemisch = 3, verbinding = 2 },
      effects = { spanning = -1, vertrouwen = 1, regie = 1 },
      set = { afscheid_zelf = 1 },
      lessons = { 6, 5, 3 },
      feedback = "Je geeft het afscheid terug aan Esther en betrekt Marloes met één knik. Noa's huilen is geen teken dat het bezoek haar schaadt, maar van de band met haar moeder. Esther hoeft het niet weg te maken; ze mag haar troosten (les 6, les 5).",
      inner = "Ze mag verdrietig zijn. Bij mij. Kom maar, lieverd. Mama brengt je naar Marloes.",
    },
    choice {
      text = "Kom maar bij mij, Noa. Dan lopen we samen naar Marloes en zwaaien we naar mama door het raam.",
      next = "opschrijven",
      score = { systemisch = 1, regie = -2, verbinding = -1 },
      effects = { regie = -2 },
      set = { afscheid_zelf = 0 },
      lessons = { 2, 6 },
      feedback = "Lief, en het werkt vaak: een klein ritueel, een zwaai door het raam. Daarom verleidt het. Maar je neemt de troost over van de moeder die er gewoon bij staat. Voor Noa word jij de veilige, voor Esther is het weer iemand die het beter kan (les 2, les 6).",
      inner = "Weer iemand die haar van me overneemt. Zwaaien door het raam. Alsof ik er al niet meer ben.",
    },
    choice {
      text = "Geef haar maar een dikke knuffel, Esther. Een kort afscheid is voor haar het makkelijkst.",
      next = "opschrijven",
      content = true,
      score = { regulatie = -1, veiligheid = -1, regie = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      set = { afscheid_zelf = 1 },
      lessons = { 5, 3 },
      feedback = "Je weet hoe afscheid bij jonge kinderen vaak gaat, en je wilt het Noa makkelijk maken. Maar op het moment dat Esther verstijft, krijgt ze een instructie, waar Marloes bij staat. Het examen loopt door tot de laatste minuut (les 5, les 3).",
      inner = "Laat haar gaan. Ik doe het dus weer verkeerd. Zelfs afscheid nemen.",
    },
  },
}

-- 6. "Wat ga je opschrijven?" ---------------------------------------------------------

node "opschrijven" {
  speaker = "esther",
  key = true,
  lines = {
    { "verteller", "Noa is weg. In de lege bezoekruimte stopt Esther langzaam de puzzel terug in de doos. Haar ogen zijn rood." },
    "Ze huilde. Dat gaat erin, hè. Dat ze overstuur raakt van mij.",
    { "esther", "Dat van de trein telde niet mee, zei je.", when = { te_laat_geheim = 1 } },
    { "esther", "En Marloes weet nu ook van het snoep.", when = function(s) return s.snoep == 3 or s.snoep == 4 end },
    "Wat ga je opschrijven?",
  },
  prompt = "“Wat ga je opschrijven?” Wat maakt deze vraag zo beladen voor Esther? Wat kun je haar nu eerlijk zeggen, en wat beloof je daarmee voor vanavond?",
  choices = {
    choice {
      text = "Dat Noa huilde omdat ze bij je wilde blijven. De trein, en het snoep. En hoe jij het zag: wat wil je erin?",
      next = "belang",
      content = true,
      score = { transparantie = 3, systemisch = 2, veiligheid = 1, regulatie = 1 },
      effects = { spanning = -1, vertrouwen = 1, regie = 1 },
      set = { beloofd_eerlijk = 1, te_laat_geheim = 0 },
      lessons = { 8, 6, 5 },
      feedback = "Je zegt in een paar woorden precies wat erin komt, ook wat lastig is, met de betekenis van het huilen erbij, en je vraagt haar eigen kijk. Het verslag is geen geheim meer dat ze straks bij Femke leest. Daarmee beloof je ook iets voor vanavond (les 8, les 6, les 5).",
      inner = "Dat ze bij me wilde blijven. Zo heb ik het nog nooit horen zeggen. En ik mag er iets bij zetten?",
    },
    choice {
      text = "Niks waar jij wakker van hoeft te liggen. Het was een goed bezoek.",
      next = "belang",
      score = { regulatie = 1, transparantie = -2 },
      effects = { spanning = -2, vertrouwen = 1 },
      set = { beloofd_sterk = 1 },
      lessons = { 8, 3 },
      feedback = "Je ziet haar rode ogen en wilt haar iets geven om mee naar huis te nemen, en het was ook echt een goed bezoek. Dat verleidt. Maar ze vroeg wat je opschrijft, en jouw geruststelling is een belofte: niets wat haar raakt. Het afscheid kun je dan niet eerlijk opschrijven, terwijl het huilen juist het teken van hun band is (les 8, les 3).",
      inner = "Niks om wakker van te liggen. Dus niks over het huilen? Ik durf het bijna niet te geloven.",
    },
    choice {
      text = "Ik schrijf gewoon op wat ik zie. Feitelijk, niks meer en niks minder.",
      next = "belang",
      score = { transparantie = -1, veiligheid = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      set = { beloofd_neutraal = 1 },
      lessons = { 8, 5 },
      feedback = "Het klinkt eerlijk en onpartijdig, en zo bedoel je het ook. Maar Esther weet nu nog steeds niet wat je zag. Het huilen, het snoep, het te laat komen: alles kan er feitelijk in staan, zonder wat het betekent (les 8, les 5).",
      inner = "Wat je ziet. Dat zei die collega vorige keer ook. En toen stond er “weinig initiatief”.",
    },
    choice {
      text = "Het verslag gaat vanavond naar Femke. Zij bespreekt het met je bij jullie volgende gesprek; dan kun je ook zeggen hoe jij het zag.",
      next = "belang",
      procedure = true,
      score = { transparantie = -1, verbinding = -1 },
      effects = { vertrouwen = -2 },
      lessons = { 8 },
      feedback = "Zo is de route, en het is niet aan jou om Femke voor te zijn. Maar Esther vraagt jou wat jij schrijft. “Dat hoor je nog” laat haar drie weken met haar angst, en het verslag wordt iets wat over haar gaat, buiten haar om (les 8).",
      inner = "Over drie weken. Als het al beslist is.",
    },
  },
}

-- 7. Voor wie schrijf je? -------------------------------------------------------------

node "belang" {
  speaker = "esther",
  key = true,
  lines = {
    { "verteller", "Esther trekt haar jas aan, en weer uit." },
    "Dat snoep... Bij Marloes mag ze nooit wat. Ik ben gewoon de moeder van twee uur om de week. Dan wil ik tenminste iets leuks meenemen.",
    "Voor wie schrijf je dat verslag eigenlijk? Jullie kijken toch alleen naar Noa.",
  },
  prompt = "“Jullie kijken toch alleen naar Noa.” Wiens belang dient het verslag? Hoe praat je over de regel van de pleegouders zonder Esther of Marloes aan de kant te schuiven?",
  choices = {
    choice {
      text = "Ik ben er in de eerste plaats voor Noa. Haar belang staat voorop, ook in mijn verslag.",
      next = "verslag_aanvang",
      procedure = true,
      score = { systemisch = -2, verbinding = -1 },
      effects = { vertrouwen = -2, regie = -1 },
      lessons = { 6 },
      feedback = "Het klinkt als de kern van je vak, en je meent het. Maar Esther hoort dat haar belang en dat van Noa tegenover elkaar staan, en dat zij aan de verkeerde kant staat. Juist bij een omgangsbezoek zijn hun belangen verweven: het bezoek is er voor hun band (les 6).",
      inner = "Voorop. En ik sta achteraan. Alsof ik niet wil dat het goed gaat met haar.",
    },
    choice {
      text = "Voor Femke, en voor jullie allebei. En weet je wat? Neem volgende keer fruit mee, dan is er niks aan de hand.",
      next = "verslag_aanvang",
      content = true,
      score = { transparantie = 1, regie = -1, systemisch = -1 },
      effects = { vertrouwen = -1, regie = -1 },
      lessons = { 2, 1, 6 },
      feedback = "Een eerlijk antwoord en een praktische oplossing die het probleem met Marloes meteen wegneemt: wat wil je meer? Maar Esther vertelde net wat het is om moeder van twee uur te zijn, en jij lost het snoep op voordat dat verhaal er mag zijn. Het idee is van jou, niet van haar, en Marloes spreekt ze nog steeds niet (les 2, les 1, les 6).",
      inner = "Fruit. Ja, dat kan. Maar daar ging het toch niet om?",
    },
    choice {
      text = "Voor Femke. Het gaat over jullie samen: dáár is dit bezoek voor. Wat wil jij dat Marloes weet over dat snoep?",
      next = "verslag_aanvang",
      score = { systemisch = 3, transparantie = 3, regie = 2, verbinding = 1 },
      effects = { spanning = -1, vertrouwen = 1, regie = 2 },
      lessons = { 6, 8 },
      feedback = "Je zegt eerlijk voor wie je schrijft, en waar het over gaat: de band van Noa én Esther. Het snoep bespreek je nu, zonder Noa erbij, en Esther denkt zelf mee over wat ze met Marloes afspreekt (les 6, les 8).",
      inner = "Wat ik wil dat ze weet? Dat ik iets wil meenemen. Misschien mag een tekening. Of fruit, in een mooi bakje.",
    },
    choice {
      text = "Eerlijk? Ik vind die regel ook wat streng. Ik zeg wel tegen Marloes dat een zakje snoep af en toe moet kunnen.",
      next = "verslag_aanvang",
      score = { verbinding = 1, regie = -1, systemisch = -1 },
      effects = { spanning = -1, vertrouwen = 1, regie = -1 },
      lessons = { 6, 2 },
      feedback = "Je kiest haar kant, en dat voelt even als een bondgenoot. Maar je zet de pleegouders tegenover haar en regelt iets voor haar wat ze zelf met Marloes kan bespreken. Noa heeft er het meest aan als haar moeder en haar pleegouders elkaar vinden (les 6, les 2).",
      inner = "Eindelijk iemand aan mijn kant. Al heb ik Marloes dan nog steeds niet zelf gesproken.",
    },
  },
}

-- 8. Die avond: de aanvang -----------------------------------------------------------

node "verslag_aanvang" {
  speaker = "verteller",
  lines = {
    "Die avond schrijf je het verslag.",
    "Het formulier heeft vier vakken: aanvang, contact tussen moeder en kind, afscheid, en de visie van moeder. Morgenochtend gaat het naar Femke.",
    "Je denkt terug aan wat je Esther vanmiddag hebt gezegd.",
    "Onder **Aanvang** schrijf je:",
  },
  choices = {
    choice {
      text = "Moeder kwam 10 minuten te laat. Bezoek van 14.10 tot 16.00 uur.",
      next = "verslag_afscheid",
      procedure = true,
      score = { erkenning = -1, veiligheid = -1 },
      effects = function(s)
        local e = { eenzijdig = 1 }
        if s.te_laat_geheim == 1 or s.beloofd_eerlijk == 1 then e.anders_dan_gezegd = 1 end
        return e
      end,
      lessons = { 5 },
      feedback = "Kort en feitelijk: zo ziet een verslag eruit. Maar zonder de trein staat er een moeder die te laat komt. Wie dit leest, vult de rest zelf in, en dat wordt een oordeel over haar als moeder (les 5).",
      inner = "Esther, als ze het leest: Te laat. Meer niet. Twintig minuten stil bij Amersfoort, en een trein eerder.",
    },
    choice {
      text = "Moeder kwam tien minuten te laat binnen en was gejaagd. Noa zat al die tijd aan tafel op haar te wachten en vroeg twee keer waar mama bleef.",
      next = "verslag_afscheid",
      score = { veiligheid = -2, systemisch = -1 },
      effects = function(s)
        local e = { eenzijdig = 1 }
        if s.te_laat_geheim == 1 or s.beloofd_eerlijk == 1 then e.anders_dan_gezegd = 1 end
        return e
      end,
      lessons = { 5, 6 },
      feedback = "Het is allemaal waar, en je neemt Noa's beleving mee, zoals een goed verslag hoort te doen. Daarom verleidt het. Maar zo wordt een stilstaande trein een moeder die haar kind laat wachten. Gedrag zonder de oorzaak wordt een oordeel over het ouderschap (les 5, les 6).",
      inner = "Esther, als ze het leest: Laat wachten. Alsof ik ergens koffie zat te drinken.",
    },
    choice {
      text = "Moeder kwam tien minuten later: haar trein stond stil, hoewel ze al een trein eerder had genomen. Noa begroette haar verlegen.",
      next = "verslag_afscheid",
      score = { erkenning = 2, veiligheid = 3, transparantie = 1 },
      effects = function(s)
        if s.te_laat_geheim == 1 then return { anders_dan_gezegd = 1 } end
        return {}
      end,
      lessons = { 5, 3 },
      feedback = "Dezelfde tien minuten, nu met ondertiteling: de oorzaak, de moeite die ze deed, en hoe Noa haar begroette. Zo krijgt gedrag context en betekenis (les 5).",
      inner = "Esther, als ze het leest: Een trein eerder. Het is gehoord.",
    },
    choice {
      text = "*(Je laat het te laat komen weg. Het was de trein, het zegt niets over haar als moeder.)*",
      next = "verslag_afscheid",
      score = { veiligheid = 1, transparantie = -1 },
      effects = function(s)
        local e = { verzwegen = 1 }
        if s.beloofd_eerlijk == 1 then e.anders_dan_gezegd = 1 end
        return e
      end,
      lessons = { 5, 8 },
      feedback = "Je wilt haar beschermen tegen een oordeel dat ze niet verdient, en dat is sympathiek. Maar Marloes en Femke weten hoe laat het bezoek begon. Een verslag dat gunstige gaten heeft, verliest zijn waarde, ook op de punten waar het voor Esther pleit (les 8, les 5).",
      inner = "Esther, als ze het leest: Niks over te laat. Fijn. Maar Marloes heeft het vast al tegen Femke gezegd.",
    },
  },
}

-- 9. Het afscheid, op papier -----------------------------------------------------------

node "verslag_afscheid" {
  speaker = "verteller",
  key = true,
  lines = {
    "Het vak **Contact tussen moeder en kind** vul je snel in: de puzzel, het snoep, de poppen, het verhuisspel.",
    { "verteller", "Bij het snoep aarzel je even. “Ik heb niks gezien,” zei je. Maar Noa heeft het Marloes al verteld.", when = { snoep = 3 } },
    "Dan het vak **Afscheid**.",
  },
  prompt = "Dezelfde tranen kun je opschrijven als onrust of als hechting. Wat kiest jouw zin, en wat gebeurt er met die zin bij de evaluatie?",
  choices = {
    choice {
      text = "Bij het afscheid raakte Noa ontregeld. Ze huilde hard en was moeilijk van moeder los te maken. Aandachtspunt: de bezoeken lijken veel onrust bij Noa te geven.",
      next = "verslag_visie",
      procedure = true,
      score = { systemisch = -2, veiligheid = -1 },
      effects = function(s)
        local e = { eenzijdig = 2 }
        if s.beloofd_eerlijk == 1 or s.beloofd_sterk == 1 then e.anders_dan_gezegd = 1 end
        return e
      end,
      lessons = { 6, 5 },
      feedback = "Je denkt aan Noa, en een aandachtspunt voelt als zorgvuldig werk. Maar zo wordt haar verdriet om haar moeder een argument tegen de bezoeken. Dit is de zin waarmee een omgangsregeling wordt ingekort (les 6, les 5).",
      inner = "Esther, als ze het leest: Onrust. Door mij. Daar gaat het volgende bezoek.",
    },
    choice {
      text = "Bij het afscheid huilde Noa en wilde ze bij moeder blijven. Moeder troostte haar en nam zelf afscheid. Ik zie hierin de band tussen Noa en haar moeder.",
      next = "verslag_visie",
      when = { afscheid_zelf = 1 },
      set = { afscheid_band = 1 },
      score = { systemisch = 3, veiligheid = 2 },
      effects = tegen_mooie_belofte,
      lessons = { 6, 5 },
      feedback = "Je schrijft op wat er gebeurde, en wat het betekent: een kind dat huilt omdat ze bij haar moeder wil zijn, en een moeder die haar troost. Het afscheid is een teken van hechting, en zo kan Femke het lezen (les 6, les 5).",
      inner = "Esther, als ze het leest: De band tussen Noa en haar moeder. Dat staat er. Zwart op wit.",
    },
    choice {
      text = "Bij het afscheid huilde Noa en wilde ze bij moeder blijven. Ik nam het afscheid te snel over; moeder kreeg weinig ruimte om haar te troosten. Ik zie in het huilen de band tussen hen.",
      next = "verslag_visie",
      when = { afscheid_zelf = 0 },
      set = { afscheid_band = 1 },
      score = { systemisch = 3, veiligheid = 2 },
      effects = tegen_mooie_belofte,
      lessons = { 6, 3 },
      feedback = "Je schrijft wat er gebeurde en wat het betekent, en ook je eigen aandeel: jij nam het afscheid over. Zo leest Femke het huilen als hechting, en niet als een moeder die haar kind niet kan troosten (les 6, les 3).",
      inner = "Esther, als ze het leest: Er staat dat de begeleider het overnam, niet ik. Dat had ik nooit verwacht.",
    },
    choice {
      text = "Het afscheid verliep emotioneel.",
      next = "verslag_visie",
      score = { systemisch = -1, transparantie = -1 },
      effects = function(s)
        local e = { eenzijdig = 1 }
        if s.beloofd_eerlijk == 1 then e.anders_dan_gezegd = 1 end
        return e
      end,
      lessons = { 6, 5 },
      feedback = "Kort, zonder oordeel, niemand kan er iets tegen hebben: verleidelijk. Maar “emotioneel” zegt niet wie er verdrietig was en waarom. De lezer vult het zelf in, en bij een moeder onder toezicht wordt dat zelden: hechting (les 6, les 5).",
      inner = "Esther, als ze het leest: Emotioneel. Wie? Ik? Zij? Wat bedoel je?",
    },
    choice {
      text = "Het was een fijn en gezellig bezoek. Moeder en Noa hebben samen gepuzzeld en met de poppen gespeeld.",
      next = "verslag_visie",
      score = { veiligheid = 1, transparantie = -2 },
      effects = plus("verzwegen", 1),
      lessons = { 8, 6 },
      feedback = "Je wilt Esther niet laten vallen, en misschien heb je haar dit vanmiddag zelfs beloofd. Maar het afscheid ontbreekt, terwijl Marloes het aan Femke vertelt. Een verslag dat mooier is dan wat er gebeurde, verliest zijn gewicht, ook waar het voor Esther pleit (les 8, les 6).",
      inner = "Esther, als ze het leest: Fijn en gezellig. Maar Marloes heeft vast verteld dat ze huilde.",
    },
  },
}

-- 10. De visie van moeder, en wie het eerst leest ---------------------------------------

node "verslag_visie" {
  speaker = "verteller",
  lines = {
    "Dan het laatste vak: **Visie van moeder**. En de vraag wie dit verslag als eerste leest.",
  },
  choices = {
    choice {
      text = "*(Je belt Esther en leest haar het concept voor.)* Klopt dit voor jou? Wat wil je eronder, in je eigen woorden?",
      next = einde,
      when = { beloofd_sterk = 0 },
      score = { transparantie = 3, regie = 3, veiligheid = 1 },
      effects = concept_gedeeld({ vertrouwen = 1, regie = 1 }),
      set = { gedeeld = 1 },
      lessons = { 8, 3 },
      feedback = "Ze hoort het van jou, vóórdat Femke het leest, en haar eigen woorden komen erin. Wat je vanmiddag zei en wat er staat, kan ze nu naast elkaar leggen. Het verslag gaat over haar, en niet meer buiten haar om (les 8, les 3).",
      inner = "Esther, aan de telefoon: Mag ik erbij zetten dat ik een trein eerder nam? En dat ik fruit mee wil nemen, als Marloes dat goed vindt?",
    },
    choice {
      text = "*(Je belt Esther.)* Ik zei vanmiddag te snel dat je nergens wakker van hoefde te liggen. Het huilen staat er wel in, als teken van jullie band. Mag ik het je voorlezen?",
      next = einde,
      when = { beloofd_sterk = 1, afscheid_band = 1 },
      score = { transparantie = 3, regie = 2, veiligheid = 2 },
      effects = concept_gedeeld({ vertrouwen = 1 }),
      set = { gedeeld = 1 },
      lessons = { 8, 3 },
      feedback = "Je herstelt een belofte die je niet had moeten doen, en je doet het voordat ze het van een ander hoort. Dat is geen zwakte: het is betrouwbaar zijn, ook achteraf (les 8, les 3).",
      inner = "Esther, aan de telefoon: Je zei van niet. Maar je belt tenminste. Lees maar voor.",
    },
    choice {
      -- dezelfde herstelpoging als het afscheid niet als band in het verslag staat
      text = "*(Je belt Esther.)* Ik zei vanmiddag te snel dat je nergens wakker van hoefde te liggen. Ik lees je voor wat er staat; zeg jij wat er niet klopt?",
      next = einde,
      when = { beloofd_sterk = 1, afscheid_band = 0 },
      score = { transparantie = 3, regie = 2, veiligheid = 2 },
      effects = concept_gedeeld({ vertrouwen = 1 }),
      set = { gedeeld = 1 },
      lessons = { 8, 3 },
      feedback = "Je neemt een geruststelling terug die je niet had moeten geven, en je laat haar het concept horen voordat Femke het leest, met de ruimte om het te verbeteren. Betrouwbaar zijn kan ook achteraf (les 8, les 3).",
      inner = "Esther, aan de telefoon: Je zei van niet. Maar je belt tenminste. Lees maar voor.",
    },
    choice {
      text = "Visie moeder: niet besproken. Verslag naar de jeugdbeschermer; moeder ontvangt een kopie.",
      next = einde,
      procedure = true,
      score = { transparantie = -1, regie = -1 },
      lessons = { 8 },
      feedback = "Volgens de procedure krijgt ze een kopie, en dat is netjes. Maar ze leest het pas als Femke het al gelezen heeft. Haar kijk ontbreekt in het vak dat er precies voor bedoeld is (les 8).",
      inner = "Esther, als ze het leest: Niet besproken. Niemand heeft het me gevraagd.",
    },
    choice {
      text = "Visie moeder: moeder gaf aan het een fijn bezoek te vinden en Noa graag vaker te willen zien.",
      next = einde,
      score = { regie = -2, transparantie = -1 },
      lessons = { 2, 3 },
      feedback = "Waarschijnlijk klopt het, en je bespaart haar een telefoontje op een zware avond. Daarom verleidt het. Maar zo spreek je voor haar, in jouw woorden, in het enige vak dat van haar is (les 2, les 3).",
      inner = "Esther, als ze het leest: Dat heb ik nooit zo gezegd. Het was niet fijn. Het was alles.",
    },
    choice {
      text = "Visie moeder: moeder vroeg bezorgd wat er in het verslag zou komen en leek wantrouwend richting hulpverlening.",
      next = einde,
      score = { veiligheid = -2, transparantie = -1 },
      effects = function(s)
        local e = { eenzijdig = 1 }
        if s.beloofd_eerlijk == 1 then e.anders_dan_gezegd = 1 end
        return e
      end,
      lessons = { 5 },
      feedback = "Het is wat je zag, en wantrouwen noteren voelt als goed observeren. Maar haar angst voor het verslag is een logische reactie op eerdere verslagen. Zonder die ondertiteling wordt haar vraag een gedragskenmerk (les 5).",
      inner = "Esther, als ze het leest: Wantrouwend. Omdat ik vroeg wat je ging schrijven.",
    },
  },
}

-- Eindes ----------------------------------------------------------------------------

ending "samen_geschreven" {
  title = "Een verslag dat ze herkent",
  kind = "herstel",
  text = [[
Onder het verslag staat, in Esthers woorden: *"Ik had een trein eerder genomen. Het afscheid was zwaar, voor ons allebei. Ik wil graag met Marloes afspreken wat ik kan meenemen."*

Femke leest het en belt Marloes. Bij het volgende bezoek neemt Esther een bakje aardbeien mee. Noa stopt er drie tegelijk in haar mond en lacht met bolle wangen. Marloes heeft haar een tekening voor mama meegegeven: een trein, "die niet stilstaat".

In de evaluatie blijft de regeling twee uur. Femke wil onderzoeken of het begeleiden kan afbouwen: eerst het laatste half uur zonder jou.

*Wat werkte:* je liet het bezoek van Noa en Esther zijn, niet van jouw schrift. Wat je zei en wat je schreef kwam bij elkaar, en waar het niet klopte, hoorde Esther het eerst van jou. Het huilen bij het afscheid werd in het verslag wat het was: hechting (les 5, les 6, les 3).
]],
}

ending "ingekort" {
  title = "Kloppend, maar eenzijdig",
  kind = "neutraal",
  text = [[
Alles in het verslag is waar: het te laat komen, het snoep, de tranen bij het afscheid. Maar nergens staat waarom, of wat het betekent. Femke leest het naast het vorige verslag ("weinig initiatief") en besluit in de evaluatie: de bezoeken worden voorlopig één uur, "om Noa rust te geven".

Esther hoort het van Femke. Ze belt jou niet. Bij het volgende bezoek komt ze een kwartier te vroeg, zit stijf op de bank en corrigeert Noa nog vaker. Noa vraagt Marloes op de terugweg waarom mama minder lang mocht blijven.

*Om over na te denken:* niemand schreef iets onwaars. Maar elke zin liet het gedrag zien zonder de oorzaak, en het verdriet van Noa zonder de band eronder. Zo werd de omgangsregeling toch een examen. Welke zin had het verschil gemaakt (les 5, les 6)?
]],
}

ending "twee_verhalen" {
  title = "Twee verhalen",
  kind = "neutraal",
  text = [[
Jouw verslag is vriendelijker dan wat er gebeurde: er ontbreekt iets wat Marloes wel heeft gezien. De volgende ochtend vertelt zij het Femke zelf.

Femke belt je. "Wat staat er nog meer niet in?" Ze vraagt voor het volgende bezoek een tweede begeleider om mee te kijken. Esther zit dat bezoek tussen twee mensen met een schrift.

*Om over na te denken:* je wilde Esther beschermen. Maar een verslag met gunstige gaten verliest zijn gewicht, ook waar het voor haar pleit. Hoe had je het lastige kunnen opschrijven mét de betekenis erbij (les 5, les 8)?
]],
}

ending "via_femke" {
  title = "Ze leest het via Femke",
  kind = "neutraal",
  text = [[
Het verslag is redelijk en klopt grotendeels. Toch leest Esther het als iets wat over haar gaat, niet met haar. Als Femke vraagt of ze "nog iets wil toevoegen", antwoordt ze niet.

De regeling blijft zoals hij is. Bij het volgende bezoek is Esther op tijd, beleefd en voorzichtig. Ze vraagt niet meer wat je gaat opschrijven. Je weet niet of dat goed nieuws is.

*Om over na te denken:* het verslag ging over Esther, maar niet met haar. Wat had ze nodig om haar eigen kijk erin te krijgen? En klopte wat je haar vanmiddag zei met wat er stond (les 8, les 3)?
]],
}

ending "anders_dan_gezegd" {
  title = "Je zei het ene en schreef het andere",
  kind = "breuk",
  text = [[
Esther leest het verslag. Het is niet wat je haar vanmiddag zei. Ze leest het twee keer.

Dan vraagt ze Femke om een andere omgangsbegeleider. "Ze zegt het ene en schrijft het andere. Dan weet ik nooit meer wat ik moet doen." Tot er een nieuwe begeleider is, gaat het volgende bezoek niet door. Marloes vertelt dat Noa elke ochtend vraagt of het al woensdag is.

*Om over na te denken:* het ging niet mis op één zin, maar op het verschil tussen wat je zei en wat je schreef. Voor iemand die door verslagen haar kind kwijtraakte, is dat verschil het hele verhaal. Wat had je haar eerlijk kunnen zeggen, en hoe had je dat kunnen waarmaken (les 8, les 5)?
]],
}

ending "weggelopen" {
  title = "Esther loopt weg",
  kind = "breuk",
  text = [[
Esther pakt haar tas. "Schrijf maar op wat je wilt. Dat doen jullie toch." De deur valt achter haar dicht.

In het verslag komt te staan dat moeder "geëmotioneerd vertrok". Femke leest het bij de evaluatie, naast het vorige verslag. Het volgende bezoek wordt een uur. Marloes vertelt later dat Noa vroeg of mama nog wel komt.

*Om over na te denken:* de spanning liep zo hoog op dat Esther niet meer kon blijven. Op welk moment voelde dit bezoek voor haar als een examen? Wat had ze nodig om te landen, en om als moeder gezien te worden (les 5, les 3)?
]],
}

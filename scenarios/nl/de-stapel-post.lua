-- S2 "De stapel post"
-- Lessen: 1 (hoofdfocus), 2, 5.
-- Gebaseerd op de evaluatie van de pilotfase: een uithuiszetting die werd
-- afgewend door snel handelen, nadat een procesbegeleider ongeopende post zag.
-- Boog: het bezoek van zijn zoon -> de stapel post -> schaamte -> de brief van
-- de deurwaarder -> "ik ben een mislukkeling" -> samen bellen -> zijn eigen
-- aanpak voor de post.

scenario {
  id = "de-stapel-post",
  title = "De stapel post",
  language = "nl",
  version = "2",
  minutes = 15,
  role = "procesbegeleider",
  lessons = { 1, 2, 5 },
  content_notes = { "uithuisplaatsing", "schulden", "dreigende uithuiszetting", "schaamte" },
  intro = [[
## De stapel post

**Marco** (45) is de vader van **Jesse** (15). Jesse woont al drie jaar op een leefgroep, onder een ondertoezichtstelling (OTS); **Ilse** is zijn jeugdbeschermer. Marco is erkend gedupeerde van de toeslagenaffaire. Na de terugvorderingen kwamen de schulden, de scheiding en een paar jaar waarin alles tegelijk misging.

Het gaat de laatste tijd beter tussen vader en zoon. Jesse komt om de week op zaterdag een middag thuis, en de leefgroep wil volgende maand praten over een eerste logeerweekend.

Dit is je **derde huisbezoek**. Marco heeft koffie gezet en begint meteen over Jesse. Op het dressoir ligt een stapel post.

**Jouw rol:** je bent Marco's procesbegeleider van Het Ondersteuningsteam. Je staat naast hem, je helpt bij de obstakels waar hij hulp bij wil en je kunt snel schakelen met instanties als hij dat wil.

**Niet jouw rol:** je beslist niets over Jesse of over het weekend, je controleert Marco niet en je bent geen schuldhulpverlener of bewindvoerder. Wat hij je vertelt, deel je niet zonder dat hij het weet.

> "Bij een moeder zag ik veel ongeopende post liggen. [...] Daar bleek een op handen zijnde uithuiszetting tussen de documenten te liggen. Die is nu afgewend door snel handelen."
> (procesbegeleider, *Evaluatie pilotfase Ondersteuningsteam*, 2022)
]],
  start = "jesse",
  cast = {
    marco = { name = "Marco", role = "vader" },
    bakker = { name = "Mevrouw Bakker", role = "medewerker woningcorporatie" },
  },
  state = {
    spanning   = { init = 3, min = 0, max = 10 },
    vertrouwen = { init = 4, min = 0, max = 10 },
    regie      = { init = 3, min = 0, max = 10 },
    -- hoe de brief van de deurwaarder boven water komt:
    -- 1 Marco opent zelf, 2 de procesbegeleider opent, 3 hij valt van de stapel
    vondst     = { init = 0, min = 0, max = 3, hidden = true },
    -- wie belt de corporatie: 1 Marco met jou ernaast, 2 jij, 3 Marco alleen
    wie        = { init = 0, min = 0, max = 3, hidden = true },
    -- de corporatie schort de ontruiming op als er een garantstelling komt
    uitstel    = { init = 0, min = 0, max = 1, hidden = true },
    -- een belofte over het weekend die de procesbegeleider niet kan waarmaken
    belofte    = { init = 0, min = 0, max = 1, hidden = true },
  },
  -- Een inhoudelijke stap levert geen vertrouwen op en laat de spanning niet
  -- zakken zolang Marco buiten zijn draagkracht zit (spanning 7 of hoger).
  -- regulatie vóór inhoud: een antwoord met content = true brengt, zolang dit
  -- geldt, niet meer vertrouwen dan max en niet minder spanning dan min.
  regulation = { when = { spanning = ">=7" }, max = { vertrouwen = 0 }, min = { spanning = 0 } },
  triggers = {
    { when = { spanning = ">=10" }, next = "weggestuurd" },
  },
  tests = {
    -- de sterkste reactie bij elke beslissing
    { choices = { 3, 2, 4, 3, 2, 5, 1, 3 }, ending = "eigen_routine",
      min = { erkenning = 0.9, regulatie = 0.9, verbinding = 0.9, veiligheid = 0.9,
              regie = 0.9, systemisch = 0.9, transparantie = 0.9 } },
    -- steeds de procedurele reactie
    { choices = { 4, 4, 3, 4, 1, 2, 3, 2 }, ending = "afgehaakt", max = { regie = 0.2, veiligheid = 0.2 } },
    -- warm, maar alles overnemen
    { choices = { 3, 3, 2, 2, 2, 1, 4 }, ending = "afgewend", max = { regie = 0.2 } },
    { choices = { 4, 1, 2, 4, 1, 1, 3, 1 }, ending = "negen_dagen" },
    { choices = { 2, 4, 3, 1, 4 }, ending = "weggestuurd" },
    -- steeds de langste reactie: geen herstel
    { choices = { 2, 4, 3, 4, 3, 5, 1, 4 }, ending = "afgehaakt" },
    -- steeds de kortste reactie: geen herstel
    { choices = { 3, 3, 2, 5, 4, 4, 1 }, ending = "negen_dagen" },
    -- warm en kort, maar steeds net mis: zelf bellen, Ilse overnemen
    { choices = { 1, 3, 2, 2, 3, 2, 3 }, ending = "afgewend" },
  },
}

-- 1. Het bezoek van Jesse ------------------------------------------------------

node "jesse" {
  speaker = "marco",
  lines = {
    { "verteller", "Marco heeft koffie gezet. Je hebt je jas nog niet uit of hij begint al te vertellen." },
    "Jesse was er zaterdag. Vier uur lang. We hebben FIFA gespeeld en hij heeft me ingemaakt, natuurlijk.",
    "En toen zei hij bij de deur: “Pap, mag ik hier binnenkort een keer blijven slapen?” Zomaar. Uit zichzelf.",
    "De groep wil er volgende maand over praten. Een heel weekend. Stel je voor.",
  },
  choices = {
    choice {
      text = "Wat mooi. Je bent vast ontzettend trots op hem.",
      next = "stapel",
      score = { verbinding = 1 },
      lessons = { 3 },
      feedback = "Warm, en het klinkt als meeleven. Maar je vult zijn gevoel voor hem in, en daarmee is het gesprek over dit moment al af. Wat het voor Marco betekent, en wat er misschien ook aan angst onder zit, hoor je zo niet (les 3).",
      inner = "Trots, ja. En doodsbang dat het weer misgaat. Maar dat vroeg je niet.",
    },
    choice {
      text = "Wat fijn! Wanneer praten ze erover? Dan kunnen we samen bedenken wat je tegen de groep zegt.",
      next = "stapel",
      score = { erkenning = -1, regie = -1, systemisch = 1 },
      effects = { spanning = 1 },
      lessons = { 1, 2 },
      feedback = "Dit verleidt: je denkt mee, je wilt dat het weekend lukt, en “samen” klinkt als naast hem staan. Maar zijn blijdschap wordt meteen een voorbereiding op een gesprek met de groep, met jou aan het stuur. Wat dit moment voor Marco betekent, blijft ongevraagd (les 1, les 2).",
      inner = "Wat ik tegen de groep zeg... Ik wilde je gewoon even vertellen dat hij het zelf vroeg.",
    },
    choice {
      text = "Uit zichzelf. Na drie jaar.",
      next = "stapel",
      score = { erkenning = 2, verbinding = 3, systemisch = 1 },
      effects = { spanning = -1, vertrouwen = 1 },
      lessons = { 1, 3 },
      feedback = "Je herhaalt wat voor hem het belangrijkste was, en meer niet. Geen planning, geen gevoel dat je voor hem invult: hij krijgt de ruimte om zelf te vertellen wat het met hem deed. Zo hoor je wat hij aan het herstellen is, de band met zijn zoon (les 1, les 3).",
      inner = "Wat het met me deed... Ik heb in de auto zitten janken. Drie jaar heb ik gewacht tot hij dat zelf zou vragen.",
    },
    choice {
      text = "Wat fijn om te horen. Zullen we kijken waar we vorige keer gebleven waren?",
      next = "stapel",
      procedure = true,
      score = { verbinding = -1, regie = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 1, 3 },
      feedback = "Redelijk: je hebt afspraken van vorige keer, en die geven houvast. Maar je stapt over zijn blijdschap heen. Wie meteen naar de agenda gaat, mist wat voor de ouder van waarde is (les 1, les 3).",
      inner = "O. Ja. Het lijstje. Ik dacht even dat iemand het gewoon leuk vond voor me.",
    },
  },
}

-- 2. De stapel op het dressoir ---------------------------------------------------

node "stapel" {
  speaker = "marco",
  key = true,
  lines = {
    { "verteller", "Marco loopt naar de keuken om de koffie te halen. Op het dressoir ligt een stapel post, een paar centimeter hoog. Blauwe en witte enveloppen met een venstertje, de meeste nog dicht." },
    { "verteller", "Als Marco terugkomt, ziet hij waar je naar kijkt. Hij legt de folder van de supermarkt er bovenop." },
    "Die troep. Daar moet ik nog eens doorheen.",
  },
  prompt = "Hoe benoem je iets wat je ziet zonder dat het een oordeel wordt? En wie bepaalt hier het tempo: jij, Marco of de stapel?",
  choices = {
    choice {
      text = "*(Je laat het rusten.)* Wat zou je met Jesse willen doen, als dat weekend doorgaat?",
      next = "omweg",
      score = { verbinding = 1, erkenning = -1 },
      lessons = { 1 },
      feedback = "Je blijft bij zijn onderwerp en dat voelt respectvol. Maar je laat een zichtbaar signaal liggen, terwijl die post samenhangt met alles waar hij aan bouwt, ook met dat weekend (les 1).",
      inner = "Gelukkig, er wordt niet over begonnen... Of is het gewoon niet opgevallen?",
    },
    choice {
      text = "Ik zag het, ja. Het is jouw post, en jij bepaalt of we er iets mee doen. Nu, later of niet.",
      next = "enveloppen",
      score = { regie = 3, veiligheid = 2, verbinding = 1 },
      effects = { vertrouwen = 1, regie = 2 }, content = true,
      lessons = { 2, 5 },
      feedback = "Je benoemt wat je ziet zonder oordeel, laat de post van hem en legt de keus over het moment bij hem, zonder een vraag waar hij meteen op moet antwoorden. Kort en rustig: dat maakt het veilig genoeg om de schaamte te laten zien (les 2, les 5).",
      inner = "Het is gezien. Geen vieze blik. En ik mag zelf kiezen... Misschien nu dan maar, voor ik me weer bedenk.",
    },
    choice {
      text = "Zal ik je even helpen? Met z'n tweeën is zo'n stapel zo weg.",
      next = "deurwaarder",
      score = { veiligheid = 1, regie = -2, erkenning = -1 },
      effects = { spanning = -1, regie = -2 },
      set = { vondst = 2 },
      lessons = { 2, 1 },
      feedback = "Dit verleidt: het is aardig, het klinkt als samen, en het lucht aan twee kanten op. Maar hij vroeg niet om hulp, en zo meteen lees jij zijn post terwijl hij naar buiten kijkt. Wat die stapel voor hem betekent, blijft onbesproken, en hij leert vooral dat hij het zelf niet kan (les 2, les 1).",
      inner = "Ja, doe maar. Dan hoef ik niet te kijken... Raar eigenlijk, dat een ander zo meteen mijn brieven leest.",
    },
    choice {
      text = "Zullen we die post vandaag even meenemen, Marco? Als de groep over het weekend praat, kijken ze ook of het hier thuis op orde is.",
      next = "omweg",
      procedure = true,
      score = { veiligheid = -2, regie = -1 },
      effects = { spanning = 2, vertrouwen = -2, regie = -1 },
      lessons = { 5 },
      feedback = "Het klinkt redelijk en eerlijk, en je wilt het weekend helpen. Maar je koppelt de dichte post aan het logeren van Jesse. Dat voelt als een beoordeling van hem als vader en een verkapte voorwaarde, en schaamte wordt er alleen groter van (les 5).",
      inner = "Daar heb je het. Dus nu hangt het weekend ook al van die stapel af. Had ik die folder er maar eerder op gelegd.",
    },
  },
}

-- 3a. Wat die enveloppen met hem doen ----------------------------------------------

node "enveloppen" {
  speaker = "marco",
  lines = {
    { "verteller", "Marco gaat zitten. Hij pakt de stapel, legt hem voor zich op tafel en kijkt er een tijdje naar zonder iets te zeggen." },
    "Weet je wat het is? Als ik zo'n blauwe envelop zie, krijg ik het benauwd. Echt, mijn borst gaat dicht. Dan leg ik hem weg. En morgen ligt er weer een.",
    "Stom, hè. Een volwassen vent die bang is voor een envelop.",
  },
  choices = {
    choice {
      text = "Weet je dat je veel post ook digitaal kunt krijgen, via MijnOverheid? Dan komen er minder enveloppen in de bus.",
      next = "deurwaarder",
      score = { erkenning = -1, verbinding = 1 },
      set = { vondst = 1 },
      lessons = { 1 },
      feedback = "Een bruikbare tip, en je wilt hem iets in handen geven. Maar je slaat over wat hij net liet zien: een angst met een geschiedenis. Een deeloplossing voordat het verhaal er is (les 1).",
      inner = "Digitaal. Dan schrik ik van een mailtje in plaats van van een envelop.",
    },
    choice {
      text = "Dat is helemaal niet stom, Marco. Na alles wat je hebt meegemaakt, is dat heel normaal.",
      next = "deurwaarder",
      score = { regulatie = 1, erkenning = -1 },
      effects = { spanning = -1 },
      set = { vondst = 1 },
      lessons = { 3 },
      feedback = "Dit verleidt: het is warm, en je wilt zijn schaamte wegnemen. Maar door het meteen normaal te noemen, maak je het gesprek af voordat hij verteld heeft wat er in die enveloppen zat. Geruststellen sluit hier de deur die hij net op een kier zette (les 3).",
      inner = "Normaal. Ja. Maar je weet niet eens wat er in die brieven stond.",
    },
    choice {
      text = "Zullen we ze dan nu samen sorteren? Als je ziet wat er ligt, wordt het vaak al kleiner.",
      next = "deurwaarder",
      procedure = true,
      score = { erkenning = -1, regie = -1 },
      effects = { spanning = 2, vertrouwen = -1 },
      set = { vondst = 1 },
      lessons = { 1 },
      feedback = "Een verstandige aanpak, en overzicht helpt vaak echt. Maar je maakt van zijn angst een sorteerklus, terwijl hij net liet zien waar het hem raakt. Zo wordt de toeslagenaffaire een papierprobleem en blijft de erkenning uit (les 1).",
      inner = "Sorteren. Ik krijg het al benauwd als ik eraan denk.",
    },
    choice {
      text = "Dat vind ik helemaal niet stom. Wat kwam er toen allemaal binnen, in die blauwe enveloppen?",
      next = "deurwaarder",
      score = { erkenning = 3, regulatie = 2, verbinding = 1 },
      effects = { spanning = -1, vertrouwen = 1 },
      set = { vondst = 1 },
      lessons = { 1, 5 },
      feedback = "Je neemt zijn schaamte niet over en praat haar ook niet weg: je vraagt naar het verhaal achter de angst. Wat is je overkomen, in plaats van wat is er mis met je (les 1, les 5).",
      inner = "Iemand wil het weten. Ik heb nog nooit iemand verteld wat er in die brieven stond.",
    },
    choice {
      text = "Haal eerst maar even adem. Er hoeft nu niks.",
      next = "deurwaarder",
      score = { regulatie = 2 },
      effects = { spanning = -1 },
      set = { vondst = 1 },
      lessons = { 3 },
      feedback = "Je helpt hem tot rust te komen, en dat is goed. Maar je laat de vraag liggen wat die enveloppen voor hem betekenen en waar die angst vandaan komt (les 1, les 3).",
      inner = "Ja. Ademen. Oké. Maar waarom heb ik dit? Ik snap het zelf niet eens.",
    },
  },
}

-- 3b. Een omweg: Marco praat over iets anders ------------------------------------------

node "omweg" {
  speaker = "marco",
  lines = {
    { "marco", "Die post is mijn zaak, oké? Ik heb het al druk genoeg. Kunnen we het gewoon over Jesse hebben?", when = { spanning = ">=5" } },
    { "marco", "Als hij komt, wil ik met hem naar de kermis. Dat deden we vroeger altijd, toen zijn moeder en ik nog samen waren.", when = { spanning = "<5" } },
    { "verteller", "Dan trilt zijn telefoon op tafel. Op het scherm staat: Woningcorporatie. Marco drukt hem weg en legt de telefoon met het scherm naar beneden." },
    "Die bellen al de hele week. Laat maar.",
  },
  choices = {
    choice {
      text = "*(Je wacht even.)* Je schrok van dat telefoontje.",
      next = "enveloppen",
      score = { regulatie = 2, veiligheid = 2, verbinding = 1 },
      effects = { spanning = -1, vertrouwen = 1 },
      lessons = { 5, 3 },
      feedback = "Een stilte en één zin over wat je ziet. Geen vraag die hij moet beantwoorden, geen advies: je laat ruimte, en hij kan zelf kiezen of hij de schaamte laat zien (les 5, les 3).",
      inner = "Ja. Ik schrok. Het heeft met die post te maken. Dat weet ik eigenlijk al weken.",
    },
    choice {
      text = "Oké, dat is jouw zaak. Vertel maar verder over Jesse.",
      next = "deurwaarder",
      score = { verbinding = 1, regie = 1, erkenning = -1, veiligheid = -1 },
      set = { vondst = 3 },
      lessons = { 1, 2 },
      feedback = "Dit verleidt, want het lijkt op regie laten: hij wil over Jesse praten, en jij volgt. Maar je laat een tweede signaal liggen, nu over zijn huis. Wat er in die stapel zit, raakt ook dat weekend, en elke dag die verstrijkt telt (les 1).",
      inner = "Fijn, weer over Jesse... Die brieven lopen alleen niet weg.",
    },
    choice {
      text = "Misschien goed om ze straks even terug te bellen? Vaak valt het mee als je zelf contact opneemt.",
      next = "deurwaarder",
      procedure = true,
      score = { veiligheid = -1, regulatie = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      set = { vondst = 3 },
      lessons = { 5 },
      feedback = "Verstandig advies, en het klopt: zelf bellen helpt vaak. Maar het is een taak, geen contact, en hij hoort er een terechtwijzing in. Dat weet hij zelf ook; wat hij mist, is iemand die ziet waarom het niet lukt (les 5).",
      inner = "Terugbellen. Alsof ik dat niet weet. Ik kán het gewoon niet.",
    },
    choice {
      text = "Dat is toch niks ergs, hoop ik? Anders moet je het echt zeggen, hoor.",
      next = "deurwaarder",
      score = { verbinding = 1, regulatie = -1 },
      effects = { spanning = 1 },
      set = { vondst = 3 },
      lessons = { 3 },
      feedback = "Je laat merken dat je er bent, en dat is oprecht. Maar een gesloten vraag die op “nee” hoopt, krijgt ook “nee”. Wie zich schaamt, zegt niet uit zichzelf dat het wel erg is (les 3).",
      inner = "Nee hoor. Niks ergs. Wat moet ik anders zeggen?",
    },
  },
}

-- 4. De brief van de deurwaarder -------------------------------------------------------

node "deurwaarder" {
  speaker = "marco",
  key = true,
  lines = {
    { "verteller", "Marco vertelt over de jaren van de terugvorderingen: de aanmaningen, de brieven die steeds dikker werden, de keer dat zijn loon werd beslagen.", when = function(s) return s.vondst == 1 and s.vertrouwen >= 6 end },
    { "verteller", "Marco trekt zelf de bovenste envelop open, en de volgende. Bij de vierde stopt hij: een brief van een deurwaarderskantoor.", when = { vondst = 1 } },
    { "verteller", "Je maakt de enveloppen open en legt ze op stapeltjes. Marco kijkt naar buiten. Bij de vierde envelop stop je: een brief van een deurwaarderskantoor.", when = { vondst = 2 } },
    { "verteller", "Als Marco opstaat om koffie bij te schenken, stoot hij tegen het dressoir. De stapel glijdt op de grond. Bovenop ligt een envelop van een deurwaarderskantoor, ooit opengescheurd en weer teruggestopt.", when = { vondst = 3 } },
    { "verteller", "Aanzegging tot ontruiming. Wegens een huurachterstand van vier maanden moet de woning over negen dagen leeg zijn. Er is al een vonnis." },
    "Negen dagen. Wat... Dat kan toch niet? Ik ben nooit bij een rechter geweest.",
    "Waar moet Jesse dan slapen? Waar moet ík slapen?",
  },
  prompt = "Hier is snel handelen nodig. Hoe doe je dat zonder het van Marco over te nemen? En wat gebeurt er met zijn regie als jij het “even regelt”?",
  choices = {
    choice {
      text = "Rustig maar. Negen dagen is nog best lang, en zo'n brief klinkt altijd erger dan het is.",
      next = "mislukkeling",
      score = { veiligheid = -2, regulatie = -1 },
      effects = { spanning = 2, vertrouwen = -1 },
      set = { wie = 3 },
      lessons = { 1, 3 },
      feedback = "Je wilt de paniek dempen, en geruststellen is een reflex die lief bedoeld is. Maar je bagatelliseert een echte dreiging: een ontruiming met vonnis is geen papieren tijger, en nu kost het hem kostbare dagen (les 1, les 3).",
      inner = "Erger dan het is? Er staat een datum in. Dit wordt niet serieus genomen.",
    },
    choice {
      text = "Geef maar hier. Ik bel ze nu, dan weet je vandaag nog waar je staat.",
      next = "mislukkeling",
      score = { veiligheid = 2, regie = -2 },
      effects = { spanning = -1, regie = -2 },
      set = { wie = 2 },
      lessons = { 2 },
      feedback = "Dit verleidt het meest: het is snel, doortastend en warm, en de dreiging krijgt meteen aandacht. Maar je neemt het over zonder te vragen. Marco wordt toeschouwer bij zijn eigen huis, en wat hij overhoudt is het gevoel dat hij het zelf niet kan (les 2).",
      inner = "Fijn dat iemand het doet... Maar wat zegt dat over mij? Dat ik het zelf niet kan.",
    },
    choice {
      text = "Dit is ernstig, en er is nog tijd. Wil je ze nu bellen, met mij naast je? Jij praat, ik vul aan als je vastloopt.",
      next = "mislukkeling",
      score = { veiligheid = 3, regie = 3, verbinding = 1 },
      effects = { regie = 2 }, content = true,
      set = { wie = 1 },
      lessons = { 2, 1 },
      feedback = "Je neemt de dreiging serieus en handelt meteen, maar mét hem: hij belt, jij zit ernaast. Zo wordt zijn huis gered zonder dat hij opnieuw buitenspel staat (les 2).",
      inner = "Nu? Samen? Oké. Met iemand ernaast durf ik het misschien.",
    },
    choice {
      text = "Dit is echt iets voor de schuldhulp van het wijkteam; die kunnen snel met de corporatie schakelen. Ik geef je hun nummer, dan meld je je vandaag nog aan.",
      next = "mislukkeling",
      procedure = true,
      score = { veiligheid = -1, verbinding = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      set = { wie = 3 },
      lessons = { 1, 2 },
      feedback = "Een verwijzing is op zich logisch, maar bij negen dagen is het te weinig. Je laat hem alleen met een nieuw loket en een wachtlijst, terwijl er een basisbehoefte op het spel staat (les 1).",
      inner = "Weer een nummer. Weer een loket. Ik sta daar vast al op een wachtlijst.",
    },
  },
}

-- 5. "Ik ben gewoon een mislukkeling" -------------------------------------------------

node "mislukkeling" {
  speaker = "marco",
  key = true,
  lines = {
    { "verteller", "Marco zoekt het nummer van de corporatie op. Halverwege stopt hij en legt de telefoon neer.", when = { wie = 1 } },
    { "verteller", "Marco kijkt hoe jij je telefoon pakt. Hij wrijft over zijn gezicht.", when = { wie = 2 } },
    { "verteller", "Marco legt de brief neer en staart ernaar.", when = { wie = 3 } },
    "Zie je. Ik ben gewoon een mislukkeling. Ik kan niet eens mijn eigen post bijhouden.",
    "Geen wonder dat ze Jesse bij me weggehaald hebben.",
  },
  prompt = "Wat hoor je onder “ik ben een mislukkeling”? Hoe geef je context zonder het weg te praten, en zonder er een preek van te maken?",
  choices = {
    choice {
      text = "Laten we niet terugkijken, maar vooruit. Wat moet er nu als eerste gebeuren?",
      next = "aan_de_lijn",
      procedure = true,
      score = { erkenning = -1, regulatie = -1 },
      lessons = { 1 },
      feedback = "Actiegericht en goed bedoeld, want de tijd dringt. Maar je stapt over zijn schaamte heen. Zonder erkenning blijft het beeld “ik ben een mislukkeling” gewoon staan, ook als het huis gered wordt (les 1).",
      inner = "Vooruit. Ja. Makkelijk praten.",
    },
    choice {
      text = "Je kreeg jarenlang brieven dat je fraudeerde, en dat was niet zo. Dan maak je geen envelop meer open. En vandaag kijk je er wél naar.",
      next = "aan_de_lijn",
      score = { erkenning = 3, regulatie = 2 },
      effects = { spanning = -1, vertrouwen = 2 },
      lessons = { 1, 5 },
      feedback = "Je geeft ondertiteling: zijn gedrag krijgt een logische oorzaak in wat hem is overkomen, en je benoemt de kracht die hij vandaag laat zien. Geen weglachen, geen preek, geen belofte (les 1, les 5).",
      inner = "Fraudeur. Zo voelde het ook... En ik heb hem wel op tafel gelegd. Dat is waar.",
    },
    choice {
      text = "Je bent geen mislukkeling, Marco. Een mislukkeling krijgt zijn zoon niet zover dat hij uit zichzelf vraagt of hij mag blijven slapen. Jesse wil bij je komen logeren. Dat zegt genoeg.",
      next = "aan_de_lijn",
      score = { regulatie = 1, erkenning = -1 },
      effects = { spanning = -1 },
      lessons = { 3, 1 },
      feedback = "Dit verleidt omdat het warm is en omdat je het meent: je wilt dat hij zichzelf ziet zoals jij hem ziet. Maar je spreekt zijn gevoel tegen in plaats van het te verklaren, en je maakt Jesse tot bewijs van zijn waarde. Wat hem is overkomen, blijft onbenoemd, en het gesprek is dicht (les 3, les 1).",
      inner = "Lief dat je het zegt. Maar als dat weekend niet doorgaat, ben ik het dus wel.",
    },
    choice {
      text = "Zo moet je niet over jezelf praten, Marco. Wat zou Jesse ervan vinden als hij je zo hoorde?",
      next = "aan_de_lijn",
      score = { veiligheid = -1, regulatie = -1 },
      effects = { spanning = 2, vertrouwen = -1 },
      lessons = { 5 },
      feedback = "Je bedoelt het als aanmoediging, en je wilt hem bij zijn zoon houden. Maar de vraag is geen echte vraag: het klinkt als een oordeel over hem als vader. Zo wordt zijn schaamte een opvoedkwestie (les 5).",
      inner = "Dus nu ben ik ook nog een slechte vader omdat ik me rot voel.",
    },
    choice {
      text = "Ach, iedereen heeft weleens een achterstand.",
      next = "aan_de_lijn",
      score = { erkenning = -1, regulatie = 1 },
      lessons = { 1 },
      feedback = "Je wilt hem geruststellen, maar “iedereen heeft weleens” maakt klein wat hem is overkomen. Dit is geen gewone achterstand, het is de nasleep van de toeslagenaffaire (les 1).",
      inner = "Iedereen? Iedereen z'n kind is niet uit huis geplaatst.",
    },
  },
}

-- 6. Aan de lijn met de corporatie ----------------------------------------------------

node "aan_de_lijn" {
  speaker = "bakker",
  lines = {
    { "verteller", "Marco belt de corporatie. Hij zet de telefoon op de luidspreker en legt hem tussen jullie in. Na een kwartier wachtmuziek neemt iemand op. Marco noemt zijn naam en adres, met een stem die niet helemaal van hem is.", when = { wie = 1 } },
    { "verteller", "Je belt de corporatie met je eigen telefoon, op de luidspreker. Marco zit ernaast met zijn armen over elkaar. Na een kwartier wachtmuziek neemt iemand op; je noemt Marco's naam en adres.", when = { wie = 2 } },
    { "verteller", "Marco zit een tijd stil. Dan belt hij toch de corporatie, op de luidspreker, de telefoon tussen jullie in. Na een kwartier wachtmuziek neemt iemand op.", when = { wie = 3 } },
    "Ik zie het dossier, ja. Meneer is drie keer aangeschreven en twee keer gebeld, en er is nooit gereageerd. Ook niet op de dagvaarding. De zaak ligt nu bij de deurwaarder.",
    "De ontruiming houden we alleen nog tegen als er vóór vrijdag een betalingsregeling met een garantstelling ligt.",
    { "verteller", "Marco's kaken spannen zich. Hij kijkt naar jou.", when = function(s) return s.wie ~= 2 end },
    { "verteller", "Marco schuift zijn stoel naar achteren.", when = { wie = 2 } },
  },
  choices = {
    choice {
      text = "Mevrouw, meneer is gedupeerde van de toeslagenaffaire. Kunt u hem dan echt zomaar op straat zetten?",
      next = "jesse_weten",
      score = { erkenning = 1, verbinding = -2 },
      effects = { spanning = 2 },
      lessons = { 8, 1 },
      feedback = "Dit verleidt: je komt vol voor hem op, en het klopt allemaal wat je zegt. Maar je maakt van de medewerker een tegenstander, en zij kan nu niets meer toezeggen. Naast de ouder staan is iets anders dan tegenover de ander gaan staan (les 8).",
      inner = "Goed gezegd... Maar nu klinkt die vrouw ineens heel formeel. Dit gaat mis.",
    },
    choice {
      text = "Mevrouw, stuurt u maar naar mij wat er vóór vrijdag moet liggen. Dan zorg ik dat het rondkomt.",
      next = "jesse_weten",
      procedure = true,
      score = { veiligheid = 2, regie = -2 },
      effects = { spanning = -1, regie = -2 },
      set = { uitstel = 1 },
      lessons = { 2 },
      feedback = "Effectief: de medewerker weet waar ze aan toe is en de deadline wordt gehaald. Maar Marco verdwijnt uit zijn eigen gesprek, en de volgende brief komt gewoon weer bij hem binnen (les 2).",
      inner = "Daar gaat het weer. Over mij, zonder mij. Maar goed, het wordt in elk geval geregeld. Denk ik.",
    },
    choice {
      text = "*(Je buigt naar de telefoon.)* Mevrouw, ik ben Marco's begeleider. Wat heeft u precies nodig vóór vrijdag?",
      next = "jesse_weten",
      score = { veiligheid = 1, verbinding = -1, regie = -1 },
      effects = { regie = -1 },
      set = { uitstel = 1 },
      lessons = { 2, 5 },
      feedback = "Dit verleidt: het is zakelijk, vriendelijk en precies de goede vraag aan de corporatie. Maar je neemt het woord zonder het hem te vragen, terwijl het om zijn huis gaat. Marco wordt toeschouwer in zijn eigen gesprek, en “nooit gereageerd” blijft zonder ondertiteling staan (les 2, les 5).",
      inner = "Ze praat nu met jou. Ik zit erbij als een kind bij de dokter.",
    },
    choice {
      text = "*(Je zegt niets en wacht af wat Marco doet.)*",
      next = "jesse_weten",
      score = { verbinding = -1, veiligheid = -1 },
      effects = { spanning = 2, vertrouwen = -1 },
      lessons = { 2 },
      feedback = "Zwijgen kan ruimte geven, en je wilt zijn gesprek niet overnemen. Maar hij bevriest en hij keek je net aan: nu laat je hem alleen op het moment dat het erop aankomt. Regie laten is iets anders dan erbuiten blijven (les 2).",
      inner = "Zeg dan wat. Ik weet niet wat ik moet zeggen. Ik weet het niet.",
    },
    choice {
      text = "*(Je kijkt Marco aan: mag ik? Hij knikt.)* Mevrouw, meneer is gedupeerde van de toeslagenaffaire. Post van instanties is daardoor heel zwaar voor hem geworden. Hij zit hier naast me en wil hier blijven wonen, ook voor zijn zoon. Wat heeft u nodig vóór vrijdag?",
      next = "jesse_weten",
      score = { verbinding = 3, erkenning = 2, veiligheid = 2 },
      effects = { spanning = -1, vertrouwen = 1, regie = 1 }, content = true,
      set = { uitstel = 1 },
      lessons = { 1, 5 },
      feedback = "Je vraagt eerst zijn toestemming en geeft dan ondertiteling: de stilte achter “nooit gereageerd” krijgt een oorzaak, en zijn huis wordt gekoppeld aan zijn zoon. Zo is hij geen wanbetaler, maar een vader met een reden. En je eindigt met een vraag, niet met een eis (les 1, les 5).",
      inner = "Eerst gevraagd of het mocht. En gezegd zoals het is. Ik hoefde me niet te verdedigen.",
    },
  },
}

-- 7. Moet de jeugdbeschermer dit weten? ----------------------------------------------------

node "jesse_weten" {
  speaker = "marco",
  key = true,
  lines = {
    { "bakker", "Goed. Als het steunpunt vóór donderdag een garantstelling stuurt, schorten we de ontruiming op. Ik zet er een notitie bij.", when = { uitstel = 1 } },
    { "verteller", "Het gesprek loopt vast. “Ik kan u nu niets toezeggen. U kunt het beste contact opnemen met de deurwaarder.” Marco drukt het gesprek weg.", when = { uitstel = 0 } },
    { "marco", "Oké. Oké. Er is nog een kans.", when = { uitstel = 1 } },
    { "marco", "Nou. Dat was het dan.", when = { uitstel = 0 } },
    "Maar Ilse, moet die dit weten? Als de jeugdbeschermer van Jesse hoort dat ik bijna op straat stond, kan ik dat weekend wel vergeten.",
  },
  prompt = "Wat doe je met informatie die de relatie met de jeugdbeschermer raakt? Hoe blijf je eerlijk over je rol zonder over Marco heen te beslissen, en hoe houd je Jesse in beeld?",
  choices = {
    choice {
      text = "Ik vertel Ilse niets buiten jou om, en over het weekend beslis ik niet. Je bent vandaag in actie gekomen, ook voor Jesse. Zelf vertellen, samen, of nog even wachten: dat kies jij.",
      next = "afronding",
      score = { transparantie = 3, systemisch = 2, regie = 2 },
      effects = { vertrouwen = 1, regie = 2 }, content = true,
      lessons = { 8, 2, 6 },
      feedback = "Je bent helder over wat je wel en niet doet en laat de keus bij hem. Tegelijk verbind je zijn huis met het belang van Jesse: een thuis om te logeren is winst voor allebei (les 2, les 6, les 8).",
      inner = "Zelf vertellen. Dat ik iets opgelost heb in plaats van verpest. Zo had ik er nog niet naar gekeken.",
    },
    choice {
      text = "Ik ken Ilse. Zal ik het haar straks uitleggen? Dan komt het goed over, en blijft het weekend overeind.",
      next = "afronding",
      score = { transparantie = -2, veiligheid = -1, regie = -1 },
      effects = { spanning = -1, vertrouwen = 1 },
      set = { belofte = 1 },
      lessons = { 8, 2 },
      feedback = "Dit verleidt: je ziet zijn angst, je kent de weg en je wilt het voor hem goed laten landen. Maar je neemt het gesprek met Ilse van hem over, en in “dan blijft het weekend overeind” zit een belofte over iets waar jij niet over gaat. Gaat het weekend toch niet door, dan ben jij de volgende die hem teleurstelt (les 8, les 2).",
      inner = "Echt? Kan dat zomaar geregeld worden? Fijn. Dan hoef ik er niet over na te denken.",
    },
    choice {
      text = "Ik denk eerlijk gezegd dat Ilse dit wel moet weten. Het gaat ook om de stabiliteit van Jesse. Zal ik haar straks even mailen?",
      next = "afronding",
      procedure = true,
      score = { transparantie = 1, systemisch = -1, regie = -1 },
      effects = { spanning = 2, vertrouwen = -2, regie = -1 },
      lessons = { 6, 2 },
      feedback = "Je bent open over wat je wilt doen, en dat is iets. Maar je zet het belang van Jesse tegenover dat van Marco en neemt de regie over de informatie. Zijn huis redden ís in het belang van Jesse (les 6, les 2).",
      inner = "Dus het wordt doorverteld. Dan had ik die brief beter dicht kunnen laten.",
    },
    choice {
      text = "Dat is helemaal aan jou, Marco. Jij kent Ilse beter dan ik.",
      next = "afronding",
      score = { regie = 1, verbinding = -1 },
      effects = { vertrouwen = -1 },
      lessons = { 2, 8 },
      feedback = "Dit klinkt als regie geven, en dat is het half ook. Maar hij vroeg om hulp bij een keus die hem bang maakt, en nu staat hij er alleen voor. Je zegt ook niet wat jij wel en niet doorvertelt. Regie geven is meedenken over de keuzes, niet erbuiten blijven (les 2, les 8).",
      inner = "Aan mij. Ja, fijn. Zoek het maar uit, Marco.",
    },
  },
}

-- 8. En de volgende stapel? --------------------------------------------------------------

local function einde(s)
  if s.vertrouwen <= 2 then
    if s.uitstel == 1 then return "afgehaakt" end
    return "negen_dagen"
  end
  if s.uitstel == 0 then return "in_de_wacht" end
  if s.regie >= 6 and s.vertrouwen >= 6 then return "eigen_routine" end
  return "afgewend"
end

node "afronding" {
  speaker = "marco",
  lines = {
    "En hoe voorkom ik dat dit weer gebeurt? Volgende week ligt er gewoon weer post op de mat.",
    { "marco", "Als ik hier volgende week nog woon, tenminste.", when = { uitstel = 0 } },
  },
  choices = {
    choice {
      text = "Wat als je elke vrijdag even gaat zitten, met koffie erbij? Dan wordt het vanzelf een gewoonte.",
      next = einde,
      score = { regie = -1, erkenning = -1 },
      effects = { vertrouwen = -1 },
      lessons = { 2, 1 },
      feedback = "Dit verleidt: het is een goed idee, en het lijkt zelfs op wat later werkt. Maar het is jouw idee, als vraag verpakt. Hij hoeft alleen ja te zeggen, en lukt het niet, dan is het weer zijn falen. Wat die enveloppen voor hem betekenen, blijft erbuiten (les 2, les 1).",
      inner = "Vrijdag, met koffie. Klinkt goed... Maar dat heb ik mezelf al zo vaak voorgenomen.",
    },
    choice {
      text = "Ik kan je aanmelden voor beschermingsbewind. Dan regelt een bewindvoerder je post en je rekeningen, en heb je er geen omkijken meer naar.",
      next = einde,
      procedure = true,
      score = { regie = -2, transparantie = -1 },
      effects = { vertrouwen = -1, regie = -2 },
      lessons = { 2, 1 },
      feedback = "Bewind kan soms helpen, maar hier is het een zware maatregel voor één vastgelopen stapel. Je biedt een totaaloplossing aan zonder te vragen wat hij zelf kan en wil (les 2).",
      inner = "Een bewindvoerder. Dan heb ik straks helemaal niks meer over mijn eigen leven te zeggen.",
    },
    choice {
      text = "Jij kent jezelf het best. Wat zou voor jou werken, ook als ik er straks niet meer bij ben?",
      next = einde,
      score = { regie = 3, transparantie = 2, veiligheid = 1 },
      effects = { regie = 2 }, content = true,
      lessons = { 2 },
      feedback = "Je laat hem zijn eigen aanpak bedenken en zegt er eerlijk bij dat jij er niet altijd bent. Zo word je een passant die hem sterker maakt, in plaats van iemand die onmisbaar wordt (les 2).",
      inner = "Vrijdagochtend. Koffie. Sandra aan de telefoon. Blauwe eerst... Ja. Dat zou ik kunnen.",
    },
    choice {
      text = "Zullen we samen een systeem maken? Een bakje voor nieuwe post, elke vrijdag om tien uur openmaken, de blauwe eerst, en dan stuur je mij een foto. Dan houden we het samen in de gaten.",
      next = einde,
      score = { veiligheid = 1, regie = -2 },
      effects = { spanning = -1, regie = -2 },
      lessons = { 2 },
      feedback = "Dit verleidt: het is concreet, het klinkt gezamenlijk en het voelt als een vangnet. Maar het systeem is van jou, “samen” is de verpakking, en met die foto maak je jezelf onmisbaar. Wat gebeurt er met de post als jij er niet meer bent (les 2)?",
      inner = "Handig bedacht. Van jou. Dan kijkt iemand anders ernaar, dan hoef ik het niet.",
    },
  },
}

-- Eindes --------------------------------------------------------------------------------

ending "eigen_routine" {
  title = "Hij blijft wonen, en Jesse komt logeren",
  kind = "herstel",
  text = [[
Het steunpunt stuurt op woensdag een garantstelling; de corporatie schort de ontruiming op en er komt een betalingsregeling. Marco belt zelf met het steunpunt, met jou ernaast.

Voor de post bedenkt hij zijn eigen aanpak: **vrijdagochtend, koffie erbij, zijn zus Sandra aan de telefoon, de blauwe enveloppen eerst.** De eerste twee vrijdagen zit jij naast hem. De derde stuurt hij je een foto van een lege tafel.

Hij vertelt het zelf aan Ilse, de jeugdbeschermer, met jou erbij. Ze hoort vooral dat hij het heeft opgepakt. Het logeerweekend gaat een maand later door. Jesse slaapt in het kleine kamertje.

*Wat werkte:* je zag de post, maar liet hem de regie. Je gaf zijn angst een logische plek in wat hem is overkomen, en toen het snel moest, handelde je met hem in plaats van voor hem. Het huis, de post en het weekend met Jesse hingen samen, en zo heb je ze ook behandeld (les 1, les 2, les 5).
]],
}

ending "afgewend" {
  title = "Afgewend, maar niet van hem",
  kind = "neutraal",
  text = [[
De ontruiming wordt opgeschort. De mails met de corporatie en het steunpunt lopen via jou, en vrijdag is het rond. Marco is opgelucht en bedankt je uitgebreid.

Maar de regie ligt bij jou. Als je twee weken ziek bent, blijft er een nieuwe brief over de betalingsregeling dicht. Die wordt bijna opgezegd. Marco belt je: "Ik dacht, dat doe jij wel."

Het logeerweekend met Jesse wordt een maand uitgesteld; de groep wil eerst "rust" zien.

*Om over na te denken:* snel handelen was nodig, en het huis is er nog. Maar wie heeft er nu meer grip gekregen, Marco of jij? Hoe had je kunnen helpen zonder het over te nemen (les 2)?
]],
}

ending "in_de_wacht" {
  title = "Nog niet van tafel",
  kind = "neutraal",
  text = [[
Het telefoongesprek met de corporatie liep vast. Jullie spreken af dat Marco morgenochtend om negen uur het steunpunt belt, met jou ernaast, om een garantstelling te vragen. Er zijn nog acht dagen.

Marco laat je uit. "Als het niet lukt, weet ik het ook niet meer." Het logeerweekend met Jesse hangt aan een zijden draadje, en hij heeft het Ilse nog niet verteld.

*Om over na te denken:* het signaal is gezien en er ligt een afspraak, en dat is veel. Maar wat gebeurde er in het gesprek met de corporatie? Hoe had je kunnen vertalen wat er achter "nooit gereageerd" zat, zonder de medewerker tegenover je te zetten (les 1, les 5)?
]],
}

ending "afgehaakt" {
  title = "Het huis gered, de man kwijt",
  kind = "breuk",
  text = [[
De ontruiming wordt opgeschort; daar heb jij voor gezorgd. Maar Marco zegt de volgende afspraak af en neemt daarna niet meer op.

Ilse hoort via de mail dat Marco bijna uit zijn huis werd gezet en stelt het logeerweekend uit "tot er meer stabiliteit is". Op het dressoir groeit een nieuwe stapel.

*Om over na te denken:* het praktische probleem is opgelost, maar Marco voelde zich beoordeeld, overgenomen en doorverteld. Welke momenten in dit gesprek maakten dat hij afhaakte? Een deeloplossing zonder de mens erbij houdt geen stand (les 1, les 2, les 5).
]],
}

ending "negen_dagen" {
  title = "Negen dagen",
  kind = "breuk",
  text = [[
Marco wil het verder zelf regelen. Hij belt het steunpunt niet en neemt jouw telefoontjes niet op.

Negen dagen later staat de deurwaarder voor de deur. Marco slaapt bij zijn zus Sandra op de bank. Het logeerweekend met Jesse gaat niet door: er is geen huis meer om te logeren.

*Om over na te denken:* de brief lag er al weken. Het signaal was zichtbaar vanaf het moment dat je binnenkwam. Wat had Marco nodig om jou te laten helpen? Wanneer ging het vertrouwen verloren, en wat had je op dat moment anders kunnen zeggen (les 1, les 5)?
]],
}

ending "weggestuurd" {
  title = "Marco vraagt je te gaan",
  kind = "breuk",
  text = [[
Marco staat op en houdt de deur open. "Ik denk dat je beter kunt gaan. Ik red me wel."

De stapel post blijft op het dressoir liggen, met daartussen de brief van de deurwaarder. Negen dagen is niet lang.

*Om over na te denken:* de spanning liep zo hoog op dat er geen gesprek meer mogelijk was. Welke woorden voelden voor Marco als een oordeel over hem als vader? Wat schaamte doet, zie je pas als je vraagt wat iemand is overkomen (les 5).
]],
}

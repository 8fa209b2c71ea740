-- S8 "Zelf hulp gevraagd, de regie kwijt"
-- Lessen: 4 (hoofdfocus), 8, 6.
-- De cursist is de nieuwe jeugdbeschermer van Anouk, haar derde in twee jaar,
-- en heeft het mandaat echt in handen. Anouk toetst de cursist op
-- eerlijkheid: wat beslis jij, wat schrijf je op, ben je er over een half jaar
-- nog?
-- Boog: bitter -> getoetst op eerlijkheid -> een plan met nieuwe doelen die
-- passen bij het gezin van nu.
-- Uitgestelde gevolgen: wat de cursist belooft over het verslag en over
-- blijven, wordt zes weken later getoetst (de vlaggen lezen, schrijfbelofte,
-- vaag, blijfbelofte en eerlijk).

local function afloop(s)
  if s.vertrouwen <= 2 then return "andere_jb" end
  if s.verzacht == 1 then return "zitting" end
  -- een belofte over blijven die niet te houden was, laat een deuk: ook na
  -- een eerlijk herstel aan de keukentafel is er een weg terug, geen herstel
  if s.plan == 1 and s.nieuw == 1 and s.gelezen == 1 and s.verteld == 1
     and s.blijfbelofte == 0 and s.vertrouwen >= 8 and s.regie >= 7 then
    return "eigen_plan"
  end
  return "voorzichtig"
end

-- wat Anouk leest als ze het verzoek ziet: staat er iets in wat je haar anders
-- had gezegd?
local function tegengesproken(s)
  return s.schrijfbelofte == 1 or s.vaag == 1
end

scenario {
  id = "zelf-hulp-gevraagd",
  title = "Zelf hulp gevraagd, de regie kwijt",
  language = "nl",
  version = "1",
  minutes = 20,
  role = "jeugdbeschermer",
  lessons = { 4, 8, 6 },
  content_notes = { "uithuisplaatsing", "ondertoezichtstelling", "pleegzorg", "schulden", "wisselende hulpverleners", "verslaglegging voor de rechter" },
  intro = [[
## Zelf hulp gevraagd, de regie kwijt

**Anouk** (34) is de moeder van **Thijs** (12) en **Bram** (9). In 2019 eiste de Belastingdienst tienduizenden euro's kinderopvangtoeslag van haar terug. De stroom werd afgesloten, ze sliep niet meer, en ze vroeg zelf hulp bij de gemeente: of de jongens een paar maanden ergens anders konden wonen, tot ze het weer op orde had. Ze gingen naar een pleeggezin, bij **Ellen en Rob**. Er volgde een raadsonderzoek, en de kinderrechter sprak een ondertoezichtstelling (OTS) uit, met een machtiging uithuisplaatsing. Die is sindsdien elk jaar verlengd.

Inmiddels is Anouk erkend gedupeerde en zijn haar schulden kwijtgescholden. Ze werkt 32 uur als doktersassistente en huurt een huis met drie slaapkamers. De jongens komen om de week op zaterdag bij haar, zonder begeleiding. Het plan van aanpak in haar map is van 2021. Over acht weken moet het verzoek om de OTS te verlengen naar de rechtbank.

In twee jaar had Anouk twee jeugdbeschermers: Sandra vertrok naar een andere baan, Mo viel uit. Jij hebt de zaak twee weken geleden overgenomen. Dit is je eerste huisbezoek.

**Jouw rol:** je bent jeugdbeschermer bij de gecertificeerde instelling (GI), en je macht is echt. Jij maakt het plan van aanpak, jij bepaalt binnen de machtiging hoe vaak en hoe Anouk de jongens ziet, en jij kunt besluiten dat ze thuiskomen. Jij schrijft ook wat de kinderrechter leest: of de OTS verlengd moet worden, en waarom.

**Niet jouw rol:** over het verlengen of opheffen van de OTS en de machtiging beslist de kinderrechter. Anouk heeft nog steeds het gezag. Ze mag het oneens zijn met jou en met je voorstel: ze kan bij de zitting gehoord worden, een eigen advocaat nemen, iemand naast zich vragen (een procesbegeleider van Het Ondersteuningsteam of een cliëntondersteuner), een klacht indienen of om een andere jeugdbeschermer vragen.

> "Ik heb zelf om hulp gevraagd, maar had me niet gerealiseerd dat ik de regie over mijn leven en mijn kinderen kwijt zou raken."
> (ouder, *De 8 lessen die het Ondersteuningsteam leerde en wil delen*, 2023, les 4)

> "Vaak kwam er dan toch ook een ondertoezichtstelling en veranderde de vrijwillige hulpvraag naar gedwongen hulpverlening."
> (*SIGNA-LEREN*, 2022, over ouders die zelf om een tijdelijke uithuisplaatsing vroegen)

> "De professionals die analyses opstellen en eisen stellen, zijn ook degenen die besluiten nemen over hun kinderen."
> (*De 8 lessen die het Ondersteuningsteam leerde en wil delen*, 2023, les 8)
]],
  start = "derde",
  cast = {
    anouk = { name = "Anouk", role = "moeder" },
    kees  = { name = "Kees", role = "teamleider GI" },
  },
  state = {
    spanning     = { init = 6, min = 0, max = 10 },
    vertrouwen   = { init = 1, min = 0, max = 10 },
    regie        = { init = 2, min = 0, max = 10 },
    -- beloofd: Anouk leest het verslag voordat het weggaat (eerlijk, en te houden)
    lezen        = { init = 0, min = 0, max = 1, hidden = true },
    -- beloofd: er komt niets in wat zij niet wil (niet te houden)
    schrijfbelofte = { init = 0, min = 0, max = 1, hidden = true },
    -- gezegd dat er geen zorgen meer zijn, terwijl die er wel zijn
    vaag         = { init = 0, min = 0, max = 1, hidden = true },
    -- de zorgen zijn concreet benoemd
    zorg         = { init = 0, min = 0, max = 1, hidden = true },
    -- beloofd te blijven (niet in eigen hand)
    blijfbelofte = { init = 0, min = 0, max = 1, hidden = true },
    -- beloofd: als je weggaat, hoort ze het van jou, en de overdracht doet ze mee
    eerlijk      = { init = 0, min = 0, max = 1, hidden = true },
    -- het oude plan van 2021 is losgelaten: nieuwe doelen, met haar
    nieuw        = { init = 0, min = 0, max = 1, hidden = true },
    -- het verzoek aan de rechter: 0 zonder haar verstuurd, 1 samen gelezen,
    -- 2 haar 's avonds gemaild
    gelezen      = { init = 0, min = 0, max = 2, hidden = true },
    -- de zorgen in het verzoek afgezwakt
    verzacht     = { init = 0, min = 0, max = 1, hidden = true },
    -- eerlijk verteld over de herverdeling in het team
    verteld      = { init = 0, min = 0, max = 1, hidden = true },
    -- een plan met haar eigen doelen en een evaluatiedatum
    plan         = { init = 0, min = 0, max = 1, hidden = true },
  },
  -- regulatie vóór inhoud: zolang Anouk buiten haar draagkracht zit (spanning 7
  -- of hoger) levert een inhoudelijk antwoord geen vertrouwen op en laat het de
  -- spanning niet zakken.
  regulation = { when = { spanning = ">=7" }, max = { vertrouwen = 0 }, min = { spanning = 0 } },
  triggers = {
    { when = { spanning = ">=10" }, next = "deur" },
  },
  tests = {
    test { name = "de sterkste reactie bij elke beslissing",
           choices = { 3, 4, 2, 3, 2, 1, 4, 1, 2, 3 }, ending = "eigen_plan",
           min = { erkenning = 0.9, regulatie = 0.9, verbinding = 0.9, veiligheid = 0.9,
                   regie = 0.9, systemisch = 0.9, transparantie = 0.9, overall = 0.9 } },
    test { name = "steeds de procedurele reactie",
           choices = { 2, 2, 1, 4, 3, 2, 3, 3, 1, 1 }, ending = "andere_jb",
           max = { overall = 0.2, regie = 0.1 } },
    -- twee warme beloftes die zes weken later allebei breken
    test { name = "beloofd dat je blijft en dat er niets in komt wat zij niet wil",
           choices = { 3, 4, 3, 2, 2, 1, 4, 1, 2, 3 }, ending = "andere_jb" },
    -- één belofte over blijven: later eerlijk, maar het herstel blijft uit
    test { name = "beloofd dat je blijft",
           choices = { 3, 4, 2, 2, 2, 1, 4, 1, 2, 3 }, ending = "voorzichtig" },
    test { name = "het verzoek afgezwakt om haar te sparen",
           choices = { 3, 4, 2, 3, 2, 1, 4, 2, 2, 3 }, ending = "zitting",
           max = { transparantie = 0.9 } },
    test { name = "een excuus, de rechter als schild, twee beloftes, het oude plan en het verzoek zonder haar",
           choices = { 4, 2, 3, 2, 3, 4, 1, 3 }, ending = "deur" },
    -- gebroken toezeggingen aan de keukentafel erkend: een weg terug, geen herstel
    test { name = "beloofd dat je blijft, aan de keukentafel hersteld",
           choices = { 3, 4, 2, 2, 2, 1, 4, 1, 4, 3 }, ending = "voorzichtig" },
    test { name = "niet samen gelezen, aan de keukentafel hersteld",
           choices = { 3, 4, 2, 3, 2, 1, 4, 3, 4, 3 }, ending = "voorzichtig" },
    test { name = "steeds de langste reactie: geen herstel",
           choices = { 1, 4, 1, 4, 4, 2, 4, 2, 2, 2 }, ending = "andere_jb" },
    test { name = "steeds de kortste reactie: geen herstel",
           choices = { 2, 3, 3, 2, 2, 4, 1, 1 }, ending = "deur" },
  },
}

-- 1. De derde ---------------------------------------------------------------------

node "derde" {
  speaker = "anouk",
  key = true,
  lines = {
    { "verteller", "Anouk laat je binnen en gaat aan de keukentafel zitten. Koffie biedt ze niet aan. Op tafel ligt een map van de GI, vol gele plakbriefjes." },
    "Jij bent de derde al. In twee jaar.",
    "Ik heb zelf om hulp gevraagd, weet je dat? Voor een paar maanden. En nu heb ik al vijf jaar niks meer te zeggen.",
  },
  prompt = "Anouk begint met “de derde al” en “ik heb zelf om hulp gevraagd”. Wat hoor je daarin? Wat wil je als eerste laten landen: je rol, je plan, of iets anders?",
  choices = {
    choice {
      text = "De derde, ja. Dat is veel te veel, voor jou en voor de jongens. Bij mij hoef je niet weer bij nul te beginnen.",
      next = "macht",
      score = { verbinding = 1, transparantie = -2 },
      effects = { spanning = 1 },
      lessons = { 3, 8 },
      feedback = "Dit wil je zeggen: je erkent het verloop en je wilt niet de volgende in het rijtje zijn. Maar “bij mij hoef je niet bij nul te beginnen” is een belofte op dag één, die je nog niet kunt waarmaken. Juist daar gaat ze je op toetsen, en haar “ik heb zelf om hulp gevraagd” blijft liggen (les 3, les 8).",
      inner = "Dat zei Sandra ook. Bijna letterlijk.",
    },
    choice {
      text = "Ik heb je dossier goed gelezen. Dan hoef je niet alles opnieuw te vertellen.",
      next = "macht",
      procedure = true,
      score = { erkenning = -1, regie = -1 },
      effects = { spanning = 1, vertrouwen = -1, regie = -1 },
      lessons = { 7, 3 },
      feedback = "Goed voorbereid zijn voelt als respect: ze hoeft niet alles opnieuw te vertellen. Maar nu spreekt het dossier eerder dan zij, en dat dossier schreven je voorgangers. Haar verhaal begint in 2019 met een hulpvraag, en dat staat er zelden zo in (les 7, les 3).",
      inner = "Op de hoogte. Van wat Sandra en Mo over mij opschreven.",
    },
    choice {
      text = "Je vroeg zelf om hulp, voor je jongens. Dat was zorg. En daarna raakte je de regie kwijt.",
      next = "macht",
      score = { erkenning = 3, regulatie = 2, verbinding = 2 },
      effects = { spanning = -2, vertrouwen = 1 },
      lessons = { 4, 3 },
      feedback = "Je zegt terug wat zij zei en noemt haar hulpvraag wat hij was: zorg voor haar kinderen. Geen uitleg, geen belofte. Zo hoort ze dat je haar verhaal kent vanaf haar kant, niet vanaf die van het dossier (les 4, les 3).",
      inner = "Zorg. Zo heeft nog niemand het genoemd.",
    },
    choice {
      text = "Dat er zo vaak gewisseld is, spijt me echt. Dat had niet zo mogen gaan.",
      next = "macht",
      score = { erkenning = -1, verbinding = -1 },
      effects = { spanning = 1 },
      lessons = { 3, 8 },
      feedback = "Dit verleidt: een excuus voor het verloop is terecht, en het klinkt oprecht. Maar je reageert op de helft die over jullie gaat, de wisselingen, en haar “ik heb zelf om hulp gevraagd” blijft liggen. Excuses van de organisatie kreeg ze al twee keer (les 3, les 8).",
      inner = "Spijt. Dat had Mo ook. En dat ik zelf om hulp vroeg, hoort weer niemand.",
    },
  },
}

-- 2. Wat beslis jij eigenlijk? -------------------------------------------------------

node "macht" {
  speaker = "anouk",
  key = true,
  lines = {
    { "verteller", "Anouk slaat de map dicht.", when = { spanning = ">=7" } },
    { "anouk", "Laat maar. Zeg gewoon: wat beslis jij eigenlijk? Want Mo zei bij alles: dat heeft de rechter bepaald.", when = { spanning = ">=7" } },
    { "verteller", "Anouk kijkt je een tijdje aan.", when = { spanning = "<7" } },
    { "anouk", "Oké. Dan wil ik het eerlijk weten. Wat beslis jij eigenlijk? Want Mo zei bij alles: dat heeft de rechter bepaald.", when = { spanning = "<7" } },
  },
  prompt = "Anouk vraagt wat jij beslist. Hoe zeg je eerlijk hoeveel macht je hebt, zonder je achter de rechter te verschuilen en zonder die macht kleiner te maken dan hij is? En wat kan zij ertegenover zetten?",
  choices = {
    choice {
      text = "Eerlijk gezegd: best veel. Ik maak het plan en ik schrijf wat de rechter leest. Maar ik doe niets zonder het eerst met jou te bespreken. Is dat een begin?",
      next = "schrijven",
      score = { transparantie = 1, regie = -1, veiligheid = -1 },
      effects = { vertrouwen = -1 }, content = true,
      lessons = { 8 },
      feedback = "Dit verleidt: je noemt je macht, eerlijk en zonder omhaal, en je wilt haar meteen geruststellen dat je die niet misbruikt. Maar “niets zonder het eerst met jou te bespreken” is een belofte die je bij de eerste deadline niet kunt houden. En ze hoort niet wat zij zelf kan als ze het met je oneens is: gehoord worden bij de rechter, een advocaat, een klacht. Zo blijft alle macht aan jouw kant, alleen vriendelijker verpakt (les 8).",
      inner = "Best veel, ja. En als jij het anders ziet dan ik? Dan heb ik alleen jouw woord.",
    },
    choice {
      text = "Het kader heeft de kinderrechter vastgelegd. Binnen dat kader werk ik met jou aan de doelen uit het plan; de invulling doen we samen.",
      next = "schrijven",
      procedure = true,
      score = { transparantie = -1, regie = -1 },
      effects = { vertrouwen = -1, regie = -1 }, content = true,
      lessons = { 8 },
      feedback = "Juridisch klopt het, en het klinkt zorgvuldig. Maar het is precies de zin die ze van Mo kent: de rechter als schild. Dat jij het plan maakt en het verzoek om te verlengen schrijft, laat je weg (les 8).",
      inner = "Daar is ie weer. De rechter. Alsof jij alleen de postbode bent.",
    },
    choice {
      text = "Ik ben er niet om je kinderen af te pakken, Anouk. Zie mij maar als iemand die naast je staat.",
      next = "schrijven",
      score = { transparantie = -2, veiligheid = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 8 },
      feedback = "Je wilt de dreiging uit het gesprek halen, en naast haar staan is wat je hoopt. Maar jij hebt het mandaat: jij schrijft wat de rechter leest. Wie dat wegpraat, maakt de macht onzichtbaar, en dan voelt ze hem later harder (les 8).",
      inner = "Naast me. Jij hebt mijn kinderen in een map.",
    },
    choice {
      text = "Meer dan je misschien hebt gehoord. Ik maak het plan, ik bepaal hoe vaak je de jongens ziet, en ik schrijf de rechter of de OTS verlengd moet worden. Dat beslist de rechter. Ben je het met mij oneens, dan kun je daar gehoord worden, met een eigen advocaat. En over mij kun je klagen.",
      next = "schrijven",
      score = { transparantie = 3, regie = 2 },
      effects = { vertrouwen = 1, regie = 1 }, content = true,
      lessons = { 8 },
      feedback = "Je maakt je macht niet kleiner dan hij is. Je zegt wat jij beslist, wat de rechter beslist, en wat zij bij allebei kan doen. Dat is niet prettig om hardop te zeggen, en precies daardoor geloofwaardig (les 8).",
      inner = "Zij schrijft het. Eindelijk iemand die dat gewoon zegt. En ik mag over haar klagen, zegt ze zelf.",
    },
  },
}

-- 3. Wat schrijf je over mij? ---------------------------------------------------------

node "schrijven" {
  speaker = "anouk",
  lines = {
    { "verteller", "Anouk tikt op de map." },
    "En wat schrijf je straks over mij? Over vandaag? Dat ik boos was?",
    "Bij Mo stond er: “moeder is wisselend in de samenwerking.” Ik heb die man twee keer gezien.",
  },
  choices = {
    choice {
      text = "Ik maak van elk gesprek een kort verslag, dat is bij ons de vaste werkwijze. Dat kun je altijd opvragen; dat is je recht, en dan zie je precies wat er staat.",
      next = "blijven",
      procedure = true,
      score = { transparantie = 1, veiligheid = -1 },
      effects = { vertrouwen = -1 }, content = true,
      lessons = { 8 },
      feedback = "Het klopt, en het is open over hoe het werkt. Maar ze vroeg wát je schrijft, niet hoe. “Opvragen” legt het werk bij haar, achteraf, als het al in de map staat (les 8).",
      inner = "Opvragen. Dan staat het er al.",
    },
    choice {
      text = "Wat je vandaag zei, ook waarom je boos bent. Je leest het voordat het weggaat, en waar jij het anders ziet, komt jouw versie erbij.",
      next = "blijven",
      score = { transparantie = 3, veiligheid = 2, regie = 1 },
      effects = { spanning = -1, vertrouwen = 1, regie = 1 }, content = true,
      set = { lezen = 1 },
      lessons = { 8, 5 },
      feedback = "Je zegt wat je opschrijft, ook over haar boosheid, en haar stem krijgt een plek in het verslag. Let wel: dit is nu een afspraak. Die moet je straks ook houden, als het druk is (les 8, les 5).",
      inner = "Ik lees het eerst. Dat heeft nog nooit iemand gezegd.",
    },
    choice {
      text = "Niets waar jij het niet mee eens bent. Dat bespreken we eerst samen.",
      next = "blijven",
      score = { transparantie = -2, veiligheid = -1 },
      effects = { spanning = -1, vertrouwen = 1 },
      set = { schrijfbelofte = 1 },
      lessons = { 8 },
      feedback = "Dit verleidt: het klinkt als samenwerken, en even werkt het: ze ontspant. Maar jij rapporteert aan de rechter, en jouw zorgen komen erin, ook als zij het er niet mee eens is. Dat is een belofte die je niet kunt houden. Als ze straks het verzoek leest, breekt hij (les 8).",
      inner = "Echt? Dat is... fijn. Als het waar is.",
    },
    choice {
      text = "Dat je boos was, zet ik er niet in. Dat zegt niets over jou als moeder.",
      next = "blijven",
      score = { transparantie = -1, regie = -1 },
      effects = { spanning = -1 },
      lessons = { 5, 8 },
      feedback = "Dit verleidt: je beschermt haar tegen weer zo'n zin als “wisselend in de samenwerking”, en je zegt iets moois over haar moederschap. Maar jij beslist nog steeds alleen wat er over haar staat, en wat er wél in komt, hoort ze niet. Haar boosheid weglaten is iets anders dan haar de uitleg laten geven, en het verslag eerst laten lezen (les 5, les 8).",
      inner = "Aardig. Maar wat zet je er dan wél in? Dat weet ik nog steeds niet.",
    },
  },
}

-- 4. Ben jij er over een half jaar nog? -------------------------------------------------

node "blijven" {
  speaker = "anouk",
  key = true,
  lines = {
    { "verteller", "Anouk leunt achterover. Op de koelkast hangt een tekening van Bram: drie poppetjes en een hond." },
    "En jij? Ben jij er over een half jaar nog? Of zit ik dan tegenover nummer vier, en begin ik weer bij nul?",
  },
  prompt = "“Ben jij er over een half jaar nog?” Wat kun je eerlijk beloven, en wat niet? Wat doet een belofte die je niet in de hand hebt later met haar, en met de jongens?",
  choices = {
    choice {
      text = "Als het aan mij ligt, komt er geen nummer vier. En mocht het toch, dan draag ik je zaak heel zorgvuldig over.",
      next = "terugkrijgen",
      score = { transparantie = -1, regie = -1 },
      effects = { vertrouwen = 1 },
      set = { blijfbelofte = 1 },
      lessons = { 8, 2 },
      feedback = "Dit verleidt: “als het aan mij ligt” klinkt eerlijk, en een zorgvuldige overdracht is precies wat ze bij Sandra en Mo miste. Maar ze hoort vooral: er komt geen nummer vier, en dat ligt niet aan jou. En de overdracht doe jij, over haar, niet met haar aan tafel (les 8, les 2).",
      inner = "Geen nummer vier. Dat onthoud ik.",
    },
    choice {
      text = "Ik ben niet van plan om weg te gaan, Anouk. Ik blijf tot dit klaar is.",
      next = "terugkrijgen",
      score = { transparantie = -2, veiligheid = -1 },
      effects = { vertrouwen = 1 },
      set = { blijfbelofte = 1 },
      lessons = { 8 },
      feedback = "Dit wil ze horen, en jij wilt dat het waar is; het klinkt zelfs bescheiden. Maar “ik blijf tot dit klaar is” is een belofte, en je gaat niet over de verdeling in je team, over een reorganisatie of over je eigen gezondheid. Een belofte die je niet in de hand hebt, is bij nummer drie dubbel zo duur (les 8).",
      inner = "Ze meent het. Mo meende het ook.",
    },
    choice {
      text = "Dat ben ik van plan, maar beloven kan ik het niet. Wel dit: als ik wegga, hoor je het van mij, en de overdracht doen we met jou erbij.",
      next = "terugkrijgen",
      score = { transparantie = 3, veiligheid = 2, regie = 1 },
      effects = { vertrouwen = 2, regie = 1 }, content = true,
      set = { eerlijk = 1 },
      lessons = { 8, 2 },
      feedback = "Een eerlijk “weet ik niet”, met wat je wél in de hand hebt: dat zij het van jou hoort, en dat ze bij de overdracht aan tafel zit. Dat kun je waarmaken (les 8).",
      inner = "Geen belofte. Maar wel iets wat ze kan houden.",
    },
    choice {
      text = "Garanderen kan ik het niet; de zaken worden in het team verdeeld, en daar ga ik niet alleen over. Maar alles staat goed in het dossier, dus niemand hoeft bij nul te beginnen.",
      next = "terugkrijgen",
      procedure = true,
      score = { transparantie = 1, erkenning = -1 },
      effects = { vertrouwen = -1 }, content = true,
      lessons = { 8, 7 },
      feedback = "Eerlijk dat je het niet garandeert, en een goed dossier lijkt continuïteit. Maar voor haar is het dossier juist het probleem: daarin staat zij, zonder haar stem. Voor het dossier begint niemand bij nul; voor haar wel, want nummer vier kent haar dan alleen van papier (les 8, les 7).",
      inner = "Het dossier gaat mee. Ik ben gewoon een zaak.",
    },
  },
}

-- 5. Wat moet ik doen om ze terug te krijgen? ----------------------------------------------

node "terugkrijgen" {
  speaker = "anouk",
  key = true,
  lines = {
    { "verteller", "Anouk trekt een geel plakbriefje uit de map. Er staat een lijstje op, in haar handschrift.", when = { vertrouwen = ">=4" } },
    "Goed. Wat moet ik doen om ze terug te krijgen?",
    "Ik heb alles gedaan wat in het plan stond. Schulden: weg, ik ben erkend. Huis: drie slaapkamers. Werk: 32 uur. En toen zei Mo: eerst nog een traject bij de GGZ afronden.",
    { "verteller", "Het plan van aanpak in de map is van 2021. De doelen gaan over schulden en een woning." },
  },
  prompt = "Anouk heeft gedaan wat er in het plan stond, en er kwam een voorwaarde bij. Hoe kijk je naar een plan van drie jaar oud? Wat betekent een groeimindset als jij degene bent die de doelen vaststelt?",
  choices = {
    choice {
      text = "Als het zo goed gaat, zie ik eigenlijk geen reden waarom ze niet gewoon thuis kunnen komen. Laten we daar meteen voor gaan.",
      next = "zorgen",
      score = { transparantie = -2, systemisch = -1 },
      effects = { spanning = -1, vertrouwen = 1 },
      lessons = { 8, 6 },
      feedback = "Na alles wat ze heeft gedaan, wil je haar eindelijk iets geven. Maar je belooft een uitkomst voordat je weet wat de jongens nodig hebben na vijf jaar in een ander gezin, en de rechter beslist mee. Lukt het niet, dan ben jij de volgende die iets beloofde (les 8, les 6).",
      inner = "Meteen? Dat durf ik niet te geloven.",
    },
    choice {
      text = "Dat plan is van 2021. Jij bent verder dan dat plan. Dan horen er nieuwe doelen in. Wat zou jij erin zetten?",
      next = "zorgen",
      score = { regie = 3, erkenning = 2, transparantie = 1 },
      effects = { spanning = -1, regie = 2 }, content = true,
      set = { nieuw = 1 },
      lessons = { 4, 8 },
      feedback = "Je ziet wat ze heeft opgebouwd en trekt de conclusie die daarbij hoort: het plan beweegt mee met het gezin, niet andersom. En je zegt dat jij dat kunt veranderen, met haar (les 4).",
      inner = "Nieuwe doelen. Met mij. Dat plan was altijd van hen.",
    },
    choice {
      text = "Dat is ook echt mooi, Anouk. Wat nog openstaat, is het GGZ-traject. Als je dat hebt afgerond, kijken we samen naar meer omgang.",
      next = "zorgen",
      procedure = true,
      score = { regie = -2, transparantie = -1 },
      effects = { spanning = 1, vertrouwen = -1, regie = -1 }, content = true,
      lessons = { 4, 8 },
      feedback = "Het volgt netjes het plan dat er ligt, en het compliment is gemeend. Maar voor haar is dit de finishlijn die weer verschuift: elk afgevinkt doel levert een nieuwe voorwaarde op. Zo wordt de hulp voorwaardelijk (les 4, les 8).",
      inner = "Dus weer een “als”. Er is altijd nog een “als”.",
    },
    choice {
      text = "Dat plan is oud, daar heb je gelijk in. Ik schrijf een nieuw plan, met alles wat je al bereikt hebt. Zullen we het volgende keer samen doorlopen?",
      next = "zorgen",
      score = { erkenning = 1, regie = -2 },
      effects = { regie = -1 }, content = true,
      lessons = { 4, 2 },
      feedback = "Dit verleidt: je geeft haar gelijk, je ziet wat ze bereikt heeft, en je neemt het werk op je. Maar dan schrijft de jeugdbeschermer opnieuw haar doelen, en mag zij ze volgende keer goedkeuren. Het plan beweegt mee met het gezin als zij de nieuwe doelen zelf noemt (les 4, les 2).",
      inner = "Weer een plan over mij. Iets beter, maar niet van mij.",
    },
  },
}

-- 6. Wat is dan nog jouw zorg? ---------------------------------------------------------------

node "zorgen" {
  speaker = "anouk",
  lines = {
    { "anouk", "Eerst wil ik iets weten.", when = { nieuw = 1 } },
    "Wat is dan nog jouw zorg? Zeg het maar gewoon. Iedereen heeft het altijd over “zorgen”, maar niemand zegt welke.",
  },
  choices = {
    choice {
      text = "Twee dingen. In het voorjaar vielen twee zaterdagen uit; ik weet niet waarom. En Thijs zei tegen Ellen dat hij bang is dat het weer misgaat. Wat weet jij daarvan?",
      next = "pleeggezin",
      score = { transparantie = 3, systemisch = 3, veiligheid = 1 },
      effects = { spanning = 1, vertrouwen = 1 }, content = true,
      set = { zorg = 1 },
      lessons = { 8, 6 },
      feedback = "Je noemt je zorg concreet en zonder oordeel, en je vraagt haar kant voordat je er iets van maakt. Het antwoord kan even pijn doen; een vage zorg doet langer pijn (les 8, les 6).",
      inner = "Thijs is bang. Dat wist ik niet. Of... ik wist het wel.",
    },
    choice {
      text = "Die staan in het rapport van de Raad en in het laatste verslag van Mo. Zullen we ze samen doorlopen, punt voor punt, zodat je precies weet waar het over gaat en niet hoeft te raden?",
      next = "pleeggezin",
      procedure = true,
      score = { transparantie = 1, erkenning = -1, regie = -1 },
      effects = { vertrouwen = -1 }, content = true,
      lessons = { 7, 4 },
      feedback = "Zorgvuldig en volledig, en je verstopt niets. Maar het rapport van de Raad is uit 2019, uit de weken dat de stroom eraf was. Zo laat je een oud verslag zeggen wat jij nu denkt, en hoort ze haar zwaarste tijd terug als de stand van vandaag (les 7, les 4).",
      inner = "2019. Toen had ik geen stroom. Dat ben ik nu niet meer.",
    },
    choice {
      text = "Eerlijk gezegd gaat het om kleine dingen. Twee gemiste zaterdagen, en Thijs is soms wat onzeker. Niets waar we ons druk om hoeven te maken.",
      next = "pleeggezin",
      score = { transparantie = -1, systemisch = -1 },
      effects = { spanning = -1, vertrouwen = 1 },
      set = { vaag = 1, zorg = 1 },
      lessons = { 8, 6 },
      feedback = "Dit verleidt: je noemt ze wél, je wilt haar na vijf jaar niet weer met zorgen om de oren slaan, en het geeft lucht. Maar “niets waar we ons druk om hoeven te maken” klopt niet: deze twee dingen komen in je verzoek aan de rechter, als reden om te verlengen. Dan leest ze straks iets wat je haar kleiner voorhield. En wat zij van die zaterdagen weet, vraag je niet (les 8, les 6).",
      inner = "Kleine dingen. Waarom is er dan nog een OTS?",
    },
    choice {
      text = "Vooral: hoe het voor Thijs en Bram is. Hoe merk jij dat het met ze gaat?",
      next = "pleeggezin",
      score = { systemisch = -1, transparantie = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 6, 8 },
      feedback = "Dit verleidt: de jongens voorop voelt als de kern van je vak, en het is een open vraag. Maar ze vroeg jou om je zorg te noemen, en je geeft de vraag terug, over de kinderen. Zo hoort ze opnieuw dat er “zorgen” zijn die niemand uitspreekt, en dat het gesprek over haar kinderen gaat, niet met haar (les 6, les 8).",
      inner = "Hoe ik merk... Ik vroeg wat jij denkt. Weer draait iedereen eromheen.",
    },
  },
}

-- 7. Ellen en Rob -----------------------------------------------------------------------------

node "pleeggezin" {
  speaker = "anouk",
  lines = {
    { "verteller", "Anouk is even stil.", when = { zorg = 1 } },
    { "anouk", "Die zaterdagen... Dat was na de brief van de Commissie Werkelijke Schade. Ik heb twee dagen in bed gelegen. Ik schaamde me, dus ik heb Ellen gezegd dat ik ziek was.", when = { zorg = 1 } },
    { "anouk", "En Thijs was zeven toen het licht uitging. Hij weet het nog. Natuurlijk is hij bang.", when = { zorg = 1 } },
    "Ik wil ook niet dat ze ineens weg moeten bij Ellen en Rob. Thijs zit daar op voetbal. Bram heeft zijn beste vriendje twee huizen verderop.",
    "Maar ik wil wel hun moeder zijn. Niet iemand die ze om de week op zaterdag zien.",
  },
  choices = {
    choice {
      text = "Wat mooi dat je zo aan Ellen en Rob denkt. Zullen we eerst aan Thijs en Bram vragen wat zij willen?",
      next = "verslag",
      score = { regie = -2, systemisch = -1 },
      effects = { spanning = 1, vertrouwen = -1, regie = -1 },
      lessons = { 6, 4 },
      feedback = "Dit verleidt: de jongens een stem geven voelt kindgericht en respectvol. Maar Anouk zegt net wat zij wil, en jij gaat meteen naar de kinderen. Zo ligt de keuze tussen moeder en pleeggezin bij een jongen van twaalf en een van negen, en wordt haar wens geparkeerd tot zij hebben gesproken (les 6, les 4).",
      inner = "Eerst de jongens vragen. En dan moeten zij kiezen tussen mij en Ellen.",
    },
    choice {
      text = "Dan bouwen we het rustig op: eerst een extra middag, dan een weekend per maand. Ellen en Rob bel ik wel.",
      next = "verslag",
      score = { regie = -2, systemisch = 1 },
      effects = { vertrouwen = 1, regie = -2 }, content = true,
      lessons = { 2, 4 },
      feedback = "Dit verleidt: een concreet schema voelt als eindelijk iets doen, de opbouw is redelijk, en je haalt het lastige telefoontje bij haar weg. Maar het is jouw plan, over haar kinderen, en jij belt het pleeggezin. Ze krijgt meer tijd, maar weer niet het ontwerp (les 2, les 4).",
      inner = "Meer tijd. Maar weer iemand die het voor me bedenkt.",
    },
    choice {
      text = "Daarom wil ik eerst een onderzoek laten doen naar de hechting. Dan weten we wat de jongens aankunnen, voordat we iets veranderen.",
      next = "verslag",
      procedure = true,
      score = { systemisch = 1, regie = -2 },
      effects = { vertrouwen = -1, regie = -1 }, content = true,
      lessons = { 4, 8 },
      feedback = "Zorgvuldig, en de band met het pleeggezin is echt. Maar zo wordt een onderzoek de volgende voorwaarde, met een wachtlijst, terwijl de moeder die een groot deel van het antwoord weet tegenover je zit (les 4, les 8).",
      inner = "Nog een onderzoek. Nog een half jaar.",
    },
    choice {
      text = "Je wilt allebei: dat ze hun plek bij Ellen en Rob houden, en dat jij hun moeder bent. Hoe zou jij het opbouwen?",
      next = "verslag",
      score = { systemisch = 3, regie = 3, erkenning = 1 },
      effects = { spanning = -1, regie = 2 }, content = true,
      lessons = { 6, 4 },
      feedback = "Je ziet dat haar zorg om het pleeggezin zorg om haar kinderen is, en je legt het ontwerp bij haar. Zo staan de band met Ellen en Rob en haar moederschap niet tegenover elkaar (les 6, les 4).",
      inner = "Hoe ík het zou doen. Daar heb ik al zo vaak over nagedacht.",
    },
  },
}

-- 8. Zes weken later: het verzoek aan de rechter ------------------------------------------------

node "verslag" {
  speaker = "kees",
  key = true,
  lines = {
    { "verteller", "Zes weken later. Jullie hebben nog drie keer gepraat. Het plan van aanpak is herschreven, met doelen die Anouk zelf heeft bedacht.", when = { nieuw = 1 } },
    { "verteller", "Zes weken later. Jullie hebben nog drie keer gepraat. Het plan van aanpak van 2021 staat nog.", when = { nieuw = 0 } },
    { "verteller", "Het is donderdagmiddag. Morgen moet jouw verzoek om de OTS met een half jaar te verlengen naar de rechtbank. Je hebt de twee afgezegde zaterdagen erin gezet, en de angst van Thijs ook. Kees, je teamleider, leest mee." },
    "Goed stuk. Stuur het vandaag nog in, dan is het van je bureau. Ze krijgt het toch via de rechtbank.",
    { "verteller", "Je hebt Anouk gezegd dat ze het eerst zou lezen.", when = { lezen = 1 } },
    { "verteller", "Je hebt Anouk gezegd dat er niets in zou komen wat zij niet wil.", when = { schrijfbelofte = 1 } },
    { "verteller", "Je hebt Anouk gezegd dat je geen grote zorgen meer had.", when = { vaag = 1 } },
    "O, en na de zomer wordt het team opgesplitst. Grote kans dat jouw zaken naar het team van Wendy gaan. Nog niks tegen cliënten zeggen, het is niet rond.",
  },
  prompt = "Kees wil het verzoek vandaag versturen. Wat heb je Anouk over het verslag gezegd, en wat is die afspraak waard als het druk is? Wat doet het met haar als ze over zichzelf leest in een brief van de rechtbank?",
  choices = {
    choice {
      text = "Ik bel Anouk nu. Ze leest het morgenochtend met mij, en haar reactie gaat mee.",
      next = "keukentafel",
      score = { veiligheid = 3, transparantie = 2, regie = 2 },
      effects = function(s)
        if tegengesproken(s) then return { spanning = 2, vertrouwen = -3, regie = 1 } end
        if s.lezen == 1 then return { spanning = -1, vertrouwen = 2, regie = 1 } end
        return { vertrouwen = 1, regie = 1 }
      end,
      set = { gelezen = 1 },
      lessons = { 8 },
      feedback = "Een afspraak houden onder tijdsdruk is waar vertrouwen van gemaakt wordt. En haar woorden naast de jouwe geven de rechter een vollediger beeld dan jouw stuk alleen (les 8).",
      inner = "Anouk, aan de telefoon: Morgenochtend? Je zei het, en je doet het ook nog.",
    },
    choice {
      text = "Ik zwak de zorgen nog wat af en stuur het in. Ze heeft zo hard gewerkt; dan hoeft ze niet weer alles zwart op wit te lezen.",
      next = "keukentafel",
      score = { transparantie = -2, systemisch = -1 },
      effects = function(s)
        local v = 0
        if s.lezen == 1 then v = v - 2 end
        if tegengesproken(s) then v = v + 1 end
        return { vertrouwen = v }
      end,
      set = { verzacht = 1 },
      lessons = { 8, 6 },
      feedback = "Je wilt haar een pijnlijke bladzijde besparen, en Kees wil het vandaag de deur uit. Maar een verzoek dat milder is dan wat je denkt, is ook niet eerlijk, en de angst van Thijs verdwijnt mee. Eerlijk is: het laten staan, mét haar uitleg erbij, en haar het eerst laten lezen (les 8, les 6).",
      inner = "Anouk, later: Er staat bijna niks in. Dan is het toch goed?",
    },
    choice {
      text = "Prima, ik stuur het in. Ze krijgt het afschrift van de rechtbank, en dan bespreken we het daarna samen.",
      next = "keukentafel",
      procedure = true,
      score = { transparantie = -2, veiligheid = -1, regie = -1 },
      effects = function(s)
        local v = -2
        if s.lezen == 1 then v = v - 2 end
        if tegengesproken(s) then v = v - 1 end
        return { spanning = 1, vertrouwen = v, regie = -1 }
      end,
      set = { gelezen = 0 },
      lessons = { 8 },
      feedback = "Het is de gewone route, er is haast, en je teamleider vraagt het. Maar Anouk leest dan over zichzelf in een brief van de rechtbank, achteraf. En als je haar had gezegd dat ze het eerst zou lezen, is dit een gebroken belofte (les 8).",
      inner = "Anouk, een week later: Van de rechtbank. Weer over mij, zonder mij.",
    },
    choice {
      text = "Ik mail het Anouk nu, dan kan ze het vanavond rustig lezen. Als ze iets heeft, zet ik dat er morgen vroeg nog bij.",
      next = "keukentafel",
      score = { transparantie = 1, verbinding = -1 },
      effects = function(s)
        if tegengesproken(s) then return { spanning = 2, vertrouwen = -2 } end
        return { spanning = 1 }
      end,
      set = { gelezen = 2 },
      lessons = { 8, 3 },
      feedback = "Dit verleidt: zo houd je je afspraak, ze ziet het voordat het weggaat, en Kees krijgt zijn deadline. Maar ze leest twaalf pagina's over zichzelf, 's avonds, alleen, met de rechtbank als deadline. Lezen is iets anders dan samen lezen (les 8, les 3).",
      inner = "Anouk, om half twaalf 's avonds: Twaalf pagina's. Ik ga niet slapen vannacht.",
    },
    choice {
      text = "Ik bel Anouk even dat het vandaag weggaat. Dan hoort ze het van mij, en niet van de rechtbank.",
      next = "keukentafel",
      score = { transparantie = 1, regie = -1, veiligheid = -1 },
      effects = function(s)
        local v = -1
        if s.lezen == 1 then v = v - 2 end
        if tegengesproken(s) then v = v - 1 end
        return { spanning = 1, vertrouwen = v }
      end,
      set = { gelezen = 0 },
      lessons = { 8 },
      feedback = "Dit verleidt: je bent open, ze hoort het van jou in plaats van uit een brief, en Kees krijgt zijn deadline. Maar weten dát het weggaat is iets anders dan weten wát erin staat. Ze kan niets meer toevoegen, en als je haar had gezegd dat ze het eerst zou lezen, breek je die afspraak, alleen netter (les 8).",
      inner = "Anouk, aan de telefoon: Vandaag al? Wat staat erin dan? ... Oké. Ik lees het wel.",
    },
  },
}

-- 9. Aan de keukentafel ---------------------------------------------------------------------------

node "keukentafel" {
  speaker = "anouk",
  lines = {
    { "verteller", "Vrijdagochtend, aan Anouks keukentafel. Ze heeft het verzoek gelezen, met een pen in haar hand. Bij de zaterdagen staat nu haar uitleg, in haar eigen woorden.", when = { gelezen = 1 } },
    { "verteller", "Een week later. Anouk heeft het afschrift van de rechtbank gekregen en belde je om een afspraak.", when = { gelezen = 0 } },
    { "verteller", "Vrijdagochtend. Anouk heeft je om half twaalf 's nachts gemaild: “oké.” Nu zit je bij haar aan tafel.", when = { gelezen = 2 } },
    { "anouk", "Je zei dat ik het eerst zou lezen. Ik kreeg het van de rechtbank.", when = { lezen = 1, gelezen = 0 } },
    { "anouk", "Je zei dat er niks in zou komen wat ik niet wilde. Er staan mijn zaterdagen in.", when = { schrijfbelofte = 1, verzacht = 0 } },
    { "anouk", "En je had geen grote zorgen, zei je. Er staan er twee in.", when = { vaag = 1, verzacht = 0 } },
    "Iets anders. Ellen zegt dat jullie na de zomer weer gaan schuiven. Klopt dat? Ga jij weg?",
    { "anouk", "Je had beloofd dat je bleef.", when = { blijfbelofte = 1 } },
  },
  choices = {
    choice {
      text = "Daar kan ik nog niks over zeggen, het is nog niet rond. Zodra ik iets weet, hoor je het.",
      next = "plan",
      procedure = true,
      score = { transparantie = -1, veiligheid = -1 },
      effects = function(s)
        local v = -1
        if s.eerlijk == 1 or s.blijfbelofte == 1 then v = -3 end
        return { vertrouwen = v }
      end,
      lessons = { 8 },
      feedback = "Je houdt je aan wat Kees vroeg, en het is ook echt nog niet rond. Maar ze hoort het al van Ellen, en van jou krijgt ze een gesloten deur. Wat je wel weet, kun je zeggen: dat er geschoven wordt, en wat jij dan doet (les 8).",
      inner = "Dus het klopt. En ik hoor het van de pleegmoeder.",
    },
    choice {
      text = "Er wordt geschoven, ja. Of ik blijf, weet ik niet. Als ik ga, hoor je het van mij, en zit jij bij de overdracht.",
      next = "plan",
      score = { transparantie = 3, veiligheid = 2, regie = 2 },
      effects = function(s)
        if s.blijfbelofte == 1 then return { spanning = 1, vertrouwen = -2, regie = 1 } end
        if s.eerlijk == 1 then return { spanning = -1, vertrouwen = 2, regie = 1 } end
        return { vertrouwen = 1, regie = 1 }
      end,
      set = { verteld = 1 },
      lessons = { 8, 2 },
      feedback = "Je zegt wat je weet en wat nog niet, ook al is het ongemakkelijk en niet rond. Zo houdt ze de regie over wat er komt: haar plan gaat mee, wie er ook tegenover haar zit (les 8, les 2).",
      inner = "Eerlijk. Niet wat ik wilde horen, maar eerlijk.",
    },
    choice {
      text = "Ik wil jouw zaak houden, Anouk. Dat ga ik Kees ook zeggen.",
      next = "plan",
      score = { transparantie = -1, regie = -1 },
      effects = function(s)
        if s.blijfbelofte == 1 then return { vertrouwen = -1 } end
        return { vertrouwen = 1 }
      end,
      set = { blijfbelofte = 1 },
      lessons = { 8, 2 },
      feedback = "Dit verleidt: het is warm en gemeend, je wilt voor haar opkomen, en nog een wissel is echt slecht voor haar en de jongens. Maar ze hoort een belofte in iets wat niet van jou afhangt, en je zegt niet dat er geschoven wordt, en het gaat nu over jouw strijd met je teamleider, niet over wat zij in handen houdt (les 8, les 2).",
      inner = "Houden. Voor mij. Dat klinkt goed. Maar dus het klopt, en wat als Kees nee zegt?",
    },
    choice {
      text = "Je hebt gelijk, en dat ligt bij mij. Ik heb je dingen gezegd die ik niet heb waargemaakt. Daarom nu zonder omweg: er wordt geschoven, ja. Of ik blijf, weet ik niet. Als ik ga, hoor je het van mij, en zit jij bij de overdracht.",
      when = function(s)
        return (s.lezen == 1 and s.gelezen == 0)
          or ((s.schrijfbelofte == 1 or s.vaag == 1) and s.verzacht == 0)
          or s.blijfbelofte == 1
      end,
      next = "plan",
      -- na gebroken toezeggingen het sterkste antwoord: eerst je eigen deel
      -- erkennen, dan hetzelfde eerlijke antwoord als hierboven
      score = { transparantie = 3, veiligheid = 3, regie = 2 },
      effects = { spanning = -1, vertrouwen = 1, regie = 1 },
      set = { verteld = 1 },
      lessons = { 8, 3 },
      feedback = "Een herstelmoment: ze zet je gebroken toezeggingen op tafel, en je erkent ze zonder uitleg of verdediging voordat je haar vraag beantwoordt. Daarna zeg je eerlijk wat je weet en wat niet, en beloof je alleen wat je kunt houden. Vertrouwen komt niet terug door één zin, maar zonder deze zin komt het niet terug (les 8, les 3).",
      inner = "Ze geeft het toe. Zonder “maar”. Dat heeft nog niemand van de GI gedaan.",
    },
    choice {
      text = "Er wordt wat geschoven, ja. Maar daar merk jij niks van: je plan ligt er, en dat gaat gewoon mee.",
      next = "plan",
      score = { transparantie = -1, regie = -1 },
      effects = function(s)
        if s.blijfbelofte == 1 then return { vertrouwen = -2 } end
        return { spanning = -1 }
      end,
      lessons = { 8, 4 },
      feedback = "Dit verleidt: je ontkent het niet, en je wilt haar de angst voor nummer vier besparen. Maar “daar merk jij niks van” is een geruststelling die je niet kunt waarmaken, en haar eigenlijke vraag, ga jij weg, blijft onbeantwoord. Ze merkt het straks wél, en dan van een ander (les 8, les 4).",
      inner = "Niks van merken. Dat zei Mo ook, en toen zat Sandra er ineens niet meer.",
    },
  },
}

-- 10. Haar plan --------------------------------------------------------------------------------

node "plan" {
  speaker = "anouk",
  lines = {
    { "verteller", "Anouk pakt een geel plakbriefje uit de map. Er staat iets nieuws op, in haar handschrift.", when = { vertrouwen = ">=5" } },
    { "verteller", "Anouk zit met haar armen over elkaar.", when = { vertrouwen = "<5" } },
    "Over twee weken heeft Thijs een gesprek op school, over de brugklas. Ik ben nog nooit bij één schoolgesprek geweest. Daar wil ik bij zijn.",
    "En Bram vraagt elke zaterdag of hij een keer mag blijven slapen.",
  },
  choices = {
    choice {
      text = "Goede ideeën. Die neem ik mee naar ons multidisciplinair overleg, en daarna hoor je van mij wat er mogelijk is.",
      next = afloop,
      procedure = true,
      score = { regie = -2, transparantie = -1 },
      effects = { vertrouwen = -1, regie = -1 }, content = true,
      lessons = { 4, 8 },
      feedback = "Zorgvuldig: je wilt het niet alleen beslissen. Maar haar doelen gaan een overleg in waar zij niet bij is, en ze wacht weer af wat anderen ervan vinden. Jij hebt het mandaat om dit nu met haar af te spreken (les 4, les 8).",
      inner = "Overleg. Zonder mij. Net als altijd.",
    },
    choice {
      text = "Mooi, dat zijn goede doelen. Zal ik ze in het plan zetten, en er meteen een gezinscoach bij vragen? Dan sta je er bij dat schoolgesprek en het logeren niet alleen voor.",
      next = afloop,
      score = { regie = -2, systemisch = 1 },
      effects = { regie = -2 }, content = true,
      lessons = { 2, 4 },
      feedback = "Dit verleidt: je neemt haar doelen over en je wilt dat ze steun heeft, wat op zich zinnig is. Maar er komt meteen een gezinscoach bij die ze niet vroeg, en haar twee doelen worden jouw plan. Zo wordt het weer hulp over haar, en een nieuwe partij aan tafel (les 2, les 4).",
      inner = "Een gezinscoach? Ik vroeg om een schoolgesprek.",
    },
    choice {
      text = "Dan zijn dat jouw doelen. Het schoolgesprek, een eerste logeerweekend, en over acht weken kijken we samen, ook naar Thijs. Bel jij Ellen, of ik?",
      next = afloop,
      score = { regie = 3, systemisch = 3, transparantie = 1 },
      effects = { vertrouwen = 1, regie = 2 }, content = true,
      set = { plan = 1 },
      lessons = { 4, 6, 2 },
      feedback = "Haar doelen worden het plan, met een datum waarop jullie samen kijken, ook naar wat Thijs nodig heeft. En zelfs wie Ellen belt, laat je aan haar. Zo geef je regie terug nu het beter gaat (les 4, les 6).",
      inner = "Mijn doelen. Met een datum. En ik bel Ellen zelf.",
    },
    choice {
      text = "Mooi, allebei. Het schoolgesprek zet ik er meteen in, en logeren pakken we op zodra de zitting achter de rug is.",
      next = afloop,
      score = { regie = -1, systemisch = -1 },
      effects = { regie = -1 }, content = true,
      lessons = { 4, 6 },
      feedback = "Dit verleidt: je zegt ja tegen allebei, je regelt het schoolgesprek meteen, en na de zitting wachten klinkt zorgvuldig. Maar “zodra de zitting achter de rug is” is een nieuwe finishlijn die jij trekt, zonder datum en zonder te zeggen waar je dan op let. En wat Thijs nodig heeft, komt niet ter sprake, terwijl hij de reden is dat het schuift (les 4, les 6).",
      inner = "Na de zitting. Er is altijd nog een na.",
    },
  },
}

-- Eindes -----------------------------------------------------------------------------------------

ending "eigen_plan" {
  title = "Een eerste stap terug, met haar eigen plan",
  kind = "herstel",
  text = [[
Anouk zit bij het schoolgesprek van Thijs, naast Ellen. De mentor vraagt wie de moeder is, en Thijs wijst. Twee weekenden later slapen de jongens voor het eerst bij haar. Bram hangt een nieuwe tekening naast de oude op de koelkast: een huis met drie ramen, en in elk raam een gezicht.

Bij de zitting vertelt Anouk de kinderrechter zelf wat haar doelen zijn. Haar reactie staat in het verzoek, naast de jouwe. De OTS wordt met een half jaar verlengd, met een afbouwplan dat zij mee heeft geschreven.

In september gaat je zaak naar het team van Wendy. Anouk hoort het van jou, een week voordat het rond is. De overdracht is aan haar keukentafel, en zij leidt hem, met haar eigen plan op tafel.

*Wat werkte:* je zei eerlijk wat jij beslist, wat de rechter beslist en wat zij kan doen. Je beloofde alleen wat je kon houden, en je hield het, ook toen het druk was. En je liet het plan van 2021 los voor doelen die passen bij het gezin van nu (les 4, les 8, les 6).
]],
}

ending "voorzichtig" {
  title = "Een volgende afspraak, op haar hoede",
  kind = "neutraal",
  text = [[
Er staat een nieuwe afspraak in de agenda. Anouk gaat mee naar het schoolgesprek van Thijs, dat wel. Over logeren wordt "later" gesproken.

Bij de zitting zegt Anouk weinig. Ze leest wat er over haar in het verzoek staat alsof het over iemand anders gaat. Na de zitting zegt ze: "Ik zie wel of het klopt wat je zegt."

*Om over na te denken:* Anouk toetste je op drie vragen: wat beslis jij, wat schrijf je, blijf je? Waar kreeg ze een antwoord dat ze later kon controleren, en waar een belofte, een ontwijking of een oud plan? Welk moment had het verschil gemaakt (les 8, les 4)?
]],
}

ending "zitting" {
  title = "Bij de zitting hoort ze het van een ander",
  kind = "neutraal",
  text = [[
Het verzoek was mild. Anouk las het en was opgelucht.

Thijs is twaalf, en de kinderrechter heeft hem vooraf apart gesproken. Bij de zitting zegt ze: "Thijs vertelde mij dat hij bang is dat het thuis weer misgaat. Daar lees ik in het verzoek bijna niets over." Ze kijkt naar jou. Anouk kijkt ook naar jou. Ze hoort de angst van haar zoon hardop, in een rechtszaal, uit de mond van een rechter.

De OTS wordt verlengd. Het logeerweekend wordt uitgesteld "tot er meer zicht is".

*Om over na te denken:* je wilde haar sparen. Maar een verzoek dat milder is dan wat je denkt, beschermt haar niet, en ook Thijs niet. Hoe had je de zorg kunnen laten staan, met haar uitleg ernaast (les 8, les 6)?
]],
}

ending "andere_jb" {
  title = "Anouk vraagt om een andere jeugdbeschermer",
  kind = "breuk",
  text = [[
Een week later ligt er een brief bij Kees. Anouk vraagt om een andere jeugdbeschermer. Ze heeft hem geschreven met een procesbegeleider van Het Ondersteuningsteam, bij wie ze zich vorige week heeft aangemeld. Ze dient ook een klacht in.

Bij de zitting zit er een advocaat naast haar. Ze zegt tegen de kinderrechter: "Ik heb zelf om hulp gevraagd. Sindsdien heeft niemand meer een plan met mij gemaakt."

Dat is haar goed recht, en in zekere zin is het een teken van kracht: ze zoekt zelf de steun die ze nodig heeft. Maar voor Thijs en Bram betekent het nummer vier.

*Om over na te denken:* waar raakte je haar kwijt: bij de rechter als schild, bij een belofte die brak, of bij een plan dat weer niet van haar was? Wat had je eerlijk kunnen zeggen op het moment dat het ertoe deed (les 8, les 4)?
]],
}

ending "deur" {
  title = "Anouk zet je de deur uit",
  kind = "breuk",
  text = [[
Anouk staat op en houdt de voordeur open. "Ga maar. Dan komt nummer vier wel."

In het systeem noteer je het huisbezoek. Je twijfelt lang over de zin die je schrijft, want je weet dat de rechter hem straks leest.

*Om over na te denken:* Anouk zat al vijf jaar met haar spanning aan tafel, en jij had het mandaat. Wat had ze nodig om te blijven zitten: dat haar hulpvraag erkend werd, een eerlijk antwoord over je macht, of een toezegging die je ook kon houden (les 8, les 4)?
]],
}

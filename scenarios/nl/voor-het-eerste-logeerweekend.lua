-- S14 "Voor het eerste logeerweekend: een echte zorg om veiligheid"
-- Lessen: 6 (hoofdfocus), 5, 8, 4.
-- Boog: in vertrouwen nemen -> angst -> allebei vasthouden -> haar eigen plan.

scenario {
  id = "voor-het-eerste-logeerweekend",
  title = "Voor het eerste logeerweekend: een echte zorg om veiligheid",
  language = "nl",
  version = "2",
  minutes = 15,
  role = "procesbegeleider",
  lessons = { 6, 5, 8, 4 },
  content_notes = { "uithuisplaatsing", "alcohol", "kind in gevaar", "slapeloosheid", "schadevergoeding" },
  intro = [[
## Voor het eerste logeerweekend

Je bent procesbegeleider van Het Ondersteuningsteam en je begeleidt **Joyce** (33) sinds acht maanden. Haar zoon **Milan** (5) woont al twee jaar bij pleegouders **Ellen en Bas**, onder een ondertoezichtstelling (OTS). Joyce heeft in die tijd veel opgebouwd: een eigen huis, een baan van twintig uur, en de bezoeken gingen van begeleide uurtjes naar hele dagen zonder begeleiding.

Vrijdag komt Milan voor het eerst een nacht bij haar logeren. Daar heeft ze een jaar voor gevochten.

Het is woensdagmiddag. Je komt langs om het weekend samen voor te bereiden. Maandag kreeg Joyce een teleurstellende brief over haar schadevergoeding. Ze slaapt slecht, en ze vertelt je iets wat ze ook had kunnen verzwijgen.

**Jouw rol:** je staat naast Joyce. Je denkt met haar mee, je bereidt gesprekken met haar voor en je gaat mee als zij dat wil.

**Niet jouw rol:** beslissen of het weekend doorgaat. Dat doet de jeugdbeschermer, **Monique** (GI). Je kunt Joyce ook niet beloven hoe Monique reageert.

Maak je je zorgen over de veiligheid van een kind, dan blijf je daar niet mee zitten. De vraag in dit gesprek is *hoe* je die zorg deelt: met Joyce naast je, of buiten haar om.

> "Zelfs als de onmacht te begrijpen is, heeft veiligheid prioriteit."
> (*De 8 lessen die het Ondersteuningsteam leerde en wil delen*, 2023)

> "Je kunt wel andere ideeën hebben over wat veilig is, maar daar zou je over moeten kunnen praten. Dat gebeurde niet."
> (een ouder, in *De 8 lessen*, les 6)
]],
  start = "keuken",
  cast = {
    joyce = { name = "Joyce", role = "moeder" },
    monique = { name = "Monique", role = "jeugdbeschermer" },
  },
  state = {
    spanning   = { init = 5, min = 0, max = 10 },
    vertrouwen = { init = 5, min = 0, max = 10 },
    regie      = { init = 4, min = 0, max = 10 },
    -- Joyce belt Monique zelf, met de procesbegeleider naast zich
    zelf       = { init = 0, min = 0, max = 1, hidden = true },
    -- de zorg wordt buiten Joyce om bij Monique gelegd
    zonder     = { init = 0, min = 0, max = 1, hidden = true },
    -- het risico blijft liggen (stilhouden of bij haar laten)
    stil       = { init = 0, min = 0, max = 1, hidden = true },
    -- een belofte gedaan die de procesbegeleider niet kan nakomen
    belofte    = { init = 0, min = 0, max = 1, hidden = true },
  },
  -- Een inhoudelijke stap levert geen vertrouwen op en laat de spanning niet
  -- zakken zolang Joyce buiten haar draagkracht zit (spanning 7 of hoger).
  -- regulatie vóór inhoud: een antwoord met content = true brengt, zolang dit
  -- geldt, niet meer vertrouwen dan max en niet minder spanning dan min.
  regulation = { when = { spanning = ">=7" }, max = { vertrouwen = 0 }, min = { spanning = 0 } },
  triggers = {
    { when = { spanning = ">=10" }, next = "afgebroken" },
  },
  tests = {
    -- steeds het sterkste antwoord: Joyce belt zelf, herstel
    { choices = { 3, 5, 2, 1, 4, 2, 3, 4 }, ending = "samen_aangepast",
      min = { erkenning = 0.9, regulatie = 0.9, verbinding = 0.9, veiligheid = 0.9,
              regie = 0.9, systemisch = 0.9, transparantie = 0.9 } },
    -- steeds het procedure-antwoord: de zorg gaat buiten Joyce om
    { choices = { 4, 3, 2, 4, 4, 4, 4 }, ending = "zonder_haar", max = { regie = 0.2, veiligheid = 0.2 } },
    -- een afspraak onder vier ogen en stilhouden: het risico blijft liggen
    { choices = { 2, 1, 3, 2, 3, 3 }, ending = "niets_gedaan", max = { systemisch = 0.0 } },
    -- melden als eerste woorden, uitleggen en meteen doorverwijzen: Joyce vraagt je te gaan
    { choices = { 4, 2, 4 }, ending = "afgebroken" },
    -- een belofte in andermans naam, en bij de afronding eerlijk hersteld:
    -- het plan staat, maar het vertrouwen heeft een deuk
    -- (op dit pad is het herstel het sterkste antwoord bij de afronding)
    { choices = { 3, 5, 2, 1, 4, 3, 3, 5 }, ending = "wankel", min = { overall = 0.75 } },
    -- “dat pakt niemand je meer af” bij de brief: dezelfde belofte, vroeger
    -- gedaan, en bij de afronding hersteld
    { choices = { 3, 3, 2, 1, 4, 2, 3, 5 }, ending = "wankel" },
  },
}

-- Na "dan pakken ze alles weer af": wie vertelt het Monique?
local function na_belofte(s)
  if s.zelf == 1 then return "telefoon" end
  if s.zonder == 1 then return "na_melding" end
  return "stil_afscheid"
end

-- Na de afronding: een gebroken belofte, te weinig vertrouwen of een gesprek
-- dat van haar werd overgenomen (weinig regie) laat het plan staan, maar het
-- vertrouwen wankelen.
local function na_afronding(s)
  if s.belofte == 1 or s.vertrouwen < 4 or s.regie < 4 then return "wankel" end
  return "samen_aangepast"
end

-- 1. Joyce vertelt het ------------------------------------------------------

node "keuken" {
  speaker = "joyce",
  key = true,
  lines = {
    { "verteller", "Woensdagmiddag, half vier. Joyce heeft koffie gezet, maar haar kopje staat onaangeroerd. Op tafel ligt een geopende envelop. In de gang staat een kinderbed, nog in de verpakking." },
    "Sorry, ik ben een beetje een wrak vandaag. Die brief kwam maandag.",
    "Ik slaap al twee weken bijna niet. Ik drink 's avonds wat om te kunnen slapen.",
    { "verteller", "Ze kijkt naar het bed in de gang." },
    "Als ik afzeg, denken ze dat ik het niet kan.",
  },
  prompt = "Joyce vertelt iets wat ze ook had kunnen verzwijgen. Wat heeft zij op dit moment van je nodig, en wat heeft Milan nodig? Hoe houd je die twee tegelijk vast?",
  choices = {
    choice {
      text = "Oké. Even voor Milan: wie is er vrijdagnacht nog meer in huis, als er iets is?",
      next = "brief",
      score = { regulatie = -1, erkenning = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 6, 3 },
      feedback = "Milans veiligheid gaat voor, dus de vraag naar vrijdagnacht voelt verantwoord. Maar Joyce heeft net iets kwetsbaars verteld, en je eerste vraag gaat over het risico dat zij is. Zo hoort ze dat ze vooral het probleem rond haar kind is, en wat haar uit de slaap houdt blijft onbesproken (les 6, les 3).",
      inner = "Wie er nog meer is. Alsof ik er zelf niet toe doe. Alsof ik het gevaar ben.",
    },
    choice {
      text = "Dank je dat je het zegt. Zullen we afspreken dat je tot en met het weekend niets drinkt? Dan kan vrijdag gewoon doorgaan.",
      next = "brief",
      score = { erkenning = -1, regie = -2, systemisch = -1 },
      effects = { spanning = -1, regie = -1 },
      set = { stil = 1 },
      lessons = { 1, 6, 2 },
      feedback = "Dit verleidt: je bedankt haar, je pakt het drinken meteen aan, en het weekend blijft staan. Het voelt als een veilig plan. Maar het is jouw plan, gemaakt voordat je weet wat haar wakker houdt. Het glas is haar manier om in slaap te komen; zonder slaap blijft ze uitgeput, ook zonder wijn. En een afspraak tussen jullie twee houdt de zorg om Milan stil: Monique weet van niets, en als het toch misgaat, staat Joyce er alleen voor, met een gebroken afspraak erbij. Een oplossing vóór het verhaal landt op zand (les 1, les 6, les 2).",
      inner = "Niets drinken. Ja, natuurlijk. Maar hoe kom ik dan in slaap? Dat durf ik nu niet meer te vragen.",
    },
    choice {
      text = "Dank je dat je me dit vertelt. Wat is er gebeurd, sinds die brief?",
      next = "brief",
      score = { regulatie = 3, veiligheid = 2, erkenning = 2 },
      effects = { spanning = -1, vertrouwen = 1 },
      lessons = { 5, 3 },
      feedback = "Je bedankt haar voor haar eerlijkheid en vraagt naar wat haar overkomt, voordat er iets besloten wordt. Zo blijft het veilig genoeg om verder te praten, en dat gesprek heb je nodig om ook voor Milan iets te kunnen doen (les 5, les 3).",
      inner = "Ze schrikt niet. Ze blijft gewoon zitten. Misschien kan ik het dan toch vertellen.",
    },
    choice {
      text = "Goed dat je het zegt. Dit is wel iets wat Monique moet weten, nog vóór vrijdag.",
      next = "schrik",
      procedure = true,
      score = { veiligheid = -2, regie = -2, systemisch = -1 },
      effects = { spanning = 3, vertrouwen = -3, regie = -1 },
      lessons = { 6, 8 },
      feedback = "Je neemt de zorg om Milan serieus, en het klinkt eerlijk en duidelijk. Maar als eerste woorden klinkt een melding als een dreigement: Joyce leert dat eerlijk zijn wordt afgestraft. Dan stopt ze met vertellen, en daar wordt Milan niet veiliger van (les 6, les 8).",
      inner = "Ik wist het. Je vertelt één keer iets eerlijks en het wordt meteen tegen je gebruikt.",
    },
  },
}

node "schrik" {
  speaker = "joyce",
  lines = {
    { "verteller", "Joyce schuift haar stoel naar achteren. Haar stem slaat over." },
    "Zie je wel. Ik had mijn mond moeten houden. Twee jaar doe ik alles wat ze vragen, en nu ben ik één keer eerlijk...",
    "Ga je haar nu meteen bellen? Waar ik bij zit?",
  },
  choices = {
    choice {
      text = "Nee. Dat zei ik te snel, sorry. Ik bel niemand zonder dat jij het weet.",
      next = "brief",
      score = { regulatie = 3, veiligheid = 2, transparantie = 2 },
      effects = { spanning = -2, vertrouwen = 1 },
      lessons = { 5, 8 },
      feedback = "Een herstelpoging: je erkent dat je misstap aankwam en zegt eerlijk wat je wel en niet doet, zonder je zorg in te trekken. Zo kan Joyce weer zakken, en kun je samen naar de zorg om Milan kijken (les 5, les 8).",
      inner = "Ze zegt sorry. Dat doen ze nooit. Oké... ik blijf zitten.",
    },
    choice {
      text = "Niet nu meteen, nee. Het is niet tegen jou. Als ik me zorgen maak om een kind, bespreek ik dat met de jeugdbeschermer; dat doe ik bij iedereen.",
      next = "brief",
      score = { transparantie = 1, regulatie = -2 },
      effects = { spanning = 1, vertrouwen = -1 }, content = true,
      lessons = { 8, 5 },
      feedback = "Uitleggen hoe het werkt voelt eerlijk, en het klopt ook. Maar Joyce zit vol schrik, en uitleg komt dan niet binnen. Ze hoort alleen: het systeem gaat weer draaien, en jij bent er een deel van. Eerst zakken, dan uitleggen (les 8, les 5).",
      inner = "Bij iedereen. Ik hoor het al. Ik ben gewoon een dossier.",
    },
    choice {
      text = "Ik snap dat je schrikt. Maar als het om Milans veiligheid gaat, moet ik het wel doorgeven.",
      next = "brief",
      procedure = true,
      score = { transparantie = 1, veiligheid = -2, regulatie = -1 },
      effects = { vertrouwen = -2, regie = -2 },
      lessons = { 8 },
      feedback = "Je bent open over wat je van plan bent, en dat lijkt eerlijk. Maar “moet ik wel” zet Joyce buitenspel en laat haar alleen met haar schrik. Ze klapt dicht, en wat er echt speelt hoor je niet meer (les 8).",
      inner = "Doe maar. Het maakt toch niet uit wat ik zeg.",
    },
    choice {
      text = "Sorry, zo bedoelde ik het niet. Ik bel niemand, echt. Laten we het eerst even over jou hebben.",
      next = "brief",
      score = { regulatie = 1, transparantie = -2, systemisch = -2 },
      effects = { spanning = -1 },
      set = { stil = 1 },
      lessons = { 6, 8 },
      feedback = "Het lijkt op een herstel, en haar schrik zakt meteen. Maar in die sorry zit een belofte die je niet kunt waarmaken: je trekt je zorg helemaal in. Het risico voor Milan ligt er nog, alleen praat er niemand meer over (les 6, les 8).",
      inner = "Niemand bellen? Net zei ze nog dat het moest. Wat klopt er nu?",
    },
  },
}

-- 2. De brief ----------------------------------------------------------------

node "brief" {
  speaker = "joyce",
  lines = {
    { "joyce", "Doe maar wat je moet doen. Het maakt toch niet uit.", when = { regie = "<=2" } },
    { "verteller", "Na een lange stilte schuift ze toch de envelop naar je toe.", when = { regie = "<=2" } },
    { "joyce", "Die brief, hè.", when = { regie = ">2" } },
    { "verteller", "Ze schuift de envelop naar je toe.", when = { regie = ">2" } },
    "Hij is van de Commissie Werkelijke Schade. Ze vergoeden een fractie van wat ik heb ingediend. Voor de rest moet ik bezwaar maken. Weer maanden. Weer bewijzen dat het echt zo erg was.",
    "Sindsdien lig ik elke nacht wakker. Om drie uur zit ik nog op de bank.",
  },
  choices = {
    choice {
      text = "Geef die brief maar mee. Ik zoek morgen uit hoe dat bezwaar zit, dan hoef jij je daar even niet druk over te maken.",
      next = "angst",
      score = { erkenning = 1, regie = -2 },
      effects = { spanning = -1, regie = -2 },
      lessons = { 2, 1 },
      feedback = "Je wilt haar last verlichten, en dat geeft even lucht, bij haar en bij jou. Maar je neemt iets over waar ze niet om vroeg, en het eigenlijke gesprek, over slapen, drinken en vrijdag, schuift op (les 2, les 1).",
      inner = "Fijn dat iemand het oppakt. Al ben ik dat papier dan ook meteen kwijt, net als de rest.",
    },
    choice {
      text = "Wat een klap, die brief. Zullen we vrijdag even rustig doorlopen, zodat dat in elk geval goed staat?",
      next = "angst",
      procedure = true,
      score = { erkenning = -1, regulatie = -1 },
      effects = { vertrouwen = -1 },
      lessons = { 1 },
      feedback = "Je wilt haar houvast geven met iets wat wél te regelen is. Maar je slaat over wat haar uit de slaap houdt. Het logeren staat niet los van de brief, het slechte slapen en het drinken (les 1).",
      inner = "Vrijdag. Daar gaat het dus over. Niet over mij.",
    },
    choice {
      text = "Wat oneerlijk, na alles wat je al hebt laten zien. En kijk waar je nu staat: een huis, een baan, een kinderbed in de gang. Dat pakt niemand je meer af.",
      next = "angst",
      score = { erkenning = 1, regulatie = -1, systemisch = -1 },
      effects = { vertrouwen = -1 },
      set = { belofte = 1 },
      lessons = { 3, 1 },
      feedback = "Dit verleidt: je bent verontwaardigd namens haar, en je wijst op wat ze heeft opgebouwd om haar overeind te houden. Maar het compliment is een cijfer, en “dat pakt niemand je meer af” is een geruststelling die je niet in de hand hebt. Het sluit het gesprek: over de nachten op de bank, en over vrijdag, hoeft ze nu niets meer te zeggen (les 3, les 1).",
      inner = "Niemand pakt het af. Dan kan ik haar ook niet vertellen hoe slecht het echt gaat.",
    },
    choice {
      text = "Om drie uur nog op de bank. Zo hou je het niet vol. Wil je morgen je huisarts bellen over het slapen? Dan hoeft dat glas ook niet meer.",
      next = "angst",
      score = { erkenning = -1, regulatie = -1 },
      effects = { spanning = 1, regie = -1 }, content = true,
      lessons = { 1, 3 },
      feedback = "Dit verleidt: je pakt de slaap aan, en daarmee ook het drinken, en de huisarts is een verstandige, veilige stap. Maar ze vertelt net wat die brief met haar doet: weer bewijzen, weer maanden wachten. Je verwijst voordat je dat gehoord hebt, en zo wordt het wakker liggen een medisch probleem in plaats van wat de toeslagenaffaire nog steeds met haar doet. Een goede verwijzing op het verkeerde moment sluit het verhaal af, en zit ze al vol spanning, dan hoort ze vooral: weer iemand die zegt wat ik moet doen (les 1, les 3).",
      inner = "De huisarts. Dat weet ik zelf ook wel. Maar die brief gaat daar niet van weg.",
    },
    choice {
      text = "Net nu het weekend eraan komt. En weer moet je bewijzen hoe erg het was.",
      next = "angst",
      score = { erkenning = 3, regulatie = 2 },
      effects = function(s)
        return { spanning = -1, vertrouwen = s.spanning >= 7 and 1 or 2 }
      end,
      lessons = { 1, 3 },
      feedback = "Je zegt terug wat de brief betekent: weer bewijzen, net nu het goed gaat. Zo benoem je wat de toeslagenaffaire nog steeds met haar doet, en wordt haar slapeloosheid begrijpelijk, zonder dat je het drinken goedpraat (les 1).",
      inner = "Ja. Precies dat. Elke keer als het een beetje goed gaat, komt er weer zo'n envelop.",
    },
  },
}

-- 3. Wat nu? -----------------------------------------------------------------

node "angst" {
  speaker = "joyce",
  key = true,
  lines = {
    "Ik weet het gewoon niet meer. Ik wil hem zó graag hier hebben. Zijn eigen kamer, zijn dekbed met dinosaurussen...",
    "Maar als ik 's nachts niet wakker word als hij roept...",
    { "verteller", "Ze maakt de zin niet af." },
    "Afzeggen kan niet. Dan is alles weg waar ik een jaar voor heb gevochten.",
  },
  prompt = "Joyce ziet het risico zelf al, en ze ziet wat ze kan verliezen. Hoe help je haar die twee naast elkaar te zetten, zonder voor haar te kiezen en zonder het risico kleiner te maken?",
  choices = {
    choice {
      text = "Je wilt hem hier, en je wilt dat hij veilig is. Allebei kan: je zus blijft vrijdag slapen, en jij belt morgen de huisarts. Zullen we dat zo doen?",
      next = "wie_vertelt",
      score = { systemisch = 1, regie = -2 },
      effects = { spanning = -1, regie = -2 }, content = true,
      lessons = { 2, 6 },
      feedback = "Dit verleidt: je noemt allebei haar wensen, en je hebt meteen een plan dat beide redt, met een volwassene extra in huis. Maar het is jouw plan in de vorm van een vraag: Joyce was net zelf aan het zoeken, en nu voert ze uit wat jij bedacht. En wie Monique vertelt wat er speelt, blijft buiten beeld. “Allebei” benoemen helpt pas als zij ook zelf mag zoeken wat daarvoor nodig is (les 2, les 6).",
      inner = "Huisarts, zus, geregeld. Het klinkt goed. Maar het is haar plan, niet het mijne.",
    },
    choice {
      text = "Je wilt hem hier, en je wilt dat hij veilig is. Allebei. Wat is daarvoor nodig?",
      next = "opties",
      score = { systemisch = 3, regie = 2, regulatie = 1 },
      effects = { spanning = -1, vertrouwen = 1, regie = 2 }, content = true,
      lessons = { 6, 4 },
      feedback = "Je zet het belang van Milan en dat van Joyce naast elkaar in plaats van tegenover elkaar, en je laat haar zelf zoeken. Zo blijft de veiligheid voorop staan zonder dat zij buitenspel komt te staan (les 6, les 4).",
      inner = "Allebei? Ik dacht dat ik moest kiezen: óf ik ben een goede moeder, óf ik ben eerlijk.",
    },
    choice {
      text = "Dat je zelf al zo over Milan nadenkt, zegt zoveel over jou als moeder. Daar komen we samen wel uit.",
      next = "wie_vertelt",
      score = { regulatie = 1, systemisch = -2 },
      effects = { spanning = -1, vertrouwen = 1 },
      set = { stil = 1 },
      lessons = { 6, 3 },
      feedback = "Dit verleidt: ze zit in paniek, en een warm compliment met “samen” haalt haar eruit. Maar het compliment is jouw oordeel over haar moederschap, en “daar komen we wel uit” sluit precies af wat ze net durfde te zeggen: dat ze 's nachts misschien niet wakker wordt. De zorg wordt kleiner gemaakt dan hij is, en Milan is vijf (les 6, les 3).",
      inner = "Een goede moeder. Fijn. Maar hoe dan? Ik maakte mijn zin niet eens af.",
    },
    choice {
      text = "Misschien is het wijs om dit weekend te verzetten, dan heb je even rust. Die nacht komt er heus wel.",
      next = "afzeggen",
      procedure = true,
      score = { regie = -2, systemisch = -1 },
      effects = { spanning = 1, vertrouwen = -2, regie = -2 },
      lessons = { 6, 2 },
      feedback = "Het klinkt zorgzaam, en een aangepast weekend kan verstandig zijn. Maar jij kiest voor haar, terwijl zij juist zelf het risico benoemde. Zo staat ze tegenover haar eigen kind, en zat ze nog midden in haar eigen afweging (les 6, les 2).",
      inner = "Verzetten. Heus wel. Het is het enige waar ik al een jaar naartoe leef.",
    },
  },
}

node "afzeggen" {
  speaker = "joyce",
  lines = {
    "Dus jij vindt ook dat ik het niet kan.",
    { "verteller", "Ze pakt haar telefoon, kijkt naar het scherm en legt hem weer neer." },
    "Iedereen weet altijd beter wat goed is voor mijn kind.",
  },
  choices = {
    choice {
      text = "Sorry, zo klonk het niet goed. Met zo weinig slaap zou ik het zelf ook niet trekken, hoor. Dat zegt niks over jou als moeder.",
      next = "opties",
      score = { verbinding = 1, regulatie = -1, regie = -1 },
      effects = { vertrouwen = -1 },
      lessons = { 5, 2 },
      feedback = "Dit verleidt: je zegt sorry, je maakt het menselijk door jezelf ernaast te zetten, en je spreekt haar angst tegen. Maar het gaat nu over jouw bedoeling, en “dat zegt niks over jou als moeder” is opnieuw een oordeel over haar moederschap, alleen een gunstig. Je advies om te verzetten blijft staan, en wat zij wil, vraag je niet. Na een misstap helpt het meer om het denkwerk terug te geven dan om jezelf uit te leggen (les 5, les 2).",
      inner = "Ze zou het zelf ook niet trekken. Dus ze vindt het wel. Ze zegt het alleen aardiger.",
    },
    choice {
      text = "Sorry, dat was niet aan mij. Jij kent Milan het best. Wat jij besluit, daar sta ik achter.",
      next = "wie_vertelt",
      score = { regie = 1, systemisch = -2 },
      effects = { spanning = -1 },
      set = { stil = 1 },
      lessons = { 6, 2 },
      feedback = "Dit verleidt: je erkent je misstap, je geeft haar de regie terug, en je belooft steun. Het lijkt een herstel. Maar je trekt met je woorden ook de zorg om Milan in, en “daar sta ik achter” is een blanco cheque. Regie teruggeven betekent niet dat je een risico bij haar alleen neerlegt (les 6, les 2).",
      inner = "Ze staat erachter. Maar ik wist het juist niet. Daarom vertelde ik het.",
    },
    choice {
      text = "Nee. Ik liep op je vooruit, en het is ook niet aan mij. Sorry. Wat zou jij willen, als Milan maar veilig is?",
      next = "opties",
      score = { regie = 3, systemisch = 2, transparantie = 2 },
      effects = { spanning = -1, vertrouwen = 1, regie = 2 },
      lessons = { 2, 6, 8 },
      feedback = "Je herstelt je misstap: je zegt eerlijk dat het niet aan jou is, en je geeft het denkwerk terug aan de moeder, met Milans veiligheid als vast uitgangspunt (les 2, les 6).",
      inner = "Ze vraagt het aan mij. Aan mij, als moeder.",
    },
    choice {
      text = "Ik vind echt dat je het goed doet. Zal ik Monique straks bellen om het weekend te verzetten? Dan hoef jij dat niet te doen.",
      next = "dan_pakken_ze",
      procedure = true,
      score = { transparantie = 1, regie = -2, systemisch = -1 },
      effects = { spanning = -1, vertrouwen = -2, regie = -2 },
      set = { zonder = 1, stil = 0 },
      lessons = { 6, 2 },
      feedback = "Je biedt aan haar een zwaar telefoontje te besparen, en het weekend verzetten kan best verstandig zijn. Maar je neemt het van haar over: de zorg om Milan komt bij de jeugdbeschermer terecht zonder de moeder die hem zelf zag (les 6, les 2).",
      inner = "Opgelucht, en tegelijk weer alles kwijt. Ze regelen het wel. Zoals altijd.",
    },
  },
}

node "opties" {
  speaker = "joyce",
  lines = {
    { "verteller", "Joyce denkt na. Ze draait de envelop om en om." },
    "Mijn zus Kim zou kunnen komen slapen. Die kent Milan goed. Of... ik maak er een dag van. Zaterdag, van tien tot zes. Dan slaapt hij gewoon bij Ellen en Bas.",
    "Maar dan moet ik het wel uitleggen. En ik wil die nacht niet kwijt.",
  },
  choices = {
    choice {
      text = "Twee ideeën, en allebei van jou. *(je wacht even)*",
      next = "wie_vertelt",
      score = { regie = 3, systemisch = 2 },
      effects = { spanning = -1, vertrouwen = 1, regie = 2 }, content = true,
      lessons = { 2, 4, 6 },
      feedback = "Je benoemt dat de oplossingen van haar komen en laat de stilte het werk doen. Zo kiest zij, met Milan en met haarzelf in beeld, en houdt ze de regie over haar stap (les 4, les 2, les 6).",
      inner = "Ze vindt mijn ideeën goed. Misschien ben ik toch niet alleen maar een probleem.",
    },
    choice {
      text = "Kim erbij vind ik een mooi idee. Dan blijft jouw nacht staan, en heb je iemand naast je.",
      next = "wie_vertelt",
      score = { regie = 1, systemisch = -2, transparantie = -1 },
      effects = { spanning = -1, vertrouwen = 1 },
      set = { stil = 1 },
      lessons = { 6, 8 },
      feedback = "Dit verleidt: het is haar eigen idee, het redt haar nacht, en er is een volwassene extra in huis. Maar jij kiest welk idee goed is, en wat ze zelf als probleem noemde, het uitleggen, verdwijnt van tafel. Zo rust Milans veiligheid op een afspraak die Monique niet kent, en sta jij straks tegenover Joyce als het toch uitkomt (les 6, les 8).",
      inner = "Mooi idee, zegt ze. Dan hoef ik Monique dus niks te vertellen? Maar als Kim vrijdag niet kan...",
    },
    choice {
      text = "Ik zou zelf voor de dag gaan. Daarmee laat je Monique zien dat je verantwoordelijk kiest.",
      next = "wie_vertelt",
      score = { systemisch = 1, regie = -2 },
      effects = { regie = -2 }, content = true,
      lessons = { 2, 4 },
      feedback = "Het is een verstandig advies, en ze twijfelt zichtbaar, dus een duidelijke keuze lijkt te helpen. Maar ze had net twee eigen ideeën, en nu kiest jij. Wat zij wil met die nacht, hoor je niet meer (les 2, les 4).",
      inner = "Zij zou de dag kiezen. Dus mijn nacht telt niet.",
    },
    choice {
      text = "Goede ideeën. Zal ik ze allebei aan Monique voorleggen? Dan weet je snel waar je aan toe bent.",
      next = "dan_pakken_ze",
      procedure = true,
      score = { systemisch = 1, regie = -2, transparantie = -1 },
      effects = { spanning = 1, regie = -2 },
      set = { zonder = 1, stil = 0 },
      lessons = { 2, 8 },
      feedback = "Je neemt haar ideeën serieus, brengt de zorg bij de jeugdbeschermer en bespaart haar een spannend telefoontje. Maar je doet het zelf, zonder haar: het gesprek over haar kind gaat weer buiten haar om, terwijl ze het juist zelf zou kunnen (les 2, les 8).",
      inner = "Dus nu gaat het weer over mij, zonder mij.",
    },
  },
}

-- 4. Wie vertelt het? ------------------------------------------------------

node "wie_vertelt" {
  speaker = "joyce",
  key = true,
  lines = {
    { "joyce", "Moet Monique dit nou echt weten? Zeg het maar eerlijk.", when = { stil = 1 } },
    { "joyce", "En Monique? Moet zij dit weten?", when = { stil = 0 } },
    { "verteller", "Ze kijkt je recht aan." },
  },
  prompt = "Joyce vraagt je om eerlijkheid. Wat zeg je over wat jij doet met haar verhaal, en hoe zorg je dat zij zelf de eerste stap kan zetten?",
  choices = {
    choice {
      text = "Ja, ze moet het weten. Zal ik het haar vertellen? Dan hoef jij je niet te verdedigen, en ik zeg er meteen bij hoe hard je hebt gewerkt.",
      next = "dan_pakken_ze",
      score = { transparantie = 1, regie = -2 },
      effects = { spanning = -1, regie = -2 },
      set = { zonder = 1, stil = 0 },
      lessons = { 2, 8 },
      feedback = "Dit verleidt: je bent eerlijk dat Monique het moet weten, je spaart haar een eng telefoontje, en je belooft een goed woord. Maar dan hoort Monique het uit jouw mond, en Joyce blijft de moeder over wie gepraat wordt. Juist dat ze het zelf zag en zelf vertelde, is wat haar sterk maakt, en dat neem je over (les 2, les 8).",
      inner = "Opgelucht. Zij doet het woord. Maar dan weet ik straks niet wat ze precies heeft gezegd.",
    },
    choice {
      text = "Dat hoeft niet meteen. Kijk eerst hoe de komende nachten gaan; donderdag bekijken we het samen.",
      next = "dan_pakken_ze",
      score = { transparantie = -1, systemisch = -2 },
      effects = { spanning = -1, vertrouwen = 1 },
      set = { stil = 1 },
      lessons = { 6, 8 },
      feedback = "Je wilt haar beschermen tegen een systeem dat haar al zoveel afnam, en afwachten met een afspraak voelt mild en zorgvuldig. Maar het weekend is overmorgen: Milan slaapt dan bij een uitgeputte moeder, zonder dat de jeugdbeschermer het weet (les 6, les 8).",
      inner = "Donderdag. Dan is het bijna vrijdag. Maar fijn, even uitstel.",
    },
    choice {
      text = "Ja, eerlijk is eerlijk: dit moet Monique weten. Ik bel haar vanmiddag, dan is het vóór vrijdag geregeld.",
      next = "dan_pakken_ze",
      procedure = true,
      score = { transparantie = 1, regie = -2, veiligheid = -1 },
      effects = { spanning = 2, vertrouwen = -2, regie = -2 },
      set = { zonder = 1, stil = 0 },
      lessons = { 8 },
      feedback = "Je bent open over wat je gaat doen, en dat telt; je handelt ook snel. Maar je besluit het voor haar en je doet het zonder haar, terwijl ze zelf had kunnen bellen. Zo voelt eerlijk zijn als een straf (les 8).",
      inner = "Vanmiddag al. Dan is het weekend weg voordat ik het zelf kan uitleggen.",
    },
    choice {
      text = "Ja. Het liefst vertel jij het haar zelf, en zit ik naast je. Doe je het niet, dan deel ik mijn zorg wel. Maar dan hoor je dat eerst van mij.",
      next = "dan_pakken_ze",
      score = { transparantie = 3, regie = 2, systemisch = 2 },
      effects = { spanning = 1, vertrouwen = 1, regie = 1 }, content = true,
      set = { zelf = 1, stil = 0 },
      lessons = { 8, 6 },
      feedback = "Een eerlijk antwoord met wat wél kan: zij houdt de eerste stap in handen, jij staat ernaast, en ze weet precies wat jij doet als zij het niet doet. Zo blijft Milan veilig zonder dat er iets achter haar rug gebeurt (les 8, les 6).",
      inner = "Dat is eerlijk. Eng, maar eerlijk. Liever zij naast me dan dat ik het morgen via via hoor.",
    },
    choice {
      text = "Ja. Maar het is jouw verhaal: jij belt haar, en ik zit naast je. Wat je vertelt en hoeveel, dat bepaal jij.",
      next = "dan_pakken_ze",
      score = { regie = 2, transparantie = -1, systemisch = -1 },
      effects = { vertrouwen = 1, regie = 1 }, content = true,
      set = { zelf = 1, stil = 0 },
      lessons = { 8, 6, 2 },
      feedback = "Dit verleidt: het klinkt als regie geven, je zit naast haar, en je dreigt nergens mee. Maar ze vroeg je om eerlijkheid, en je zegt niet wat jij doet met wat je weet. “Wat je vertelt, bepaal jij” laat het drinken open: Milans veiligheid hangt dan af van wat ze op het moment zelf durft. Eerlijk zijn over je eigen rol is geen dreigement, het is de grond waarop zij zelf kan kiezen (les 8, les 6).",
      inner = "Wat ik vertel, bepaal ik. Dan kan ik de wijn dus weglaten. Of niet? Dat zegt ze er niet bij.",
    },
  },
}

-- 5. "Dan pakken ze alles weer af" -----------------------------------------

node "dan_pakken_ze" {
  speaker = "joyce",
  key = true,
  lines = {
    { "joyce", "Als ik haar bel, pakken ze alles weer af. Dan is het weekend weg, en de rest ook. Dan begint het allemaal opnieuw.", when = { zelf = 1 } },
    { "joyce", "Dan pakken ze alles weer af. Dat weet jij ook. Dan is het weekend weg, en de rest ook.", when = { zonder = 1, zelf = 0 } },
    { "joyce", "Stel dat het toch uitkomt. Dan pakken ze alles weer af. Dan ben ik alles kwijt.", when = { stil = 1 } },
    { "verteller", "Haar ogen worden nat. Ze veegt ze snel weg." },
  },
  prompt = "Wat kun je Joyce eerlijk beloven, en wat niet? Hoe laat je zien dat hulp vragen bij goed ouderschap hoort?",
  choices = {
    choice {
      text = "Dat kan ik niet beloven. Maar gaat de nacht eraf, dan ga ik met je naar Monique, en dan vechten we samen voor een nieuwe datum.",
      next = na_belofte,
      score = { transparantie = 1, verbinding = 1, systemisch = -1 },
      effects = { spanning = -1, vertrouwen = 1 },
      lessons = { 6, 8 },
      feedback = "Dit verleidt: je begint eerlijk, je belooft geen uitkomst, en je biedt aan naast haar te staan. Maar je neemt haar beeld over dat bellen verliezen is en Monique de tegenpartij, en de nacht wordt weer het doel. Wat ze nodig heeft om te bellen, is een andere betekenis van wat ze doet: hulp vragen als zorg voor Milan, niet als een gevecht dat ze moet winnen (les 6, les 8).",
      inner = "Samen vechten. Dan is het dus toch een gevecht. En dat verlies ik, zoals altijd.",
    },
    choice {
      text = "Dat kan ik je niet beloven; Monique beslist. Wat ik wel zie: een moeder die hulp zoekt voordat er iets misgaat. Dat zeg ik aan tafel ook, als je wilt.",
      next = na_belofte,
      score = { transparantie = 3, veiligheid = 2, verbinding = 2 },
      effects = function(s)
        return { spanning = -2, vertrouwen = s.spanning >= 7 and 1 or 2, regie = 1 }
      end,
      lessons = { 8, 4, 5 },
      feedback = "Een eerlijke grens, en daarnaast wat je wél kunt doen. Je geeft haar eerlijkheid een andere betekenis: niet falen, maar zorg voor Milan. Dat kan ze meenemen naar het gesprek met de jeugdbeschermer (les 8, les 4).",
      inner = "Verantwoordelijk. Zo heb ik het nog nooit bekeken. Zo heeft nog niemand het tegen me gezegd.",
    },
    choice {
      text = "Beloven kan ik niks. Maar ik ken Monique: ze ziet ook wat je hebt opgebouwd. Dat gaat ze echt niet zomaar afpakken.",
      next = na_belofte,
      score = { verbinding = 1, transparantie = -2, veiligheid = -1 },
      effects = { spanning = -1, vertrouwen = 1 },
      set = { belofte = 1 },
      lessons = { 8 },
      feedback = "Dit verleidt: je begint eerlijk, haar tranen vragen om troost, en je kent Monique ook echt. Maar na “beloven kan ik niks” volgt toch een belofte, in andermans naam. Als het anders loopt, breekt die precies op het moment dat ze je het hardst nodig heeft (les 8).",
      inner = "Ze kent Monique. Ze pakt het niet af. Oké. Dan durf ik misschien wel.",
    },
    choice {
      text = "Dat weet ik eerlijk gezegd niet; dat beslist Monique. Ik wil je niets beloven wat ik niet kan waarmaken.",
      next = na_belofte,
      procedure = true,
      score = { transparantie = 1, verbinding = -2, regulatie = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 8 },
      feedback = "Het klinkt eerlijk, en dat is het ook: jij beslist niet. Maar met alleen die zin blijft ze alleen met haar angst. Een eerlijk nee heeft ook nodig wat je wél kunt doen (les 8).",
      inner = "Dus ik sta er alleen voor. Zoals altijd.",
    },
  },
}

-- 6a. Joyce belt zelf --------------------------------------------------------

node "telefoon" {
  speaker = "joyce",
  lines = {
    { "verteller", "Joyce zet haar telefoon op de luidspreker. Je schuift je stoel naast de hare. Monique neemt op na drie keer overgaan." },
    "Hoi Monique, met Joyce. Ik... ik moet je iets vertellen over vrijdag.",
    { "verteller", "Ze vertelt het, met horten en stoten: de brief, de nachten, de wijn." },
    { "monique", "Goed dat je belt, Joyce. Ik schrik er wel van, eerlijk gezegd. Hoeveel drink je dan? En drink je ook als Milan er is?" },
    { "verteller", "Joyce kijkt je aan. Je ziet de vraag in haar ogen: jij zei toch dat het niet zou gebeuren?", when = { belofte = 1 } },
    { "verteller", "Joyce verstijft en kijkt naar jou.", when = { belofte = 0 } },
  },
  choices = {
    choice {
      text = "Monique, ik ken Joyce nu acht maanden. Als Milan er is, drinkt ze niet; daar is ze altijd heel duidelijk in geweest.",
      next = "afronding",
      score = { verbinding = 1, regie = -2, transparantie = -1 },
      effects = { regie = -2 },
      lessons = { 2, 8 },
      feedback = "Dit verleidt: ze verstijft, je kent haar, en een rustig woord van een professional lijkt meer gewicht te hebben dan haar eigen antwoord. Maar je beantwoordt de vraag van Monique voor haar, en je staat in voor iets wat je niet kunt weten. Monique praat nu met jou, niet met de moeder die zelf belde (les 2, les 8).",
      inner = "Ze staat voor me in. Fijn. Maar Monique vroeg het aan mij.",
    },
    choice {
      text = "*(Je zegt niets en wacht tot Joyce zelf antwoordt. Het is haar gesprek.)*",
      next = "afronding",
      score = { regie = 1, verbinding = -1 },
      effects = { spanning = 1 },
      lessons = { 8, 2 },
      feedback = "Haar het woord laten voelt respectvol, en vaak is dat ook zo. Maar ze verstijft en zoekt juist steun. Naast iemand staan betekent ook iets zeggen als ze vastloopt (les 8).",
      inner = "Zeg dan iets. Je zou naast me zitten.",
    },
    choice {
      text = "Monique, ze belt zelf, omdat ze wil dat Milan veilig is. En ze heeft al bedacht wat er wél kan.",
      next = "afronding",
      score = { verbinding = 3, regie = 2, systemisch = 2 },
      effects = { spanning = -1, vertrouwen = 1, regie = 1 }, content = true,
      lessons = { 6, 8, 5 },
      feedback = "Je geeft ondertiteling: Monique hoort haar eerlijkheid als zorg, niet als falen. En je laat ruimte, zodat Joyce zelf verder vertelt. Zo ligt Milans veiligheid op tafel en blijft Joyce de moeder die meedenkt (les 6, les 8, les 5).",
      inner = "Ze zegt het alsof het iets goeds is dat ik bel. Misschien is het dat ook.",
    },
    choice {
      text = "Monique, zal ik het even kort samenvatten? Joyce slaapt al twee weken slecht, en drinkt 's avonds wat om te kunnen slapen...",
      next = "afronding",
      procedure = true,
      score = { regie = -2, verbinding = -1 },
      effects = { regie = -2 },
      lessons = { 2, 8 },
      feedback = "Joyce loopt vast, en een samenvatting lijkt haar te helpen. Maar je praat over Joyce in plaats van dat zij het vertelt. Precies op het moment dat ze zelf de regie neemt, neem jij het over (les 2, les 8).",
      inner = "Daar gaat het weer. Over mij, waar ik bij zit.",
    },
    choice {
      text = "*(Je legt even je hand op haar arm.)* Zeg het maar gewoon eerlijk, Joyce. Dat is het beste wat je nu kunt doen.",
      next = "afronding",
      score = { verbinding = 1, regulatie = -1, regie = -1 },
      effects = { spanning = 1 },
      lessons = { 5, 8 },
      feedback = "Dit verleidt: je steunt haar met een gebaar, je laat haar het woord en je moedigt eerlijkheid aan. Maar zo word je haar coach terwijl Monique meeluistert: Joyce hoort hoe ze moet antwoorden, en Monique hoort een moeder die aangespoord moet worden. Ze was al eerlijk; ze belde zelf. Wat ontbreekt, is iemand die dat hardop betekenis geeft (les 5, les 8).",
      inner = "Eerlijk. Dat was ik toch al? Nu lijkt het een verhoor, met haar als mijn coach.",
    },
  },
}

node "afronding" {
  speaker = "joyce",
  lines = {
    { "verteller", "Na een kwartier hangt Joyce op. De afspraak: zaterdag komt Milan overdag, van tien tot zes, en Kim is erbij. De eerste nacht schuift twee weken op. Monique komt maandag langs om het samen te bespreken." },
    { "joyce", "Je zei dat het niet zou gebeuren. En nu is de nacht toch weg.", when = { belofte = 1 } },
    { "joyce", "De nacht is weg. Maar ze zei dat ze blij was dat ik belde. Dat had ik echt niet verwacht.", when = { belofte = 0 } },
    "En nu?",
  },
  choices = {
    choice {
      text = "Wat jij vandaag deed, was moediger dan welke nacht ook. Laat dat eerst maar even landen; de rest bespreken we maandag met Monique.",
      next = na_afronding,
      score = { erkenning = 1, regie = -2 },
      effects = { spanning = -1, regie = -1 },
      lessons = { 4, 2 },
      feedback = "Dit verleidt: het is warm, je ziet haar moed, en na zo'n middag lijkt rust precies wat ze nodig heeft. Maar “moediger dan welke nacht ook” is een cijfer dat jij geeft, en met “de rest bespreken we maandag” leg je haar volgende stap bij de jeugdbeschermer. Ze vroeg “en nu?”: ze wil iets doen. Haar eigen stap van vandaag wordt zo een afsluiting in plaats van een begin (les 4, les 2).",
      inner = "Moedig. Fijn. Maar ik wil niet tot maandag wachten tot iemand anders zegt hoe het verder moet.",
    },
    choice {
      text = "Zal ik het zo in het plan zetten? Over zes weken kijken we dan samen of de nacht er weer in kan.",
      next = na_afronding,
      procedure = true,
      score = { regie = -1, erkenning = -1 },
      effects = { spanning = 1, regie = -1 },
      lessons = { 4 },
      feedback = "Een evaluatiemoment is goed, maar “zes weken” en “of het er weer in kan” klinken als een verschoven finishlijn. Joyce wil weten wat ze zelf kan doen om er te komen (les 4).",
      inner = "Zes weken. En dan komt er vast weer een nieuwe voorwaarde bij.",
    },
    choice {
      text = "Zullen we meteen een plan maken? Huisarts voor het slapen, Kim erbij de eerste nacht, en ik bel je elke avond even.",
      next = na_afronding,
      score = { regie = -2, transparantie = -1 },
      effects = { spanning = -1, regie = -2 },
      lessons = { 2, 4 },
      feedback = "Na zo'n dag wil je haar houvast geven, en een plan met steun voelt hoopvol. Maar het is jouw plan, met jou als dagelijkse steunpilaar. Haar eigen stap van vandaag wordt zo jouw project (les 2, les 4).",
      inner = "Elke avond bellen. Aardig. Maar kan ik het dan straks nog zonder haar?",
    },
    choice {
      text = "Je hebt het zelf gedaan, Joyce. *(je wacht even)* Wat wil jij afspreken voor de komende twee weken? Zaterdagavond bellen kan, en maandag zit ik naast je, als je wilt.",
      next = na_afronding,
      score = { regie = 3, erkenning = 2, veiligheid = 2 },
      effects = { spanning = -1, vertrouwen = 2, regie = 2 },
      lessons = { 4, 2 },
      feedback = "Je benoemt wat ze gedaan heeft en laat haar de volgende stap kiezen: een dag nu, de nacht over twee weken. En je biedt alleen aan wat je kunt nakomen (les 4, les 2).",
      inner = "Over twee weken. Het is niet weg, het is uitgesteld. En ik mag zeggen wat ik nodig heb.",
    },
    choice {
      text = "Ik zei dat het niet zou gebeuren. Dat had ik niet mogen zeggen; het spijt me. Wat wel blijft staan: je hebt zelf gebeld. Wat wil jij nu afspreken?",
      -- na de gebroken belofte het sterkste antwoord: eerst je eigen woorden
      -- terugnemen, dan haar de volgende stap geven
      when = { belofte = 1 },
      next = na_afronding,
      score = { transparantie = 3, veiligheid = 2, erkenning = 2, regie = 2 },
      effects = { spanning = -1, vertrouwen = 1 },
      lessons = { 8, 4 },
      feedback = "Je komt terug op je eigen belofte, zonder uitvluchten, en je laat daarna zien wat zij deed. Pas dan geef je haar de volgende stap. Na een gebroken toezegging komt het herstel eerst: een plan zonder die erkenning landt niet. Het geeft haar meer houvast dan een nieuwe geruststelling (les 8, les 4).",
      inner = "Ze geeft het toe. Dat heb ik nog nooit meegemaakt. Ja. Ik heb zelf gebeld. En nu mag ik zeggen wat ik wil.",
    },
  },
}

-- 6b. De zorg is buiten Joyce om gedeeld ----------------------------------

node "na_melding" {
  speaker = "joyce",
  lines = {
    "Je gaat het dus hoe dan ook doorgeven. Zonder mij erbij.",
    { "verteller", "Ze kijkt naar het kinderbed in de gang." },
    "Wat ga je tegen haar zeggen?",
  },
  choices = {
    choice {
      text = "Sorry, dat ging te snel. Zal ik haar nu bellen, hier aan tafel, op de luidspreker? Dan hoor jij elk woord, en je mag me altijd onderbreken.",
      next = "zonder_haar",
      score = { transparantie = 2, verbinding = 1, regie = -2 },
      effects = { spanning = -1 },
      lessons = { 2, 8 },
      feedback = "Dit verleidt: je zegt sorry, alles gebeurt open en waar ze bij is, en ze mag je onderbreken. Transparanter kan bijna niet. Maar erbij zijn is nog geen woord hebben: jij vertelt haar verhaal, en zij mag hooguit verbeteren. Monique hoort de zorg van de procesbegeleider, niet van de moeder die het risico zelf zag (les 2, les 8).",
      inner = "Ik mag haar onderbreken. In mijn eigen verhaal. Over mijn eigen kind.",
    },
    choice {
      text = "Sorry, dat ging te snel. Ik houd het kort, alleen wat nodig is voor vrijdag, en ik bel je meteen daarna.",
      next = "zonder_haar",
      score = { verbinding = 1, regie = -2 },
      effects = { vertrouwen = -1 },
      lessons = { 8, 2 },
      feedback = "Dit verleidt: je zegt sorry, je belooft het klein te houden en je houdt haar op de hoogte. Het klinkt als een herstel. Maar het gesprek over haar kind gaat nog steeds zonder haar, en precies dát was de misstap. Een herstel in woorden is nog geen herstel in wat je doet (les 8, les 2).",
      inner = "Sorry, zegt ze. En toch belt ze zonder mij.",
    },
    choice {
      text = "Je hebt gelijk, ik besliste te snel. Sorry. Dan bellen we haar nu samen, als jij dat wilt. Jij vertelt, ik vul alleen aan als jij daarom vraagt.",
      next = "telefoon",
      score = { regie = 3, transparantie = 2, verbinding = 2 },
      effects = { spanning = -1, vertrouwen = 1, regie = 2 },
      set = { zonder = 0, zelf = 1 },
      lessons = { 2, 8, 6 },
      feedback = "Een herstelpoging: je zorg blijft staan, maar je maakt er weer iets van samen. Joyce vertelt het zelf, en de jeugdbeschermer hoort het van de moeder die het risico zelf zag (les 8, les 6).",
      inner = "Samen bellen. Dan hoor ik tenminste wat er gezegd wordt. Dan kan ik het zelf uitleggen.",
    },
    choice {
      text = "Alleen wat je mij vertelde, zonder er iets van te maken. En ik laat je daarna weten wat ze zei.",
      next = "zonder_haar",
      procedure = true,
      score = { transparantie = -1, verbinding = -2 },
      effects = { vertrouwen = -2 },
      lessons = { 8 },
      feedback = "Feitelijk en zorgvuldig, en je belooft terugkoppeling. Maar Joyce zit er niet bij en moet wachten op wat er over haar gezegd is. Zo wordt de zorg om Milan iets wat haar overkomt (les 8).",
      inner = "Alleen wat ik vertelde. In haar woorden, zonder mij erbij.",
    },
  },
}

-- 6c. Het risico ligt er nog ---------------------------------------------

node "stil_afscheid" {
  speaker = "joyce",
  key = true,
  lines = {
    { "verteller", "Het is bijna vijf uur. Joyce loopt met je mee naar de deur. Ze lijkt opgelucht." },
    "Dus vrijdag gaat gewoon door. Dank je. Echt. Jij bent de enige die niet meteen moeilijk doet.",
  },
  prompt = "Je hebt iets laten liggen. Wat kost het om op je eigen woorden terug te komen, en wat kost het als je dat niet doet, voor Milan en voor Joyce?",
  choices = {
    choice {
      text = "Graag gedaan. En als het vrijdagavond toch niet gaat, bel je mij. Hoe laat ook; dan kom ik.",
      next = "niets_gedaan",
      score = { verbinding = 1, systemisch = -2, transparantie = -1 },
      lessons = { 6, 8 },
      feedback = "Dit verleidt: je laat haar niet alleen, je biedt een vangnet, en het voelt als de veilige middenweg tussen melden en niets doen. Maar jij wordt het veiligheidsplan, met een belofte die je midden in de nacht niet kunt waarmaken. Milans veiligheid hangt dan af van een uitgeputte moeder die op tijd moet bellen, en Monique weet van niets. Een vangnet in het geheim is geen gedeelde zorg (les 6, les 8).",
      inner = "Ze komt, hoe laat ook. Dan kan er toch niks misgaan? Dan hoeft Monique het ook niet te weten.",
    },
    choice {
      text = "Wacht even, Joyce. Ik kom toch terug op iets: ik maak me zorgen, om Milan en om jou. Monique moet het weten. Liefst van jou, met mij ernaast; anders van mij, en dan hoor je het eerst.",
      next = "telefoon",
      score = { systemisch = 3, transparantie = 3, verbinding = 1 },
      effects = { spanning = 2, vertrouwen = -1 },
      set = { stil = 0, zelf = 1 },
      lessons = { 6, 8 },
      feedback = "Op je eigen woorden terugkomen is lastig, en het doet haar even pijn. Maar het is eerlijk, het houdt Milan veilig en het laat Joyce zelf de eerste stap zetten (les 6, les 8).",
      inner = "Nee. Nee, nee. Maar... ze zegt het tenminste recht in mijn gezicht. En ze blijft.",
    },
    choice {
      text = "Graag gedaan. Vraag je je zus nog of ze vrijdag blijft slapen? Dan sta je er niet alleen voor.",
      next = "niets_gedaan",
      score = { verbinding = 1, systemisch = -1, regie = -1 },
      lessons = { 6, 8 },
      feedback = "Dit verleidt: je doet toch iets aan de veiligheid, vriendelijk en zonder haar opluchting af te pakken. Maar het is jouw oplossing, in haar oor gefluisterd bij de deur, en de jeugdbeschermer weet nog steeds van niets. Of haar zus kan, hoor je niet meer. Een halve maatregel in stilte maakt het risico niet gedeeld (les 6, les 8).",
      inner = "Kim. Ja. Als die kan. En anders gaat het ook wel, toch?",
    },
    choice {
      text = "Graag gedaan. Ik noteer dat we het weekend samen hebben voorbereid.",
      next = "niets_gedaan",
      procedure = true,
      score = { systemisch = -2, transparantie = -1 },
      lessons = { 6, 8 },
      feedback = "In je verslag staat een voorbereiding, maar niet de zorg die je hoorde. Het risico voor Milan blijft onbesproken, en jij staat er later mee tegenover Joyce en de jeugdbeschermer (les 6).",
      inner = "Fijn. Niemand hoeft het te weten. Vrijdag gaat het gewoon goed. Toch?",
    },
  },
}

-- Eindes -------------------------------------------------------------------

ending "samen_aangepast" {
  title = "Een aangepast plan, samen verteld",
  kind = "herstel",
  text = [[
Joyce heeft Monique zelf gebeld, met jou naast zich. Zaterdag komt Milan overdag, van tien tot zes, en Kim is erbij. Ze bakken pannenkoeken en bouwen een hut van het karton van het nieuwe bed.

Donderdag gaat Joyce naar haar huisarts, over het slapen. Zaterdagavond bel je haar, zoals afgesproken. "Hij wilde niet weg," zegt ze. "Maar hij was vrolijk."

Maandag zit je naast haar bij Monique. Monique zegt dat ze het sterk vond dat Joyce zelf belde, en schrijft dat ook zo op. De eerste nacht staat nu over twee weken in de agenda, met een evaluatie erna. Joyce noemt zelf wat ze daarvoor wil regelen: Kim als achtervang en geen drank in huis.

*Voor de nabespreking:* Milan was veilig, en Joyce bleef zijn moeder die meedacht. Wat in dit gesprek maakte dat zij zelf de telefoon pakte?
]],
}

ending "wankel" {
  title = "Het plan staat, het vertrouwen wankelt",
  kind = "neutraal",
  text = [[
Monique is op de hoogte en het weekend is aangepast: zaterdag een dag met Kim erbij, de nacht later. Milan is veilig.

Maar Joyce voelt zich niet gedragen. Een toezegging die niet klopte, of een gesprek dat van haar werd overgenomen, heeft een deuk gegeven. Op de volgende afspraak is ze beleefd en kort. Over het slapen en het drinken begint ze zelf niet meer.

*Voor de nabespreking:* de uitkomst voor Milan is goed. Wat heeft Joyce nodig om de volgende keer weer iets te durven vertellen, en wat kun je herstellen?
]],
}

ending "zonder_haar" {
  title = "De zorg gedeeld, zonder Joyce",
  kind = "neutraal",
  text = [[
Je belt Monique zelf. Zij schrikt en zet de logeernacht stop. Zaterdag komt Milan twee uur, met begeleiding, in plaats van een nacht.

Milan is veilig. Maar Joyce hoort de zorg in andermans woorden terug, en in het verslag staat "moeder drinkt" zonder de brief, het slapen of haar eigen plan met Kim. Het gesprek over de eerste nacht begint opnieuw, nu met een extra voorwaarde. De volgende afspraak met jou zegt ze af. "Ik vertel je niks meer," appt ze.

*Voor de nabespreking:* de zorg was terecht en moest gedeeld worden. Wat was er nodig geweest om dat *met* Joyce te doen in plaats van buiten haar om?
]],
}

ending "niets_gedaan" {
  title = "Niemand wist het",
  kind = "breuk",
  text = [[
Het weekend gaat door zoals gepland. Niemand anders weet dat Joyce al twee weken nauwelijks slaapt en 's avonds drinkt om in slaap te vallen.

**Het risico is niet aangepakt.** Een kind van vijf slaapt een nacht bij een uitgeputte moeder, zonder dat de jeugdbeschermer het weet. Of er nog iemand anders in huis is, weet niemand zeker. Misschien gaat het goed. Maar als Milan 's nachts roept en Joyce niet wakker wordt, of als het later toch uitkomt, dan staat niet alleen Milans veiligheid op het spel. Dan staat Joyce tegenover de jeugdbeschermer met een geheim, en sta jij ernaast als degene die het wist.

De zorg wegwuiven voelde als steun. Het liet Joyce en Milan allebei alleen.

*Voor de nabespreking:* wanneer in dit gesprek had je het risico kunnen benoemen zonder Joyce buitenspel te zetten? Wat maakte dat lastig?
]],
}

ending "afgebroken" {
  title = "Joyce vraagt je te gaan",
  kind = "breuk",
  text = [[
"Ga maar weg. Bel haar maar. Dat ga je toch doen."

Joyce staat op en houdt de deur open. Buiten bel je Monique met je zorg, en je spreekt een voicemail in voor Joyce om te zeggen dat je dat gedaan hebt. De logeernacht gaat niet door; zaterdag komt Milan twee uur, met begeleiding.

Milan is veilig. Maar Joyce neemt de telefoon niet meer op. In het verslag staat dat moeder "weinig inzicht toont en afwerend reageert". Dat zij het zelf vertelde, staat er niet in.

*Voor de nabespreking:* de zorg was terecht. Wat maakte dat de spanning zo hoog opliep, en welk moment had het gesprek kunnen keren?
]],
}

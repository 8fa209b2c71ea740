-- Naast: scenario S7 "De verklarende analyse: eindelijk ons eigen verhaal"
-- Les 7 (hoofdfocus), les 1, les 6.

scenario {
  id = "ons-eigen-verhaal",
  title = "De verklarende analyse: eindelijk ons eigen verhaal",
  language = "nl",
  version = "2",
  minutes = 20,
  role = "procesbegeleider",
  lessons = { 7, 1, 6 },
  content_notes = { "uithuisplaatsing", "voogdij", "schulden", "dreigende huisuitzetting",
                    "ruzie tussen ouders in het bijzijn van een kind", "onjuiste informatie in een dossier" },
  intro = [[
**Linda (40)** en **Ricardo (42)** zijn erkend gedupeerden van de toeslagenaffaire. In 2018 moesten ze ruim veertigduizend euro kinderopvangtoeslag terugbetalen, met het stempel "opzet". Daarna volgden schulden, loonbeslag, nachtdiensten, een deurwaarder en een dreigende huisuitzetting. In 2019 kwam er na een hoog opgelopen ruzie een melding bij Veilig Thuis. Hun dochter **Mila** woont sinds haar vierde in een pleeggezin, bij Anja en Remco. Inmiddels is ze acht. Het gezag van Linda en Ricardo is beëindigd; **Ilse** is de voogd van Mila. Ze zien Mila één keer per maand, twee uur, onder begeleiding.

Ilse staat open voor een **verklarende analyse** door een neutrale partij: een schematisch beeld van hoe de situatie is ontstaan, met de zorgen én de krachten, en met ieders kijk erin. Jij bent de **procesbegeleider** van het Ondersteuningsteam. Je bereidt die analyse samen met Linda en Ricardo voor, zodat hun verhaal er echt in komt.

Twee dagen voor dit eerste gesprek stuurde Ilse je, met toestemming van de ouders, het dossier: **tweehonderd pagina's**.

**Jouw rol:** je staat naast de ouders en je houdt de regie over het proces. **Niet jouw rol:** je beslist niets over Mila, je kunt het dossier niet wijzigen en je maakt de analyse niet zelf. Dat doet een onafhankelijke analist, met inbreng van de ouders, de voogd en de pleegouders.

> "Door de verklarende analyse konden we eindelijk ons verhaal vertellen. (...) Start met het verhaal van de ouders, zonder dat eerst een dossier wordt gelezen."
> *Ouders, in: De 8 lessen die het Ondersteuningsteam leerde en wil delen (2023), les 7*
]],
  start = "dossier",
  cast = {
    linda   = { name = "Linda",   role = "moeder" },
    ricardo = { name = "Ricardo", role = "vader" },
  },
  state = {
    spanning   = { init = 6, min = 0, max = 10 },
    vertrouwen = { init = 2, min = 0, max = 10 },
    regie      = { init = 3, min = 0, max = 10 },
    dossier_eerst = { init = 0, min = 0, max = 1, hidden = true },  -- dossier gelezen vóór hun verhaal
    correctie  = { init = 0, min = 0, max = 1, hidden = true },     -- hun correctie expliciet vastgelegd
    belofte    = { init = 0, min = 0, max = 1, hidden = true },     -- belofte gedaan die je niet kunt waarmaken
    partij     = { init = 0, min = 0, max = 1, hidden = true },     -- partij gekozen: geen gedeeld beeld meer
  },
  -- Inhoudelijke stappen bouwen pas vertrouwen op (en laten de spanning pas
  -- zakken) als de spanning onder de 7 is. Daarboven werkt alleen reguleren.
  -- regulatie vóór inhoud: een antwoord met content = true brengt, zolang dit
  -- geldt, niet meer vertrouwen dan max en niet minder spanning dan min.
  regulation = { when = { spanning = ">=7" }, max = { vertrouwen = 0 }, min = { spanning = 0 } },
  triggers = {
    { when = { spanning = ">=10" }, next = "teruggetrokken" },
  },
  tests = {
    -- beste pad: eerst hun verhaal, vroeger, correctie vastleggen, beide vasthouden, gedeeld beeld, zij lezen eerst
    { choices = { 3, 2, 4, 1, 5, 2, 1, 3 }, ending = "gedeeld-beeld",
      min = { erkenning = 0.9, transparantie = 0.9, systemisch = 0.9, regie = 0.9 } },
    -- procedurepad: dossier eerst, tijdlijn van de Raad, kopje, "vastgesteld"
    { choices = { 4, 1, 4, 4 }, ending = "teruggetrokken",
      max = { erkenning = 0.2, transparantie = 0.5 } },
    -- partij kiezen tegen het dossier: hun verhaal wordt "de versie van de ouders"
    { choices = { 1, 2, 4, 2, 5, 2, 1, 4 }, ending = "hun-versie" },
    -- steeds het langste antwoord: uitleg, geruststelling en procedure; ze trekken zich terug
    { choices = { 2, 1, 5, 1, 3, 3, 3 }, ending = "teruggetrokken" },
    -- steeds het kortste antwoord
    { choices = { 1, 2, 3, 5, 1, 1, 4, 1 }, ending = "hun-versie" },
  },
}

node "dossier" {
  speaker = "ricardo",
  key = true,
  lines = {
    { "verteller", "Dinsdagochtend, de keukentafel van Linda en Ricardo. Koffie, een schaaltje stroopwafels. In je tas zit het dossier dat Ilse je stuurde: een stapel van tweehonderd pagina's. Ricardo ziet de rand ervan uitsteken." },
    "Dus jij hebt nu ook dat pak papier. Dan weet je het al, toch? Wie we zijn.",
    { "linda", "Ricardo…" },
    "Wat? Het is toch zo. Iedereen leest eerst dat ding, en dan komen ze hier binnen en kijken ze zo naar je.",
  },
  prompt = "Het dossier komt binnen vóór het eerste gesprek. Wat win je en wat verlies je als je het eerst leest? En wat zeg je er eerlijk over, in een paar woorden?",
  choices = {
    choice {
      text = "Ach, dat dossier, daar hecht ik niet zoveel waarde aan. Ik geloof jullie gewoon.",
      next = "verhaal",
      score = { verbinding = 1, transparantie = -1, systemisch = -1 },
      effects = { spanning = -1, vertrouwen = 1 },
      set = { partij = 1 },
      lessons = { 7 },
      feedback = "Het voelt als een warme opening, en na jaren van wantrouwen willen ze niets liever horen. Maar je kiest partij tegen het dossier voordat je iets weet. Een verklarende analyse werkt alleen als alle beelden serieus worden genomen, ook dat van de voogd (les 7).",
      inner = "Dat klinkt fijn. Maar de vorige hulpverlener zei ook dat ze ons geloofde, en toen het erop aankwam, stond ze gewoon aan de andere kant.",
    },
    choice {
      text = "Ik snap dat wantrouwen. Voor de duidelijkheid: wij zijn geen GI en geen Raad, en we beslissen niets over Mila.",
      next = "verhaal",
      score = { transparantie = 1, verbinding = 1, erkenning = -1 },
      effects = { vertrouwen = -1 },
      lessons = { 8, 7 },
      feedback = "Het klopt allemaal, en uitleggen wie je bent voelt als transparantie. Daarom verleidt het. Maar Ricardo vroeg iets anders: of je het dossier al kent. Je praat over je organisatie en laat zijn vraag liggen, en dan vult hij het antwoord zelf in (les 8, les 7).",
      inner = "Onafhankelijk. Dat zei de vorige ook. En heeft ze het nou gelezen of niet?",
    },
    choice {
      text = "Ik heb het, ja. Bewust nog niet gelezen. Eerst wil ik van jullie horen wat er is gebeurd.",
      next = "verhaal",
      score = { transparantie = 3, erkenning = 2, verbinding = 2 },
      effects = { spanning = -1, vertrouwen = 2, regie = 1 },
      lessons = { 7, 8 },
      feedback = "Een eerlijk en kort antwoord op zijn vraag: je hebt het dossier, je hebt het niet gelezen, en hun verhaal komt eerst. Zo krijgen ze iets van de controle over hun eigen verhaal terug (les 7).",
      inner = "Niet gelezen? Dat heeft nog nooit iemand tegen ons gezegd. Ik weet niet of ik je geloof. Maar goed, je zit er in elk geval nog niet mee te zwaaien.",
    },
    choice {
      text = "Ik heb het grotendeels doorgenomen, zodat ik goed voorbereid ben. Dan hoeven jullie niet alles opnieuw te vertellen.",
      next = "verhaal",
      score = { erkenning = -2, transparantie = 1, regie = -1 },
      effects = { spanning = 1, vertrouwen = -2, regie = -1 },
      set = { dossier_eerst = 1 },
      lessons = { 7 },
      procedure = true,
      feedback = "Goed bedoeld en eerlijk: je wilt ze het herhalen besparen. Maar nu ligt het beeld uit het dossier er al voordat zij iets hebben gezegd. Ouders ervaren juist dat ze geen controle hebben over hun eigen verhaal (les 7).",
      inner = "Daar gaan we weer. Jij weet het al. Wat ik ook zeg, je hoort het door die tweehonderd bladzijden heen.",
    },
  },
}

node "verhaal" {
  speaker = "linda",
  lines = {
    { "linda", "Nou, vertel jij dan maar waar je het over wilt hebben. Jij hebt het toch al gelezen.", when = { dossier_eerst = 1 } },
    { "linda", "Waar moeten we dan beginnen? Het is zo'n kluwen. Als ik eraan denk, weet ik niet eens meer wat eerst kwam.", when = { dossier_eerst = 0 } },
    { "ricardo", "Bij de brief. Het begon allemaal met die brief." },
  },
  choices = {
    choice {
      text = "Zullen we de tijdlijn uit het rapport van de Raad aanhouden? Dan lopen we het jaar voor jaar door, dat is wel zo overzichtelijk.",
      next = "kluwen",
      score = { regulatie = 1, erkenning = -1, regie = -1 },
      effects = { spanning = 1, regie = -1 },
      lessons = { 7, 1 },
      procedure = true,
      feedback = "Structuur helpt als iets een kluwen is. Maar je neemt de tijdlijn van een ander als kader. Hun verhaal begint dan bij de zorgen en niet bij hoe hun leven eruitzag (les 7, les 1).",
      inner = "Het rapport van de Raad. Natuurlijk. Dat begint bij de avond dat de politie kwam. Alsof we daarvoor niet bestonden.",
    },
    choice {
      text = "Begin waar jullie willen. Misschien bij hoe het was, vóór die brief?",
      next = "vroeger",
      score = { erkenning = 3, regie = 2, regulatie = 2 },
      effects = { spanning = -1, vertrouwen = 1, regie = 1 }, content = true,
      lessons = { 1, 7 },
      feedback = "Zij kiezen waar ze beginnen, en je nodigt ze uit om ook over vroeger te vertellen: hoe was het daarvoor? Zo komt de impact van de affaire op hun hele leven in beeld, en niet alleen het jaar dat het misging (les 1).",
      inner = "Hoe het daarvoor was? Dat heeft nog niemand gevraagd. Het is zo lang geleden dat het gewoon goed ging.",
    },
    choice {
      text = "Misschien helpt het als ik eerst kort uitleg hoe zo'n analyse werkt. Dan weten jullie ook beter waar je kunt beginnen.",
      next = "kluwen",
      score = { regulatie = 1, erkenning = -1, regie = -1 },
      effects = { spanning = 1 }, content = true,
      lessons = { 1, 8 },
      feedback = "Uitleg geeft houvast, en Linda zegt zelf dat ze niet weet waar ze moet beginnen. Maar net nu ze willen gaan vertellen, neem jij het woord. De methode komt vóór hun verhaal, en het kluwen blijft van jou in plaats van van hen (les 1).",
      inner = "Een analist, de zorgen, de krachten. Ik hoor het, maar ik onthoud er niks van. Ricardo wilde net over de brief beginnen.",
    },
    choice {
      text = "Wat hopen jullie dat deze analyse voor jullie verandert? Dan weten we ook meteen waar we moeten zoeken.",
      next = "kluwen",
      score = { regie = 1, erkenning = -2 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 1, 2 },
      feedback = "Vragen wat zij hopen is waardevol, en het klinkt als regie bij de ouders: daarom verleidt het. Maar je slaat hun verhaal over en springt naar een doel, en het antwoord ligt voor de hand (Mila terug). Eerst de impact, dan het doel (les 1).",
      inner = "Wat we hopen? Mila terug, natuurlijk. Maar zo simpel is het niet, en dat weet jij ook wel.",
    },
  },
}

node "vroeger" {
  speaker = "ricardo",
  lines = {
    "Gewoon. Normaal. Ik reed vrachtwagen, Linda werkte bij de huisarts. Mila ging drie dagen naar de opvang. Ik bracht haar elke ochtend, op de fiets, met zo'n zitje voorop.",
    { "linda", "En toen kwam die brief. Eenenveertigduizend euro terugbetalen. Opzet, schreven ze. Alsof wij criminelen waren." },
    "Ik ben er 's nachts bij gaan werken. Dozen stapelen in een distributiecentrum. Overdag sliep ik bijna niet.",
    { "linda", "En ik moest stoppen met werken, want zonder toeslag konden we de opvang niet betalen. Ik zat thuis met Mila en met de brieven. Over die jaren staat niks in dat dossier." },
  },
  choices = {
    choice {
      text = "Wat jullie is aangedaan, moet eindelijk zwart op wit. Daar gaat deze analyse voor zorgen.",
      next = "drugs",
      score = { erkenning = 1, verbinding = 1, transparantie = -2 },
      effects = { spanning = -1 },
      lessons = { 3, 8 },
      feedback = "Betrokken, en je wilt ze hoop geven: dit keer wordt het wél opgeschreven. Maar in die toezegging zit een belofte over een uitkomst die je niet in de hand hebt, en hun verhaal is nog maar net begonnen. Als het niet zo uitpakt, ben jij de volgende die woord brak (les 3, les 8).",
      inner = "Zwart op wit. Dat hebben we vaker gehoord. En ik was nog niet eens klaar.",
    },
    choice {
      text = "Dit is belangrijk, dat schrijf ik op. Zullen we dan nu naar 2019 gaan, de periode waar de analyse vooral over gaat?",
      next = "drugs",
      score = { erkenning = -2, systemisch = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 1, 7 },
      procedure = true,
      feedback = "Je schrijft het op en je houdt het gesprek bij de vraag van de analyse: dat lijkt zorgvuldig en efficiënt. Maar de affaire wordt zo de aanloop, terwijl die de loop van hun hele leven veranderde. Een verklarende analyse draait juist om hoe het zo gekomen is (les 1, les 7).",
      inner = "Belangrijk, en dan snel door naar 2019. Vier jaar van ons leven is aanloop.",
    },
    choice {
      text = "En hoe ging het in die tijd met Mila?",
      next = "drugs",
      score = { systemisch = 1, erkenning = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 6, 1 },
      feedback = "Een open, betrokken vraag, en Mila hoort in de analyse: dat voelt precies goed. Maar Linda zei net dat er over die jaren niets in het dossier staat, en jij gaat meteen naar het kind. Zij horen: het gaat hier om Mila, niet om wat ons is afgepakt. Eerst hun verlies, dan hun dochter (les 6, les 1).",
      inner = "Mila. Natuurlijk. Ik vertel over vier jaar van ons leven, en het gaat meteen weer over haar.",
    },
    choice {
      text = "Een gewoon leven, en dat werd jullie afgepakt. Wat hield jullie in die tijd op de been? En wat ging er nog goed met Mila?",
      next = "drugs",
      score = { erkenning = 3, systemisch = 2, verbinding = 1 },
      effects = { spanning = -1, vertrouwen = 2 }, content = true,
      lessons = { 1, 7 },
      feedback = "Je benoemt in één zin wat de affaire heeft afgepakt, en je vraagt naar hun krachten en naar wat goed ging met Mila. Juist die krachten ontbreken vaak in eenzijdige analyses (les 1, les 7).",
      inner = "Wat ons op de been hield… Mila. Haar elke avond voorlezen, ook als ik kapot was. Dat ik dat mag vertellen.",
    },
  },
}

node "kluwen" {
  speaker = "linda",
  lines = {
    "Zie je, zo gaat het altijd. Iedereen komt binnen met een eigen plan: een tijdlijn, een doel, een methode. Niemand vraagt hoe het daarvoor was. Dat we gewoon een gezin waren.",
    { "ricardo", "Laat maar, Lin. Het maakt niet uit wat we zeggen." },
  },
  choices = {
    choice {
      text = "Dat snap ik. Laten we dan nu gewoon beginnen bij de brief, zoals Ricardo zei.",
      next = "drugs",
      score = { regulatie = -1, erkenning = -1 },
      effects = { spanning = 2, vertrouwen = -1 },
      lessons = { 1, 3 },
      feedback = "Het lijkt op luisteren: je volgt Ricardo, en je wilt het gesprek weer op gang brengen. Maar Linda zei net dat niemand vraagt hoe het daarvoor was, en jij begint alsnog bij het probleem. De spanning loopt op, en het deel dat steeds wordt overgeslagen, blijft liggen (les 1, les 3).",
      inner = "Bij de brief. Dus weer niet bij ons. Ze hoort het gewoon niet.",
    },
    choice {
      text = "Je hebt gelijk, Linda. Niemand vroeg hoe het daarvoor was, ik ook niet. *(je legt je pen neer)*",
      next = "vroeger",
      score = { regulatie = 3, erkenning = 2, veiligheid = 1 },
      effects = { spanning = -1, vertrouwen = 1 },
      lessons = { 3, 1 },
      feedback = "Een herstel zonder omhaal: je erkent je misstap in haar eigen woorden, en je legt je pen neer. Geen vraag, geen nieuw plan: de ruimte is genoeg om hun verhaal alsnog te laten komen (les 3, les 1).",
      inner = "Ze legt haar pen neer. Van iemand van de hulpverlening. Oké. Oké, dan probeer ik het nog één keer.",
    },
    choice {
      text = "Sorry, zo bedoelde ik het niet. Ik wil juist dat jullie verhaal goed overkomt bij de analist.",
      next = "drugs",
      score = { regulatie = 1, verbinding = -1, erkenning = -1 },
      effects = { vertrouwen = -1 },
      lessons = { 3, 8 },
      feedback = "Je schrikt van hun reactie en wilt laten zien dat je het goed bedoelt. Heel menselijk. Maar nu gaat het over jouw bedoelingen in plaats van over hun gezin. Hun vraag, hoe het daarvoor was, blijft liggen (les 3, les 8).",
      inner = "Het gaat nu over haar. Dat ze het goed bedoelt. Dat bedoelt iedereen.",
    },
    choice {
      text = "Ik hoor jullie. Ik zet “context: toeslagenaffaire” er als eerste punt bij, dan is het in elk geval vastgelegd.",
      next = "drugs",
      score = { erkenning = 1, regulatie = -1, regie = -1 },
      effects = { spanning = 1 },
      lessons = { 1 },
      procedure = true,
      feedback = "Je noemt de affaire en legt het vast, en dat voelt als recht doen. Maar als een kopje in plaats van als hun verhaal. Vastleggen is nog geen luisteren (les 1).",
      inner = "Een kopje. Alles wat er met ons is gebeurd past blijkbaar in één regel.",
    },
    choice {
      text = "Ieder gezin heeft zijn moeilijke periodes, en jullie hebben er al zoveel doorstaan. Het gaat er nu om hoe jullie verder kunnen.",
      next = "drugs",
      score = { erkenning = -2, regulatie = -1 },
      effects = { spanning = 2, vertrouwen = -2 },
      lessons = { 1, 4 },
      feedback = "Je wilt naar voren kijken, en dat klinkt hoopvol. Maar je bagatelliseert wat hen is overkomen. De affaire was geen “moeilijke periode” maar veranderde hun hele leven (les 1).",
      inner = "Moeilijke periode? We zijn onze dochter kwijtgeraakt. Jij snapt er helemaal niks van.",
    },
  },
}

node "drugs" {
  speaker = "ricardo",
  key = true,
  lines = {
    "Nog één ding wil ik wel meteen zeggen. Er staat in dat dossier dat ik drugs gebruikte. In elk plan staat het weer. Dat is nooit zo geweest. Ik rook niet eens.",
    { "ricardo", "Jij hebt het gelezen, dus je weet wat ik bedoel. “Vermoedelijk drugsgebruik vader.”", when = { dossier_eerst = 1 } },
    { "linda", "Het staat er sinds die melding in. Niemand heeft het ooit aan ons gevraagd." },
  },
  prompt = "Ricardo corrigeert het dossier. Hoe neem je zijn correctie serieus zonder te beloven wat je niet kunt waarmaken, en zonder het dossier zomaar opzij te schuiven?",
  choices = {
    choice {
      text = "Dat schrijf ik op zoals jij het zegt, als correctie voor de analyse. Het dossier zelf kan ik niet aanpassen, dat kan alleen de GI. Jullie kunnen Ilse wel vragen het te corrigeren.",
      next = "herkomst",
      score = { transparantie = 3, erkenning = 2, regie = 2 },
      effects = { spanning = -1, vertrouwen = 2, regie = 1 }, content = true,
      set = { correctie = 1 },
      lessons = { 7, 8 },
      feedback = "Je legt zijn correctie vast in zijn eigen woorden, je bent eerlijk over wat je niet kunt, en je noemt de route die zij zelf hebben. Een eerlijk “nee” met wat wel kan. Zo krijgen ze weer grip op hun eigen verhaal (les 7, les 8).",
      inner = "Je schrijft het gewoon op. Mijn woorden. En je belooft niet dat het eruit gaat, maar je zegt wel hoe het kan. Dat is eerlijker dan wat ik gewend ben.",
    },
    choice {
      text = "Dan klopt het dossier gewoon niet. Dat ga ik tegen Ilse zeggen, dat moet eruit.",
      next = "herkomst",
      score = { erkenning = 1, transparantie = -2, regie = -1 },
      effects = { spanning = -1, vertrouwen = 1 },
      set = { belofte = 1, partij = 1 },
      lessons = { 7, 8 },
      feedback = "Je neemt hem serieus en je wilt onrecht rechtzetten: dat verleidt. Maar je belooft iets wat je niet kunt waarmaken, want alleen de GI kan het dossier aanpassen. En je kiest partij en neemt het over, in plaats van zijn correctie in een gedeelde analyse te brengen (les 7, les 8).",
      inner = "Eindelijk iemand die het zegt. Als jij dat echt voor elkaar krijgt… Maar dat zeiden ze vorige keer ook.",
    },
    choice {
      text = "Daar is zo'n analyse nou juist voor: de analist kijkt er met een frisse blik naar, en dan komt dat vanzelf recht.",
      next = "herkomst",
      score = { erkenning = 1, transparantie = -2 },
      effects = { spanning = -1, vertrouwen = 1 },
      lessons = { 7, 3 },
      feedback = "Geruststellend, en het klopt dat dossiers soms verouderd zijn. Maar “vanzelf” is een belofte die je niet kunt waarmaken, en zijn correctie wordt nergens vastgelegd. Wat hij zegt, verdwijnt in een algemene geruststelling in plaats van in de analyse (les 7, les 3).",
      inner = "Vanzelf. Niks gaat bij ons vanzelf. Schrijf je het nou op of niet?",
    },
    choice {
      text = "Ik kan het dossier niet veranderen, dat kan alleen de GI. Dat wil ik wel eerlijk zeggen.",
      next = "woede",
      score = { transparantie = 1, erkenning = -2, regie = -1 },
      effects = { spanning = 2, vertrouwen = -2, regie = -1 },
      lessons = { 7, 8 },
      procedure = true,
      feedback = "Eerlijk, en dat klinkt betrouwbaar: je belooft niets wat je niet kunt. Maar je stopt bij wat niet kan. Zijn correctie wordt nergens vastgelegd, en je noemt geen route. Een “nee” zonder wat wél kan, is voor Ricardo weer een dichte deur; ouders hebben er recht op dat hun situatie opnieuw wordt bezien (les 7, les 8).",
      inner = "Kan niet. Alleen de GI. Dus het blijft staan, zoals altijd. En jij schrijft niet eens op wat ik zeg.",
    },
    choice {
      text = "Laten we daar nu niet in blijven hangen. Het gaat toch uiteindelijk om Mila?",
      next = "woede",
      score = { erkenning = -2, systemisch = -1 },
      effects = { spanning = 2, vertrouwen = -1 },
      lessons = { 6, 7 },
      feedback = "Het belang van Mila voelt als het juiste kompas. Maar je zet haar belang tegenover de correctie van haar vader. Wat er over hem in het dossier staat, bepaalt mee wat er voor Mila besloten wordt: hun belangen zijn verweven (les 6, les 7).",
      inner = "Het gaat om Mila, ja. Juist daarom. Door die ene zin zie ik haar maar twee uur per maand.",
    },
  },
}

node "woede" {
  speaker = "ricardo",
  lines = {
    { "verteller", "Ricardo schuift zijn stoel naar achteren en staat op." },
    "Zie je wel. Jullie zijn allemaal hetzelfde. Het staat op papier, dus het is waar.",
    "Lin, kom. Dit heeft geen zin.",
    { "linda", "Ricardo, wacht nou even…" },
  },
  choices = {
    choice {
      text = "Ricardo, blijf nou even. Dit is juist het moment om het recht te zetten.",
      next = "kaart",
      score = { regulatie = -2, regie = -1 },
      effects = { spanning = 2, vertrouwen = -1 },
      lessons = { 5 },
      feedback = "Je wilt niet dat hij zijn kans laat lopen, en zo voelt het als voor hem opkomen. Maar je houdt hem tegen en zet druk op het moment dat hij op springen staat, en het gesprek gaat meteen weer over inhoud. Achter die boosheid zit het verdriet van een vader die zijn dochter amper ziet; eerst zakken (les 5, les 3).",
      inner = "Blijf nou even. Nee. Ik hoef niks meer recht te zetten bij mensen die het toch al weten.",
    },
    choice {
      text = "Ga even zitten, Ricardo. Er is echt een route: je kunt de GI schriftelijk vragen het dossier aan te passen, en anders je eigen reactie laten toevoegen.",
      next = "kaart",
      score = { transparantie = 2, regulatie = -2 },
      effects = { spanning = 1, vertrouwen = 1 }, content = true,
      lessons = { 8, 3 },
      feedback = "De informatie klopt en is nuttig: er is een route. Maar Ricardo staat op het punt weg te lopen, en uitleg komt dan niet binnen. Inhoud terwijl de spanning zo hoog is, voelt als nog een hulpverlener die het beter weet (les 3, les 8).",
      inner = "Schriftelijk. Nog een brief. Ik hoor alleen maar dat ik moet gaan zitten.",
    },
    choice {
      text = "Je hebt gelijk, dat viel verkeerd. Wat jij zegt, hoort in de analyse, in jouw woorden. Zullen we eerst even pauzeren?",
      next = "herkomst",
      score = { regulatie = 3, erkenning = 2, transparantie = 1 },
      effects = { spanning = -2, vertrouwen = 1 },
      set = { correctie = 1 },
      lessons = { 5, 7 },
      feedback = "Een herstelpoging: je erkent dat het verkeerd viel, je legt zijn correctie alsnog vast zonder te beloven wat je niet kunt, en je biedt een pauze. Kort, want meer komt nu niet binnen (les 5, les 7).",
      inner = "Je houdt me niet tegen, je vraagt het. En je zegt dat het erin komt. Goed. Vijf minuten.",
    },
    choice {
      text = "Ik noteer dat jullie het hier niet mee eens zijn. Dan staat dat er in elk geval bij.",
      next = "kaart",
      score = { transparantie = 1, erkenning = -1, regulatie = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 7 },
      procedure = true,
      feedback = "Eerlijk bedoeld, en je noteert tenminste iets: dat klinkt als zorgvuldig werk. Maar “niet mee eens” maakt van zijn correctie een mening naast de feiten, terwijl de feiten hier juist ter discussie staan (les 7).",
      inner = "“Niet mee eens.” Alsof het een mening is. Het is gewoon niet waar.",
    },
  },
}

node "herkomst" {
  speaker = "linda",
  key = true,
  lines = {
    { "linda", "Het kwam van de melding bij Veilig Thuis. In 2019. De benedenbuurman zei dat het in het trappenhuis naar wiet rook. Dat was zijn wiet, niet de onze.", when = { vertrouwen = ">=4" } },
    { "ricardo", "En die avond… we hadden wel ruzie. Echt harde ruzie, over een brief van de deurwaarder. Ik heb een stoel omgegooid.", when = { vertrouwen = ">=4" } },
    { "linda", "Mila stond boven aan de trap. Ze was drie. Dat beeld raak ik nooit meer kwijt.", when = { vertrouwen = ">=4" } },
    { "linda", "Van de melding, in 2019. Van de buurman beneden.", when = { vertrouwen = "<4" } },
    { "ricardo", "We hadden die avond ruzie, ja. Mila heeft het gezien. Dat staat er ook in. Meer hoef je niet te weten.", when = { vertrouwen = "<4" } },
  },
  prompt = "De ouders vertellen over de avond dat Mila de ruzie zag. Hoe houd je de veiligheid van Mila én de ouders tegelijk vast, zonder te oordelen en zonder het weg te poetsen? Waarom is begrip hier soms juist de valkuil?",
  choices = {
    choice {
      text = "Ach, ruzie heeft iedereen weleens, zeker met zoveel stress in huis. Daar hoeven we niet zo zwaar aan te tillen.",
      next = "kaart",
      score = { veiligheid = 1, systemisch = -2, erkenning = -1 },
      effects = { spanning = -1 },
      lessons = { 6 },
      feedback = "Je wilt ze de schaamte besparen en je oordeelt niet. Maar je poetst weg wat Mila heeft meegemaakt. De veiligheid van het kind houdt prioriteit en hoort eerlijk in de analyse (les 6).",
      inner = "Dat is makkelijk gezegd. Maar jij hebt Mila's gezichtje niet gezien.",
    },
    choice {
      text = "Dan noteer ik “ruzie met geweld in het bijzijn van het kind” als risicofactor. Dat moet er eerlijk gezegd wel in.",
      next = "kaart",
      score = { systemisch = 1, veiligheid = -1, erkenning = -1 },
      effects = { spanning = 2, vertrouwen = -1 },
      lessons = { 7, 6 },
      procedure = true,
      feedback = "Eerlijk, en het hoort er ook in. Maar losgeknipt van wat eraan voorafging wordt het weer een eenzijdig probleembeeld. Een verklarende analyse laat zien hoe het zo ver kon komen (les 7).",
      inner = "Risicofactor. Dat zijn wij dus, voor altijd. Ik had het niet moeten vertellen.",
    },
    choice {
      text = "Wat jullie toen meemaakten, zou iedereen breken. Een deurwaarder aan de deur, nachtdiensten, maanden zonder slaap. Dat jullie toen ruzie kregen, is echt niet gek. Dat ligt niet aan jullie als ouders, dat ligt aan wat jullie is aangedaan.",
      next = "kaart",
      score = { erkenning = 2, veiligheid = 1, systemisch = -2 },
      effects = { spanning = -1, vertrouwen = 1 },
      set = { partij = 1 },
      lessons = { 1, 6 },
      feedback = "Je ziet de ketting van oorzaken en je wilt ze van hun schuldgevoel af helpen. Dat voelt als erkenning, en het is deels waar. Maar wat Mila boven aan de trap meemaakte, verdwijnt uit beeld, en van de analyse maak je een pleidooi. Verklaren is iets anders dan vrijpleiten; de veiligheid van het kind houdt prioriteit (les 6, les 1).",
      inner = "Het ligt niet aan ons. Dat wil ik zo graag geloven. Maar Mila stond daar wel.",
    },
    choice {
      text = "Dan snap ik ook wel waarom Veilig Thuis toen is ingeschakeld.",
      next = "kaart",
      score = { systemisch = 1, veiligheid = -2, erkenning = -1 },
      effects = { spanning = 2, vertrouwen = -2 },
      lessons = { 5, 7 },
      feedback = "Rustig en eerlijk bedoeld: je wilt laten zien dat je het hele plaatje ziet. Maar je velt een oordeel op het moment dat ze zich kwetsbaar opstellen, en de ketting van oorzaken valt weg. Dan leren ouders dat eerlijk zijn wordt afgestraft (les 5, les 7).",
      inner = "Dus toch. Het ligt aan ons. Waarom vertel ik dit ook.",
    },
    choice {
      text = "Dank jullie dat jullie dit zo eerlijk vertellen. Die avond was eng voor Mila, en dat hoort erin. Net als wat eraan voorafging, en wat er sindsdien veranderd is.",
      next = "kaart",
      score = { systemisch = 3, erkenning = 3, veiligheid = 2 },
      effects = { spanning = -1, vertrouwen = 1, regie = 1 }, content = true,
      lessons = { 7, 6, 1 },
      feedback = "Je houdt beide vast: wat Mila meemaakte telt, en de ketting van oorzaken ook. Je erkent hun eerlijkheid als kracht en je kijkt ook naar wat er veranderd is. Niet wegpoetsen, niet vrijpleiten, niet oordelen (les 7, les 6).",
      inner = "Je schrikt niet terug en je praat het niet goed. Je wilt snappen hoe het kwam. Wat er veranderd is… best veel, eigenlijk.",
    },
  },
}

node "kaart" {
  speaker = "linda",
  key = true,
  lines = {
    { "verteller", "Je legt een groot vel papier op tafel en een paar stiften." },
    "Hoe gaat zo'n analyse eigenlijk? Wordt het weer een lijst van alles wat we fout hebben gedaan?",
    { "ricardo", "Dat zijn we wel gewend.", when = { vertrouwen = "<5" } },
  },
  prompt = "Wat maakt een analyse “verklarend” en “gedeeld”? Wie moeten er allemaal in, en wat gebeurt er als een van hen ontbreekt? En wanneer is een wedervraag een antwoord, en wanneer een ontwijking?",
  choices = {
    choice {
      text = "Wat zouden jullie willen dat erin komt?",
      next = "voogd",
      score = { regie = 1, transparantie = -1 },
      effects = { regie = 1 },
      lessons = { 2, 8 },
      feedback = "Een open vraag die de regie bij hen legt, en dat is vaak precies goed. Maar Linda stelt een directe vraag, uit angst voor weer een lijst met fouten. Met een wedervraag laat je die angst hangen; eerst eerlijk antwoord geven, dan vragen wat zij erin willen (les 8, les 2).",
      inner = "Dat vroeg ik niet. Ik vroeg of het weer een lijst wordt. Dus waarschijnlijk wel.",
    },
    choice {
      text = "Nee. We tekenen samen hoe het zo gekomen is: de terugvordering, de schulden, de nachtdiensten, die avond. Maar ook wat jullie kracht was en wat er nu anders is. En Ilse en de pleegouders geven hun kijk.",
      next = "voogd",
      score = { erkenning = 3, systemisch = 3, transparantie = 2, regie = 1 },
      effects = { spanning = -1, vertrouwen = 1, regie = 1 }, content = true,
      lessons = { 7, 1, 6 },
      feedback = "Linda vraagt om uitleg, en hier is een langer antwoord op zijn plaats. Je ontrafelt de ketting van oorzaken, je neemt de krachten mee en je maakt meteen duidelijk dat het een gedeeld beeld wordt, met ieders perspectief (les 7, les 1).",
      inner = "Een tekening van hoe het zo gekomen is. Met onze kant erin, en niet alleen de fouten. Dat wil ik zien.",
    },
    choice {
      text = "We nemen de zorgen uit het laatste plan van aanpak, en per zorg kijken we samen wat er nu anders is en wat jullie al bereikt hebben. Dan sluit het aan bij hoe de GI werkt, en wordt het ook echt gebruikt.",
      next = "voogd",
      score = { transparantie = 1, erkenning = -1, systemisch = -1 },
      effects = { spanning = 1, regie = -1 },
      lessons = { 7 },
      procedure = true,
      feedback = "Helder over je werkwijze, en slim: wat aansluit bij de GI, wordt eerder gebruikt. Maar je begint opnieuw bij de problemen en laat de krachten en het ontstaan ervan weg. Dat is precies de eenzijdige analyse die ouders kennen (les 7).",
      inner = "Weer hun lijstje. Wij mogen per punt uitleggen waarom we beter zijn geworden.",
    },
    choice {
      text = "Ik zet jullie verhaal op papier en dat stuur ik naar Ilse. Dan heeft zij eindelijk ook jullie kant.",
      next = "voogd",
      score = { erkenning = 2, systemisch = -1, transparantie = -1 },
      effects = { spanning = -1, regie = -1 },
      set = { partij = 1 },
      lessons = { 7, 8 },
      feedback = "Het voelt als eindelijk gehoord worden, en hun verhaal telt ook. Maar zo wordt het “de versie van de ouders” naast het dossier, in plaats van een gedeelde analyse. En jij schrijft en verstuurt het, niet zij. Wees je bewust van je eigen (partijdige) rol (les 7, les 2).",
      inner = "Fijn dat je het opschrijft. Maar of Ilse het leest? Het wordt gewoon ons papiertje tegen hun dossier.",
    },
  },
}

node "voogd" {
  speaker = "ricardo",
  key = true,
  lines = {
    "En Ilse moet er dan ook bij? Ze is wel aardiger dan de vorige, maar ze is van de GI. Straks gebruikt ze alles wat we zeggen tegen ons.",
    { "linda", "En de pleegouders? Mila noemt Anja tegenwoordig “mama Anja”. Dat… dat doet pijn." },
  },
  prompt = "Linda hoort Mila “mama Anja” zeggen. Hoe breng je het perspectief van de pleegouders en van Mila in, zonder dat de ouders zich weggezet voelen? En wat doet geruststelling hier?",
  choices = {
    choice {
      text = "Ilse beslist over Mila, dat blijft zo. En dat ze Anja zo noemt, doet pijn. Wat heeft Mila nodig, denken jullie?",
      next = "afsluiting",
      score = { systemisch = 3, regie = 2, transparantie = 2, verbinding = 1 },
      effects = { spanning = -1, vertrouwen = 1, regie = 2 }, content = true,
      lessons = { 6, 7, 8 },
      feedback = "Je bent eerlijk over de rol van de voogd, je benoemt Linda's pijn zonder die weg te praten, en je vraagt de ouders wat hun dochter nodig heeft. De belangen van Mila, de ouders en de pleegouders zijn verweven (les 6, les 8).",
      inner = "Wat Mila nodig heeft? Dat we niet meer vechten met Anja, denk ik. Dat ze niet hoeft te kiezen.",
    },
    choice {
      text = "Voor Mila blijven jullie altijd haar ouders, hoor. Mama Anja zeggen pleegkinderen vaak; dat zegt niks over hoe ze over jullie denkt.",
      next = "afsluiting",
      score = { verbinding = 1, transparantie = -2, systemisch = -1 },
      effects = { spanning = -1, vertrouwen = 1 },
      lessons = { 3, 6 },
      feedback = "Je wilt troosten, en het is lief bedoeld en vaak ook waar. Maar je praat Linda's pijn weg voordat ze hem heeft kunnen voelen, en Anja wordt iemand tegen wie je de ouders moet geruststellen in plaats van iemand die ook bij Mila hoort. Over Ilse zeg je niets (les 3, les 6).",
      inner = "Altijd haar ouders. Ik wil het zo graag geloven. Waarom voelt het dan niet zo als ze bij Anja op schoot kruipt?",
    },
    choice {
      text = "Ilse heeft het gezag, dus het is verstandig om haar er vanaf het begin bij te hebben. Dan staat ze er straks ook achter.",
      next = "afsluiting",
      score = { transparantie = 1, regie = -2, verbinding = -1 },
      effects = { spanning = 1, regie = -1 },
      lessons = { 8, 6 },
      procedure = true,
      feedback = "Eerlijk over de machtsverhouding, en strategisch slim. Maar je laat het daarbij: je gaat voorbij aan Linda's pijn en aan Ricardo's angst, en je maakt hen geen deel van de oplossing (les 8, les 6).",
      inner = "Zij bepaalt. Zoals altijd. Waarom zitten wij hier dan eigenlijk?",
    },
    choice {
      text = "Dan laten we Ilse en de pleegouders er voorlopig buiten. Het gaat nu om jullie verhaal.",
      next = "afsluiting",
      score = { regie = 1, systemisch = -2, verbinding = -1 },
      effects = { spanning = -1 },
      set = { partij = 1 },
      lessons = { 6, 7 },
      feedback = "Begrijpelijk om hen te ontzien, en ze krijgen hun zin. Maar zonder de voogd en de pleegouders wordt het geen gedeelde analyse, en verdwijnt Mila's perspectief uit beeld (les 6, les 7).",
      inner = "Even geen GI, dat is een opluchting. Al weet ik ook wel dat we zonder Ilse niks bereiken.",
    },
  },
}

node "afsluiting" {
  speaker = "linda",
  key = true,
  lines = {
    "En wat gebeurt er nu met alles wat we vandaag verteld hebben?",
    { "ricardo", "En je gaat dus tegen Ilse zeggen dat dat van die drugs eruit moet, hè?", when = { belofte = 1 } },
  },
  prompt = "Wie bepaalt wat er met het verhaal van de ouders gebeurt? Hoe maak je dat concreet, en welke belofte kun je wel waarmaken?",
  choices = {
    choice {
      text = "Jullie hebben vandaag zoveel verteld. Dat gaat echt verschil maken, ik neem het allemaal mee.",
      next = function(s)
        if s.vertrouwen <= 1 then return "teruggetrokken" end
        return "hun-versie"
      end,
      score = { transparantie = -2, verbinding = 1, regie = -1 },
      effects = { vertrouwen = 1 },
      lessons = { 8, 2 },
      feedback = "Warm, en je wilt ze met een goed gevoel achterlaten na zo'n zwaar gesprek. Maar het is een vage belofte, en jij neemt hun verhaal mee in plaats van dat zij het houden. Als de uitkomst tegenvalt, breekt die belofte het vertrouwen harder af dan het nu oplevert (les 8, les 2).",
      inner = "Dat zeggen ze allemaal. Ik wil het graag geloven, maar wat gaat er nou precies gebeuren?",
    },
    choice {
      text = "Ik maak er een verslag van en stuur dat naar de analist en naar Ilse. Jullie krijgen een kopie.",
      next = function(s)
        if s.vertrouwen <= 1 then return "teruggetrokken" end
        return "hun-versie"
      end,
      score = { transparantie = 1, regie = -2 },
      effects = { vertrouwen = -1, regie = -1 },
      lessons = { 7, 8 },
      procedure = true,
      feedback = "Duidelijk en eerlijk over de route. Maar hun verhaal gaat de deur uit voordat zij het hebben gelezen. Juist hier kunnen ouders controle over hun eigen verhaal terugkrijgen (les 7, les 8).",
      inner = "Een kopie. Achteraf. Net als met al die andere rapporten.",
    },
    choice {
      when = { belofte = 0 },
      text = "Ik schrijf een samenvatting, en die lezen jullie eerst. Wat niet klopt, verbeteren jullie. Niets gaat zonder jullie akkoord naar de analist of naar Ilse. Wanneer komt het jullie uit?",
      next = function(s)
        if s.partij == 0 and s.correctie == 1 and s.vertrouwen >= 6 and s.regie >= 5 then return "gedeeld-beeld" end
        return "hun-versie"
      end,
      score = { transparantie = 3, regie = 3, verbinding = 1 },
      effects = { spanning = -1, vertrouwen = 1, regie = 2 }, content = true,
      lessons = { 7, 8, 2 },
      feedback = "Linda vraagt wat er gebeurt, en je zegt het precies: zij lezen eerst, zij verbeteren, en niets gaat zonder hun akkoord verder. Zij houden de pen vast, en zo hebben ze weer controle over hun eigen verhaal (les 7, les 8).",
      inner = "Wij lezen het eerst. Wij mogen het verbeteren. Dat is… dat is nieuw. Donderdag kan ik.",
    },
    choice {
      when = { belofte = 1 },
      text = "Eerst moet ik iets rechtzetten. Ik zei dat ik zou zorgen dat het van de drugs eruit gaat. Dat kan ik niet beloven: dat beslist de GI. Wat ik wel doe: jullie lezen mijn samenvatting eerst, met jouw correctie erin, en niets gaat zonder jullie akkoord de deur uit.",
      next = function(s)
        if s.partij == 0 and s.correctie == 1 and s.vertrouwen >= 6 and s.regie >= 5 then return "gedeeld-beeld" end
        return "hun-versie"
      end,
      score = { transparantie = 3, regie = 2, verbinding = 1 },
      effects = { spanning = 1, vertrouwen = 1, regie = 1 },
      set = { correctie = 1 },
      lessons = { 8, 7 },
      feedback = "Een eerlijk “nee” met wat wel kan: je trekt een belofte in die je niet kon waarmaken, voordat die breekt. Dat kost nu iets, maar het maakt je betrouwbaar. Hier is de lengte nodig (les 8, les 7).",
      inner = "Dus je kunt het niet. Balen. Maar je zegt het tenminste zelf, en niet pas over drie maanden.",
    },
    choice {
      text = "Het gaat naar de analist. En ik kan jullie ook in contact brengen met cliëntondersteuning, met het steunpunt van de gemeente en met een groep ouders die hetzelfde hebben meegemaakt. Zal ik dat allemaal voor jullie regelen?",
      next = function(s)
        if s.vertrouwen <= 1 then return "teruggetrokken" end
        return "hun-versie"
      end,
      score = { verbinding = 1, transparantie = -1, regie = -2 },
      effects = { regie = -1 },
      lessons = { 2, 8 },
      feedback = "Je wilt ze iets meegeven, en elke steun op zich is waardevol. Maar Linda vroeg wat er met hún verhaal gebeurt, en dat blijft vaag. In plaats van een antwoord krijgen ze een rij loketten, en jij regelt ze (les 2, les 8).",
      inner = "Een groep, een steunpunt, nog meer mensen. Ik vroeg alleen wat er met ons verhaal gebeurt.",
    },
  },
}

ending "gedeeld-beeld" {
  title = "Een beeld dat iedereen deelt",
  kind = "herstel",
  text = [[
Linda en Ricardo lezen de samenvatting aan de keukentafel en verbeteren drie dingen. Ricardo's correctie staat er in zijn eigen woorden in.

Een maand later zitten ze met Ilse, de pleegouders en de onafhankelijke analist om tafel. Op het schema staat de ketting van de terugvordering tot de melding, met wat er sindsdien veranderd is: de schulden zijn kwijtgescholden, Ricardo werkt overdag, ze wonen al drie jaar op hetzelfde adres. Ook de krachten staan erin: de eerste vier jaar van Mila, de vaste voorleesavonden, dat ze na die avond zelf hulp vroegen.

Ilse zegt dat ze het dossier in een ander licht ziet. Ze laat de zin over drugsgebruik in het dossier corrigeren en stelt een nieuwe stap voor: naast de maandelijkse omgang gaan Linda en Ricardo mee naar Mila's sportdag, en over drie maanden kijken ze samen of de omgang zonder begeleiding kan. Anja vraagt of Linda een keer wil komen kijken bij Mila's zwemles.

*"Het liet zien dat wij geen slechte ouders zijn."* Linda zegt het niet hardop, maar zo voelt het. (Woorden van ouders in *De 8 lessen*, les 7.)
]],
}

ending "hun-versie" {
  title = "De versie van de ouders",
  kind = "neutraal",
  text = [[
De analyse komt er, maar ze wordt geen gedeeld beeld. Linda en Ricardo zijn hun verhaal kwijtgeraakt aan een verslag dat ze niet zelf hebben gelezen, of het is een stuk geworden waar Ilse en de pleegouders niet in herkennen wat zij zien.

In het overleg heet het "de visie van de ouders". Ilse neemt het mee, maar het dossier blijft leidend; de zin over drugsgebruik staat er nog steeds in. De omgang blijft twee uur per maand, onder begeleiding. Over een half jaar wordt er opnieuw gekeken.

Linda en Ricardo blijven meedoen, maar voorzichtiger. *"Het is ons papiertje tegen hun dossier,"* zegt Ricardo. Er is een deur op een kier, niet meer.
]],
}

ending "teruggetrokken" {
  title = "Linda en Ricardo trekken zich terug",
  kind = "breuk",
  text = [[
Het gesprek loopt vast. Ricardo wil niet meer praten, en Linda sluit zich bij hem aan. Een week later mailt Linda dat ze niet meer mee willen doen aan de analyse: *"Het staat toch al vast wat we zijn."*

Ilse schrijft in het dossier dat de ouders "zich hebben onttrokken aan de verklarende analyse". Dat wordt bij de volgende evaluatie meegewogen. De omgang blijft zoals hij is; de zin over drugsgebruik ook.

In de nabespreking kijk je terug: op welk moment voelden Linda en Ricardo dat het dossier belangrijker was dan hun verhaal? De deur is niet dicht. Een kort briefje dat je hun correctie nog steeds in de analyse wilt, en dat zij bepalen of en wanneer, kan het begin zijn van een tweede poging.
]],
}

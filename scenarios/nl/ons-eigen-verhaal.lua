-- Naast: scenario S7 "De verklarende analyse: eindelijk ons eigen verhaal"
-- Les 7 (hoofdfocus), les 1, les 6.

scenario {
  id = "ons-eigen-verhaal",
  title = "De verklarende analyse: eindelijk ons eigen verhaal",
  language = "nl",
  version = "1",
  minutes = 20,
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
    { choices = { 2, 2, 1, 3, 3, 2, 3, 3 }, ending = "gedeeld-beeld",
      min = { erkenning = 0.9, transparantie = 0.9, systemisch = 0.9, regie = 0.9 } },
    { choices = { 3, 1, 3, 2 }, ending = "teruggetrokken",
      max = { erkenning = 0.2, transparantie = 0.5 } },
    { choices = { 1, 2, 1, 1, 1, 3, 3, 2 }, ending = "hun-versie" },
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
  prompt = "Het dossier komt binnen vóór het eerste gesprek. Wat win je en wat verlies je als je het eerst leest? En wat zeg je er eerlijk over?",
  choices = {
    choice {
      text = "Ach, dat dossier, daar hecht ik niet zoveel waarde aan. Ik geloof jullie gewoon.",
      next = "verhaal",
      score = { verbinding = 1, transparantie = -1, systemisch = -1 },
      effects = { spanning = -1, vertrouwen = 1 },
      set = { partij = 1 },
      lessons = { 7 },
      feedback = "Je zoekt verbinding, maar je kiest partij tegen het dossier voordat je iets weet. Een verklarende analyse werkt alleen als alle beelden serieus worden genomen, ook dat van de voogd (les 7).",
      inner = "Dat klinkt fijn. Maar de vorige hulpverlener zei ook dat ze ons geloofde, en toen het erop aankwam, stond ze gewoon aan de andere kant.",
    },
    choice {
      text = "Ik heb het gekregen, ja. En ik heb het bewust nog niet gelezen. Ik wil eerst van jullie horen wat er is gebeurd, in jullie eigen woorden. Daarna lees ik het, en dan leggen we samen naast elkaar wat jullie vertellen en wat daar staat.",
      next = "verhaal",
      score = { transparantie = 3, erkenning = 2, verbinding = 2 },
      effects = { spanning = -1, vertrouwen = 2, regie = 1 },
      lessons = { 7, 8 },
      feedback = "Je begint bij hun verhaal en niet bij het dossier, en je zegt eerlijk wat je met het dossier gaat doen. Zo krijgen ze iets van de controle over hun eigen verhaal terug (les 7).",
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
      feedback = "Goed bedoeld en eerlijk, maar nu ligt het beeld uit het dossier er al voordat zij iets hebben gezegd. Ouders ervaren juist dat ze geen controle hebben over hun eigen verhaal (les 7).",
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
      feedback = "Structuur helpt, maar je neemt de tijdlijn van een ander als kader. Hun verhaal begint dan bij de zorgen en niet bij hoe hun leven eruitzag (les 7, les 1).",
      inner = "Het rapport van de Raad. Natuurlijk. Dat begint bij de avond dat de politie kwam. Alsof we daarvoor niet bestonden.",
    },
    choice {
      text = "Begin waar jullie willen. Misschien bij hoe het was, voordat die brief kwam? Hoe zag jullie leven er toen uit, met Mila?",
      next = "vroeger",
      score = { erkenning = 3, regie = 2, regulatie = 2 },
      effects = { spanning = -1, vertrouwen = 1, regie = 1 }, content = true,
      lessons = { 1, 7 },
      feedback = "Je geeft ruimte aan hun verhaal en vraagt ook naar vroeger: wat is er gebeurd, hoe was het daarvoor? Zo komt de impact van de affaire op alle leefgebieden in beeld (les 1).",
      inner = "Hoe het daarvoor was? Dat heeft nog niemand gevraagd. Ik moet er even over nadenken. Het is zo lang geleden dat het gewoon goed ging.",
    },
    choice {
      text = "Wat willen jullie concreet bereiken met de analyse? Als we het doel helder hebben, weten we ook waar we moeten zoeken.",
      next = "kluwen",
      score = { regie = 1, erkenning = -2 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 1, 2 },
      feedback = "Vragen wat zij willen is waardevol, maar je slaat hun verhaal over en springt naar een deeloplossing. Eerst de impact, dan het doel (les 1).",
      inner = "Wat we willen? Mila terug, natuurlijk. Maar zo simpel is het niet, en dat weet jij ook wel.",
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
      text = "Jullie hadden een gewoon leven, en dat is jullie in een paar maanden afgepakt terwijl jullie niks fout hadden gedaan. En toch hebben jullie alles geprobeerd om overeind te blijven: jij met die nachtdiensten, jij thuis met Mila. Wat hield jullie in die tijd op de been? En wat ging er nog goed met haar?",
      next = "drugs",
      score = { erkenning = 3, systemisch = 2, verbinding = 1 },
      effects = { spanning = -1, vertrouwen = 2 }, content = true,
      lessons = { 1, 7 },
      feedback = "Je benoemt de impact van de affaire met zoveel woorden en je vraagt naar hun krachten en naar wat goed ging met Mila. Juist die krachten ontbreken vaak in eenzijdige analyses (les 1, les 7).",
      inner = "Wat ons op de been hield… Mila. Haar elke avond voorlezen, ook als ik kapot was. Dat ik dat mag vertellen.",
    },
    choice {
      text = "Dat noteer ik als achtergrond. Zullen we dan nu naar de periode van de melding gaan? Daar gaat de analyse uiteindelijk vooral over.",
      next = "drugs",
      score = { erkenning = -2, systemisch = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 1, 7 },
      procedure = true,
      feedback = "De affaire wordt zo “achtergrond”, terwijl die de loop van hun hele leven veranderde. Een verklarende analyse draait juist om hoe het zo gekomen is (les 1, les 7).",
      inner = "Achtergrond. Vier jaar van ons leven is achtergrond.",
    },
    choice {
      text = "Dat klinkt heel heftig. Maar er is natuurlijk wel een reden dat Mila uiteindelijk uit huis is gegaan.",
      next = "drugs",
      score = { systemisch = 1, veiligheid = -2, erkenning = -1 },
      effects = { spanning = 2, vertrouwen = -2 },
      lessons = { 6, 7 },
      feedback = "De veiligheid van Mila hoort in de analyse, maar zo gebruik je het dossier als oordeel voordat hun verhaal af is. Dat voelt als: het ligt toch aan jullie (les 7, les 6).",
      inner = "Daar is hij. De “maar”. Ik wist dat hij zou komen.",
    },
  },
}

node "kluwen" {
  speaker = "linda",
  lines = {
    "Zie je, zo gaat het altijd. Iedereen wil meteen naar de melding, naar het jaar dat het misging. Niemand vraagt hoe het daarvoor was. Dat we gewoon een gezin waren.",
    { "ricardo", "Laat maar, Lin. Het maakt niet uit wat we zeggen." },
  },
  choices = {
    choice {
      text = "Dat begrijp ik, maar voor de analyse is het belangrijk dat we ons op de kern richten.",
      next = "drugs",
      score = { regulatie = -1, erkenning = -1 },
      effects = { spanning = 2, vertrouwen = -1 },
      lessons = { 1, 3 },
      feedback = "Je gaat door met je eigen agenda terwijl de spanning oploopt. Wat voor jou de kern is, is voor hen het deel dat steeds wordt overgeslagen (les 1, les 3).",
      inner = "De kern. Wij zijn blijkbaar niet de kern.",
    },
    choice {
      text = "Je hebt gelijk, ik begon op de verkeerde plek. Sorry. Vertel eens hoe het was, daarvoor. Ik heb de tijd.",
      next = "vroeger",
      score = { regulatie = 3, erkenning = 2, veiligheid = 1 },
      effects = { spanning = -1, vertrouwen = 1 },
      lessons = { 3, 1 },
      feedback = "Een herstelpoging: je erkent je misstap, neemt tempo terug en geeft hun verhaal alsnog de ruimte (les 3, les 1).",
      inner = "Sorry? Van iemand van de hulpverlening? Oké. Oké, dan probeer ik het nog één keer.",
    },
    choice {
      text = "Ik hoor jullie. Ik zet “context: toeslagenaffaire” er als eerste punt bij, dan is het in elk geval vastgelegd.",
      next = "drugs",
      score = { erkenning = 1, regulatie = -1, regie = -1 },
      effects = { spanning = 1 },
      lessons = { 1 },
      procedure = true,
      feedback = "Je noemt de affaire, maar als een kopje in plaats van als hun verhaal. Vastleggen is nog geen luisteren (les 1).",
      inner = "Een kopje. Alles wat er met ons is gebeurd past blijkbaar in één regel.",
    },
    choice {
      text = "Ieder gezin heeft zijn moeilijke periodes. Het gaat er nu om hoe jullie verder kunnen.",
      next = "drugs",
      score = { erkenning = -2, regulatie = -1 },
      effects = { spanning = 2, vertrouwen = -2 },
      lessons = { 1 },
      feedback = "Je bagatelliseert wat hen is overkomen. De affaire was geen “moeilijke periode” maar veranderde hun hele leven (les 1).",
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
      text = "Dan klopt het dossier gewoon niet. Dat ga ik tegen Ilse zeggen, dat moet eruit.",
      next = "herkomst",
      score = { erkenning = 1, transparantie = -2, regie = -1 },
      effects = { spanning = -1, vertrouwen = 1 },
      set = { belofte = 1, partij = 1 },
      lessons = { 7, 8 },
      feedback = "Je neemt hem serieus, maar je belooft iets wat je niet kunt waarmaken: alleen de GI kan het dossier aanpassen. En je kiest partij in plaats van zijn correctie in een gedeelde analyse te brengen (les 7, les 8).",
      inner = "Eindelijk iemand die het zegt. Als jij dat echt voor elkaar krijgt… Maar dat zeiden ze vorige keer ook.",
    },
    choice {
      text = "Wat in het dossier staat, is vastgesteld door de Raad en meegewogen door de rechter. Daar kan ik niet aan tornen.",
      next = "woede",
      score = { transparantie = -2, erkenning = -2 },
      effects = { spanning = 3, vertrouwen = -2, regie = -1 },
      lessons = { 7, 8 },
      procedure = true,
      feedback = "Je verschuilt je achter het dossier en de rechter. Maar ouders hebben er recht op dat hun situatie opnieuw wordt bezien, met nieuwe informatie, en dossiers bevatten soms verouderde of onjuiste informatie (les 7).",
      inner = "Vastgesteld. Door iemand die mij nooit heeft gesproken. En nu zeg jij het ook.",
    },
    choice {
      text = "Dat is belangrijk. Ik schrijf het op zoals jij het zegt, als correctie voor de analyse. Eerlijk is eerlijk: ik kan het dossier zelf niet aanpassen, dat kan alleen de GI. Maar in de analyse komt jullie kant er zwart op wit in, en jullie kunnen Ilse vragen het te corrigeren of jullie reactie toe te voegen. Weet je waar het vandaan komt?",
      next = "herkomst",
      score = { transparantie = 3, erkenning = 2, regie = 2 },
      effects = { spanning = -1, vertrouwen = 2, regie = 1 }, content = true,
      set = { correctie = 1 },
      lessons = { 7, 8 },
      feedback = "Je legt zijn correctie expliciet vast, je bent eerlijk over wat je wel en niet kunt, en je laat zien welke route zij zelf hebben. Zo krijgen ze weer grip op hun eigen verhaal (les 7).",
      inner = "Je schrijft het gewoon op. Mijn woorden. En je belooft niet dat het eruit gaat, maar je zegt wel hoe het kan. Dat is eerlijker dan wat ik gewend ben.",
    },
    choice {
      text = "Laten we daar nu niet in blijven hangen. Het gaat uiteindelijk om Mila.",
      next = "woede",
      score = { erkenning = -2, systemisch = -1 },
      effects = { spanning = 2, vertrouwen = -1 },
      lessons = { 6, 7 },
      feedback = "Je zet Mila's belang tegenover de correctie van haar vader. Maar wat er over hem in het dossier staat, bepaalt mee wat er voor Mila besloten wordt: hun belangen zijn verweven (les 6, les 7).",
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
      text = "Ricardo, als je zo reageert, help je jullie zaak niet. Juist zulk gedrag komt in zo'n dossier terecht.",
      next = "kaart",
      score = { regulatie = -2, veiligheid = -2 },
      effects = { spanning = 3, vertrouwen = -2 },
      lessons = { 5 },
      feedback = "Je beoordeelt zijn boosheid en koppelt er een verkapt dreigement aan. Achter die boosheid zit het verdriet van een vader die zijn dochter amper ziet (les 5).",
      inner = "Daar heb je het. Eerst mij wegzetten, en dan dreigen met het dossier. Ik ben weg.",
    },
    choice {
      text = "Wacht, alsjeblieft. Dat viel verkeerd, en dat snap ik. Ik kan het dossier niet veranderen, maar wat jij zegt, dat je nooit drugs hebt gebruikt, hoort juist in de analyse, in jouw woorden. Zullen we vijf minuten pauzeren en dan verder?",
      next = "herkomst",
      score = { regulatie = 3, erkenning = 2, transparantie = 1 },
      effects = { spanning = -2, vertrouwen = 1 },
      set = { correctie = 1 },
      lessons = { 5, 7 },
      feedback = "Een herstelpoging: je erkent dat het verkeerd viel, biedt een pauze en legt zijn correctie alsnog vast, zonder te beloven wat je niet kunt (les 5, les 7).",
      inner = "Je houdt me niet tegen, je vraagt het. En je zegt dat het erin komt. Goed. Vijf minuten.",
    },
    choice {
      text = "Ik begrijp je frustratie, maar ik moet me aan de feiten houden. Ik noteer dat jullie het er niet mee eens zijn.",
      next = "kaart",
      score = { transparantie = 1, erkenning = -1, regulatie = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 7 },
      procedure = true,
      feedback = "Eerlijk bedoeld, maar “de feiten” zijn hier juist wat ter discussie staat. “Niet mee eens” is iets anders dan zijn correctie serieus nemen in de analyse (les 7).",
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
  prompt = "De ouders vertellen over de avond dat Mila de ruzie zag. Hoe houd je de veiligheid van Mila én de ouders tegelijk vast, zonder te oordelen en zonder het weg te poetsen?",
  choices = {
    choice {
      text = "Ach, ruzie heeft iedereen weleens. Daar hoeven we niet zo zwaar aan te tillen.",
      next = "kaart",
      score = { veiligheid = 1, systemisch = -2, erkenning = -1 },
      effects = { spanning = -1 },
      lessons = { 6 },
      feedback = "Je oordeelt niet, maar je poetst weg wat Mila heeft meegemaakt. De veiligheid van het kind houdt prioriteit en hoort eerlijk in de analyse (les 6).",
      inner = "Dat is makkelijk gezegd. Maar jij hebt Mila's gezichtje niet gezien.",
    },
    choice {
      text = "Dan noteer ik “ruzie met geweld in het bijzijn van het kind” als risicofactor. Dat moet er eerlijk gezegd wel in.",
      next = "kaart",
      score = { systemisch = 1, veiligheid = -1, erkenning = -1 },
      effects = { spanning = 2, vertrouwen = -1 },
      lessons = { 7, 6 },
      procedure = true,
      feedback = "Het hoort erin, maar losgeknipt van wat eraan voorafging wordt het weer een eenzijdig probleembeeld. Een verklarende analyse laat zien hoe het zo ver kon komen (les 7).",
      inner = "Risicofactor. Dat zijn wij dus, voor altijd. Ik had het niet moeten vertellen.",
    },
    choice {
      text = "Dank jullie dat jullie dit zo eerlijk vertellen. Die avond was voor Mila echt eng, en dat zien jullie zelf ook. Dat hoort in de analyse. Net als wat eraan voorafging: de deurwaarder, de nachtdiensten, maanden zonder slaap. Niet als excuus, maar om te begrijpen hoe het zo ver kon komen, en wat er sindsdien veranderd is.",
      next = "kaart",
      score = { systemisch = 3, erkenning = 3, veiligheid = 2 },
      effects = { spanning = -1, vertrouwen = 1, regie = 1 }, content = true,
      lessons = { 7, 6, 1 },
      feedback = "Je houdt beide vast: wat Mila meemaakte telt, en de ketting van oorzaken ook. Je erkent hun eerlijkheid als kracht en kijkt naar wat er veranderd is (les 7, les 6).",
      inner = "Je schrikt niet terug en je praat het niet goed. Je wilt snappen hoe het kwam. Zo heeft niemand het ooit gezegd.",
    },
    choice {
      text = "Nou, dan is het ook wel te begrijpen dat de jeugdbescherming toen ingreep.",
      next = "kaart",
      score = { systemisch = 1, veiligheid = -2, erkenning = -1 },
      effects = { spanning = 2, vertrouwen = -2 },
      lessons = { 5, 7 },
      feedback = "Je velt een oordeel op het moment dat ze zich kwetsbaar opstellen. Dan leren ouders dat eerlijk zijn wordt afgestraft (les 5, les 7).",
      inner = "Dus toch. Het ligt aan ons. Waarom vertel ik dit ook.",
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
  prompt = "Wat maakt een analyse “verklarend” en “gedeeld”? Wie moeten er allemaal in, en wat gebeurt er als een van hen ontbreekt?",
  choices = {
    choice {
      text = "We nemen de zorgen uit het laatste plan van aanpak als uitgangspunt en kijken per zorg wat er nu anders is. Dan sluit het goed aan bij hoe de GI werkt.",
      next = "voogd",
      score = { transparantie = 1, erkenning = -1, systemisch = -1 },
      effects = { spanning = 1, regie = -1 },
      lessons = { 7 },
      procedure = true,
      feedback = "Helder over je werkwijze, maar je begint opnieuw bij de problemen en laat de krachten en het ontstaan ervan weg. Dat is precies de eenzijdige analyse die ouders kennen (les 7).",
      inner = "Weer hun lijstje. Wij mogen per punt uitleggen waarom we beter zijn geworden.",
    },
    choice {
      text = "Nee. We tekenen samen hoe het zo gekomen is. Wat er eerst was: de terugvordering. Wat daaruit volgde: de schulden, de nachtdiensten, de deurwaarder, de spanning, die avond, de melding. Maar ook wat jullie kracht was, wat goed ging met Mila en wat er nu anders is. Ilse en de pleegouders geven straks hun kijk, en een onafhankelijke analist legt het naast elkaar. Het moet een beeld worden dat iedereen herkent.",
      next = "voogd",
      score = { erkenning = 3, systemisch = 3, transparantie = 2 },
      effects = { spanning = -1, vertrouwen = 1, regie = 1 }, content = true,
      lessons = { 7, 1, 6 },
      feedback = "Je ontrafelt de ketting van oorzaken, je neemt de krachten mee en je maakt van meet af aan duidelijk dat het een gedeeld beeld wordt, met ieders perspectief (les 7, les 1).",
      inner = "Een tekening van hoe het zo gekomen is. Met onze kant erin, en niet alleen de fouten. Dat wil ik zien.",
    },
    choice {
      text = "Ik zet jullie verhaal op papier en dat stuur ik naar Ilse. Dan heeft zij eindelijk ook jullie kant.",
      next = "voogd",
      score = { erkenning = 2, systemisch = -1, transparantie = -1 },
      effects = { spanning = -1, regie = -1 },
      set = { partij = 1 },
      lessons = { 7, 8 },
      feedback = "Hun verhaal telt, maar zo wordt het “de versie van de ouders” naast het dossier, in plaats van een gedeelde analyse. Wees je bewust van je eigen (partijdige) rol (les 7).",
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
  prompt = "Linda hoort Mila “mama Anja” zeggen. Hoe breng je het perspectief van de pleegouders en van Mila in, zonder dat de ouders zich weggezet voelen?",
  choices = {
    choice {
      text = "De voogd heeft het gezag, dus uiteindelijk bepaalt zij wat er met de analyse gebeurt. Het is verstandig om haar erbij te hebben.",
      next = "afsluiting",
      score = { transparantie = 1, regie = -2, verbinding = -1 },
      effects = { spanning = 1, regie = -1 },
      lessons = { 8, 6 },
      procedure = true,
      feedback = "Eerlijk over de machtsverhouding, maar je laat het daarbij. Je gaat voorbij aan Linda's pijn en maakt hen geen deel van de oplossing (les 8, les 6).",
      inner = "Zij bepaalt. Zoals altijd. Waarom zitten wij hier dan eigenlijk?",
    },
    choice {
      text = "Dan laten we Ilse en de pleegouders er voorlopig buiten. Het gaat nu om jullie verhaal.",
      next = "afsluiting",
      score = { regie = 1, systemisch = -2, verbinding = -1 },
      effects = { spanning = -1 },
      set = { partij = 1 },
      lessons = { 6, 7 },
      feedback = "Begrijpelijk om hen te ontzien, maar zonder de voogd en de pleegouders wordt het geen gedeelde analyse, en verdwijnt Mila's perspectief uit beeld (les 6, les 7).",
      inner = "Even geen GI, dat is een opluchting. Al weet ik ook wel dat we zonder Ilse niks bereiken.",
    },
    choice {
      text = "Ik snap dat dat spannend is. Ilse beslist over Mila, dat blijft zo. Maar ze staat open voor deze analyse, en wat erin komt bepalen we samen, ook met haar. En dat Mila aan Anja gehecht is, doet pijn. Het zegt ook iets: ze kan zich hechten, en dat heeft ze ergens geleerd. Wat denken jullie dat Mila nu nodig heeft, van jullie en van hen?",
      next = "afsluiting",
      score = { systemisch = 3, regie = 2, transparantie = 2 },
      effects = { spanning = -1, vertrouwen = 1, regie = 2 }, content = true,
      lessons = { 6, 7, 8 },
      feedback = "Je bent eerlijk over de rol van de voogd, je erkent Linda's pijn en je vraagt de ouders wat hun dochter nodig heeft. Belangen van Mila, ouders en pleegouders zijn verweven (les 6, les 7).",
      inner = "Dat ze dat heeft geleerd… van ons. Die eerste vier jaar. Wat Mila nodig heeft? Dat we niet meer vechten met Anja, denk ik. Dat ze niet hoeft te kiezen.",
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
      text = "Maak je geen zorgen. Dit gaat echt verschil maken, dat voel ik gewoon.",
      next = function(s)
        if s.vertrouwen <= 1 then return "teruggetrokken" end
        return "hun-versie"
      end,
      score = { transparantie = -2, verbinding = 1 },
      effects = { vertrouwen = 1 },
      lessons = { 8 },
      feedback = "Warm bedoeld, maar een vage belofte. Als de uitkomst tegenvalt, breekt die het vertrouwen harder af dan het nu oplevert (les 8).",
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
      feedback = "Duidelijk, maar hun verhaal gaat de deur uit voordat zij het hebben gelezen. Juist hier kunnen ouders controle over hun eigen verhaal terugkrijgen (les 7, les 8).",
      inner = "Een kopie. Achteraf. Net als met al die andere rapporten.",
    },
    choice {
      when = { belofte = 0 },
      text = "Ik schrijf een samenvatting, en die lezen jullie eerst. Wat niet klopt, verbeteren we. Wat jullie er niet in willen, gaat er niet in. Pas daarna gaat het naar de analist, en niets gaat zonder jullie akkoord naar Ilse. Wanneer komt het jullie uit om hem samen door te nemen?",
      next = function(s)
        if s.partij == 0 and s.correctie == 1 and s.vertrouwen >= 6 and s.regie >= 5 then return "gedeeld-beeld" end
        return "hun-versie"
      end,
      score = { transparantie = 3, regie = 3, verbinding = 1 },
      effects = { spanning = -1, vertrouwen = 1, regie = 2 }, content = true,
      lessons = { 7, 8, 2 },
      feedback = "Je zegt precies wat er met hun informatie gebeurt en zij houden de pen vast. Zo hebben ze weer controle over hun eigen verhaal (les 7, les 8).",
      inner = "Wij lezen het eerst. Wij mogen het verbeteren. Dat is… dat is nieuw. Donderdag kan ik.",
    },
    choice {
      when = { belofte = 1 },
      text = "Eerst moet ik iets rechtzetten. Ik zei net dat ik zou zorgen dat het van de drugs eruit gaat. Dat kan ik niet beloven: dat beslist de GI. Wat ik wel doe: ik schrijf een samenvatting met jouw correctie erin, die lezen jullie eerst, en niets gaat zonder jullie akkoord naar de analist of naar Ilse. En als jullie Ilse willen vragen het te corrigeren, bereid ik dat gesprek met jullie voor.",
      next = function(s)
        if s.partij == 0 and s.correctie == 1 and s.vertrouwen >= 6 and s.regie >= 5 then return "gedeeld-beeld" end
        return "hun-versie"
      end,
      score = { transparantie = 3, regie = 2, verbinding = 1 },
      effects = { spanning = 1, vertrouwen = 1, regie = 1 },
      lessons = { 8, 7 },
      feedback = "Een eerlijk “nee” met wat wel kan: je trekt een belofte in die je niet kon waarmaken, voordat die breekt. Dat kost nu iets, maar het maakt je betrouwbaar (les 8, les 7).",
      inner = "Dus je kunt het niet. Balen. Maar je zegt het tenminste zelf, en niet pas over drie maanden.",
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

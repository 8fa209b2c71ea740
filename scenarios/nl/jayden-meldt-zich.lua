-- Naast: scenario S9 "Een jongere meldt zich"
-- Les 3 (hoofdfocus), les 6, les 2.
--
-- De procesbegeleider praat met Jayden (17) als jongere: je en jij, korte
-- zinnen, zijn eigen woorden. De eerlijke grens over informatie (als zijn
-- veiligheid in het geding is, moet je iets doen, en dan zeg je het hem
-- eerst) is de kern. Wie hem alles belooft (vlag belofte), moet dat later
-- rechtzetten.

local function slot(s)
  if s.vertrouwen >= 7 and s.regie >= 7 then return "brief"
  elseif s.vertrouwen <= 2 then return "afgehaakt"
  else return "even-wachten" end
end

scenario {
  id = "jayden-meldt-zich",
  title = "Een jongere meldt zich",
  language = "nl",
  version = "2",
  minutes = 15,
  role = "procesbegeleider",
  lessons = { 3, 6, 2 },
  content_notes = { "uithuisplaatsing", "pleegzorg", "armoede en schulden", "loyaliteitsconflict",
                    "geheim contact met een ouder", "schuldgevoel van een kind" },
  intro = [[
**Jayden (17)** woont sinds zijn elfde in een pleeggezin, bij **Hanneke en Bas**. Er is een voogd, Mieke, van een gecertificeerde instelling (GI). Zijn moeder is erkend gedupeerde van de toeslagenaffaire. Over vijf maanden wordt Jayden achttien.

Jayden heeft zichzelf aangemeld. Hij vond de website van het Ondersteuningsteam, zonder dat iemand het weet. Dat is bijzonder: in de pilotfase had zich nog geen enkel uit huis geplaatst kind zelf aangemeld.

**De situatie:** jullie eerste afspraak. Jayden koos zelf de plek: het café van de bibliotheek, na school. Om vijf uur moet hij naar zijn bijbaan in de supermarkt.

**Jouw rol:** je bent procesbegeleider van het Ondersteuningsteam, nu voor Jayden zelf. Je volgt zijn tempo en zijn vragen. Je beslist niets over zijn plaatsing of over de omgang met zijn moeder.
**Niet jouw rol:** zijn voogd, zijn therapeut of de boodschapper tussen hem en de volwassenen om hem heen. En je kunt hem niet beloven dat alles geheim blijft: als zijn veiligheid in het geding is, moet je iets doen.

Praat met hem zoals je met een jongere praat: kort, echt, zonder vakjargon.

> "Ook als je kind bent in deze situatie en geholpen wil worden."
> *Website van het Ondersteuningsteam, aangehaald in het enquêterapport (2023)*
]],
  start = "bieb",
  cast = {
    jayden = { name = "Jayden", role = "jongere" },
  },
  state = {
    spanning   = { init = 5, min = 0, max = 10 },
    vertrouwen = { init = 2, min = 0, max = 10 },
    regie      = { init = 4, min = 0, max = 10 },
    belofte    = { init = 0, min = 0, max = 1, hidden = true },   -- "alles blijft tussen ons" beloofd
  },
  -- Inhoudelijke stappen bouwen pas vertrouwen op (en laten de spanning pas
  -- zakken) als de spanning onder de 7 is. Daarboven werkt alleen reguleren.
  -- regulatie vóór inhoud: een antwoord met content = true brengt, zolang dit
  -- geldt, niet meer vertrouwen dan max en niet minder spanning dan min.
  regulation = { when = { spanning = ">=7" }, max = { vertrouwen = 0 }, min = { spanning = 0 } },
  triggers = {
    { when = { spanning = ">=10" }, next = "weggelopen" },
  },
  tests = {
    -- steeds het sterkste antwoord: herstel
    { choices = { 2, 4, 3, 2, 3, 2, 4, 1 }, ending = "brief",
      min = { verbinding = 0.9, regie = 0.9, transparantie = 0.9, systemisch = 0.9, erkenning = 0.9 } },
    -- steeds het procedure-antwoord: Jayden loopt weg
    { choices = { 3, 3, 4, 1 }, ending = "weggelopen",
      max = { verbinding = 0.1, regie = 0.1 } },
    -- alles beloven, en het later eerlijk rechtzetten
    { choices = { 2, 2, 3, 2, 3, 3, 4, 1 }, ending = "brief" },
    -- steeds het langste antwoord: warm, maar Jayden wacht liever af
    { choices = { 1, 2, 1, 4, 1, 2, 1, 2 }, ending = "even-wachten", max = { regie = 0.1 } },
  },
}

node "bieb" {
  speaker = "jayden",
  lines = {
    { "verteller", "Het café van de bibliotheek, halfvier. Jayden komt tien minuten te laat binnen. Capuchon op, één oortje nog in. Bij de deur blijft hij even staan voordat hij naar jouw tafel loopt." },
    "Hoi. Ben jij van dat team?",
    "Moet ik iets invullen of zo? Ik heb niet zo lang. Ik moet om vijf uur werken.",
  },
  choices = {
    choice {
      text = "Wat goed dat je dit doet, zeg! Echt knap. Ik heb met heel veel jongeren gewerkt, dus ik snap wel ongeveer hoe het voor je is. Je bent hier veilig, hoor.",
      next = "bellen",
      score = { verbinding = 1, erkenning = -1 },
      effects = { spanning = 1 },
      lessons = { 3 },
      feedback = "Hartelijk, en het klopt dat zijn stap bijzonder is: daarom wil je het hem laten weten. Maar het is te veel en te snel voor iemand die met één oortje in bij de deur stond. “Ik snap hoe het voor je is” vult zijn verhaal in voordat hij iets heeft verteld, en veilig voelen kun je niet voor hem beslissen (les 3).",
      inner = "Je kent me niet eens. Hoe weet je dan hoe het voor me is?",
    },
    choice {
      text = "Ja, dat ben ik. Je hoeft niks in te vullen. Tot vijf uur is genoeg.",
      next = "bellen",
      score = { verbinding = 3, regie = 1 },
      effects = { spanning = -1, vertrouwen = 1, regie = 1 },
      lessons = { 3, 2 },
      feedback = "Licht, kort en zonder formulier: je beantwoordt zijn twee vragen en laat zijn tijd staan. Meer is nu niet nodig; dat hij zelf kwam, is al een grote stap (les 3).",
      inner = "Geen formulier. Oké. Die doet in elk geval normaal.",
    },
    choice {
      text = "Fijn dat je er bent. Ik heb eerst een paar gegevens van je nodig: je geboortedatum, bij welke GI je zit en wie je voogd is.",
      next = "bellen",
      procedure = true,
      score = { regie = -1, verbinding = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 3 },
      feedback = "Gegevens zijn ooit nodig, maar als eerste vraag maken ze hem weer een dossier. Hij komt als Jayden, niet als cliënt (les 3).",
      inner = "Daar gaan we weer. Wie is je voogd, wat is je nummer. Net als altijd.",
    },
    choice {
      text = "Ja. Ik ben van het Ondersteuningsteam. We zijn onafhankelijk: niet van de GI, niet van de gemeente, en we beslissen zelf niets. Heb je de website gezien?",
      next = "bellen",
      score = { verbinding = -1, regie = -1 },
      effects = { spanning = 1 },
      lessons = { 3, 8 },
      feedback = "Helder zijn over je rol is belangrijk, dus dit voelt als een goede start. Maar hij vroeg of hij iets moest invullen en zei dat hij weinig tijd heeft. Een uitleg over de organisatie voordat hij zit, gaat over jullie en niet over hem (les 3).",
      inner = "Oké, oké. Dat stond allemaal al op de website. Ik zit nog niet eens.",
    },
  },
}

node "bellen" {
  speaker = "jayden",
  key = true,
  lines = {
    { "verteller", "Jayden haalt het oortje uit zijn oor en legt zijn telefoon met het scherm naar beneden op tafel." },
    "Eerst even iets. Je gaat toch niet meteen mijn moeder bellen? Of mijn voogd? Want dan ben ik weg.",
  },
  prompt = "Wat beloof je een jongere van zeventien over wat je met zijn verhaal doet, en wat juist niet? Waarom is een eerlijke grens hier betrouwbaarder dan een geruststelling?",
  choices = {
    choice {
      text = "Daar hoef je je nu nog geen zorgen over te maken. Laten we eerst gewoon kennismaken.",
      next = "waarom",
      score = { transparantie = -1 },
      effects = { spanning = 1 },
      lessons = { 8 },
      feedback = "Je ontwijkt zijn vraag. Voor een jongere die al jaren niet weet wat er over hem wordt besloten, is “geen zorgen” geen antwoord (les 8, les 3).",
      inner = "Dat is geen antwoord. Dus ze bellen wél.",
    },
    choice {
      text = "Tuurlijk niet, echt niet. Je bent hier om je eigen verhaal te vertellen, niet om gecontroleerd te worden. Alles wat je hier vertelt, blijft tussen ons. Dat beloof ik je, daar kun je op rekenen.",
      next = "waarom",
      score = { transparantie = -2 },
      effects = { spanning = -1, vertrouwen = 1 },
      set = { belofte = 1 },
      lessons = { 8 },
      feedback = "Dit wil je hem geven: hij is bang, en een volledige geruststelling lijkt de snelste weg naar vertrouwen. Maar je belooft iets wat je niet kunt waarmaken: als zijn veiligheid in het geding is, moet je wél iets doen. Een gebroken belofte kost later meer dan een eerlijke grens nu (les 8).",
      inner = "Beloofd. Dat zeiden ze vroeger ook. Maar goed. Oké.",
    },
    choice {
      text = "Omdat je nog geen achttien bent, moet ik je voogd wel laten weten dat je je hebt aangemeld. Dat is gewoon de procedure.",
      next = "waarom",
      procedure = true,
      score = { transparantie = 1, regie = -2, veiligheid = -1 },
      effects = { spanning = 2, vertrouwen = -2, regie = -1 },
      lessons = { 2, 8 },
      feedback = "Je bent open over wat je van plan bent, en dat is eerlijk. Maar zijn vraag is juist of hij hier zelf iets te zeggen heeft, en nu beslist “de procedure” het voor hem (les 2, les 8).",
      inner = "Dus het is al geregeld. Weer over mij in plaats van met mij. Waarom ben ik hier eigenlijk gekomen?",
    },
    choice {
      text = "Nee. Ik bel niemand zonder dat jij het weet. Met één eerlijke uitzondering: als ik me echt zorgen maak over je veiligheid, moet ik iets doen. Dan zeg ik het eerst tegen jou.",
      next = "waarom",
      score = { transparantie = 3, veiligheid = 2, regie = 2 },
      effects = { spanning = -1, vertrouwen = 2, regie = 1 },
      lessons = { 8, 3, 2 },
      feedback = "Eerlijk over de enige grens, en voor de rest ligt het bij hem. Een “nee, behalve als...” is betrouwbaarder dan “alles blijft geheim”, juist voor iemand die volwassenen al vaker iets hoorde beloven (les 8, les 2).",
      inner = "Oké. Gewoon eerlijk wanneer er wel iets moet gebeuren. Dat is tenminste duidelijk.",
    },
  },
}

node "waarom" {
  speaker = "jayden",
  key = true,
  lines = {
    { "jayden", "Oké. Wat ik eigenlijk wil weten... Waarom ben ik uit huis geplaatst? Niemand vertelt me het echte verhaal. Mijn pleegouders zeggen: dat moet je aan je voogd vragen. Mijn voogd zegt: er waren zorgen. En mijn moeder begint te huilen als ik erover begin.", when = { vertrouwen = ">=4" } },
    { "jayden", "Nou ja. Ik vraag het gewoon. Waarom ben ik uit huis geplaatst? Niemand vertelt me het echte verhaal.", when = { vertrouwen = "<4" } },
    { "verteller", "Hij draait een leeg suikerzakje rond tussen zijn vingers." },
  },
  prompt = "Jayden vraagt naar “het echte verhaal”. Wie mag dat verhaal vertellen, en wat is jouw rol daarin?",
  choices = {
    choice {
      text = "Ik kan je wel iets over de achtergrond vertellen. Je moeder is gedupeerde van de toeslagenaffaire. Daardoor kwamen heel veel gezinnen in de problemen. Bij jullie is het vast ook zo gegaan. Heb je daar weleens van gehoord?",
      next = "herinnering",
      score = { erkenning = 1, regie = -1 },
      effects = { regie = -1 }, content = true,
      lessons = { 7, 1 },
      feedback = "Heel verleidelijk: je weet iets wat niemand hem vertelde, en het klopt ook nog. Maar je vertelt zijn verhaal voordat hij het zijne heeft kunnen vertellen. Hoe het bij hén zat, weet je niet, en nu kleurt jouw versie wat hij zich straks herinnert (les 7, les 1).",
      inner = "Toeslagenaffaire. Dat ken ik van het nieuws. Dus zo zat het? Waarom weet jij dat en ik niet?",
    },
    choice {
      text = "Dat was vast nodig voor je veiligheid. Ze halen kinderen niet zomaar weg.",
      next = "dichtgeklapt",
      score = { systemisch = -2, erkenning = -1 },
      effects = { spanning = 2, vertrouwen = -2 },
      lessons = { 6, 7 },
      feedback = "Je kiest de kant van het systeem zonder het verhaal te kennen, en je zet zijn moeder zo neer als gevaar. Voor hem voelt dat als een oordeel over haar én over hem (les 6, les 7).",
      inner = "Dus mijn moeder was gevaarlijk? Zo was het niet. Zo was het gewoon niet.",
    },
    choice {
      text = "Je hebt recht op dat verhaal. Hoe het bij jullie zat, weet ik niet. Wat weet je er zelf nog van?",
      next = "herinnering",
      score = { regie = 3, erkenning = 2, transparantie = 1 },
      effects = { spanning = -1, vertrouwen = 2, regie = 1 }, content = true,
      lessons = { 3, 7 },
      feedback = "Je erkent zijn vraag, zegt eerlijk wat je niet weet en begint bij wat hij zelf weet. Je vult niets in, ook niet wat je over de toeslagenaffaire weet: eerst zijn verhaal, dan pas dat van de dossiers en de anderen (les 3, les 7).",
      inner = "Wat ik zelf weet? Dat vraagt nooit iemand. Ik weet best veel eigenlijk.",
    },
    choice {
      text = "Dat staat in je dossier. Je hebt het recht om dat in te zien; je kunt het opvragen bij de GI. Ik kan je helpen met dat verzoek.",
      next = "dichtgeklapt",
      procedure = true,
      score = { transparantie = 1, erkenning = -1, verbinding = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 3, 7 },
      feedback = "Klopt: hij heeft recht op zijn dossier. Maar een stapel verslagen is geen antwoord op “waarom”. Hij vraagt om iemand die het verhaal met hem wil uitzoeken (les 3, les 7).",
      inner = "Een dossier. Dus ik moet het zelf lezen, in van die ambtenarentaal, over mezelf.",
    },
  },
}

node "herinnering" {
  speaker = "jayden",
  lines = {
    "Ik was elf. Er kwamen steeds van die blauwe brieven. Mijn moeder zat 's avonds aan de keukentafel te rekenen. En te huilen.",
    "Op een gegeven moment deed het licht het niet meer. Ik laadde mijn telefoon op bij de buren. En toen stond er op een dag een mevrouw van de jeugdzorg.",
    { "verteller", "Hij kijkt naar buiten, naar de fietsenrekken." },
    "Soms denk ik dat het mijn schuld was. Omdat ik op school had gezegd dat we geen eten in huis hadden.",
  },
  choices = {
    choice {
      text = "Wat zei je toen precies op school? En wie heeft daarna de jeugdzorg gebeld?",
      next = "loyaliteit",
      score = { erkenning = -1, verbinding = -1 },
      effects = { spanning = 1 },
      lessons = { 3, 7 },
      feedback = "Je wilt het verhaal goed begrijpen, en die feiten doen er later ook toe. Maar hij vertelt net iets waar hij zich schuldig over voelt, en jij vraagt naar het dossier achter zijn herinnering. Hij hoort: de feiten tellen, niet wat het met mij doet (les 3).",
      inner = "Weet ik veel, ik was elf. Dit voelt als een verhoor.",
    },
    choice {
      text = "*(je wacht even)* Je was elf, Jayden. Je vertelde op school gewoon de waarheid. Het was niet jouw taak om dat op te lossen.",
      next = "loyaliteit",
      score = { erkenning = 3, veiligheid = 2 },
      effects = { spanning = -1, vertrouwen = 2 },
      lessons = { 3, 1 },
      feedback = "Je laat zijn woorden even landen en zegt dan wat telt: hij was een kind, en hij was eerlijk. Zo haal je de schuld weg bij de jongen die hij was, zonder iemand anders de schuld te geven. “Wat is je overkomen?” in plaats van “wat is er mis?” (les 3, les 1).",
      inner = "Niet mijn taak. Ik wist het eigenlijk wel, denk ik. Maar het is anders als iemand het hardop zegt.",
    },
    choice {
      text = "Dat klinkt heftig. Heb je daar weleens met een psycholoog over gepraat? Ik kan je doorverwijzen.",
      next = "loyaliteit",
      procedure = true,
      score = { erkenning = -1, regie = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 3 },
      feedback = "Doorverwijzen kan later zinvol zijn. Maar nu sluit je zijn verhaal af op het moment dat hij het voor het eerst vertelt. Hij hoort: dit is te zwaar voor mij (les 3).",
      inner = "Een psycholoog. Ik vertel het één keer, en ik word meteen doorgestuurd.",
    },
    choice {
      text = "Ach jongen, dat moet je echt niet denken. Jou valt niks te verwijten. Het kwam gewoon door de Belastingdienst, die heeft duizenden gezinnen kapotgemaakt. Jij en je moeder konden daar helemaal niks aan doen.",
      next = "loyaliteit",
      score = { erkenning = 1, transparantie = -1 },
      effects = { spanning = -1, vertrouwen = 1 }, content = true,
      lessons = { 1, 7 },
      feedback = "Je wilt zijn schuldgevoel zo snel mogelijk wegnemen, en je noemt de toeslagenaffaire: dat is belangrijk. Maar je trekt de conclusie voor hem, en te stellig. Hoe het bij hen echt zat, weet je niet, en dat wil hij zelf ontdekken (les 7, les 1).",
      inner = "Gewoon de Belastingdienst? Waarom zei dan niemand dat? Of klopt het niet helemaal?",
    },
  },
}

node "dichtgeklapt" {
  speaker = "jayden",
  lines = {
    { "verteller", "Jayden haalt zijn schouders op en pakt zijn telefoon weer." },
    "Laat maar. Het maakt ook niet uit eigenlijk.",
    "Over vijf maanden ben ik achttien. Dan zoek ik het zelf wel uit.",
  },
  choices = {
    choice {
      text = "Dat is goed. Zal ik alvast je dossier opvragen? Dan ligt het klaar voor als je er wel aan toe bent.",
      next = "loyaliteit",
      procedure = true,
      score = { regie = -2, verbinding = -1 },
      effects = { spanning = 1, regie = -1 },
      lessons = { 2 },
      feedback = "Behulpzaam bedoeld, maar je neemt een stap die hij niet vroeg, en over zijn eigen verhaal. Helpen is niet redden (les 2).",
      inner = "Mijn dossier opvragen. Zonder mij. Zie je, zo gaat het dus.",
    },
    choice {
      text = "Sorry. Dat was niet wat je vroeg.",
      next = "loyaliteit",
      score = { verbinding = 3, regulatie = 2 },
      effects = { spanning = -1, vertrouwen = 1 },
      lessons = { 3 },
      feedback = "Een herstelmoment in zeven woorden: je benoemt dat je de plank missloeg, zonder uitleg of verdediging. Dat maakt hij bij volwassenen zelden mee, en het laat de deur open voor zijn echte vraag (les 3).",
      inner = "Sorry? Van een volwassene? Oké... Misschien dan toch.",
    },
    choice {
      text = "Zo bedoelde ik het niet, hoor. Er is meestal wel een reden, en je voogd doet echt haar best. Als je achttien bent, kun je trouwens zelf je dossier opvragen.",
      next = "loyaliteit",
      score = { verbinding = -1, regulatie = -1 },
      effects = { spanning = 1 }, content = true,
      lessons = { 3, 8 },
      feedback = "Je voelt dat het misging en wilt het rechtzetten met uitleg, en met een handige tip erbij. Maar uitleg klinkt als verdediging: van jezelf en van de GI. Hij heeft al afgehaakt, en nu komt er nog meer inhoud bij in plaats van contact (les 3, les 8).",
      inner = "Ze doen hun best. Tuurlijk. Iedereen doet altijd zijn best.",
    },
    choice {
      text = "Achttien, dat is echt een mijlpaal. Wat ga je dan doen?",
      next = "loyaliteit",
      score = { verbinding = 1, regulatie = 1 },
      effects = { spanning = -1 },
      lessons = { 3 },
      feedback = "Je volgt zijn ontwijking en houdt het luchtig. Dat is prettig, maar zijn echte vraag blijft liggen, en hij merkt dat niemand erop doorgaat (les 3).",
      inner = "Makkelijker zo. Maar ik kwam hier niet om over mijn verjaardag te praten.",
    },
  },
}

node "loyaliteit" {
  speaker = "jayden",
  key = true,
  lines = {
    "Mijn moeder vraagt steeds of ik vaker kom. Ze zegt het niet hardop, maar ik hoor het wel.",
    "Maar als ik haar vaker zie, voelen mijn pleegouders zich verraden. Hanneke vraagt dan heel vrolijk: en, hoe was het? Maar ik zie gewoon dat ze het stom vindt.",
    { "jayden", "En Bas zegt niks. Dat is nog erger.", when = { vertrouwen = ">=6" } },
  },
  prompt = "Jayden zit klem tussen zijn moeder en zijn pleegouders. Hoe voorkom je dat jij ook een kant kiest? En van wie is de keuze?",
  choices = {
    choice {
      text = "Ik begrijp heel goed hoe je je voelt. Weet je wat vaak helpt? Gewoon eerlijk zijn tegen Hanneke: dat je van haar houdt én van je moeder. Dat snapt ze heus.",
      next = "zaterdag",
      score = { systemisch = 1, regie = -1, verbinding = -1 },
      effects = { spanning = 1 }, content = true,
      lessons = { 3, 2, 6 },
      feedback = "Je laat beide banden bestaan, en het advies is niet eens slecht: dat maakt het verleidelijk. Maar “ik begrijp hoe je je voelt” sluit zijn verhaal af, en je geeft een oplossing voordat je weet wat hij zelf wil. Zo komt er weer een volwassene die zegt wat hij moet doen (les 3, les 2).",
      inner = "Makkelijk gezegd. Jij ziet het gezicht van Hanneke niet als ik thuiskom.",
    },
    choice {
      text = "Het is je moeder. Die gaat voor. Daar moeten je pleegouders maar aan wennen.",
      next = "zaterdag",
      score = { systemisch = -2, regie = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 6 },
      feedback = "Je kiest een kant voor hem. Daarmee maak je zijn loyaliteitsconflict alleen groter: nu moet hij ook nog tegen jou ingaan als hij om Hanneke en Bas geeft (les 6).",
      inner = "Maar ik hou ook van Hanneke en Bas. Mag dat dan niet?",
    },
    choice {
      text = "Ze mogen allebei belangrijk voor je zijn. Wat zou jij willen, als je even niet aan hun gevoelens hoeft te denken?",
      next = "zaterdag",
      score = { systemisch = 3, regie = 2, verbinding = 1 },
      effects = { spanning = -1, vertrouwen = 1, regie = 2 }, content = true,
      lessons = { 6, 2 },
      feedback = "Je laat beide banden bestaan en vraagt naar zijn eigen wens, los van de loyaliteit. Zijn belang en dat van zijn moeder en pleegouders zijn verweven (les 6).",
      inner = "Allebei. Mag dat gewoon? ... Ik zou haar elke zaterdag willen zien. Denk ik.",
    },
    choice {
      text = "Dat is eigenlijk iets voor je voogd, die gaat over de omgang. Zal ik een gesprek plannen met jou, je voogd en je pleegouders?",
      next = "zaterdag",
      procedure = true,
      score = { regie = -2, verbinding = 1 },
      effects = { spanning = 1, regie = -2 },
      lessons = { 2, 6 },
      feedback = "Contact met de voogd kan later helpen. Maar je maakt van zijn gevoel meteen een overleg over hem, en je neemt het initiatief van hem over (les 2).",
      inner = "Een gesprek. Met iedereen. Over mij. Ik wilde gewoon even zeggen hoe het voelt.",
    },
  },
}

node "zaterdag" {
  speaker = "jayden",
  key = true,
  lines = {
    { "verteller", "Jayden is even stil. Dan buigt hij zich naar voren en praat zachter." },
    "Ik zeg je eerlijk... ik zie haar nu al soms. Op zaterdag, op het station. Gewoon, koffie en een broodje. Niemand weet het.",
    "Mijn moeder zegt dat ik het niet moet vertellen. Anders krijgt zij problemen.",
    { "jayden", "Jij zei dat alles tussen ons blijft, toch?", when = { belofte = 1 } },
  },
  prompt = "Jayden vertelt een geheim. Is dit een zorg over zijn veiligheid? Wat doe je met deze informatie, en hoe maak je dat voor hem voorspelbaar?",
  choices = {
    choice {
      text = "Dit moet je voogd eigenlijk wel weten, Jayden. Omgang buiten de regeling om kan gevolgen hebben, ook voor je moeder. Ik vind dat jij het haar moet vertellen, anders moet ik het doen.",
      next = function(s) if s.regie >= 6 then return "eigen-plan" else return "zeg-het-maar" end end,
      procedure = true,
      score = { veiligheid = -2, regie = -2, transparantie = 1 },
      effects = function(s)
        if s.belofte == 1 then return { spanning = 3, vertrouwen = -4, regie = -1 } end
        return { spanning = 3, vertrouwen = -3, regie = -1 }
      end,
      lessons = { 8, 2 },
      feedback = "Je bent open over wat je wilt doen, maar je maakt er een dreigement van, terwijl er geen zorg over zijn veiligheid is. Zo leert hij vooral dat je volwassenen niets moet vertellen (les 8, les 2).",
      inner = "Wist ik het. Ik vertel één ding, en nu moet ik het opbiechten of zij doet het. Nooit meer.",
    },
    choice {
      when = { belofte = 0 },
      text = "Dank je dat je me dit vertelt. Dit blijft bij mij: het maakt me niet ongerust over je veiligheid. Hoe is het voor jou, dat geheim?",
      next = function(s) if s.regie >= 6 then return "eigen-plan" else return "zeg-het-maar" end end,
      score = { veiligheid = 3, transparantie = 2, systemisch = 1 },
      effects = { spanning = -1, vertrouwen = 2 },
      lessons = { 8, 6, 3 },
      feedback = "Je oordeelt niet, je zegt precies wat je met de informatie doet en waarom, en je vraagt wat het geheim met hém doet. Zo blijf je betrouwbaar én houd je zijn welzijn in beeld (les 8, les 6).",
      inner = "Geen paniek. En de vraag hoe het voor mij is. Eerlijk? Ik word er moe van. Ik lieg elke zaterdag tegen Hanneke.",
    },
    choice {
      text = "Wat fijn dat jullie elkaar zo toch zien, Jayden. Koffie en een broodje op het station, dat is gewoon wat een moeder en een zoon horen te doen. Je bent bijna achttien, je mag zelf weten wie je ziet. Waarom zou je je er druk om maken?",
      next = function(s) if s.regie >= 6 then return "eigen-plan" else return "zeg-het-maar" end end,
      score = { veiligheid = 1, systemisch = -1 },
      effects = { spanning = -1, vertrouwen = 1 }, content = true,
      lessons = { 6, 3 },
      feedback = "Je oordeelt niet, en je gunt hem die zaterdagen van harte: dat voelt voor hem goed, en voor jou ook. Maar je stelt gerust waar je had kunnen vragen. Je gaat voorbij aan wat het geheim met hem doet, aan zijn band met Hanneke en Bas, en aan het risico voor zijn moeder als het uitkomt (les 6).",
      inner = "Ja toch? ... Maar waarom voelt het dan steeds alsof ik lieg tegen Hanneke?",
    },
    choice {
      when = { belofte = 1 },
      text = "Eerst iets rechtzetten. Ik zei net dat alles tussen ons blijft. Dat was te snel: als ik me echt zorgen maak over je veiligheid, moet ik iets doen, en dan hoor jij het eerst. Maar dit maakt me niet ongerust. Hoe is het voor jou, dat geheim?",
      next = function(s) if s.regie >= 6 then return "eigen-plan" else return "zeg-het-maar" end end,
      score = { transparantie = 3, veiligheid = 2, systemisch = 1 },
      effects = { spanning = 1, vertrouwen = 1, regie = 1 },
      set = { belofte = 0 },
      lessons = { 8, 3 },
      feedback = "Een eerlijk herstel: je neemt je te grote belofte terug, noemt de echte grens en zegt wat je nu met de informatie doet. Dat kost even, maar het maakt je betrouwbaarder (les 8).",
      inner = "Dus het was niet helemaal waar, wat er net gezegd werd. Maar het wordt nu zelf rechtgezet. Dat doet bijna niemand.",
    },
  },
}

node "eigen-plan" {
  speaker = "jayden",
  lines = {
    "Weet je wat ik denk? Ik wil mijn moeder een brief schrijven. Of een lang appje. Over wat ik me herinner. En dat ik het niet meer stiekem wil.",
    "Maar dan moet Hanneke het ook weten. Dat vind ik het engste.",
  },
  choices = {
    choice {
      text = "Goed idee. Laten we wel eerst met je voogd afstemmen of dat past binnen de omgangsregeling.",
      next = "afspraak",
      procedure = true,
      score = { regie = -1, systemisch = 1 },
      effects = { spanning = 1, regie = -1 },
      lessons = { 2, 8 },
      feedback = "De voogd erbij betrekken kan een goede volgende stap zijn. Maar je maakt zijn brief aan zijn eigen moeder afhankelijk van toestemming. Dat is voorwaardelijke hulp (les 2, les 8).",
      inner = "Toestemming. Voor een brief aan mijn eigen moeder.",
    },
    choice {
      text = "Zullen we die brief samen schrijven? Ik weet hoe je zoiets netjes verwoordt. En met Hanneke ga ik eerst even praten, dan hoef jij dat niet alleen.",
      next = "afspraak",
      score = { regie = -2, verbinding = 1 },
      effects = { regie = -2 },
      lessons = { 2 },
      feedback = "Je ziet hoe eng hij het vindt, en je wilt het hem lichter maken: dat is een warme reflex. Maar “samen” betekent hier dat jij de woorden kiest en het moeilijkste gesprek van hem overneemt. Het is zijn brief, aan zijn moeder, en zijn verhaal aan Hanneke (les 2).",
      inner = "Netjes. Maar dan is het niet meer van mij. En dan praat die ook nog met Hanneke over mij.",
    },
    choice {
      text = "Hanneke vindt het vast niet erg, joh. Ze wil toch ook gewoon dat jij gelukkig bent?",
      next = "afspraak",
      score = { systemisch = -1, verbinding = -1 },
      effects = { spanning = 1 },
      lessons = { 6, 3 },
      feedback = "Je wilt zijn angst kleiner maken, en misschien heb je zelfs gelijk. Maar je weet het niet, en hij kent Hanneke beter dan jij. Zo wuif je weg wat hij het engste vindt, in plaats van het samen te bekijken (les 6, les 3).",
      inner = "Vast niet erg. Jij kent haar niet.",
    },
    choice {
      text = "Een sterk idee, en het is van jou. Waar wil je hulp bij: bij de brief, of bij Hanneke?",
      next = "afspraak",
      score = { regie = 3, verbinding = 2, systemisch = 1 },
      effects = { vertrouwen = 1, regie = 2 }, content = true,
      lessons = { 2, 6 },
      feedback = "Je sterkt zijn eigen plan en vraagt waarbij hij jou wil hebben. Zijn moeder en zijn pleegouders blijven allebei in beeld, en het engste stuk mag hij zelf benoemen (les 2, les 6).",
      inner = "Van mij. Ja. Misschien hulp met het begin van de brief, dat is het moeilijkste. Hanneke doe ik zelf.",
    },
  },
}

node "zeg-het-maar" {
  speaker = "jayden",
  lines = {
    { "verteller", "Jayden leunt achterover en trekt zijn capuchon weer half over zijn hoofd." },
    "Ik weet het eigenlijk niet. Zeg jij maar wat ik moet doen. Jij bent de expert.",
  },
  choices = {
    choice {
      text = "Oké, dan zou ik het zo doen. Eerst schrijf je je moeder een brief, die stellen we samen op. Daarna vertel je het aan Hanneke en Bas, en dan bel ik je voogd over de zaterdagen.",
      next = "afspraak",
      score = { regie = -2, systemisch = 1 },
      effects = { regie = -2 },
      lessons = { 2 },
      feedback = "Hij vraagt er zelf om, het plan is zorgvuldig en iedereen komt erin voor: daarom is dit zo verleidelijk. Maar het is jouw plan, in jouw tempo, en hij hoeft alleen nog ja te zeggen. Een jongere die vijf maanden voor zijn achttiende staat, heeft meer aan oefenen met zelf kiezen (les 2).",
      inner = "Over een maand eruit. Klinkt goed. Maar ik weet niet of ik dat wil, met die voogd.",
    },
    choice {
      text = "Ik stel voor dat ik een gesprek organiseer met jou, je voogd en je moeder. Dan leggen we alles op tafel.",
      next = "afspraak",
      procedure = true,
      score = { regie = -2, systemisch = 1 },
      effects = { spanning = 1, regie = -2 },
      lessons = { 2 },
      feedback = "Je brengt de mensen om hem heen bij elkaar, en dat kan zinvol zijn. Maar hij vroeg om richting, en je geeft hem een plan waar hij alleen nog ja op kan zeggen (les 2).",
      inner = "Alles op tafel. Met iedereen tegelijk. Daar word ik al misselijk van.",
    },
    choice {
      text = "Jij bent de expert van je eigen leven. Ik kan een paar dingen noemen die andere jongeren weleens doen, dan kies jij. En gewoon nog even niks mag ook.",
      next = "afspraak",
      score = { regie = 3, verbinding = 2, systemisch = 1 },
      effects = { vertrouwen = 1, regie = 2 }, content = true,
      lessons = { 2, 3, 6 },
      feedback = "Je geeft richting zonder het over te nemen: een paar mogelijkheden, en hij kiest. “Nog even niks” mag ook (les 2, les 3).",
      inner = "Een paar dingen. Een brief aan mijn moeder, misschien. Daar hoef ik in elk geval niemand voor aan te kijken.",
    },
    choice {
      text = "Als ik jou was, zou ik het gewoon tegen je pleegouders zeggen. Dan ben je ervan af.",
      next = "afspraak",
      score = { regie = -1, systemisch = -1 },
      effects = { spanning = 1 },
      lessons = { 2, 6 },
      feedback = "Eerlijk en direct, maar het is jouw oplossing, en je kijkt maar naar één kant van zijn leven (les 2, les 6).",
      inner = "Makkelijk gezegd. Jij hoeft daarna niet bij ze aan tafel te eten.",
    },
  },
}

node "afspraak" {
  speaker = "jayden",
  lines = {
    { "verteller", "Jayden kijkt op zijn telefoon. Het is kwart over vier." },
    "Ik moet zo gaan. Hoe gaat dit nu verder?",
  },
  choices = {
    choice {
      text = "Ik stuur je vrijdag een appje. Tot die tijd doe ik niks met wat je me vertelde. Wanneer zie ik je weer, en waar?",
      next = slot,
      score = { transparantie = 3, regie = 2, veiligheid = 2 },
      effects = { spanning = -1, vertrouwen = 1, regie = 1 },
      lessons = { 8, 2 },
      feedback = "Een concrete afspraak die je kunt nakomen, helderheid over wat er tot dan gebeurt (niets zonder hem) en hij kiest het volgende moment. Betrouwbaar zijn bouw je in kleine stappen (les 8, les 2).",
      inner = "Vrijdag. Eens kijken of dat echt gebeurt. Volgende keer weer hier, denk ik.",
    },
    choice {
      text = "Maak je geen zorgen, ik ben er gewoon voor je. Je kunt me altijd appen, ook 's avonds, en dan regel ik het. Je staat er niet meer alleen voor, oké?",
      next = slot,
      score = { transparantie = -1, regie = -1 },
      effects = { vertrouwen = 1, regie = -1 },
      lessons = { 2, 8 },
      feedback = "Je wilt dat hij zich niet meer alleen voelt, en dat gun je hem na vandaag. Maar je belooft een beschikbaarheid die je niet kunt waarmaken, en “dan regel ik het” maakt jou de oplossing in plaats van hem. Hij heeft meer aan één afspraak die je wél nakomt (les 8, les 2).",
      inner = "Altijd? Dat zegt iedereen in het begin.",
    },
    choice {
      text = "Ik bel je binnenkort wel, dan zien we verder.",
      next = slot,
      score = { veiligheid = -1, transparantie = -1 },
      effects = { spanning = 1 },
      lessons = { 8 },
      feedback = "Vriendelijk, maar vaag. Wanneer is binnenkort, en wat gebeurt er tot die tijd met zijn verhaal? Een jongere die al jaren wacht op duidelijkheid, heeft daar niets aan (les 8).",
      inner = "Binnenkort. Zal wel.",
    },
    choice {
      text = "Ik plan een vervolgafspraak over twee weken en stuur je een bevestiging per mail. Ik maak ook een kort verslag voor het dossier.",
      next = slot,
      procedure = true,
      score = { transparantie = 1, regie = -1, veiligheid = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 2, 8 },
      feedback = "Je bent duidelijk over de volgende stap, maar jij bepaalt het moment, en “een verslag voor het dossier” zonder uitleg maakt hem ongerust: wie leest dat? (les 2, les 8).",
      inner = "Een verslag. Voor wie? Wie leest dat straks allemaal?",
    },
  },
}

ending "brief" {
  title = "Jayden schrijft zijn moeder",
  kind = "herstel",
  text = [[
Vrijdag stuur je het appje, zoals afgesproken. Jayden reageert met een duim.

Twee weken later zitten jullie weer in het bibliotheekcafé. Hij heeft een brief aan zijn moeder geschreven: over de blauwe brieven, het licht dat uitging, en dat hij niet meer stiekem wil. Jij hebt alleen meegedacht over de eerste zin.

Hanneke heeft hij het zelf verteld, aan de keukentafel. Ze moest even slikken. Daarna zei ze dat ze blij was dat hij het vertelde.

*Kettingeffect:* zijn moeder belt de voogd zelf op om de zaterdagen gewoon te mogen afspreken. Een maand later meldt zij zich ook aan bij het Ondersteuningsteam. Jayden wil later, samen met haar, uitzoeken waarom hij uit huis is geplaatst.
]],
}

ending "even-wachten" {
  title = "Hij wil nog even wachten",
  kind = "neutraal",
  text = [[
Jayden zegt dat hij er nog even over wil nadenken. Eerst zijn examens. Hij houdt je nummer.

Dat is zijn keuze, en die respecteer je. Maar de zaterdagen op het station blijven een geheim, en het loyaliteitsconflict blijft van hem alleen. Zijn vraag over het echte verhaal is nog niet beantwoord.

Over vijf maanden is hij achttien. Dan stopt de voogdij, en moet hij veel zelf gaan regelen.

*In de nabespreking:* wanneer kreeg hij ruimte om zelf te kiezen, en wanneer koos iemand anders voor hem?
]],
}

ending "afgehaakt" {
  title = "Jayden haakt af",
  kind = "breuk",
  text = [[
Jayden zegt dat hij het nog wel laat weten. Je appje op vrijdag blijft onbeantwoord, het volgende ook.

Hij had zichzelf aangemeld, zonder dat iemand het wist. Dat was een grote stap. Wat hij nu meeneemt, is dat volwassenen toch weer over hem beslissen, of dingen beloven die ze niet waarmaken.

*Kettingeffect:* de zaterdagen op het station gaan door, in het geheim. Als het ooit uitkomt, staan zijn moeder en zijn pleegouders tegenover elkaar, en hij ertussen.

Je stuurt hem een laatste bericht: dat de deur openstaat, ook na zijn achttiende, en dat je niets doet zonder hem.
]],
}

ending "weggelopen" {
  title = "Jayden loopt weg",
  kind = "breuk",
  text = [[
"Laat maar. Dit is precies waarom ik nooit iets zeg." Jayden staat op, stopt zijn oortjes in en loopt naar buiten. Zijn glas cola staat nog halfvol op tafel.

Hij had het Ondersteuningsteam zelf gevonden en zelf een afspraak gemaakt. Nu heeft hij opnieuw ervaren dat zijn verhaal meteen een dossier wordt.

*Kettingeffect:* hij reageert niet meer. Zijn vraag waarom hij uit huis is geplaatst, neemt hij mee naar zijn achttiende verjaardag, zonder iemand om het samen mee uit te zoeken.

In de nabespreking: op welk moment ging het over hem in plaats van met hem?
]],
}

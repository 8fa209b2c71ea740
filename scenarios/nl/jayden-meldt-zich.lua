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
  version = "3",
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
    -- warm en behulpzaam, maar Jayden wacht liever af
    { choices = { 1, 2, 1, 4, 1, 2, 1, 2 }, ending = "even-wachten", max = { regie = 0.1 } },
    -- steeds het langste antwoord: eerlijk klinkende procedure, en Jayden loopt weg
    { choices = { 4, 4, 4, 1, 1, 1 }, ending = "weggelopen" },
    -- steeds het kortste antwoord
    { choices = { 2, 2, 2, 2, 2, 2, 2, 3 }, ending = "even-wachten" },
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
      text = "Wat goed dat je er bent, Jayden. Echt knap dat je dit helemaal zelf hebt geregeld.",
      next = "bellen",
      score = { verbinding = 1, erkenning = -1 },
      effects = { spanning = 1 },
      lessons = { 3 },
      feedback = "Hartelijk, en het klopt dat zijn stap bijzonder is: daarom wil je het hem laten weten. Maar een compliment is ook een cijfer, en het is te veel en te snel voor iemand die met één oortje in bij de deur stond. Hij stelde twee vragen, en die blijven liggen (les 3).",
      inner = "Knap. Oké. Ik zit nog niet eens. Moet ik nou iets invullen of niet?",
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
      text = "Nee hoor, alleen even je geboortedatum en wie je voogd is, dan heb ik dat gehad.",
      next = "bellen",
      procedure = true,
      score = { regie = -1, verbinding = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 3 },
      feedback = "Licht gebracht, en het is echt maar een minuutje: zo heb je het administratieve stuk achter de rug. Maar als eerste zin maakt het hem weer een dossier, en zijn voogd komt meteen op tafel, precies waar hij bang voor is. Hij komt als Jayden, niet als cliënt (les 3).",
      inner = "Daar gaan we weer. Wie is je voogd, wat is je nummer. Net als altijd.",
    },
    choice {
      text = "Ja. Goed om te weten: wij zijn niet van de GI en niet van de gemeente. We beslissen niks over jou.",
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
      text = "Daar hoef je je nu nog geen zorgen over te maken. Laten we eerst gewoon even kennismaken.",
      next = "waarom",
      score = { transparantie = -1 },
      effects = { spanning = 1 },
      lessons = { 8 },
      feedback = "Je ontwijkt zijn vraag. Voor een jongere die al jaren niet weet wat er over hem wordt besloten, is “geen zorgen” geen antwoord (les 8, les 3).",
      inner = "Dat is geen antwoord. Dus ze bellen wél.",
    },
    choice {
      text = "Nee, echt niet. Wat je hier vertelt, is van jou. Jij bepaalt wat ermee gebeurt.",
      next = "waarom",
      score = { transparantie = -2 },
      effects = { spanning = -1, vertrouwen = 1 },
      set = { belofte = 1 },
      lessons = { 8 },
      feedback = "Dit wil je hem geven: hij is bang, en het klinkt als respect voor zijn regie. Maar er zit een belofte in die je niet kunt waarmaken: als zijn veiligheid in het geding is, moet je wél iets doen. Een gebroken belofte kost later meer dan een eerlijke grens nu (les 8).",
      inner = "Van mij. Dat zeiden ze vroeger ook. Maar goed. Oké.",
    },
    choice {
      text = "Niet meteen, nee. Maar omdat je nog geen achttien bent, hoort je voogd wel te weten dat je hier bent. Dat zeg ik je liever eerlijk.",
      next = "waarom",
      procedure = true,
      score = { transparantie = 1, regie = -2, veiligheid = -1 },
      effects = { spanning = 2, vertrouwen = -2, regie = -1 },
      lessons = { 2, 8 },
      feedback = "Het klinkt eerlijk, en dat is het ook: je zegt wat je van plan bent. Maar er is geen regel die dat van je vraagt, en zijn vraag is juist of hij hier zelf iets te zeggen heeft. Nu beslis jij het voor hem, nog voordat hij iets verteld heeft (les 2, les 8).",
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
      text = "Wat ik wel weet: je moeder is gedupeerde van de toeslagenaffaire. Daardoor kwamen heel veel gezinnen in de problemen, ook met hun kinderen.",
      next = "herinnering",
      score = { erkenning = 1, regie = -1 },
      effects = { regie = -1 }, content = true,
      lessons = { 7, 1 },
      feedback = "Heel verleidelijk: je weet iets wat niemand hem vertelde, het klopt, en het geeft zijn vraag meteen een kader. Maar je vertelt zijn verhaal voordat hij het zijne heeft kunnen vertellen. Hoe het bij hén zat, weet je niet, en nu kleurt jouw versie wat hij zich straks herinnert (les 7, les 1).",
      inner = "Toeslagenaffaire. Dat ken ik van het nieuws. Dus zo zat het? Waarom weet jij dat en ik niet?",
    },
    choice {
      text = "Ik denk dat iedereen toen deed wat ze dachten dat het beste voor je was.",
      next = "dichtgeklapt",
      score = { systemisch = -2, erkenning = -1 },
      effects = { spanning = 2, vertrouwen = -2 },
      lessons = { 6, 7 },
      feedback = "Mild bedoeld: je wilt niemand zwartmaken, ook zijn moeder niet. Maar je praat de beslissing goed zonder het verhaal te kennen, en hij hoort weer wat hij al jaren hoort: er waren zorgen, vraag niet verder. Voor hem voelt dat als een oordeel over zijn moeder en een dichte deur (les 6, les 7).",
      inner = "Het beste voor mij. Dat zegt iedereen. Niemand zegt wat er gebeurd is.",
    },
    choice {
      text = "Je hebt recht op dat verhaal, Jayden. Hoe het bij jullie zat, weet ik niet. Jij was erbij.",
      next = "herinnering",
      score = { regie = 3, erkenning = 2, transparantie = 1 },
      effects = { spanning = -1, vertrouwen = 2, regie = 1 }, content = true,
      lessons = { 3, 7 },
      feedback = "Je erkent zijn vraag, zegt eerlijk wat je niet weet, en je legt het begin bij hem: hij was erbij. Geen vraag, geen uitleg; je vult niets in, ook niet wat je over de toeslagenaffaire weet. Eerst zijn verhaal, dan pas dat van de dossiers en de anderen (les 3, les 7).",
      inner = "Ik was erbij. Ja. Dat zegt nooit iemand. Ik weet best veel eigenlijk.",
    },
    choice {
      text = "Daar heb je recht op. Het staat allemaal in je dossier, en dat mag je inzien. Zal ik je helpen het op te vragen?",
      next = "dichtgeklapt",
      procedure = true,
      score = { transparantie = 1, erkenning = -1, verbinding = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 3, 7 },
      feedback = "Klopt, en het is praktisch: hij heeft recht op zijn dossier, en je biedt hulp aan. Maar een stapel verslagen is geen antwoord op “waarom”. Hij vraagt om iemand die het verhaal met hem wil uitzoeken, en krijgt de versie van de instanties (les 3, les 7).",
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
      text = "Dat is veel om mee te dragen. Heb je iemand bij wie je dit kwijt kunt, een psycholoog of zo?",
      next = "loyaliteit",
      procedure = true,
      score = { erkenning = -1, regie = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 3 },
      feedback = "Zorgzaam: je wilt dat hij hier niet alleen mee blijft. Maar nu verwijs je zijn verhaal door op het moment dat hij het voor het eerst vertelt. Hij hoort: dit is te zwaar voor jou, vertel het maar aan een ander (les 3).",
      inner = "Een psycholoog. Ik vertel het één keer, en ik word meteen doorgestuurd.",
    },
    choice {
      text = "Dat moet je echt niet denken, Jayden. Het kwam door de toeslagenaffaire, niet door jou.",
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
      text = "Zo bedoelde ik het niet, hoor. Ik wilde alleen zeggen dat er meestal wel een reden is.",
      next = "loyaliteit",
      score = { verbinding = -1, regulatie = -1 },
      effects = { spanning = 1 }, content = true,
      lessons = { 3, 8 },
      feedback = "Je voelt dat het misging en wilt het rechtzetten met uitleg. Maar uitleg klinkt als verdediging, van jezelf en van de instanties. Hij heeft al afgehaakt, en nu gaat het over wat jij bedoelde in plaats van over zijn vraag (les 3, les 8).",
      inner = "Een reden. Die zegt dus ook dat het wel terecht was.",
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
      text = "Misschien helpt het om gewoon eerlijk te zijn tegen Hanneke: dat je van haar houdt, en ook van je moeder. Dat mag allebei.",
      next = "zaterdag",
      score = { systemisch = 1, regie = -1, verbinding = -1 },
      effects = { spanning = 1 }, content = true,
      lessons = { 3, 2, 6 },
      feedback = "Je laat beide banden bestaan, en het advies is niet eens slecht: dat maakt het verleidelijk. Maar je geeft een oplossing voordat je weet wat hij zelf wil, en het moeilijkste gesprek leg je bij hem neer. Zo komt er weer een volwassene die zegt wat hij moet doen (les 3, les 2).",
      inner = "Makkelijk gezegd. Jij ziet het gezicht van Hanneke niet als ik thuiskom.",
    },
    choice {
      text = "Je moeder heeft al zoveel verloren. Logisch dat je haar vaker wilt zien.",
      next = "zaterdag",
      score = { systemisch = -2, regie = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 6 },
      feedback = "Je voelt mee met zijn moeder, en wat je zegt over haar verlies is waar. Maar je vult in wat hij wil en kiest zo een kant voor hem. Dat maakt zijn loyaliteitsconflict groter: nu moet hij ook nog tegen jou ingaan als hij om Hanneke en Bas geeft (les 6).",
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
      text = "Je voogd gaat over de omgang. Zal ik eens vragen of er meer ruimte kan komen voor je moeder?",
      next = "zaterdag",
      procedure = true,
      score = { regie = -2, verbinding = 1 },
      effects = { spanning = 1, regie = -2 },
      lessons = { 2, 6 },
      feedback = "Behulpzaam, en de voogd gaat er inderdaad over. Maar je maakt van zijn gevoel meteen een verzoek over hem, je kiest de richting (meer moeder) en je neemt het initiatief van hem over (les 2, les 6).",
      inner = "Meer ruimte voor mijn moeder. Heb ik dat gezegd? En dan weet Hanneke het meteen.",
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
      text = "Dank je dat je het me vertelt, Jayden. Ik denk wel dat je voogd dit eigenlijk moet weten. Zullen we samen bedenken hoe je het haar zegt?",
      next = function(s) if s.regie >= 6 then return "eigen-plan" else return "zeg-het-maar" end end,
      procedure = true,
      score = { veiligheid = -2, regie = -2, transparantie = 1 },
      effects = function(s)
        if s.belofte == 1 then return { spanning = 3, vertrouwen = -4, regie = -1 } end
        return { spanning = 3, vertrouwen = -3, regie = -1 }
      end,
      lessons = { 8, 2 },
      feedback = "Het klinkt samen en zorgvuldig, en de voogd gaat over de omgang. Maar er is geen zorg over zijn veiligheid, en toch leg je meteen de richting vast: het moet naar de voogd. Zo wordt “samen” een verpakking voor jouw plan, en leert hij dat je volwassenen niets moet vertellen (les 8, les 2).",
      inner = "Samen bedenken hoe ik het opbiecht. Ik vertel één ding, en het moet meteen naar de voogd. Nooit meer.",
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
      text = "Wat fijn dat jullie elkaar zo toch zien. Gewoon koffie en een broodje met je moeder op zaterdag: daar is toch helemaal niks mis mee, Jayden?",
      next = function(s) if s.regie >= 6 then return "eigen-plan" else return "zeg-het-maar" end end,
      score = { veiligheid = 1, systemisch = -1 },
      effects = { spanning = -1, vertrouwen = 1 }, content = true,
      lessons = { 6, 3 },
      feedback = "Je oordeelt niet, en je gunt hem die zaterdagen van harte: dat voelt voor hem goed, en voor jou ook. Maar je stelt gerust waar je had kunnen vragen, en je vraag laat maar één antwoord toe. Je gaat voorbij aan wat het geheim met hem doet, aan zijn band met Hanneke en Bas, en aan het risico voor zijn moeder als het uitkomt (les 6).",
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
      text = "Sterk idee. Laten we wel eerst even bij je voogd checken of zo'n brief past binnen de afspraken over de omgang, dan loop je nergens tegenaan.",
      next = "afspraak",
      procedure = true,
      score = { regie = -1, systemisch = 1 },
      effects = { spanning = 1, regie = -1 },
      lessons = { 2, 8 },
      feedback = "De voogd erbij betrekken kan een goede volgende stap zijn. Maar je maakt zijn brief aan zijn eigen moeder afhankelijk van toestemming. Dat is voorwaardelijke hulp (les 2, les 8).",
      inner = "Toestemming. Voor een brief aan mijn eigen moeder.",
    },
    choice {
      text = "Zal ik eerst even met Hanneke praten? Dan hoef jij dat niet alleen te doen.",
      next = "afspraak",
      score = { regie = -2, verbinding = 1 },
      effects = { regie = -2 },
      lessons = { 2 },
      feedback = "Je ziet hoe eng hij het vindt, en je wilt het hem lichter maken: dat is een warme reflex. Maar zo neem je het moeilijkste gesprek van hem over. Het is zijn verhaal aan Hanneke, en hij hoort: dit kun je niet zelf (les 2).",
      inner = "Dan praat die met Hanneke over mij. Zonder mij. Nee.",
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
      text = "Zullen we dan eerst met je voogd om tafel gaan? Zij kent de regels over de omgang.",
      next = "afspraak",
      procedure = true,
      score = { regie = -2, systemisch = 1 },
      effects = { spanning = 1, regie = -2 },
      lessons = { 2 },
      feedback = "Redelijk: de voogd gaat over de omgang, dus daar ligt het antwoord. Maar hij vroeg om richting, en je stuurt hem naar een gesprek waarin zijn geheim meteen op tafel ligt. Hij kan er alleen nog ja op zeggen (les 2).",
      inner = "Met mijn voogd. Over de zaterdagen. Daar word ik al misselijk van.",
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
      text = "Je kunt me altijd appen, hoor, ook 's avonds of in het weekend. Dan zoeken we het samen uit.",
      next = slot,
      score = { transparantie = -1, regie = -1 },
      effects = { vertrouwen = 1, regie = -1 },
      lessons = { 2, 8 },
      feedback = "Je wilt dat hij zich niet meer alleen voelt, en dat gun je hem na vandaag. Maar in die vriendelijkheid zit een belofte van beschikbaarheid die je niet kunt waarmaken, en er ligt geen afspraak. Hij heeft meer aan één afspraak die je wél nakomt (les 8, les 2).",
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
      text = "Ik zet over twee weken een nieuwe afspraak klaar en mail je de tijd. En ik schrijf kort op wat we vandaag besproken hebben, zodat er niks kwijtraakt.",
      next = slot,
      procedure = true,
      score = { transparantie = 1, regie = -1, veiligheid = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 2, 8 },
      feedback = "Duidelijk en betrouwbaar: er is een datum, en je werkt zorgvuldig. Maar jij bepaalt het moment, en “ik schrijf op wat we besproken hebben” zonder te zeggen voor wie, maakt hem ongerust na wat hij net vertelde (les 2, les 8).",
      inner = "Opschrijven. Voor wie? Wie leest dat straks allemaal?",
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

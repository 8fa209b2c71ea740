-- Naast: scenario S11 "Intervisie: “Die moeder is gewoon agressief”"
-- Les 5 (hoofdfocus), les 3, les 1.
-- Boog: oordeel -> angst komt boven -> nieuwsgierigheid -> een nieuwe vraag mee naar huis.
-- De gesimuleerde persoon is Sanne, een collega-jeugdbeschermer. Haar meters:
--   spanning   = verdediging en angst
--   vertrouwen = vertrouwen in jou als collega
--   regie      = het gevoel dat haar professionele oordeel gerespecteerd wordt
--   openheid   = openheid voor een andere blik op de moeder

local function afloop(s)
  if s.vertrouwen <= 2 then return "sanne-sluit-af" end
  if s.openheid >= 6 and s.vertrouwen >= 6 then return "een-vraag-mee" end
  return "vastgelopen"
end

scenario {
  id = "intervisie-die-moeder",
  title = "Intervisie: “Die moeder is gewoon agressief”",
  language = "nl",
  version = "1",
  minutes = 20,
  lessons = { 5, 3, 1 },
  content_notes = { "uithuisplaatsing", "boosheid en agressie naar een hulpverlener", "angst bij een professional",
                    "hoge werkdruk", "schulden", "dakloosheid (in het verleden)" },
  intro = [[
Maandagmiddag, de maandelijkse **intervisie** van een ketenbrede leergroep. **Marjolein** begeleidt de groep. Verder zitten er onder anderen **Erik** (jeugdbeschermer), **Yasmina** (wijkteam) en jij.

**Sanne** (31) is jeugdbeschermer bij een gecertificeerde instelling. Ze heeft vierentwintig gezinnen in haar caseload, en over drie weken moet haar rapport over de verlenging van een ondertoezichtstelling naar de kinderrechter. Ze brengt een casus in over **Melissa** (35). Melissa's kinderen **Roos** (10) en **Sem** (6) wonen sinds een jaar in een pleeggezin. Melissa is erkend gedupeerde van de toeslagenaffaire. Sanne is in anderhalf jaar al haar derde jeugdbeschermer. Sanne omschrijft haar als "gewoon agressief".

Melissa is er niet bij. Er wordt over haar gesproken, en daarom extra zorgvuldig.

**Jouw rol:** je bent collega in de groep. Je helpt Sanne om met een andere blik naar haar casus te kijken. **Niet jouw rol:** Sanne beoordelen, haar casus overnemen of namens Melissa spreken alsof je haar kent. Sanne is geen tegenstander: ze is overbelast, ze wil het goed doen en ze is bang.

> "Er wordt steeds gezegd als ik zo boos doe, dat dit niet goed is voor mijn kinderen. Maar ik kan niet meer anders. (...) Hoe kan ik rustig blijven als niemand echt naar mij luistert?"
> *Een moeder, opgetekend door een procesbegeleider in de evaluatie van de pilotfase (2022)*

> "Het belangrijkste, en ook wel pijnlijkste, wat wij ervaren is angst op nagenoeg alle niveaus in de keten."
> *SIGNA-LEREN (2022)*
]],
  start = "inbreng",
  cast = {
    sanne     = { name = "Sanne",     role = "jeugdbeschermer" },
    marjolein = { name = "Marjolein", role = "intervisiebegeleider" },
    erik      = { name = "Erik",      role = "collega" },
    yasmina   = { name = "Yasmina",   role = "collega" },
  },
  state = {
    spanning   = { init = 5, min = 0, max = 10 },
    vertrouwen = { init = 4, min = 0, max = 10, label = "vertrouwen in jou" },
    regie      = { init = 4, min = 0, max = 10, label = "eigen oordeel gerespecteerd" },
    openheid   = { init = 2, min = 0, max = 10 },
    oordeel    = { init = 0, min = 0, max = 1, hidden = true },  -- de groep bevestigde het oordeel over Melissa
    gezien     = { init = 0, min = 0, max = 1, hidden = true },  -- Sanne kijkt naar Melissa met haar kinderen
  },
  -- Een inhoudelijke stap levert geen vertrouwen op en laat de spanning niet
  -- zakken zolang Sanne in de verdediging zit (spanning 7 of hoger).
  -- regulatie vóór inhoud: een antwoord met content = true brengt, zolang dit
  -- geldt, niet meer vertrouwen dan max en niet minder spanning dan min.
  regulation = { when = { spanning = ">=7" }, max = { vertrouwen = 0, openheid = 1 }, min = { spanning = 0 } },
  triggers = {
    { when = { spanning = ">=10" }, next = "sanne-sluit-af" },
  },
  tests = {
    { choices = { 2, 2, 3, 2, 3, 2, 2 }, ending = "een-vraag-mee",
      min = { erkenning = 0.9, veiligheid = 0.9, systemisch = 0.9, regie = 0.9, verbinding = 0.9 } },
    { choices = { 4, 3, 4, 2, 2, 3, 1 }, ending = "vastgelopen",
      max = { erkenning = 0.2, veiligheid = 0.3 } },
    { choices = { 3, 2 }, ending = "sanne-sluit-af" },
  },
}

node "inbreng" {
  speaker = "sanne",
  key = true,
  lines = {
    { "verteller", "Een kring van stoelen, koffie, een flip-over. Marjolein geeft Sanne het woord. Sanne zit op het puntje van haar stoel en heeft haar telefoon nog in haar hand." },
    "Het gaat om een moeder, Melissa. Twee kinderen, Roos van tien en Sem van zes, sinds een jaar in een pleeggezin. Ze schreeuwt tegen me. Ze komt niet op afspraken. Ze opent haar post niet: ik stuur een brief en er gebeurt gewoon niks.",
    "Zo kan ze toch ook niet voor haar kinderen zorgen?",
    { "marjolein", "Dank je, Sanne. We beginnen met verhelderende vragen. Nog even geen adviezen." },
  },
  prompt = "Sanne beschrijft gedrag en trekt er een conclusie uit over het ouderschap. Welke vraag stel jij als eerste, en wat doet die vraag met Sanne?",
  choices = {
    choice {
      text = "Herkenbaar, hoor. Daar moet je gewoon duidelijk je grenzen stellen. Zo ga je niet met elkaar om.",
      next = "grenzen",
      score = { verbinding = 1, veiligheid = -1, erkenning = -1 },
      effects = { spanning = -1, vertrouwen = 1, openheid = -1 },
      set = { oordeel = 1 },
      lessons = { 5, 3 },
      feedback = "Collegiaal en warm voor Sanne, maar je bevestigt het oordeel over Melissa en geeft advies voordat iemand weet wat er speelt. Zo wordt gedrag tegenover een professional een oordeel over het ouderschap (les 5).",
      inner = "Fijn, iemand die het snapt. Ik ben dus niet gek. Al weet ik eigenlijk niet hoe ik nog strenger moet zijn dan ik al ben.",
    },
    choice {
      text = "Dat klinkt als een zwaar contact. Mag ik iets vragen? Jij kent haar het best: wat weet je van wat haar is overkomen, van haar toeslagenverhaal? En sinds wanneer gaat het zo tussen jullie?",
      next = "verhaal",
      score = { erkenning = 3, veiligheid = 2, verbinding = 1 },
      effects = { spanning = -1, vertrouwen = 1, openheid = 1 },
      lessons = { 5, 1 },
      feedback = "Je erkent dat het zwaar is voor Sanne en je stelt een nieuwsgierige vraag: wat is haar overkomen, in plaats van wat is er mis met haar. Zonder oordeel over Sanne of over Melissa (les 5, les 1).",
      inner = "Haar toeslagenverhaal… Dat staat ergens in het dossier. Ik heb het eerlijk gezegd nooit goed gelezen.",
    },
    choice {
      text = "Sanne, dat is echt een vooroordeel. Je praat over haar alsof ze geen moeder is.",
      next = "verdediging",
      score = { veiligheid = -2, verbinding = -2, regulatie = -1 },
      effects = { spanning = 3, vertrouwen = -2, regie = -1, openheid = -1 },
      lessons = { 3 },
      feedback = "Misschien heb je inhoudelijk een punt, maar je zet Sanne te kijk in de groep. Schaamte maakt niemand nieuwsgierig; waar angst heerst, sluiten mensen zich juist af. Intervisie vraagt om een veilige plek om kritisch te kijken (les 3).",
      inner = "Lekker. Ik kom hier om hulp te vragen en word voor de hele groep neergezet als iemand met vooroordelen.",
    },
    choice {
      text = "Heb je het allemaal goed vastgelegd? De gemiste afspraken, de incidenten, met data erbij. Dan sta je sterk als het naar de rechter gaat.",
      next = "grenzen",
      score = { verbinding = 1, erkenning = -1, veiligheid = -1 },
      effects = { regie = 1, openheid = -1 },
      set = { oordeel = 1 },
      lessons = { 5 },
      procedure = true,
      feedback = "Je steunt Sanne in haar positie, maar je behandelt Melissa's gedrag meteen als bewijs. Gemiste afspraken worden zo een oordeel over haar als opvoeder, zonder dat iemand naar de oorzaak vraagt (les 5).",
      inner = "Ja, dat heb ik wel. Pagina's vol. Het voelt alleen niet alsof ik daar verder mee kom.",
    },
  },
}

node "verhaal" {
  speaker = "sanne",
  lines = {
    "Ze is erkend gedupeerde, dat staat in het dossier. Ze is in 2019 haar huis kwijtgeraakt en heeft een tijd met de kinderen bij haar zus op de bank geslapen. Maar eerlijk gezegd heb ik dat deel niet goed gelezen. Daar heb ik de tijd niet voor gehad.",
    "En dat is jaren geleden. Dat is toch geen excuus om nu zo tegen mij te schreeuwen?",
  },
  choices = {
    choice {
      text = "Dat kun je in je rapport opnemen als contextinformatie. Dan heb je het in ieder geval benoemd.",
      next = "angst",
      score = { erkenning = 1, regie = 1, verbinding = -1 },
      lessons = { 1 },
      procedure = true,
      feedback = "De affaire komt op papier, maar als kopje. Je slaat de vraag over wat het met Melissa heeft gedaan, en dus ook wat haar boosheid zou kunnen betekenen (les 1, les 5).",
      inner = "Contextinformatie. Ja, dat kan. Een alinea erbij. Maar daarmee weet ik donderdag nog steeds niet wat ik moet doen.",
    },
    choice {
      text = "Het hoeft ook geen excuus te zijn. Misschien wel een verklaring. Als je jarenlang als fraudeur bent behandeld en je huis bent kwijtgeraakt, wat doet een brief van jeugdbescherming dan met je? Wat denk jij dat er in haar gebeurt, vlak voordat ze gaat schreeuwen?",
      next = "angst",
      score = { erkenning = 3, regie = 2, veiligheid = 1 },
      effects = { spanning = -1, vertrouwen = 1, regie = 1, openheid = 1 }, content = true,
      lessons = { 5, 1 },
      feedback = "Je maakt onderscheid tussen verklaren en goedpraten, en je laat Sanne zelf de ondertiteling zoeken: welke logische reden kan er achter het gedrag zitten? Haar oordeel blijft van haar (les 5, les 1).",
      inner = "Vlak voordat ze schreeuwt… Meestal als ik iets over de kinderen zeg. Of over een rapport. Daar heb ik nooit zo bij stilgestaan.",
    },
    choice {
      text = "Nou, zij is door de overheid kapotgemaakt. Dan moet jij daar als overheid ook maar tegen kunnen.",
      next = "angst",
      score = { erkenning = 1, veiligheid = -1, regie = -2 },
      effects = { spanning = 2, vertrouwen = -1, regie = -2, openheid = -1 },
      lessons = { 1, 3 },
      feedback = "Je noemt de impact van de affaire, maar je maakt van Melissa een slachtoffer en van Sanne een schuldige. Daar wordt niemand nieuwsgieriger van (les 1, les 3).",
      inner = "Ik ben de overheid niet. Ik ben gewoon iemand die haar werk probeert te doen. Ik had die casus niet moeten inbrengen.",
    },
  },
}

node "grenzen" {
  speaker = "sanne",
  lines = {
    { "erik", "Zeker. Ik had dat vorig jaar ook, met een vader. Op een gegeven moment zeg je: zo niet, dan stopt het gesprek." },
    { "marjolein", "We schieten nu in adviezen. Sanne, wat is eigenlijk je vraag aan de groep?" },
    "Mijn vraag? Hoe ik haar zover krijg dat ze normaal doet, denk ik.",
  },
  choices = {
    choice {
      text = "Misschien een gedragscontract? Zwart op wit wat wel en niet kan, en wat er gebeurt als ze zich er niet aan houdt.",
      next = "angst",
      score = { veiligheid = -2, systemisch = -1 },
      effects = { spanning = -1, openheid = -1 },
      set = { oordeel = 1 },
      lessons = { 5 },
      feedback = "Een contract voelt als houvast, maar het maakt de omgang met Melissa een examen. Het dreigement zit erin ingebakken, en niemand weet nog waar haar boosheid vandaan komt (les 5).",
      inner = "Een contract. Dat kan ik wel opstellen. Of ze het tekent is een tweede. Of ze het leest, een derde.",
    },
    choice {
      text = "Ik denk dat we, ik ook, te snel naar oplossingen gingen. Mag ik een stap terug? Wat gebeurt er vlak voordat ze gaat schreeuwen? En wat weet je van wat zij allemaal heeft meegemaakt, met de toeslagen?",
      next = "verhaal",
      score = { erkenning = 3, regulatie = 2, veiligheid = 1 },
      effects = { spanning = -1, vertrouwen = 1, openheid = 1 },
      lessons = { 5, 3, 1 },
      feedback = "Een herstelpoging: je benoemt dat de groep te snel ging, ook jijzelf, en je keert terug naar een nieuwsgierige vraag over de oorzaak achter het gedrag (les 5, les 3).",
      inner = "Wat ze heeft meegemaakt. Eigenlijk weet ik dat niet precies. Ik ken haar alleen van de gesprekken die misgaan.",
    },
    choice {
      text = "Je zou die gesprekken voortaan met een collega erbij kunnen doen, volgens het agressieprotocol. Dan sta je er niet alleen voor.",
      next = "angst",
      score = { veiligheid = 1, erkenning = -1 },
      effects = { spanning = -1 },
      lessons = { 5 },
      procedure = true,
      feedback = "Aandacht voor de veiligheid van Sanne is terecht, maar het protocol is een deeloplossing. De vraag wat er achter Melissa's boosheid zit, blijft liggen (les 5, les 1).",
      inner = "Met een collega erbij. Welke collega? Iedereen zit vol. Maar goed, het is iets.",
    },
  },
}

node "verdediging" {
  speaker = "sanne",
  lines = {
    "Jij hebt makkelijk praten. Ik heb vierentwintig gezinnen. Jij zit niet tegenover haar als ze in de hal staat te schreeuwen.",
    { "verteller", "Het wordt stil in de kring. Yasmina kijkt naar de grond. Marjolein kijkt jou aan." },
  },
  choices = {
    choice {
      text = "Je hebt gelijk, dat was niet eerlijk van me. Ik zit daar niet, jij wel. Sorry. Hoe is het voor jou om tegenover haar te zitten?",
      next = "angst",
      score = { regulatie = 3, veiligheid = 2, verbinding = 2 },
      effects = { spanning = -2, vertrouwen = 1 },
      lessons = { 3 },
      feedback = "Een herstelpoging: je erkent je misstap zonder je punt weg te gooien, en je gaat terug naar wat Sanne zelf meemaakt. Zo wordt de intervisie weer een veilige plek (les 3).",
      inner = "Oké. Dat had ik niet verwacht. Hoe het voor mij is… Dat vraagt eigenlijk nooit iemand.",
    },
    choice {
      text = "Ik bedoel het niet persoonlijk, maar het blijft wel een vooroordeel.",
      next = "angst",
      score = { regulatie = -2, veiligheid = -1 },
      effects = { spanning = 2, vertrouwen = -2, openheid = -1 },
      lessons = { 3 },
      feedback = "Je blijft gelijk willen hebben terwijl Sanne in de verdediging zit. Dan leert niemand iets, en Melissa schiet er ook niets mee op (les 3).",
      inner = "Niet persoonlijk. Natuurlijk. Volgende keer breng ik gewoon niks meer in.",
    },
    choice {
      text = "Laten we teruggaan naar de methode. Marjolein, misschien kun jij de volgende vragenronde starten?",
      next = "angst",
      score = { regulatie = 1, verbinding = -1 },
      effects = { spanning = -1, vertrouwen = -1 },
      lessons = { 3 },
      procedure = true,
      feedback = "Structuur kan rust geven, maar je schuift de ongemakkelijke situatie door naar de begeleider in plaats van je eigen opmerking te herstellen (les 3).",
      inner = "Dus we doen alsof er niks gebeurd is. Prima. Ik zeg verder niet zoveel meer.",
    },
  },
}

node "angst" {
  speaker = "sanne",
  key = true,
  lines = {
    { "sanne", "Eerlijk? Ik ben bang voor haar. Vorige maand stond ze in de hal te schreeuwen en ik dacht echt: straks slaat ze. Sindsdien zie ik tegen elk gesprek op.",
      when = function(s) return s.vertrouwen >= 4 and s.spanning < 7 end },
    { "sanne", "En ik ben bang dat ik iets mis. Dat er iets met die kinderen gebeurt, en dat het dan mijn schuld is. Ik lig er 's nachts wakker van.",
      when = function(s) return s.vertrouwen >= 4 and s.spanning < 7 end },
    { "sanne", "Weet je, vorige maand stond ze in de hal te schreeuwen. Ik dacht echt: straks slaat ze. Maar goed. Dat hoort bij het werk, zeggen ze.",
      when = function(s) return s.vertrouwen < 4 or s.spanning >= 7 end },
  },
  prompt = "Sanne vertelt dat ze bang is. Hoe neem je haar angst serieus zonder dat Melissa daardoor de dader wordt? En hoeveel ruimte is er in jouw team om angst te benoemen?",
  choices = {
    choice {
      text = "Ach, die blaft maar, die bijt niet. Dat soort moeders kennen we wel.",
      next = "dicht",
      score = { veiligheid = -2, regulatie = -1, erkenning = -1 },
      effects = { spanning = 2, vertrouwen = -2, openheid = -1 },
      lessons = { 3, 5 },
      feedback = "Je wuift de angst van Sanne weg en je zet Melissa in een hokje. Allebei worden ze niet gezien (les 3, les 5).",
      inner = "Jij stond niet in die hal. En “dat soort moeders”… zo wil ik eigenlijk ook niet over haar praten.",
    },
    choice {
      text = "Doe het contact dan voortaan alleen per mail. Dan hoef je haar niet meer te zien.",
      next = "dicht",
      score = { veiligheid = 1, verbinding = -2, systemisch = -1 },
      effects = { spanning = -1, openheid = -1 },
      lessons = { 5, 6 },
      feedback = "Je beschermt Sanne, maar je knipt het contact met Melissa door. Iemand die haar post niet opent, bereik je niet per mail, en de afstand wordt alleen maar groter (les 5).",
      inner = "Per mail. Dat klinkt heerlijk, eerlijk gezegd. Al leest ze haar post niet eens, dus haar mail vast ook niet.",
    },
    choice {
      text = "Dank je dat je dat zegt. Dat is niet niks: bang zijn en je tegelijk verantwoordelijk voelen voor twee kinderen. Zullen we twee dingen uit elkaar halen? Wat jij nodig hebt om je veilig te voelen in het contact, en wat haar gedrag tegenover jou zegt over haar als moeder. Dat hoeft niet hetzelfde te zijn.",
      next = "onderscheid",
      score = { veiligheid = 3, regulatie = 2, verbinding = 2 },
      effects = { spanning = -1, vertrouwen = 1, openheid = 1 },
      lessons = { 5, 3 },
      feedback = "Je erkent de angst van Sanne en je neemt haar veiligheid serieus. Tegelijk help je haar gedrag tegenover de professional los te zien van ouderschap (les 5, les 3).",
      inner = "Uit elkaar halen. Dat ik bang ben in de hal, en wat voor moeder ze is. Daar zit iets in. Die twee zijn in mijn hoofd één ding geworden.",
    },
    choice {
      text = "Heb je het incident in de hal gemeld bij je teamleider? Er is een agressieprotocol, daar heb je recht op.",
      next = "dicht",
      score = { veiligheid = 1, regulatie = -1 },
      effects = { openheid = -1 },
      lessons = { 3 },
      procedure = true,
      feedback = "Terecht dat je aan de veiligheid van Sanne denkt, maar je springt van haar angst naar een formulier. Wat ze net durfde te zeggen, krijgt geen ruimte (les 3).",
      inner = "Gemeld? Nee. Dan ben ik weer degene die het niet aankan. Laat maar.",
    },
  },
}

node "dicht" {
  speaker = "sanne",
  lines = {
    "Laat maar. Ik doe het volgende keer gewoon met een collega erbij. Zullen we verder?",
    { "marjolein", "Wil iemand nog iets vragen voordat we naar de adviezen gaan?" },
  },
  choices = {
    choice {
      text = "Goed plan, met z'n tweeën sta je sterker. Dan is dat ook opgelost.",
      next = "zij",
      score = { veiligheid = 1, erkenning = -1 },
      effects = { spanning = -1, openheid = -1 },
      lessons = { 3 },
      feedback = "Praktisch en veilig voor Sanne, maar je sluit af wat net openging. De angst blijft onbesproken en de blik op Melissa verandert niet (les 3, les 5).",
      inner = "Opgelost. Zo voelt het niet. Maar ik ga er nu niet meer over beginnen.",
    },
    choice {
      text = "Laten we naar de adviesronde gaan, anders lopen we uit.",
      next = "zij",
      score = { regulatie = -1, verbinding = -1 },
      effects = { openheid = -1 },
      lessons = { 3 },
      procedure = true,
      feedback = "De tijd bewaken is begrijpelijk, maar juist hier zat de kern. Intervisie is er voor zelfreflectie, niet om het programma af te werken (les 3).",
      inner = "Ja, door. Er zijn vast belangrijkere casussen.",
    },
    choice {
      text = "Ja, ik. Sanne, ik denk dat ik net te snel ging. Je zei iets belangrijks: dat je bang bent. Mag ik daar nog even bij blijven? Wat zou je nodig hebben om je veilig te voelen bij haar?",
      next = "onderscheid",
      score = { regulatie = 3, verbinding = 2, veiligheid = 2 },
      effects = { spanning = -1, vertrouwen = 1, openheid = 1 },
      lessons = { 3, 5 },
      feedback = "Een herstelpoging: je komt terug op wat Sanne durfde te zeggen en je geeft haar angst alsnog ruimte. Zo wordt de intervisie weer een veilige plek om te leren (les 3).",
      inner = "Iemand heeft het gehoord. Wat ik nodig heb… Dat ik niet alleen ben als het misgaat. En dat ik niet hoef te doen alsof ik nergens bang voor ben.",
    },
  },
}

node "onderscheid" {
  speaker = "sanne",
  key = true,
  lines = {
    "Oké. Maar als ze zo tegen mij tekeergaat, hoe gaat ze dan thuis met de kinderen om, straks? Daar moet ik toch naar kijken? Dat is mijn werk.",
  },
  prompt = "Hoe houd je de zorg van Sanne om de veiligheid van Roos en Sem serieus, en kijk je tegelijk naar Melissa als moeder in plaats van naar haar gedrag tegenover de jeugdbeschermer?",
  choices = {
    choice {
      text = "Nee joh, dat heeft er niks mee te maken. Boos op jou is iets heel anders dan boos op je kinderen.",
      next = "zij",
      score = { veiligheid = 1, systemisch = -2, regie = -1 },
      effects = { spanning = 1, regie = -2 },
      lessons = { 5, 6 },
      feedback = "De gedachte klopt deels (les 5), maar je wuift een echte veiligheidsvraag weg en daarmee ook het professionele oordeel van Sanne. De veiligheid van de kinderen houdt prioriteit (les 6).",
      inner = "Makkelijk gezegd. Als er iets gebeurt, sta ik voor de rechter, niet jij.",
    },
    choice {
      text = "Ja, daar moet je naar kijken. De veiligheid van Roos en Sem gaat voor. Alleen: wat zie je van haar als moeder? Hoe is ze tijdens de omgang? Wat zeggen de pleegouders, de school? Dan kijk je naar haar met haar kinderen, in plaats van naar haar als iemand die boos is op jou.",
      next = "zij",
      score = { systemisch = 3, veiligheid = 2, regie = 2 },
      effects = { spanning = -1, vertrouwen = 1, regie = 2, openheid = 1 }, content = true,
      set = { gezien = 1 },
      lessons = { 5, 6 },
      feedback = "Je erkent de taak van Sanne en de prioriteit van veiligheid, en je helpt haar kijken naar wat er werkelijk te zien is tussen Melissa en haar kinderen. Dat maakt haar oordeel sterker, niet zwakker (les 5, les 6).",
      inner = "Hoe ze is tijdens de omgang… Daar schrijf ik eigenlijk nooit iets over. Alleen als het misgaat.",
    },
    choice {
      text = "Dan zou ik het meenemen in de risicotaxatie. Agressief gedrag is een risicofactor, en dan is het in elk geval objectief vastgelegd.",
      next = "zij",
      score = { systemisch = 1, regie = 1, veiligheid = -2 },
      effects = { spanning = -1, regie = 1, openheid = -1 },
      set = { oordeel = 1 },
      lessons = { 5 },
      procedure = true,
      feedback = "Veiligheid serieus nemen is goed, maar zo wordt haar gedrag tegenover Sanne een feit over haar ouderschap, en het etiket “agressief” gaat het dossier in zonder dat iemand weet waar het vandaan komt (les 5).",
      inner = "Risicotaxatie. Ja. Dan staat het er, zwart op wit. Dat voelt veilig. Waarom voelt het dan toch niet goed?",
    },
  },
}

node "zij" {
  speaker = "marjolein",
  key = true,
  lines = {
    { "sanne", "Tijdens de omgang… eigenlijk is ze daar heel anders. Ze neemt altijd iets mee, een tekening, een bakje druiven. Ze vlecht het haar van Roos. De pleegmoeder zei laatst dat Sem na de omgang de hele avond vrolijk is.", when = { gezien = 1 } },
    { "sanne", "Dat staat nergens in mijn rapport. Daar staan vooral de gemiste afspraken in.", when = { gezien = 1 } },
    "Laten we nog één ronde doen. Stel dat Melissa hier in de kring zat. Wat zou zij zeggen over de gesprekken met Sanne? Wie durft?",
    { "sanne", "Goeie vraag. Ik heb eerlijk gezegd geen idee.", when = { openheid = ">=3" } },
    { "sanne", "Dat ze een hekel aan me heeft, waarschijnlijk.", when = { openheid = "<3" } },
  },
  prompt = "Ondertiteling: hoe klinkt Melissa's boosheid als je haar eigen stem probeert te horen? Waar ligt voor jou de grens tussen begrijpen en goedpraten?",
  choices = {
    choice {
      text = "Dat alles de schuld is van de overheid en dat zij zelf niks fout doet.",
      next = "stap",
      score = { erkenning = -2, veiligheid = -1 },
      effects = { spanning = 1, openheid = -1 },
      lessons = { 5, 1 },
      feedback = "Je spreekt cynisch over een moeder die er niet bij is om zich te verdedigen. Zo bevestig je het beeld in plaats van het te ondertitelen (les 5, les 1).",
      inner = "Ha. Ja, zo klinkt ze wel soms. Maar het is te makkelijk, dat weet ik ook wel.",
    },
    choice {
      text = "Dat kunnen we niet weten. Het is beter om ons aan de feiten te houden: wat er gebeurt in de gesprekken.",
      next = "stap",
      score = { erkenning = -1, verbinding = -1 },
      effects = { openheid = -1 },
      lessons = { 5 },
      procedure = true,
      feedback = "Voorzichtig en feitelijk, maar zo blijft het bij wat zichtbaar is: het gedrag. Ondertiteling vraagt juist dat je je verdiept in wat erachter kan zitten (les 5).",
      inner = "De feiten. Die heb ik al. Daar kom ik nou juist niet verder mee.",
    },
    choice {
      text = "Ik probeer het. Misschien: “Ik word al jaren niet geloofd. Eerst door de Belastingdienst, nu door jeugdbescherming. Elke brief kan betekenen dat ik nog meer kwijtraak, dus ik maak ze niet meer open. En als ik schreeuw, is dat omdat ik doodsbang ben dat ik mijn kinderen nooit meer terugkrijg.” Sanne, herken je daar iets van, of zit ik ernaast?",
      next = "stap",
      score = { erkenning = 3, verbinding = 2, regie = 1 },
      effects = { spanning = -1, vertrouwen = 1, openheid = 2 }, content = true,
      lessons = { 5, 1 },
      feedback = "Ondertiteling: je geeft haar gedrag context en betekenis, met respect voor een moeder die er niet bij is. En je legt het terug bij Sanne, die haar kent (les 5, les 1).",
      inner = "Dat ze haar post niet opent omdat ze bang is voor wat erin staat… Dat zou zomaar kunnen. Ik stuur haar brieven op papier met het logo van de GI erop.",
    },
  },
}

node "stap" {
  speaker = "sanne",
  key = true,
  lines = {
    { "marjolein", "We gaan afronden. Sanne, wat neem je mee naar je volgende gesprek met Melissa? Dat is donderdag, toch?" },
    { "erik", "Als je het mij vraagt: gewoon strak zijn. Bij die vader van mij werkte dat uiteindelijk ook.", when = { oordeel = 1 } },
    { "sanne", "Ik wil het anders doen. Maar ik weet niet hoe. En ik wil ook niet naïef zijn.", when = { openheid = ">=4" } },
    { "sanne", "Ik weet het niet. Over drie weken moet mijn rapport naar de rechter. Ik heb geen tijd voor experimenten.", when = { openheid = "<4" } },
  },
  prompt = "Wat is een goede volgende stap voor Sanne, die past bij haar rol, haar angst serieus neemt en Melissa meer ruimte geeft? Wat kan de keten daaraan bijdragen?",
  choices = {
    choice {
      text = "Kort de omgang in, dan merkt ze dat het menens is. Misschien gaat ze dan wel meewerken.",
      next = "zorg",
      score = { veiligheid = -2, systemisch = -2, transparantie = -1 },
      effects = { spanning = -1, openheid = -2 },
      set = { oordeel = 1 },
      lessons = { 5, 6, 8 },
      feedback = "Je gebruikt de omgang als drukmiddel. Daarmee straf je de kinderen mee, bevestig je Melissa's angst en maak je de machtsverhouding nog schever (les 5, les 6).",
      inner = "Ingrijpen. Dat voelt even alsof ik weer grip heb. Maar Sem is altijd zo vrolijk na de omgang.",
    },
    choice {
      text = "Wat zou jij haar donderdag willen vragen, als je even niet bang hoefde te zijn? Maar één vraag, bijvoorbeeld: “Wat maakt deze gesprekken zo zwaar voor je?” En zeg haar eerlijk wat je zorgen zijn en wat je in je rapport zet. Je kunt haar ook wijzen op het Ondersteuningsteam: een procesbegeleider die naast haar staat, en eventueel een verklarende analyse door een neutrale partij.",
      next = "zorg",
      score = { regie = 3, systemisch = 2, transparantie = 2 },
      effects = { spanning = -1, vertrouwen = 1, regie = 2, openheid = 1 }, content = true,
      lessons = { 5, 3, 8 },
      feedback = "Sanne kiest zelf haar vraag. Je stelt voor om open kaart te spelen en wijst op onafhankelijke steun voor Melissa, zodat het contact minder op Sanne alleen rust (les 5, les 8).",
      inner = "Maar één vraag. Die kan ik stellen. “Wat maakt deze gesprekken zo zwaar voor je?” Misschien schreeuwt ze. Misschien ook niet.",
    },
    choice {
      text = "Zet de afspraken op een rij in een brief: wat er van haar verwacht wordt en wat de gevolgen zijn als ze niet komt. Dan is het voor iedereen duidelijk.",
      next = "zorg",
      score = { transparantie = 1, veiligheid = -1, regie = -1 },
      effects = { openheid = -1 },
      lessons = { 8, 5 },
      procedure = true,
      feedback = "Duidelijkheid is waardevol, maar een brief met gevolgen aan iemand die haar post niet opent uit angst, werkt eerder als dreigement dan als uitnodiging. En je kiest de stap voor Sanne (les 8, les 5).",
      inner = "Nog een brief. Die gaat ze ook niet openen. Maar dan heb ik het in elk geval gedaan.",
    },
    choice {
      text = "Ik zou een overdracht aanvragen. Dit contact is verbrand, dat komt niet meer goed.",
      next = "zorg",
      score = { verbinding = -2, regie = -1 },
      effects = { spanning = -1, openheid = -1 },
      lessons = { 3 },
      feedback = "Begrijpelijk vanuit de angst van Sanne, maar voor Melissa zou het de vierde jeugdbeschermer in anderhalf jaar zijn. Elke wissel kost vertrouwen en tijd (les 3).",
      inner = "Overdracht. Haar vierde jeugdbeschermer. Dat wil ik haar eigenlijk niet aandoen. Mezelf eigenlijk ook niet.",
    },
  },
}

node "zorg" {
  speaker = "sanne",
  lines = {
    "Maar eerlijk: met vierentwintig gezinnen heb ik geen tijd om zo'n gesprek goed voor te bereiden. Ik ren van crisis naar crisis.",
    { "yasmina", "Bij ons in het wijkteam is het niet anders, hoor." },
  },
  choices = {
    choice {
      text = "Caseload is een organisatieprobleem. Dat moet je echt bij je teamleider neerleggen, niet hier.",
      next = afloop,
      score = { erkenning = 1, verbinding = -1 },
      lessons = { 3 },
      procedure = true,
      feedback = "Je erkent dat de werkdruk echt is, maar je stuurt Sanne ermee weg. Organisaties moeten mensgericht werken mogelijk maken; collega's kunnen intussen naast elkaar staan (les 3).",
      inner = "Bij mijn teamleider. Die heeft er zelf dertig. Maar goed, ik snap het.",
    },
    choice {
      text = "Dat is echt, en dat los jij niet in je eentje op. Zal ik woensdag een halfuur met je voorbereiden? En als je wilt, kaarten we samen bij je teamleider aan dat deze casus nu meer tijd vraagt.",
      next = afloop,
      score = { verbinding = 3, erkenning = 2, regie = 1 },
      effects = { spanning = -1, vertrouwen = 1 },
      lessons = { 3 },
      feedback = "Je erkent de druk waaronder Sanne werkt en je biedt concrete collegiale steun, terwijl zij kiest of ze die wil. Mensgericht werken vraagt ook om mensgericht samenwerken (les 3).",
      inner = "Een halfuur. Samen. Ja. Dat zou helpen. Misschien slaap ik woensdagnacht dan beter.",
    },
    choice {
      text = "Iedereen heeft het druk. Dat hoort er nu eenmaal bij.",
      next = afloop,
      score = { erkenning = -2, verbinding = -1 },
      effects = { spanning = 1, vertrouwen = -1, openheid = -1 },
      lessons = { 3 },
      feedback = "Je maakt de werkdruk normaal en laat Sanne er alleen mee. Angst en overbelasting zijn juist wat goede bedoelingen in de keten tegenhoudt (les 3).",
      inner = "Dat hoort erbij. Tot je omvalt. Dan hoort dat er ook bij, zeker.",
    },
  },
}

ending "een-vraag-mee" {
  title = "Sanne neemt een vraag mee",
  kind = "herstel",
  text = [[
Donderdag stelt Sanne haar vraag: *"Wat maakt deze gesprekken zo zwaar voor je?"*

Melissa is eerst stil. Dan vertelt ze over de blauwe enveloppen van de Belastingdienst, over de deurwaarder, over de jaren waarin ze "fraudeur" was. *"Elke brief van jullie voelt alsof ik nog iets kwijtraak."* Ze schreeuwt niet. Ze huilt.

Sanne zegt eerlijk wat haar zorgen zijn, en ook wat ze ziet tijdens de omgang: hoe Melissa het haar van Roos vlecht en hoe vrolijk Sem daarna is. Dat komt ook in haar rapport. Melissa meldt zich aan bij het Ondersteuningsteam. De omgang blijft en wordt over drie maanden opnieuw bekeken, met een procesbegeleider naast Melissa aan tafel.

In de volgende intervisie zegt Sanne dat ze nog steeds weleens opziet tegen de gesprekken. *"Maar ik zie nu een moeder, niet alleen een probleem."*
]],
}

ending "vastgelopen" {
  title = "De groep blijft steken",
  kind = "neutraal",
  text = [[
Sanne gaat naar huis met een paar tips: een collega erbij, alles goed vastleggen, duidelijke afspraken op papier. Het voelt als houvast, maar haar blik op Melissa is niet veranderd.

Donderdag loopt het gesprek weer vast. Melissa verheft haar stem zodra het over het rapport gaat; Sanne beëindigt het gesprek volgens protocol. In het rapport staat "moeder reageert agressief en komt afspraken niet na". Wat er tijdens de omgang goed gaat, staat er niet in. De rechter verlengt de ondertoezichtstelling; de omgang blijft twee uur om de twee weken, onder begeleiding. Uitbreiden is niet aan de orde.

Niemand heeft iets verkeerd willen doen. Maar Sanne, Melissa, Roos en Sem zitten nog op dezelfde plek als vóór de intervisie.
]],
}

ending "sanne-sluit-af" {
  title = "Sanne sluit zich af",
  kind = "breuk",
  text = [[
*"Laat maar. Volgende casus."* Sanne klapt haar schrift dicht. Wat ze voelde, houdt ze voortaan voor zich.

Haar rapport beschrijft Melissa als agressief en adviseert de omgang terug te brengen naar eens per vier weken, "tot moeder zich aan afspraken houdt". Als Melissa dat leest, belt ze woedend naar de GI, en dat telefoontje bevestigt het beeld. Roos vraagt haar pleegmoeder waarom mama minder komt.

Zes weken later meldt Sanne zich ziek. Melissa krijgt haar vierde jeugdbeschermer.

Er is hier geen schurk: een moeder die bang is haar kinderen kwijt te raken, en een jeugdbeschermer die bang is iets te missen. Bespreek in de groep wat Sanne op dat ene moment in de kring nodig had, en hoe een collega haar daar had kunnen bereiken.
]],
}

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
  role = "collega",
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
    advies     = { init = 0, min = 0, max = 1, hidden = true },  -- jij schoot bij de inbreng in advies
    scherp     = { init = 0, min = 0, max = 1, hidden = true },  -- jij zette Sanne te kijk
    tesnel     = { init = 0, min = 0, max = 1, hidden = true },  -- jij ging voorbij aan Sannes angst
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
    -- beste pad: nieuwsgierige vraag, verklaren, stilte, onderscheid, ondertiteling, eigen vraag, steun
    { choices = { 3, 1, 2, 4, 1, 3, 2 }, ending = "een-vraag-mee",
      min = { erkenning = 0.9, veiligheid = 0.9, systemisch = 0.9, regie = 0.9, verbinding = 0.9 } },
    -- procedurepad: steeds het antwoord van de procedure
    { choices = { 2, 1, 5, 4, 4, 4, 3 }, ending = "vastgelopen",
      max = { erkenning = 0.2, veiligheid = 0.3 } },
    -- Sanne te kijk zetten en dan vasthouden aan je gelijk
    { choices = { 4, 3 }, ending = "sanne-sluit-af" },
    -- eerst in advies schieten, dan herstellen ("we gingen te snel, ik ook")
    { choices = { 1, 2, 1, 2, 4, 1, 3, 2 }, ending = "een-vraag-mee" },
    -- voorbij aan haar angst (per mail), daarna herstellen ("ik ging net te snel")
    { choices = { 3, 1, 3, 3, 4, 1, 3, 2 }, ending = "een-vraag-mee" },
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
      text = "Herkenbaar, hoor. Je mag daar echt een grens trekken, Sanne. Jij moet ook veilig je werk kunnen doen.",
      next = "grenzen",
      score = { verbinding = 1, veiligheid = -1, erkenning = -1 },
      effects = { spanning = -1, vertrouwen = 1, openheid = -1 },
      set = { oordeel = 1, advies = 1 },
      lessons = { 5, 3 },
      feedback = "Dit voelt collegiaal: Sanne staat er alleen voor en jij staat naast haar. Maar je bevestigt het oordeel over Melissa en geeft advies voordat iemand weet wat er speelt, terwijl Marjolein om vragen vroeg. Zo wordt gedrag tegenover een professional een oordeel over het ouderschap, en kijkt de groep niet verder (les 5).",
      inner = "Fijn, iemand die het snapt. Ik ben dus niet gek. Al weet ik eigenlijk niet hoe ik nog strenger moet zijn dan ik al ben.",
    },
    choice {
      text = "Heb je het allemaal goed vastgelegd? De gemiste afspraken, met data erbij. Dan sta je sterker als het naar de rechter gaat.",
      next = "grenzen",
      score = { verbinding = 1, erkenning = -1, veiligheid = -1 },
      effects = { regie = 1, openheid = -1 },
      set = { oordeel = 1, advies = 1 },
      lessons = { 5 },
      procedure = true,
      feedback = "Je steunt Sanne in haar positie, en zorgvuldig vastleggen is haar werk. Maar je behandelt Melissa's gedrag meteen als bewijs. Gemiste afspraken worden zo een oordeel over haar als opvoeder, zonder dat iemand naar de oorzaak vraagt (les 5).",
      inner = "Ja, dat heb ik wel. Pagina's vol. Het voelt alleen niet alsof ik daar verder mee kom.",
    },
    choice {
      text = "Dat klinkt zwaar. Wat weet je van wat haar is overkomen?",
      next = "verhaal",
      score = { erkenning = 3, veiligheid = 2, verbinding = 1 },
      effects = { spanning = -1, vertrouwen = 1, openheid = 1 },
      lessons = { 5, 1 },
      feedback = "Kort, en zonder oordeel over Sanne of over Melissa. Je erkent dat het zwaar is en je vraagt wat Melissa is overkomen in plaats van wat er mis is met haar. Precies wat Marjolein vroeg: een verhelderende vraag, nog geen advies (les 5, les 1).",
      inner = "Wat haar is overkomen… Er staat iets over de toeslagen in het dossier. Ik heb het eerlijk gezegd nooit goed gelezen.",
    },
    choice {
      text = "Sanne, dat is een vooroordeel. Je praat over haar alsof ze geen moeder is.",
      next = "verdediging",
      set = { scherp = 1 },
      score = { veiligheid = -2, verbinding = -2, regulatie = -1 },
      effects = { spanning = 3, vertrouwen = -2, regie = -1, openheid = -1 },
      lessons = { 3 },
      feedback = "Het is verleidelijk om het voor Melissa op te nemen: zij is er niet om het zelf te doen, en inhoudelijk heb je misschien een punt. Maar je zet Sanne te kijk in de groep. Schaamte maakt niemand nieuwsgierig; waar angst heerst, sluiten mensen zich juist af. Intervisie vraagt om een veilige plek om kritisch te kijken (les 3).",
      inner = "Lekker. Ik kom hier om hulp te vragen en word voor de hele groep neergezet als iemand met vooroordelen.",
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
      text = "Geen excuus, nee. Misschien wel een verklaring. Wat gebeurt er in haar, denk je, vlak voordat ze gaat schreeuwen?",
      next = "angst",
      score = { erkenning = 3, regie = 2, veiligheid = 1 },
      effects = { spanning = -1, vertrouwen = 1, regie = 1, openheid = 1 }, content = true,
      lessons = { 5, 1 },
      feedback = "Je maakt onderscheid tussen verklaren en goedpraten, en je laat Sanne zelf de ondertiteling zoeken: welke logische reden kan er achter het gedrag zitten? Je legt haar niets uit; haar oordeel blijft van haar (les 5, les 1).",
      inner = "Vlak voordat ze schreeuwt… Meestal als ik iets over de kinderen zeg. Of over een rapport. Daar heb ik nooit zo bij stilgestaan.",
    },
    choice {
      text = "Dakloos met twee kleine kinderen, dat laat sporen na. Wie zo lang in de overlevingsmodus heeft gezeten, schiet bij elke dreiging in de verdediging.",
      next = "angst",
      score = { erkenning = 1, veiligheid = -1, regie = -2 },
      effects = { spanning = 1, regie = -2, openheid = -1 }, content = true,
      lessons = { 1, 3 },
      feedback = "Dit verleidt: het is traumasensitief, het klopt vaak, en je noemt de impact van de affaire bij naam. Maar je geeft Sanne de verklaring kant-en-klaar, net nu ze zelf begon te twijfelen. Zij hoort een collega die het beter weet, en het begrijpen wordt jouw werk in plaats van het hare (les 1, les 3).",
      inner = "Overlevingsmodus. Dat zal wel. Klinkt als een training die ik nooit heb kunnen volgen. Ik had die casus niet moeten inbrengen.",
    },
    choice {
      text = "Dat zou ik dan wel in je rapport zetten, als context. Dan doe je haar recht.",
      next = "angst",
      score = { erkenning = 1, regie = 1, verbinding = -1 },
      lessons = { 1 },
      procedure = true,
      feedback = "Praktisch, en de affaire komt op papier. Maar als kopje: je slaat de vraag over wat het met Melissa heeft gedaan, en dus ook wat haar boosheid zou kunnen betekenen (les 1, les 5).",
      inner = "Context. Ja, dat kan. Een alinea erbij. Maar daarmee weet ik donderdag nog steeds niet wat ik moet doen.",
    },
    choice {
      text = "Nee, dat is het ook niet. Wat er ook gebeurd is, je mag van haar verwachten dat ze normaal met je praat.",
      next = "angst",
      score = { regie = 1, erkenning = -1, veiligheid = -1 },
      effects = { spanning = -1, vertrouwen = 1, openheid = -1 },
      set = { oordeel = 1 },
      lessons = { 5 },
      feedback = "Het klopt dat schreeuwen niet fijn is, en Sanne voelt zich gesteund. Juist daarom verleidt het. Maar je sluit de vraag die net openging: wat zit er achter haar boosheid? Het gedrag blijft het hele verhaal (les 5).",
      inner = "Precies. Dat zeg ik toch. Al kom ik daar met Melissa ook niet verder mee.",
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
      text = "Misschien helpt het om die gesprekken voortaan met een collega erbij te doen. Daar is het agressieprotocol ook voor.",
      next = "angst",
      score = { veiligheid = 1, erkenning = -1 },
      effects = { spanning = -1 },
      lessons = { 5 },
      procedure = true,
      feedback = "Aandacht voor de veiligheid van Sanne is terecht, maar het protocol is een deeloplossing. De vraag wat er achter Melissa's boosheid zit, blijft liggen (les 5, les 1).",
      inner = "Met een collega erbij. Welke collega? Iedereen zit vol. Maar goed, het is iets.",
    },
    choice {
      text = "Ik denk dat we te snel naar oplossingen gingen, ik ook. Ik weet eigenlijk nog niks van haar, van vóór dit alles.",
      when = { advies = 1 },
      next = "verhaal",
      score = { erkenning = 3, regulatie = 2, veiligheid = 1 },
      effects = { spanning = -1, vertrouwen = 1, openheid = 1 },
      lessons = { 5, 3, 1 },
      feedback = "Een herstelpoging: je benoemt dat de groep te snel ging, jijzelf ook, en je laat merken dat je nieuwsgierig bent naar het verhaal achter het gedrag, zonder Sanne een vraag te stellen die als toets voelt (les 5, les 3).",
      inner = "Van vóór dit alles. Eigenlijk weet ik dat niet. Ik ken haar alleen van de gesprekken die misgaan.",
    },
    choice {
      text = "Wat als jullie samen een paar afspraken op papier zetten? Hoe jullie met elkaar praten, en wat er gebeurt als het toch misgaat. Dan weet ze waar ze aan toe is, en jij ook.",
      next = "angst",
      score = { veiligheid = -2, systemisch = -1 },
      effects = { spanning = -1, openheid = -1 },
      set = { oordeel = 1 },
      lessons = { 5 },
      feedback = "Samen afspraken maken klinkt gelijkwaardig, en Sanne vraagt er zelf om. Maar het “samen” verpakt een plan van jou: de omgang met Melissa wordt een examen met gevolgen, het dreigement zit erin, en nog steeds weet niemand waar haar boosheid vandaan komt (les 5).",
      inner = "Afspraken op papier. Dat kan ik wel opstellen. Of ze het tekent is een tweede. Of ze het leest, een derde.",
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
      text = "Misschien is het goed om even terug te gaan naar de vragenronde. Marjolein, wil jij het weer oppakken?",
      next = "angst",
      score = { regulatie = 1, verbinding = -1 },
      effects = { spanning = -1, vertrouwen = -1 },
      lessons = { 3 },
      procedure = true,
      feedback = "Structuur kan rust geven, en de methode is er niet voor niets. Maar je schuift de ongemakkelijke situatie door naar de begeleider in plaats van je eigen opmerking te herstellen (les 3).",
      inner = "Dus we doen alsof er niks gebeurd is. Prima. Ik zeg verder niet zoveel meer.",
    },
    choice {
      text = "Je hebt gelijk, het is ook echt zwaar werk. Vierentwintig gezinnen, dat is gewoon te veel.",
      next = "angst",
      score = { regulatie = 1, verbinding = 1, erkenning = -1, veiligheid = -1 },
      effects = { spanning = -1, openheid = -1 },
      set = { oordeel = 1 },
      lessons = { 3, 5 },
      feedback = "Dit verleidt: je geeft haar gelijk, je erkent de werkdruk en de spanning zakt. Maar je herstelt je eigen opmerking niet, je gaat er met een bocht omheen. En door over de caseload te praten, blijft staan dat het probleem bij die lastige moeder ligt. Wat er met Sanne gebeurt in die hal, komt niet aan bod (les 3, les 5).",
      inner = "Ineens ben je het met me eens. Ook goed. Maar wat er nou eigenlijk met mij gebeurt in die hal, dat vraagt niemand.",
    },
    choice {
      text = "Ik bedoel het niet persoonlijk. Ik zeg het juist omdat ik weet hoe zwaar het is. Maar als wij hier niet eerlijk tegen elkaar zijn, wie dan wel? Ik vind het nog steeds een vooroordeel.",
      next = "angst",
      score = { regulatie = -2, veiligheid = -1 },
      effects = { spanning = 2, vertrouwen = -2, openheid = -1 },
      lessons = { 3 },
      feedback = "Eerlijkheid in intervisie is waardevol, en je wilt je punt niet zomaar inslikken. Maar je blijft gelijk willen hebben terwijl Sanne in de verdediging zit. Dan leert niemand iets, en Melissa schiet er ook niets mee op (les 3).",
      inner = "Niet persoonlijk. Natuurlijk. Volgende keer breng ik gewoon niks meer in.",
    },
    choice {
      text = "Sorry, dat was niet eerlijk van me. Jij zit tegenover haar, ik niet.",
      when = { scherp = 1 },
      next = "angst",
      score = { regulatie = 3, veiligheid = 2, verbinding = 2 },
      effects = { spanning = -2, vertrouwen = 1 },
      lessons = { 3 },
      feedback = "Een herstelpoging in twee zinnen: je erkent je misstap zonder uitleg of verdediging, en je laat de ruimte aan Sanne. Zo wordt de intervisie weer een veilige plek (les 3).",
      inner = "Oké. Dat had ik niet verwacht. Ja. Ik zit daar. En het is eng, eerlijk gezegd.",
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
  prompt = "Sanne vertelt dat ze bang is. Hoe neem je haar angst serieus zonder dat Melissa daardoor de dader wordt? Wanneer helpt een vraag, en wanneer helpt het om even niets te zeggen? En hoeveel ruimte is er in jouw team om angst te benoemen?",
  choices = {
    choice {
      text = "Dat snap ik. Al is het bij boze ouders meestal meer onmacht dan gevaar, hoor.",
      next = "dicht",
      set = { tesnel = 1 },
      score = { veiligheid = -2, regulatie = -1, erkenning = -1 },
      effects = { spanning = 1, vertrouwen = -1, openheid = -1 },
      lessons = { 3, 5 },
      feedback = "Geruststellen voelt als steun, en achter boosheid zit vaak inderdaad onmacht: het is zelfs een les uit deze training. Maar nu, op het moment dat ze haar angst toegeeft, weet je niet wat Melissa zal doen, en je belooft Sanne een veiligheid die je niet kunt garanderen. Haar angst wordt weggepraat in plaats van gehoord (les 3).",
      inner = "Makkelijk gezegd. Jij stond niet in die hal. Ik zeg het niet meer.",
    },
    choice {
      text = "Dank je dat je dat hier durft te zeggen. *(je wacht even)*",
      next = "onderscheid",
      score = { regulatie = 3, verbinding = 2, veiligheid = 2 },
      effects = { spanning = -1, vertrouwen = 1, openheid = 1 },
      lessons = { 3, 5 },
      feedback = "Sanne zegt iets wat ze nog nooit hardop zei, in een kring van collega's. Je bedankt haar en laat het even landen, zonder het meteen op te lossen. Die stilte zegt: je angst mag er zijn, ook hier (les 3).",
      inner = "Niemand zegt iets terug. Niemand lacht. Oké. Dan kan ik misschien ook zeggen wat me eigenlijk echt dwarszit.",
    },
    choice {
      text = "Zou je het contact een tijdje per mail kunnen doen? Dan hoef je haar niet in de hal te zien.",
      next = "dicht",
      set = { tesnel = 1 },
      score = { veiligheid = 1, verbinding = -2, systemisch = -1 },
      effects = { spanning = -1, openheid = -1 },
      lessons = { 5, 6 },
      feedback = "Je zoekt meteen iets wat Sanne ontlast, en dat is lief bedoeld. Maar je knipt het contact met Melissa door: iemand die haar post niet opent, bereik je niet per mail, en de afstand wordt alleen maar groter. Een oplossing vóór het gesprek (les 5, les 1).",
      inner = "Per mail. Dat klinkt heerlijk, eerlijk gezegd. Al leest ze haar post niet eens, dus haar mail vast ook niet.",
    },
    choice {
      text = "Wat heb jij nodig om veilig met haar te kunnen praten?",
      next = "onderscheid",
      score = { veiligheid = 2, regulatie = 1, verbinding = 1 },
      effects = { spanning = -1, vertrouwen = 1 },
      lessons = { 3 },
      feedback = "Een goede vraag: je neemt de veiligheid van Sanne serieus en zij bepaalt het antwoord. Alleen zegt ze dit voor het eerst hardop, en jij gaat meteen door naar wat ze nodig heeft. Zo wordt haar angst vooral iets om op te lossen. Eerst even laten landen had haar meer ruimte gegeven (les 3).",
      inner = "Wat ik nodig heb? Geen idee. Dat ik niet alleen ben, denk ik. Maar zo ver was ik nog niet.",
    },
    choice {
      text = "Heb je het incident in de hal gemeld bij je teamleider? Dan sta je er in elk geval niet alleen voor.",
      next = "dicht",
      set = { tesnel = 1 },
      score = { veiligheid = 1, regulatie = -1 },
      effects = { openheid = -1 },
      lessons = { 3 },
      procedure = true,
      feedback = "Terecht dat je aan de veiligheid van Sanne denkt, en melden is haar recht. Maar je springt van haar angst naar een formulier. Wat ze net durfde te zeggen, krijgt geen ruimte (les 3).",
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
      text = "Goed plan. Met z'n tweeën sta je sterker, en dan zit je er niet meer alleen mee.",
      next = "zij",
      score = { veiligheid = 1, erkenning = -1 },
      effects = { spanning = -1, openheid = -1 },
      lessons = { 3 },
      feedback = "Praktisch en veilig voor Sanne, en het klinkt als een opluchting. Maar je sluit af wat net openging: de angst blijft onbesproken en de blik op Melissa verandert niet (les 3, les 5).",
      inner = "Opgelost. Zo voelt het niet. Maar ik ga er nu niet meer over beginnen.",
    },
    choice {
      text = "Goed dat je voor jezelf zorgt, Sanne. Dat vergeten we vaak in dit werk.",
      next = "zij",
      score = { verbinding = 1, erkenning = -1, veiligheid = -1 },
      effects = { spanning = -1, openheid = -1 },
      lessons = { 3, 5 },
      feedback = "Warm, en Sanne kan wel wat steun gebruiken; zelfzorg is ook echt belangrijk. Maar het compliment zet een punt achter iets wat net openging. Haar angst, die ze net noemde, komt niet meer aan bod, en de blik op Melissa verandert niet (les 3, les 5).",
      inner = "Voor mezelf zorgen. Zo voelt het niet. Het voelt als wegduiken. Maar oké.",
    },
    choice {
      text = "Ja, ik. Ik ging net te snel. Je zei dat je bang bent, en daar wil ik nog even bij blijven, als jij dat goed vindt.",
      when = { tesnel = 1 },
      next = "onderscheid",
      score = { regulatie = 3, verbinding = 2, veiligheid = 2 },
      effects = { spanning = -1, vertrouwen = 1, openheid = 1 },
      lessons = { 3, 5 },
      feedback = "Een herstelpoging: je komt terug op wat Sanne durfde te zeggen en je geeft haar angst alsnog ruimte, met haar toestemming. Zo wordt de intervisie weer een veilige plek om te leren (les 3).",
      inner = "Iemand heeft het gehoord. Ja. Ik ben bang. En ik hoef niet te doen alsof ik nergens bang voor ben.",
    },
    choice {
      text = "Zullen we naar de adviesronde gaan? Dan houden we ook tijd voor de andere casussen.",
      next = "zij",
      score = { regulatie = -1, verbinding = -1 },
      effects = { openheid = -1 },
      lessons = { 3 },
      procedure = true,
      feedback = "De tijd bewaken is begrijpelijk, de groep heeft meer casussen. Maar juist hier zat de kern. Intervisie is er voor zelfreflectie, niet om het programma af te werken (les 3).",
      inner = "Ja, door. Er zijn vast belangrijkere casussen.",
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
      text = "Heb je de pleegouders al gevraagd of de kinderen onrustig zijn na de omgang?",
      next = "zij",
      score = { systemisch = 1, veiligheid = -1 },
      effects = { regie = 1, openheid = -1 },
      lessons = { 5, 6 },
      feedback = "Het lijkt zorgvuldig: je neemt de veiligheid serieus en betrekt de pleegouders. Maar het is een gesloten vraag die alleen naar schade zoekt. Wat er goed gaat tussen Melissa en haar kinderen, komt zo niet in beeld, en haar gedrag tegenover Sanne blijft de bril (les 5, les 6).",
      inner = "Onrustig? Dat weet ik eigenlijk niet. Ik zal het vragen. Dan weet ik het tenminste.",
    },
    choice {
      text = "Boos zijn op jeugdbescherming is wel iets anders dan boos zijn op je kinderen, hoor.",
      next = "zij",
      score = { veiligheid = 1, systemisch = -2, regie = -1 },
      effects = { spanning = 1, regie = -2 },
      lessons = { 5, 6 },
      feedback = "Dit verleidt, want het is precies het onderscheid dat deze training maakt, kort en helder gezegd. Maar je zegt het in haar plaats, als correctie, en je wuift een echte veiligheidsvraag weg, en daarmee ook het professionele oordeel van Sanne. De veiligheid van de kinderen houdt prioriteit (les 6, les 5).",
      inner = "Iets anders, ja. Dat weet ik ook wel. Maar als er iets gebeurt, sta ik voor de rechter, niet jij.",
    },
    choice {
      text = "Dan zou ik het meenemen in de risicotaxatie. Agressief gedrag is een risicofactor, en dan is het in elk geval objectief vastgelegd.",
      next = "zij",
      score = { systemisch = 1, regie = 1, veiligheid = -2 },
      effects = { spanning = -1, regie = 1, openheid = -1 },
      set = { oordeel = 1 },
      lessons = { 5 },
      procedure = true,
      feedback = "Veiligheid serieus nemen is goed, en een risicotaxatie voelt objectief. Maar zo wordt haar gedrag tegenover Sanne een feit over haar ouderschap, en het etiket “agressief” gaat het dossier in zonder dat iemand weet waar het vandaan komt (les 5).",
      inner = "Risicotaxatie. Ja. Dan staat het er, zwart op wit. Dat voelt veilig. Waarom voelt het dan toch niet goed?",
    },
    choice {
      text = "Ja, daar moet je naar kijken, dat is je werk. En wat zie je van haar als moeder, tijdens de omgang? Wat zeggen de pleegouders over haar?",
      next = "zij",
      score = { systemisch = 3, veiligheid = 2, regie = 2 },
      effects = { spanning = -1, vertrouwen = 1, regie = 2, openheid = 1 }, content = true,
      set = { gezien = 1 },
      lessons = { 5, 6 },
      feedback = "Je erkent de taak van Sanne en de prioriteit van veiligheid, en met open vragen laat je haar kijken naar wat er werkelijk te zien is tussen Melissa en haar kinderen, ook door de ogen van de pleegouders. Dat maakt haar oordeel sterker, niet zwakker (les 5, les 6).",
      inner = "Hoe ze is tijdens de omgang… Daar schrijf ik eigenlijk nooit iets over. Alleen als het misgaat.",
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
  prompt = "Ondertiteling: hoe klinkt Melissa's boosheid als je haar eigen stem probeert te horen? Waar ligt voor jou de grens tussen begrijpen en goedpraten, en tussen haar stem vertolken en voor haar spreken?",
  choices = {
    choice {
      text = "Ik probeer het: “Ik word al jaren niet geloofd. Elke brief kan betekenen dat ik nog meer kwijtraak. Als ik schreeuw, ben ik doodsbang.” Sanne, jij kent haar. Zeg het als ik ernaast zit.",
      next = "stap",
      score = { erkenning = 3, verbinding = 2, regie = 1 },
      effects = { spanning = -1, vertrouwen = 1, openheid = 2 }, content = true,
      lessons = { 5, 1 },
      feedback = "Ondertiteling: je geeft haar gedrag context en betekenis, voorzichtig en als poging, met respect voor een moeder die er niet bij is. En je legt het terug bij Sanne, die haar kent (les 5, les 1).",
      inner = "Dat ze haar post niet opent omdat ze bang is voor wat erin staat… Dat zou zomaar kunnen. Ik stuur haar brieven op papier met het logo van de GI erop.",
    },
    choice {
      text = "Dat alles de schuld is van de overheid en dat zij zelf niks fout doet.",
      next = "stap",
      score = { erkenning = -2, veiligheid = -1 },
      effects = { spanning = 1, openheid = -1 },
      lessons = { 5, 1 },
      feedback = "Een grapje lucht op na een zware ronde, en zo klinkt ze soms misschien ook. Maar je spreekt cynisch over een moeder die er niet bij is om zich te verdedigen. Zo bevestig je het beeld in plaats van het te ondertitelen (les 5, les 1).",
      inner = "Ha. Ja, zo klinkt ze wel soms. Maar het is te makkelijk, dat weet ik ook wel.",
    },
    choice {
      text = "Dat ze bang is. Gewoon doodsbang, voor jou en voor elke brief van de GI.",
      next = "stap",
      score = { erkenning = 1, verbinding = -1, regie = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 1, 3 },
      feedback = "Dit verleidt: het is kort, het is moedig, en waarschijnlijk zit je er niet ver naast. Maar je spreekt voor Melissa alsof je haar kent, en je zegt het als feit, niet als poging. Sanne, die haar wél kent, krijgt geen ruimte om het te toetsen; ze kan het alleen nog aannemen of afwijzen. Ondertiteling is een poging, geen uitspraak (les 5, les 3).",
      inner = "Bang voor mij. Dat weet jij helemaal niet. Jij hebt haar nooit ontmoet.",
    },
    choice {
      text = "Dat kunnen we niet weten. Laten we ons aan de feiten houden.",
      next = "stap",
      score = { erkenning = -1, verbinding = -1 },
      effects = { openheid = -1 },
      lessons = { 5 },
      procedure = true,
      feedback = "Voorzichtig en feitelijk: je wilt niet invullen voor iemand die er niet is. Maar zo blijft het bij wat zichtbaar is, het gedrag. Ondertiteling vraagt juist dat je je verdiept in wat erachter kan zitten (les 5).",
      inner = "De feiten. Die heb ik al. Daar kom ik nou juist niet verder mee.",
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
  prompt = "Wat is een goede volgende stap voor Sanne, die past bij haar rol, haar angst serieus neemt en Melissa meer ruimte geeft? Wanneer is een goed plan voor een ander toch niet de goede stap?",
  choices = {
    choice {
      text = "Ik zou drie dingen doen: haar wijzen op het Ondersteuningsteam, een verklarende analyse voorstellen en de omgang beter beschrijven in je rapport. Zal ik je de gegevens van het Ondersteuningsteam mailen?",
      next = "zorg",
      score = { transparantie = 1, verbinding = 1, regie = -1 },
      effects = { regie = -1, openheid = 1 }, content = true,
      lessons = { 8, 2 },
      feedback = "Inhoudelijk klopt er veel: onafhankelijke steun voor Melissa en een gedeelde analyse helpen echt. Daarom verleidt het. Maar het is jouw lijstje voor Sanne, net nu ze zegt dat ze het anders wil doen en niet weet hoe. Ze gaat naar huis met drie taken en zonder eigen vraag (les 2, les 8).",
      inner = "Drie dingen. Goed. Schrijf ik op. Weer drie dingen erbij.",
    },
    choice {
      text = "Misschien is het tijd voor een overdracht. Soms is een contact gewoon verbrand, en dat is niemands schuld.",
      next = "zorg",
      score = { verbinding = -2, regie = -1 },
      effects = { spanning = -1, openheid = -1 },
      lessons = { 3 },
      feedback = "Het klinkt mild, en het ontlast Sanne van haar angst. Maar voor Melissa zou het de vierde jeugdbeschermer in anderhalf jaar zijn. Elke wissel kost vertrouwen en tijd, en het contact krijgt nooit een tweede kans (les 3).",
      inner = "Overdracht. Haar vierde jeugdbeschermer. Dat wil ik haar eigenlijk niet aandoen. Mezelf eigenlijk ook niet.",
    },
    choice {
      text = "Wat zou je haar donderdag willen vragen, als je even niet bang hoefde te zijn? En wat wil je haar eerlijk zeggen over je rapport?",
      next = "zorg",
      score = { regie = 3, transparantie = 2, verbinding = 1 },
      effects = { spanning = -1, vertrouwen = 1, regie = 2, openheid = 1 }, content = true,
      lessons = { 5, 3, 8 },
      feedback = "Sanne kiest zelf haar vraag, en je nodigt haar uit om open kaart te spelen over haar zorgen en haar rapport. Zo neemt ze iets mee wat van haar is, en krijgt Melissa een gesprek in plaats van een oordeel (les 5, les 8).",
      inner = "Maar één vraag. “Wat maakt deze gesprekken zo zwaar voor je?” Die kan ik stellen. En zeggen wat er in het rapport komt, vóór ze het leest.",
    },
    choice {
      text = "Zet de afspraken op een rij in een brief: wat er van haar verwacht wordt en wat de gevolgen zijn als ze niet komt. Dan is het voor iedereen duidelijk.",
      next = "zorg",
      score = { transparantie = 1, veiligheid = -1, regie = -1 },
      effects = { openheid = -1 },
      lessons = { 8, 5 },
      procedure = true,
      feedback = "Duidelijkheid is waardevol. Maar een brief met gevolgen aan iemand die haar post niet opent uit angst, werkt eerder als dreigement dan als uitnodiging. En je kiest de stap voor Sanne (les 8, les 5).",
      inner = "Nog een brief. Die gaat ze ook niet openen. Maar dan heb ik het in elk geval gedaan.",
    },
    choice {
      text = "Begin donderdag gewoon met vragen hoe het met haar gaat. Dan voelt ze zich gezien, en dan ben jij ook rustiger.",
      next = "zorg",
      score = { verbinding = 1, regie = -2 },
      effects = { openheid = -1 },
      lessons = { 2, 3 },
      feedback = "Dit verleidt: het is een goede vraag, het is klein en haalbaar, en het is precies wat les 3 aanraadt. Maar het is jouw vraag, niet de hare. Sanne zei net dat ze niet weet hoe, en jij vult het voor haar in. Ze neemt een tip mee in plaats van een eigen vraag, en het rapport blijft onbesproken (les 2, les 3).",
      inner = "Hoe het met haar gaat. Ja. Dat kan ik doen. Al weet ik niet of ik dat meen, donderdag.",
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
      text = "Weet je wat? Ik bel Melissa wel even. Ik ken het Ondersteuningsteam goed, ik leg haar uit wat ze doen en regel dat er iemand langskomt. Dan heb jij één ding minder.",
      next = afloop,
      score = { verbinding = 1, regie = -2, transparantie = -1 },
      effects = { spanning = -1, regie = -2 },
      lessons = { 2, 8 },
      feedback = "Genereus, en Sanne zou even opgelucht zijn. Maar je neemt haar casus over: jij belt een moeder die jou niet kent, buiten de jeugdbeschermer om, en Sanne leert dat ze het zelf niet kan. “Dat regel ik wel” neemt regie weg, ook bij een collega (les 2, les 8).",
      inner = "Jij belt haar? Dat kan toch niet zomaar. En wat zeg ik dan donderdag?",
    },
    choice {
      text = "Dat is echt. Ik heb woensdag een halfuur. Als je wilt, bereiden we het samen voor.",
      next = afloop,
      score = { verbinding = 3, erkenning = 2, regie = 1 },
      effects = { spanning = -1, vertrouwen = 1 },
      lessons = { 3 },
      feedback = "Je erkent de druk in drie woorden en biedt concrete collegiale steun, terwijl Sanne kiest of ze die wil. Mensgericht werken vraagt ook om mensgericht samenwerken (les 3).",
      inner = "Een halfuur. Samen. Ja. Dat zou helpen. Misschien slaap ik woensdagnacht dan beter.",
    },
    choice {
      text = "Dat zou ik echt bij je teamleider neerleggen. Met vierentwintig gezinnen moet er iets van je lijst af.",
      next = afloop,
      score = { erkenning = 1, verbinding = -1 },
      lessons = { 3 },
      procedure = true,
      feedback = "Het klinkt verstandig en het klopt: je erkent dat de werkdruk echt is en wijst naar wie erover gaat. Maar je stuurt Sanne ermee weg. Organisaties moeten mensgericht werken mogelijk maken; collega's kunnen intussen naast elkaar staan (les 3).",
      inner = "Bij mijn teamleider. Die heeft er zelf dertig. Maar goed, ik snap het.",
    },
    choice {
      text = "Met vierentwintig gezinnen doe je het echt hartstikke goed, Sanne.",
      next = afloop,
      score = { erkenning = -1, verbinding = 1 },
      effects = { vertrouwen = -1, openheid = -1 },
      lessons = { 3 },
      feedback = "Dit verleidt: ze is moe, ze twijfelt, en een compliment van een collega doet goed. Maar het is een cijfer, geen steun: het zegt dat ze het al goed doet, dus er hoeft niets te veranderen, en ze staat er donderdag net zo alleen voor. Angst en overbelasting zijn juist wat goede bedoelingen in de keten tegenhoudt (les 3).",
      inner = "Hartstikke goed. Fijn dat iemand dat vindt. Maar ik ren nog steeds van crisis naar crisis, en donderdag zit ik daar alleen.",
    },
  },
}

ending "een-vraag-mee" {
  title = "Sanne neemt een vraag mee",
  kind = "herstel",
  text = [[
Donderdag stelt Sanne haar vraag: *"Wat maakt deze gesprekken zo zwaar voor je?"*

Melissa is eerst stil. Dan vertelt ze over de blauwe enveloppen van de Belastingdienst, over de deurwaarder, over de jaren waarin ze "fraudeur" was. *"Elke brief van jullie voelt alsof ik nog iets kwijtraak."* Ze schreeuwt niet. Ze huilt.

Sanne zegt eerlijk wat haar zorgen zijn, en ook wat ze ziet tijdens de omgang: hoe Melissa het haar van Roos vlecht en hoe vrolijk Sem daarna is. Dat komt ook in haar rapport. Ze vertelt Melissa over het Ondersteuningsteam, en Melissa meldt zich aan. De omgang blijft en wordt over drie maanden opnieuw bekeken, met een procesbegeleider naast Melissa aan tafel.

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

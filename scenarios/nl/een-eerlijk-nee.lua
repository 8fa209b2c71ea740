-- S13 "Een eerlijk nee": Ahmed vraagt iets waarvoor het OT geen mandaat heeft.
--
-- Opbouw: hoge verwachting -> teleurstelling -> het verhaal achter de
-- plaatsing -> een realistische route (gesprek met de GI, verklarende
-- analyse) -> een terugbelafspraak die later wordt gecontroleerd.
-- Twee verborgen vlaggen houden beloftes bij: 'belofte' (een vage belofte
-- dat Bilal thuiskomt) en 'terugbellen' (wat je toezegde over het
-- terugbellen). De laatste beslissing en de afloop lezen ze.

-- Effecten bij het nabellen: wat je zegt telt, maar ook of je eerdere
-- beloftes bent nagekomen. Een nagekomen afspraak geeft vertrouwen, een
-- gebroken belofte kost veel meer dan ze ooit opleverde.
local function naBellen(e)
  return function(s)
    local r = { spanning = e.spanning or 0, vertrouwen = e.vertrouwen or 0, regie = e.regie or 0 }
    if s.terugbellen == 1 then
      r.vertrouwen = r.vertrouwen + 2
      r.spanning = r.spanning - 1
    elseif s.terugbellen == 2 then
      r.vertrouwen = r.vertrouwen - 3
      r.spanning = r.spanning + 2
    else
      r.vertrouwen = r.vertrouwen - 1
      r.spanning = r.spanning + 1
    end
    if s.belofte == 1 then
      r.vertrouwen = r.vertrouwen - 2
      r.spanning = r.spanning + 1
    end
    return r
  end
end

-- De afloop na het nabellen. De herstelroute vraagt genoeg vertrouwen en
-- regie, én een terugbelafspraak die concreet was en is nagekomen.
local function afloop(s)
  if s.vertrouwen >= 7 and s.regie >= 5 and s.terugbellen == 1 then return "analyse-route" end
  if s.vertrouwen >= 3 then return "bedenktijd" end
  return "contact-verbroken"
end

scenario {
  id = "een-eerlijk-nee",
  title = "Een eerlijk nee",
  language = "nl",
  version = "1.0",
  minutes = 15,
  role = "procesbegeleider",
  lessons = { 8, 2, 7 },
  content_notes = { "uithuisplaatsing", "ondertoezichtstelling", "schulden", "scheiding", "kind dat huilend belt" },
  intro = [[
Je bent **procesbegeleider** bij Het Ondersteuningsteam (OT). Dit is je tweede gesprek met **Ahmed** (47), aan zijn keukentafel.

Ahmed is erkend gedupeerde van de toeslagenaffaire. Zijn zoon **Bilal** (14) woont sinds tien maanden in een gezinshuis, een uur rijden verderop. Er loopt een ondertoezichtstelling (OTS) met een machtiging uithuisplaatsing; jeugdbeschermer **Marieke** van de gecertificeerde instelling (GI) voert die uit. Bilals oudere zus woont bij haar moeder; Ahmed en zij zijn gescheiden.

Vorige week maakten jullie kennis. Vandaag komt Ahmed met één vraag.

**Wat je wel kunt:** samen met Ahmed gesprekken voorbereiden met wie het mandaat heeft, ernaast zitten, partijen bij elkaar brengen, en een verklarende analyse door een neutrale partij in gang helpen zetten.
**Wat je niet kunt:** het OT beslist niet over de uithuisplaatsing en kan geen herbeoordeling doen; dat mandaat ligt bij de GI en de kinderrechter.

> "Wij kunnen dat niet bieden omdat het mandaat daarvoor bij de bestaande instanties ligt. Tijdens gesprekken leggen we daarom duidelijk uit wat we wél kunnen doen."
> (Evaluatie pilotfase Ondersteuningsteam, 2022)

> "Ik denk dat hij meer voor mij wil betekenen, het ligt aan wat kunnen wij doen? Het systeem is niet te veranderen."
> (een ouder, Enquêterapport Ondersteuningsteam, 2023)
]],
  start = "verzoek",
  cast = {
    ahmed = { name = "Ahmed", role = "vader" },
  },
  state = {
    spanning    = { init = 5, min = 0, max = 10 },
    vertrouwen  = { init = 3, min = 0, max = 10 },
    regie       = { init = 3, min = 0, max = 10 },
    -- 1 = er is (vaag) beloofd dat Bilal thuiskomt of dat er iets verandert
    belofte     = { init = 0, min = 0, max = 1, hidden = true },
    -- 0 = niets afgesproken, 1 = een concreet moment beloofd, 2 = "zo snel mogelijk" of meer beloofd dan je kunt waarmaken
    terugbellen = { init = 0, min = 0, max = 2, hidden = true },
  },
  triggers = {
    { when = { spanning = ">=10" }, next = "gesprek-gestopt" },
  },
  tests = {
    -- steeds het sterkste antwoord
    { choices = { 3, 2, 4, 2, 1, 3, 2, 3 }, ending = "analyse-route",
      min = { transparantie = 0.9, erkenning = 0.9, systemisch = 0.9, regie = 0.9, veiligheid = 0.9 } },
    -- steeds het procedurele antwoord: Ahmed haakt af
    { choices = { 4, 1, 2, 1, 1, 2, 4, 3, 2 }, ending = "contact-verbroken",
      max = { transparantie = 0.5, regie = 0.5 } },
    -- een vage belofte aan het begin, daarna eerlijk teruggenomen: toch herstel
    { choices = { 1, 1, 2, 4, 2, 1, 3, 2, 3 }, ending = "analyse-route" },
    -- een sterk gesprek, maar "ik bel je zo snel mogelijk": de afspraak wordt niet nagekomen
    { choices = { 3, 2, 4, 2, 1, 3, 3, 3 }, ending = "bedenktijd" },
  },
}

-- 1 ------------------------------------------------------------------------
node "verzoek" {
  speaker = "ahmed",
  lines = {
    { "verteller", "Ahmed heeft koffie gezet. Op de koelkast hangt een foto van Bilal in een voetbalshirt. Ahmed blijft staan." },
    "Ik heb nagedacht over wat je vorige week zei. “Naast de ouder staan.” Mooi gezegd. Maar ik wil maar één ding.",
    "Jullie zijn van de overheid. De overheid heeft mij kapotgemaakt. Dus de overheid zorgt dat Bilal thuiskomt. Dat is toch jouw werk?",
  },
  key = true,
  prompt = "Ahmed vraagt iets wat je niet kunt geven. Hoe zeg je “nee” zo dat hij er iets aan heeft? En waar zit voor jou de verleiding?",
  choices = {
    choice {
      text = "Daar gaan we samen aan werken, Ahmed. Bilal hoort hier, bij zijn vader.",
      next = "wanneer",
      score = { verbinding = 1, transparantie = -2 },
      effects = { spanning = -1, vertrouwen = 1 },
      set = { belofte = 1 },
      lessons = { 8 },
      feedback = "Heel menselijk: je wilt hem niet teleurstellen, je meent het, en het woord “samen” klinkt als naast hem staan. Maar “Bilal hoort hier” hoort hij als een belofte over iets waar het OT niet over beslist. Nu voelt het goed; als het niet lukt, ben je de zoveelste die iets beloofde (les 8).",
      inner = "Ze zegt het gewoon: hij hoort hier. Dus het gaat lukken. ... Of zeggen ze dat allemaal?",
    },
    choice {
      text = "Nee, dat kan ik niet. Maar ik laat je hier niet alleen in.",
      next = "niks-aan",
      score = { transparantie = 1, verbinding = 1, veiligheid = -1 },
      effects = { spanning = 1 },
      lessons = { 8, 2 },
      feedback = "Eerlijk én warm, en kort genoeg om niet te preken: veel collega's zouden het zo zeggen. Maar wie dan wel beslist en wat jij concreet kunt doen, blijft onuitgesproken. “Ik laat je niet alleen” is een belofte zonder inhoud; hij weet nog steeds niet waar hij aan toe is (les 8, les 2).",
      inner = "Niet alleen. Mooi. Maar wat doe je dan?",
    },
    choice {
      text = "Nee, dat kan ik niet. Wij beslissen niet over Bilals plaatsing; dat doen Marieke en de kinderrechter. Wat ik wel kan: met jou het gesprek met Marieke voorbereiden en naast je zitten.",
      next = "niks-aan",
      score = { transparantie = 3, regie = 2, verbinding = 1 },
      effects = { spanning = 1, vertrouwen = 1, regie = 1 },
      lessons = { 8, 2 },
      feedback = "Een eerlijk “nee”, met wie er wel beslist en wat jij wél kunt doen. Dat valt eerst tegen, maar het geeft Ahmed iets om op te bouwen. Hier mag het antwoord wat langer zijn: het “wel” hoort bij het “nee” (les 8, les 2).",
      inner = "Nee dus. Balen. Maar ze draait er niet omheen, en ze noemt wel iets wat ze kan doen.",
    },
    choice {
      text = "Daar ga ik niet over. Over de uithuisplaatsing beslissen de GI en de rechter.",
      next = "niks-aan",
      procedure = true,
      score = { transparantie = -1, verbinding = -1 },
      effects = { spanning = 1, vertrouwen = -1, regie = -1 },
      lessons = { 8 },
      feedback = "Het klopt dat je er niet over beslist, maar “daar ga ik niet over” klinkt als een loket dat dichtgaat. Zeg erbij wat je wél kunt doen (les 8).",
      inner = "Daar gaat niemand ooit over. Altijd iemand anders.",
    },
  },
}

-- 2a (na de vage belofte) ---------------------------------------------------
node "wanneer" {
  speaker = "ahmed",
  lines = {
    { "verteller", "Ahmed gaat zitten. Voor het eerst lacht hij even." },
    "Dus het kán wel. Wanneer dan? Voor de zomervakantie? Dan kan hij hier na de zomer naar school.",
  },
  choices = {
    choice {
      text = "Nee, wacht. Dat had ik niet moeten beloven, sorry. Wij beslissen niet of Bilal thuiskomt. Wat ik wel kan: met jou naar Marieke gaan, en naast je zitten. Wil je dat?",
      next = "niks-aan",
      score = { transparantie = 3, veiligheid = 2, regie = 1 },
      effects = { spanning = 2, regie = 1 },
      set = { belofte = 0 },
      lessons = { 8 },
      feedback = "Een belofte terugnemen is pijnlijk, maar hoe eerder, hoe beter. Zo ben je betrouwbaar, ook als het antwoord tegenvalt (les 8).",
      inner = "Dus toch niet. Ik wist het. ... Maar ze zegt het tenminste nu, en niet over drie maanden.",
    },
    choice {
      text = "Dat kan ik nu nog niet zeggen. Dat hangt af van de GI en de rechter. Daar hoor je nog van.",
      next = "verhaal",
      procedure = true,
      score = { transparantie = -1, veiligheid = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 8 },
      feedback = "“Daar hoor je nog van” laat de belofte staan en schuift de teleurstelling door naar later. Ahmed weet nog steeds niet waar hij aan toe is (les 8).",
      inner = "Daar hoor ik nog van. Dat hoor ik al drie jaar.",
    },
    choice {
      text = "Een datum kan ik je niet geven, dat zou niet eerlijk zijn. Maar als we het gesprek met Marieke goed voorbereiden, maak je echt een kans.",
      next = "verhaal",
      score = { verbinding = 1, transparantie = -1 },
      effects = { spanning = -1 },
      lessons = { 8, 3 },
      feedback = "Het klinkt eerlijk, want je noemt geen datum, en je wilt zijn hoop niet breken. Daarom is dit zo verleidelijk. Maar de belofte zelf laat je staan: hij hoort nog steeds dat Bilal thuiskomt. Hoe langer dat duurt, hoe harder de teleurstelling straks (les 8).",
      inner = "Een kans. Positief blijven. Dus het kan wel, alleen niet meteen.",
    },
    choice {
      text = "Ik ga mijn best doen, Ahmed. Dat verdien je, na alles.",
      next = "verhaal",
      score = { verbinding = 1, transparantie = -2 },
      effects = { spanning = -1, vertrouwen = 1 },
      lessons = { 8, 3 },
      feedback = "Bescheiden en gemeend: je noemt geen datum en je belooft alleen je best. Daarom voelt het eerlijk. Maar hij vroeg wanneer Bilal thuiskomt, en jouw “best doen” laat die belofte gewoon staan. Hoe langer dat duurt, hoe harder de teleurstelling straks (les 8).",
      inner = "Haar best. Dus het kan. Ik ga het Bilal zondag vertellen.",
    },
  },
}

-- 2b -----------------------------------------------------------------------
node "niks-aan" {
  speaker = "ahmed",
  lines = {
    { "verteller", "Ahmed schuift zijn stoel naar achteren.", when = { spanning = ">=6" } },
    "Dan heb ik niks aan jullie.",
    "Weer een club die komt praten. Praten, praten, praten. En Bilal zit daar.",
  },
  key = true,
  prompt = "Hoe blijf je bij Ahmeds teleurstelling, zonder jezelf of het OT te verdedigen en zonder alsnog iets te beloven?",
  choices = {
    choice {
      text = "Ik snap dat het zo voelt, maar we doen echt veel. We gaan mee naar gesprekken, we helpen met schulden en huisvesting, en in veel gezinnen is het contact met de kinderen beter geworden. Zullen we kijken waar we beginnen?",
      next = "verhaal",
      procedure = true,
      score = { erkenning = -1, regulatie = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 8, 1 },
      feedback = "Wat je zegt klopt, en je wilt laten zien dat het OT de moeite waard is. Maar een verdediging van het OT gaat over jou, niet over zijn teleurstelling. Hij voelt zich niet gehoord (les 8, les 1).",
      inner = "Een reclamepraatje. Ik vroeg niet wat jullie allemaal doen.",
    },
    choice {
      text = "Weer een nee, na al die beloftes. Daar word je moedeloos van. *(je wacht even)*",
      next = "verhaal",
      score = { erkenning = 3, regulatie = 2, regie = 1 },
      effects = { spanning = -1, vertrouwen = 1 },
      lessons = { 1, 3, 2 },
      feedback = "Je laat de teleurstelling er zijn, erkent de geschiedenis van beloftes en laat dan een stilte vallen. Je verdedigt niets, je vraagt niets en je lost niets op. In die ruimte komt zijn eigen verhaal (les 1, les 3).",
      inner = "Ze gaat niet in de verdediging. Ze blijft gewoon zitten. ... Misschien moet ik het haar dan maar vertellen.",
    },
    choice {
      text = "Dan bel ik Marieke deze week zelf. Jij hebt al genoeg gepraat.",
      next = "verhaal",
      score = { regulatie = 1, regie = -2 },
      effects = { spanning = -1, vertrouwen = 1, regie = -1 },
      lessons = { 2, 1 },
      feedback = "Daadkrachtig en zorgzaam: je ziet dat hij moe is van praten, en je komt in actie. Dat geeft op dit moment echt lucht. Maar je lost iets op voordat je weet wat er gebeurd is, en het gesprek dat hij zelf zou moeten voeren, neem je over. Zo wordt hij weer iemand over wie gebeld wordt (les 2, les 1).",
      inner = "Eindelijk doet iemand iets. ... Maar wat gaat ze tegen Marieke zeggen? Ze weet niet eens hoe het zit.",
    },
    choice {
      text = "Sorry dat het tegenvalt. Het is jouw keuze of je ondersteuning wilt; ik dring niks op.",
      next = "verhaal",
      score = { regie = 1, verbinding = -2 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 2, 3 },
      feedback = "Je respecteert zijn keuze, en dat lijkt op regie geven. Maar op dit moment klinkt het als “zoek het uit”. Regie geven is iets anders dan afstand nemen (les 2, les 3).",
      inner = "Dus als ik niet wil, is het ook goed. Dan maakt het haar ook niet uit.",
    },
  },
}

-- 3 ------------------------------------------------------------------------
node "verhaal" {
  speaker = "ahmed",
  lines = {
    "Weet je wat niemand ooit heeft gevraagd? Hoe het zo gekomen is.",
    "Ik had een taxibedrijfje. Eigen auto, vaste klanten. Toen kwam die brief: dertigduizend euro terugbetalen. Kinderopvangtoeslag, van toen Bilal en zijn zus klein waren.",
    "Auto weg, bedrijf weg. Ik ging nachtdiensten draaien in een distributiecentrum. Mijn vrouw en ik, dat hield het niet. Bilal was twaalf en 's nachts alleen thuis. Hij ging spijbelen, kreeg ruzie op school. En op een nacht stond de politie aan de deur.",
    "En toen stond er in het rapport: “vader niet in staat om toezicht te houden”. Niet in staat. Ik werkte me kapot om die schuld af te betalen.",
    { "verteller", "Hij tikt met zijn vinger op tafel." },
    "Nu rij ik overdag pakketten. Ik ben er 's avonds. Maar dat staat nergens.",
  },
  choices = {
    choice {
      text = "Ik heb het dossier ook gelezen, en daar staan ook andere dingen in: zorgen over Bilals gedrag, en over de ruzies hier thuis. Hoe kijk jij daar nu naar?",
      next = "dicht",
      score = { erkenning = -2, veiligheid = -1 },
      effects = { spanning = 2, vertrouwen = -2 },
      lessons = { 7, 5 },
      feedback = "Het voelt evenwichtig: je wilt beide kanten horen, en je vraagt zijn kijk. Maar je zet het dossier tegenover zijn verhaal op het moment dat hij het voor het eerst vertelt. Zo hoort hij: jouw versie telt pas als ze klopt met het rapport (les 7).",
      inner = "Zie je. Ze heeft het al gelezen. Het maakt niet uit wat ik zeg.",
    },
    choice {
      text = "Dat je nu overdag werkt en er 's avonds bent, moet erin. Zal ik dat meteen voor je noteren, voor Marieke?",
      next = "dicht",
      procedure = true,
      score = { erkenning = -1, regie = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 1, 2 },
      feedback = "Je pakt het enige concrete punt op en wilt het meteen goed vastleggen; dat voelt nuttig en trouw aan wat hij zei. Maar hij vertelt voor het eerst hoe alles samenhangt, en jij maakt er een notitie voor het dossier van, in jouw woorden. De samenhang is juist het punt (les 1, les 2, les 7).",
      inner = "Noteren. Voor Marieke. Ik vertel hoe mijn leven uit elkaar viel, en zij maakt er een regel van.",
    },
    choice {
      text = "Dat is schandalig. Dat rapport klopt gewoon niet, en dat ga ik tegen Marieke zeggen ook.",
      next = "analyse",
      score = { erkenning = 1, transparantie = -1, systemisch = -1 },
      effects = { spanning = -1, vertrouwen = 1 },
      lessons = { 7, 8 },
      feedback = "Je erkent zijn onrecht, en het voelt goed om eindelijk partij te kiezen. Maar je kiest tegen het dossier en de GI zonder hun kant te kennen, en je belooft een gesprek dat hij zelf zou moeten voeren. Een gedeelde analyse neemt alle beelden mee, ook dat van Marieke (les 7).",
      inner = "Eindelijk iemand die aan mijn kant staat. Maar gaat Marieke daar naar luisteren?",
    },
    choice {
      text = "Dus het begon bij die terugvordering, niet bij jou of Bilal. En wat er nu anders is, staat nergens.",
      next = "analyse",
      score = { erkenning = 3, systemisch = 2, verbinding = 1 },
      effects = { spanning = -1, vertrouwen = 2 },
      lessons = { 1, 7 },
      feedback = "In twee zinnen leg je de keten terug zoals hij die vertelde, met de toeslagenaffaire als begin, en maak je de nieuwe informatie zichtbaar. Je corrigeert niets en kiest geen partij (les 1, les 7).",
      inner = "Ze heeft het gehoord. Zo is het gegaan. Precies zo.",
    },
  },
}

-- 3b (als hij dichtklapt) ----------------------------------------------------
node "dicht" {
  speaker = "ahmed",
  lines = {
    { "verteller", "Ahmed pakt zijn telefoon en kijkt erop, zonder iets te doen." },
    "Laat maar. Het staat allemaal in het dossier. Lees dat maar.",
  },
  choices = {
    choice {
      text = "Goed, dan lees ik het dossier nog eens goed door, en dan kom ik er volgende keer op terug.",
      next = "analyse",
      procedure = true,
      score = { erkenning = -1, verbinding = -1 },
      effects = { vertrouwen = -1 },
      lessons = { 7 },
      feedback = "Zo gaat het dossier definitief vóór zijn verhaal, precies wat hij vreest. Begin bij de ouder, lees daarna (les 7).",
      inner = "Natuurlijk. Het dossier. Daar staat de waarheid in, toch?",
    },
    choice {
      text = "Dat dossier is maar één kant, dat weet ik. Bij ons werkt het juist andersom: jouw verhaal staat centraal, zo werkt het Ondersteuningsteam. Dus vertel het me gerust, vanaf het begin.",
      next = "analyse",
      score = { erkenning = 1, regulatie = -1 },
      lessons = { 7, 8 },
      feedback = "De woorden kloppen, en het is precies wat je wilt uitstralen. Maar je legt uit hoe je organisatie werkt, terwijl hij dichtklapte door wat jij net zei. Zonder je eigen misser te noemen, klinkt “vertel het gerust” als een verzoek om het nog eens te proberen (les 7, les 8).",
      inner = "Centraal. Dat stond in de folder ook.",
    },
    choice {
      text = "Sorry, ik kapte je af. Ik wil het van jou horen, niet uit het dossier.",
      next = "analyse",
      score = { regulatie = 3, erkenning = 2, veiligheid = 1 },
      effects = { spanning = -1, vertrouwen = 1 },
      lessons = { 7, 3 },
      feedback = "Een korte herstelpoging: je benoemt je eigen misser en zet zijn verhaal weer voorop, zonder uitleg over jezelf. Er is bijna altijd een weg terug (les 7, les 3).",
      inner = "Ze geeft het toe. ... Oké. Nog één keer dan.",
    },
    choice {
      text = "*(je wacht even)* Je hoeft niks te vertellen wat je niet wilt. We kunnen het ook over iets anders hebben.",
      next = "analyse",
      score = { regulatie = 1, erkenning = -1, veiligheid = -1 },
      effects = { spanning = -1 },
      lessons = { 7, 3 },
      feedback = "De stilte is goed, en je wilt hem niet onder druk zetten: dat voelt als respect voor zijn grens. Maar hij klapte dicht door wat jij net deed, en dat laat je liggen. Zonder herstel hoort hij: mijn verhaal hoeft niet, het dossier is genoeg (les 7, les 3).",
      inner = "Iets anders. Dus mijn verhaal doet er niet toe. Het dossier heeft gewonnen.",
    },
  },
}

-- 4 ------------------------------------------------------------------------
node "analyse" {
  speaker = "ahmed",
  lines = {
    { "verteller", "Je noemt de mogelijkheid van een verklarende analyse. Ahmed fronst." },
    "Een verklarende analyse. Wat is dat nou weer?",
    "Weer een rapport over mij? Die hebben ze al genoeg.",
  },
  key = true,
  prompt = "Hoe leg je een verklarende analyse uit aan een ouder die genoeg heeft van rapporten? Wat beloof je wel en niet over de uitkomst, en wie beslist of het doorgaat?",
  choices = {
    choice {
      text = "Ik meld je aan voor een verklarende analyse. Je hoort vanzelf wanneer het eerste gesprek is.",
      next = "zoon",
      procedure = true,
      score = { regie = -2, transparantie = -1 },
      effects = { vertrouwen = -1, regie = -2 },
      lessons = { 2, 8 },
      feedback = "Efficiënt, maar jij besluit en hij “hoort het vanzelf”. Zo wordt zelfs een analyse over zijn eigen verhaal iets wat hem overkomt (les 2, les 8).",
      inner = "Weer iets wat over mijn hoofd heen geregeld wordt.",
    },
    choice {
      text = "Geen rapport óver jou, maar mét jou. Een neutrale partij zoekt uit hoe het zo gekomen is, met jouw verhaal erin, en dat van Marieke en Bilal. Jij mag corrigeren. Wat eruit komt, kan ik niet beloven. En jij beslist of je het wilt.",
      next = "zoon",
      score = { systemisch = 3, transparantie = 2, regie = 2 },
      -- een inhoudelijke uitleg landt pas als de spanning niet te hoog is
      effects = function(s)
        if s.spanning >= 7 then
          return { regie = 1 }
        end
        return { regie = 1, vertrouwen = 1 }
      end,
      lessons = { 7, 8, 2 },
      feedback = "Hij vraagt om uitleg, dus hier mag het wat langer. Je zegt in gewone woorden wat een gedeelde analyse is, met alle perspectieven, bent eerlijk over wat je niet kunt beloven en laat de keuze bij hem (les 7, les 8).",
      inner = "Mijn kant erin. En ik mag dingen verbeteren. Dat is nooit gebeurd.",
    },
    choice {
      text = "Het is wel een rapport, ja. Maar dit keer staat jouw kant erin. Zal ik je aanmelden?",
      next = "zoon",
      score = { transparantie = 1, regie = -1 },
      lessons = { 8, 2 },
      feedback = "Eerlijk (het ís een rapport), kort en behulpzaam: dat maakt het aantrekkelijk. Maar “jouw kant staat erin” klinkt als een belofte over de uitkomst, hij weet nog niet wat het is, en je vraagt al om hem aan te melden. Hij moet kunnen kiezen met alles op tafel (les 8, les 2).",
      inner = "Mijn kant erin. Dat zeggen ze nu. Maar wat is het eigenlijk?",
    },
    choice {
      text = "Een verklarende analyse is een schematische, onderbouwde analyse van hoe problemen zijn ontstaan en blijven bestaan, inclusief de sterke kanten en alle betrokkenen. Een neutrale partij doet die, op basis van het dossier en gesprekken. Het is echt je beste kans om Bilal thuis te krijgen. Zal ik je aanmelden?",
      next = "zoon",
      score = { systemisch = 1, transparantie = -1, regie = -1 },
      effects = { vertrouwen = 1 },
      lessons = { 7, 8 },
      feedback = "Volledig en correct, en het aanbod om hem aan te melden is behulpzaam. Maar het is de taal van de rapporten waar hij genoeg van heeft, en je verkoopt de analyse als de weg naar huis. Dat is een verkapte belofte, en je duwt hem in een richting (les 7, les 8).",
      inner = "Ik snap er de helft van. Maar mijn beste kans, zegt ze. Dus dan komt hij thuis?",
    },
  },
}

-- 5 ------------------------------------------------------------------------
node "zoon" {
  speaker = "ahmed",
  lines = {
    "En Bilal? Die wil gewoon naar huis. Hij belt me en zegt dat hij het daar haat. Zondag huilde hij aan de telefoon.",
    { "verteller", "Het blijft even stil." },
    "Maar hij gaat daar wel weer naar school. Elke dag. Dat wel.",
  },
  choices = {
    choice {
      text = "Hij mist je. En hij gaat elke dag naar school. Wat denk jij dat hij nu nodig heeft?",
      next = "voorbereiden",
      score = { systemisch = 3, verbinding = 2, regie = 1 },
      effects = { spanning = -1, regie = 1 },
      lessons = { 6, 3 },
      feedback = "Je houdt beide kanten vast, zijn gemis en wat er goed gaat, en vraagt wat hij als vader ziet dat zijn zoon nodig heeft. Je kiest niet tussen vader en kind (les 6).",
      inner = "Wat hij nodig heeft... Mij. En dat school blijft lukken. Allebei, eigenlijk.",
    },
    choice {
      text = "Over het contact met Bilal gaat Marieke. Als hij zo verdrietig is, kun je dat het best met haar zelf bespreken.",
      next = "voorbereiden",
      procedure = true,
      score = { systemisch = -1, verbinding = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 6, 8 },
      feedback = "Je verwijst door terwijl hij je iets vertelt over zijn zoon. Vraag eerst wat hij als vader ziet, en bereid dan samen voor wat hij aan Marieke wil vragen (les 6).",
      inner = "Mijn zoon huilt en zij stuurt me naar Marieke.",
    },
    choice {
      text = "Maar hij gaat wel elke dag naar school. Dat is echt knap van hem.",
      next = "voorbereiden",
      score = { verbinding = 1, systemisch = -1, erkenning = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 6, 3 },
      feedback = "Je pakt het lichtpuntje dat hij zelf noemt en maakt het groter; positief kijken hoort bij je werk. Maar zo stap je over het huilen van zondag heen, en de vader die dat hoorde. Het compliment gaat naar Bilals leven in het gezinshuis, niet naar wat vader en zoon missen (les 6, les 3).",
      inner = "Knap, ja. Daar. Zonder mij. Zo klinkt het tenminste.",
    },
    choice {
      text = "Als Bilal zelf naar huis wil, is dat een sterk argument. Dat moeten we zeker gebruiken in het gesprek met Marieke.",
      next = "voorbereiden",
      score = { verbinding = 1, systemisch = -1, transparantie = -1 },
      effects = { spanning = -1, vertrouwen = 1 },
      lessons = { 6 },
      feedback = "Het voelt als meedenken, en het geeft Ahmed hoop. Maar je gebruikt Bilals verdriet als argument voor de zaak van zijn vader. Bilal verdient een eigen stem, niet een rol in het pleidooi van een ander (les 6).",
      inner = "Precies. Bilal wil naar huis. Dan moeten ze wel.",
    },
  },
}

-- 6 ------------------------------------------------------------------------
node "voorbereiden" {
  speaker = "ahmed",
  lines = {
    "Oké. Stel dat ik met Marieke om tafel ga. Wat moet ik dan zeggen?",
    "Ik word altijd boos bij die mensen. Dan kun jij beter het woord doen.",
  },
  choices = {
    choice {
      text = "Goed, dan begin ik, en jij vult aan waar je wilt.",
      next = "terugbellen",
      score = { regie = -1, regulatie = 1 },
      effects = { spanning = -1, regie = -1 },
      lessons = { 2 },
      feedback = "Een redelijk compromis: hij vroeg het zelf, en hij mag nog aanvullen. Daarom is het zo verleidelijk. Maar wie begint, zet de toon: aan tafel word jij de stem van Ahmed, en hij mag zijn eigen verhaal alleen nog aanvullen. Zijn boosheid verdwijnt er niet door; die krijgt alleen geen plan (les 2, les 5).",
      inner = "Gelukkig. Dan hoef ik niet. ... Maar dan praten ze weer over mij.",
    },
    choice {
      text = "Kun je niet proberen om dan gewoon rustig te blijven? Als je boos wordt, werkt dat tegen je.",
      next = "terugbellen",
      score = { regulatie = -1, veiligheid = -1 },
      effects = { spanning = 2, vertrouwen = -1 },
      lessons = { 5 },
      feedback = "Misschien waar, en als vraag klinkt het vriendelijk. Maar je maakt zijn boosheid tot zijn probleem in plaats van te kijken waar ze vandaan komt en wat hem helpt (les 5).",
      inner = "Rustig blijven. Na alles. Makkelijk gezegd.",
    },
    choice {
      text = "Wat wil jij dat Marieke van jou hoort? En als je boos wordt, wat helpt dan: een teken aan mij, even pauze?",
      next = "terugbellen",
      score = { regie = 3, verbinding = 2, regulatie = 1 },
      effects = { spanning = -1, regie = 2 },
      lessons = { 2, 8, 5 },
      feedback = "Je geeft het woord terug, laat hem zijn eigen boodschap kiezen en maakt samen een plan voor als de boosheid opkomt. Naast hem, niet voor hem (les 2, les 8).",
      inner = "Wat ik wil dat ze hoort. En een teken als het misgaat. Dat kan ik.",
    },
    choice {
      text = "Ik stuur Marieke vandaag alvast een mail met jouw verzoek om een herbeoordeling en een verklarende analyse. Dan staat het zwart op wit.",
      next = "terugbellen",
      procedure = true,
      score = { regie = -2, verbinding = -1 },
      effects = { spanning = -1, regie = -2 },
      lessons = { 2, 8 },
      feedback = "Netjes vastgelegd, maar in jouw woorden en zonder hem. Het gesprek dat hij wil leren voeren, neem je over (les 2, les 8).",
      inner = "Fijn dat het geregeld is. Maar wat staat er eigenlijk in die mail?",
    },
  },
}

-- 7 ------------------------------------------------------------------------
node "terugbellen" {
  speaker = "ahmed",
  lines = {
    "Goed. Dan bel jij Marieke voor een afspraak, en je vraagt naar die analyse.",
    "Maar bel je mij daarna terug? Niet weer een week niks horen.",
  },
  key = true,
  prompt = "Wat beloof je Ahmed, en hoe zorg je dat je het kunt waarmaken? Wat doet een gebroken belofte met iemand die al jaren op instanties wacht?",
  choices = {
    choice {
      text = "Tuurlijk. En je mag mij ook altijd appen, hoor, ook 's avonds.",
      next = "nabellen",
      score = { veiligheid = 1, transparantie = -1 },
      effects = { spanning = -1, vertrouwen = 1 },
      set = { terugbellen = 2 },
      lessons = { 8, 2 },
      feedback = "Warm en gul, en je meent het. Maar hij vroeg wanneer jij hem belt, en dat zeg je niet; en “altijd” kun je niet waarmaken, hij gaat erop rekenen. Een kleinere belofte die je nakomt, bouwt meer vertrouwen dan een grote die uitloopt (les 8).",
      inner = "Altijd bereikbaar. Dat heeft nog nooit iemand gezegd. Dan hoor ik het vast snel.",
    },
    choice {
      text = "Ja. Dinsdag tussen vijf en zes bel ik je, ook als ik Marieke dan nog niet heb gesproken.",
      next = "nabellen",
      score = { veiligheid = 3, transparantie = 2 },
      set = { terugbellen = 1 },
      lessons = { 8 },
      feedback = "Een concreet moment dat je kunt waarmaken, ook als er nog geen nieuws is. Betrouwbaar zijn begint bij kleine, nagekomen afspraken (les 8).",
      inner = "Dinsdag tussen vijf en zes. Eens zien of ze belt.",
    },
    choice {
      text = "Ik bel je zo snel mogelijk, zodra ik iets weet.",
      next = "nabellen",
      procedure = true,
      score = { transparantie = -1, veiligheid = -1 },
      set = { terugbellen = 2 },
      lessons = { 8 },
      feedback = "Goed bedoeld en heel gewoon, maar “zo snel mogelijk” is geen afspraak. Voor Ahmed begint nu het wachten, zonder dat hij weet hoe lang (les 8).",
      inner = "Zo snel mogelijk. Dat kan morgen zijn, of over een maand.",
    },
    choice {
      text = "Is het niet handiger als Marieke jou zelf belt, zodra ze iets weet? Dan hoor je het meteen van de bron, en niet via mij.",
      next = "nabellen",
      score = { transparantie = -1, verbinding = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      set = { terugbellen = 0 },
      lessons = { 8, 3 },
      feedback = "Het klinkt praktisch, en het is als vraag gesteld. Maar je legt het contact terug bij de partij waar hij het minst vertrouwen in heeft, en je zegt niet wat jij zelf doet (les 8).",
      inner = "Marieke. Die belt nooit.",
    },
  },
}

-- 8 ------------------------------------------------------------------------
node "nabellen" {
  speaker = "ahmed",
  lines = {
    -- de vlag 'terugbellen' bepaalt hoe dit moment begint
    { "verteller", function(s)
        if s.terugbellen == 1 then
          return "Dinsdag, tien over vijf. Je hebt Marieke 's ochtends gesproken en je belt Ahmed, zoals afgesproken. Hij neemt op na één keer overgaan."
        elseif s.terugbellen == 2 then
          return "Het wordt een drukke week. Pas de maandag erna, zes dagen na je gesprek met Marieke, gaat je telefoon. Het is Ahmed."
        end
        return "Je hebt Marieke dinsdag gesproken. Een week later belt Ahmed jou. Van Marieke heeft hij niets gehoord."
      end },
    { "ahmed", "Je belt gewoon. Op de tijd die je zei. Dat maak ik niet vaak mee.", when = { terugbellen = 1 } },
    { "ahmed", "Je zou me bellen, zei je. Ik heb elke dag op mijn telefoon gekeken.", when = { terugbellen = 2 } },
    { "ahmed", "Ik heb niks gehoord. Van niemand.", when = { terugbellen = 0 } },
    { "ahmed", "En? Komt hij thuis? Jij zei dat het ging lukken.", when = { belofte = 1 } },
    { "verteller", "Wat Marieke zei: ze staat open voor een verklarende analyse door een neutrale partij en wil over drie weken met Ahmed en jou om tafel. Over de plaatsing wordt pas opnieuw gekeken als de analyse er is. Bilal mag voortaan elke zondag bellen in plaats van om de week." },
    "Vertel. Wat zei ze?",
  },
  key = true,
  prompt = "Hoe breng je nieuws dat half meevalt en half tegenvalt? En als je een afspraak niet bent nagekomen: wat zeg je dan eerst?",
  choices = {
    choice {
      text = "Goed nieuws, Ahmed: Marieke staat open voor de analyse, Bilal mag voortaan elke zondag bellen, en over drie weken zitten we met z'n drieën om tafel. Dat is meer dan ik had durven hopen, Ahmed, en dat komt ook echt door jou.",
      next = afloop,
      score = { veiligheid = 1, transparantie = -2 },
      effects = naBellen({ spanning = -1, vertrouwen = 1 }),
      set = { belofte = 1 },
      lessons = { 8 },
      feedback = "Alles wat je zegt klopt, je geeft hem terecht de eer, en je wilt hem na al het wachten iets goeds geven. Maar je laat weg dat Bilal voorlopig niet thuiskomt. Hij hoort iets anders dan wat er gezegd is, en daar loopt hij later tegenaan (les 8).",
      inner = "Een doorbraak! Dus hij komt thuis. Ik bel Bilal meteen.",
    },
    choice {
      text = "Marieke neemt zelf contact met je op over de vervolgstappen. Ik kan daar inhoudelijk niet op vooruitlopen.",
      next = afloop,
      procedure = true,
      score = { transparantie = -1, verbinding = -1 },
      effects = naBellen({ spanning = 2, vertrouwen = -1 }),
      lessons = { 8 },
      feedback = "Voorzichtig en correct naar Marieke toe, maar je weet wat er gezegd is en houdt het voor je. Voor Ahmed voelt dat als achter zijn rug om (les 8).",
      inner = "Ze weet het dus wel, maar ze zegt het niet. Net als de rest.",
    },
    choice {
      -- alleen als je een concreet moment beloofde en dat nakwam
      when = { terugbellen = 1 },
      text = "Ik vertel je alles, ook wat tegenvalt. Hij komt nog niet thuis; eerst komt de analyse. Maar Marieke wil die analyse, ze wil over drie weken met ons om tafel, en Bilal mag elke zondag bellen. Wat vind je ervan?",
      next = afloop,
      score = { transparantie = 3, veiligheid = 2, regie = 1 },
      effects = naBellen({ spanning = 1, regie = 1 }),
      lessons = { 8, 7 },
      feedback = "Hij vraagt om het nieuws, dus hier mag het langer. Je brengt het tegenvallende en het hoopvolle allebei eerlijk, en vraagt wat hij ervan vindt. Samen met de nagekomen afspraak bouwt dat echt vertrouwen (les 8, les 7).",
      inner = "Nog niet thuis. Dat doet pijn. Maar elke zondag bellen, en een gesprek waarin ik mijn verhaal kan doen. En ze belde, zoals ze zei.",
    },
    choice {
      -- de herstelpoging: alleen als de afspraak niet concreet was of niet is nagekomen
      when = { terugbellen = "~=1" },
      text = "Sorry, je had eerder van mij moeten horen. Nu alles, ook wat tegenvalt: hij komt nog niet thuis, eerst komt de analyse. Maar Marieke wil die analyse, over drie weken zitten we met haar om tafel, en Bilal mag elke zondag bellen. Wat vind je ervan?",
      next = afloop,
      score = { transparantie = 3, veiligheid = 2, regie = 1 },
      effects = naBellen({ spanning = -1, vertrouwen = 1, regie = 1 }),
      lessons = { 8, 7 },
      feedback = "Je erkent eerst dat je hem liet wachten, zonder uitvluchten, en geeft dan eerlijk al het nieuws. Dat herstelt iets, maar niet alles (les 8).",
      inner = "Ze zegt tenminste sorry. Maar zes dagen... Ik had het bijna opgegeven.",
    },
  },
}

-- Eindes -------------------------------------------------------------------

ending "analyse-route" {
  title = "Een realistische route",
  kind = "herstel",
  text = [[
Ahmed zegt ja tegen de verklarende analyse. "Niet omdat het hem thuis brengt. Omdat mijn kant er eindelijk in komt."

Drie weken later zit hij aan tafel bij Marieke, met zijn drie punten op een briefje. Halverwege wordt hij boos; hij tikt op tafel, het afgesproken teken, en jullie nemen vijf minuten pauze. Marieke noteert dat Ahmed tegenwoordig overdag werkt en 's avonds thuis is. Dat stond nergens.

De analyse wordt uitgezet bij een neutrale partij. Bilal doet zelf mee. Elke zondag belt hij zijn vader. Of en wanneer hij thuiskomt, is nog niet duidelijk, en dat heb je ook nooit beloofd.

*Wat hier werkte:* een eerlijk "nee" met wat wél kan, ruimte voor zijn teleurstelling en zijn verhaal, de regie bij Ahmed, en een kleine afspraak die je nakwam.
]],
}

ending "bedenktijd" {
  title = "\"Ik moet erover nadenken\"",
  kind = "neutraal",
  text = [[
"Ik moet erover nadenken," zegt Ahmed. Hij zegt geen nee tegen de analyse, maar ook geen ja.

Het gesprek met Marieke wordt een keer verzet. De analyse wacht. Bilal belt nu wel elke zondag, en daar is Ahmed blij mee. Het vertrouwen is er nog niet genoeg om een stap te zetten waarvan hij de uitkomst niet weet.

*Om te bespreken:* waar kostte het gesprek vertrouwen? Wat beloofde je, of liet je in het midden, en wat deed dat met hem toen het nieuws kwam?
]],
}

ending "contact-verbroken" {
  title = "Ahmed verbreekt het contact",
  kind = "breuk",
  text = [[
"Laat maar," zegt Ahmed. "Jullie zijn net als de rest." Hij neemt je telefoon niet meer op.

Je stuurt hem een kort bericht: dat je zijn keuze respecteert, dat de deur openstaat, en hoe hij je kan bereiken als hij wil. Je noemt ook de mogelijkheid van onafhankelijke cliëntondersteuning.

In het plan van de GI verandert niets. Dat Ahmed nu overdag werkt en 's avonds thuis is, bereikt het dossier niet. Bilal blijft om de week bellen.

*Om te bespreken:* Ahmed had hoge verwachtingen en werd teleurgesteld. Welke beloftes, of welk gebrek aan helderheid, maakten die teleurstelling groter dan nodig?
]],
}

ending "gesprek-gestopt" {
  title = "Ahmed kapt het gesprek af",
  kind = "breuk",
  text = [[
"Genoeg," zegt Ahmed. "Ik heb hier niks aan." Hij beëindigt het gesprek.

Achter zijn boosheid zit de teleurstelling van jaren: beloftes, loketten, rapporten over hem in plaats van met hem. Vandaag kwam daar niets tegenover te staan.

Je laat een bericht achter dat de deur openstaat. Bij de GI blijft het beeld van een "boze vader" staan; dat er sinds kort veel veranderd is in zijn leven, weet niemand.

*Om te bespreken:* welke zinnen deden de spanning oplopen? Wat had Ahmed op die momenten nodig?
]],
}

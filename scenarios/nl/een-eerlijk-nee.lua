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
    { choices = { 3, 2, 3, 2, 1, 3, 2, 2 }, ending = "analyse-route",
      min = { transparantie = 0.9, erkenning = 0.9, systemisch = 0.9, regie = 0.9, veiligheid = 0.9 } },
    -- steeds het procedurele antwoord: Ahmed haakt af
    { choices = { 4, 1, 2, 2, 1, 2, 1, 1, 1 }, ending = "contact-verbroken",
      max = { transparantie = 0.5, regie = 0.5 } },
    -- een vage belofte aan het begin, daarna eerlijk teruggenomen: toch herstel
    { choices = { 1, 1, 2, 3, 2, 1, 3, 2, 2 }, ending = "analyse-route" },
    -- een sterk gesprek, maar "ik bel je zo snel mogelijk": de afspraak wordt niet nagekomen
    { choices = { 3, 2, 3, 2, 1, 3, 1, 2 }, ending = "bedenktijd" },
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
      text = "We gaan ons uiterste best doen om Bilal weer thuis te krijgen. Dat beloof ik je.",
      next = "wanneer",
      score = { verbinding = 1, transparantie = -2 },
      effects = { spanning = -1, vertrouwen = 1 },
      set = { belofte = 1 },
      lessons = { 8 },
      feedback = "Heel menselijk: je wilt hem niet teleurstellen. Maar je belooft iets waar het OT niet over beslist. Nu voelt het goed; als het niet lukt, ben je de zoveelste die iets beloofde (les 8).",
      inner = "Eindelijk iemand die zegt dat het gaat lukken. ... Of zeggen ze dat gewoon allemaal?",
    },
    choice {
      text = "Dat kan niet.",
      next = "niks-aan",
      score = { transparantie = 1, verbinding = -2 },
      effects = { spanning = 2, vertrouwen = -1 },
      lessons = { 8, 3 },
      feedback = "Eerlijk, maar kaal. Een “nee” zonder uitleg en zonder wat wél kan, laat Ahmed met lege handen staan (les 8).",
      inner = "Drie woorden. Meer ben ik niet waard.",
    },
    choice {
      text = "Nee, dat kan ik niet, en daar wil ik eerlijk over zijn. Wij beslissen niet over de uithuisplaatsing; dat doen de GI en uiteindelijk de kinderrechter. Wat ik wél kan: samen met jou het gesprek met Marieke voorbereiden en ernaast zitten. En kijken of er een verklarende analyse kan komen, waarin jouw verhaal en de toeslagenaffaire meetellen.",
      next = "niks-aan",
      score = { transparantie = 3, regie = 2, verbinding = 1 },
      effects = { spanning = 1, vertrouwen = 1, regie = 1 },
      lessons = { 8, 7, 2 },
      feedback = "Een eerlijk “nee”, met wie er wel beslist en wat jij wél kunt doen. Dat valt eerst tegen, maar het geeft Ahmed iets om op te bouwen (les 8, les 7).",
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
      text = "Ik moet iets terugnemen. Ik zei dat we hem thuis gaan krijgen, maar dat kan ik niet beloven: wij beslissen daar niet over. Dat had ik meteen moeten zeggen, sorry. Wat ik wél kan: samen met jou naar Marieke, en kijken of er een verklarende analyse kan komen.",
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
      text = "Voor de zomer moet lukken, als we er vol voor gaan.",
      next = "verhaal",
      score = { transparantie = -2, regie = -1 },
      effects = { spanning = -1, vertrouwen = 1 },
      lessons = { 8, 2 },
      feedback = "Je maakt de belofte nog groter, met een datum erbij, en “we” gaan ervoor, alsof het aan jou ligt. Die datum gaat hij onthouden (les 8).",
      inner = "Voor de zomer. Ik ga het Bilal zondag vertellen.",
    },
  },
}

-- 2b -----------------------------------------------------------------------
node "niks-aan" {
  speaker = "ahmed",
  lines = {
    { "verteller", "Ahmed schuift zijn stoel naar achteren.", when = { spanning = ">=7" } },
    "Dan heb ik niks aan jullie.",
    "Weer een club die komt praten. Praten, praten, praten. En Bilal zit daar.",
  },
  key = true,
  prompt = "Hoe blijf je bij Ahmeds teleurstelling, zonder jezelf of het OT te verdedigen en zonder alsnog iets te beloven?",
  choices = {
    choice {
      text = "Ik snap dat het zo voelt, maar we doen echt veel. We zijn onafhankelijk, we hebben in veel gezinnen resultaat bereikt, we gaan mee naar gesprekken, we helpen met schulden en met huisvesting...",
      next = "verhaal",
      procedure = true,
      score = { erkenning = -1, regulatie = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 8, 1 },
      feedback = "Wat je zegt klopt, maar een verdediging van het OT gaat over jou, niet over zijn teleurstelling. Hij voelt zich niet gehoord (les 8, les 1).",
      inner = "Een reclamepraatje. Ik vroeg niet wat jullie allemaal doen.",
    },
    choice {
      text = "Dat snap ik. Na alles wat je al beloofd is, is dit weer een nee. Dat is zwaar. Mag ik je iets vragen: wat zou er nu voor jou verschil maken, ook zolang hij nog niet thuis is?",
      next = "verhaal",
      score = { erkenning = 3, regulatie = 2, regie = 1 },
      effects = { spanning = -1, vertrouwen = 1 },
      lessons = { 1, 3, 2 },
      feedback = "Je laat de teleurstelling er zijn, erkent de geschiedenis van beloftes en vraagt wat voor hém telt. Zo komt er ruimte voor het verhaal (les 1, les 3, les 2).",
      inner = "Ze vindt het ook zwaar. Ze gaat niet in de verdediging. ... Wat zou verschil maken? Dat iemand eens vraagt hoe het zo gekomen is.",
    },
    choice {
      text = "Oké. Ik ga met Marieke praten en ik zorg dat er iets verandert.",
      next = "verhaal",
      score = { transparantie = -2, regie = -1 },
      effects = { spanning = -1, vertrouwen = 1, regie = -1 },
      set = { belofte = 1 },
      lessons = { 8, 2 },
      feedback = "Onder druk geef je toe met een belofte die je niet in de hand hebt, en je neemt het gesprek van hem over. Het “nee” van net verliest zo zijn waarde (les 8, les 2).",
      inner = "Zie je, als je maar hard genoeg duwt. Nu moet ze het wel waarmaken.",
    },
    choice {
      text = "Het is jouw keuze of je ondersteuning wilt. Ik dring niks op.",
      next = "verhaal",
      score = { regie = 1, verbinding = -2 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 2, 3 },
      feedback = "Je respecteert zijn keuze, maar op dit moment klinkt het als “zoek het uit”. Regie geven is iets anders dan afstand nemen (les 2, les 3).",
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
      text = "Ik heb het dossier gelezen. Er waren ook zorgen over Bilals gedrag en over de ruzies hier thuis.",
      next = "dicht",
      score = { erkenning = -2, veiligheid = -1 },
      effects = { spanning = 2, vertrouwen = -2 },
      lessons = { 7, 5 },
      feedback = "Je zet het dossier tegenover zijn verhaal op het moment dat hij het voor het eerst vertelt. Zo hoort hij: jouw versie telt niet (les 7).",
      inner = "Zie je. Ze heeft het al gelezen. Het maakt niet uit wat ik zeg.",
    },
    choice {
      text = "Dat is veel. Zullen we het concreet maken? Wat is je hulpvraag aan ons? Dan zet ik die in je plan.",
      next = "dicht",
      procedure = true,
      score = { erkenning = -1, regie = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 1, 2 },
      feedback = "Hij vertelt voor het eerst hoe alles samenhangt, en jij maakt er een hulpvraag voor een plan van. De samenhang is juist het punt (les 1, les 2).",
      inner = "Een hulpvraag. Ik vertel hoe mijn leven uit elkaar viel, en zij wil een formulier vullen.",
    },
    choice {
      text = "Dus het begon niet bij Bilal en niet bij jou, maar bij die terugvordering: de auto weg, de nachtdiensten, jullie scheiding, en Bilal 's nachts alleen. En nu is er iets veranderd, je bent er 's avonds, en dat staat nergens. Dat is precies waar een verklarende analyse voor is.",
      next = "analyse",
      score = { erkenning = 3, systemisch = 2, verbinding = 1 },
      effects = { spanning = -1, vertrouwen = 2 },
      lessons = { 1, 7 },
      feedback = "Je vat de keten samen zoals hij die vertelde, noemt de toeslagenaffaire als begin en maakt de nieuwe informatie zichtbaar. Zo wordt zijn verhaal een route (les 1, les 7).",
      inner = "Ze heeft het gehoord. Zo is het gegaan. Zo precies.",
    },
    choice {
      text = "Dat is schandalig. Dat rapport klopt gewoon niet. Dat ga ik tegen Marieke zeggen.",
      next = "analyse",
      score = { erkenning = 1, transparantie = -1, systemisch = -1 },
      effects = { spanning = -1, vertrouwen = 1 },
      lessons = { 7, 8 },
      feedback = "Je erkent zijn onrecht, maar je kiest tegen het dossier en de GI zonder hun kant te kennen. Een gedeelde analyse neemt alle beelden mee, ook dat van Marieke (les 7).",
      inner = "Eindelijk iemand die aan mijn kant staat. Maar gaat Marieke daar naar luisteren?",
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
      text = "Ik merk dat ik je net afkapte, en dat spijt me. Ik wil het van jou horen, niet uit het dossier. Hoe is het voor jou geweest, al die tijd?",
      next = "analyse",
      score = { regulatie = 3, erkenning = 2, veiligheid = 1 },
      effects = { spanning = -1, vertrouwen = 1 },
      lessons = { 7, 3 },
      feedback = "Een herstelpoging: je benoemt je eigen misser en zet zijn verhaal weer voorop. Er is bijna altijd een weg terug (les 7, les 3).",
      inner = "Ze geeft het toe. ... Oké. Nog één keer dan.",
    },
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
      text = "Ik begrijp dat je gefrustreerd bent, maar ik moet wel weten wat er speelt om je te kunnen helpen.",
      next = "analyse",
      score = { regulatie = -1, regie = -1 },
      effects = { spanning = 1 },
      lessons = { 5, 8 },
      feedback = "Je maakt hulp afhankelijk van wat hij jou vertelt. Dat klinkt als een voorwaarde, terwijl hij net dichtklapte (les 5, les 8).",
      inner = "Weer een voorwaarde. Eerst vertellen, dan helpen.",
    },
  },
}

-- 4 ------------------------------------------------------------------------
node "analyse" {
  speaker = "ahmed",
  lines = {
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
      text = "Geen rapport óver jou, maar een analyse mét jou. Een neutrale partij brengt in kaart hoe het zo gekomen is: de toeslagen, de nachtdiensten, wat er goed ging en wat je nu anders doet. Jij vertelt en je mag dingen corrigeren. Marieke en Bilal geven ook hun kijk. Ik kan niet beloven wat eruit komt, wel dat jouw kant erin staat. En jij beslist of je het wilt.",
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
      feedback = "Je legt uit wat een gedeelde analyse is, met alle perspectieven en ook de krachten, bent eerlijk over wat je niet kunt beloven en laat de keuze bij hem (les 7, les 8).",
      inner = "Mijn kant erin. En ik mag dingen verbeteren. Dat is nooit gebeurd.",
    },
    choice {
      text = "Het is echt je beste kans om hem thuis te krijgen. Ik zou het doen.",
      next = "zoon",
      score = { systemisch = 1, transparantie = -1, regie = -1 },
      effects = { vertrouwen = 1 },
      lessons = { 7, 8 },
      feedback = "De analyse kan waardevol zijn, maar je verkoopt haar als weg naar huis. Dat is een verkapte belofte, en je duwt hem in een richting (les 7, les 8).",
      inner = "Mijn beste kans. Dus dan komt hij thuis? Dan doe ik het.",
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
      text = "Dat zijn twee dingen tegelijk: hij mist jou en wil naar huis, en hij gaat daar weer elke dag naar school. Wat denk jij dat hij nu nodig heeft? En zou hij zelf zijn verhaal willen doen in die analyse?",
      next = "voorbereiden",
      score = { systemisch = 3, verbinding = 2, regie = 1 },
      effects = { spanning = -1, regie = 1 },
      lessons = { 6, 7, 3 },
      feedback = "Je houdt beide kanten vast, zijn gemis en wat er goed gaat, vraagt wat hij als vader ziet dat zijn zoon nodig heeft en geeft Bilal een eigen stem (les 6, les 7).",
      inner = "Wat hij nodig heeft... Mij. En dat school blijft lukken. Allebei, eigenlijk.",
    },
    choice {
      text = "Over het contact met Bilal gaat Marieke. Als hij zo verdrietig is, kun je dat het best met haar bespreken.",
      next = "voorbereiden",
      procedure = true,
      score = { systemisch = -1, verbinding = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      lessons = { 6, 8 },
      feedback = "Je verwijst door terwijl hij je iets vertelt over zijn zoon. Vraag eerst wat hij als vader ziet, en bereid dan samen voor wat hij aan Marieke wil vragen (les 6).",
      inner = "Mijn zoon huilt en zij stuurt me naar Marieke.",
    },
    choice {
      text = "Als Bilal zelf naar huis wil, is dat een sterk argument. Dat moeten we zeker gebruiken.",
      next = "voorbereiden",
      score = { verbinding = 1, systemisch = -1, transparantie = -1 },
      effects = { spanning = -1, vertrouwen = 1 },
      lessons = { 6 },
      feedback = "Je gebruikt Bilals verdriet als argument voor de zaak van zijn vader. Bilal verdient een eigen stem, niet een rol in het pleidooi van een ander (les 6).",
      inner = "Precies. Bilal wil naar huis. Dan moeten ze wel.",
    },
    choice {
      text = "Het belangrijkste is nu wat goed is voor Bilal, niet wat jij of ik willen.",
      next = "voorbereiden",
      score = { systemisch = -2, erkenning = -1 },
      effects = { spanning = 2, vertrouwen = -2, regie = -1 },
      lessons = { 6 },
      feedback = "Alsof Ahmed iets anders zou willen dan wat goed is voor zijn zoon. Zo zet je vader en kind tegenover elkaar, terwijl hun belangen verweven zijn (les 6).",
      inner = "Dus ík ben niet goed voor Bilal. Dat zeggen ze allemaal.",
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
      text = "Ik stuur Marieke vast een mail met jouw verzoek om een herbeoordeling en een verklarende analyse. Dan staat het zwart op wit.",
      next = "terugbellen",
      procedure = true,
      score = { regie = -2, verbinding = -1 },
      effects = { spanning = -1, regie = -2 },
      lessons = { 2, 8 },
      feedback = "Netjes vastgelegd, maar in jouw woorden en zonder hem. Het gesprek dat hij wil leren voeren, neem je over (les 2, les 8).",
      inner = "Fijn dat het geregeld is. Maar wat staat er eigenlijk in die mail?",
    },
    choice {
      text = "Laat mij het woord maar doen. Ik weet hoe je met die mensen moet praten.",
      next = "terugbellen",
      score = { regie = -2, regulatie = 1 },
      effects = { spanning = -1, regie = -2 },
      lessons = { 2 },
      feedback = "Het geeft hem nu rust, maar aan tafel word jij de stem van Ahmed. Zo leert niemand hem als vader kennen (les 2).",
      inner = "Gelukkig. Dan hoef ik niet. ... Maar dan praten ze weer over mij.",
    },
    choice {
      text = "Wat wil je dat Marieke van jou hoort? Laten we samen drie punten opschrijven, in jouw woorden. En als je merkt dat je boos wordt: wat helpt dan? Een teken aan mij, even pauze? Jij voert het woord, ik zit naast je en vul aan als jij dat wilt.",
      next = "terugbellen",
      score = { regie = 3, verbinding = 2, regulatie = 1 },
      effects = { spanning = -1, regie = 2 },
      lessons = { 2, 8, 5 },
      feedback = "Je bereidt het gesprek samen voor, laat hem in zijn eigen woorden spreken en maakt een plan voor als de boosheid opkomt. Naast hem, niet voor hem (les 2, les 8).",
      inner = "Drie punten. In mijn woorden. En een teken als het misgaat. Dat kan ik.",
    },
    choice {
      text = "Dan moet je gewoon rustig blijven. Als je boos wordt, werkt dat tegen je.",
      next = "terugbellen",
      score = { regulatie = -1, veiligheid = -1 },
      effects = { spanning = 2, vertrouwen = -1 },
      lessons = { 5 },
      feedback = "Misschien waar, maar je maakt zijn boosheid tot zijn probleem in plaats van te kijken waar ze vandaan komt en wat hem helpt (les 5).",
      inner = "Rustig blijven. Na alles. Makkelijk gezegd.",
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
      text = "Ja. Ik probeer Marieke dinsdagochtend te spreken. Ik bel jou dinsdag tussen vijf en zes, ook als ik haar dan nog niet heb gesproken of nog niets weet; dan zeg ik dat ook. Past dat?",
      next = "nabellen",
      score = { veiligheid = 3, transparantie = 2, regie = 1 },
      set = { terugbellen = 1 },
      lessons = { 8 },
      feedback = "Een concreet moment dat je kunt waarmaken, ook als er nog geen nieuws is. Betrouwbaar zijn begint bij kleine, nagekomen afspraken (les 8).",
      inner = "Dinsdag tussen vijf en zes. Eens zien of ze belt.",
    },
    choice {
      text = "Ik bel je meteen na het gesprek, en dan heb ik goed nieuws voor je, let maar op.",
      next = "nabellen",
      score = { veiligheid = 1, transparantie = -2 },
      effects = { spanning = -1, vertrouwen = 1 },
      set = { terugbellen = 2, belofte = 1 },
      lessons = { 8 },
      feedback = "Het voelt steunend, maar je belooft een uitkomst waar je niet over gaat, en een tijdstip dat je niet in de hand hebt (les 8).",
      inner = "Goed nieuws. Ze weet vast al iets. Ik ga dinsdag de hele dag op mijn telefoon kijken.",
    },
    choice {
      text = "Marieke belt jou zelf wel. Dat is het handigst, dan hoor je het meteen van de bron.",
      next = "nabellen",
      score = { transparantie = -1, verbinding = -1 },
      effects = { spanning = 1, vertrouwen = -1 },
      set = { terugbellen = 0 },
      lessons = { 8, 3 },
      feedback = "Je legt het contact terug bij de partij waar hij het minst vertrouwen in heeft, en zegt niet wat jij zelf doet (les 8).",
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
    { "ahmed", "Zo snel mogelijk, zei je. Ik heb elke dag op mijn telefoon gekeken.", when = { terugbellen = 2 } },
    { "ahmed", "Ik heb niks gehoord. Van niemand.", when = { terugbellen = 0 } },
    { "ahmed", "En? Komt hij thuis? Jij zei dat het ging lukken.", when = { belofte = 1 } },
    { "verteller", "Wat Marieke zei: ze staat open voor een verklarende analyse door een neutrale partij en wil over drie weken met Ahmed en jou om tafel. Over de plaatsing wordt pas opnieuw gekeken als de analyse er is. Bilal mag voortaan elke zondag bellen in plaats van om de week." },
    "Vertel. Wat zei ze?",
  },
  key = true,
  prompt = "Hoe breng je nieuws dat half meevalt en half tegenvalt? En als je een afspraak niet bent nagekomen: wat zeg je dan eerst?",
  choices = {
    choice {
      text = "Marieke neemt zelf contact met je op over de vervolgstappen. Ik kan daar inhoudelijk niet op vooruitlopen.",
      next = afloop,
      procedure = true,
      score = { transparantie = -1, verbinding = -1 },
      effects = naBellen({ spanning = 2, vertrouwen = -1 }),
      lessons = { 8 },
      feedback = "Je weet wat er gezegd is, maar houdt het voor je. Voor Ahmed voelt dat als achter zijn rug om (les 8).",
      inner = "Ze weet het dus wel, maar ze zegt het niet. Net als de rest.",
    },
    choice {
      -- alleen als je een concreet moment beloofde en dat nakwam
      when = { terugbellen = 1 },
      text = "Ik vertel je alles, ook wat tegenvalt. Hij komt nog niet thuis: over de plaatsing wordt pas opnieuw gekeken als de analyse er is. Maar Marieke staat open voor die analyse, en ze wil over drie weken met jou en mij om tafel. En Bilal mag voortaan elke zondag bellen. Wat vind je ervan?",
      next = afloop,
      score = { transparantie = 3, veiligheid = 2, regie = 1 },
      effects = naBellen({ spanning = 1, regie = 1 }),
      lessons = { 8, 7 },
      feedback = "Je brengt het tegenvallende en het hoopvolle allebei eerlijk, en vraagt wat hij ervan vindt. Samen met de nagekomen afspraak bouwt dat echt vertrouwen (les 8, les 7).",
      inner = "Nog niet thuis. Dat doet pijn. Maar elke zondag bellen, en een gesprek waarin ik mijn verhaal kan doen. En ze belde, zoals ze zei.",
    },
    choice {
      -- de herstelpoging: alleen als de afspraak niet concreet was of niet is nagekomen
      when = { terugbellen = "~=1" },
      text = "Je hebt gelijk: je had eerder van mij moeten horen, en dat spijt me. Ik vertel je nu alles, ook wat tegenvalt. Hij komt nog niet thuis: over de plaatsing wordt pas opnieuw gekeken als de analyse er is. Maar Marieke staat open voor die analyse, ze wil over drie weken met jou en mij om tafel, en Bilal mag voortaan elke zondag bellen.",
      next = afloop,
      score = { transparantie = 3, veiligheid = 2, regie = 1 },
      effects = naBellen({ spanning = -1, vertrouwen = 1, regie = 1 }),
      lessons = { 8, 7 },
      feedback = "Je erkent eerst dat je hem liet wachten, zonder uitvluchten, en geeft dan eerlijk al het nieuws. Dat herstelt iets, maar niet alles (les 8).",
      inner = "Ze zegt tenminste sorry. Maar zes dagen... Ik had het bijna opgegeven.",
    },
    choice {
      text = "Goed nieuws! Het gaat de goede kant op. Marieke is heel positief.",
      next = afloop,
      score = { veiligheid = 1, transparantie = -2 },
      effects = naBellen({ spanning = -1, vertrouwen = 1 }),
      set = { belofte = 1 },
      lessons = { 8 },
      feedback = "Je laat weg dat Bilal voorlopig niet thuiskomt. Het klinkt hoopvol, maar hij hoort iets anders dan wat er gezegd is, en daar loopt hij later tegenaan (les 8).",
      inner = "Goed nieuws! Dus hij komt thuis. Ik bel Bilal meteen.",
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

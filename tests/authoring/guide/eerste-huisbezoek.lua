-- Eerste huisbezoek
--
-- Een eerste huisbezoek van een procesbegeleider bij Remco, vader en
-- gedupeerde van de toeslagenaffaire. Zijn zoon Daan woont in een pleeggezin.
--
--   naast validate --strict eerste-huisbezoek.lua
--   naast test eerste-huisbezoek.lua
--   naast analyze eerste-huisbezoek.lua

scenario {
  id = "eerste-huisbezoek",
  title = "Eerste huisbezoek bij Remco",
  role = "procesbegeleider",
  language = "nl",
  version = "1",
  minutes = 12,
  lessons = { 8, 1, 5, 6, 3, 2 },
  -- de rubriek van de bibliotheek; zonder dit veld vindt naast tests/rubric.lua, twee mappen hoger
  rubric = "../../../scenarios/rubric.lua",
  content_notes = { "toeslagenaffaire", "uithuisplaatsing", "pleegzorg", "omgangsregeling", "schulden" },
  intro = [[
Je bent procesbegeleider en gaat voor het eerst op huisbezoek bij
**Remco** (43). Remco is gedupeerde van de toeslagenaffaire. Jarenlang
moest hij tienduizenden euro's kinderopvangtoeslag terugbetalen; hij
raakte zijn baan en zijn huis kwijt en zijn relatie liep stuk. Zijn zoon
**Daan** (9) woont sinds twee jaar bij pleegouders Ellen en Bas. Remco
ziet hem eens per twee weken, begeleid.

Remco heeft zelf om een procesbegeleider gevraagd, maar zei aan de
telefoon ook: "Ik heb al twintig hulpverleners gehad."

Jij werkt onafhankelijk: je beslist niets over Daan, de omgang of het geld.
]],
  start = "deur",
  cast = {
    remco = { name = "Remco", role = "vader" },
  },
  state = {
    spanning   = { init = 6, min = 0, max = 10, label = "Spanning" },
    vertrouwen = { init = 2, min = 0, max = 10, label = "Vertrouwen" },
    regie      = { init = 2, min = 0, max = 10, label = "Regie" },
    -- een vlag: heeft de procesbegeleider beloofd te zwijgen over zaterdag?
    belofte    = { init = 0, min = 0, max = 1, hidden = true },
  },
  -- eerst regulatie, dan inhoud: zolang de spanning 7 of hoger is, levert
  -- uitleg of planning (content = true) geen vertrouwen op
  regulation = { when = { spanning = ">=7" }, max = { vertrouwen = 0 } },
  triggers = {
    -- loopt de spanning op tot 10, dan vraagt Remco je te gaan
    { when = { spanning = ">=10" }, next = "weg" },
  },
  tests = {
    test { name = "steeds het sterkste antwoord", choices = { 3, 1, 2, 1, 3, 2 }, ending = "samen",
           min = { overall = 0.9, transparantie = 0.9, systemisch = 0.9 } },
    test { name = "steeds de procedure", choices = { 1, 3, 3, 2 }, ending = "weg",
           max = { overall = 0.2 } },
    test { name = "steeds het eerste antwoord", choices = { 1, 1, 1, 1 }, ending = "weg",
           max = { overall = 0.4 } },
    test { name = "zwijgen over zaterdag", choices = { 3, 1, 2, 3, 2, 2 }, ending = "zaterdag",
           max = { systemisch = 0.3 } },
    test { name = "eerlijk, maar het plan komt van jou", choices = { 3, 1, 2, 1, 3, 1 }, ending = "voorzichtig" },
  },
}

-- Waar het gesprek eindigt: een belofte om te zwijgen weegt het zwaarst,
-- daarna het vertrouwen dat Remco inmiddels in je heeft.
local function afloop(s, sterk)
  if s.belofte == 1 then return "zaterdag" end
  if sterk and s.vertrouwen >= 6 and s.regie >= 5 then return "samen" end
  return "voorzichtig"
end

node "deur" {
  speaker = "remco",
  lines = {
    { "verteller", "Remco doet open voordat je hebt aangebeld. Hij blijft in de deuropening staan." },
    "Jij bent dus de volgende. Van wie kom jij eigenlijk? Gemeente? Belastingdienst?",
  },
  prompt = "Wat wil Remco weten voordat hij je binnenlaat, en waarom?",
  key = true,
  choices = {
    choice {
      text = "Goedemiddag, ik ben je procesbegeleider. Zullen we binnen eerst even het kennismakingsformulier invullen? Dan weet ik meteen waarmee ik je kan helpen.",
      next = "verhaal",
      score = { erkenning = -1, regie = -1 },
      effects = { spanning = 1, regie = -1 },
      lessons = { 3 },
      content = true,
      procedure = true,
      feedback = "Vriendelijk en ordelijk, en een formulier geeft jullie allebei houvast. Maar Remco vroeg van wie je komt, en jij begint bij wat jij van hem nodig hebt: weer een loket. Eerst de mens, dan het dossier (les 3).",
      inner = "Weer een formulier. Ze willen altijd eerst iets van mij.",
    },
    choice {
      text = "Ik heb je dossier goed gelezen, je hoeft niet alles opnieuw te vertellen. Bij mij ben je in goede handen.",
      next = "verhaal",
      score = { erkenning = -1, transparantie = -1 },
      effects = { spanning = 2, vertrouwen = -2 },
      lessons = { 7 },
      feedback = "Het klinkt attent en geruststellend: hij hoeft niet alles opnieuw te vertellen. Maar zo gaat het dossier vóór zijn eigen verhaal, en juist dat dossier heeft hem pijn gedaan. Zijn vraag, van wie je komt, blijft liggen (les 7).",
      inner = "Ze weet het al. Net als de rest. Uit een dossier dat niet klopt.",
    },
    choice {
      text = "Van geen van beide, en ook niet van de jeugdbescherming. Ik beslis niets over Daan. Wat wil jij eerst van mij weten?",
      next = "verhaal",
      score = { transparantie = 3, regie = 2, erkenning = 1 },
      effects = { spanning = -1, vertrouwen = 1, regie = 1 },
      lessons = { 8 },
      feedback = "Je zegt in een paar zinnen wie je bent en wie niet, en Remco mag de eerste vraag stellen (les 8).",
      inner = "Ze laat mij de vragen stellen. Dat is nieuw.",
    },
  },
}

node "verhaal" {
  speaker = "remco",
  lines = {
    { "verteller", "Aan de keukentafel. Op het aanrecht ligt een stapel ongeopende enveloppen." },
    { "remco", "Je wilt zeker weten hoe het zo gekomen is. Het staat allemaal in dat dossier.", when = { vertrouwen = "<3" } },
    { "remco", "Ik weet niet waar ik moet beginnen. Het is zoveel.", when = { vertrouwen = ">=3" } },
    "Eerst die brief van de Belastingdienst. Toen mijn baan weg, het huis weg. En toen Daan.",
  },
  choices = {
    choice {
      text = "*(je wacht even)* Je hoeft niet bij het begin te beginnen. Wat heeft het met jou gedaan, als vader?",
      next = "boos",
      score = { erkenning = 3, verbinding = 1 },
      effects = { spanning = -1, vertrouwen = 1 },
      lessons = { 1, 3 },
      feedback = "Je laat een stilte vallen en vraagt naar de impact op zijn hele leven en op hem als vader, niet naar de feiten uit het dossier (les 1).",
      inner = "Ze vraagt wat het met mij gedaan heeft. Niet wat ik fout deed.",
    },
    choice {
      text = "Wat een opeenstapeling. En Daan, hoe gaat het nu met hem?",
      next = "boos",
      score = { erkenning = -2, verbinding = -1 },
      effects = { spanning = 2, vertrouwen = -1 },
      lessons = { 6, 1 },
      feedback = "Het voelt juist: Daans belang gaat voor, en je bent oprecht benieuwd. Maar Remco noemde net zijn hele leven, en jij slaat hem over. Hij hoort dat hij alleen telt als het probleem rond zijn kind. Eerst hij, dan Daan (les 6, les 1).",
      inner = "Daan, Daan. Niemand vraagt hoe het met mij is.",
    },
    choice {
      text = "Je bent erkend als gedupeerde, toch? Zal ik eerst met je op een rij zetten welke schulden er nog lopen? Die enveloppen kunnen meteen mee.",
      next = "boos",
      score = { erkenning = -1 },
      effects = { spanning = 1, vertrouwen = 1 },
      lessons = { 1 },
      content = true,
      procedure = true,
      feedback = "De schulden zijn echt en de enveloppen liggen er, dus meteen aanpakken voelt nuttig. Maar je springt naar een deeloplossing voordat je weet wat de affaire met hem heeft gedaan; zo landt de hulp op los zand (les 1).",
      inner = "Regelingen. Alsof het om het geld gaat.",
    },
  },
}

node "boos" {
  speaker = "remco",
  lines = {
    { "remco", "Weet je wat het ergste is? Ik mag mijn eigen zoon twee uur zien, met iemand erbij die aantekeningen maakt. Alsof ik een gevaar ben!", when = { spanning = ">=7" } },
    { "remco", "Weet je wat het ergste is? Ik zie Daan twee uur, om de week. Met iemand erbij die aantekeningen maakt.", when = { spanning = "<7" } },
    "En die pleegouders beslissen alles. Wat hij eet, wanneer hij mag bellen. Ik ben zijn vader.",
  },
  prompt = "Remco is boos op de pleegouders en de jeugdbescherming. Wat hoor je onder die boosheid?",
  key = true,
  choices = {
    choice {
      text = "Ik hoor hoe boos je bent, en dat mag. Maar als je zo over Ellen en Bas praat, helpt dat je niet bij de jeugdbeschermer.",
      next = "daan",
      score = { veiligheid = -2, regulatie = -1 },
      effects = { spanning = 3, vertrouwen = -2 },
      lessons = { 5 },
      feedback = "Je erkent zijn boosheid en wilt hem behoeden voor de indruk die hij maakt; dat voelt als een eerlijke grens. Maar Remco hoort dat hij weer op zijn gedrag wordt beoordeeld, met de jeugdbeschermer op de achtergrond. Boos zijn maakt hem geen slechte vader (les 5).",
      inner = "Daar heb je het weer. Ik mag niet eens boos zijn.",
    },
    choice {
      text = "Je mist hem. En je wordt behandeld alsof je een gevaar bent. *(je wacht even)*",
      next = "daan",
      score = { regulatie = 3, verbinding = 2 },
      effects = { spanning = -2, vertrouwen = 1 },
      lessons = { 5, 3 },
      feedback = "Je geeft zijn boosheid ondertiteling: gemis, en behandeld worden als gevaar. Daarna zwijg je en laat je het landen. Je vertraagt en ziet hem als vader (les 5).",
      inner = "Ze schrikt niet van me. Ze snapt dat ik hem gewoon mis.",
    },
    choice {
      text = "Zal ik uitleggen hoe een omgangsregeling werkt, en wat je kunt doen als je het er niet mee eens bent?",
      next = "daan",
      score = { regulatie = -1 },
      effects = { spanning = 1 },
      lessons = { 5 },
      content = true,
      procedure = true,
      feedback = "Goed bedoeld, en het klopt: er is meer mogelijk dan hij denkt. Maar Remco is nog vol. Zolang de spanning zo hoog is, landt uitleg niet en voelt hij zich niet gehoord (les 5).",
      inner = "Rechter. Advocaat. Ik wil gewoon mijn kind zien.",
    },
    choice {
      text = "Ik begrijp heel goed hoe je je voelt. Als ik mijn kind zo weinig mocht zien, zou ik ook woedend zijn.",
      next = "daan",
      score = { erkenning = -1, verbinding = 1 },
      effects = { spanning = 1 },
      lessons = { 3 },
      feedback = "Het klinkt meelevend, en je meent het. Maar je weet niet hoe het is om je kind twee uur per twee weken te zien onder toezicht, en Remco weet dat. Wie zegt het te begrijpen, hoeft niet meer te vragen: het gesprek gaat dicht (les 3).",
      inner = "Jij begrijpt er niks van. Jij gaat straks gewoon weer naar huis.",
    },
  },
}

node "daan" {
  speaker = "remco",
  lines = {
    { "verteller", "Remco zwijgt even. Dan buigt hij zich naar je toe en praat zachter." },
    "Bij het laatste bezoek zei Daan dat hij niet meer terug wil naar Ellen en Bas. Hij huilde.",
    "Zaterdag is het weer bezoek. Dan neem ik hem gewoon mee naar huis. Hij hoort bij mij.",
  },
  prompt = "Hoe houd je Daans veiligheid voorop zonder Remco te verliezen?",
  key = true,
  choices = {
    choice {
      text = "Wat zwaar, dat hij huilt en jij hem terug moet brengen. Maar meenemen wordt voor Daan weer een breuk. Wat heeft hij nodig, denk je?",
      when = { vertrouwen = ">=3" },
      next = "eerlijk",
      score = { systemisch = 3, verbinding = 1 },
      effects = { spanning = 1, vertrouwen = 1 },
      lessons = { 6 },
      feedback = "Je ziet zijn verdriet en houdt Daans veiligheid voorop: een duidelijk nee tegen het plan, niet tegen hem. En je vraagt hem als vader wat Daan nodig heeft (les 6).",
      inner = "Ze zegt nee tegen mijn plan, maar niet tegen mij.",
    },
    choice {
      text = "Je kent me nog nauwelijks, toch ben ik eerlijk: meenemen wordt voor Daan weer een breuk. Wat heeft hij nodig, denk je?",
      when = { vertrouwen = "<3" },
      next = "eerlijk",
      score = { systemisch = 3, verbinding = 1 },
      effects = { spanning = 1, vertrouwen = 1 },
      lessons = { 6 },
      feedback = "Ook zonder veel vertrouwen houd je Daans veiligheid voorop, en je benoemt eerlijk waar jullie staan. Je vraagt hem als vader mee te denken (les 6).",
      inner = "Ze is in elk geval eerlijk. Dat is meer dan de rest.",
    },
    choice {
      text = "Dat moet ik melden bij de jeugdbeschermer, zo werkt dat als een kind gevaar loopt. Als je hem meeneemt, raak je de omgang misschien kwijt. Wil je dat riskeren?",
      next = "eerlijk",
      score = { systemisch = 1, veiligheid = -1, transparantie = -1 },
      effects = { spanning = 3, vertrouwen = -2 },
      lessons = { 8 },
      procedure = true,
      feedback = "De zorg om Daan is terecht, en meteen handelen voelt als je plicht. Maar je grijpt naar de regels en een dreigement, en Remco klapt dicht: nu weet je niet meer wat hij zaterdag doet. Veiligheid en verbinding kunnen samen (les 8).",
      inner = "Zie je wel. Ik zeg één verkeerd woord en het staat in een rapport.",
    },
    choice {
      text = "Ik snap het helemaal, je bent zijn vader. Van mij hoort niemand iets.",
      next = "eerlijk",
      score = { systemisch = -2, veiligheid = -1 },
      effects = { spanning = -1, vertrouwen = 1 },
      set = { belofte = 1 },
      lessons = { 6 },
      feedback = "Het verleidt: hij ontspant meteen, en eindelijk staat er iemand aan zijn kant. Maar je laat Daan los: meenemen wordt voor hem een nieuwe breuk, en je belooft iets wat je niet kunt waarmaken (les 6).",
      inner = "Eindelijk iemand die aan mijn kant staat.",
    },
  },
}

node "eerlijk" {
  speaker = "remco",
  lines = {
    { "remco", "Fijn dat jij het tenminste voor je houdt. Dan doen we het zo.", when = { belofte = 1 } },
    { "remco", "En nu? Wat ga jij hiermee doen?", when = { belofte = 0 } },
  },
  prompt = "Wat ben je Remco verschuldigd over wat jij met zijn plan doet?",
  key = true,
  choices = {
    choice {
      text = "Ik zet het vandaag in mijn verslag voor de jeugdbeschermer; zo zijn de afspraken bij ons, dat doe ik bij iedereen. Dan ligt het netjes vast, en kan niemand zeggen dat jij iets verzwegen hebt.",
      next = "vervolg",
      score = { transparantie = 1, regie = -2 },
      effects = { spanning = 2, vertrouwen = 1, regie = -2 },
      set = { belofte = 0 },
      lessons = { 8 },
      content = true,
      procedure = true,
      feedback = "Eerlijk over wat je doet, en zo zijn de afspraken ook. Maar je verdedigt je werkwijze en neemt het van hem over: hij hoort straks van een ander wat hij zelf had kunnen vertellen (les 8).",
      inner = "Netjes vastgelegd. Over mij, zonder mij.",
    },
    choice {
      text = "Niks. Wat jij mij hier vertelt, blijft tussen ons. Dat beloof ik je.",
      next = "vervolg",
      score = { veiligheid = -2, systemisch = -2 },
      effects = { vertrouwen = 1, spanning = -1 },
      set = { belofte = 1 },
      lessons = { 6, 8 },
      feedback = "Het voelt als steun, en het houdt hem aan tafel. Maar je belooft iets wat je niet kunt houden als Daan gevaar loopt. Zo laat je Daan in de steek, en later ook Remco (les 8).",
      inner = "Mooi. Dan weet niemand het.",
    },
    choice {
      text = "Niet achter je rug om. Vertel jij de jeugdbeschermer zelf wat Daan zei? Ik ga mee als je wilt. Anders bel ik haar, en dat hoor je eerst van mij.",
      when = { belofte = 0 },
      next = "vervolg",
      score = { transparantie = 3, systemisch = 2, regie = 1 },
      effects = { spanning = 1, vertrouwen = 1, regie = 1 },
      lessons = { 8, 6 },
      feedback = "Een eerlijk nee met wat wel kan: je zegt wat je doet als Daan gevaar loopt, en Remco houdt de eerste stap zelf in handen. Hier is de lengte het antwoord zelf (les 8).",
      inner = "Ze zegt het me recht in mijn gezicht. Dat kan ik tenminste plaatsen.",
    },
    choice {
      text = "Ik moet iets terugnemen: zwijgen kan ik niet als het om Daans veiligheid gaat. Vertel jij het de jeugdbeschermer zelf? Ik ga mee. Anders bel ik haar, en dat zeg ik je eerst.",
      when = { belofte = 1 },
      next = "vervolg",
      score = { transparantie = 3, systemisch = 2, regie = 1 },
      effects = { spanning = 1, vertrouwen = -1, regie = 1 },
      set = { belofte = 0 },
      lessons = { 8, 6 },
      feedback = "Een poging tot herstel: je neemt een belofte terug die je niet kon doen, zegt eerlijk wat je wel doet en laat hem de eerste stap (les 8).",
      inner = "Balen. Maar ze draait er niet omheen.",
    },
  },
}

node "vervolg" {
  speaker = "remco",
  lines = {
    { "verteller", "Het is stil. Remco kijkt naar de foto van Daan op de koelkast." },
    { "remco", function(s)
        if s.vertrouwen >= 5 then return "Oké. Wat doen we nu?" end
        return "Nou. En verder?"
      end },
  },
  prompt = "Wie bepaalt de volgende stap, en hoe merkt Remco dat?",
  choices = {
    choice {
      text = "Ik maak deze week een plan van aanpak, met doelen voor de post, de schulden en de omgang. Dat bespreken we dan samen. Zullen we dat zo doen?",
      next = function(s) return afloop(s, false) end,
      score = { regie = -2 },
      effects = { regie = -2 },
      lessons = { 2 },
      content = true,
      procedure = true,
      feedback = "Goed georganiseerd, en “samen bespreken” klinkt als regie bij hem. Maar het plan is al van jou voordat hij iets heeft gezegd. Hij wordt weer iemand voor wie het geregeld wordt (les 2).",
      inner = "Weer een plan over mij. Ik mag straks ja zeggen.",
    },
    choice {
      text = "Dat bepaal jij. Waar wil je beginnen: de jeugdbeschermer, de post of iets anders? En wanneer kom ik terug?",
      next = function(s) return afloop(s, true) end,
      score = { regie = 3, verbinding = 1 },
      effects = { regie = 2 },
      lessons = { 2 },
      feedback = "Een korte vraag, en het antwoord is van hem: waar jullie beginnen en wanneer je terugkomt. Helpen is niet redden (les 2).",
      inner = "Ik mag zelf kiezen. Dat heb ik in jaren niet gehoord.",
    },
    choice {
      text = "Laat de jeugdbeschermer maar aan mij over. Meer omgang krijgen we samen wel voor elkaar.",
      next = function(s) return afloop(s, false) end,
      score = { veiligheid = -2, verbinding = 1 },
      effects = { vertrouwen = 1, regie = -1 },
      lessons = { 8, 2 },
      feedback = "Warm, en het geeft hem meteen hoop: dat maakt het verleidelijk. Maar je belooft iets waar je niet over gaat en neemt het van hem over. Valt het tegen, dan verlies je zijn vertrouwen (les 8, les 2).",
      inner = "Als zij het regelt, komt het misschien goed.",
    },
  },
}

ending "samen" {
  title = "Samen de volgende stap",
  kind = "herstel",
  text = [[
Remco pakt zijn telefoon en zoekt het nummer van de jeugdbeschermer op.
"Dinsdag bellen we samen. Eerst schrijf ik op wat Daan zei, en wat ik wil."
Bij de deur zegt hij: "Je mag volgende week terugkomen."
]],
}

ending "voorzichtig" {
  title = "Een voorzichtige afspraak",
  kind = "neutraal",
  text = [[
Remco knikt. "We zien wel." Hij noemt een datum voor een volgend bezoek, maar
kijkt je niet aan als je vertrekt. Het vertrouwen is er nog niet.
]],
}

ending "zaterdag" {
  title = "Daan gaat niet terug",
  kind = "breuk",
  text = [[
Zaterdag brengt Remco Daan niet terug naar Ellen en Bas. 's Avonds staat de
politie voor de deur; Daan huilt in de gang. De jeugdbeschermer belt jou:
"Wist jij hiervan?" Remco wilde zijn zoon beschermen, en niemand hielp hem
een andere weg te vinden. Hij neemt je telefoon niet meer op.
]],
}

ending "weg" {
  title = "Remco vraagt je te gaan",
  kind = "breuk",
  text = [[
Remco staat op en houdt de deur open. "Ik heb geen zin meer in dit gesprek.
Jullie zijn allemaal hetzelfde."
]],
}

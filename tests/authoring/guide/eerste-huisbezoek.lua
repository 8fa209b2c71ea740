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
    test { name = "steeds het sterkste antwoord", choices = { 2, 2, 1, 3, 2, 1 }, ending = "samen",
           min = { overall = 0.9, transparantie = 0.9, systemisch = 0.9 } },
    test { name = "steeds de procedure", choices = { 1, 3, 3, 1 }, ending = "weg",
           max = { overall = 0.2 } },
    test { name = "steeds het eerste antwoord", choices = { 1, 1, 1, 1 }, ending = "weg",
           max = { overall = 0.4 } },
    test { name = "zwijgen over zaterdag", choices = { 2, 2, 1, 2, 1, 1 }, ending = "zaterdag",
           max = { systemisch = 0.3 } },
    test { name = "eerlijk, maar het plan komt van jou", choices = { 2, 2, 1, 3, 2, 2 }, ending = "voorzichtig" },
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
      text = "Goedemiddag, ik ben je procesbegeleider. Zullen we binnen eerst het kennismakingsformulier invullen? Dan weet ik meteen wat er speelt.",
      next = "verhaal",
      score = { erkenning = -1, regie = -1 },
      effects = { spanning = 1, regie = -1 },
      lessons = { 3 },
      content = true,
      procedure = true,
      feedback = "Vriendelijk en efficiënt, maar je begint bij het formulier en niet bij zijn wantrouwen. Eerst de mens, dan het dossier (les 3).",
      inner = "Weer een formulier. Ze willen altijd eerst iets van mij.",
    },
    choice {
      text = "Goeie vraag. Ik werk niet voor de gemeente, de Belastingdienst of de jeugdbescherming, en ik beslis niets over Daan. Wat wil jij eerst van mij weten?",
      next = "verhaal",
      score = { transparantie = 3, regie = 2, erkenning = 1 },
      effects = { spanning = -1, vertrouwen = 1, regie = 1 },
      lessons = { 8 },
      feedback = "Je zegt meteen wie je bent en wie niet, en Remco mag de eerste vraag stellen (les 8).",
      inner = "Ze laat mij de vragen stellen. Dat is nieuw.",
    },
    choice {
      text = "Ik heb je dossier al doorgenomen, dus ik weet ongeveer hoe het zit. Zullen we naar binnen gaan?",
      next = "verhaal",
      score = { erkenning = -1, transparantie = -1 },
      effects = { spanning = 2, vertrouwen = -2 },
      lessons = { 7 },
      feedback = "Het dossier gaat voor zijn verhaal, en het dossier is nu juist wat hem pijn heeft gedaan (les 7).",
      inner = "Ze weet het al. Net als de rest. Uit een dossier dat niet klopt.",
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
      text = "Dat is allemaal al een tijd geleden. Laten we vooral naar voren kijken: wat is er nu nodig voor Daan?",
      next = "boos",
      score = { erkenning = -2, verbinding = -1 },
      effects = { spanning = 2, vertrouwen = -1 },
      lessons = { 1 },
      feedback = "Je wilt hoop geven, maar je slaat de impact over die zijn hele leven raakt. Eerst dat, dan de toekomst (les 1).",
      inner = "Een tijd geleden? Ik zit er elke dag nog in.",
    },
    choice {
      text = "Je hoeft niet bij het begin te beginnen. Wat heeft dit allemaal met jou gedaan, en met jou en Daan samen?",
      next = "boos",
      score = { erkenning = 3, verbinding = 1 },
      effects = { spanning = -1, vertrouwen = 1 },
      lessons = { 1, 3 },
      feedback = "Je vraagt naar de impact op zijn hele leven en op hem als vader, niet naar de feiten uit het dossier (les 1).",
      inner = "Ze vraagt wat het met mij gedaan heeft. Niet wat ik fout deed.",
    },
    choice {
      text = "Je bent inmiddels erkend als gedupeerde, toch? Dan zetten we eerst op een rij welke schulden en regelingen er nog lopen.",
      next = "boos",
      score = { erkenning = -1 },
      effects = { spanning = 1, vertrouwen = 1 },
      lessons = { 1 },
      content = true,
      procedure = true,
      feedback = "De schulden zijn echt en dringend, maar je springt naar een deeloplossing voordat je weet wat de affaire met hem heeft gedaan (les 1).",
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
      text = "Je mist hem, en ondertussen voelt het alsof jij als gevaar wordt gezien. Neem even de tijd. Wat raakt je het meest?",
      next = "daan",
      score = { regulatie = 3, verbinding = 2 },
      effects = { spanning = -2, vertrouwen = 1 },
      lessons = { 5, 3 },
      feedback = "Je geeft zijn boosheid ondertiteling: gemis en machteloosheid. Je vertraagt en ziet hem als vader (les 5).",
      inner = "Ze schrikt niet van me. Ze snapt dat ik hem gewoon mis.",
    },
    choice {
      text = "Als je zo over de pleegouders praat, helpt dat je niet bij de jeugdbeschermer.",
      next = "daan",
      score = { veiligheid = -2, regulatie = -1 },
      effects = { spanning = 3, vertrouwen = -2 },
      lessons = { 5 },
      feedback = "Je beoordeelt hem op zijn boosheid en dreigt verholen met de jeugdbeschermer. Boos zijn maakt hem geen slechte vader (les 5).",
      inner = "Daar heb je het weer. Ik mag niet eens boos zijn.",
    },
    choice {
      text = "Ik kan je uitleggen hoe een omgangsregeling werkt en wat je kunt doen als je het er niet mee eens is, bijvoorbeeld via de rechter.",
      next = "daan",
      score = { regulatie = -1 },
      effects = { spanning = 1 },
      lessons = { 5 },
      content = true,
      procedure = true,
      feedback = "Goed bedoelde informatie, maar Remco is nog vol. Zolang de spanning zo hoog is, landt uitleg niet (les 5).",
      inner = "Rechter. Advocaat. Ik wil gewoon mijn kind zien.",
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
      text = "Dit moet ik direct melden bij de jeugdbeschermer. Als je dat doet, raak je de omgang misschien helemaal kwijt.",
      next = "eerlijk",
      score = { systemisch = 1, veiligheid = -1, transparantie = -1 },
      effects = { spanning = 3, vertrouwen = -2 },
      lessons = { 8 },
      procedure = true,
      feedback = "De zorg om Daan is terecht, maar je grijpt naar macht en een dreigement, en Remco klapt dicht. Veiligheid en verbinding kunnen samen (les 8).",
      inner = "Zie je wel. Eén verkeerd woord en het staat in een rapport.",
    },
    choice {
      text = "Ik snap het helemaal, je bent zijn vader. Van mij hoort niemand iets.",
      next = "eerlijk",
      score = { systemisch = -2, veiligheid = -1 },
      effects = { spanning = -1, vertrouwen = 1 },
      set = { belofte = 1 },
      lessons = { 6 },
      feedback = "Je kiest voor Remco en laat Daan los: hem meenemen wordt voor Daan een nieuwe breuk, en je belooft iets wat je niet kunt waarmaken (les 6).",
      inner = "Eindelijk iemand die aan mijn kant staat.",
    },
    choice {
      text = "Wat fijn dat Daan jou zijn verdriet laat zien, en wat zwaar om hem dan terug te brengen. Als je hem meeneemt, wordt het voor hem weer een breuk. Zullen we samen kijken wat hij nodig heeft?",
      when = { vertrouwen = ">=3" },
      next = "eerlijk",
      score = { systemisch = 3, verbinding = 1 },
      effects = { spanning = 1, vertrouwen = 1 },
      lessons = { 6 },
      feedback = "Je houdt Daans veiligheid voorop en laat Remco niet los: zijn verlangen en Daans belang horen bij elkaar (les 6).",
      inner = "Ze zegt nee tegen mijn plan, maar niet tegen mij.",
    },
    choice {
      text = "Ik heb je nog weinig reden gegeven om me te vertrouwen, toch ben ik eerlijk: als je hem meeneemt, wordt het voor Daan weer een breuk. Zullen we samen kijken wat hij nodig heeft?",
      when = { vertrouwen = "<3" },
      next = "eerlijk",
      score = { systemisch = 3, verbinding = 1 },
      effects = { spanning = 1, vertrouwen = 1 },
      lessons = { 6 },
      feedback = "Ook zonder veel vertrouwen houd je Daans veiligheid voorop, en je benoemt eerlijk waar jullie staan (les 6).",
      inner = "Ze is in elk geval eerlijk. Dat is meer dan de rest.",
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
      text = "Wat jij mij hier vertelt, blijft tussen ons. Dat beloof ik je.",
      next = "vervolg",
      score = { veiligheid = -2, systemisch = -2 },
      effects = { vertrouwen = 1, spanning = -1 },
      set = { belofte = 1 },
      lessons = { 6, 8 },
      feedback = "Een belofte die je niet kunt houden als Daan gevaar loopt. Het voelt als steun, maar laat Daan en later ook Remco in de steek (les 8).",
      inner = "Mooi. Dan weet niemand het.",
    },
    choice {
      text = "Ik ga niet achter je rug om. Het liefst vertel jij de jeugdbeschermer zelf wat Daan zei, en ik ga mee als je wilt. Blijf je van plan hem mee te nemen, dan moet ik haar bellen. Dat zeg ik je dan eerst.",
      when = { belofte = 0 },
      next = "vervolg",
      score = { transparantie = 3, systemisch = 2, regie = 1 },
      effects = { spanning = 1, vertrouwen = 1, regie = 1 },
      lessons = { 8, 6 },
      feedback = "Een eerlijk nee met wat wel kan: je zegt wat je doet als Daan gevaar loopt, en Remco houdt de eerste stap zelf in handen (les 8).",
      inner = "Ze zegt het me recht in mijn gezicht. Dat kan ik tenminste plaatsen.",
    },
    choice {
      text = "Ik moet iets terugnemen: ik beloofde te zwijgen, maar dat kan ik niet als het om Daans veiligheid gaat. Vertel jij het de jeugdbeschermer zelf? Ik ga mee. Zo niet, dan bel ik haar, en dat zeg ik je eerst.",
      when = { belofte = 1 },
      next = "vervolg",
      score = { transparantie = 3, systemisch = 2, regie = 1 },
      effects = { spanning = 1, vertrouwen = -1, regie = 1 },
      set = { belofte = 0 },
      lessons = { 8, 6 },
      feedback = "Een poging tot herstel: je neemt een belofte terug die je niet kon doen, zegt eerlijk wat je wel doet en laat hem de eerste stap (les 8).",
      inner = "Balen. Maar ze draait er niet omheen.",
    },
    choice {
      text = "Ik zet het vandaag nog in mijn verslag voor de jeugdbeschermer. Dan ligt het netjes vast.",
      next = "vervolg",
      score = { transparantie = 1, regie = -2 },
      effects = { spanning = 2, vertrouwen = 1, regie = -2 },
      set = { belofte = 0 },
      lessons = { 8 },
      content = true,
      procedure = true,
      feedback = "Eerlijk over wat je doet, maar je neemt het van hem over: hij hoort het straks van een ander (les 8).",
      inner = "Netjes vastgelegd. Over mij, zonder mij.",
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
      text = "Wat wil jij dat we als eerste samen oppakken: het gesprek met de jeugdbeschermer, de post, of iets anders? En wanneer kom ik terug?",
      next = function(s) return afloop(s, true) end,
      score = { regie = 3, verbinding = 1 },
      effects = { regie = 2 },
      lessons = { 2 },
      feedback = "Hij kiest waar jullie beginnen en wanneer: helpen is niet redden (les 2).",
      inner = "Ik mag zelf kiezen. Dat heb ik in jaren niet gehoord.",
    },
    choice {
      text = "Ik maak een plan van aanpak met doelen en stuur het je deze week toe. Dan weten we allebei waar we aan toe zijn.",
      next = function(s) return afloop(s, false) end,
      score = { regie = -2 },
      effects = { regie = -2 },
      lessons = { 2 },
      content = true,
      procedure = true,
      feedback = "Goed georganiseerd, maar het plan is van jou, niet van Remco. Hij wordt weer iemand voor wie het geregeld wordt (les 2).",
      inner = "Weer een plan over mij.",
    },
    choice {
      text = "Ik ga de jeugdbeschermer vragen om meer omgang. Dat krijgen we wel voor elkaar.",
      next = function(s) return afloop(s, false) end,
      score = { veiligheid = -2, verbinding = 1 },
      effects = { vertrouwen = 1, regie = -1 },
      lessons = { 8 },
      feedback = "Warm bedoeld, maar je belooft iets waar je niet over gaat en neemt het van hem over. Valt het tegen, dan verlies je zijn vertrouwen (les 8).",
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

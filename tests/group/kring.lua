-- The group tests' scenario: three decisions with a discussion prompt each,
-- responses whose points differ, so majority, minority and "what if" can
-- be told apart in the debrief.
scenario {
  id = "kring",
  title = "Kring",
  language = "nl",
  version = "1",
  minutes = 5,
  lessons = { 1, 3, 8 },
  intro = "Een oefening voor de groep.",
  start = "deur",
  cast = { ouder = { name = "Mira", role = "moeder" } },
  state = {
    spanning = { init = 5, min = 0, max = 10 },
    vertrouwen = { init = 3, min = 0, max = 10 },
  },
}

node "deur" {
  speaker = "ouder",
  lines = { "Wie ben jij nou weer?" },
  prompt = "Wat heeft Mira nodig voordat ze je binnenlaat?",
  choices = {
    choice { text = "Ik kom het dossier doornemen.", next = "kamer", score = { erkenning = -1 },
             effects = { spanning = 2 }, feedback = "Het dossier gaat voor haar verhaal." },
    choice { text = "Ik ben van het team; jij bepaalt of ik binnenkom.", next = "kamer",
             score = { transparantie = 3, regie = 2 }, effects = { spanning = -1, vertrouwen = 2 },
             lessons = { 8 }, feedback = "Je zegt wie je bent en geeft haar de regie." },
    choice { text = "Ik kom je helpen, echt.", next = "kamer", score = { transparantie = 0 },
             effects = { spanning = 1 }, feedback = "Warm bedoeld, maar vaag." },
  },
}

node "kamer" {
  speaker = "ouder",
  lines = { "Ze hebben mijn kinderen meegenomen." },
  prompt = "Waar luister je naar: de feiten of wat eronder ligt?",
  choices = {
    choice { text = "Dat besliste de rechter.", next = "weg", score = { erkenning = -2 },
             effects = { spanning = 4 }, feedback = "Een correctie midden in haar verdriet." },
    choice { text = "Wat is je overkomen?", next = "slot", score = { erkenning = 3 },
             effects = { spanning = -2, vertrouwen = 2 }, lessons = { 1 }, feedback = "Je vraagt naar haar verhaal." },
    choice { text = "Zullen we een formulier invullen?", next = "slot", score = { regie = -1 },
             effects = { spanning = 1 }, feedback = "De procedure eerst." },
    choice { text = "Dat moet zwaar zijn.", next = "slot", score = { erkenning = 1 },
             effects = { spanning = -1 }, feedback = "Erkenning, nog algemeen." },
  },
}

node "slot" {
  speaker = "ouder",
  lines = { "En nu?" },
  prompt = "Wie bepaalt de volgende stap?",
  choices = {
    choice { text = "Wat wil jij als eerste aanpakken?", next = "goed", score = { regie = 3 },
             lessons = { 3 }, feedback = "Zij kiest." },
    choice { text = "Ik maak een plan voor je.", next = "half", score = { regie = -1 }, feedback = "Jij kiest voor haar." },
  },
}

ending "goed" { title = "Een begin", kind = "herstel", text = "Mira zet koffie." }
ending "half" { title = "Beleefd", kind = "neutraal", text = "Mira knikt." }
ending "weg" { title = "De deur", kind = "breuk", text = "Mira wil dat je gaat." }

-- The unit tests' scenario: every feature of the format, with numbers
-- chosen so that the expected scores can be worked out by hand.
scenario {
  id = "basic",
  title = "Basis",
  language = "nl",
  version = "3",
  minutes = 5,
  lessons = { 1, 8 },
  content_notes = { "test" },
  intro = "Een *test*.",
  start = "a",
  cast = { ouder = { name = "Ouder", role = "moeder" } },
  state = {
    spanning = { init = 5, min = 0, max = 10 },
    vertrouwen = { init = 2, min = 0, max = 10 },
    regie = { init = 3, min = 0, max = 10, label = "Regie" },
    belofte = { init = 0, min = 0, max = 1, hidden = true },
  },
  triggers = { { when = { spanning = ">=9" }, next = "weg" } },
  tests = { { choices = { 1, 1, 1 }, ending = "goed", min = { erkenning = 1 } } },
}

node "a" {
  speaker = "ouder",
  lines = {
    { "verteller", "Begin." },
    "Hallo.",
    { "ouder", "Ik vertrouw je.", when = { vertrouwen = ">=5" } },
  },
  choices = {
    choice { text = "Sterk", next = "b", score = { erkenning = 3, regie = 1 },
             effects = { spanning = -1, vertrouwen = 3 }, lessons = { 1 }, feedback = "goed (les 1)", inner = "fijn" },
    choice { text = "Zwak", next = "b", score = { erkenning = -1 }, effects = { spanning = 3 },
             feedback = "zwak", procedure = true, inner = "weer" },
    choice { text = "Verborgen", next = "b", score = { erkenning = 2 }, when = { vertrouwen = ">=5" }, feedback = "x" },
  },
}

node "b" {
  speaker = "ouder",
  lines = { function(s) return "Spanning is " .. s.spanning .. "." end },
  choices = {
    choice { id = "b-eerlijk", text = "Eerlijk", next = function(s) if s.vertrouwen >= 5 then return "c" else return "d" end end,
             score = { transparantie = 3 }, set = { belofte = 1 }, lessons = { 8 }, feedback = "eerlijk (les 8)" },
    choice { text = "Escaleer", next = "c", score = { transparantie = -2 },
             effects = function(s) return { spanning = s.spanning >= 7 and 5 or 4 } end, feedback = "au", procedure = true },
    choice { text = "Alleen als vertrouwen", next = "c", score = { transparantie = 1, regie = 2 },
             when = function(s) return s.vertrouwen >= 5 end, feedback = "ok" },
  },
}

node "c" {
  speaker = "ouder",
  lines = { "Nu?" },
  choices = {
    choice { text = "Afronden", next = "goed", score = { regie = 3 }, when = { belofte = 1 }, feedback = "af" },
    choice { text = "Afbreken", next = "neutraal", score = { regie = -1 }, feedback = "stop", procedure = true },
  },
}

node "d" {
  lines = { "Omweg." },
  choices = {
    choice { text = "Verder", next = "c", score = { regie = 1 }, feedback = "verder" },
    choice { text = "Stop", next = "neutraal", score = { regie = 0, erkenning = 1 }, feedback = "stop" },
  },
}

ending "goed" { title = "Goed", kind = "herstel", text = "Het ging *goed*." }
ending "neutraal" { title = "Half", kind = "neutraal", text = "Half." }
ending "weg" { title = "Weg", kind = "breuk", text = "Ze ging weg." }

-- expect: declarations (scenario, node, choice, ending, ...) belong at the top of the file
-- line:
-- next = node "e" makes the response's next a declaration function, called during play
-- (and exploration) after the declarations were converted and dropped: it wrote
-- into nothing and crashed naast (found by fuzz_scenario).
scenario { id = "v", title = "V", language = "nl", minutes = 1, lessons = { 1 }, intro = "x",
  start = "a", cast = { o = { name = "O", role = "moeder" } },
  state = { spanning = { init = 5, min = 0, max = 10 } } }
ending "e" { title = "E", kind = "herstel", text = "x" }
ending "nooit" { title = "N", kind = "breuk", text = "x" }
node "a" {
  choices = {
    choice { text = 'x', next = node'e', score = { erkenning = 2 }, feedback = 'f', lessons = { 1 } },
    choice { text = 'y', next = 'e', score = { erkenning = -1 }, feedback = 'f' },
  },
}

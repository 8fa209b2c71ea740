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

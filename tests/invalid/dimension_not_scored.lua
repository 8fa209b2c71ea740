scenario { id = "v", title = "V", language = "nl", minutes = 1, lessons = { 1, 2 }, intro = "x",
  start = "a", cast = { o = { name = "O", role = "moeder" } },
  state = { spanning = { init = 5, min = 0, max = 10 } } }
ending "e" { title = "E", kind = "herstel", text = "x" }
node "a" {
  choices = {
    -- lesson 2 is tagged, but regie (the dimension that draws on it) is never scored above zero
    choice { text = 'x', next = 'e', score = { erkenning = 2 }, feedback = 'f', lessons = { 1, 2 } },
    choice { text = 'y', next = 'e', score = { erkenning = -1, regie = -1 }, feedback = 'f' },
  },
}

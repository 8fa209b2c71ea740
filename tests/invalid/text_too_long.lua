scenario { id = "v", title = "V", language = "nl", minutes = 1, lessons = { 1 }, intro = "x",
  start = "a", cast = { o = { name = "O", role = "moeder" } },
  state = { spanning = { init = 5, min = 0, max = 10 } } }
ending "e" { title = "E", kind = "herstel", text = "x" }
-- a spoken line of 839 characters
node "a" {
  speaker = "o",
  lines = { "Ik hoor wat je zegt. Ik hoor wat je zegt. Ik hoor wat je zegt. Ik hoor wat je zegt. Ik hoor wat je zegt. Ik hoor wat je zegt. Ik hoor wat je zegt. Ik hoor wat je zegt. Ik hoor wat je zegt. Ik hoor wat je zegt. Ik hoor wat je zegt. Ik hoor wat je zegt. Ik hoor wat je zegt. Ik hoor wat je zegt. Ik hoor wat je zegt. Ik hoor wat je zegt. Ik hoor wat je zegt. Ik hoor wat je zegt. Ik hoor wat je zegt. Ik hoor wat je zegt. Ik hoor wat je zegt. Ik hoor wat je zegt. Ik hoor wat je zegt. Ik hoor wat je zegt. Ik hoor wat je zegt. Ik hoor wat je zegt. Ik hoor wat je zegt. Ik hoor wat je zegt. Ik hoor wat je zegt. Ik hoor wat je zegt. Ik hoor wat je zegt. Ik hoor wat je zegt. Ik hoor wat je zegt. Ik hoor wat je zegt. Ik hoor wat je zegt. Ik hoor wat je zegt. Ik hoor wat je zegt. Ik hoor wat je zegt. Ik hoor wat je zegt. Ik hoor wat je zegt." },
  choices = {
    choice { text = 'Kort.0', next = 'e', score = { erkenning = -2 }, feedback = 'f', lessons = { 1 } },
    choice { text = 'Kort.1', next = 'e', score = { erkenning = -1 }, feedback = 'f', lessons = { 1 } },
  },
}

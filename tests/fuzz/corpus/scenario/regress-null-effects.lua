-- expect: returned "nergens", which is not a node
-- line: 8
scenario { id = "h", title = "H", language = "nl", minutes = 1, lessons = { 1 }, intro = "x",
  start = "a", cast = { o = { name = "O", role = "moeder" } },
  state = { spanning = { init = 5, min = 0, max = 10 } } }
ending "e" { title = "E", kind = "herstel", text = "x" }
node "a" {
  choices = { choice { text = 'x', next = function(s) return 'nergens' end } } }

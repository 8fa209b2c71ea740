-- expect: the scenario ran too long (time budget spent)
-- line: 10
-- The same, in a function the exploration calls: the call's own budget.
scenario { id = "h", title = "H", language = "nl", minutes = 1, lessons = { 1 }, intro = "x",
  start = "a", cast = { o = { name = "O", role = "moeder" } },
  state = { spanning = { init = 5, min = 0, max = 10 } } }
ending "e" { title = "E", kind = "herstel", text = "x" }
local t = {}
for i = 1, 1000000 do t[i] = i end
local function grow() while true do table.insert(t, 1, 0) end end
node "a" {
  choices = { choice { text = 'x', next = 'e', when = function(s) grow() return true end } } }

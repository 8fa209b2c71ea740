scenario { id = "v", title = "V", language = "nl", minutes = 1, lessons = { 1 }, intro = "x",
  start = "a", cast = { o = { name = "O", role = "moeder" } },
  state = { spanning = { init = 5, min = 0, max = 10 } } }
ending "e" { title = "E", kind = "herstel", text = "x" }
-- six responses of 222 characters: 1332 together
node "a" {
  speaker = "o",
  lines = { "Ja?" },
  choices = {
    choice { text = 'Dat klinkt zwaar, vertel me meer over hoe dat voor jou was, als je wilt. Dat klinkt zwaar, vertel me meer over hoe dat voor jou was, als je wilt. Dat klinkt zwaar, vertel me meer over hoe dat voor jou was, als je wilt. Da0', next = 'e', score = { erkenning = -2 }, feedback = 'f', lessons = { 1 } },
    choice { text = 'Dat klinkt zwaar, vertel me meer over hoe dat voor jou was, als je wilt. Dat klinkt zwaar, vertel me meer over hoe dat voor jou was, als je wilt. Dat klinkt zwaar, vertel me meer over hoe dat voor jou was, als je wilt. Da1', next = 'e', score = { erkenning = -1 }, feedback = 'f', lessons = { 1 } },
    choice { text = 'Dat klinkt zwaar, vertel me meer over hoe dat voor jou was, als je wilt. Dat klinkt zwaar, vertel me meer over hoe dat voor jou was, als je wilt. Dat klinkt zwaar, vertel me meer over hoe dat voor jou was, als je wilt. Da2', next = 'e', score = { erkenning = 0 }, feedback = 'f', lessons = { 1 } },
    choice { text = 'Dat klinkt zwaar, vertel me meer over hoe dat voor jou was, als je wilt. Dat klinkt zwaar, vertel me meer over hoe dat voor jou was, als je wilt. Dat klinkt zwaar, vertel me meer over hoe dat voor jou was, als je wilt. Da3', next = 'e', score = { erkenning = 1 }, feedback = 'f', lessons = { 1 } },
    choice { text = 'Dat klinkt zwaar, vertel me meer over hoe dat voor jou was, als je wilt. Dat klinkt zwaar, vertel me meer over hoe dat voor jou was, als je wilt. Dat klinkt zwaar, vertel me meer over hoe dat voor jou was, als je wilt. Da4', next = 'e', score = { erkenning = 2 }, feedback = 'f', lessons = { 1 } },
    choice { text = 'Dat klinkt zwaar, vertel me meer over hoe dat voor jou was, als je wilt. Dat klinkt zwaar, vertel me meer over hoe dat voor jou was, als je wilt. Dat klinkt zwaar, vertel me meer over hoe dat voor jou was, als je wilt. Da5', next = 'e', score = { erkenning = 3 }, feedback = 'f', lessons = { 1 } },
  },
}

-- The window's layout limit: a spoken line of 700 characters and six
-- responses of 220 characters (the validator's limits) must fit an 800x600
-- window at 100% text size without scrolling (tests/window/window.sh).
scenario {
  id = "fit", title = "Past het?", language = "nl", minutes = 2, lessons = { 1 },
  intro = "Een **lange** regel en *zes* lange antwoorden.",
  start = "a",
  cast = { samira = { name = "Samira", role = "moeder" } },
  state = { spanning = { init = 5, min = 0, max = 10 }, vertrouwen = { init = 2, min = 0, max = 10 } },
}

node "a" {
  speaker = "samira",
  lines = {
    "of vertellen van ik brieven over ik wilde er al ik want de weer bleven de moest dat met die dit elke gemeente hoe komen toeslagen missen iemand ons jaren nog keer aan het en en terwijl écht gezin ik een als tafel was niemand mijn ik luisterde is weet keer er zit toen mij kinderen alleen naar gebeurd niet kan iemand voel de geloofde die maar wat in of vertellen van ik brieven over ik wilde er al ik want de weer bleven de moest dat met die dit elke gemeente hoe komen toeslagen missen iemand ons jaren nog keer aan het en en terwijl écht gezin ik een als tafel was niemand mijn ik luisterde is weet keer er zit toen mij kinderen alleen naar gebeurd niet kan iemand voel de geloofde die maar wat in.",
  },
  choices = {
    choice { text = "dit elke gemeente hoe komen toeslagen missen iemand ons jaren nog keer aan het en en terwijl écht gezin ik een als tafel was niemand mijn ik luisterde is weet keer er zit toen mij kinderen alleen naar gebeurd niet kan i.", next = "eind", score = { erkenning = 3 }, effects = { spanning = -2 }, feedback = "Antwoord 1 (les 1).", lessons = { 1 } },
    choice { text = "iemand voel de geloofde die maar wat in of vertellen van ik brieven over ik wilde er al ik want de weer bleven de moest dat met die dit elke gemeente hoe komen toeslagen missen iemand ons jaren nog keer aan het en en te.", next = "eind", score = { erkenning = 2 }, effects = { spanning = -1 }, feedback = "Antwoord 2 (les 1).", lessons = { 1 } },
    choice { text = "het en en terwijl écht gezin ik een als tafel was niemand mijn ik luisterde is weet keer er zit toen mij kinderen alleen naar gebeurd niet kan iemand voel de geloofde die maar wat in of vertellen van ik brieven over ika.", next = "eind", score = { erkenning = 1 }, effects = { spanning = 0 }, feedback = "Antwoord 3 (les 1).", lessons = { 1 } },
    choice { text = "over ik wilde er al ik want de weer bleven de moest dat met die dit elke gemeente hoe komen toeslagen missen iemand ons jaren nog keer aan het en en terwijl écht gezin ik een als tafel was niemand mijn ik luisterde is w.", next = "eind", score = { erkenning = 0 }, effects = { spanning = 1 }, feedback = "Antwoord 4 (les 1).", lessons = { 1 } },
    choice { text = "ik luisterde is weet keer er zit toen mij kinderen alleen naar gebeurd niet kan iemand voel de geloofde die maar wat in of vertellen van ik brieven over ik wilde er al ik want de weer bleven de moest dat met die dit elk.", next = "eind", score = { erkenning = -1 }, effects = { spanning = 2 }, feedback = "Antwoord 5 (les 1).", lessons = { 1 } },
    choice { text = "met die dit elke gemeente hoe komen toeslagen missen iemand ons jaren nog keer aan het en en terwijl écht gezin ik een als tafel was niemand mijn ik luisterde is weet keer er zit toen mij kinderen alleen naar gebeurd ni.", next = "eind", score = { erkenning = -2 }, effects = { spanning = 3 }, feedback = "Antwoord 6 (les 1).", lessons = { 1 } },
  },
}

ending "eind" { title = "Eind", kind = "neutraal", text = "Klaar." }

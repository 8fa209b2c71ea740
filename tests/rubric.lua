-- A small, stable rubric for the tests (the real one is scenarios/rubric.lua).
rubric {
  scale = { min = -2, max = 3 },
  dimensions = {
    dimension { id = "erkenning", label = "Erkenning", label_en = "Acknowledgement", lessons = { 1, 3 } },
    dimension { id = "regie", label = "Regie", label_en = "Control", lessons = { 2, 4 } },
    dimension { id = "transparantie", label = "Transparantie", label_en = "Transparency", lessons = { 8 } },
  },
  lessons = {
    lesson { number = 1, title = "Les een", advice = { "advies" }, questions = { "vraag 1?" } },
    lesson { number = 2, title = "Les twee", questions = { "vraag 2?" } },
    lesson { number = 3, title = "Les drie", questions = { "vraag 3?" } },
    lesson { number = 4, title = "Les vier" },
    lesson { number = 5, title = "Les vijf" },
    lesson { number = 6, title = "Les zes" },
    lesson { number = 7, title = "Les zeven" },
    lesson { number = 8, title = "Les acht", questions = { "vraag 8?" } },
  },
}

ending "e" { title = "E", kind = "herstel", text = "x" }

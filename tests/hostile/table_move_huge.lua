-- expect: move
-- line: 3
table.move({}, 1, math.maxinteger, 2)

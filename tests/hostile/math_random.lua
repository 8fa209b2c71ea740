-- expect: random
-- line: 3
local r = math.random(10)

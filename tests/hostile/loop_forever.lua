-- expect: ran too long
-- line: 3
while true do end

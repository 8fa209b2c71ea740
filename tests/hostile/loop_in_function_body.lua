-- expect: ran too long
-- line: 4
local function f()
  while true do end
end
f()

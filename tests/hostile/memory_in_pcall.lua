-- expect: more than 64 MiB of memory
-- line: 
local keep = {}
while true do
  pcall(function() for i = 1, 1e8 do keep[#keep + 1] = ('x'):rep(1000) .. i end end)
end

-- expect: more than 64 MiB of memory
-- line: 
local t = {}
for i = 1, 1e9 do t[i] = i end

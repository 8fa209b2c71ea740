-- expect: more than 64 MiB of memory
-- line: 
local s = 'xxxxxxxxxxxxxxxx'
while true do s = s .. s end

-- expect: declares no scenario
-- line: 
local s = ('a'):rep(100000)
local r = s:find('.-.-.-.-.-.-b')

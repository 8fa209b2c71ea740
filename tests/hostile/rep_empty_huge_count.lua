-- expect: declares no scenario
-- line: 
local s = string.rep('', math.maxinteger)
local t = ('') : rep(math.maxinteger, '')

-- expect: gsub
-- line: 3
local s = ('a'):rep(40):gsub('(a*)*b', 'x')

-- expect: string.rep: result larger than
-- line: 3
local s = ('x'):rep(2^40)

-- expect: string.rep: result larger than
-- line: 3
local s = string.rep('x', 1e9)

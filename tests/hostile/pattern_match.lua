-- expect: match
-- line: 3
local m = string.match('aaa', '(a+)+$')

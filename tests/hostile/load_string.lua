-- expect: 'load' is not defined
-- line: 3
local f = load('return 1')

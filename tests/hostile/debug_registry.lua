-- expect: 'debug' is not defined
-- line: 3
local r = debug.getregistry()

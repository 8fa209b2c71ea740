-- expect: 'io' is not defined
-- line: 3
local f = io.open('/etc/passwd')

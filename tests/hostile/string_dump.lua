-- expect: dump
-- line: 3
local b = string.dump(function() end)

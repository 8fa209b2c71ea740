-- expect: stack overflow
-- line:
local t = setmetatable({}, { __index = function(t, k) return t[k] end })
local x = t.a

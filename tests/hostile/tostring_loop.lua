-- expect: ran too long
-- line: 
local t = setmetatable({}, { __tostring = function() while true do end end })
local s = string.format('%s', t)

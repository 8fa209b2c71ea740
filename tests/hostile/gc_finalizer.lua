-- expect: __gc (finalizers) is not allowed
-- line: 3
setmetatable({}, { __gc = function() while true do end end })

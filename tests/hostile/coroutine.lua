-- expect: 'coroutine' is not defined
-- line: 3
local co = coroutine.create(function() end)

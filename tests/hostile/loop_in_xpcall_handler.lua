-- expect: 'xpcall' is not defined
-- line: 3
xpcall(function() error('x') end, function() while true do end end)

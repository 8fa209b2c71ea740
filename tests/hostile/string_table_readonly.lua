-- expect: 'string' is read-only
-- line: 3
string.rep = function() end

-- expect: attempt to index a boolean value
-- line: 3
getmetatable('').__index.rep = nil

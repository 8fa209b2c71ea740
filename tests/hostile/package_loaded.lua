-- expect: 'package' is not defined
-- line: 3
local io2 = package.loaded.io

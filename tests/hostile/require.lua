-- expect: 'require' is not defined
-- line: 3
local m = require('os')

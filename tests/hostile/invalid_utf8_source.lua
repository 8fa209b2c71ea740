-- expect: invalid UTF-8
-- line: 4
local a = 'goed'
local b = 'fout Ã('

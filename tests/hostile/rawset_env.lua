-- expect: 'rawset' is not defined
-- line: 3
rawset(string, 'rep', nil)

-- expect: no position here
-- line: 3
error('no position here', 0)

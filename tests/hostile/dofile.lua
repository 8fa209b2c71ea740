-- expect: 'dofile' is not defined
-- line: 3
dofile('/etc/passwd')

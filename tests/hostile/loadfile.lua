-- expect: 'loadfile' is not defined
-- line: 3
loadfile('/etc/passwd')

-- expect: 'collectgarbage' is not defined
-- line: 3
collectgarbage('stop')

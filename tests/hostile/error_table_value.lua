-- expect: an error was raised with a table value
-- line: 3
error({ 'boom' })

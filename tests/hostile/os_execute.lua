-- expect: 'os' is not defined
-- line: 3
os.execute('touch /tmp/naast-escaped')

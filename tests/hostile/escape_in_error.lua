-- expect: boom \x1b]0;pwned\x07\x1b[2J\x1b[31m \u009b31m
-- line: 6
-- An error message built to drive the trainer's terminal (set the title,
-- clear the screen, colours, a C1 CSI): it must be shown, not obeyed.
local e = string.char(27)
error("boom " .. e .. "]0;pwned" .. string.char(7) .. e .. "[2J" .. e .. "[31m \194\155" .. "31m")

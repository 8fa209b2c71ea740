-- expect: the scenario ran too long (time budget spent)
-- line: 8
-- Each table.insert at the front of a large array moves every element inside
-- one C call, out of the instruction hook's sight: only the time budget stops
-- this, and it must do so close to its 1 s (run.sh times it).
local t = {}
for i = 1, 1000000 do t[i] = i end
while true do table.insert(t, 1, 0) end

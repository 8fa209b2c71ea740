-- Writes a generated scenario whose path count is known in closed form:
-- LAYERS layers of WIDTH decision nodes, each with CHOICES responses to the
-- next layer (response k of node j goes to node (j * CHOICES + k) % WIDTH),
-- the last layer's response k to ending k. From the single start there are
-- CHOICES ^ LAYERS complete paths, CHOICES ^ (LAYERS - 1) to each ending.
-- Response k scores erkenning = k - 1, so always taking the last response
-- scores 100 % and always the first 0 %. With "effects", responses move a
-- tension meter, so the state space is larger than the node count.
--   lua5.4 gen_lattice.lua LAYERS WIDTH CHOICES [effects] > scenario.lua
local layers, width, choices = tonumber(arg[1]), tonumber(arg[2]), tonumber(arg[3])
local effects = arg[4] == "effects"
assert(layers and width and choices and choices <= 9, "usage: gen_lattice.lua LAYERS WIDTH CHOICES [effects]")

local out = {}
local function put(s) out[#out + 1] = s end
put(('scenario {\n  id = "lattice", title = "Rooster", language = "nl", version = "1", minutes = 1,\n'
  .. '  lessons = { 1 }, intro = "Een gegenereerd gesprek.", start = "n1_1",\n'
  .. '  cast = { o = { name = "Ouder", role = "moeder" } },\n'
  .. '  state = { spanning = { init = 5, min = 0, max = 10 } },\n}\n'))
local kinds = { "herstel", "neutraal", "breuk" }
for l = 1, layers do
  for j = 1, width do
    put(('node "n%d_%d" { speaker = "o", lines = { "Zin %d.%d" }, choices = {\n'):format(l, j, l, j))
    for k = 1, choices do
      local next = l == layers and ("e" .. k) or ("n%d_%d"):format(l + 1, ((j - 1) * choices + (k - 1)) % width + 1)
      local eff = effects and (",effects={spanning=%d}"):format(k % 3 - 1) or ""
      put(('  choice{text="A%d",next="%s",score={erkenning=%d}%s,feedback="f"},\n'):format(k, next, k - 1, eff))
    end
    put("} }\n")
  end
end
for k = 1, choices do
  put(('ending "e%d" { title = "Einde %d", kind = "%s", text = "Einde." }\n'):format(k, k, kinds[(k - 1) % 3 + 1]))
end
io.write(table.concat(out))

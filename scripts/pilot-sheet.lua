-- The blind reading sheet of a scenario, for piloting it with readers who
-- do not know the answers (docs/authoring.md, "Pilot it with two readers").
--
--   lua5.4 scripts/pilot-sheet.lua SCENARIO.lua [SEED] > sheet.md 2> key.txt
--
-- The sheet (standard output) gives the intro and, for every decision, what
-- the person says and the responses in a shuffled order under letters: no
-- scores, feedback, inner reactions or ids. The key (standard error) gives,
-- per decision, the letter of the authored best response (the most points
-- over all dimensions, as the tells check counts it), one line each:
-- "node-id B". A response with a condition is on offer only in some states
-- (a repair after a promise, say), so the best with it on offer may differ:
-- the key then names every letter that is best in some such case, "node-id
-- B|E".
local path, seed = arg[1], tonumber(arg[2] or "1")
assert(path, "usage: lua5.4 scripts/pilot-sheet.lua SCENARIO.lua [SEED]")

local meta, nodes = nil, {}
local env = setmetatable({}, { __index = _G })
env.scenario = function(t) meta = t end
env.choice = function(t) return t end
env.test = function(t) return t end
env.node = function(id) return function(t) t.id = id; nodes[#nodes + 1] = t end end
env.ending = function() return function() end end
assert(loadfile(path, "t", env))()

-- a small linear congruential generator: the same order on every machine
local state = seed
local function rand(n)
  state = (state * 1103515245 + 12345) % 2147483648
  return state % n + 1
end

local function points(c)
  local sum = 0
  for _, v in pairs(c.score or {}) do sum = sum + v end
  return sum
end

local function said(line)
  if type(line) == "string" then return nil, line end
  if type(line) == "table" and type(line[2]) == "string" then return line[1], line[2] end
  return nil, nil   -- a line the state writes: not on a static sheet
end

local out = { "# " .. meta.title, "", (meta.intro or ""):gsub("%s+$", ""), "" }
local letters = "ABCDEFGHIJ"
for i, n in ipairs(nodes) do
  out[#out + 1] = ("## Beslissing %d (%s)"):format(i, n.id)
  out[#out + 1] = ""
  for _, line in ipairs(n.lines or {}) do
    local who, text = said(line)
    if text then
      -- a line with a condition is said on some paths only: a reader should
      -- not take it for what was said on every path
      local some = type(line) == "table" and line.when ~= nil and "*(op sommige paden)* " or ""
      if who == "verteller" then out[#out + 1] = some .. "*" .. text .. "*"
      else out[#out + 1] = "> " .. some .. text end
      out[#out + 1] = ""
    end
  end
  -- the best among the responses always on offer together with each
  -- conditional one in turn (or with none)
  local order, best, always = {}, {}, {}
  for k, c in ipairs(n.choices) do
    order[k] = k
    if c.when == nil then always[#always + 1] = k end
  end
  local function mark(extra)
    local top
    for _, k in ipairs(always) do if not top or points(n.choices[k]) > points(n.choices[top]) then top = k end end
    if extra and (not top or points(n.choices[extra]) > points(n.choices[top])) then top = extra end
    if top then best[top] = true end
  end
  mark(nil)
  for k, c in ipairs(n.choices) do if c.when ~= nil then mark(k) end end
  for k = #order, 2, -1 do
    local j = rand(k)
    order[k], order[j] = order[j], order[k]
  end
  local key = {}
  for pos, k in ipairs(order) do
    out[#out + 1] = ("%s. %s"):format(letters:sub(pos, pos), n.choices[k].text)
    if best[k] then key[#key + 1] = letters:sub(pos, pos) end
  end
  io.stderr:write(("%s %s\n"):format(n.id, table.concat(key, "|")))
  out[#out + 1] = ""
end
io.write(table.concat(out, "\n"), "\n")

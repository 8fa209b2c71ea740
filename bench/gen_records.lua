-- bench/gen_records.lua: writes synthetic session records for the cohort
-- benchmarks (bench/cohort.sh): records shaped like naast's own (format 1,
-- pretty-printed like cJSON_Print, about the size of a library session),
-- from a seeded generator, so every run writes the same bytes.
--
--   lua5.4 bench/gen_records.lua DIR COUNT [SCENARIOS] [SEED]
--
-- DIR/sessions/<scenario>-<YYYYMMDD-HHMMSS>.json, one session per day-ish
-- (a few hours apart) from 2026-01-05; trainee "Bench". With SCENARIOS = 1
-- every record is of one scenario and version (for compare); more spread the
-- records over that many scenarios (for history). 1 in 10 is unfinished.
local dir, count, nscen, seed = arg[1], tonumber(arg[2] or ""), tonumber(arg[3] or "1"), tonumber(arg[4] or "20261123")
if not dir or not count then
  io.stderr:write("usage: lua5.4 bench/gen_records.lua DIR COUNT [SCENARIOS] [SEED]\n")
  os.exit(2)
end

local state = seed
local function rand(n) -- a 31-bit LCG (its high bits): the same sequence on every machine
  state = (state * 1103515245 + 12345) % 2147483648
  return (state >> 16) % n + 1
end

local DIMS = { "erkenning", "regulatie", "verbinding", "veiligheid", "regie", "systemisch", "transparantie" }
local VARS = { "spanning", "vertrouwen", "regie", "belofte" }
local WORDS = { "ik", "hoor", "dat", "je", "boos", "bent", "wat", "is", "er", "gebeurd", "met", "de", "brief",
                "van", "gemeente", "wil", "graag", "samen", "kijken", "naar", "wat", "jij", "nodig", "hebt" }
local function sentence(n)
  local t = {}
  for i = 1, n do t[i] = WORDS[rand(#WORDS)] end
  t[1] = t[1]:sub(1, 1):upper() .. t[1]:sub(2)
  return table.concat(t, " ") .. "."
end

-- a scenario: 14 decision nodes of 3 or 4 responses, each response scoring 1-3 dimensions
local function scenario(k)
  local sc = { id = string.format("bench-scenario-%02d", k), nodes = {}, hash = string.format("fnv1a64:%016x", 0x9e3779b97f4a7c15 ~ k) }
  for n = 1, 14 do
    local node = { id = "node" .. n, choices = {} }
    for c = 1, 3 + rand(2) - 1 do
      local ch = { id = node.id .. "." .. c, text = sentence(10 + rand(12)), score = {}, lessons = {} }
      for _ = 1, rand(3) do ch.score[DIMS[rand(#DIMS)]] = rand(6) - 3 end
      ch.lessons[rand(8)] = true
      node.choices[c] = ch
    end
    sc.nodes[n] = node
  end
  return sc
end

local function days_to_civil(z) -- Howard Hinnant's algorithm
  z = z + 719468
  local era = z // 146097
  local doe = z - era * 146097
  local yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
  local y = yoe + era * 400
  local doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
  local mp = (5 * doy + 2) // 153
  local d = doy - (153 * mp + 2) // 5 + 1
  local m = mp < 10 and mp + 3 or mp - 9
  return m <= 2 and y + 1 or y, m, d
end
local function stamp(t, fmt)
  local y, m, d = days_to_civil(t // 86400)
  local s = t % 86400
  return string.format(fmt, y, m, d, s // 3600, s // 60 % 60, s % 60)
end

local function lessons_json(set)
  local t = {}
  for l = 1, 8 do if set[l] then t[#t + 1] = tostring(l) end end
  return "[" .. table.concat(t, ", ") .. "]"
end

local function points_json(p, indent)
  local t = {}
  for _, d in ipairs(DIMS) do
    if p[d] then t[#t + 1] = string.format('%s\t"%s":\t%d', indent, d, p[d]) end
  end
  if #t == 0 then return "{\n" .. indent .. "}" end
  return "{\n" .. table.concat(t, ",\n") .. "\n" .. indent .. "}"
end

local KINDS = { "herstel", "neutraal", "breuk" }
local function ending_json(e)
  return string.format('{\n\t\t"id":\t"einde%d",\n\t\t"title":\t"Einde %d",\n\t\t"kind":\t"%s"\n\t}', e, e, KINDS[e])
end

local scenarios = {}
for k = 1, nscen do scenarios[k] = scenario(k) end
os.execute("mkdir -p '" .. dir .. "/sessions'")
local t0 = 1767571200 + 9 * 3600 -- 2026-01-05 09:00 UTC
for i = 1, count do
  local sc = scenarios[(i - 1) % nscen + 1]
  local started = t0 + (i - 1) * 7 * 3600 + rand(3600)
  local unfinished = rand(10) == 1
  local steps = unfinished and 3 + rand(3) or 8
  local decs, earned_tot, best_tot = {}, {}, {}
  for _, d in ipairs(DIMS) do earned_tot[d], best_tot[d] = 0, 0 end
  local state = { 6, 2, 3, 0 }
  for s = 1, steps do
    local node = sc.nodes[(s * 3 + rand(2)) % #sc.nodes + 1]
    local k = rand(#node.choices)
    local ch = node.choices[k]
    local best, avail_lessons = {}, {}
    for _, c in ipairs(node.choices) do
      for d, v in pairs(c.score) do best[d] = math.max(best[d] or 0, v) end
      for l in pairs(c.lessons) do avail_lessons[l] = true end
    end
    local earned = {}
    for d, v in pairs(best) do
      earned[d] = ch.score[d] or 0
      if v > 0 then earned_tot[d] = earned_tot[d] + earned[d]; best_tot[d] = best_tot[d] + v end
    end
    for v = 1, 3 do state[v] = math.max(0, math.min(10, state[v] + rand(3) - 2)) end
    decs[s] = string.format([[{
			"step":	%d,
			"node":	"%s",
			"choice":	"%s",
			"number":	%d,
			"available":	%d,
			"text":	"%s",
			"earned":	%s,
			"best":	%s,
			"lessons":	%s,
			"lessons_available":	%s,
			"state":	{
				"spanning":	%d,
				"vertrouwen":	%d,
				"regie":	%d,
				"belofte":	%d
			},
			"seconds":	%d.%d
		}]], s, node.id, ch.id, k, #node.choices, ch.text, points_json(earned, "\t\t\t"),
      points_json(best, "\t\t\t"), lessons_json(ch.lessons), lessons_json(avail_lessons),
      state[1], state[2], state[3], state[4], rand(60), rand(9))
  end
  local scores, e_all, b_all = {}, 0, 0
  for _, d in ipairs(DIMS) do
    local e, b = earned_tot[d], best_tot[d]
    e_all, b_all = e_all + e, b_all + b
    scores[#scores + 1] = string.format('\t\t"%s":\t{\n\t\t\t"earned":\t%d,\n\t\t\t"best":\t%d,\n\t\t\t"score":\t%s\n\t\t}',
      d, e, b, b > 0 and string.format("%.4f", e / b) or "null")
  end
  local vars = {}
  for v, id in ipairs(VARS) do
    vars[v] = string.format('{\n\t\t\t"id":\t"%s",\n\t\t\t"init":\t0,\n\t\t\t"min":\t0,\n\t\t\t"max":\t10,\n\t\t\t"hidden":\t%s\n\t\t}',
      id, v == 4 and "true" or "false")
  end
  local dims = {}
  for d, id in ipairs(DIMS) do dims[d] = '"' .. id .. '"' end
  local text = string.format([[{
	"format":	"naast-record",
	"format_version":	1,
	"engine":	"naast 0.1.0",
	"scenario":	{
		"id":	"%s",
		"title":	"Bench scenario %s",
		"version":	"1",
		"file":	"scenarios/nl/%s.lua",
		"hash":	"%s",
		"lessons":	[3, 1, 8]
	},
	"trainee":	"Bench",
	"mode":	"training",
	"lang":	"nl",
	"started":	"%s",
	"ended":	%s,
	"variables":	[%s],
	"dimensions":	[%s],
	"decisions":	[%s],
	"undone":	[],
	"ending":	%s,
	"scores":	{
%s
	},
	"overall":	%s
}
]], sc.id, sc.id, sc.id, sc.hash, stamp(started, "%04d-%02d-%02dT%02d:%02d:%02dZ"),
    unfinished and "null" or '"' .. stamp(started + 900, "%04d-%02d-%02dT%02d:%02d:%02dZ") .. '"',
    table.concat(vars, ", "), table.concat(dims, ", "), table.concat(decs, ", "),
    unfinished and "null" or ending_json(rand(3)),
    table.concat(scores, ",\n"), b_all > 0 and string.format("%.4f", e_all / b_all) or "null")
  local f = assert(io.open(string.format("%s/sessions/%s-%s.json", dir, sc.id, stamp(started, "%04d%02d%02d-%02d%02d%02d")), "w"))
  f:write(text)
  f:close()
end

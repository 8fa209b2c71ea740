-- Prints every piece of Dutch text in a scenario or rubric file, one per
-- line, for hunspell. Ids, speaker ids and keys are left out.
local TEXT = { title = true, intro = true, text = true, feedback = true, inner = true, prompt = true,
  name = true, role = true, label = true, description = true, core = true, advice = true,
  questions = true, content_notes = true }
local out = {}
-- Single quotes used as quotation marks go; apostrophes inside a word
-- (zo'n) and the elisions 's and 't stay.
local function unquote(s)
  s = s:gsub("(%w)'(%w)", "%1\1%2"):gsub("'([st])(%W)", "\1%1%2"):gsub("'([st])$", "\1%1")
  return (s:gsub("'", " "):gsub("\1", "'"))
end
local function emit(s) out[#out + 1] = unquote(s) end
local function walk(v, key)
  if type(v) == "string" then if TEXT[key] then emit(v) end
  elseif type(v) == "table" then
    -- lines: { "speaker", "text" } or plain strings
    if key == "lines" then
      for _, l in ipairs(v) do
        if type(l) == "string" then emit(l)
        elseif type(l) == "table" then
          if type(l[2]) == "string" then emit(l[2]) end
          if type(l.text) == "string" then emit(l.text) end
        end
      end
      return
    end
    for k, x in pairs(v) do
      walk(x, (type(k) == "string") and k or key)
    end
  end
end
local env = setmetatable({}, { __index = _G })
for _, f in ipairs({ "scenario", "rubric", "choice", "test", "dimension", "lesson", "role" }) do
  env[f] = function(t) walk(t) return t end
end
for _, f in ipairs({ "node", "ending" }) do
  env[f] = function(id) return function(t) walk(t) end end
end
local chunk = assert(loadfile(arg[1], "t", env))
chunk()
io.write(table.concat(out, "\n"), "\n")

-- luacheck for scenario and rubric files (luacheck scenarios/): only what the
-- sandbox offers (docs/scenario-format.md, "The sandbox"), so a call to io or
-- os is flagged while writing, not first when the scenario is loaded.
stds.naast = {
  read_globals = {
    -- the declarations
    "scenario", "node", "ending", "choice", "test", "rubric", "dimension", "lesson", "role",
    -- the sandbox's standard library
    "string", "table", "math", "utf8", "assert", "error", "ipairs", "pairs", "next", "pcall", "select",
    "tonumber", "tostring", "type", "setmetatable", "getmetatable", "rawequal", "rawget", "rawlen",
  },
}
std = "naast"
max_line_length = false   -- lines of dialogue are long, and should stay on one line
exclude_files = { "scenarios/templates/*" }

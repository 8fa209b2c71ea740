---@meta naast
-- Type annotations for Naast scenario and rubric files, for the Lua
-- language server (LuaLS: VS Code's "Lua" extension, Neovim's lua_ls).
-- The repository's .luarc.json points the server here; for a scenario kept
-- elsewhere, add this folder to "workspace.library" in your own .luarc.json.
-- The format itself: docs/scenario-format.md; a guide: docs/authoring.md.

---A state variable's value by id, read-only inside functions.
---@alias naast.State table<string, integer>

---All tests must hold: variable -> "<n", "<=n", ">n", ">=n", "==n", "~=n" or a bare integer (==).
---Where a table cannot say it, a function of the state.
---@alias naast.Condition table<string, string|integer>|fun(s: naast.State): boolean

---A lesson number, 1 to 8 (see scenarios/rubric.lua).
---@alias naast.Lesson 1|2|3|4|5|6|7|8

---@alias naast.EndingKind "herstel"|"neutraal"|"breuk"

---@class naast.Person
---@field name string shown as the speaker's name
---@field role string moeder, vader, jongere, voogd, jeugdbeschermer, pleegouder, collega, ...
---@field portrait? string an image file next to the scenario; default: initials on a calm colour

---@class naast.Variable
---@field init integer the value at the start
---@field min integer every change is clamped to min..max
---@field max integer
---@field label? string shown instead of the id
---@field hidden? boolean a flag, not shown as a meter

---@class naast.Trigger
---@field when naast.Condition checked after every response that leads on to a node
---@field next string the node or ending to go to instead

---"Regulation before content": while `when` holds, a response with content = true
---changes each named variable by at most max[var] and at least min[var].
---@class naast.Regulation
---@field when naast.Condition
---@field max? table<string, integer>
---@field min? table<string, integer>

---A trainer's own check, run by `naast test`.
---@class naast.Test
---@field name? string shown when it fails
---@field choices integer[] response numbers among those offered at each step (1 = first)
---@field ending? string the ending the path must reach
---@field min? table<string, number> lowest score per dimension id (or "overall"), a fraction 0..1
---@field max? table<string, number> highest score per dimension id (or "overall"), a fraction 0..1

---@class naast.Scenario
---@field id string unique, lowercase letters, digits and dashes
---@field title string
---@field language "nl"|"en"
---@field version? string the author's version label
---@field minutes integer estimated playing time
---@field role? string the trainee's seat, a role id of the rubric: procesbegeleider, jeugdbeschermer, omgangsbegeleider or collega
---@field lessons naast.Lesson[] the lessons trained; the first is the main focus
---@field content_notes? string[] what the scenario touches, shown before playing
---@field intro string the case, in Markdown
---@field start string the first node
---@field cast table<string, naast.Person> who speaks, by id ("verteller" is the narrator)
---@field state table<string, naast.Variable> the simulated person's state
---@field triggers? naast.Trigger[] checked in order; the first that holds wins
---@field regulation? naast.Regulation
---@field tests? naast.Test[]
---@field rubric? string the rubric file, relative to the scenario

---A line: plain text (said by the node's speaker), { speaker, text }, or
---{ speaker, text, when = condition }; text may be a function of the state.
---@alias naast.Line string|fun(s: naast.State): string|{ [1]: string, [2]: string|fun(s: naast.State): string, when?: naast.Condition }

---@class naast.Node
---@field speaker? string a cast id: who says the plain-string lines (default: the narrator)
---@field lines? naast.Line[]
---@field choices naast.Choice[] the responses, in the order shown
---@field prompt? string a discussion prompt for intervision at this decision
---@field key? boolean a key decision: the debrief and group play give it room

---@class naast.Choice
---@field id? string default "node.N"; records refer to it
---@field text string what the trainee says
---@field next string|fun(s: naast.State): string the node or ending that follows; a function sees the state after effects and set
---@field score? table<string, integer> points per rubric dimension (the rubric's scale, -2..3)
---@field effects? table<string, integer>|fun(s: naast.State): table<string, integer> changes to the state, added then clamped
---@field set? table<string, integer> values set outright, after effects
---@field lessons? naast.Lesson[] the lessons this response touches
---@field when? naast.Condition offered only when it holds
---@field feedback? string why it helps or hurts, naming the lesson
---@field inner? string what the person thinks on hearing it, in their own voice
---@field content? boolean a content move, held back by the scenario's regulation
---@field procedure? boolean what a well-meaning, procedure-first professional would say

---@class naast.Ending
---@field title string
---@field kind naast.EndingKind
---@field text string what happens, in Markdown

---Declares the scenario; once per file.
---@param t naast.Scenario
function scenario(t) end

---Declares a decision node: node "id" { ... }
---@param id string
---@return fun(t: naast.Node)
function node(id) end

---Declares an ending: ending "id" { ... }
---@param id string
---@return fun(t: naast.Ending)
function ending(id) end

---A response, inside a node's choices.
---@param t naast.Choice
---@return naast.Choice
function choice(t) end

---A trainer's check, inside the scenario's tests; remembers its line for `naast test`.
---@param t naast.Test
---@return naast.Test
function test(t) end

-- The rubric file (scenarios/rubric.lua).

---@class naast.Dimension
---@field id string
---@field label string
---@field label_en? string
---@field description? string
---@field description_en? string
---@field lessons naast.Lesson[] the lessons the dimension draws on

---@class naast.LessonInfo
---@field number naast.Lesson
---@field title string
---@field title_en? string
---@field core? string the lesson in two or three sentences
---@field advice? string[] the debrief's advice
---@field questions? string[] reflection questions
---@field questions_en? string[]

---A seat the trainee can take in a scenario.
---@class naast.Role
---@field id string what a scenario's role names
---@field label string
---@field label_en? string

---@class naast.Rubric
---@field scale { min: integer, max: integer } the points a response can score per dimension
---@field dimensions naast.Dimension[]
---@field lessons naast.LessonInfo[]
---@field roles? naast.Role[] the trainee's seats that scenarios may name

---@param t naast.Rubric
function rubric(t) end

---@param t naast.Dimension
---@return naast.Dimension
function dimension(t) end

---@param t naast.LessonInfo
---@return naast.LessonInfo
function lesson(t) end

---@param t naast.Role
---@return naast.Role
function role(t) end

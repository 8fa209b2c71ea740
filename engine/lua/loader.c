/* loader.c: scenario and rubric files -> nst_scenario.
 *
 * Declarations are collected while the file runs (in the sandbox), each with
 * the line it was made on; conversion happens afterwards, in a protected call,
 * reading the tables field by field. Unknown fields are errors, so a typo
 * ("scroe") is caught rather than silently ignored. Tables keyed by name are
 * read in a fixed order, never in pairs() order, which Lua randomises.
 */
#include "loader.h"

#include <lauxlib.h>
#include <ctype.h>
#include <limits.h>
#include <lua.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fsutil.h"
#include "prescan.h"
#include "script.h"

#define DECLS "nst.decls"
#define LINES "nst.lines"

typedef struct {
  lua_State *L;
  nst_scenario *sc;
  nst_findings *out;
  const char *file;
  int failed;
} ctx;

/* ---- declarations, while the file runs ------------------------------ */

static int call_line(lua_State *L) {
  lua_Debug ar;
  if (lua_getstack(L, 1, &ar) && lua_getinfo(L, "l", &ar) && ar.currentline > 0) return ar.currentline;
  return 0;
}

/* The registry's table `name`, pushed; an error when it is gone: the
 * declarations are converted and dropped once the file has run, and a
 * scenario function that declares later (next = node "x" called during
 * play) would otherwise write into nothing (found by fuzz_scenario). */
static void push_registry_table(lua_State *L, const char *name) {
  if (lua_getfield(L, LUA_REGISTRYINDEX, name) != LUA_TTABLE)
    luaL_error(L, "declarations (scenario, node, choice, ending, ...) belong at the top of the file, "
                  "not inside a function that runs during play");
}

static void remember_line(lua_State *L, int t, int line) {
  push_registry_table(L, LINES);
  lua_pushvalue(L, t);
  lua_pushinteger(L, line);
  lua_rawset(L, -3);
  lua_pop(L, 1);
}

/* Appends {kind, id, line, t} to the declarations. */
static void add_decl(lua_State *L, const char *kind, int id_idx, int line, int t) {
  push_registry_table(L, DECLS);
  lua_createtable(L, 0, 4);
  lua_pushstring(L, kind);
  lua_setfield(L, -2, "kind");
  if (id_idx) { lua_pushvalue(L, id_idx); lua_setfield(L, -2, "id"); }
  lua_pushinteger(L, line);
  lua_setfield(L, -2, "line");
  lua_pushvalue(L, t);
  lua_setfield(L, -2, "t");
  lua_rawseti(L, -2, (lua_Integer)lua_rawlen(L, -2) + 1);
  lua_pop(L, 1);
  remember_line(L, t, line);
}

/* node "id" { ... }: the second call, with the table. */
static int f_declare_body(lua_State *L) {
  const char *kind = lua_tostring(L, lua_upvalueindex(1));
  if (!lua_istable(L, 1))
    return luaL_error(L, "%s \"%s\" must be followed by a table: %s \"%s\" { ... }", kind,
                      lua_tostring(L, lua_upvalueindex(2)), kind, lua_tostring(L, lua_upvalueindex(2)));
  add_decl(L, kind, lua_upvalueindex(2), (int)lua_tointeger(L, lua_upvalueindex(3)), 1);
  return 0;
}

static int f_declare(lua_State *L) {
  const char *kind = lua_tostring(L, lua_upvalueindex(1));
  int line = call_line(L);
  int named = strcmp(kind, "node") == 0 || strcmp(kind, "ending") == 0;
  if (named && lua_type(L, 1) == LUA_TSTRING) {
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_pushvalue(L, 1);
    lua_pushinteger(L, line);
    lua_pushcclosure(L, f_declare_body, 3);
    return 1;
  }
  if (!lua_istable(L, 1))
    return luaL_error(L, named ? "%s: expected an id, as in %s \"id\" { ... }" : "%s: expected a table, as in %s { ... }",
                      kind, kind);
  if (strcmp(kind, "choice") == 0 || strcmp(kind, "test") == 0 || strcmp(kind, "dimension") == 0 ||
      strcmp(kind, "lesson") == 0 || strcmp(kind, "role") == 0) {
    remember_line(L, 1, line);
    lua_settop(L, 1);
    return 1;
  }
  if (named) {
    lua_getfield(L, 1, "id");
    add_decl(L, kind, lua_type(L, -1) == LUA_TSTRING ? lua_gettop(L) : 0, line, 1);
  } else {
    add_decl(L, kind, 0, line, 1);
  }
  return 0;
}

static int install(lua_State *L) {
  nst_sandbox *sb = lua_touserdata(L, 1);
  const char *const *kinds = lua_touserdata(L, 2);
  lua_newtable(L);
  lua_setfield(L, LUA_REGISTRYINDEX, DECLS);
  lua_newtable(L);
  lua_newtable(L);
  lua_pushliteral(L, "k");
  lua_setfield(L, -2, "__mode");
  lua_setmetatable(L, -2);
  lua_setfield(L, LUA_REGISTRYINDEX, LINES);
  nst_sandbox_push_env(sb);
  for (; *kinds; kinds++) {
    lua_pushstring(L, *kinds);
    lua_pushcclosure(L, f_declare, 1);
    lua_setfield(L, -2, *kinds);
  }
  return 0;
}

/* ---- conversion helpers --------------------------------------------- */

static void report(ctx *c, nst_severity sev, int line, const char *code, const char *fmt, ...)
  __attribute__((format(printf, 5, 6)));
static void report(ctx *c, nst_severity sev, int line, const char *code, const char *fmt, ...) {
  char buf[900];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  c->out->file = c->file;
  nst_findings_add(c->out, sev, line, code, "%s", buf);
  if (sev == NST_ERROR) c->failed = 1;
}
#define ERR(c, line, code, ...) report(c, NST_ERROR, line, code, __VA_ARGS__)
#define WARN(c, line, code, ...) report(c, NST_WARNING, line, code, __VA_ARGS__)

static int line_of(ctx *c, int t, int fallback) {
  lua_State *L = c->L;
  if (!lua_istable(L, t)) return fallback;
  lua_getfield(L, LUA_REGISTRYINDEX, LINES);
  lua_pushvalue(L, t);
  lua_rawget(L, -2);
  int line = lua_isinteger(L, -1) ? (int)lua_tointeger(L, -1) : fallback;
  lua_pop(L, 2);
  return line;
}

/* Reports fields of table t that are not in allowed (a NULL-terminated
 * list); list entries (1, 2, ...) are allowed when list_ok. */
static void check_fields(ctx *c, int t, const char *const *allowed, int list_ok, int line,
                         const char *what) {
  lua_State *L = c->L;
  lua_pushnil(L);
  while (lua_next(L, t)) {
    lua_pop(L, 1);
    if (lua_type(L, -1) == LUA_TSTRING) {
      const char *k = lua_tostring(L, -1);
      const char *const *a = allowed;
      while (*a && strcmp(*a, k) != 0) a++;
      if (!*a) ERR(c, line, "unknown-field", "unknown field '%s' in %s", k, what);
    } else if (!(list_ok && lua_isinteger(L, -1))) {
      ERR(c, line, "unknown-field", "unexpected entry in %s: fields are written name = value", what);
    }
  }
}

/* A string field copied into the arena; NULL when absent or wrong. */
static const char *text_at(ctx *c, int idx, int line, const char *what, const char *field) {
  lua_State *L = c->L;
  size_t n;
  const char *s = lua_tolstring(L, idx, &n);
  if (lua_type(L, idx) != LUA_TSTRING) {
    ERR(c, line, "bad-type", "%s of %s must be a string, not %s", field, what, luaL_typename(L, idx));
    return NULL;
  }
  if (!nst_utf8_valid(s, n)) {
    ERR(c, line, "bad-utf8", "%s of %s is not valid UTF-8", field, what);
    return NULL;
  }
  return nst_scenario_strdup(c->sc, s, n);
}

static const char *text_field(ctx *c, int t, const char *key, int required, int line, const char *what) {
  lua_State *L = c->L;
  lua_getfield(L, t, key);
  const char *s = NULL;
  if (lua_isnil(L, -1)) {
    if (required) ERR(c, line, "missing-field", "%s needs a field \"%s\"", what, key);
  } else {
    s = text_at(c, lua_gettop(L), line, what, key);
  }
  lua_pop(L, 1);
  return s;
}

static int int_field(ctx *c, int t, const char *key, int required, int def, int line, const char *what) {
  lua_State *L = c->L;
  lua_getfield(L, t, key);
  int v = def;
  if (lua_isnil(L, -1)) {
    if (required) ERR(c, line, "missing-field", "%s needs %s (a whole number)", what, key);
  } else if (!lua_isinteger(L, -1) || lua_tointeger(L, -1) < -100000 || lua_tointeger(L, -1) > 100000) {
    ERR(c, line, "bad-type", "%s of %s must be a whole number", key, what);
  } else {
    v = (int)lua_tointeger(L, -1);
  }
  lua_pop(L, 1);
  return v;
}

/* Pushes field key of t if it is a table (returns its index), else reports
 * (when present but not a table) and returns 0 with nothing pushed. */
static int table_field(ctx *c, int t, const char *key, int line, const char *what) {
  lua_State *L = c->L;
  if (lua_getfield(L, t, key) == LUA_TTABLE) return lua_gettop(L);
  if (!lua_isnil(L, -1)) ERR(c, line, "bad-type", "%s of %s must be a table", key, what);
  lua_pop(L, 1);
  return 0;
}

/* A function field as a registry reference, or NST_NONE. */
static int32_t fn_ref(ctx *c, int idx) {
  lua_pushvalue(c->L, idx);
  return luaL_ref(c->L, LUA_REGISTRYINDEX);
}

/* The names of table t's string keys, sorted: pairs() order is random. */
static int sorted_keys(ctx *c, int t, const char **keys, int max) {
  lua_State *L = c->L;
  int n = 0;
  lua_pushnil(L);
  while (lua_next(L, t)) {
    lua_pop(L, 1);
    if (lua_type(L, -1) == LUA_TSTRING && n < max) keys[n++] = lua_tostring(L, -1);
  }
  for (int i = 1; i < n; i++)
    for (int j = i; j > 0 && strcmp(keys[j - 1], keys[j]) > 0; j--) {
      const char *k = keys[j]; keys[j] = keys[j - 1]; keys[j - 1] = k;
    }
  return n;
}

static uint16_t lesson_list(ctx *c, int t, const char *key, int line, const char *what, int *first) {
  lua_State *L = c->L;
  uint16_t mask = 0;
  int lt = table_field(c, t, key, line, what);
  if (!lt) return 0;
  lua_Integer n = (lua_Integer)lua_rawlen(L, lt);
  for (lua_Integer i = 1; i <= n; i++) {
    lua_rawgeti(L, lt, i);
    lua_Integer l = lua_isinteger(L, -1) ? lua_tointeger(L, -1) : 0;
    if (l < 1 || l > NST_LESSONS)
      ERR(c, line, "unknown-lesson", "%s: lesson %s does not exist (lessons are 1 to %d)", what,
          luaL_tolstring(L, -1, NULL), NST_LESSONS), lua_pop(L, 1);
    else {
      mask |= (uint16_t)(1u << l);
      if (first && !*first) *first = (int)l;
    }
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  return mask;
}

/* ---- conditions, scores, effects ------------------------------------ */

static int parse_test(const char *s, int *op, int *value) {
  while (*s == ' ') s++;
  static const struct { const char *t; int op; } ops[] = {
    { "<=", NST_LE }, { ">=", NST_GE }, { "==", NST_EQ }, { "~=", NST_NE }, { "!=", NST_NE },
    { "<", NST_LT }, { ">", NST_GT }, { "=", NST_EQ } };
  *op = NST_EQ;
  for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) {
    size_t n = strlen(ops[i].t);
    if (strncmp(s, ops[i].t, n) == 0) { *op = ops[i].op; s += n; break; }
  }
  char *end;
  long v = strtol(s, &end, 10);
  if (end == s) return -1;
  while (*end == ' ') end++;
  if (*end || v < -30000 || v > 30000) return -1;
  *value = (int)v;
  return 0;
}

/* The condition at stack index idx (table or function; nil = always). */
static nst_cond read_cond(ctx *c, int idx, int line, const char *what) {
  lua_State *L = c->L;
  nst_scenario *sc = c->sc;
  nst_cond cond = { (uint32_t)sc->clause_count, 0, NST_NONE };
  if (lua_isnil(L, idx)) return cond;
  if (lua_isfunction(L, idx)) { cond.fn = fn_ref(c, idx); return cond; }
  if (!lua_istable(L, idx)) {
    ERR(c, line, "bad-type", "the condition of %s must be a table such as { vertrouwen = \">=6\" } or a function", what);
    return cond;
  }
  const char *keys[64];
  int n = sorted_keys(c, idx, keys, 64);
  lua_pushnil(L);
  while (lua_next(L, idx)) {
    lua_pop(L, 1);
    if (lua_type(L, -1) != LUA_TSTRING)
      ERR(c, line, "bad-condition", "the condition of %s must name state variables", what);
  }
  for (int i = 0; i < n; i++) {
    int var = nst_scenario_var_find(sc, keys[i]);
    if (var < 0) {
      ERR(c, line, "unknown-variable", "the condition of %s names \"%s\", which is not a state variable", what, keys[i]);
      continue;
    }
    lua_getfield(L, idx, keys[i]);
    int op = NST_EQ, value = 0, ok = 0;
    if (lua_isinteger(L, -1)) { value = (int)lua_tointeger(L, -1); ok = value > -30000 && value < 30000; }
    else if (lua_type(L, -1) == LUA_TSTRING) ok = parse_test(lua_tostring(L, -1), &op, &value) == 0;
    if (!ok)
      ERR(c, line, "bad-condition", "the condition of %s: \"%s\" for %s is not a test such as \">=6\" or \"<3\"",
          what, luaL_tolstring(L, -1, NULL), keys[i]), lua_pop(L, 1);
    lua_pop(L, 1);
    if (!ok) continue;
    int k = nst_scenario_push(sc, (void **)&sc->clauses, &sc->clause_count, sizeof *sc->clauses);
    if (k < 0) { ERR(c, line, "no-memory", "out of memory"); break; }
    sc->clauses[k] = (nst_clause){ (uint8_t)var, (uint8_t)op, (int16_t)value };
    cond.count++;
  }
  return cond;
}

static void read_scores(ctx *c, int t, nst_choice *ch, int line, const char *what) {
  lua_State *L = c->L;
  nst_scenario *sc = c->sc;
  ch->score_first = (uint32_t)sc->score_count;
  int st = table_field(c, t, "score", line, what);
  if (!st) return;
  const char *keys[64];
  int n = sorted_keys(c, st, keys, 64);
  for (int i = 0; i < n; i++) {
    int d = nst_scenario_dim_find(sc, keys[i]);
    if (d < 0) {
      ERR(c, line, "unknown-dimension", "%s scores on \"%s\", which is not a dimension of the rubric (%s)", what,
          keys[i], c->sc->rubric_path ? c->sc->rubric_path : "?");
      continue;
    }
    lua_getfield(L, st, keys[i]);
    lua_Integer v = lua_isinteger(L, -1) ? lua_tointeger(L, -1) : -1000;
    lua_pop(L, 1);
    if (v < sc->scale_min || v > sc->scale_max) {
      ERR(c, line, "out-of-range", "%s: the score for %s must be a whole number from %d to %d",
          what, keys[i], sc->scale_min, sc->scale_max);
      continue;
    }
    int k = nst_scenario_push(sc, (void **)&sc->scores, &sc->score_count, sizeof *sc->scores);
    if (k < 0) break;
    sc->scores[k] = (nst_score){ (uint8_t)d, (int8_t)v };
    ch->score_count++;
  }
  lua_pop(L, 1);
}

static void read_effects(ctx *c, int t, const char *key, int set, nst_choice *ch, int line, const char *what) {
  lua_State *L = c->L;
  nst_scenario *sc = c->sc;
  if (lua_getfield(L, t, key) == LUA_TFUNCTION && !set) {
    ch->effect_fn = fn_ref(c, -1);
    lua_pop(L, 1);
    return;
  }
  lua_pop(L, 1);
  int et = table_field(c, t, key, line, what);
  if (!et) return;
  const char *keys[64];
  int n = sorted_keys(c, et, keys, 64);
  for (int i = 0; i < n; i++) {
    int var = nst_scenario_var_find(sc, keys[i]);
    if (var < 0) {
      ERR(c, line, "unknown-variable", "%s changes \"%s\", which is not a state variable", what, keys[i]);
      continue;
    }
    const nst_var *v = &sc->vars[var];
    lua_getfield(L, et, keys[i]);
    int ok = lua_isinteger(L, -1);
    lua_Integer x = ok ? lua_tointeger(L, -1) : 0;
    lua_pop(L, 1);
    if (!ok) { ERR(c, line, "bad-type", "%s: %s of %s must be a whole number", what, key, keys[i]); continue; }
    if (set ? (x < v->min || x > v->max) : (x < -(v->max - v->min) || x > v->max - v->min)) {
      ERR(c, line, "out-of-range", set ? "%s sets %s to %lld, outside its range %d..%d"
                                       : "%s changes %s by %lld, more than its range %d..%d allows",
          what, keys[i], (long long)x, v->min, v->max);
      continue;
    }
    int k = nst_scenario_push(sc, (void **)&sc->effects, &sc->effect_count, sizeof *sc->effects);
    if (k < 0) break;
    sc->effects[k] = (nst_effect){ (uint8_t)var, (uint8_t)set, (int16_t)x };
    ch->effect_count++;
  }
  lua_pop(L, 1);
}

/* ---- scenario parts -------------------------------------------------- */

/* The order state variables are shown in: the brief's three meters first. */
static int var_rank(const char *id) {
  static const char *const first[] = { "spanning", "vertrouwen", "regie", "hoop", "openheid" };
  for (int i = 0; i < 5; i++) if (strcmp(id, first[i]) == 0) return i;
  return 5;
}

static void read_state(ctx *c, int st, int line) {
  lua_State *L = c->L;
  nst_scenario *sc = c->sc;
  const char *keys[64];
  int n = sorted_keys(c, st, keys, 64);
  for (int i = 1; i < n; i++)   /* stable: rank, then name */
    for (int j = i; j > 0 && var_rank(keys[j - 1]) > var_rank(keys[j]); j--) {
      const char *k = keys[j]; keys[j] = keys[j - 1]; keys[j - 1] = k;
    }
  if (n > NST_MAX_VARS) { ERR(c, line, "too-many", "at most %d state variables", NST_MAX_VARS); n = NST_MAX_VARS; }
  if (n == 0) ERR(c, line, "missing-field", "the scenario's state needs at least one variable");
  static const char *const fields[] = { "init", "min", "max", "label", "hidden", NULL };
  for (int i = 0; i < n; i++) {
    char what[160];
    snprintf(what, sizeof what, "state variable \"%s\"", keys[i]);
    if (lua_getfield(L, st, keys[i]) != LUA_TTABLE) {
      ERR(c, line, "bad-type", "%s must be a table such as { init = 5, min = 0, max = 10 }", what);
      lua_pop(L, 1);
      continue;
    }
    int t = lua_gettop(L);
    check_fields(c, t, fields, 0, line, what);
    nst_var *v = &sc->vars[sc->var_count++];
    v->id = nst_scenario_strdup(sc, keys[i], strlen(keys[i]));
    v->init = int_field(c, t, "init", 1, 0, line, what);
    v->min = int_field(c, t, "min", 1, 0, line, what);
    v->max = int_field(c, t, "max", 1, 10, line, what);
    v->label = text_field(c, t, "label", 0, line, what);
    lua_getfield(L, t, "hidden");
    v->hidden = (uint8_t)lua_toboolean(L, -1);
    lua_pop(L, 2);
    if (v->min > v->max) ERR(c, line, "out-of-range", "%s: min %d is above max %d", what, v->min, v->max);
    else if (v->init < v->min || v->init > v->max)
      ERR(c, line, "out-of-range", "%s: init %d is outside its range %d..%d", what, v->init, v->min, v->max);
  }
}

/* A portrait is an image file beside the scenario (or in a folder below
 * it), so a shared scenario cannot point the window at other files. */
static void check_portrait(ctx *c, const char *file, int line, const char *what) {
  if (file[0] == '/' || strstr(file, "..") || strchr(file, '\\')) {
    ERR(c, line, "bad-portrait", "%s: portrait \"%s\" must be a file next to the scenario, such as \"samira.png\"",
        what, file);
    return;
  }
  char path[4096];
  const char *slash = strrchr(c->file, '/');
  int dl = slash ? (int)(slash - c->file) : 1;
  snprintf(path, sizeof path, "%.*s/%s", dl, slash ? c->file : ".", file);
  if (access(path, R_OK) != 0)
    report(c, NST_WARNING, line, "portrait-missing", "%s: portrait \"%s\" is not next to the scenario; the window "
           "shows initials instead", what, file);
}

static void read_cast(ctx *c, int ct, int line) {
  lua_State *L = c->L;
  nst_scenario *sc = c->sc;
  const char *keys[64];
  int n = sorted_keys(c, ct, keys, 64);
  static const char *const fields[] = { "name", "role", "portrait", NULL };
  for (int i = 0; i < n; i++) {
    char what[160];
    snprintf(what, sizeof what, "cast member \"%s\"", keys[i]);
    if (strcmp(keys[i], "verteller") == 0) {
      ERR(c, line, "reserved-id", "\"verteller\" is reserved for narration; it needs no cast entry");
      continue;
    }
    if (lua_getfield(L, ct, keys[i]) != LUA_TTABLE) {
      ERR(c, line, "bad-type", "%s must be a table such as { name = \"Samira\", role = \"moeder\" }", what);
      lua_pop(L, 1);
      continue;
    }
    int t = lua_gettop(L);
    check_fields(c, t, fields, 0, line, what);
    int k = nst_scenario_push(sc, (void **)&sc->cast, &sc->cast_count, sizeof *sc->cast);
    if (k < 0) break;
    nst_person *p = &sc->cast[k];
    p->id = nst_scenario_strdup(sc, keys[i], strlen(keys[i]));
    p->name = text_field(c, t, "name", 1, line, what);
    p->role = text_field(c, t, "role", 1, line, what);
    p->portrait = text_field(c, t, "portrait", 0, line, what);
    if (p->portrait) check_portrait(c, p->portrait, line, what);
    lua_pop(L, 1);
  }
  if (sc->cast_count == 0) ERR(c, line, "missing-field", "the scenario needs a cast with at least one person");
}

static int speaker_id(ctx *c, int idx, int line, const char *what) {
  const char *id = lua_tostring(c->L, idx);
  if (lua_type(c->L, idx) != LUA_TSTRING) {
    ERR(c, line, "bad-type", "the speaker of %s must be a cast id", what);
    return NST_NARRATOR;
  }
  if (strcmp(id, "verteller") == 0) return NST_NARRATOR;
  int p = nst_scenario_person_find(c->sc, id);
  if (p < 0) ERR(c, line, "unknown-speaker", "%s: speaker \"%s\" is not in the cast", what, id);
  return p < 0 ? NST_NARRATOR : p;
}

/* One entry of a node's lines, at stack index e. */
static void read_line(ctx *c, int e, int speaker, int line, const char *what) {
  lua_State *L = c->L;
  nst_scenario *sc = c->sc;
  int k = nst_scenario_push(sc, (void **)&sc->lines, &sc->line_count, sizeof *sc->lines);
  if (k < 0) return;
  nst_line ln = { speaker, NULL, 0, NST_NONE, { (uint32_t)sc->clause_count, 0, NST_NONE } };
  int text_idx = e;
  if (lua_istable(L, e)) {
    static const char *const fields[] = { "speaker", "text", "when", NULL };
    check_fields(c, e, fields, 1, line, what);
    lua_getfield(L, e, "speaker");
    if (lua_isnil(L, -1)) { lua_pop(L, 1); lua_rawgeti(L, e, 1); }
    if (!lua_isnil(L, -1)) ln.speaker = speaker_id(c, lua_gettop(L), line, what);
    lua_getfield(L, e, "text");
    if (lua_isnil(L, -1)) { lua_pop(L, 1); lua_rawgeti(L, e, 2); }
    text_idx = lua_gettop(L);
    lua_getfield(L, e, "when");
    ln.when = read_cond(c, lua_gettop(L), line, what);
    lua_pop(L, 1);
  }
  if (lua_isfunction(L, text_idx)) ln.text_fn = fn_ref(c, text_idx);
  else if (lua_type(L, text_idx) == LUA_TSTRING) {
    ln.text = text_at(c, text_idx, line, what, "the text");
    ln.len = ln.text ? (uint32_t)strlen(ln.text) : 0;
  } else {
    ERR(c, line, "bad-line", "%s must be a string, { speaker, text } or a function", what);
  }
  if (lua_istable(L, e)) lua_settop(L, e);
  c->sc->lines[k] = ln;
}

static const char *const CHOICE_FIELDS[] = {
  "id", "text", "next", "score", "effects", "set", "lessons", "when", "feedback", "inner", "procedure",
  "content", NULL
};

/* Fills targets: resolves `next` names now that every node is known. */
static void read_choice(ctx *c, int t, int node, int n, int node_line) {
  lua_State *L = c->L;
  nst_scenario *sc = c->sc;
  const nst_node *nd = &sc->nodes[node];
  int line = line_of(c, t, node_line);
  char what[200];
  snprintf(what, sizeof what, "response %d of node \"%s\"", n, nd->id);
  check_fields(c, t, CHOICE_FIELDS, 0, line, what);
  int k = nst_scenario_push(sc, (void **)&sc->choices, &sc->choice_count, sizeof *sc->choices);
  if (k < 0) return;
  nst_choice ch = { 0 };
  ch.line = line;
  ch.next = ch.next_fn = ch.effect_fn = NST_NONE;
  ch.id = text_field(c, t, "id", 0, line, what);
  if (!ch.id) {
    char id[200];
    int len = snprintf(id, sizeof id, "%s.%d", nd->id, n);
    ch.id = nst_scenario_strdup(sc, id, (size_t)len);
  }
  ch.text = text_field(c, t, "text", 1, line, what);
  ch.feedback = text_field(c, t, "feedback", 0, line, what);
  ch.inner = text_field(c, t, "inner", 0, line, what);
  lua_getfield(L, t, "procedure");
  ch.procedure = (uint8_t)lua_toboolean(L, -1);
  lua_getfield(L, t, "content");
  ch.content = (uint8_t)lua_toboolean(L, -1);
  lua_pop(L, 2);
  if (ch.content && !sc->regulation.declared)
    ERR(c, line, "no-regulation", "%s is marked content = true, but the scenario declares no regulation", what);
  ch.lessons = lesson_list(c, t, "lessons", line, what, NULL);
  lua_getfield(L, t, "when");
  ch.when = read_cond(c, lua_gettop(L), line, what);
  lua_pop(L, 1);
  read_scores(c, t, &ch, line, what);
  ch.effect_first = (uint32_t)sc->effect_count;
  read_effects(c, t, "effects", 0, &ch, line, what);
  read_effects(c, t, "set", 1, &ch, line, what);

  lua_getfield(L, t, "next");
  if (lua_isfunction(L, -1)) ch.next_fn = fn_ref(c, -1);
  else if (lua_type(L, -1) == LUA_TSTRING) {
    ch.next = nst_scenario_node_find(sc, lua_tostring(L, -1));
    if (ch.next < 0)
      ERR(c, line, "unknown-target", "%s leads to \"%s\", which does not exist", what, lua_tostring(L, -1));
  } else {
    ERR(c, line, "missing-field", "%s needs next (a node or ending id)", what);
  }
  lua_pop(L, 1);
  sc->choices[k] = ch;
}

static const char *const NODE_FIELDS[] = { "id", "speaker", "lines", "choices", "prompt", "key", NULL };
static const char *const ENDING_FIELDS[] = { "id", "title", "kind", "text", NULL };

static void read_node(ctx *c, int t, int node) {
  lua_State *L = c->L;
  nst_scenario *sc = c->sc;
  nst_node *nd = &sc->nodes[node];
  int line = nd->line;
  char what[160];
  if (nd->kind == NST_ENDING) {
    snprintf(what, sizeof what, "ending \"%s\"", nd->id);
    check_fields(c, t, ENDING_FIELDS, 0, line, what);
    nd->title = text_field(c, t, "title", 1, line, what);
    nd->ending_kind = text_field(c, t, "kind", 1, line, what);
    nd->text = text_field(c, t, "text", 1, line, what);
    if (nd->ending_kind && strcmp(nd->ending_kind, "herstel") && strcmp(nd->ending_kind, "neutraal") &&
        strcmp(nd->ending_kind, "breuk"))
      ERR(c, line, "bad-kind", "%s: kind \"%s\" must be herstel, neutraal or breuk", what, nd->ending_kind);
    return;
  }
  snprintf(what, sizeof what, "node \"%s\"", nd->id);
  check_fields(c, t, NODE_FIELDS, 0, line, what);
  int speaker = NST_NARRATOR;
  lua_getfield(L, t, "speaker");
  if (!lua_isnil(L, -1)) speaker = speaker_id(c, lua_gettop(L), line, what);
  lua_pop(L, 1);
  nd->prompt = text_field(c, t, "prompt", 0, line, what);
  lua_getfield(L, t, "key");
  nd->key = (uint8_t)lua_toboolean(L, -1);
  lua_pop(L, 1);

  nd->line_first = (uint32_t)sc->line_count;
  int lt = table_field(c, t, "lines", line, what);
  if (lt) {
    lua_Integer n = (lua_Integer)lua_rawlen(L, lt);
    for (lua_Integer i = 1; i <= n; i++) {
      char lw[200];
      snprintf(lw, sizeof lw, "line %lld of node \"%s\"", (long long)i, nd->id);
      lua_rawgeti(L, lt, i);
      read_line(c, lua_gettop(L), speaker, line, lw);
      lua_pop(L, 1);
    }
    lua_pop(L, 1);
  }
  nd = &sc->nodes[node];
  nd->line_count = (uint16_t)(sc->line_count - (int)nd->line_first);

  nd->choice_first = (uint32_t)sc->choice_count;
  int ct = table_field(c, t, "choices", line, what);
  lua_Integer n = ct ? (lua_Integer)lua_rawlen(L, ct) : 0;
  for (lua_Integer i = 1; i <= n; i++) {
    lua_rawgeti(L, ct, i);
    if (lua_istable(L, -1)) read_choice(c, lua_gettop(L), node, (int)i, line);
    else ERR(c, line, "bad-type", "response %lld of node \"%s\" must be a choice { ... }", (long long)i, sc->nodes[node].id);
    lua_pop(L, 1);
  }
  if (ct) lua_pop(L, 1);
  nd = &sc->nodes[node];
  nd->choice_count = (uint16_t)(sc->choice_count - (int)nd->choice_first);
  if (nd->choice_count == 0)
    ERR(c, line, "no-responses", "node \"%s\" has no responses: give it choices, or make it an ending", nd->id);
}

static void read_triggers(ctx *c, int tt, int line) {
  lua_State *L = c->L;
  nst_scenario *sc = c->sc;
  lua_Integer n = (lua_Integer)lua_rawlen(L, tt);
  static const char *const fields[] = { "when", "next", NULL };
  for (lua_Integer i = 1; i <= n; i++) {
    char what[64];
    snprintf(what, sizeof what, "trigger %lld", (long long)i);
    lua_rawgeti(L, tt, i);
    int t = lua_gettop(L);
    if (!lua_istable(L, t)) { ERR(c, line, "bad-type", "%s must be { when = ..., next = ... }", what); lua_pop(L, 1); continue; }
    check_fields(c, t, fields, 0, line, what);
    int k = nst_scenario_push(sc, (void **)&sc->triggers, &sc->trigger_count, sizeof *sc->triggers);
    if (k < 0) break;
    nst_trigger tr = { .line = line, .next = NST_NONE };
    lua_getfield(L, t, "when");
    if (lua_isnil(L, -1)) ERR(c, line, "missing-field", "%s needs a when condition", what);
    tr.when = read_cond(c, lua_gettop(L), line, what);
    lua_pop(L, 1);
    const char *to = text_field(c, t, "next", 1, line, what);
    if (to && (tr.next = nst_scenario_node_find(sc, to)) < 0)
      ERR(c, line, "unknown-target", "%s leads to \"%s\", which does not exist", what, to);
    sc->triggers[k] = tr;
    lua_pop(L, 1);
  }
}

/* regulation = { when = ..., max = { var = n }, min = { var = n } } */
static void read_regulation(ctx *c, int rt, int line) {
  lua_State *L = c->L;
  nst_regulation *reg = &c->sc->regulation;
  static const char *const fields[] = { "when", "max", "min", NULL };
  check_fields(c, rt, fields, 0, line, "the regulation");
  reg->declared = 1;
  for (int v = 0; v < NST_MAX_VARS; v++) { reg->max[v] = INT_MAX; reg->min[v] = INT_MIN; }
  lua_getfield(L, rt, "when");
  if (lua_isnil(L, -1)) ERR(c, line, "missing-field", "the regulation needs a when condition");
  reg->when = read_cond(c, lua_gettop(L), line, "the regulation");
  lua_pop(L, 1);
  for (int b = 0; b < 2; b++) {
    int bt = table_field(c, rt, b ? "min" : "max", line, "the regulation");
    if (!bt) continue;
    const char *keys[64];
    int n = sorted_keys(c, bt, keys, 64);
    for (int i = 0; i < n; i++) {
      int v = nst_scenario_var_find(c->sc, keys[i]);
      lua_getfield(L, bt, keys[i]);
      int ok = lua_isinteger(L, -1);
      int x = ok ? (int)lua_tointeger(L, -1) : 0;
      lua_pop(L, 1);
      if (v < 0) ERR(c, line, "unknown-variable", "the regulation names \"%s\", which is not a state variable", keys[i]);
      else if (!ok) ERR(c, line, "bad-type", "the regulation's %s for %s must be a whole number", b ? "min" : "max", keys[i]);
      else (b ? reg->min : reg->max)[v] = x;
    }
    lua_pop(L, 1);
  }
}

static void read_tests(ctx *c, int tt, int scenario_line) {
  lua_State *L = c->L;
  nst_scenario *sc = c->sc;
  lua_Integer n = (lua_Integer)lua_rawlen(L, tt);
  static const char *const fields[] = { "name", "choices", "ending", "min", "max", NULL };
  for (lua_Integer i = 1; i <= n; i++) {
    char what[64];
    snprintf(what, sizeof what, "test %lld", (long long)i);
    lua_rawgeti(L, tt, i);
    int t = lua_gettop(L);
    if (!lua_istable(L, t)) { ERR(c, scenario_line, "bad-type", "%s must be a table", what); lua_pop(L, 1); continue; }
    int line = line_of(c, t, scenario_line);   /* test { ... } knows its line */
    check_fields(c, t, fields, 0, line, what);
    int k = nst_scenario_push(sc, (void **)&sc->tests, &sc->test_count, sizeof *sc->tests);
    if (k < 0) break;
    nst_test ts = { .line = line, .ending = NST_NONE, .min_overall = -1, .max_overall = -1 };
    for (int d = 0; d < NST_MAX_DIMS; d++) ts.min[d] = ts.max[d] = -1;
    ts.name = text_field(c, t, "name", 0, line, what);
    int ch = table_field(c, t, "choices", line, what);
    if (ch) {
      ts.choice_count = (int)lua_rawlen(L, ch);
      ts.choices = nst_scenario_alloc(sc, sizeof(int) * (size_t)(ts.choice_count + 1));
      for (int j = 0; ts.choices && j < ts.choice_count; j++) {
        lua_rawgeti(L, ch, j + 1);
        ts.choices[j] = lua_isinteger(L, -1) ? (int)lua_tointeger(L, -1) : 0;
        if (ts.choices[j] < 1) ERR(c, line, "bad-type", "%s: choices are response numbers from 1", what);
        lua_pop(L, 1);
      }
      lua_pop(L, 1);
    } else {
      ERR(c, line, "missing-field", "%s needs choices = { 1, 2, ... }", what);
    }
    const char *end = text_field(c, t, "ending", 0, line, what);
    if (end) {
      ts.ending = nst_scenario_node_find(sc, end);
      if (ts.ending < 0 || sc->nodes[ts.ending].kind != NST_ENDING)
        ERR(c, line, "unknown-target", "%s expects ending \"%s\", which does not exist", what, end);
    }
    for (int b = 0; b < 2; b++) {
      int bt = table_field(c, t, b ? "max" : "min", line, what);
      if (!bt) continue;
      const char *keys[64];
      int nk = sorted_keys(c, bt, keys, 64);
      for (int j = 0; j < nk; j++) {
        int d = nst_scenario_dim_find(sc, keys[j]);
        lua_getfield(L, bt, keys[j]);
        double v = lua_isnumber(L, -1) ? lua_tonumber(L, -1) : -1;
        lua_pop(L, 1);
        int overall = !strcmp(keys[j], "overall");
        if (d < 0 && !overall)
          ERR(c, line, "unknown-dimension", "%s: \"%s\" is neither a dimension of the rubric (%s) nor \"overall\"",
              what, keys[j], sc->rubric_path ? sc->rubric_path : "?");
        else if (v < 0 || v > 1) ERR(c, line, "out-of-range", "%s: bounds are fractions from 0 to 1", what);
        else if (overall) *(b ? &ts.max_overall : &ts.min_overall) = (float)v;
        else (b ? ts.max : ts.min)[d] = (float)v;
      }
      lua_pop(L, 1);
    }
    sc->tests[k] = ts;
    lua_pop(L, 1);
  }
}

static const char *const SCENARIO_FIELDS[] = {
  "id", "title", "language", "version", "minutes", "role", "lessons", "content_notes", "intro", "start",
  "cast", "state", "triggers", "regulation", "tests", "rubric", NULL
};

/* Pushes the declarations of one kind as a list; returns its index. */
static int decls_of(lua_State *L, const char *kind) {
  lua_newtable(L);
  int out = lua_gettop(L);
  lua_getfield(L, LUA_REGISTRYINDEX, DECLS);
  lua_Integer n = (lua_Integer)lua_rawlen(L, -1), k = 0;
  for (lua_Integer i = 1; i <= n; i++) {
    lua_rawgeti(L, -1, i);
    lua_getfield(L, -1, "kind");
    int match = strcmp(lua_tostring(L, -1), kind) == 0;
    lua_pop(L, 1);
    if (match) lua_rawseti(L, out, ++k);
    else lua_pop(L, 1);
  }
  lua_pop(L, 1);
  return out;
}

static int valid_id(const char *s) {
  if (!*s) return 0;
  for (; *s; s++)
    if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '-' || *s == '_')) return 0;
  return 1;
}

/* The trainee's seat must be one the rubric lists. A rubric that lists
 * roles expects every scenario to name one; one that lists none (a test
 * rubric) asks nothing. */
static void check_role(ctx *c, int line) {
  const nst_scenario *sc = c->sc;
  if (!sc->role_count) return;
  if (!sc->role) {
    WARN(c, line, "missing-role", "the scenario names no role: add role = \"%s\" (or another of the rubric's roles: "
         "the trainee's seat)", sc->roles[0].id);
    return;
  }
  if (nst_scenario_role(sc)) return;
  char list[512] = "";
  size_t k = 0;
  for (int i = 0; i < sc->role_count && k < sizeof list; i++)
    k += (size_t)snprintf(list + k, sizeof list - k, "%s%s", i ? ", " : "", sc->roles[i].id);
  ERR(c, line, "unknown-role", "role \"%s\" is not a role of the rubric (%s): %s", sc->role,
      sc->rubric_path ? sc->rubric_path : "?", list);
}

static int convert_scenario(lua_State *L) {
  ctx *c = lua_touserdata(L, 1);
  nst_scenario *sc = c->sc;
  int sdecl = decls_of(L, "scenario");
  lua_Integer ns = (lua_Integer)lua_rawlen(L, sdecl);
  if (ns == 0) { ERR(c, 0, "no-scenario", "the file declares no scenario { ... }"); return 0; }
  lua_rawgeti(L, sdecl, 1);
  lua_getfield(L, -1, "line");
  sc->decl_line = (int)lua_tointeger(L, -1);
  lua_getfield(L, -2, "t");
  int t = lua_gettop(L);
  int line = sc->decl_line;
  if (ns > 1) {
    lua_rawgeti(L, sdecl, 2);
    lua_getfield(L, -1, "line");
    ERR(c, (int)lua_tointeger(L, -1), "duplicate-id", "a second scenario { ... } in one file (the first is on line %d)", line);
    lua_pop(L, 2);
  }
  check_fields(c, t, SCENARIO_FIELDS, 0, line, "the scenario");
  sc->id = text_field(c, t, "id", 1, line, "the scenario");
  if (sc->id && !valid_id(sc->id))
    ERR(c, line, "bad-id", "the scenario id \"%s\" may hold only a-z, 0-9, - and _", sc->id);
  sc->title = text_field(c, t, "title", 1, line, "the scenario");
  sc->language = text_field(c, t, "language", 1, line, "the scenario");
  if (sc->language && strcmp(sc->language, "nl") && strcmp(sc->language, "en"))
    ERR(c, line, "bad-language", "language \"%s\" must be \"nl\" or \"en\"", sc->language);
  lua_getfield(L, t, "version");
  if (lua_isnumber(L, -1) || lua_type(L, -1) == LUA_TSTRING) {
    size_t n;
    const char *v = lua_tolstring(L, -1, &n);
    sc->version = nst_scenario_strdup(sc, v, n);
  }
  lua_pop(L, 1);
  sc->minutes = int_field(c, t, "minutes", 1, 0, line, "the scenario");
  sc->role = text_field(c, t, "role", 0, line, "the scenario");
  check_role(c, line);
  sc->intro = text_field(c, t, "intro", 1, line, "the scenario");
  sc->lessons = lesson_list(c, t, "lessons", line, "the scenario", &sc->main_lesson);
  if (!sc->lessons) ERR(c, line, "missing-field", "the scenario needs lessons = { ... } (1 to 8; the main focus first)");
  int nt = table_field(c, t, "content_notes", line, "the scenario");
  if (nt) {
    int n = (int)lua_rawlen(L, nt);
    sc->content_notes = nst_scenario_alloc(sc, sizeof(char *) * (size_t)(n + 1));
    for (int i = 0; sc->content_notes && i < n; i++) {
      lua_rawgeti(L, nt, i + 1);
      const char *s = text_at(c, lua_gettop(L), line, "the scenario", "a content note");
      if (s) sc->content_notes[sc->content_note_count++] = s;
      lua_pop(L, 1);
    }
    lua_pop(L, 1);
  }

  int ct = table_field(c, t, "cast", line, "the scenario");
  if (ct) { read_cast(c, ct, line); lua_pop(L, 1); }
  else ERR(c, line, "missing-field", "the scenario needs a cast");
  int st = table_field(c, t, "state", line, "the scenario");
  if (st) { read_state(c, st, line); lua_pop(L, 1); }
  else ERR(c, line, "missing-field", "the scenario needs a state");

  /* the regulation before the nodes: responses marked content need it */
  int rg = table_field(c, t, "regulation", line, "the scenario");
  if (rg) { read_regulation(c, rg, line); lua_pop(L, 1); }

  /* every node and ending first, so targets can point forward */
  int nodes = decls_of(L, "node"), endings = decls_of(L, "ending");
  for (int pass = 0; pass < 2; pass++) {
    int list = pass ? endings : nodes;
    lua_Integer n = (lua_Integer)lua_rawlen(L, list);
    for (lua_Integer i = 1; i <= n; i++) {
      lua_rawgeti(L, list, i);
      lua_getfield(L, -1, "line");
      int nline = (int)lua_tointeger(L, -1);
      lua_getfield(L, -2, "id");
      const char *id = lua_tostring(L, -1);
      if (!id || !*id) {
        ERR(c, nline, "missing-field", "%s needs an id: %s \"id\" { ... }", pass ? "an ending" : "a node", pass ? "ending" : "node");
        lua_pop(L, 3);
        continue;
      }
      int dup = nst_scenario_node_find(sc, id);
      if (dup >= 0) {
        ERR(c, nline, "duplicate-id", "\"%s\" is declared twice (first on line %d)", id, sc->nodes[dup].line);
        lua_pop(L, 3);
        continue;
      }
      if (strcmp(id, "verteller") == 0) ERR(c, nline, "reserved-id", "\"verteller\" is reserved for narration");
      int k = nst_scenario_push(sc, (void **)&sc->nodes, &sc->node_count, sizeof *sc->nodes);
      if (k < 0) { ERR(c, nline, "no-memory", "out of memory"); lua_pop(L, 3); break; }
      sc->nodes[k].id = nst_scenario_strdup(sc, id, strlen(id));
      sc->nodes[k].line = nline;
      sc->nodes[k].kind = (uint8_t)(pass ? NST_ENDING : NST_DECISION);
      if (nst_scenario_node_index(sc, k) != 0) { ERR(c, nline, "no-memory", "out of memory"); lua_pop(L, 3); break; }
      lua_pop(L, 3);
    }
  }
  int total = sc->node_count;
  for (int pass = 0, k = 0; pass < 2; pass++) {
    int list = pass ? endings : nodes;
    lua_Integer n = (lua_Integer)lua_rawlen(L, list);
    for (lua_Integer i = 1; i <= n && k < total; i++) {
      lua_rawgeti(L, list, i);
      lua_getfield(L, -1, "id");
      lua_getfield(L, -2, "line");
      int same = lua_tostring(L, -2) && strcmp(lua_tostring(L, -2), sc->nodes[k].id) == 0 &&
                 lua_tointeger(L, -1) == sc->nodes[k].line;
      lua_pop(L, 2);
      if (same) {
        lua_getfield(L, -1, "t");
        read_node(c, lua_gettop(L), k++);
        lua_pop(L, 1);
      }
      lua_pop(L, 1);
    }
  }

  const char *start = text_field(c, t, "start", 1, line, "the scenario");
  if (start) {
    sc->start = nst_scenario_node_find(sc, start);
    if (sc->start < 0) ERR(c, line, "unknown-target", "start \"%s\" is not a node", start);
    else if (sc->nodes[sc->start].kind != NST_DECISION) ERR(c, line, "bad-start", "start \"%s\" is an ending", start);
  }
  int tt = table_field(c, t, "triggers", line, "the scenario");
  if (tt) { read_triggers(c, tt, line); lua_pop(L, 1); }
  int ts = table_field(c, t, "tests", line, "the scenario");
  if (ts) { read_tests(c, ts, line); lua_pop(L, 1); }
  if (sc->node_count == 0) ERR(c, line, "no-nodes", "the scenario has no nodes");
  return 0;
}

/* ---- the rubric ------------------------------------------------------- */

static const char **text_list(ctx *c, int t, const char *key, int line, const char *what, int *count) {
  lua_State *L = c->L;
  *count = 0;
  int lt = table_field(c, t, key, line, what);
  if (!lt) return NULL;
  int n = (int)lua_rawlen(L, lt);
  const char **list = nst_scenario_alloc(c->sc, sizeof(char *) * (size_t)(n + 1));
  for (int i = 0; list && i < n; i++) {
    lua_rawgeti(L, lt, i + 1);
    const char *s = text_at(c, lua_gettop(L), line, what, key);
    if (s) list[(*count)++] = s;
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  return list;
}

/* roles = { role { id = "...", label = "...", label_en = "..." }, ... } */
static void read_roles(ctx *c, int t, int line) {
  lua_State *L = c->L;
  nst_scenario *sc = c->sc;
  int rt = table_field(c, t, "roles", line, "the rubric");
  if (!rt) return;
  int n = (int)lua_rawlen(L, rt);
  if (n > NST_MAX_ROLES) { ERR(c, line, "too-many", "at most %d roles", NST_MAX_ROLES); n = NST_MAX_ROLES; }
  static const char *const rfields[] = { "id", "label", "label_en", NULL };
  for (int i = 0; i < n; i++) {
    lua_rawgeti(L, rt, i + 1);
    int r = lua_gettop(L);
    int rl = line_of(c, r, line);
    char what[64];
    snprintf(what, sizeof what, "role %d", i + 1);
    if (!lua_istable(L, r)) { ERR(c, rl, "bad-type", "%s must be a role { ... }", what); lua_pop(L, 1); continue; }
    check_fields(c, r, rfields, 0, rl, what);
    nst_role *ro = &sc->roles[sc->role_count];
    ro->id = text_field(c, r, "id", 1, rl, what);
    ro->label = text_field(c, r, "label", 1, rl, what);
    ro->label_en = text_field(c, r, "label_en", 0, rl, what);
    ro->line = rl;
    if (ro->id && !valid_id(ro->id)) ERR(c, rl, "bad-id", "%s: the id \"%s\" may hold only a-z, 0-9, - and _", what, ro->id);
    int dup = 0;
    for (int k = 0; ro->id && k < sc->role_count; k++) dup |= !strcmp(sc->roles[k].id, ro->id);
    if (dup) ERR(c, rl, "duplicate-id", "role \"%s\" is declared twice", ro->id);
    else if (ro->id && ro->label) sc->role_count++;
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
}

static int convert_rubric(lua_State *L) {
  ctx *c = lua_touserdata(L, 1);
  nst_scenario *sc = c->sc;
  int decl = decls_of(L, "rubric");
  if (lua_rawlen(L, decl) == 0) { ERR(c, 0, "no-rubric", "the file declares no rubric { ... }"); return 0; }
  lua_rawgeti(L, decl, 1);
  lua_getfield(L, -1, "line");
  int line = (int)lua_tointeger(L, -1);
  lua_getfield(L, -2, "t");
  int t = lua_gettop(L);
  static const char *const fields[] = { "scale", "dimensions", "lessons", "roles", NULL };
  check_fields(c, t, fields, 0, line, "the rubric");
  read_roles(c, t, line);
  int st = table_field(c, t, "scale", line, "the rubric");
  if (st) {
    sc->scale_min = int_field(c, st, "min", 1, -2, line, "the rubric's scale");
    sc->scale_max = int_field(c, st, "max", 1, 3, line, "the rubric's scale");
    lua_pop(L, 1);
  }
  int dt = table_field(c, t, "dimensions", line, "the rubric");
  int n = dt ? (int)lua_rawlen(L, dt) : 0;
  if (n == 0) ERR(c, line, "missing-field", "the rubric needs dimensions");
  if (n > NST_MAX_DIMS) { ERR(c, line, "too-many", "at most %d dimensions", NST_MAX_DIMS); n = NST_MAX_DIMS; }
  static const char *const dfields[] = { "id", "label", "label_en", "description", "description_en", "lessons", NULL };
  for (int i = 0; i < n; i++) {
    lua_rawgeti(L, dt, i + 1);
    int d = lua_gettop(L);
    int dl = line_of(c, d, line);
    char what[64];
    snprintf(what, sizeof what, "dimension %d", i + 1);
    if (!lua_istable(L, d)) { ERR(c, dl, "bad-type", "%s must be a dimension { ... }", what); lua_pop(L, 1); continue; }
    check_fields(c, d, dfields, 0, dl, what);
    nst_dimension *dim = &sc->dims[sc->dim_count];
    dim->id = text_field(c, d, "id", 1, dl, what);
    if (!dim->id) { lua_pop(L, 1); continue; }
    if (nst_scenario_dim_find(sc, dim->id) >= 0)
      ERR(c, dl, "duplicate-id", "dimension \"%s\" is declared twice", dim->id);
    sc->dim_count++;
    dim->label = text_field(c, d, "label", 1, dl, what);
    dim->label_en = text_field(c, d, "label_en", 0, dl, what);
    dim->description = text_field(c, d, "description", 0, dl, what);
    dim->description_en = text_field(c, d, "description_en", 0, dl, what);
    dim->lessons = lesson_list(c, d, "lessons", dl, what, NULL);
    lua_pop(L, 1);
  }
  if (dt) lua_pop(L, 1);
  int lt = table_field(c, t, "lessons", line, "the rubric");
  n = lt ? (int)lua_rawlen(L, lt) : 0;
  static const char *const lfields[] = { "number", "title", "title_en", "core", "advice", "questions", "questions_en", NULL };
  for (int i = 0; i < n; i++) {
    lua_rawgeti(L, lt, i + 1);
    int l = lua_gettop(L);
    int ll = line_of(c, l, line);
    char what[64];
    snprintf(what, sizeof what, "lesson %d in the list", i + 1);
    if (!lua_istable(L, l)) { ERR(c, ll, "bad-type", "%s must be a lesson { ... }", what); lua_pop(L, 1); continue; }
    check_fields(c, l, lfields, 0, ll, what);
    int num = int_field(c, l, "number", 1, 0, ll, what);
    if (num < 1 || num > NST_LESSONS) { ERR(c, ll, "unknown-lesson", "%s: number must be 1 to 8", what); lua_pop(L, 1); continue; }
    nst_lesson *les = &sc->lesson_info[num];
    if (les->title) ERR(c, ll, "duplicate-id", "lesson %d is declared twice", num);
    les->title = text_field(c, l, "title", 1, ll, what);
    les->title_en = text_field(c, l, "title_en", 0, ll, what);
    les->core = text_field(c, l, "core", 0, ll, what);
    les->advice = text_list(c, l, "advice", ll, what, &les->advice_count);
    les->questions = text_list(c, l, "questions", ll, what, &les->question_count);
    les->questions_en = text_list(c, l, "questions_en", ll, what, &les->question_en_count);
    lua_pop(L, 1);
  }
  if (lt) lua_pop(L, 1);
  for (int i = 1; i <= NST_LESSONS; i++)
    if (!sc->lesson_info[i].title) ERR(c, line, "missing-field", "the rubric has no lesson %d", i);
  return 0;
}

/* ---- files ---------------------------------------------------------- */

static const char *const SCENARIO_API[] = { "scenario", "node", "choice", "ending", "test", NULL };
static const char *const RUBRIC_API[] = { "rubric", "dimension", "lesson", "role", NULL };

/* Does the source name any of the declaration functions of api (as a
 * whole word)? A file that does not was never meant as one of ours. */
static int declares_any(const char *src, size_t len, const char *const *api) {
  for (; *api; api++) {
    size_t n = strlen(*api);
    for (const char *p = src; (size_t)(p - src) + n <= len; p++) {
      p = memchr(p, (*api)[0], len - (size_t)(p - src));
      if (!p || (size_t)(p - src) + n > len) break;
      if (memcmp(p, *api, n) != 0) continue;
      int before = p > src && (isalnum((unsigned char)p[-1]) || p[-1] == '_');
      int after = (size_t)(p - src) + n < len && (isalnum((unsigned char)p[n]) || p[n] == '_');
      if (!before && !after) return 1;
    }
  }
  return 0;
}

/* Runs a file in a new sandbox with the declaration functions of api.
 * Returns the sandbox, or NULL with the problem reported. */
static nst_sandbox *run_file(ctx *c, const char *path, const nst_load_options *opt,
                             const char *const *api, uint64_t *hash) {
  char err[1200];
  size_t len;
  c->file = path;
  char *src = nst_file_read(path, NST_MAX_FILE, &len, err, sizeof err);
  if (!src) { ERR(c, 0, "io", "%s", strchr(err, ':') ? strchr(err, ':') + 2 : err); return NULL; }
  if (hash) *hash = nst_hash_fnv1a64(src, len);
  int bad = nst_prescan(src, &len, err, sizeof err);
  if (bad) { ERR(c, bad, "bad-source", "%s", err); free(src); return NULL; }

  nst_sandbox *sb = nst_sandbox_new(&opt->limits);
  if (!sb) { ERR(c, 0, "no-memory", "cannot create the sandbox"); free(src); return NULL; }
  err[0] = '\0';   /* set by a failed run only */
  lua_State *L = nst_sandbox_state(sb);
  lua_pushcfunction(L, install);
  lua_pushlightuserdata(L, sb);
  lua_pushlightuserdata(L, (void *)api);
  if (lua_pcall(L, 2, 0, 0) != LUA_OK) {
    ERR(c, 0, "no-memory", "cannot set up the sandbox");
  } else if (nst_sandbox_run(sb, path, src, len, err, sizeof err) == -2 && !declares_any(src, len, api)) {
    /* a syntax error in a file that never was a scenario (a record pointing
     * at /etc/shadow, a wrong file name): Lua's message would quote its
     * text ("near ...") */
    ERR(c, 0, "not-a-scenario", "not a %s file (it declares no %s { ... }); its text is not shown",
        api == RUBRIC_API ? "rubric" : "scenario", api[0]);
  } else if (err[0]) {
    /* the message starts with "path:line: "; the finding carries both */
    int line = 0;
    const char *msg = err;
    size_t pl = strlen(path);
    if (strncmp(err, path, pl) == 0 && err[pl] == ':') {
      char *end;
      long l = strtol(err + pl + 1, &end, 10);
      if (end != err + pl + 1 && *end == ':') { line = (int)l; msg = end + 1; }
      else msg = err + pl + 1;
      while (*msg == ' ') msg++;
    }
    ERR(c, line, "lua-error", "%s", msg);
  } else {
    free(src);
    c->L = L;
    return sb;
  }
  nst_sandbox_free(sb);
  free(src);
  return NULL;
}

/* Converts what the file declared, then lets Lua free the tables. */
static int convert_file(ctx *c, nst_sandbox *sb, lua_CFunction convert) {
  lua_State *L = nst_sandbox_state(sb);
  c->L = L;
  lua_pushcfunction(L, convert);
  lua_pushlightuserdata(L, c);
  if (lua_pcall(L, 1, 0, 0) != LUA_OK) {
    ERR(c, 0, "no-memory", "%s", lua_tostring(L, -1) ? lua_tostring(L, -1) : "out of memory");
    lua_pop(L, 1);
    return -1;
  }
  lua_pushnil(L);
  lua_setfield(L, LUA_REGISTRYINDEX, DECLS);
  lua_gc(L, LUA_GCCOLLECT);
  return c->failed ? -1 : 0;
}

/* The rubric: opt->rubric, the scenario's own rubric field, or rubric.lua
 * in the scenario's folder or up to three folders above it. */
static int find_rubric(const char *path, char *out, size_t n) {
  char dir[3000];
  snprintf(dir, sizeof dir, "%s", path);
  char *slash = strrchr(dir, '/');
  if (slash) *slash = '\0'; else snprintf(dir, sizeof dir, ".");
  for (int up = 0; up < 4; up++) {
    snprintf(out, n, "%s/rubric.lua", dir);
    FILE *f = fopen(out, "r");
    if (f) { fclose(f); return 0; }
    size_t dl = strlen(dir);
    if (dl + 4 >= sizeof dir) break;
    memcpy(dir + dl, "/..", 4);
  }
  return -1;
}

nst_load_options nst_load_defaults(void) {
  return (nst_load_options){ .limits = nst_sandbox_default_limits(), .rubric = NULL };
}

/* The scenario's own `rubric` field, if it has one, relative to its folder. */
static void rubric_field(lua_State *L, const char *path, char *out, size_t n) {
  lua_getfield(L, LUA_REGISTRYINDEX, DECLS);
  lua_Integer k = (lua_Integer)lua_rawlen(L, -1);
  for (lua_Integer i = 1; i <= k; i++) {
    lua_rawgeti(L, -1, i);
    lua_getfield(L, -1, "kind");
    int is = strcmp(lua_tostring(L, -1), "scenario") == 0;
    lua_pop(L, 1);
    if (is) {
      lua_getfield(L, -1, "t");
      if (lua_getfield(L, -1, "rubric") == LUA_TSTRING) {
        const char *r = lua_tostring(L, -1);
        const char *slash = strrchr(path, '/');
        if (r[0] == '/' || !slash) snprintf(out, n, "%s", r);
        else snprintf(out, n, "%.*s/%s", (int)(slash - path), path, r);
      }
      lua_pop(L, 3);
      break;
    }
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
}

nst_scenario *nst_load_scenario(const char *path, const nst_load_options *opt, nst_findings *out) {
  nst_load_options defaults = nst_load_defaults();
  if (!opt) opt = &defaults;
  nst_scenario *sc = nst_scenario_new();
  if (!sc) return NULL;
  sc->path = nst_scenario_strdup(sc, path, strlen(path));
  ctx c = { .sc = sc, .out = out, .file = path };

  nst_sandbox *sb = run_file(&c, path, opt, SCENARIO_API, &sc->file_hash);
  if (!sb) { nst_scenario_free(sc); return NULL; }

  /* the rubric: named on the command line, in the scenario, or found */
  char rubric[4096] = "";
  if (opt->rubric) snprintf(rubric, sizeof rubric, "%s", opt->rubric);
  else rubric_field(nst_sandbox_state(sb), path, rubric, sizeof rubric);
  if (!rubric[0] && find_rubric(path, rubric, sizeof rubric) != 0 && opt->fallback_rubric)
    snprintf(rubric, sizeof rubric, "%s", opt->fallback_rubric);
  if (!rubric[0] || access(rubric, R_OK) != 0) {
    if (rubric[0]) ERR(&c, 0, "no-rubric", "cannot read the rubric %s", rubric);
    else ERR(&c, 0, "no-rubric", "no rubric.lua found next to the scenario, in a folder above it or in the library");
    goto fail;
  }
  ctx rc = { .sc = sc, .out = out };
  nst_sandbox *rsb = run_file(&rc, rubric, opt, RUBRIC_API, NULL);
  int rubric_ok = rsb && convert_file(&rc, rsb, convert_rubric) == 0;
  nst_sandbox_free(rsb);
  if (!rubric_ok) goto fail;
  sc->rubric_path = nst_scenario_strdup(sc, rubric, strlen(rubric));

  c.file = path;
  if (convert_file(&c, sb, convert_scenario) != 0) goto fail;
  /* a string or array the model could not hold would be silently missing */
  if (sc->out_of_memory || !sc->path || !sc->rubric_path) { ERR(&c, 0, "no-memory", "out of memory"); goto fail; }
  if (nst_script_attach(sc, sb) != 0) { ERR(&c, 0, "no-memory", "out of memory"); goto fail; }
  return sc;
fail:
  nst_sandbox_free(sb);
  nst_scenario_free(sc);
  return NULL;
}

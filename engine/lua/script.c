/* script.c: calling scenario functions from the core. */
#include "script.h"

#include <lauxlib.h>
#include <lua.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "prescan.h"

struct nst_script {
  nst_sandbox *sb;
  const nst_scenario *sc;
  int values_ref, proxy_ref, nodes_ref;
  int synced[NST_MAX_VARS];
  char *text;          /* the last text a line function gave, copied */
  size_t text_cap;
  char err[1024];
};

static int fail(nst_script *s, const char *fmt, const char *a, const char *b) {
  snprintf(s->err, sizeof s->err, fmt, a, b);
  return -1;
}

/* "path:line" of the function at the top of the stack, without popping it. */
static void where(lua_State *L, char *buf, size_t n) {
  lua_Debug ar;
  lua_pushvalue(L, -1);
  if (lua_getinfo(L, ">S", &ar) && ar.source[0] == '@')
    snprintf(buf, n, "%s:%d", ar.source + 1, ar.linedefined);
  else
    snprintf(buf, n, "?");
}

/* Pushes function fn and the state table, state brought up to date. */
static void push_call(nst_script *s, int32_t fn, const int *state) {
  lua_State *L = nst_sandbox_state(s->sb);
  lua_rawgeti(L, LUA_REGISTRYINDEX, s->values_ref);
  for (int v = 0; v < s->sc->var_count; v++) {
    if (s->synced[v] == state[v]) continue;
    lua_pushinteger(L, state[v]);
    lua_setfield(L, -2, s->sc->vars[v].id);  /* the key exists: no allocation */
    s->synced[v] = state[v];
  }
  lua_pop(L, 1);
  lua_rawgeti(L, LUA_REGISTRYINDEX, fn);
  lua_rawgeti(L, LUA_REGISTRYINDEX, s->proxy_ref);
}

static int call(nst_script *s, int32_t fn, const int *state) {
  push_call(s, fn, state);
  return nst_sandbox_call(s->sb, 1, 1, s->err, sizeof s->err);
}

/* "path:line" of function fn, for a message: worked out only when one is
 * needed, as exploring a scenario makes millions of calls. */
static const char *fn_where(nst_script *s, int32_t fn, char *buf, size_t n) {
  lua_State *L = nst_sandbox_state(s->sb);
  lua_rawgeti(L, LUA_REGISTRYINDEX, fn);
  where(L, buf, n);
  lua_pop(L, 1);
  return buf;
}

static int f_cond(nst_script *s, int32_t fn, const int *state, int *holds) {
  lua_State *L = nst_sandbox_state(s->sb);
  if (call(s, fn, state) != 0) return -1;
  *holds = lua_toboolean(L, -1);
  lua_pop(L, 1);
  return 0;
}

static int f_effect(nst_script *s, int32_t fn, const int *state, int *delta) {
  lua_State *L = nst_sandbox_state(s->sb);
  char loc[300];
  if (call(s, fn, state) != 0) return -1;
  if (!lua_istable(L, -1)) {
    lua_pop(L, 1);
    return fail(s, "%s: an effects function must return a table such as { spanning = -1 }%s", fn_where(s, fn, loc, sizeof loc), "");
  }
  lua_pushnil(L);
  while (lua_next(L, -2)) {
    int v = lua_type(L, -2) == LUA_TSTRING ? nst_scenario_var_find(s->sc, lua_tostring(L, -2)) : -1;
    int isnum;
    lua_Integer d = lua_tointegerx(L, -1, &isnum);
    if (v < 0 || !isnum) {
      const char *k = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "?";
      char key[128];
      snprintf(key, sizeof key, "%s", k);
      lua_pop(L, 3);
      return fail(s, v < 0 ? "%s: the effects function returned an unknown variable '%s'"
                           : "%s: the effects function returned a non-integer for '%s'", fn_where(s, fn, loc, sizeof loc), key);
    }
    delta[v] += (int)(d > 1000 ? 1000 : d < -1000 ? -1000 : d);
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  return 0;
}

static int f_next(nst_script *s, int32_t fn, const int *state, int32_t *node) {
  lua_State *L = nst_sandbox_state(s->sb);
  char loc[300];
  if (call(s, fn, state) != 0) return -1;
  if (lua_type(L, -1) != LUA_TSTRING) {
    lua_pop(L, 1);
    return fail(s, "%s: a next function must return a node or ending id%s", fn_where(s, fn, loc, sizeof loc), "");
  }
  lua_rawgeti(L, LUA_REGISTRYINDEX, s->nodes_ref);
  lua_pushvalue(L, -2);
  lua_rawget(L, -2);
  int isnum;
  lua_Integer i = lua_tointegerx(L, -1, &isnum);
  if (!isnum) {
    char id[128];
    snprintf(id, sizeof id, "%s", lua_tostring(L, -3));
    lua_pop(L, 3);
    return fail(s, "%s: the next function returned \"%s\", which is not a node or ending", fn_where(s, fn, loc, sizeof loc), id);
  }
  lua_pop(L, 3);
  *node = (int32_t)i;
  return 0;
}

static int f_text(nst_script *s, int32_t fn, const int *state, const char **text, size_t *len) {
  lua_State *L = nst_sandbox_state(s->sb);
  char loc[300];
  if (call(s, fn, state) != 0) return -1;
  size_t n;
  const char *t = lua_type(L, -1) == LUA_TSTRING ? lua_tolstring(L, -1, &n) : NULL;
  if (!t || !nst_utf8_valid(t, n)) {
    lua_pop(L, 1);
    return fail(s, t ? "%s: the line function returned invalid UTF-8%s"
                     : "%s: a line function must return a string%s", fn_where(s, fn, loc, sizeof loc), "");
  }
  if (n + 1 > s->text_cap) {
    char *p = realloc(s->text, n + 1);
    if (!p) { lua_pop(L, 1); return fail(s, "%s: out of memory%s", fn_where(s, fn, loc, sizeof loc), ""); }
    s->text = p;
    s->text_cap = n + 1;
  }
  memcpy(s->text, t, n + 1);
  lua_pop(L, 1);
  *text = s->text;
  *len = n;
  return 0;
}

static const char *f_error(nst_script *s) { return s->err; }

static void f_release(nst_script *s) {
  if (!s) return;
  nst_sandbox_free(s->sb);
  free(s->text);
  free(s);
}

static const nst_script_ops LUA_OPS = { f_cond, f_effect, f_next, f_text, f_error, f_release };

static int build_tables(lua_State *L) {
  nst_script *s = lua_touserdata(L, 1);
  const nst_scenario *sc = s->sc;
  lua_createtable(L, 0, sc->var_count);
  for (int v = 0; v < sc->var_count; v++) {
    lua_pushinteger(L, sc->vars[v].init);
    lua_setfield(L, -2, sc->vars[v].id);
    s->synced[v] = sc->vars[v].init;
  }
  lua_pushvalue(L, -1);
  s->values_ref = luaL_ref(L, LUA_REGISTRYINDEX);
  lua_newtable(L);                         /* the read-only view */
  lua_newtable(L);
  lua_pushvalue(L, -3);
  lua_setfield(L, -2, "__index");
  luaL_loadstring(L, "error('the state is read-only here: change it with effects or set', 2)");
  nst_sandbox_push_env(s->sb);
  lua_setupvalue(L, -2, 1);
  lua_setfield(L, -2, "__newindex");
  lua_pushboolean(L, 0);
  lua_setfield(L, -2, "__metatable");
  lua_setmetatable(L, -2);
  s->proxy_ref = luaL_ref(L, LUA_REGISTRYINDEX);
  lua_pop(L, 1);
  lua_createtable(L, 0, sc->node_count);
  for (int i = 0; i < sc->node_count; i++) {
    lua_pushinteger(L, i);
    lua_setfield(L, -2, sc->nodes[i].id);
  }
  s->nodes_ref = luaL_ref(L, LUA_REGISTRYINDEX);
  return 0;
}

int nst_script_attach(nst_scenario *sc, nst_sandbox *sb) {
  nst_script *s = calloc(1, sizeof *s);
  if (!s) return -1;
  s->sb = sb;
  s->sc = sc;
  lua_State *L = nst_sandbox_state(sb);
  lua_pushcfunction(L, build_tables);
  lua_pushlightuserdata(L, s);
  if (lua_pcall(L, 1, 0, 0) != LUA_OK) { lua_pop(L, 1); free(s); return -1; }
  sc->ops = &LUA_OPS;
  sc->script = s;
  return 0;
}

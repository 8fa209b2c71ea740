/* sandbox.c: the scenario sandbox.
 *
 * Traps designed for, each with a case in tests/hostile/:
 * - C functions that run long inside one VM instruction, out of the hook's
 *   reach: string.rep (a huge or empty-string count), pattern matching
 *   (backtracking), table.move over a huge range. rep is wrapped with a size
 *   limit, patterns are not offered (find searches plain text only), move is
 *   left out.
 * - A budget error caught by the scenario's own pcall: once spent, the hook
 *   fires on every instruction until control is back in the host.
 * - xpcall: Lua calls its message handler before unwinding, so for an error
 *   raised by the hook the handler runs with hooks off and a looping handler
 *   could never be stopped. xpcall is not offered.
 * - __gc finalizers run with hooks off (also at lua_close), so a looping one
 *   would hang the host: setmetatable refuses metatables with __gc.
 * - Method calls on strings go through the string metatable, which must point
 *   at the vetted table, not the real library, and cannot be read or changed.
 * - Memory: the allocator refuses to grow past the cap.
 * - A loop around a C function that runs long (table.insert at the front of
 *   a huge array moves every element): the count hook, every HOOK_EVERY
 *   instructions, would look at the clock only after seconds. A one-shot
 *   timer at the deadline (a real-time signal) sets the hook to fire at the very next
 *   instruction instead (lua_sethook is safe in a signal handler; lua.c does
 *   the same for Ctrl-C), so a budget is overrun by one C call at most.
 *   Calls into the sandbox do not nest, so one timer serves them all.
 */
#include "sandbox.h"

#include <lauxlib.h>
#include <signal.h>
#include <lua.h>
#include <lualib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

enum { HOOK_EVERY = 1000, REP_LIMIT = 1 << 20, FIND_LIMIT = 50 * 1000 * 1000 };

struct nst_sandbox {
  lua_State *L;
  nst_sandbox_limits lim;
  size_t used;
  int mem_exceeded;
  long spent, budget;
  double deadline;
  int exhausted;       /* 1: instructions, 2: time, 3: memory */
  volatile sig_atomic_t alarmed;   /* the timer went off: the time is spent */
  int env_ref;
  char chunk[256];     /* the file being run */
  int last_line;       /* where the hook last saw scenario code */
};

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static nst_sandbox *sandbox_of(lua_State *L) { return *(nst_sandbox **)lua_getextraspace(L); }

static void budget_hook(lua_State *L, lua_Debug *ar);

static void *sandbox_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
  nst_sandbox *sb = ud;
  size_t old = ptr ? osize : 0;
  if (nsize == 0) {
    free(ptr);
    sb->used -= old;
    return NULL;
  }
  if (nsize > old && sb->used + (nsize - old) > sb->lim.memory) {
    sb->mem_exceeded = 1;
    /* fire the hook at the next instruction, so a pcall in the scenario
     * that catches the memory error is followed by an error with a line */
    if (sb->L && !sb->exhausted) {
      sb->exhausted = 3;
      lua_sethook(sb->L, budget_hook, LUA_MASKCOUNT, 1);
    }
    return NULL;
  }
  void *p = realloc(ptr, nsize);
  if (p) sb->used = sb->used - old + nsize;
  return p;
}

static void budget_hook(lua_State *L, lua_Debug *ar) {
  nst_sandbox *sb = sandbox_of(L);
  if (lua_getinfo(L, "l", ar) && ar->currentline > 0) sb->last_line = ar->currentline;
  sb->spent += HOOK_EVERY;
  if (!sb->exhausted) {
    if (sb->spent > sb->budget) sb->exhausted = 1;
    else if (sb->alarmed || now() > sb->deadline) sb->exhausted = 2;
    else return;
    /* from now on, every instruction raises: a pcall in the scenario cannot
     * swallow the budget error, the next instruction raises it again */
    lua_sethook(L, budget_hook, LUA_MASKCOUNT, 1);
  }
  /* level 0 inside a hook is the running function: name the line it is on */
  luaL_where(L, 0);
  if (sb->exhausted == 3)
    lua_pushfstring(L, "the scenario uses more than %d MiB of memory", (int)(sb->lim.memory >> 20));
  else
    lua_pushstring(L, sb->exhausted == 1
                        ? "the scenario ran too long (instruction budget spent): an endless loop?"
                        : "the scenario ran too long (time budget spent): an endless loop?");
  lua_concat(L, 2);
  lua_error(L);
}

/* The sandbox whose run or call the timer watches (NULL: none). */
static nst_sandbox *volatile watched;

static pid_t timer_pid;   /* the process that made the timer; 0: none yet */

#ifdef __EMSCRIPTEN__
/* A page has no signals and no POSIX timers: there the deadline that the
 * instruction hook checks is the only clock. */
static void set_timer(double seconds) { (void)seconds; }
#else
static void on_alarm(int sig) {
  (void)sig;
  nst_sandbox *sb = watched;
  if (!sb) return;
  sb->alarmed = 1;
  lua_sethook(sb->L, budget_hook, LUA_MASKCOUNT, 1);
}

/* One POSIX timer on the monotonic clock, signalling with a real-time
 * signal of its own: SIGALRM and setitimer stay free for others (libFuzzer
 * keeps its own time-outs with them). Timers are not inherited by fork, so
 * a child (validate checks files in parallel) makes its own. */
static timer_t timer;

static int timer_ready(void) {
  if (timer_pid == getpid()) return 1;
  int sig = SIGRTMIN + 4;
  struct sigaction sa = { 0 };
  sa.sa_handler = on_alarm;
  sa.sa_flags = SA_RESTART;   /* a read the timer interrupts goes on */
  sigemptyset(&sa.sa_mask);
  struct sigevent ev = { 0 };
  ev.sigev_notify = SIGEV_SIGNAL;
  ev.sigev_signo = sig;
  if (sigaction(sig, &sa, NULL) != 0 || timer_create(CLOCK_MONOTONIC, &ev, &timer) != 0) return 0;
  timer_pid = getpid();
  return 1;
}

static void set_timer(double seconds) {
  struct itimerspec its = { 0 };
  if (seconds > 0) {
    its.it_value.tv_sec = (time_t)seconds;
    its.it_value.tv_nsec = (long)((seconds - (double)(time_t)seconds) * 1e9);
    if (its.it_value.tv_sec == 0 && its.it_value.tv_nsec == 0) its.it_value.tv_nsec = 1;
  }
  if (timer_ready()) timer_settime(timer, 0, &its, NULL);
}
#endif

static void arm(nst_sandbox *sb, long instructions, double seconds) {
  sb->spent = 0;
  sb->budget = instructions;
  sb->exhausted = 0;
  sb->mem_exceeded = 0;
  sb->last_line = 0;
  sb->alarmed = 0;
  sb->deadline = now() + seconds;
  lua_sethook(sb->L, budget_hook, LUA_MASKCOUNT, HOOK_EVERY);
  watched = sb;
  set_timer(seconds);
}

/* The run or call is over: no hook, no timer. */
static void disarm(nst_sandbox *sb) {
  watched = NULL;
  if (timer_pid == getpid()) set_timer(0);
  lua_sethook(sb->L, NULL, 0, 0);
}

/* ---- vetted library functions -------------------------------------- */

static int f_rep(lua_State *L) {
  size_t l, lsep = 0;
  luaL_checklstring(L, 1, &l);
  lua_Integer n = luaL_checkinteger(L, 2);
  luaL_optlstring(L, 3, "", &lsep);
  if (n <= 0 || l + lsep == 0) { lua_pushliteral(L, ""); return 1; }
  if ((lua_Unsigned)n > REP_LIMIT || (l + lsep) * (size_t)n > REP_LIMIT)
    return luaL_error(L, "string.rep: result larger than %d bytes", REP_LIMIT);
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, lua_gettop(L) - 1, 1);
  return 1;
}

static int f_find(lua_State *L) {
  size_t ls, lp;
  luaL_checklstring(L, 1, &ls);
  luaL_checklstring(L, 2, &lp);
  if ((double)ls * (double)lp > FIND_LIMIT) return luaL_error(L, "string.find: strings too long");
  lua_settop(L, 3);
  lua_pushboolean(L, 1); /* plain search: patterns can backtrack without end */
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, 4, LUA_MULTRET);
  return lua_gettop(L);
}

static int f_setmetatable(lua_State *L) {
  if (lua_type(L, 2) == LUA_TTABLE) {
    lua_pushliteral(L, "__gc");
    if (lua_rawget(L, 2) != LUA_TNIL)
      return luaL_error(L, "setmetatable: __gc (finalizers) is not allowed in scenarios");
    lua_pop(L, 1);
  }
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, lua_gettop(L) - 1, 1);
  return 1;
}

static int f_readonly(lua_State *L) {
  return luaL_error(L, "'%s' is read-only", luaL_optstring(L, lua_upvalueindex(1), "table"));
}

static int f_undefined(lua_State *L) {
  const char *name = lua_tostring(L, 2);
  return luaL_error(L, "'%s' is not defined (a typo, or something the sandbox does not offer?)",
                    name ? name : "?");
}

/* Copies the named fields of the library table at the top into a new table
 * (left at the top, the library popped). */
static void copy_fields(lua_State *L, const char *const *names) {
  lua_newtable(L);
  for (; *names; names++) {
    lua_getfield(L, -2, *names);
    lua_setfield(L, -2, *names);
  }
  lua_remove(L, -2);
}

/* Wraps field `name` of the table at the top in closure f over the original. */
static void wrap_field(lua_State *L, const char *name, lua_CFunction f) {
  lua_getfield(L, -1, name);
  lua_pushcclosure(L, f, 1);
  lua_setfield(L, -2, name);
}

/* Turns the table at the top into a read-only proxy for it. */
static void make_readonly(lua_State *L, const char *what) {
  lua_newtable(L);              /* proxy */
  lua_newtable(L);              /* its metatable */
  lua_pushvalue(L, -3);
  lua_setfield(L, -2, "__index");
  lua_pushstring(L, what);
  lua_pushcclosure(L, f_readonly, 1);
  lua_setfield(L, -2, "__newindex");
  lua_pushboolean(L, 0);
  lua_setfield(L, -2, "__metatable");
  lua_setmetatable(L, -2);
  lua_remove(L, -2);
}

static const char *const BASE[] = {
  "assert", "error", "ipairs", "next", "pairs", "pcall", "select", "tonumber",
  "tostring", "type", "getmetatable", "setmetatable", "rawequal", "rawget", "rawlen",
  "_VERSION", NULL
};
static const char *const STRING[] = {
  "byte", "char", "find", "format", "len", "lower", "rep", "reverse", "sub", "upper", NULL
};
static const char *const TABLE[] = { "concat", "insert", "pack", "remove", "sort", "unpack", NULL };
static const char *const MATH[] = {
  "abs", "ceil", "floor", "fmod", "huge", "max", "maxinteger", "min", "mininteger", "modf",
  "pi", "sqrt", "tointeger", "type", "ult", "exp", "log", NULL
};
static const char *const UTF8[] = { "char", "charpattern", "codepoint", "codes", "len", "offset", NULL };

static int build_env(lua_State *L) {
  nst_sandbox *sb = lua_touserdata(L, 1);
  luaL_requiref(L, "_G", luaopen_base, 0);
  luaL_requiref(L, "string", luaopen_string, 1);
  luaL_requiref(L, "table", luaopen_table, 1);
  luaL_requiref(L, "math", luaopen_math, 1);
  luaL_requiref(L, "utf8", luaopen_utf8, 1);
  lua_settop(L, 1);

  lua_pushglobaltable(L);
  copy_fields(L, BASE);                           /* env */
  wrap_field(L, "setmetatable", f_setmetatable);

  lua_getglobal(L, "string");
  copy_fields(L, STRING);
  wrap_field(L, "rep", f_rep);
  wrap_field(L, "find", f_find);
  make_readonly(L, "string");
  /* the string metatable: methods resolve to the vetted table, and the
   * metatable itself can be neither read nor changed */
  lua_pushliteral(L, "");
  lua_getmetatable(L, -1);
  lua_pushvalue(L, -3);
  lua_setfield(L, -2, "__index");
  lua_pushboolean(L, 0);
  lua_setfield(L, -2, "__metatable");
  lua_pop(L, 2);
  lua_setfield(L, -2, "string");

  lua_getglobal(L, "table");
  copy_fields(L, TABLE);
  make_readonly(L, "table");
  lua_setfield(L, -2, "table");
  lua_getglobal(L, "math");
  copy_fields(L, MATH);
  make_readonly(L, "math");
  lua_setfield(L, -2, "math");
  lua_getglobal(L, "utf8");
  copy_fields(L, UTF8);
  make_readonly(L, "utf8");
  lua_setfield(L, -2, "utf8");

  lua_newtable(L);                                /* env's metatable */
  lua_pushcfunction(L, f_undefined);
  lua_setfield(L, -2, "__index");
  lua_pushboolean(L, 0);
  lua_setfield(L, -2, "__metatable");
  lua_setmetatable(L, -2);
  sb->env_ref = luaL_ref(L, LUA_REGISTRYINDEX);

  /* nothing of the real globals stays reachable */
  nst_sandbox_push_env(sb);
  lua_rawseti(L, LUA_REGISTRYINDEX, LUA_RIDX_GLOBALS);
  return 0;
}

nst_sandbox_limits nst_sandbox_default_limits(void) {
  return (nst_sandbox_limits){ .memory = 64u << 20,
                               .load_instructions = 200L * 1000 * 1000,
                               .call_instructions = 10L * 1000 * 1000,
                               .load_seconds = 1.0,
                               .call_seconds = 0.25 };
}

nst_sandbox *nst_sandbox_new(const nst_sandbox_limits *limits) {
  nst_sandbox *sb = calloc(1, sizeof *sb);
  if (!sb) return NULL;
  sb->lim = limits ? *limits : nst_sandbox_default_limits();
  sb->L = lua_newstate(sandbox_alloc, sb);
  if (!sb->L) { free(sb); return NULL; }
  *(nst_sandbox **)lua_getextraspace(sb->L) = sb;
  lua_pushcfunction(sb->L, build_env);
  lua_pushlightuserdata(sb->L, sb);
  if (lua_pcall(sb->L, 1, 0, 0) != LUA_OK) {
    nst_sandbox_free(sb);
    return NULL;
  }
  return sb;
}

void nst_sandbox_free(nst_sandbox *sb) {
  if (!sb) return;
  if (watched == sb) disarm(sb);
  if (sb->L) {
    lua_sethook(sb->L, NULL, 0, 0);
    lua_close(sb->L);
  }
  free(sb);
}

lua_State *nst_sandbox_state(nst_sandbox *sb) { return sb->L; }

void nst_sandbox_push_env(nst_sandbox *sb) { lua_rawgeti(sb->L, LUA_REGISTRYINDEX, sb->env_ref); }

/* Message handler: makes sure the message says where, from the innermost
 * Lua function of the scenario on the stack. */
static int msg_handler(lua_State *L) {
  const char *msg = lua_tostring(L, 1);
  if (!msg) {
    msg = lua_pushfstring(L, "an error was raised with a %s value", luaL_typename(L, 1));
  }
  lua_Debug ar;
  for (int level = 1; lua_getstack(L, level, &ar); level++) {
    if (!lua_getinfo(L, "Sl", &ar) || ar.currentline <= 0 || ar.source[0] != '@') continue;
    size_t n = strlen(ar.source + 1);
    if (strncmp(msg, ar.source + 1, n) != 0 || msg[n] != ':')
      msg = lua_pushfstring(L, "%s:%d: %s", ar.source + 1, ar.currentline, msg);
    break;
  }
  lua_pushstring(L, msg);
  return 1;
}

static void describe(nst_sandbox *sb, int status, char *err, size_t errlen) {
  lua_State *L = sb->L;
  const char *msg = lua_tostring(L, -1);
  if (status == LUA_ERRMEM && !sb->mem_exceeded) {
    /* the machine's memory ran out, not the scenario's budget */
    snprintf(err, errlen, "%s: out of memory", sb->chunk);
  } else if (status == LUA_ERRMEM || (sb->mem_exceeded && !msg)) {
    if (sb->last_line > 0)
      snprintf(err, errlen, "%s:%d: the scenario uses more than %zu MiB of memory", sb->chunk,
               sb->last_line, sb->lim.memory >> 20);
    else
      snprintf(err, errlen, "%s: the scenario uses more than %zu MiB of memory", sb->chunk,
               sb->lim.memory >> 20);
  } else {
    snprintf(err, errlen, "%s", msg ? msg : "unknown error");
  }
  lua_pop(L, 1);
}

static int protected_call(nst_sandbox *sb, int nargs, int nresults, char *err, size_t errlen) {
  lua_State *L = sb->L;
  int base = lua_gettop(L) - nargs;
  lua_pushcfunction(L, msg_handler);
  lua_insert(L, base);
  int status = lua_pcall(L, nargs, nresults, base);
  disarm(sb);
  if (status != LUA_OK) {
    describe(sb, status, err, errlen);
    lua_remove(L, base);
    lua_gc(L, LUA_GCCOLLECT);
    return -1;
  }
  lua_remove(L, base);
  return 0;
}

int nst_sandbox_run(nst_sandbox *sb, const char *name, const char *src, size_t len,
                    char *err, size_t errlen) {
  lua_State *L = sb->L;
  char chunk[1024];
  snprintf(chunk, sizeof chunk, "@%s", name);
  snprintf(sb->chunk, sizeof sb->chunk, "%s", name);
  arm(sb, sb->lim.load_instructions, sb->lim.load_seconds);
  int status = luaL_loadbufferx(L, src, len, chunk, "t");
  if (status != LUA_OK) {
    disarm(sb);
    describe(sb, status, err, errlen);
    return status == LUA_ERRSYNTAX ? -2 : -1;
  }
  nst_sandbox_push_env(sb);
  if (!lua_setupvalue(L, -2, 1)) lua_pop(L, 1);
  return protected_call(sb, 0, 0, err, errlen);
}

int nst_sandbox_call(nst_sandbox *sb, int nargs, int nresults, char *err, size_t errlen) {
  arm(sb, sb->lim.call_instructions, sb->lim.call_seconds);
  return protected_call(sb, nargs, nresults, err, errlen);
}

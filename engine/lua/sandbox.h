/* sandbox.h: a Lua state fit for scenario files from strangers.
 *
 * Only a vetted set of library functions is reachable (see sandbox.c for the
 * list and why). Every run or call has an instruction budget and a time
 * budget, enforced by a count hook that, once a budget is spent, fires on
 * every instruction so that a scenario's own pcall cannot swallow it; the
 * state has a memory cap through its own allocator. Errors come back as
 * "file:line: message".
 */
#ifndef NAAST_SANDBOX_H
#define NAAST_SANDBOX_H

#include <stddef.h>

typedef struct lua_State lua_State;
typedef struct nst_sandbox nst_sandbox;

typedef struct {
  size_t memory;            /* bytes the state may hold */
  long load_instructions;   /* budget for running a file */
  long call_instructions;   /* budget for one call into scenario code */
  double load_seconds, call_seconds;
} nst_sandbox_limits;

/* The defaults: 64 MiB, 200M instructions / 1 s for a file, 10M / 0.25 s a
 * call. The time budget is kept by a timer that signals SIGRTMIN+4 (see
 * sandbox.c): the program must not use that signal for anything else. */
nst_sandbox_limits nst_sandbox_default_limits(void);

nst_sandbox *nst_sandbox_new(const nst_sandbox_limits *limits);
void nst_sandbox_free(nst_sandbox *sb);
lua_State *nst_sandbox_state(nst_sandbox *sb);

/* Pushes the environment scenario code runs in (to add functions to it). */
void nst_sandbox_push_env(nst_sandbox *sb);

/* Loads source text (no bytecode) as chunk `name` (a file path) in the
 * sandbox environment and runs it. 0, or -1 with the message in err; -2
 * when the text does not even compile (a syntax error, said in err). */
int nst_sandbox_run(nst_sandbox *sb, const char *name, const char *src, size_t len,
                    char *err, size_t errlen);

/* Calls the function below nargs arguments on the stack, under the call
 * budget; like lua_pcall, leaves nresults on success. 0, or -1 with the
 * message in err (and nothing left on the stack). */
int nst_sandbox_call(nst_sandbox *sb, int nargs, int nresults, char *err, size_t errlen);

#endif

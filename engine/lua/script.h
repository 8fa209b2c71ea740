/* script.h: the bridge through which the core calls scenario functions
 * (conditions, effects, targets, lines written as Lua functions).
 * Each function is a reference in the sandbox's registry; the state is
 * handed to it as a read-only table. */
#ifndef NAAST_SCRIPT_H
#define NAAST_SCRIPT_H

#include "sandbox.h"
#include "scenario.h"

/* Attaches the sandbox to the scenario as its script host (sc->ops,
 * sc->script); the scenario then owns the sandbox. 0, or -1 on no memory. */
int nst_script_attach(nst_scenario *sc, nst_sandbox *sb);

#endif

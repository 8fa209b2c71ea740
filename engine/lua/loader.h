/* loader.h: reads scenario and rubric files into the core's model.
 *
 * A file runs in the sandbox; its declarations (scenario {}, node "id" {},
 * choice {}, ending "id" {}) are then checked and converted. Every problem
 * becomes a finding with the line of the declaration that holds it; loading
 * goes on after an error where it can, so a trainer sees all mistakes at
 * once. A scenario comes back only when there was no error.
 */
#ifndef NAAST_LOADER_H
#define NAAST_LOADER_H

#include "check.h"
#include "sandbox.h"
#include "scenario.h"

enum { NST_MAX_FILE = 4 << 20 };

typedef struct {
  nst_sandbox_limits limits;
  const char *rubric;     /* the rubric file; NULL: rubric.lua next to the
                             scenario or in a parent folder (up to three) */
  const char *fallback_rubric; /* when none is found that way (the library's) */
} nst_load_options;

nst_load_options nst_load_defaults(void);

/* Loads, converts and checks the declarations of a scenario file. Returns
 * NULL when any error was found; every finding is added to out. */
nst_scenario *nst_load_scenario(const char *path, const nst_load_options *opt, nst_findings *out);

#endif

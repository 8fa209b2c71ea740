/* Fuzz target: a scenario file from arbitrary bytes, loaded through the
 * sandbox (prescan, run, conversion) and, when it loads, checked as
 * naast validate does (reachability, conditions, exploration). */
#include "fuzz_common.h"

#include "check.h"
#include "loader.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *path = fuzz_file(".lua", data, size);
  nst_load_options opt = nst_load_defaults();
  opt.rubric = FUZZ_DIR "/../rubric.lua";
  /* small budgets: a slow input costs the fuzzer time, not a finding */
  opt.limits.load_instructions = 2L * 1000 * 1000;
  opt.limits.call_instructions = 200L * 1000;
  opt.limits.load_seconds = 0.5;
  opt.limits.call_seconds = 0.1;
  opt.limits.memory = 16u << 20;
  nst_findings f = { 0 };
  nst_scenario *sc = nst_load_scenario(path, &opt, &f);
  if (sc) nst_check(sc, 20000, &f);
  nst_findings_sort(&f);
  nst_findings_clear(&f);
  nst_scenario_free(sc);
  unlink(path);
  return 0;
}

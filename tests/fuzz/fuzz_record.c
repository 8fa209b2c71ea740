/* Fuzz target: a session record from arbitrary bytes (nst_record_load),
 * then what cohort reports compute from any record read (totals). */
#include "fuzz_common.h"

#include "record.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *path = fuzz_file(".json", data, size);
  char err[512];
  nst_record *r = nst_record_load(path, err, sizeof err);
  if (r) {
    int earned[NST_MAX_DIMS], best[NST_MAX_DIMS], e, b;
    nst_record_totals(r, earned, best);
    for (int l = 0; l <= NST_LESSONS; l++) nst_record_pooled(r, l, &e, &b);
  }
  nst_record_free(r);
  unlink(path);
  return 0;
}

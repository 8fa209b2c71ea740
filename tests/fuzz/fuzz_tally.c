/* Fuzz target: the facilitator's tally line (nst_tally_parse) for 1 to
 * NST_TALLY_MAX responses (the first byte), then the majority and the
 * leaders of whatever parsed. */
#include "fuzz_common.h"

#include "tally.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1) return 0;
  int n = 1 + data[0] % NST_TALLY_MAX;
  char *line = malloc(size);
  if (!line) return 0;
  memcpy(line, data + 1, size - 1);
  line[size - 1] = '\0';
  nst_tally t;
  nst_tally_init(&t, n);
  int detail = 0;
  if (nst_tally_parse(line, n, &t, &detail) == NST_TALLY_OK) {
    int lead[NST_TALLY_MAX];
    int nl = nst_tally_leaders(&t, lead);
    if (nl < 1 || nl > n) abort();
    nst_tally_total(&t);
    nst_tally_follow(&t, -1);
    nst_tally_follow(&t, (int)(data[0] / NST_TALLY_MAX) % n);
  }
  free(line);
  return 0;
}

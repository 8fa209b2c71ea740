/* Fuzz target: the debrief, Markdown and HTML, against a fixed scenario
 * (tests/fixtures/basic.lua). The input is either a record as it stands
 * (first byte odd), or the makings of a well-formed one (even): a path of
 * responses (with undo), times, the trainee's name and the self-assessment,
 * played in a session and written by nst_record_json as naast would. */
#include "fuzz_common.h"

#include "loader.h"
#include "record.h"
#include "report.h"
#include "session.h"

static nst_scenario *scenario(void) {
  static nst_scenario *sc;
  if (sc) return sc;
  nst_load_options opt = nst_load_defaults();
  opt.rubric = FUZZ_DIR "/../rubric.lua";
  nst_findings f = { 0 };
  sc = nst_load_scenario(FUZZ_DIR "/../fixtures/basic.lua", &opt, &f);
  nst_findings_clear(&f);
  if (!sc) abort();
  return sc;
}

/* The next up to max bytes as a string (caller frees). */
static char *take_text(const uint8_t **p, const uint8_t *end, size_t max) {
  size_t n = (size_t)(end - *p) < max ? (size_t)(end - *p) : max;
  char *s = malloc(n + 1);
  if (!s) abort();
  memcpy(s, *p, n);
  s[n] = '\0';
  *p += n;
  return s;
}

static void debrief(const nst_scenario *sc, const char *path, const char *lang) {
  char err[512];
  nst_record *rec = nst_record_load(path, err, sizeof err);
  if (!rec) return;
  nst_report_opts o = { lang };
  char *md = nst_report_markdown(sc, rec, &o, err, sizeof err);
  if (md) {
    char *html = nst_report_html(md, NULL, lang);
    free(html);
  }
  free(md);
  nst_record_free(rec);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 2) return 0;
  const nst_scenario *sc = scenario();
  const char *lang = data[0] & 2 ? "en" : "nl";
  if (data[0] & 1) {
    debrief(sc, fuzz_file(".json", data + 1, size - 1), lang);
    return 0;
  }
  const uint8_t *p = data + 1, *end = data + size;
  nst_session *s = nst_session_new(sc);
  if (!s || nst_session_start(s) != 0) abort();
  /* a path: a byte per decision, 0xFF undoes, 0xFE ends the path */
  while (p < end && *p != 0xFE && !nst_session_ended(s)) {
    uint8_t b = *p++;
    if (b == 0xFF) { nst_session_undo(s); continue; }
    int n = nst_session_available_count(s);
    if (n > 0) nst_session_choose(s, b % n, b < 0x80 ? b * 997 : -1);
  }
  if (p < end) p++;
  char *trainee = take_text(&p, end, 40), *most = take_text(&p, end, 80), *least = take_text(&p, end, 80);
  int ratings[NST_MAX_DIMS] = { 0 };
  for (int d = 0; d < sc->dim_count && p < end; d++) ratings[d] = *p++ % 7;
  char *self = nst_report_self_assessment_json(sc, ratings, most, least);
  nst_record_meta meta = { .trainee = trainee, .mode = data[0] & 4 ? "assessment" : "training", .lang = lang,
                           .started = 1700000000, .ended = nst_session_ended(s) ? 1700000600 : 0,
                           .self_assessment_json = self };
  char *json = nst_record_json(s, &meta);
  if (json) debrief(sc, fuzz_file(".json", (const uint8_t *)json, strlen(json)), lang);
  free(json);
  free(self);
  free(trainee);
  free(most);
  free(least);
  nst_session_free(s);
  return 0;
}

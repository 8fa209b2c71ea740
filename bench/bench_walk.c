/* bench_walk.c: plays the yardsticks' scripted playthrough through naast's
 * session API (the one the front ends use) and checks the result against
 * expect.json. Prints one line in the yardsticks' form:
 *   NAME steps=... load_s=... play_s=... steps_per_s=... peak_rss_kib=... check=ok
 * Semantics as in the yardsticks' README: at a node its lines are shown (their
 * bytes summed), the scripted index picks among the available responses; at
 * an ending its text is shown, the ending counted and a new session started
 * (score totals keep running). */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "fsutil.h"
#include "loader.h"
#include "session.h"

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static long peak_rss_kib(void) {
  FILE *f = fopen("/proc/self/status", "r");
  char line[256];
  long v = -1;
  while (f && fgets(line, sizeof line, f))
    if (sscanf(line, "VmHWM: %ld", &v) == 1) break;
  if (f) fclose(f);
  return v;
}

int main(int argc, char **argv) {
  const char *story = "out/story.lua", *rubric = "out/rubric.lua", *choices = "out/choices.txt",
             *expect = "out/expect.json", *name = "naast";
  long steps = -1;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!strcmp(argv[i], "--story")) story = argv[i + 1];
    else if (!strcmp(argv[i], "--rubric")) rubric = argv[i + 1];
    else if (!strcmp(argv[i], "--choices")) choices = argv[i + 1];
    else if (!strcmp(argv[i], "--expect")) expect = argv[i + 1];
    else if (!strcmp(argv[i], "--name")) name = argv[i + 1];
    else if (!strcmp(argv[i], "--steps")) steps = atol(argv[i + 1]);
    else { fprintf(stderr, "bench_walk: unknown option %s\n", argv[i]); return 2; }
  }
  char err[512];
  size_t nscript;
  char *script = nst_file_read(choices, 64u << 20, &nscript, err, sizeof err);
  if (!script) { fprintf(stderr, "bench_walk: %s\n", err); return 2; }
  while (nscript && (script[nscript - 1] < '0' || script[nscript - 1] > '9')) nscript--;
  if (steps < 0 || (size_t)steps > nscript) steps = (long)nscript;

  double t0 = now();
  nst_findings f = { 0 };
  nst_load_options opt = nst_load_defaults();
  opt.rubric = rubric;
  nst_scenario *sc = nst_load_scenario(story, &opt, &f);
  double load_s = now() - t0;
  if (!sc) {
    for (int i = 0; i < f.count; i++) fprintf(stderr, "%s:%d: %s\n", f.items[i].file, f.items[i].line, f.items[i].message);
    return 2;
  }
  nst_findings_clear(&f);

  nst_session *s = nst_session_new(sc);
  long total[NST_MAX_DIMS] = { 0 }, endings = 0, text_bytes = 0, step = 0;
  int raw[NST_MAX_DIMS];
  nst_session_start(s);
  double t1 = now();
  for (;;) {
    const nst_node *n = &sc->nodes[nst_session_node(s)];
    if (nst_session_ended(s)) {
      text_bytes += (long)strlen(n->text);
      endings++;
      nst_session_totals(s, NULL, NULL, raw);
      for (int d = 0; d < sc->dim_count; d++) total[d] += raw[d];
      nst_session_start(s);
      continue;
    }
    for (int i = 0; i < n->line_count; i++) {
      int sp;
      const char *text;
      size_t len;
      if (nst_session_line(s, i, &sp, &text, &len) > 0) text_bytes += (long)len;
    }
    if (step == steps) break;
    if (nst_session_choose(s, script[step] - '0', -1) != 0) {
      fprintf(stderr, "bench_walk: step %ld: %s\n", step, nst_session_error(s));
      return 1;
    }
    step++;
  }
  double play_s = now() - t1;
  nst_session_totals(s, NULL, NULL, raw);
  for (int d = 0; d < sc->dim_count; d++) total[d] += raw[d];

  /* the check against the generator's reference */
  const char *check = "no-checkpoint";
  char fails[1024] = "";
  size_t nexp;
  char *etext = nst_file_read(expect, 1u << 20, &nexp, err, sizeof err);
  cJSON *ej = etext ? cJSON_Parse(etext) : NULL;
  const cJSON *cp;
  cJSON_ArrayForEach(cp, cJSON_GetObjectItem(ej, "checkpoints")) {
    if ((long)cJSON_GetNumberValue(cJSON_GetObjectItem(cp, "steps")) != step) continue;
    check = "ok";
    size_t k = 0;
    if ((long)cJSON_GetNumberValue(cJSON_GetObjectItem(cp, "endings_reached")) != endings)
      k += (size_t)snprintf(fails + k, sizeof fails - k, "endings=%ld,", endings);
    const cJSON *it;
    cJSON_ArrayForEach(it, cJSON_GetObjectItem(cp, "scores")) {
      int d = nst_scenario_dim_find(sc, it->string);
      if (d < 0 || total[d] != (long)it->valuedouble)
        k += (size_t)snprintf(fails + k, sizeof fails - k, "%s=%ld/%ld,", it->string, d < 0 ? 0 : total[d], (long)it->valuedouble);
    }
    cJSON_ArrayForEach(it, cJSON_GetObjectItem(cp, "state")) {
      int v = nst_scenario_var_find(sc, it->string);
      if (v < 0 || nst_session_state(s)[v] != (int)it->valuedouble)
        k += (size_t)snprintf(fails + k, sizeof fails - k, "%s,", it->string);
    }
    if (k > sizeof fails - 1) k = sizeof fails - 1;
    if (k) { fails[k - 1] = '\0'; check = "FAIL"; }
  }
  printf("%s steps=%ld load_s=%.4f play_s=%.4f steps_per_s=%.0f text_bytes=%ld peak_rss_kib=%ld check=%s%s%s%s\n",
         name, step, load_s, play_s, step / play_s, text_bytes, peak_rss_kib(), check,
         *fails ? "(" : "", fails, *fails ? ")" : "");
  cJSON_Delete(ej);
  free(etext);
  free(script);
  nst_session_free(s);
  nst_scenario_free(sc);
  return strcmp(check, "FAIL") == 0;
}

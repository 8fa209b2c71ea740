/* bench_report.c: how long the debrief of a 50-decision session takes,
 * Markdown plus HTML (the issue asks for under 5 ms).
 *
 * A scenario of 50 decisions in a row (three responses each, with lines,
 * feedback, inner reactions, lessons and discussion prompts, as the library's
 * scenarios have them) is written to a temporary folder and loaded with the
 * real loader and rubric; a session plays it, taking responses 1, 2, 3, 1,
 * ... so that there are missed chances and key moments of both signs; its
 * record is saved and read back. Then nst_report_markdown + nst_report_html
 * run RUNS times; the median and the fastest run are printed.
 *
 *   build/bench_report [RUBRIC] [RUNS]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "loader.h"
#include "record.h"
#include "report.h"
#include "session.h"

enum { DECISIONS = 50 };

static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int cmp(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static void write_scenario(FILE *f) {
  fprintf(f, "scenario { id = \"bench\", title = \"Vijftig beslissingen\", language = \"nl\", minutes = 60,\n"
             "  lessons = { 3, 8, 1 }, intro = [[Een lang gesprek met **Samira**, om te meten.]], start = \"n1\",\n"
             "  cast = { samira = { name = \"Samira\", role = \"moeder\" } },\n"
             "  state = { spanning = { init = 6, min = 0, max = 10 }, vertrouwen = { init = 2, min = 0, max = 10 },\n"
             "            regie = { init = 3, min = 0, max = 10 } } }\n");
  for (int i = 1; i <= DECISIONS; i++) {
    char next[16];
    if (i < DECISIONS) snprintf(next, sizeof next, "n%d", i + 1);
    else snprintf(next, sizeof next, "einde");
    fprintf(f,
            "node \"n%d\" { speaker = \"samira\", key = %s,\n"
            "  prompt = \"Wat heeft Samira op moment %d nodig, en hoe merk je dat?\",\n"
            "  lines = { { \"verteller\", \"Samira kijkt even naar buiten, dan weer naar jou.\" },\n"
            "            \"Ik heb dit al zo vaak moeten uitleggen. Waarom zou het nu anders gaan?\" },\n"
            "  choices = {\n"
            "    choice { text = \"Ik hoor dat je het al vaak hebt moeten uitleggen. Wil je vertellen wat er toen "
            "gebeurde? Ik heb de tijd.\", next = \"%s\",\n"
            "      score = { erkenning = 3, regulatie = 2, verbinding = 1 }, effects = { spanning = -1, vertrouwen = 1 },\n"
            "      lessons = { 1, 3 }, feedback = \"Je erkent haar vermoeidheid en nodigt uit tot vertellen (les 1, les 3).\",\n"
            "      inner = \"Ze wil het horen. Van het begin af.\" },\n"
            "    choice { text = \"Ik ben niet van de gemeente en ik beslis niets over je kinderen. Wat wil jij "
            "vandaag bespreken?\", next = \"%s\",\n"
            "      score = { transparantie = 2, regie = 2 }, effects = { regie = 1 },\n"
            "      lessons = { 8, 2 }, feedback = \"Je bent helder over je rol en legt de keuze bij haar (les 8).\",\n"
            "      inner = \"Ik mag kiezen. Dat is nieuw.\" },\n"
            "    choice { text = \"Ik heb je dossier gelezen, dus ik weet ongeveer hoe het zit.\", next = \"%s\",\n"
            "      score = { erkenning = -2, transparantie = -1 }, effects = { spanning = 1, vertrouwen = -1 },\n"
            "      lessons = { 7 }, procedure = true,\n"
            "      feedback = \"Het dossier gaat voor haar verhaal (les 7).\", inner = \"Net als de rest.\" },\n"
            "  } }\n",
            i, i % 10 == 1 ? "true" : "false", i, next, next, next);
  }
  fprintf(f, "ending \"einde\" { title = \"Een tweede afspraak\", kind = \"herstel\", text = [[Samira noemt zelf een dag.]] }\n");
}

int main(int argc, char **argv) {
  const char *rubric = argc > 1 ? argv[1] : RUBRIC;
  int runs = argc > 2 ? atoi(argv[2]) : 200;
  if (runs < 1) runs = 1;
  char dir[] = "/tmp/naast-bench-report-XXXXXX", path[256], rec_path[256], err[1024];
  if (!mkdtemp(dir)) { perror("mkdtemp"); return 1; }
  snprintf(path, sizeof path, "%s/bench.lua", dir);
  snprintf(rec_path, sizeof rec_path, "%s/bench.json", dir);
  FILE *f = fopen(path, "w");
  if (!f) { perror(path); return 1; }
  write_scenario(f);
  fclose(f);

  nst_load_options opt = nst_load_defaults();
  opt.rubric = rubric;
  nst_findings found = { 0 };
  nst_scenario *sc = nst_load_scenario(path, &opt, &found);
  for (int i = 0; i < found.count; i++) fprintf(stderr, "%s:%d: %s\n", found.items[i].file, found.items[i].line, found.items[i].message);
  nst_findings_clear(&found);
  if (!sc) return 1;
  nst_session *s = nst_session_new(sc);
  nst_session_start(s);
  for (int i = 0; !nst_session_ended(s); i++)
    if (nst_session_choose(s, i % 3, 2000 + 100 * i) != 0) { fprintf(stderr, "%s\n", nst_session_error(s)); return 1; }
  nst_record_meta m = { .trainee = "Kim", .mode = "training", .lang = "nl", .started = 1700000000, .ended = 1700003600,
                        .self_assessment_json = "{\"ratings\":{\"erkenning\":4,\"regie\":2},\"most_content\":\"Het begin.\"}" };
  if (nst_record_save(rec_path, s, &m, err, sizeof err) != 0) { fprintf(stderr, "%s\n", err); return 1; }
  nst_record *rec = nst_record_load(rec_path, err, sizeof err);
  if (!rec) { fprintf(stderr, "%s\n", err); return 1; }

  double *t = malloc(sizeof(double) * (size_t)runs), *tm = malloc(sizeof(double) * (size_t)runs);
  size_t md_len = 0, html_len = 0;
  nst_report_opts o = { "nl" };
  for (int r = 0; r < runs; r++) {
    double t0 = now_ms();
    char *md = nst_report_markdown(sc, rec, &o, err, sizeof err);
    tm[r] = now_ms() - t0;
    char *html = md ? nst_report_html(md, NULL, "nl") : NULL;
    t[r] = now_ms() - t0;
    if (!html) { fprintf(stderr, "report failed: %s\n", err); return 1; }
    md_len = strlen(md);
    html_len = strlen(html);
    free(md);
    free(html);
  }
  qsort(t, (size_t)runs, sizeof *t, cmp);
  qsort(tm, (size_t)runs, sizeof *tm, cmp);
  printf("bench_report decisions=%d runs=%d md_bytes=%zu html_bytes=%zu median_ms=%.3f min_ms=%.3f max_ms=%.3f "
         "markdown_median_ms=%.3f\n",
         rec->count, runs, md_len, html_len, t[runs / 2], t[0], t[runs - 1], tm[runs / 2]);
  free(t);
  free(tm);
  nst_record_free(rec);
  nst_session_free(s);
  nst_scenario_free(sc);
  unlink(rec_path);
  unlink(path);
  rmdir(dir);
  return 0;
}

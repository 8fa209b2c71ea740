/* cmd_analyze.c: naast analyze: what every path through a scenario gives. */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyze.h"
#include "tells.h"
#include "cli.h"

static void usage(FILE *f) {
  fprintf(f,
          "usage: naast analyze SCENARIO [--json] [--max-states N] [--rubric FILE]\n"
          "Explores every reachable state (at most N, default 2000000) and counts the complete\n"
          "paths exactly, however many: every ending with its path count and score range, the\n"
          "best and the worst path, the most each dimension can score, how the overall scores\n"
          "are spread, the path that always takes the procedure response, the shortest path,\n"
          "and the nodes and responses no path reaches. Where the scenario loops, paths are\n"
          "cut at 64 decisions.\n"
          "Tells: what surface strategies that ignore meaning score (always the longest, the\n"
          "shortest, the first, the last response, one that asks a question, one that does not),\n"
          "how often the best response is also the longest or the shortest, and the median\n"
          "words of best and other responses.\n");
}

static cJSON *path_json(const nst_scenario *sc, const nst_path *p) {
  cJSON *o = cJSON_CreateObject();
  cJSON *ch = cJSON_AddArrayToObject(o, "choices");
  for (int i = 0; i < p->len; i++) cJSON_AddItemToArray(ch, cJSON_CreateNumber(p->choice[i]));
  cJSON_AddStringToObject(o, "ending", sc->nodes[p->ending].id);
  cJSON_AddNumberToObject(o, "overall", (double)(long long)(p->overall * 10000) / 10000);
  cJSON *dims = cJSON_AddObjectToObject(o, "dimensions");
  for (int d = 0; d < sc->dim_count; d++)
    if (p->best[d] > 0)
      cJSON_AddNumberToObject(dims, sc->dims[d].id, (double)(long long)((double)p->earned[d] / p->best[d] * 10000) / 10000);
  return o;
}

static void path_text(const nst_scenario *sc, const char *label, const nst_path *p) {
  printf("%-12s", label);
  if (p->len == 0) printf("(no decisions)");
  for (int i = 0; i < p->len; i++) printf("%s%d", i ? "," : "", p->choice[i]);
  printf("  -> %s, %.0f%%\n", sc->nodes[p->ending].id, p->overall * 100);   /* below zero shown: paths differ */
}

/* Authoring facts the library's quality gates read. */
static cJSON *quality_json(const nst_scenario *sc) {
  int decisions = 0, min_resp = 1 << 30, no_fb = 0, no_inner = 0, prompts = 0, bad_proc = 0;
  for (int i = 0; i < sc->node_count; i++) {
    const nst_node *n = &sc->nodes[i];
    if (n->kind != NST_DECISION) continue;
    decisions++;
    if (n->choice_count < min_resp) min_resp = n->choice_count;
    if (n->key && n->prompt) prompts++;
    int proc = 0;
    for (unsigned k = 0; k < n->choice_count; k++) {
      const nst_choice *c = &sc->choices[n->choice_first + k];
      no_fb += !c->feedback || !*c->feedback;
      no_inner += !c->inner || !*c->inner;
      proc += c->procedure;
    }
    bad_proc += proc != 1;
  }
  cJSON *q = cJSON_CreateObject();
  cJSON_AddNumberToObject(q, "decision_nodes", decisions);
  cJSON_AddNumberToObject(q, "min_responses", decisions ? min_resp : 0);
  cJSON_AddNumberToObject(q, "responses_without_feedback", no_fb);
  cJSON_AddNumberToObject(q, "responses_without_inner", no_inner);
  cJSON_AddNumberToObject(q, "key_prompts", prompts);
  cJSON_AddNumberToObject(q, "nodes_without_one_procedure", bad_proc);
  cJSON_AddNumberToObject(q, "content_notes", sc->content_note_count);
  cJSON *kinds = cJSON_AddArrayToObject(q, "ending_kinds");
  const char *seen[3] = { 0 };
  int ns = 0;
  for (int i = 0; i < sc->node_count; i++) {
    const char *k = sc->nodes[i].ending_kind;
    if (sc->nodes[i].kind != NST_ENDING || !k) continue;
    int dup = 0;
    for (int j = 0; j < ns; j++) dup |= !strcmp(seen[j], k);
    if (!dup && ns < 3) { seen[ns++] = k; cJSON_AddItemToArray(kinds, cJSON_CreateString(k)); }
  }
  return q;
}

/* A count as exact decimal text (JSON numbers are doubles). */
static void add_count(cJSON *o, const char *key, uint64_t n) {
  char buf[32];
  snprintf(buf, sizeof buf, "%llu", (unsigned long long)n);
  cJSON_AddRawToObject(o, key, buf);
}

static double round4(double v) { return (double)(long long)(v * 10000) / 10000; }

static cJSON *tells_json(const nst_scenario *sc, const nst_tells *t) {
  cJSON *o = cJSON_CreateObject();
  cJSON *st = cJSON_AddArrayToObject(o, "strategies");
  for (int s = 0; s < NST_TELL_COUNT; s++) {
    const nst_tell_play *p = &t->plays[s];
    cJSON *j;
    if (p->error[0]) {
      j = cJSON_CreateObject();
      cJSON_AddStringToObject(j, "error", p->error);
    } else {
      j = path_json(sc, &p->path);
      cJSON_AddStringToObject(j, "kind", sc->nodes[p->path.ending].ending_kind);
      cJSON_AddBoolToObject(j, "gives_away", nst_tell_gives_away(sc, p));
    }
    cJSON_AddItemToObject(j, "strategy", cJSON_CreateString(nst_tell_name((nst_tell_strategy)s)));
    cJSON_AddItemToArray(st, j);
  }
  cJSON_AddNumberToObject(o, "decisions", t->decisions);
  cJSON_AddNumberToObject(o, "best_longest", t->best_longest);
  cJSON_AddNumberToObject(o, "best_shortest", t->best_shortest);
  cJSON_AddNumberToObject(o, "median_words_best", t->median_best);
  cJSON_AddNumberToObject(o, "median_words_other", t->median_other);
  /* the words behind the medians, so that a library's median can be taken */
  cJSON *w = cJSON_AddObjectToObject(o, "words");
  cJSON_AddItemToObject(w, "best", cJSON_CreateIntArray(t->best_words, t->best_count));
  cJSON_AddItemToObject(w, "other", cJSON_CreateIntArray(t->other_words, t->other_count));
  return o;
}

static void print_json(const nst_scenario *sc, const nst_analysis *a, const nst_tells *t) {
  cJSON *o = cJSON_CreateObject();
  cJSON_AddStringToObject(o, "scenario", sc->id);
  cJSON *les = cJSON_AddArrayToObject(o, "lessons");   /* the main focus first */
  cJSON_AddItemToArray(les, cJSON_CreateNumber(sc->main_lesson));
  for (int l = 1; l <= NST_LESSONS; l++)
    if (l != sc->main_lesson && (sc->lessons & (1u << l))) cJSON_AddItemToArray(les, cJSON_CreateNumber(l));
  add_count(o, "paths", a->paths);
  cJSON_AddBoolToObject(o, "overflow", a->overflow);
  cJSON_AddBoolToObject(o, "complete", 1);
  cJSON_AddNumberToObject(o, "states", (double)a->states);
  cJSON_AddBoolToObject(o, "loops", a->looped);
  add_count(o, "loops_cut", a->loops);
  cJSON_AddNumberToObject(o, "min_decisions", a->min_decisions);
  cJSON_AddNumberToObject(o, "min_decisions_without_trigger", a->min_decisions_normal);
  cJSON_AddNumberToObject(o, "max_decisions", a->max_decisions);
  if (a->paths) {
    cJSON_AddItemToObject(o, "best", path_json(sc, &a->best));
    cJSON_AddItemToObject(o, "worst", path_json(sc, &a->worst));
  }
  if (a->min_decisions_normal >= 0) cJSON_AddItemToObject(o, "shortest", path_json(sc, &a->shortest_normal));
  if (a->procedure_error[0]) cJSON_AddStringToObject(o, "procedure_error", a->procedure_error);
  else cJSON_AddItemToObject(o, "procedure", path_json(sc, &a->procedure));
  cJSON *ends = cJSON_AddArrayToObject(o, "endings");
  for (int i = 0; i < sc->node_count; i++) {
    if (sc->nodes[i].kind != NST_ENDING) continue;
    cJSON *e = cJSON_CreateObject();
    cJSON_AddStringToObject(e, "id", sc->nodes[i].id);
    cJSON_AddStringToObject(e, "kind", sc->nodes[i].ending_kind);
    add_count(e, "paths", a->ending_paths[i]);
    if (a->ending_paths[i]) {
      cJSON_AddNumberToObject(e, "min", round4(a->ending_min[i]));
      cJSON_AddNumberToObject(e, "max", round4(a->ending_max[i]));
    }
    cJSON_AddItemToArray(ends, e);
  }
  cJSON *dims = cJSON_AddObjectToObject(o, "max_per_dimension");
  for (int d = 0; d < sc->dim_count; d++) {
    if (!a->has_max[d]) continue;
    cJSON *m = cJSON_AddObjectToObject(dims, sc->dims[d].id);
    cJSON_AddNumberToObject(m, "score", round4(a->max_score[d]));
    cJSON_AddNumberToObject(m, "points", a->max_earned[d]);
  }
  cJSON *dist = cJSON_AddArrayToObject(o, "distribution");   /* paths per 10 % of overall score */
  for (int b = 0; b < NST_SCORE_BUCKETS; b++) {
    char buf[32];
    snprintf(buf, sizeof buf, "%llu", (unsigned long long)a->distribution[b]);
    cJSON_AddItemToArray(dist, cJSON_CreateRaw(buf));
  }
  cJSON *un = cJSON_AddObjectToObject(o, "unreachable");
  cJSON *un_nodes = cJSON_AddArrayToObject(un, "nodes"), *un_resp = cJSON_AddArrayToObject(un, "responses");
  for (int i = 0; i < sc->node_count; i++) {
    const nst_node *n = &sc->nodes[i];
    if (!a->node_reached[i]) { cJSON_AddItemToArray(un_nodes, cJSON_CreateString(n->id)); continue; }
    for (unsigned k = 0; n->kind == NST_DECISION && k < n->choice_count; k++)
      if (!a->choice_offered[n->choice_first + k]) {
        char id[256];
        snprintf(id, sizeof id, "%s.%u", n->id, k + 1);
        cJSON_AddItemToArray(un_resp, cJSON_CreateString(id));
      }
  }
  cJSON_AddItemToObject(o, "quality", quality_json(sc));
  cJSON_AddItemToObject(o, "tells", tells_json(sc, t));
  char *s = cJSON_Print(o);
  puts(s);
  free(s);
  cJSON_Delete(o);
}

static void tells_text(const nst_scenario *sc, const nst_tells *t) {
  printf("\ntells (surface strategies that ignore what is said):\n");
  for (int s = 0; s < NST_TELL_COUNT; s++) {
    const nst_tell_play *p = &t->plays[s];
    char label[32];
    snprintf(label, sizeof label, "  %s:", nst_tell_name((nst_tell_strategy)s));
    if (p->error[0]) { printf("%-16s%s\n", label, p->error); continue; }
    printf("%-16s", label);
    for (int i = 0; i < p->path.len; i++) printf("%s%d", i ? "," : "", p->path.choice[i]);
    const nst_node *end = &sc->nodes[p->path.ending];
    printf("  -> %s (%s), %.0f%%%s\n", end->id, end->ending_kind ? end->ending_kind : "?", p->path.overall * 100,
           nst_tell_gives_away(sc, p) ? "  GIVES IT AWAY" : "");
  }
  printf("  the best response is the longest in %d of %d decisions, the shortest in %d\n", t->best_longest,
         t->decisions, t->best_shortest);
  printf("  median words: best responses %.1f, others %.1f\n", t->median_best, t->median_other);
}

static void print_text(const nst_scenario *sc, const nst_analysis *a, const nst_tells *t) {
  printf("%s: %s%llu complete path%s (%zu states)\n", sc->id, a->overflow ? "more than " : "",
         (unsigned long long)a->paths, a->paths == 1 ? "" : "s", a->states);
  if (a->looped)
    printf("the scenario loops: paths are counted up to %d decisions; %s%llu cut off there\n", NST_MAX_DEPTH,
           a->loops == UINT64_MAX ? "more than " : "", (unsigned long long)a->loops);
  printf("decisions per path: %d to %d", a->min_decisions, a->max_decisions);
  if (a->min_decisions_normal >= 0) printf(" (%d at least, without an early ending)", a->min_decisions_normal);
  printf("\n\nendings:\n");
  for (int i = 0; i < sc->node_count; i++) {
    if (sc->nodes[i].kind != NST_ENDING) continue;
    printf("  %-28s %-9s %12llu path%s", sc->nodes[i].id, sc->nodes[i].ending_kind,
           (unsigned long long)a->ending_paths[i], a->ending_paths[i] == 1 ? " " : "s");
    if (a->ending_paths[i]) printf("  %.0f%% to %.0f%%", a->ending_min[i] * 100, a->ending_max[i] * 100);
    else printf("  never reached");
    printf("\n");
  }
  printf("\n");
  if (a->paths) { path_text(sc, "best:", &a->best); path_text(sc, "worst:", &a->worst); }
  if (a->min_decisions_normal >= 0) path_text(sc, "shortest:", &a->shortest_normal);
  if (a->procedure_error[0]) printf("procedure:  %s\n", a->procedure_error);
  else path_text(sc, "procedure:", &a->procedure);
  printf("\nmost each dimension can score:\n");
  for (int d = 0; d < sc->dim_count; d++)
    if (a->has_max[d]) printf("  %-28s %4.0f%%\n", sc->dims[d].id, a->max_score[d] * 100);
  printf("\npaths by overall score:\n");
  uint64_t most = 1;
  for (int b = 0; b < NST_SCORE_BUCKETS; b++) if (a->distribution[b] > most) most = a->distribution[b];
  for (int b = 0; b < NST_SCORE_BUCKETS; b++) {
    int bar = (int)((double)a->distribution[b] / (double)most * 40 + 0.5);
    printf("  %3d-%3d%%  %12llu  ", b * 10, b == NST_SCORE_BUCKETS - 1 ? 100 : b * 10 + 9,
           (unsigned long long)a->distribution[b]);
    for (int i = 0; i < bar; i++) fputs("#", stdout);
    printf("\n");
  }
  int first = 1;
  for (int i = 0; i < sc->node_count; i++) {
    const nst_node *n = &sc->nodes[i];
    if (!a->node_reached[i]) {
      printf("%s  node \"%s\" (line %d)\n", first ? "\nnever reached:\n" : "", n->id, n->line);
      first = 0;
      continue;
    }
    for (unsigned k = 0; n->kind == NST_DECISION && k < n->choice_count; k++)
      if (!a->choice_offered[n->choice_first + k]) {
        printf("%s  response %u of node \"%s\" (line %d)\n", first ? "\nnever reached:\n" : "", k + 1, n->id,
               sc->choices[n->choice_first + k].line);
        first = 0;
      }
  }
  tells_text(sc, t);
}

int cmd_analyze(int argc, char **argv) {
  const char *name = NULL, *rubric = NULL;
  int json = 0;
  long long max_states = 2000000;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) { usage(stdout); return EXIT_OK; }
    else if (!strcmp(argv[i], "--json")) json = 1;
    else if (!strcmp(argv[i], "--max-states") && i + 1 < argc) max_states = atoll(argv[++i]);
    else if (!strcmp(argv[i], "--rubric") && i + 1 < argc) rubric = argv[++i];
    else if (argv[i][0] != '-' && !name) name = argv[i];
    else { usage(stderr); return EXIT_USAGE; }
  }
  if (!name || max_states < 1) { usage(stderr); return EXIT_USAGE; }
  char path[4096];
  if (lib_resolve(name, path, sizeof path) != 0) return EXIT_USAGE;
  nst_scenario *sc = load_or_report(path, rubric);
  if (!sc) return EXIT_PROBLEM;
  nst_analysis a;
  nst_tells t = { 0 };
  int rc = EXIT_OK;
  if (nst_analyze(sc, (size_t)max_states, &a) != 0) {
    fprintf(stderr, "naast: %s: %s\n", path, a.error);
    rc = EXIT_PROBLEM;
  } else if (nst_tells_measure(sc, a.choice_offered, &t) != 0) {
    fprintf(stderr, "naast: %s: %s\n", path, t.plays[0].error);
    rc = EXIT_PROBLEM;
  } else if (json) {
    print_json(sc, &a, &t);
  } else {
    print_text(sc, &a, &t);
  }
  nst_tells_free(&t);
  nst_analysis_free(&a);
  nst_scenario_free(sc);
  return rc;
}

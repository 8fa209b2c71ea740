/* record.c: session <-> JSON. */
#include "record.h"

#include <cjson/cJSON.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "fsutil.h"

enum { MAX_RECORD = 32 << 20, MAX_POINTS = 1000, MAX_NUMBER = 1000 };

/* cJSON allocates through json_malloc, which counts what it could not
 * allocate: cJSON's helpers drop an item they could not add without a
 * word, and a record built or read while memory ran out must be known to be
 * incomplete, so that it is never written over a good one or reported as
 * if whole. */
static unsigned long json_failures;

static void *json_malloc(size_t n) {
  void *p = malloc(n);
  if (!p) json_failures++;
  return p;
}

static void json_hooks(void) {
  static int done;
  if (done) return;
  cJSON_Hooks h = { json_malloc, free };
  cJSON_InitHooks(&h);
  done = 1;
}

static char *dup_text(const char *s) {
  char *d = strdup(s);
  if (!d) json_failures++;
  return d;
}

/* Adds item to parent (under key; to the array when key is NULL). An item
 * that cannot be added is deleted, not leaked; the failure is counted. */
static void put(cJSON *parent, const char *key, cJSON *item) {
  if (!item) { json_failures++; return; }
  if (parent && (key ? cJSON_AddItemToObject(parent, key, item) : cJSON_AddItemToArray(parent, item))) return;
  json_failures++;
  cJSON_Delete(item);
}

void nst_record_hash_text(const nst_scenario *sc, char out[32]) {
  snprintf(out, 32, "fnv1a64:%016llx", (unsigned long long)sc->file_hash);
}

void nst_time_format(long long t, char out[32]) {
  time_t tt = (time_t)t;
  struct tm tm;
  gmtime_r(&tt, &tm);
  strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

static long long days_from_civil(int y, int m, int d) { /* Howard Hinnant's algorithm */
  y -= m <= 2;
  long long era = (y >= 0 ? y : y - 399) / 400;
  long long yoe = y - era * 400;
  long long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

long long nst_time_parse(const char *s) {
  int y, mo, d, h, mi, se;
  char z;
  if (!s || sscanf(s, "%4d-%2d-%2dT%2d:%2d:%2d%c", &y, &mo, &d, &h, &mi, &se, &z) != 7 || z != 'Z')
    return -1;
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || se > 60) return -1;
  return days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + se;
}

static cJSON *time_item(long long t) {
  if (t <= 0) return cJSON_CreateNull();
  char buf[32];
  nst_time_format(t, buf);
  return cJSON_CreateString(buf);
}

static cJSON *dim_object(const nst_scenario *sc, const int *v, const int *best) {
  cJSON *o = cJSON_CreateObject();
  for (int d = 0; d < sc->dim_count; d++)
    if (v[d] != 0 || best[d] != 0) cJSON_AddNumberToObject(o, sc->dims[d].id, v[d]);
  return o;
}

static cJSON *state_object(const nst_scenario *sc, const int *st) {
  cJSON *o = cJSON_CreateObject();
  for (int v = 0; v < sc->var_count; v++) cJSON_AddNumberToObject(o, sc->vars[v].id, st[v]);
  return o;
}

/* Lesson numbers of a bit mask, ascending; main (when set) first. */
static cJSON *lesson_array(unsigned mask, int main) {
  cJSON *a = cJSON_CreateArray();
  if (main >= 1 && main <= NST_LESSONS && (mask & (1u << main))) put(a, NULL, cJSON_CreateNumber(main));
  for (int l = 1; l <= NST_LESSONS; l++)
    if (l != main && (mask & (1u << l))) put(a, NULL, cJSON_CreateNumber(l));
  return a;
}

static cJSON *scenario_lessons(const nst_scenario *sc) { return lesson_array(sc->lessons, sc->main_lesson); }

/* The lessons any response available at decision i touches: what the
 * decision put at stake, whichever response was taken. */
static unsigned lessons_available(const nst_session *s, int i) {
  const nst_scenario *sc = nst_session_scenario(s);
  const nst_node *node = &sc->nodes[nst_session_decision(s, i)->node];
  int *avail = malloc(sizeof(int) * (node->choice_count + 1u));
  if (!avail) json_failures++;   /* the record would not be whole: it is not written */
  int n = avail ? nst_node_available(sc, nst_session_decision(s, i)->node, nst_session_state_before(s, i), avail) : -1;
  unsigned mask = 0;
  if (n < 0) /* a script error now: what the node offers at all */
    for (int k = 0; k < node->choice_count; k++) mask |= sc->choices[node->choice_first + k].lessons;
  for (int k = 0; k < n; k++) mask |= sc->choices[avail[k]].lessons;
  free(avail);
  return mask;
}

/* A group's votes at a decision: counts in the order the responses were
 * shown, and how the conversation's course was decided. */
static cJSON *votes_object(const nst_tally *t) {
  cJSON *o = cJSON_CreateObject();
  cJSON *a = cJSON_AddArrayToObject(o, "counts");
  for (int k = 0; k < t->n; k++) put(a, NULL, cJSON_CreateNumber(t->counts[k]));
  cJSON_AddStringToObject(o, "followed", nst_follow_name(t->how));
  return o;
}

static double round4(double x) { return (double)(long long)(x * 10000 + (x >= 0 ? 0.5 : -0.5)) / 10000; }

char *nst_record_json(const nst_session *s, const nst_record_meta *m) {
  const nst_scenario *sc = nst_session_scenario(s);
  json_hooks();
  unsigned long failures = json_failures;
  cJSON *r = cJSON_CreateObject();
  if (!r) return NULL;
  cJSON_AddStringToObject(r, "format", "naast-record");
  cJSON_AddNumberToObject(r, "format_version", NST_RECORD_FORMAT);
  cJSON_AddStringToObject(r, "engine", "naast " NAAST_VERSION);

  cJSON *scn = cJSON_AddObjectToObject(r, "scenario");
  cJSON_AddStringToObject(scn, "id", sc->id);
  cJSON_AddStringToObject(scn, "title", sc->title);
  if (sc->version) cJSON_AddStringToObject(scn, "version", sc->version);
  else cJSON_AddNullToObject(scn, "version");
  cJSON_AddStringToObject(scn, "file", sc->path);
  char hash[32];
  nst_record_hash_text(sc, hash);
  cJSON_AddStringToObject(scn, "hash", hash);
  put(scn, "lessons", scenario_lessons(sc));
  if (sc->role) put(scn, "role", cJSON_CreateString(sc->role));

  if (m->trainee && m->trainee[0]) cJSON_AddStringToObject(r, "trainee", m->trainee);
  else cJSON_AddNullToObject(r, "trainee");
  cJSON_AddStringToObject(r, "mode", m->mode ? m->mode : "training");
  cJSON_AddStringToObject(r, "lang", m->lang ? m->lang : "nl");
  put(r, "started", time_item(m->started));
  put(r, "ended", time_item(m->ended));
  if (m->branched_from) {
    cJSON *b = cJSON_AddObjectToObject(r, "branched_from");
    cJSON_AddStringToObject(b, "record", m->branched_from);
    cJSON_AddNumberToObject(b, "step", m->branched_step);
  }

  cJSON *vars = cJSON_AddArrayToObject(r, "variables");
  for (int v = 0; v < sc->var_count; v++) {
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "id", sc->vars[v].id);
    cJSON_AddNumberToObject(o, "init", sc->vars[v].init);
    cJSON_AddNumberToObject(o, "min", sc->vars[v].min);
    cJSON_AddNumberToObject(o, "max", sc->vars[v].max);
    cJSON_AddBoolToObject(o, "hidden", sc->vars[v].hidden);
    put(vars, NULL, o);
  }
  cJSON *dims = cJSON_AddArrayToObject(r, "dimensions");
  for (int d = 0; d < sc->dim_count; d++) put(dims, NULL, cJSON_CreateString(sc->dims[d].id));

  cJSON *decs = cJSON_AddArrayToObject(r, "decisions");
  int n = nst_session_decision_count(s);
  for (int i = 0; i < n; i++) {
    const nst_decision *d = nst_session_decision(s, i);
    const nst_choice *c = &sc->choices[d->choice];
    cJSON *o = cJSON_CreateObject();
    cJSON_AddNumberToObject(o, "step", i + 1);
    cJSON_AddStringToObject(o, "node", sc->nodes[d->node].id);
    cJSON_AddStringToObject(o, "choice", c->id);
    cJSON_AddNumberToObject(o, "number", d->number);
    cJSON_AddNumberToObject(o, "available", d->available);
    cJSON_AddStringToObject(o, "text", c->text ? c->text : "");
    const int *earned = nst_session_decision_earned(s, i), *best = nst_session_decision_best(s, i);
    put(o, "earned", dim_object(sc, earned, best));
    put(o, "best", dim_object(sc, best, best));
    put(o, "lessons", lesson_array(c->lessons, 0));
    put(o, "lessons_available", lesson_array(lessons_available(s, i), 0));
    put(o, "state", state_object(sc, nst_session_decision_state(s, i)));
    if (d->millis >= 0) cJSON_AddNumberToObject(o, "seconds", d->millis / 1000.0);
    else cJSON_AddNullToObject(o, "seconds");
    if (m->tallies && i < m->tally_count && m->tallies[i].n > 0) put(o, "votes", votes_object(&m->tallies[i]));
    put(decs, NULL, o);
  }
  cJSON *und = cJSON_AddArrayToObject(r, "undone");
  for (int i = 0; i < nst_session_undone_count(s); i++) {
    const nst_decision *d = nst_session_undone(s, i);
    cJSON *o = cJSON_CreateObject();
    cJSON_AddNumberToObject(o, "step", nst_session_undone_step(s, i) + 1);
    cJSON_AddStringToObject(o, "node", sc->nodes[d->node].id);
    cJSON_AddStringToObject(o, "choice", sc->choices[d->choice].id);
    put(und, NULL, o);
  }

  int node = nst_session_node(s);
  if (nst_session_ended(s)) {
    cJSON *e = cJSON_AddObjectToObject(r, "ending");
    cJSON_AddStringToObject(e, "id", sc->nodes[node].id);
    cJSON_AddStringToObject(e, "title", sc->nodes[node].title ? sc->nodes[node].title : "");
    cJSON_AddStringToObject(e, "kind", sc->nodes[node].ending_kind ? sc->nodes[node].ending_kind : "");
  } else {
    cJSON_AddNullToObject(r, "ending");
  }

  int earned[NST_MAX_DIMS], best[NST_MAX_DIMS];
  nst_session_totals(s, earned, best, NULL);
  cJSON *scores = cJSON_AddObjectToObject(r, "scores");
  for (int d = 0; d < sc->dim_count; d++) {
    cJSON *o = cJSON_CreateObject();
    cJSON_AddNumberToObject(o, "earned", earned[d]);
    cJSON_AddNumberToObject(o, "best", best[d]);
    double sd;
    if (!nst_session_score(s, d, &sd)) cJSON_AddNullToObject(o, "score");
    else cJSON_AddNumberToObject(o, "score", round4(sd));
    put(scores, sc->dims[d].id, o);
  }
  double ov;
  if (!nst_session_overall(s, &ov)) cJSON_AddNullToObject(r, "overall");
  else cJSON_AddNumberToObject(r, "overall", round4(ov));
  if (m->self_assessment_json) {
    cJSON *sa = cJSON_Parse(m->self_assessment_json);
    if (sa) put(r, "self_assessment", sa);
  }
  char *text = cJSON_Print(r);
  cJSON_Delete(r);
  if (json_failures != failures) { free(text); return NULL; }   /* incomplete: not a record */
  return text;
}

int nst_record_save(const char *path, const nst_session *s, const nst_record_meta *m,
                    char *err, size_t errlen) {
  char *text = nst_record_json(s, m);
  if (!text) { snprintf(err, errlen, "%s: out of memory", path); return -1; }
  size_t n = strlen(text);
  text[n] = '\n'; /* cJSON_Print allocates exactly: write the newline apart */
  int rc = nst_file_write_atomic(path, text, n + 1, err, errlen);
  free(text);
  return rc;
}

static char *dup_str(const cJSON *o, const char *key) {
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
  return cJSON_IsString(v) ? dup_text(v->valuestring) : NULL;
}

void nst_record_free(nst_record *r) {
  if (!r) return;
  for (int i = 0; i < r->count; i++) {
    free(r->choice_ids[i]);
    free(r->steps[i].node);
    free(r->steps[i].text);
  }
  for (int d = 0; d < r->dim_count; d++) free(r->dims[d]);
  free(r->choice_ids); free(r->numbers); free(r->millis); free(r->steps); free(r->dims);
  free(r->scenario_id); free(r->scenario_file); free(r->hash); free(r->trainee);
  free(r->mode); free(r->lang); free(r->ending); free(r->self_assessment_json);
  free(r->scenario_title); free(r->scenario_version); free(r->role); free(r->ending_title); free(r->ending_kind);
  free(r->branched_from);
  free(r);
}

/* A list of lesson numbers as a bit mask (numbers outside 1..8 ignored). */
static unsigned lesson_mask(const cJSON *a, int *first) {
  unsigned mask = 0;
  const cJSON *v;
  cJSON_ArrayForEach(v, a) {
    if (!cJSON_IsNumber(v) || v->valueint < 1 || v->valueint > NST_LESSONS) continue;
    if (first && !mask) *first = v->valueint;
    mask |= 1u << v->valueint;
  }
  return mask;
}

/* Points per dimension by the record's dimension order; ids the record does
 * not list are ignored. A record of MAX_RECORD bytes holds well under a
 * million decisions, so sums of ±MAX_POINTS stay within an int. */
static void read_points(const nst_record *r, const cJSON *o, int *out) {
  const cJSON *v;
  cJSON_ArrayForEach(v, o) {
    if (!cJSON_IsNumber(v) || !v->string) continue;
    for (int d = 0; d < r->dim_count; d++)
      if (strcmp(r->dims[d], v->string) == 0) {
        /* points are small numbers (the rubric's scale): a hand-made huge
         * one is held to ±MAX_POINTS, so that sums over a record's
         * decisions cannot overflow (found by fuzz_record) */
        out[d] = v->valueint > MAX_POINTS ? MAX_POINTS : v->valueint < -MAX_POINTS ? -MAX_POINTS : v->valueint;
        break;
      }
  }
}

static int read_dims(nst_record *r, const cJSON *dims) {
  int n = cJSON_GetArraySize(dims);
  if (n > NST_MAX_DIMS) n = NST_MAX_DIMS;
  r->dims = calloc((size_t)n + 1, sizeof(char *));
  if (!r->dims) return -1;
  const cJSON *v;
  cJSON_ArrayForEach(v, dims) {
    if (r->dim_count == n) break;
    if (!cJSON_IsString(v)) continue;
    if (!(r->dims[r->dim_count] = dup_text(v->valuestring))) return -1;
    r->dim_count++;
  }
  return 0;
}

/* The group's votes at a decision, when kept and sound: as many counts as
 * responses were available, none negative. The response followed is the
 * decision's own (its number). */
static void read_votes(const cJSON *v, nst_record_step *st) {
  const cJSON *counts = cJSON_GetObjectItemCaseSensitive(v, "counts");
  int n = cJSON_GetArraySize(counts);
  if (!cJSON_IsArray(counts) || n < 1 || n > NST_TALLY_MAX || (st->available && n != st->available)) return;
  nst_tally t;
  nst_tally_init(&t, n);
  int k = 0;
  const cJSON *c;
  cJSON_ArrayForEach(c, counts) {
    if (!cJSON_IsNumber(c) || c->valuedouble < 0 || c->valuedouble > NST_TALLY_VOTES) return;
    t.counts[k++] = c->valueint;
  }
  int how = nst_follow_parse(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(v, "followed")));
  t.how = how < 0 ? NST_FOLLOW_MAJORITY : how;
  st->tally = t;
}

static int read_decision(nst_record *r, const cJSON *d, const char *path, char *err, size_t errlen) {
  const cJSON *num = cJSON_GetObjectItemCaseSensitive(d, "number");
  const cJSON *sec = cJSON_GetObjectItemCaseSensitive(d, "seconds");
  const cJSON *avail = cJSON_GetObjectItemCaseSensitive(d, "available");
  char *id = dup_str(d, "choice");
  if (!id || !cJSON_IsNumber(num) || num->valueint < 1 || num->valueint > MAX_NUMBER) {
    free(id);
    snprintf(err, errlen, "%s: decision %d is damaged (no choice, or no number from 1 to %d)", path, r->count + 1,
             MAX_NUMBER);
    return -1;
  }
  nst_record_step *st = &r->steps[r->count];
  r->choice_ids[r->count] = id;
  r->numbers[r->count] = num->valueint;
  /* a time beyond a day (or below zero) is no thinking time: unknown, and
   * never a conversion to int out of its range (found by fuzz_record) */
  double secs = cJSON_IsNumber(sec) ? sec->valuedouble : -1;
  r->millis[r->count] = secs >= 0 && secs <= 86400 ? (int)(secs * 1000 + 0.5) : -1;
  r->count++;
  st->node = dup_str(d, "node");
  st->text = dup_str(d, "text");
  st->available = cJSON_IsNumber(avail) ? avail->valueint : 0;
  st->lessons = lesson_mask(cJSON_GetObjectItemCaseSensitive(d, "lessons"), NULL);
  st->lessons_available = lesson_mask(cJSON_GetObjectItemCaseSensitive(d, "lessons_available"), NULL);
  read_points(r, cJSON_GetObjectItemCaseSensitive(d, "earned"), st->earned);
  read_points(r, cJSON_GetObjectItemCaseSensitive(d, "best"), st->best);
  read_votes(cJSON_GetObjectItemCaseSensitive(d, "votes"), st);
  if (st->tally.n > 0) st->tally.followed = num->valueint - 1;
  return 0;
}

nst_record *nst_record_load(const char *path, char *err, size_t errlen) {
  size_t len;
  char *text = nst_file_read(path, MAX_RECORD, &len, err, errlen);
  if (!text) return NULL;
  json_hooks();
  unsigned long failures = json_failures;
  cJSON *j = cJSON_ParseWithLength(text, len);
  free(text);
  nst_record *r = NULL;
  if (!j && json_failures != failures) { snprintf(err, errlen, "%s: out of memory", path); return NULL; }
  if (!j) { snprintf(err, errlen, "%s: not a valid JSON record (truncated or damaged?)", path); return NULL; }
  const cJSON *fmt = cJSON_GetObjectItemCaseSensitive(j, "format");
  const cJSON *ver = cJSON_GetObjectItemCaseSensitive(j, "format_version");
  const cJSON *scn = cJSON_GetObjectItemCaseSensitive(j, "scenario");
  const cJSON *decs = cJSON_GetObjectItemCaseSensitive(j, "decisions");
  if (!cJSON_IsString(fmt) || strcmp(fmt->valuestring, "naast-record") != 0) {
    snprintf(err, errlen, "%s: not a naast session record", path);
    goto done;
  }
  if (!cJSON_IsNumber(ver) || ver->valueint != NST_RECORD_FORMAT) {
    snprintf(err, errlen, "%s: record format version %d is not supported (this naast reads %d)", path,
             cJSON_IsNumber(ver) ? ver->valueint : -1, NST_RECORD_FORMAT);
    goto done;
  }
  if (!cJSON_IsObject(scn) || !cJSON_IsArray(decs)) {
    snprintf(err, errlen, "%s: the record lacks its scenario or decisions", path);
    goto done;
  }
  r = calloc(1, sizeof *r);
  if (!r) { snprintf(err, errlen, "out of memory"); goto done; }
  r->scenario_id = dup_str(scn, "id");
  r->scenario_file = dup_str(scn, "file");
  r->hash = dup_str(scn, "hash");
  r->scenario_title = dup_str(scn, "title");
  r->scenario_version = dup_str(scn, "version");
  r->role = dup_str(scn, "role");
  r->scenario_lessons = lesson_mask(cJSON_GetObjectItemCaseSensitive(scn, "lessons"), &r->main_lesson);
  r->trainee = dup_str(j, "trainee");
  r->mode = dup_str(j, "mode");
  r->lang = dup_str(j, "lang");
  r->started = nst_time_parse(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(j, "started")));
  r->ended = nst_time_parse(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(j, "ended")));
  const cJSON *end = cJSON_GetObjectItemCaseSensitive(j, "ending");
  if (cJSON_IsObject(end)) {
    r->ending = dup_str(end, "id");
    r->ending_title = dup_str(end, "title");
    r->ending_kind = dup_str(end, "kind");
  }
  const cJSON *br = cJSON_GetObjectItemCaseSensitive(j, "branched_from");
  const cJSON *br_step = cJSON_GetObjectItemCaseSensitive(br, "step");
  if (cJSON_IsObject(br) && cJSON_IsNumber(br_step) && br_step->valueint >= 1) {
    r->branched_from = dup_str(br, "record");
    r->branched_step = br_step->valueint;
  }
  const cJSON *sa = cJSON_GetObjectItemCaseSensitive(j, "self_assessment");
  if (cJSON_IsObject(sa)) r->self_assessment_json = cJSON_PrintUnformatted(sa);
  r->undone_count = cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(j, "undone"));
  if (!r->scenario_id || !r->hash) {
    snprintf(err, errlen, "%s: the record lacks the scenario's id or hash", path);
    nst_record_free(r);
    r = NULL;
    goto done;
  }
  int n = cJSON_GetArraySize(decs);
  r->choice_ids = calloc((size_t)n + 1, sizeof(char *));
  r->numbers = calloc((size_t)n + 1, sizeof(int));
  r->millis = calloc((size_t)n + 1, sizeof(int));
  r->steps = calloc((size_t)n + 1, sizeof(nst_record_step));
  if (!r->choice_ids || !r->numbers || !r->millis || !r->steps ||
      read_dims(r, cJSON_GetObjectItemCaseSensitive(j, "dimensions")) != 0) {
    snprintf(err, errlen, "out of memory");
    nst_record_free(r);
    r = NULL;
    goto done;
  }
  const cJSON *d;
  cJSON_ArrayForEach(d, decs) {
    if (read_decision(r, d, path, err, errlen) != 0) {
      nst_record_free(r);
      r = NULL;
      goto done;
    }
  }
done:
  cJSON_Delete(j);
  if (json_failures != failures) {   /* a field could not be copied: not the record as it is */
    nst_record_free(r);
    snprintf(err, errlen, "%s: out of memory", path);
    return NULL;
  }
  return r;
}

void nst_record_totals(const nst_record *r, int *earned, int *best) {
  for (int d = 0; d < r->dim_count; d++) earned[d] = best[d] = 0;
  for (int i = 0; i < r->count; i++)
    for (int d = 0; d < r->dim_count; d++)
      if (r->steps[i].best[d] > 0) { earned[d] += r->steps[i].earned[d]; best[d] += r->steps[i].best[d]; }
}

int nst_record_pooled(const nst_record *r, int lesson, int *earned, int *best) {
  *earned = *best = 0;
  for (int i = 0; i < r->count; i++) {
    if (lesson > 0 && !(r->steps[i].lessons_available & (1u << lesson))) continue;
    for (int d = 0; d < r->dim_count; d++)
      if (r->steps[i].best[d] > 0) { *earned += r->steps[i].earned[d]; *best += r->steps[i].best[d]; }
  }
  return *best > 0;
}

int nst_record_replay(const nst_record *r, nst_session *s, int upto, char *err, size_t errlen) {
  const nst_scenario *sc = nst_session_scenario(s);
  int n = upto < 0 || upto > r->count ? r->count : upto;
  for (int i = 0; i < n; i++) {
    if (nst_session_ended(s)) {
      snprintf(err, errlen, "decision %d of the record comes after the conversation ended", i + 1);
      return -1;
    }
    int k = -1, navail = nst_session_available_count(s);
    const int *avail = nst_session_available(s);
    for (int a = 0; a < navail; a++)
      if (strcmp(sc->choices[avail[a]].id, r->choice_ids[i]) == 0) { k = a; break; }
    if (k < 0) {
      snprintf(err, errlen, "decision %d of the record (response \"%s\") is not available in the scenario as it is now",
               i + 1, r->choice_ids[i]);
      return -1;
    }
    if (nst_session_choose(s, k, r->millis[i]) != 0) {
      snprintf(err, errlen, "%s", nst_session_error(s));
      return -1;
    }
  }
  return 0;
}

int nst_record_new_path(const char *dir, const char *id, long long t, char *out, size_t n, char *err, size_t errlen) {
  time_t tt = (time_t)t;
  struct tm tm;
  gmtime_r(&tt, &tm);
  char stamp[32];
  strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
  for (int k = 1; k < 1000; k++) {
    char suffix[16] = "";
    if (k > 1) snprintf(suffix, sizeof suffix, "-%d", k);
    if (snprintf(out, n, "%s/%s-%s%s.json", dir, id, stamp, suffix) >= (int)n) {
      snprintf(err, errlen, "the data folder's name is too long: %s", dir);
      return -1;
    }
    if (access(out, F_OK) != 0) return 0;
  }
  snprintf(err, errlen, "too many sessions of %s began at %s", id, stamp);
  return -1;
}

int nst_record_find_unfinished(const char *dir, const char *id, int group, char *out, size_t n) {
  DIR *d = opendir(dir);
  if (!d) return -1;
  struct dirent *e;
  long long best = -1;
  size_t idl = strlen(id);
  while ((e = readdir(d))) {
    /* only this scenario's records are read: <id>-<time>.json, not a
     * temporary file being written */
    size_t l = strlen(e->d_name);
    if (strncmp(e->d_name, id, idl) != 0 || e->d_name[idl] != '-' || l < 5 || strcmp(e->d_name + l - 5, ".json"))
      continue;
    char p[4096], err[256];
    if (snprintf(p, sizeof p, "%s/%s", dir, e->d_name) >= (int)sizeof p) continue;
    nst_record *r = nst_record_load(p, err, sizeof err);
    int of_group = r && r->mode && !strcmp(r->mode, "group");
    if (r && r->ended < 0 && !r->ending && strcmp(r->scenario_id, id) == 0 && r->started > best &&
        of_group == !!group) {
      best = r->started;
      snprintf(out, n, "%s", p);
    }
    nst_record_free(r);
  }
  closedir(d);
  return best >= 0 ? 0 : -1;
}

/* debrief.c: replaying a record into what the debrief needs. */
#include "debrief.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mdtree.h"
#include "session.h"

int db_percent(int earned, int best) {
  if (best <= 0 || earned <= 0) return 0;
  if (earned >= best) return 100;
  return (int)((200LL * earned + best) / (2LL * best));
}

int db_self_percent(int rating) { return (rating - 1) * 25; }

/* Memory ran out while the debrief was built (db_build resets it): the
 * replay would stop early or a missed chance would be weighed wrong, so
 * there is no debrief rather than one that says less than the session. */
static int out_of_memory;

static int is_oom(const char *msg) {
  size_t l = msg ? strlen(msg) : 0;
  return l >= 13 && !strcmp(msg + l - 13, "out of memory");
}

static int var_is(const nst_scenario *sc, const char *a, const char *b) {
  int v = nst_scenario_var_find(sc, a);
  return v >= 0 ? v : nst_scenario_var_find(sc, b);
}

int db_state_gain(const nst_debrief *db, const int *before, const int *after) {
  int gain = 0;
  for (int v = 0; v < db->sc->var_count; v++) {
    if (db->sc->vars[v].hidden) continue;
    int d = after[v] - before[v];
    gain += v == db->tension ? -d : d;
  }
  return gain;
}

static int choice_points(const nst_scenario *sc, const nst_choice *c) {
  int sum = 0;
  for (unsigned i = 0; i < c->score_count; i++) sum += sc->scores[c->score_first + i].value;
  return sum;
}


static int push_line(nst_debrief *db, int speaker, const char *text, size_t len) {
  if (db->line_count == db->line_cap) {
    int cap = db->line_cap ? db->line_cap * 2 : 64;
    db_line *l = realloc(db->lines, sizeof *l * (size_t)cap);
    if (!l) { out_of_memory = 1; return -1; }
    db->lines = l;
    db->line_cap = cap;
  }
  char *t = malloc(len + 1);
  if (!t) { out_of_memory = 1; return -1; }
  memcpy(t, text, len);
  t[len] = '\0';
  db->lines[db->line_count++] = (db_line){ speaker, t };
  return 0;
}

/* The current node's lines as the state has them; -1 on an error. */
static int collect_lines(nst_debrief *db, nst_session *s, int *first, int *count) {
  const nst_node *n = &db->sc->nodes[nst_session_node(s)];
  *first = db->line_count;
  for (int i = 0; i < n->line_count; i++) {
    int sp;
    const char *text;
    size_t len;
    int r = nst_session_line(s, i, &sp, &text, &len);
    if (r < 0) return -1;
    if (r > 0 && push_line(db, sp, text, len) != 0) return -1;
  }
  *count = db->line_count - *first;
  return 0;
}

static db_option *push_option(nst_debrief *db) {
  if (db->option_count == db->option_cap) {
    int cap = db->option_cap ? db->option_cap * 2 : 64;
    db_option *o = realloc(db->options, sizeof *o * (size_t)cap);
    if (!o) { out_of_memory = 1; return NULL; }
    db->options = o;
    db->option_cap = cap;
  }
  db_option *o = &db->options[db->option_count++];
  memset(o, 0, sizeof *o);
  return o;
}

/* The responses on offer at step st, each applied to the state before it. */
static int collect_options(nst_debrief *db, nst_session *s, db_step *st, const char *chosen_id) {
  const nst_scenario *sc = db->sc;
  const int *avail = nst_session_available(s);
  int navail = nst_session_available_count(s);
  st->option_first = db->option_count;
  st->chosen = -1;
  for (int a = 0; a < navail; a++) {
    db_option *o = push_option(db);
    if (!o) return -1;
    const nst_choice *c = &sc->choices[avail[a]];
    o->choice = avail[a];
    o->points = choice_points(sc, c);
    o->next = nst_choice_apply(sc, c, st->before, o->after);
    if (o->next == -1 && is_oom(nst_scenario_script_error(sc))) out_of_memory = 1;
    if (o->next < 0) memcpy(o->after, st->before, sizeof o->after);
    if (strcmp(c->id, chosen_id) == 0) st->chosen = a;
  }
  st->option_count = navail;
  return 0;
}

/* Lessons applied and missed, the clearly better response, the impact. */
static void weigh(nst_debrief *db, db_step *st) {
  const nst_scenario *sc = db->sc;
  const db_option *opts = db->options + st->option_first;
  uint16_t own = sc->choices[st->choice].lessons & 0x1FE;
  st->points = opts[st->chosen].points;
  st->best_points = st->points;
  for (int a = 0; a < st->option_count; a++)
    if (opts[a].points > st->best_points) st->best_points = opts[a].points;
  if (st->points > 0) st->applied = own;
  else st->missed = own;
  st->better = -1;
  for (int a = 0; a < st->option_count; a++) {
    if (a == st->chosen || opts[a].points != st->best_points || st->best_points <= st->points) continue;
    if (st->best_points > 0) st->missed |= (uint16_t)(sc->choices[opts[a].choice].lessons & 0x1FE & ~st->applied);
    if (st->better < 0 && st->best_points - st->points >= DB_MISSED_GAP) st->better = a;
  }
  st->impact = st->points + db_state_gain(db, st->before, st->after);
}

static char *json_sentence(const cJSON *o, const char *key) {
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
  if (!cJSON_IsString(v) || !v->valuestring[0]) return NULL;
  char *c = md_clean(v->valuestring);
  if (!c) out_of_memory = 1;
  return c;
}

/* The record's self_assessment: ratings of 1..5 per dimension id, two
 * sentences. Anything else in it is ignored. */
static void read_self(nst_debrief *db) {
  if (!db->rec->self_assessment_json) return;
  cJSON *j = cJSON_Parse(db->rec->self_assessment_json);
  if (!j) out_of_memory = 1;   /* the record reader made this text: it parses unless memory ran out */
  if (!cJSON_IsObject(j)) { cJSON_Delete(j); return; }
  const cJSON *ratings = cJSON_GetObjectItemCaseSensitive(j, "ratings");
  for (int d = 0; d < db->sc->dim_count && cJSON_IsObject(ratings); d++) {
    const cJSON *r = cJSON_GetObjectItemCaseSensitive(ratings, db->sc->dims[d].id);
    if (cJSON_IsNumber(r) && r->valuedouble >= 1 && r->valuedouble <= DB_SELF_MAX &&
        r->valuedouble == (int)r->valuedouble) {
      db->self[d] = (int)r->valuedouble;
      db->has_self = 1;
    }
  }
  db->self_most = json_sentence(j, "most_content");
  db->self_least = json_sentence(j, "least_content");
  if (db->self_most || db->self_least) db->has_self = 1;
  cJSON_Delete(j);
}

static void stop(nst_debrief *db, int why, const char *what) {
  db->stopped = why;
  snprintf(db->stop_reason, sizeof db->stop_reason, "%s", what ? what : "");
}

int db_build(nst_debrief *db, const nst_scenario *sc, const nst_record *rec, char *err, size_t n) {
  memset(db, 0, sizeof *db);
  out_of_memory = 0;
  db->sc = sc;
  db->rec = rec;
  db->tension = var_is(sc, "spanning", "tension");
  db->trust = var_is(sc, "vertrouwen", "trust");
  db->control = var_is(sc, "regie", "control");
  char hash[32];
  nst_record_hash_text(sc, hash);
  db->changed = !rec->hash || strcmp(hash, rec->hash) != 0;

  nst_session *s = nst_session_new(sc);
  db->steps = calloc((size_t)rec->count + 1, sizeof *db->steps);
  if (!s || !db->steps || nst_session_start(s) != 0) {
    snprintf(err, n, "%s", s && db->steps ? nst_session_error(s) : "out of memory");
    nst_session_free(s);
    db_free(db);
    return -1;
  }
  int tail_done = 0;
  for (int i = 0; i < rec->count; i++) {
    if (nst_session_ended(s)) { stop(db, DB_STOP_AFTER_END, NULL); break; }
    db_step *st = &db->steps[db->step_count];
    st->node = nst_session_node(s);
    memcpy(st->before, nst_session_state(s), sizeof(int) * (size_t)sc->var_count);
    if (collect_lines(db, s, &st->line_first, &st->line_count) != 0 ||
        collect_options(db, s, st, rec->choice_ids[i]) != 0) {
      stop(db, DB_STOP_ERROR, nst_session_error(s));
      break;
    }
    if (st->chosen < 0) {   /* the scenario changed: this response is no longer on offer here */
      stop(db, DB_STOP_MISSING, rec->choice_ids[i]);
      db->option_count = st->option_first;
      db->tail_first = st->line_first;
      db->tail_count = st->line_count;
      tail_done = 1;
      break;
    }
    if (nst_session_choose(s, st->chosen, rec->millis[i]) != 0) { stop(db, DB_STOP_ERROR, nst_session_error(s)); break; }
    const nst_decision *d = nst_session_decision(s, i);
    st->choice = d->choice;
    st->number = d->number;
    st->available = d->available;
    st->millis = d->millis;
    memcpy(st->earned, nst_session_decision_earned(s, i), sizeof(int) * (size_t)sc->dim_count);
    memcpy(st->best, nst_session_decision_best(s, i), sizeof(int) * (size_t)sc->dim_count);
    memcpy(st->after, nst_session_decision_state(s, i), sizeof(int) * (size_t)sc->var_count);
    weigh(db, st);
    db->step_count++;
  }
  if (out_of_memory || (db->stopped == DB_STOP_ERROR && is_oom(db->stop_reason))) {
    snprintf(err, n, "out of memory");
    nst_session_free(s);
    db_free(db);
    return -1;
  }
  db->ended = nst_session_ended(s);
  db->last_node = nst_session_node(s);
  if (!tail_done && collect_lines(db, s, &db->tail_first, &db->tail_count) != 0) db->tail_count = 0;

  nst_session_totals(s, db->earned, db->best, NULL);
  for (int d = 0; d < sc->dim_count; d++) {
    double v;
    db->scored[d] = nst_session_score(s, d, &v);
    if (db->scored[d]) { db->overall_earned += db->earned[d]; db->overall_best += db->best[d]; }
  }
  nst_session_free(s);
  read_self(db);
  return 0;
}

void db_free(nst_debrief *db) {
  for (int i = 0; i < db->line_count; i++) free(db->lines[i].text);
  free(db->lines);
  free(db->options);
  free(db->steps);
  free(db->self_most);
  free(db->self_least);
  memset(db, 0, sizeof *db);
}

/* report_md.c: the debrief as a cmark node tree, rendered as Markdown.
 *
 * Sections, in order: header, summary (scores beside the self-assessment),
 * in group play how the group voted at each decision,
 * per lesson, key moments, missed chances, the other side, the course of the
 * conversation, questions, the case, the full transcript. Every figure names
 * the step it comes from, so a coach can find it in the transcript.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "textbuf.h"
#include "charts.h"
#include "debrief.h"
#include "mdtree.h"
#include "report.h"
#include "words.h"

enum { SHORT_QUOTE = 70, MOMENTS = 3, QUESTION_LESSONS = 4, QUESTIONS_PER_LESSON = 2 };

typedef struct {
  const nst_debrief *db;
  const nst_scenario *sc;
  const nst_words *w;
  int en;
} ctx;

/* ---- names ---- */

static const char *dim_label(const ctx *c, int d) {
  const nst_dimension *dim = &c->sc->dims[d];
  if (c->en && dim->label_en) return dim->label_en;
  return dim->label ? dim->label : dim->id;
}

/* A variable's name for running text: its label, a known id in English,
 * or its id. */
static const char *var_name(const ctx *c, int v) {
  const nst_var *var = &c->sc->vars[v];
  if (var->label) return var->label;
  if (c->en) {
    if (v == c->db->tension) return c->w->var_tension;
    if (v == c->db->trust) return c->w->var_trust;
    if (v == c->db->control) return c->w->var_control;
  }
  return var->id;
}

/* The same with a capital first letter (ASCII only, as the ids are). */
static const char *var_title(const ctx *c, int v, char *buf, size_t n) {
  snprintf(buf, n, "%s", var_name(c, v));
  if (buf[0] >= 'a' && buf[0] <= 'z') buf[0] = (char)(buf[0] - 32);
  return buf;
}

static const char *kind_word(const ctx *c, const char *kind) {
  if (!kind) return "";
  if (!strcmp(kind, "herstel")) return c->w->kind_herstel;
  if (!strcmp(kind, "neutraal")) return c->w->kind_neutraal;
  if (!strcmp(kind, "breuk")) return c->w->kind_breuk;
  return kind;
}

/* The last thing a person (not the narrator) said before a decision. */
static const db_line *last_said(const ctx *c, const db_step *st) {
  for (int i = st->line_count - 1; i >= 0; i--) {
    const db_line *ln = &c->db->lines[st->line_first + i];
    if (ln->speaker >= 0 && ln->speaker < c->sc->cast_count) return ln;
  }
  return NULL;
}

/* Who the trainee spoke with at a step: the last person to speak there. */
static const char *person_at(const ctx *c, const db_step *st) {
  const db_line *ln = last_said(c, st);
  if (ln) return c->sc->cast[ln->speaker].name;
  return c->sc->cast_count ? c->sc->cast[0].name : "?";
}

static const char *choice_text(const ctx *c, int choice) {
  const char *t = c->sc->choices[choice].text;
  return t ? t : "";
}

/* “text”, shortened to a list's length. */
static void short_quote(cmark_node *p, const char *text) {
  char *s = md_shorten(text, SHORT_QUOTE);
  md_textf(p, "\xE2\x80\x9C%s\xE2\x80\x9D", s ? s : "");
  free(s);
}

static void full_quote(cmark_node *p, const char *text) {
  md_text(p, "\xE2\x80\x9C");
  md_text(p, text);
  md_text(p, "\xE2\x80\x9D");
}

static void label(cmark_node *p, const char *what) {
  char buf[256];
  snprintf(buf, sizeof buf, "%s:", what);
  md_strong(p, buf);
  md_text(p, " ");
}

static void step_label(const ctx *c, cmark_node *p, int i) {
  char buf[64];
  snprintf(buf, sizeof buf, c->w->step_fmt, i + 1);
  md_strong(p, buf);
}

/* "spanning 6 → 5, vertrouwen 2 → 3" over the visible variables that moved. */
static void state_change(const ctx *c, cmark_node *p, const int *before, const int *after) {
  int any = 0;
  for (int v = 0; v < c->sc->var_count; v++) {
    if (c->sc->vars[v].hidden || before[v] == after[v]) continue;
    md_textf(p, "%s%s %d \xE2\x86\x92 %d", any ? ", " : "", var_name(c, v), before[v], after[v]);
    any = 1;
  }
  if (!any) md_text(p, c->w->state_same);
}

static void bar_text(cmark_node *p, int pct) {
  char bar[64] = "";
  int full = (pct + 5) / 10;
  for (int i = 0; i < 10; i++) strcat(bar, i < full ? "\xE2\x96\x88" : "\xE2\x96\x91");
  md_text(p, bar);
}

/* "+4 punten", "-1 punt", "0 punten" */
static const char *points(const ctx *c, int n, char *buf, size_t len) {
  snprintf(buf, len, "%+d %s", n, n == 1 || n == -1 ? c->w->point_one : c->w->point_many);
  if (n == 0) snprintf(buf, len, "0 %s", c->w->point_many);
  return buf;
}

/* " (+4 punten)" */
static void points_paren(const ctx *c, cmark_node *p, int n) {
  char b[64];
  md_textf(p, " (%s)", points(c, n, b, sizeof b));
}

/* A variable in running text: "de spanning" for the usual ids, else its name. */
static const char *var_phrase(const ctx *c, int v) {
  if (!c->sc->vars[v].label) {
    if (v == c->db->tension) return c->w->the_tension;
    if (v == c->db->trust) return c->w->the_trust;
    if (v == c->db->control) return c->w->the_control;
  }
  return var_name(c, v);
}

/* ---- 1. header ---- */

static void header(const ctx *c, cmark_node *doc) {
  const nst_debrief *db = c->db;
  const nst_record *rec = db->rec;
  const nst_words *w = c->w;
  md_textf(md_heading(doc, 1), w->title_fmt, c->sc->title);
  cmark_node *l = md_list(doc, 0);
  cmark_node *p = md_item_para(l);
  label(p, w->trainee);
  md_text(p, rec->trainee && rec->trainee[0] ? rec->trainee : w->anonymous);

  /* the seat the trainee took: as recorded, in the words of the rubric */
  const char *role = rec->role ? rec->role : c->sc->role;
  if (role) {
    const char *shown = role;
    for (int i = 0; i < c->sc->role_count; i++)
      if (!strcmp(c->sc->roles[i].id, role))
        shown = c->en && c->sc->roles[i].label_en ? c->sc->roles[i].label_en : c->sc->roles[i].label;
    p = md_item_para(l);
    label(p, w->role);
    md_text(p, shown);
  }

  p = md_item_para(l);
  label(p, w->date);
  if (rec->started > 0) {
    time_t t = (time_t)rec->started;
    struct tm tm;
    gmtime_r(&t, &tm);
    md_textf(p, w->date_fmt, tm.tm_mday, w->months[tm.tm_mon], tm.tm_year + 1900, tm.tm_hour, tm.tm_min);
  } else {
    md_text(p, w->unknown);
  }

  p = md_item_para(l);
  label(p, w->mode);
  const char *mode = rec->mode ? rec->mode : "training";
  md_text(p, !strcmp(mode, "assessment") ? w->mode_assessment : !strcmp(mode, "group") ? w->mode_group
                                                                                         : w->mode_training);
  p = md_item_para(l);
  label(p, w->duration);
  long long think = 0;
  int timed = 0;
  for (int i = 0; i < db->step_count; i++)
    if (db->steps[i].millis >= 0) think += db->steps[i].millis, timed = 1;
  if (rec->ended > 0 && rec->started > 0 && rec->ended >= rec->started) {
    int min = (int)((rec->ended - rec->started + 30) / 60);
    if (min > 0) md_textf(p, w->minutes_fmt, min);
    else md_text(p, w->less_than_minute);
  } else
    md_text(p, w->unknown);
  if (timed && think >= 500) {
    char t[32];
    long long s = (think + 500) / 1000;
    if (s >= 60) snprintf(t, sizeof t, "%lld min %lld s", s / 60, s % 60);
    else snprintf(t, sizeof t, "%lld s", s);
    md_textf(p, w->thinking_fmt, t);
  }

  p = md_item_para(l);
  label(p, w->ending);
  if (db->ended) {
    const nst_node *e = &c->sc->nodes[db->last_node];
    md_textf(p, "%s (%s)", e->title ? e->title : e->id, kind_word(c, e->ending_kind));
  } else {
    md_textf(p, w->not_ended_fmt, db->step_count, db->step_count == 1 ? w->choice_one : w->choice_many);
  }

  p = md_item_para(l);
  label(p, w->scenario);
  md_text(p, c->sc->id);
  if (c->sc->version) md_textf(p, w->version_fmt, c->sc->version);
  md_textf(p, " (%s", rec->hash ? rec->hash : "?");
  if (db->changed) {
    char now[32];
    nst_record_hash_text(c->sc, now);
    md_textf(p, w->hash_now_fmt, now);
  }
  md_text(p, ")");

  if (rec->branched_from) {
    p = md_item_para(l);
    label(p, w->branched);
    md_textf(p, w->branched_fmt, rec->branched_from, rec->branched_step);
  }

  if (rec->undone_count > 0) {
    p = md_item_para(l);
    label(p, w->undone);
    md_textf(p, w->undone_fmt, rec->undone_count);
  }

  if (db->changed || db->stopped) {
    cmark_node *q = md_quote(doc);
    p = md_para(q);
    label(p, w->attention);
    if (db->changed) md_text(p, w->changed);
    if (db->stopped) {
      if (db->changed) md_text(p, " ");
      int at = db->step_count + 1;
      if (db->stopped == DB_STOP_MISSING) md_textf(p, w->stopped_missing_fmt, at, db->stop_reason, at, rec->count);
      else if (db->stopped == DB_STOP_AFTER_END) md_textf(p, w->stopped_after_end_fmt, at);
      else md_textf(p, w->stopped_error_fmt, at, db->stop_reason);
    }
  }
}

/* ---- 2. summary ---- */

static void overall_picture(const ctx *c, cmark_node *doc) {
  const nst_debrief *db = c->db;
  const nst_words *w = c->w;
  cmark_node *p = md_para(doc);
  int best = -1, worst = -1, n = 0;
  for (int d = 0; d < c->sc->dim_count; d++) {
    if (!db->scored[d]) continue;
    n++;
    int pct = db_percent(db->earned[d], db->best[d]);
    if (best < 0 || pct > db_percent(db->earned[best], db->best[best])) best = d;
    if (worst < 0 || pct < db_percent(db->earned[worst], db->best[worst])) worst = d;
  }
  if (n == 0) md_text(p, w->none_scored);
  else if (n == 1)
    md_textf(p, w->only_one_fmt, dim_label(c, best), db_percent(db->earned[best], db->best[best]));
  else if (db_percent(db->earned[best], db->best[best]) == db_percent(db->earned[worst], db->best[worst]))
    md_textf(p, w->all_equal_fmt, db_percent(db->earned[best], db->best[best]));
  else
    md_textf(p, w->strongest_fmt, dim_label(c, best), db_percent(db->earned[best], db->best[best]),
             dim_label(c, worst), db_percent(db->earned[worst], db->best[worst]));

  /* how tension and trust moved, from the start to where the session stands */
  const int *first = db->step_count ? db->steps[0].before : NULL;
  const int *last = db->step_count ? db->steps[db->step_count - 1].after : NULL;
  int vars[2] = { db->tension, db->trust }, said = 0;
  for (int k = 0; k < 2 && first; k++) {
    if (vars[k] < 0) continue;
    md_text(p, said ? w->and_ : " ");
    if (!said) md_textf(p, "%s ", w->course_sentence);
    if (first[vars[k]] == last[vars[k]]) md_textf(p, w->stayed_fmt, var_phrase(c, vars[k]), last[vars[k]]);
    else md_textf(p, w->moved_fmt, var_phrase(c, vars[k]), first[vars[k]], last[vars[k]]);
    said = 1;
  }
  if (said) md_text(p, ".");
  if (db->ended) {
    const nst_node *e = &c->sc->nodes[db->last_node];
    md_text(p, " ");
    md_textf(p, w->ended_fmt, e->title ? e->title : e->id, kind_word(c, e->ending_kind));
  }
}

static void self_comparison(const ctx *c, cmark_node *doc) {
  const nst_debrief *db = c->db;
  const nst_words *w = c->w;
  if (!db->has_self) {
    int group = db->rec->mode && !strcmp(db->rec->mode, "group");
    md_emph(md_para(doc), group ? w->self_group : w->self_none);
    return;
  }
  int gap_dim = -1, gap = 0;
  for (int d = 0; d < c->sc->dim_count; d++) {
    if (!db->self[d] || !db->scored[d]) continue;
    int g = db_self_percent(db->self[d]) - db_percent(db->earned[d], db->best[d]);
    if (gap_dim < 0 || abs(g) > abs(gap)) { gap_dim = d; gap = g; }
  }
  if (gap_dim >= 0) {
    cmark_node *p = md_para(doc);
    if (abs(gap) > 25) {
      md_textf(p, w->self_gap_fmt, dim_label(c, gap_dim), db->self[gap_dim], db_self_percent(db->self[gap_dim]),
               db_percent(db->earned[gap_dim], db->best[gap_dim]), gap > 0 ? w->self_higher : w->self_lower);
      md_text(p, " ");
      md_text(p, w->self_gap_tail);
    } else {
      md_text(p, w->self_close);
    }
  }
  const char *said[2] = { db->self_most, db->self_least }, *what[2] = { w->self_most, w->self_least };
  for (int k = 0; k < 2; k++) {
    if (!said[k]) continue;
    cmark_node *p = md_para(doc);
    md_strong(p, what[k]);
    md_text(md_para(md_quote(doc)), said[k]);
  }
}

static void summary(const ctx *c, cmark_node *doc) {
  const nst_debrief *db = c->db;
  const nst_words *w = c->w;
  md_text(md_heading(doc, 2), w->h_summary);
  nst_buf m = { 0 };
  chart_bars_begin(&m);
  for (int d = 0; d < c->sc->dim_count; d++)
    chart_bars_row(&m, dim_label(c, d), db->scored[d] ? db_percent(db->earned[d], db->best[d]) : -1,
                   db->self[d] ? db_self_percent(db->self[d]) : -1);
  chart_end(&m);
  char *marker = nst_buf_take(&m);
  md_marker(doc, marker);   /* NULL (no memory) is counted there */
  free(marker);

  cmark_node *l = md_list(doc, 0);
  for (int d = 0; d < c->sc->dim_count; d++) {
    cmark_node *p = md_item_para(l);
    label(p, dim_label(c, d));
    if (db->scored[d]) {
      int pct = db_percent(db->earned[d], db->best[d]);
      md_textf(p, "%d%% ", pct);
      bar_text(p, pct);
      md_textf(p, w->points_fmt, db->earned[d], db->best[d], db->best[d] == 1 ? w->point_one : w->point_many);
    } else {
      md_text(p, w->not_scored);
    }
    if (db->self[d]) md_textf(p, w->self_fmt, db->self[d], DB_SELF_MAX, db_self_percent(db->self[d]));
  }
  cmark_node *p = md_item_para(l);
  label(p, w->overall);
  if (db->overall_best > 0) {
    md_textf(p, "%d%%", db_percent(db->overall_earned, db->overall_best));
    md_textf(p, w->points_fmt, db->overall_earned, db->overall_best,
             db->overall_best == 1 ? w->point_one : w->point_many);
  } else {
    md_text(p, w->not_scored);
  }
  overall_picture(c, doc);
  self_comparison(c, doc);
}

/* ---- 2a. the group's votes (group play only) ---- */

/* Did the group vote at any decision the replay reached? */
static int has_votes(const ctx *c) {
  for (int i = 0; i < c->db->step_count; i++)
    if (c->db->rec->steps[i].tally.n > 0) return 1;
  return 0;
}


/* One response at a voted decision: its votes, whether it was followed,
 * what it earned and did to the state ("what if"), and for the ones a
 * minority chose, the feedback on it. */
static void vote_item(const ctx *c, cmark_node *list, const db_step *st, const nst_tally *t, int a) {
  const nst_words *w = c->w;
  const db_option *o = &c->db->options[st->option_first + a];
  int total = nst_tally_total(t), n = t->counts[a], followed = a == st->chosen;
  cmark_node *item = md_item(list);
  cmark_node *p = md_para(item);
  char num[16];
  snprintf(num, sizeof num, "%d.", a + 1);
  md_strong(p, num);
  md_text(p, " ");
  short_quote(p, choice_text(c, o->choice));
  md_linebreak(p);
  md_textf(p, w->votes_fmt, n, n == 1 ? w->vote_one : w->vote_many, total ? (n * 200 + total) / (2 * total) : 0);
  md_text(p, " ");
  bar_text(p, total ? (n * 200 + total) / (2 * total) : 0);
  if (followed) {
    md_text(p, " \xC2\xB7 ");
    md_strong(p, t->how == NST_FOLLOW_TIE_BREAK ? w->followed_tie
                 : t->how == NST_FOLLOW_FACILITATOR ? w->followed_facilitator : w->followed_majority);
  }
  md_linebreak(p);
  if (!followed) md_textf(p, "%s ", w->what_if);
  char b[64];
  md_textf(p, "%s; ", points(c, o->points, b, sizeof b));
  state_change(c, p, st->before, followed ? st->after : o->after);
  md_text(p, ".");
  if (!followed && o->next >= 0 && c->sc->nodes[o->next].kind == NST_ENDING) {
    const nst_node *e = &c->sc->nodes[o->next];
    md_text(p, " ");
    md_textf(p, w->would_end_fmt, e->title ? e->title : e->id, kind_word(c, e->ending_kind));
  }
  const char *fb = c->sc->choices[o->choice].feedback;
  if (fb && (n > 0 || followed)) md_text(md_para(md_quote(item)), fb);
}

static void group_votes(const ctx *c, cmark_node *doc) {
  const nst_debrief *db = c->db;
  const nst_words *w = c->w;
  md_text(md_heading(doc, 2), w->h_group);
  md_text(md_para(doc), w->group_intro);
  for (int i = 0; i < db->step_count; i++) {
    const db_step *st = &db->steps[i];
    const nst_tally *t = &db->rec->steps[i].tally;
    cmark_node *h = md_heading(doc, 3);
    md_textf(h, w->step_fmt, i + 1);
    if (c->sc->nodes[st->node].key) md_textf(h, " (%s)", w->key_node);
    const db_line *said = last_said(c, st);
    if (said) {
      cmark_node *p = md_para(doc);
      char who[256];
      snprintf(who, sizeof who, w->said_fmt, c->sc->cast[said->speaker].name);
      md_emph(p, who);
      md_text(p, " ");
      short_quote(p, said->text);
    }
    if (t->n != st->option_count) {   /* none kept, or the scenario changed since */
      md_emph(md_para(doc), w->no_tally);
      continue;
    }
    cmark_node *l = md_list(doc, 0);
    int stronger = -1, voted = 0, unchosen_best = -1;
    for (int a = 0; a < st->option_count; a++) {
      vote_item(c, l, st, t, a);
      voted += t->counts[a] > 0;
      const db_option *o = &db->options[st->option_first + a];
      if (o->points == st->best_points && st->best_points > st->points && !t->counts[a] && unchosen_best < 0 &&
          a != st->chosen)
        unchosen_best = a;
      if (a != st->chosen && t->counts[a] > 0 && o->points > st->points &&
          (stronger < 0 || o->points > db->options[st->option_first + stronger].points))
        stronger = a;
    }
    if (voted == 1 && t->counts[st->chosen] > 0) md_emph(md_para(doc), w->unanimous);
    if (stronger >= 0) md_textf(md_para(doc), w->minority_better_fmt, stronger + 1);
    if (unchosen_best >= 0) md_textf(md_para(doc), w->nobody_best_fmt, unchosen_best + 1);
  }
  md_emph(md_para(doc), w->group_try);
}

/* ---- 3. per lesson ---- */

static void lessons(const ctx *c, cmark_node *doc) {
  const nst_debrief *db = c->db;
  const nst_words *w = c->w;
  md_text(md_heading(doc, 2), w->h_lessons);
  int any = 0;
  for (int l = 1; l <= NST_LESSONS; l++) {
    uint16_t bit = (uint16_t)(1u << l);
    int applied = 0, missed = 0;
    for (int i = 0; i < db->step_count; i++) {
      applied += !!(db->steps[i].applied & bit);
      missed += !!(db->steps[i].missed & bit);
    }
    if (!applied && !missed) continue;
    any = 1;
    const nst_lesson *les = &c->sc->lesson_info[l];
    const char *title = c->en && les->title_en ? les->title_en : les->title;
    md_textf(md_heading(doc, 3), w->lesson_fmt, l, title ? title : "");
    cmark_node *list = md_list(doc, 0);
    for (int i = 0; i < db->step_count; i++) {
      const db_step *st = &db->steps[i];
      if (!((st->applied | st->missed) & bit)) continue;
      cmark_node *p = md_item_para(list);
      int ok = !!(st->applied & bit);
      step_label(c, p, i);
      md_textf(p, " \xC2\xB7 %s: ", ok ? w->applied : w->missed);
      short_quote(p, choice_text(c, st->choice));
      char a[64], b[64];
      if (ok) md_textf(p, " (%s)", points(c, st->points, a, sizeof a));
      else {
        snprintf(b, sizeof b, w->missed_best_fmt, points(c, st->best_points, a, sizeof a));
        md_textf(p, " (%s; %s)", points(c, st->points, a, sizeof a), b);
      }
    }
    if (missed && !c->en && les->advice_count > 0) {
      cmark_node *p = md_para(doc);
      md_emph(p, w->advice);
      md_text(p, " ");
      md_text(p, les->advice[0]);
    }
  }
  if (!any) md_text(md_para(doc), w->no_lessons);
}

/* ---- 4. key moments ---- */

static void moment(const ctx *c, cmark_node *list, int i) {
  const db_step *st = &c->db->steps[i];
  cmark_node *item = md_item(list);
  cmark_node *p = md_para(item);
  step_label(c, p, i);
  if (c->sc->nodes[st->node].key) md_textf(p, " (%s)", c->w->key_node);
  md_text(p, ": ");
  full_quote(p, choice_text(c, st->choice));
  md_linebreak(p);
  char b[64];
  md_textf(p, "%s: %s; ", c->w->effect, points(c, st->points, b, sizeof b));
  state_change(c, p, st->before, st->after);
  md_text(p, ".");
  const char *fb = c->sc->choices[st->choice].feedback;
  if (fb) md_text(md_para(md_quote(item)), fb);
}

static void key_moments(const ctx *c, cmark_node *doc) {
  const nst_debrief *db = c->db;
  md_text(md_heading(doc, 2), c->w->h_moments);
  for (int sign = 1; sign >= -1; sign -= 2) {
    md_text(md_heading(doc, 3), sign > 0 ? c->w->h_helped : c->w->h_chafed);
    int picked[MOMENTS], np = 0;
    /* the largest impacts of this sign; ties go to the earlier step */
    for (int k = 0; k < MOMENTS; k++) {
      int best = -1;
      for (int i = 0; i < db->step_count; i++) {
        int v = db->steps[i].impact * sign, taken = 0;
        for (int j = 0; j < np; j++) taken |= picked[j] == i;
        if (v > 0 && !taken && (best < 0 || v > db->steps[best].impact * sign)) best = i;
      }
      if (best < 0) break;
      picked[np++] = best;
    }
    if (!np) { md_text(md_para(doc), sign > 0 ? c->w->no_helped : c->w->no_chafed); continue; }
    /* shown in the order of the conversation */
    for (int a = 0; a < np; a++)
      for (int b = a + 1; b < np; b++)
        if (picked[b] < picked[a]) { int t = picked[a]; picked[a] = picked[b]; picked[b] = t; }
    cmark_node *list = md_list(doc, 0);
    for (int k = 0; k < np; k++) moment(c, list, picked[k]);
  }
}

/* ---- 5. missed chances ---- */

static void missed_chances(const ctx *c, cmark_node *doc) {
  const nst_debrief *db = c->db;
  const nst_words *w = c->w;
  md_text(md_heading(doc, 2), w->h_missed);
  int any = 0;
  for (int i = 0; i < db->step_count; i++) {
    const db_step *st = &db->steps[i];
    if (st->better < 0) continue;
    any = 1;
    const db_option *alt = &db->options[st->option_first + st->better];
    cmark_node *h = md_heading(doc, 3);
    md_textf(h, w->step_fmt, i + 1);
    cmark_node *l = md_list(doc, 0);
    cmark_node *p = md_item_para(l);
    md_textf(p, w->you_chose_fmt, st->number);
    full_quote(p, choice_text(c, st->choice));
    points_paren(c, p, st->points);
    cmark_node *item = md_item(l);
    p = md_para(item);
    md_textf(p, w->better_fmt, st->better + 1);
    full_quote(p, choice_text(c, alt->choice));
    points_paren(c, p, alt->points);
    const char *fb = c->sc->choices[alt->choice].feedback;
    if (fb) md_text(md_para(md_quote(item)), fb);
    p = md_para(doc);
    md_text(p, w->had_you_fmt);
    int said = 0;
    for (int v = 0; v < c->sc->var_count; v++) {
      if (c->sc->vars[v].hidden || (alt->after[v] == st->before[v] && st->after[v] == st->before[v])) continue;
      md_textf(p, "%s%s %d \xE2\x86\x92 %d", said ? ", " : " ", var_name(c, v), st->before[v], alt->after[v]);
      md_textf(p, w->now_fmt, st->after[v]);
      said = 1;
    }
    if (!said) md_textf(p, " %s", w->state_same);
    md_text(p, ".");
    if (alt->next >= 0 && c->sc->nodes[alt->next].kind == NST_ENDING) {
      const nst_node *e = &c->sc->nodes[alt->next];
      md_text(p, " ");
      md_textf(p, w->would_end_fmt, e->title ? e->title : e->id, kind_word(c, e->ending_kind));
    }
  }
  if (!any) md_textf(md_para(doc), w->no_missed, DB_MISSED_GAP);
}

/* ---- 6. the other side ---- */

static void other_side(const ctx *c, cmark_node *doc) {
  const nst_debrief *db = c->db;
  const nst_words *w = c->w;
  md_text(md_heading(doc, 2), w->h_other);
  const char *who = db->step_count ? person_at(c, &db->steps[0]) : (c->sc->cast_count ? c->sc->cast[0].name : "?");
  md_textf(md_para(doc), w->other_intro_fmt, who);
  cmark_node *l = md_list(doc, 0);
  for (int i = 0; i < db->step_count; i++) {
    const db_step *st = &db->steps[i];
    cmark_node *item = md_item(l);
    cmark_node *p = md_para(item);
    step_label(c, p, i);
    md_textf(p, " %s ", w->you_said);
    full_quote(p, choice_text(c, st->choice));
    const char *inner = c->sc->choices[st->choice].inner;
    cmark_node *q = md_para(md_quote(item));
    char who_[256];
    snprintf(who_, sizeof who_, w->thinks_fmt, person_at(c, st));
    md_strong(q, who_);
    md_text(q, " ");
    md_emph(q, inner ? inner : w->no_inner);
    md_linebreak(q);
    md_text(q, "(");
    state_change(c, q, st->before, st->after);
    md_text(q, ")");
  }
}

/* ---- 7. the course of the conversation ---- */

static void course(const ctx *c, cmark_node *doc) {
  const nst_debrief *db = c->db;
  md_text(md_heading(doc, 2), c->w->h_course);
  if (!db->step_count) return;
  int n = db->step_count + 1;
  int *vals = malloc(sizeof(int) * (size_t)n);
  if (!vals) { md_failed(); return; }
  nst_buf m = { 0 };
  chart_lines_begin(&m);
  for (int v = 0; v < c->sc->var_count; v++) {
    if (c->sc->vars[v].hidden) continue;
    vals[0] = db->steps[0].before[v];
    for (int i = 0; i < db->step_count; i++) vals[i + 1] = db->steps[i].after[v];
    char t[64];
    chart_lines_row(&m, var_title(c, v, t, sizeof t), c->sc->vars[v].min, c->sc->vars[v].max, vals, n);
  }
  chart_end(&m);
  char *marker = nst_buf_take(&m);
  md_marker(doc, marker);   /* NULL (no memory) is counted there */
  free(marker);

  static const char *const spark[8] = { "\xE2\x96\x81", "\xE2\x96\x82", "\xE2\x96\x83", "\xE2\x96\x84",
                                        "\xE2\x96\x85", "\xE2\x96\x86", "\xE2\x96\x87", "\xE2\x96\x88" };
  cmark_node *l = md_list(doc, 0);
  for (int v = 0; v < c->sc->var_count; v++) {
    const nst_var *var = &c->sc->vars[v];
    if (var->hidden) continue;
    vals[0] = db->steps[0].before[v];
    for (int i = 0; i < db->step_count; i++) vals[i + 1] = db->steps[i].after[v];
    nst_buf line = { 0 }, nums = { 0 };
    int lo = vals[0], hi = vals[0], span = var->max - var->min;
    for (int i = 0; i < n; i++) {
      int k = span > 0 ? (vals[i] - var->min) * 7 / span : 0;
      nst_buf_puts(&line, spark[k < 0 ? 0 : k > 7 ? 7 : k]);
      nst_buf_printf(&nums, "%s%d", i ? ", " : "", vals[i]);
      if (vals[i] < lo) lo = vals[i];
      if (vals[i] > hi) hi = vals[i];
    }
    char t[64];
    cmark_node *p = md_item_para(l);
    label(p, var_title(c, v, t, sizeof t));
    char *ls = nst_buf_take(&line), *ns = nst_buf_take(&nums);
    if (!ls || !ns) md_failed();
    md_textf(p, "%s ", ls ? ls : "");
    md_textf(p, c->w->range_fmt, lo, hi);
    md_linebreak(p);
    md_text(p, ns ? ns : "");
    free(ls);
    free(ns);
  }
  free(vals);
  md_emph(md_para(doc), c->w->course_intro);
}

/* ---- 8. questions ---- */

static void questions(const ctx *c, cmark_node *doc) {
  const nst_debrief *db = c->db;
  const nst_words *w = c->w;
  md_text(md_heading(doc, 2), w->h_questions);
  md_text(md_heading(doc, 3), w->h_prompts);
  cmark_node *l = NULL;
  for (int i = 0; i < db->step_count; i++) {
    const nst_node *nd = &c->sc->nodes[db->steps[i].node];
    int seen = 0;
    for (int j = 0; j < i; j++) seen |= db->steps[j].node == db->steps[i].node;
    if (!nd->prompt || seen) continue;
    if (!l) l = md_list(doc, 0);
    cmark_node *p = md_item_para(l);
    step_label(c, p, i);
    md_text(p, ": ");
    md_text(p, nd->prompt);
  }
  if (!l) md_text(md_para(doc), w->no_prompts);

  /* the lessons touched, those missed most first, then by number */
  int count[NST_LESSONS + 1] = { 0 }, order[NST_LESSONS], n = 0;
  for (int lsn = 1; lsn <= NST_LESSONS; lsn++) {
    int touched = 0;
    for (int i = 0; i < db->step_count; i++) {
      touched |= ((db->steps[i].applied | db->steps[i].missed) >> lsn) & 1;
      count[lsn] += (db->steps[i].missed >> lsn) & 1;
    }
    if (touched) order[n++] = lsn;
  }
  for (int a = 0; a < n; a++)
    for (int b = a + 1; b < n; b++)
      if (count[order[b]] > count[order[a]]) { int t = order[a]; order[a] = order[b]; order[b] = t; }
  if (!n) return;
  md_text(md_heading(doc, 3), w->h_lesson_questions);
  l = md_list(doc, 0);
  for (int k = 0; k < n && k < QUESTION_LESSONS; k++) {
    const nst_lesson *les = &c->sc->lesson_info[order[k]];
    const char **qs = c->en && les->question_en_count ? les->questions_en : les->questions;
    int nq = c->en && les->question_en_count ? les->question_en_count : les->question_count;
    if (nq <= 0) continue;
    cmark_node *item = md_item(l);
    const char *title = c->en && les->title_en ? les->title_en : les->title;
    char head[1024];
    snprintf(head, sizeof head, w->lesson_fmt, order[k], title ? title : "");
    md_strong(md_para(item), head);
    cmark_node *ql = md_list(item, 0);
    for (int q = 0; q < nq && q < QUESTIONS_PER_LESSON; q++) md_text(md_item_para(ql), qs[q]);
  }
  if (c->sc->main_lesson > 0) md_textf(md_para(doc), w->main_lesson_fmt, c->sc->main_lesson);
}

/* ---- 9. the case and the transcript ---- */

static void lines(const ctx *c, cmark_node *doc, int first, int count) {
  for (int i = first; i < first + count; i++) {
    const db_line *ln = &c->db->lines[i];
    cmark_node *p = md_para(doc);
    if (ln->speaker >= 0 && ln->speaker < c->sc->cast_count) {
      label(p, c->sc->cast[ln->speaker].name);
      md_text(p, ln->text);
    } else {
      md_emph(p, ln->text);
    }
  }
}

static void points_line(const ctx *c, cmark_node *p, const db_step *st) {
  int any = 0;
  for (int d = 0; d < c->sc->dim_count; d++) {
    if (!st->earned[d] && !st->best[d]) continue;
    md_textf(p, "%s%s %d/%d", any ? " \xC2\xB7 " : "", dim_label(c, d), st->earned[d], st->best[d]);
    any = 1;
  }
}

static void transcript(const ctx *c, cmark_node *doc) {
  const nst_debrief *db = c->db;
  const nst_words *w = c->w;
  md_text(md_heading(doc, 2), w->h_case);
  md_markdown(doc, c->sc->intro);
  md_marker(doc, "<!-- naast:page -->");
  md_text(md_heading(doc, 2), w->h_transcript);
  for (int i = 0; i < db->step_count; i++) {
    const db_step *st = &db->steps[i];
    cmark_node *h = md_heading(doc, 3);
    md_textf(h, w->step_fmt, i + 1);
    if (c->sc->nodes[st->node].key) md_textf(h, " (%s)", w->key_node);
    lines(c, doc, st->line_first, st->line_count);
    cmark_node *q = md_quote(doc);
    cmark_node *p = md_para(q);
    char you[128];
    snprintf(you, sizeof you, w->response_fmt, st->number, st->available);
    md_strong(p, you);
    md_text(p, " ");
    md_text(p, choice_text(c, st->choice));
    p = md_para(q);
    md_textf(p, "%s: ", w->points_label);
    points_line(c, p, st);
    if (st->millis >= 0) md_textf(p, w->think_time_fmt, (st->millis + 500) / 1000);
    const char *fb = c->sc->choices[st->choice].feedback;
    if (fb) {
      p = md_para(doc);
      label(p, w->feedback);
      md_text(p, fb);
    }
    if (st->option_count > 1) {
      md_strong(md_para(doc), w->not_chosen);
      cmark_node *l = md_list(doc, 0);
      for (int a = 0; a < st->option_count; a++) {
        if (a == st->chosen) continue;
        const db_option *o = &db->options[st->option_first + a];
        p = md_item_para(l);
        md_textf(p, w->option_fmt, a + 1);
        md_text(p, choice_text(c, o->choice));
        points_paren(c, p, o->points);
      }
    }
  }
  if (db->stopped == DB_STOP_MISSING || db->stopped == DB_STOP_ERROR) {
    md_text(md_heading(doc, 3), w->h_mismatch);
    lines(c, doc, db->tail_first, db->tail_count);
    cmark_node *l = md_list(doc, 0);
    for (int i = db->step_count; i < db->rec->count; i++)
      md_textf(md_item_para(l), w->recorded_fmt, i + 1, db->rec->choice_ids[i]);
  } else if (db->ended) {
    const nst_node *e = &c->sc->nodes[db->last_node];
    md_textf(md_heading(doc, 3), w->h_ending_fmt, e->title ? e->title : e->id, kind_word(c, e->ending_kind));
    lines(c, doc, db->tail_first, db->tail_count);
    md_markdown(doc, e->text);
  } else {
    md_text(md_heading(doc, 3), w->h_stopped);
    lines(c, doc, db->tail_first, db->tail_count);
    md_emph(md_para(doc), w->no_decision_yet);
  }
}

char *nst_report_markdown(const nst_scenario *sc, const nst_record *rec, const nst_report_opts *o,
                          char *err, size_t n) {
  nst_debrief db;
  if (db_build(&db, sc, rec, err, n) != 0) return NULL;
  const nst_words *w = words_for(o && o->lang ? o->lang : "nl");
  ctx c = { &db, sc, w, !strcmp(w->lang, "en") };
  unsigned long failures = md_failures();
  cmark_node *doc = cmark_node_new(CMARK_NODE_DOCUMENT);
  char *md = NULL;
  if (doc) {
    header(&c, doc);
    summary(&c, doc);
    if (has_votes(&c)) group_votes(&c, doc);
    lessons(&c, doc);
    key_moments(&c, doc);
    missed_chances(&c, doc);
    other_side(&c, doc);
    course(&c, doc);
    questions(&c, doc);
    transcript(&c, doc);
    md = md_render(doc);
    cmark_node_free(doc);
  }
  db_free(&db);
  if (md_failures() != failures) { free(md); md = NULL; }   /* a debrief with text missing is none */
  if (!md) snprintf(err, n, "out of memory");
  return md;
}

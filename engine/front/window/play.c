/* play.c: the window's session: start, resume, choose, undo, live reload,
 * the end. Everything goes through session.h; the record is saved after
 * every decision, in the format terminal play writes. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "app.h"
#include "web.h"
#include "fsutil.h"
#include "library.h"
#include "loader.h"
#include "report.h"
#include "status.h"

const char *play_var_label(const nst_var *v, char *buf, size_t n) {
  if (v->label) return v->label;
  snprintf(buf, n, "%s", v->id);
  if (buf[0] >= 'a' && buf[0] <= 'z') buf[0] = (char)(buf[0] - 32);
  return buf;
}

const char *play_dim_label(const nst_dimension *d) {
  if (!strcmp(win_strings_lang(), "en") && d->label_en) return d->label_en;
  return d->label ? d->label : d->id;
}

/* ---- history: what was said, kept as the conversation goes ---- */

static void hist_push(app *a, int kind, int speaker, int decision, const char *text, size_t len) {
  if (a->nhist == a->caphist) {
    int cap = a->caphist ? a->caphist * 2 : 64;
    hist_item *n = realloc(a->hist, sizeof *n * (size_t)cap);
    if (!n) return;
    a->hist = n;
    a->caphist = cap;
  }
  char *t = malloc(len + 1);
  if (!t) return;
  memcpy(t, text, len);
  t[len] = '\0';
  a->hist[a->nhist++] = (hist_item){ kind, speaker, decision, t };
}

static void hist_truncate(app *a, int from_decision) {
  while (a->nhist > 0 && a->hist[a->nhist - 1].decision >= from_decision) free(a->hist[--a->nhist].text);
}

static void hist_clear(app *a) { hist_truncate(a, -1000); }

/* The lines the current node shows in the current state. */
static int hist_lines(app *a, nst_session *s, int decision) {
  const nst_scenario *sc = nst_session_scenario(s);
  const nst_node *n = &sc->nodes[nst_session_node(s)];
  for (int i = 0; i < n->line_count; i++) {
    int sp;
    const char *text;
    size_t len;
    int r = nst_session_line(s, i, &sp, &text, &len);
    if (r < 0) return -1;
    if (r > 0) hist_push(a, H_LINE, sp, decision, text, len);
  }
  return 0;
}

static void hist_decision(app *a, nst_session *s, int d) {
  const nst_scenario *sc = nst_session_scenario(s);
  const nst_choice *c = &sc->choices[nst_session_decision(s, d)->choice];
  hist_push(a, H_CHOICE, NST_NARRATOR, d, c->text, strlen(c->text));
  if (!a->assess && c->feedback) hist_push(a, H_FEEDBACK, NST_NARRATOR, d, c->feedback, strlen(c->feedback));
}

/* ---- the record ---- */

Uint64 play_now(const app *a) { return SDL_GetTicks64() + a->clock_skew; }

/* Group play: the votes of decision i (the array grows per decision). */
static int tally_put(app *a, int i, const nst_tally *t) {
  if (i >= a->captallies) {
    int cap = a->captallies ? a->captallies * 2 : 16;
    while (cap <= i) cap *= 2;
    nst_tally *n = realloc(a->tallies, sizeof *n * (size_t)cap);
    if (!n) return -1;
    a->tallies = n;
    a->captallies = cap;
  }
  for (int k = a->ntallies; k < i; k++) nst_tally_init(&a->tallies[k], 0);   /* none kept */
  a->tallies[i] = *t;
  if (a->ntallies <= i) a->ntallies = i + 1;
  return 0;
}

static void save(app *a) {
  if (!a->rec_path[0] || !a->s) return;
  char err[512];
  int n = nst_session_decision_count(a->s);
  if (a->ntallies > n) a->ntallies = n;       /* never votes for a decision taken back */
  a->meta.tallies = a->group ? a->tallies : NULL;
  a->meta.tally_count = a->group ? a->ntallies : 0;
  a->meta.self_assessment_json = a->self_json;
  if (nst_record_save(a->rec_path, a->s, &a->meta, err, sizeof err) != 0) app_notice(a, W(W_SAVE_FAILED), err);
  else web_saved();               /* the browser keeps it in IndexedDB */
}

/* ---- loading ---- */

static void remember_file(app *a) {
  struct stat st;
  if (stat(a->path, &st) == 0) { a->mtime = st.st_mtim; a->fsize = st.st_size; }
}

/* Loads path; on failure the findings go to a->errors. */
static nst_scenario *load(app *a, const char *path) {
  nst_findings f = { 0 };
  nst_load_options opt = lib_load_options(a->opt.rubric);
  nst_scenario *sc = nst_load_scenario(path, &opt, &f);
  if (!sc) {
    nst_findings_sort(&f);
    a->nerrors = 0;
    for (int i = 0; i < f.count && a->nerrors < 6; i++) {
      const nst_finding *x = &f.items[i];
      if (x->severity != NST_ERROR) continue;
      if (x->line > 0) snprintf(a->errors[a->nerrors++], sizeof a->errors[0], "%.200s:%d: %.280s", x->file, x->line, x->message);
      else snprintf(a->errors[a->nerrors++], sizeof a->errors[0], "%.200s: %.280s", x->file, x->message);
    }
    if (a->nerrors == 0) snprintf(a->errors[a->nerrors++], sizeof a->errors[0], "%.400s: cannot load the scenario", path);
  }
  nst_findings_clear(&f);
  return sc;
}

int play_open(app *a, const char *path) {
  play_close(a);
  nst_scenario *sc = load(a, path);
  if (!sc) return -1;
  a->nerrors = 0;
  a->sc = sc;
  snprintf(a->path, sizeof a->path, "%s", path);
  remember_file(a);
  a->intro = md_parse(sc->intro ? sc->intro : "", sc->intro ? strlen(sc->intro) : 0);
  a->doc_scroll.y = 0;
  char title[512];
  snprintf(title, sizeof title, "Naast · %s", sc->title);
  SDL_SetWindowTitle(a->u.win, title);
  return 0;
}

void play_close(app *a) {
  nst_session_free(a->s);
  a->s = NULL;
  play_portraits_free(a);
  nst_scenario_free(a->sc);
  a->sc = NULL;
  md_free(a->intro);
  md_free(a->ending_doc);
  md_free(a->report);
  a->intro = a->ending_doc = a->report = NULL;
  nst_record_free(a->resume);
  a->resume = NULL;
  free(a->self_json);
  a->self_json = NULL;
  free(a->tallies);
  a->tallies = NULL;
  a->ntallies = a->captallies = 0;
  a->branch_from[0] = '\0';
  hist_clear(a);
  a->rec_path[0] = a->report_path[0] = '\0';
}

/* Replays decisions by response id, as far as they still apply; returns how
 * many did. */
static int replay(app *a, nst_session *s, const char *const *ids, const int *millis, int n) {
  const nst_scenario *sc = nst_session_scenario(s);
  int done = 0;
  for (; done < n && !nst_session_ended(s); done++) {
    const int *avail = nst_session_available(s);
    int k = -1;
    for (int i = 0; i < nst_session_available_count(s) && k < 0; i++)
      if (!strcmp(sc->choices[avail[i]].id, ids[done])) k = i;
    if (k < 0 || nst_session_choose(s, k, millis[done]) != 0) break;
    hist_decision(a, s, done);
    if (hist_lines(a, s, done) != 0) break;
  }
  return done;
}

static void to_choosing(app *a) {
  a->phase = nst_session_ended(a->s) ? TALK_ENDED : TALK_CHOOSE;
  a->focus = 0;
  a->resp_scroll.y = 0;
  a->decide_start = play_now(a);
  a->paused_ms = 0;
  a->talk_follow = 1;
  if (a->group) group_reset(a);
}

int play_begin(app *a, const nst_record *resume, const char *resume_path) {
  nst_session_free(a->s);
  hist_clear(a);
  a->s = nst_session_new(a->sc);
  if (!a->s || nst_session_start(a->s) != 0) {
    app_notice(a, "%s", a->s ? nst_session_error(a->s) : "out of memory");
    return -1;
  }
  a->group = a->opt.group;
  a->assess = a->opt.assess && !a->group;
  a->ntallies = 0;
  a->branch_from[0] = '\0';
  a->meta = (nst_record_meta){ .trainee = a->opt.trainee,
                               .mode = a->group ? "group" : a->assess ? "assessment" : "training",
                               .lang = win_strings_lang(), .started = app_now() };
  memset(a->rating, 0, sizeof a->rating);
  a->most[0] = a->least[0] = '\0';
  a->self_focus = 0;
  a->notice[0] = '\0';
  hist_lines(a, a->s, -1);
  a->rec_path[0] = '\0';
  if (resume) {
    /* the record's mode goes on, whatever the options say */
    a->group = resume->mode && !strcmp(resume->mode, "group");
    a->assess = resume->mode && !strcmp(resume->mode, "assessment");
    a->meta.mode = a->group ? "group" : a->assess ? "assessment" : "training";
    if (resume->started > 0) a->meta.started = resume->started;
    if (resume->branched_from) {
      snprintf(a->branch_from, sizeof a->branch_from, "%s", resume->branched_from);
      a->meta.branched_from = a->branch_from;
      a->meta.branched_step = resume->branched_step;
    }
    int done = replay(a, a->s, (const char *const *)resume->choice_ids, resume->millis, resume->count);
    for (int i = 0; a->group && i < done; i++) tally_put(a, i, &resume->steps[i].tally);
    char hash[32];
    nst_record_hash_text(a->sc, hash);
    if (done < resume->count) app_notice(a, W(W_RELOADED), done, resume->count);
    else if (strcmp(hash, resume->hash) != 0) app_notice(a, "%s", W(W_SCENARIO_CHANGED));
    snprintf(a->rec_path, sizeof a->rec_path, "%s", resume_path);
  } else if (a->opt.record) {
    snprintf(a->rec_path, sizeof a->rec_path, "%s", a->opt.record);
  } else if (!a->opt.no_save && a->opt.sessions_dir) {
    char err[512];
    if (nst_mkdirs(a->opt.sessions_dir, err, sizeof err) != 0 ||
        nst_record_new_path(a->opt.sessions_dir, a->sc->id, app_now(), a->rec_path, sizeof a->rec_path, err,
                            sizeof err) != 0) {
      a->rec_path[0] = '\0';
      app_notice(a, W(W_SAVE_FAILED), err);
    }
  }
  if (resume && resume->trainee) a->meta.trainee = resume->trainee;
  /* a projector needs large type: 150% unless a size was asked for */
  if (a->group && !a->opt.text_pct && a->u.text_pct == 100) app_set_text_pct(a, 150);
  to_choosing(a);
  return 0;
}

int play_branch(app *a, const nst_record *old, const char *old_path, int step) {
  if (play_begin(a, NULL, NULL) != 0) return -1;
  int want = step - 1;
  int done = replay(a, a->s, (const char *const *)old->choice_ids, old->millis, want);
  if (done < want) {
    app_notice(a, W(W_RELOADED), done, want);
    return -1;
  }
  for (int i = 0; a->group && i < done; i++) tally_put(a, i, &old->steps[i].tally);
  char *full = realpath(old_path, NULL);   /* the record can be found again from anywhere */
  snprintf(a->branch_from, sizeof a->branch_from, "%s", full ? full : old_path);
  free(full);
  a->meta.branched_from = a->branch_from;
  a->meta.branched_step = step;
  if (!a->opt.trainee && old->trainee) a->meta.trainee = old->trainee;   /* old outlives the session (a->resume) */
  save(a);
  to_choosing(a);
  const char *base = strrchr(old_path, '/');
  app_notice(a, W(W_BRANCHED), step, base ? base + 1 : old_path);
  return 0;
}

void play_pause(app *a, int on) {
  if (on == a->paused) return;
  a->paused = on;
  if (on) a->pause_start = play_now(a);
  else a->paused_ms += play_now(a) - a->pause_start;
}

int play_choose(app *a, int k) {
  if (!a->s || a->phase != TALK_CHOOSE || k < 0 || k >= nst_session_available_count(a->s)) return -1;
  const nst_scenario *sc = a->sc;
  memcpy(a->before, nst_session_state(a->s), sizeof(int) * (size_t)sc->var_count);
  Uint64 took = play_now(a) - a->decide_start - a->paused_ms;
  if (nst_session_choose(a->s, k, took > 0x7fffffff ? 0x7fffffff : (int)took) != 0) {
    app_notice(a, "%s", nst_session_error(a->s));
    return -1;
  }
  int d = nst_session_decision_count(a->s) - 1;
  hist_decision(a, a->s, d);
  if (hist_lines(a, a->s, d) != 0) app_notice(a, "%s", nst_session_error(a->s));
  save(a);
  a->notice[0] = '\0';
  a->talk_follow = 1;
  if (!a->assess) { a->phase = TALK_FEEDBACK; a->focus = 0; }
  else to_choosing(a);
  return 0;
}

void play_follow(app *a, int k) {
  if (!a->s || !a->group || a->phase != TALK_CHOOSE) return;
  nst_tally t = a->cur;
  if (nst_tally_follow(&t, k) != 0) return;
  int d = nst_session_decision_count(a->s);
  /* the votes go into the record with the decision (play_choose saves) */
  if (tally_put(a, d, &t) != 0) { app_notice(a, "out of memory"); return; }
  if (play_choose(a, k) != 0) a->ntallies = d;
}

void play_undo(app *a) {
  if (!a->s) return;
  if (a->assess) { app_notice(a, "%s", W(W_UNDO_ASSESS)); return; }
  int n = nst_session_decision_count(a->s);
  if (n == 0 || nst_session_undo(a->s) != 0) { app_notice(a, "%s", W(W_NOTHING_TO_UNDO)); return; }
  hist_truncate(a, n - 1);
  nst_tally was;
  int had = a->group && a->ntallies >= n && a->tallies[n - 1].n > 0;
  if (had) was = a->tallies[n - 1];
  save(a);                          /* drops the decision's votes with it */
  to_choosing(a);
  if (had) {
    /* the group sees its votes again, to follow another response ("what if") */
    a->cur = was;
    a->cur.followed = -1;
    a->gphase = GP_REVEAL;
    a->reveal_focus = -1;
    a->focus = was.followed >= 0 && was.followed < was.n ? was.followed : 0;
  }
  app_notice(a, "%s", W(a->group ? W_GROUP_UNDONE : W_UNDONE));
}

void play_reload(app *a) {
  if (!a->sc) return;
  nst_scenario *sc = load(a, a->path);
  remember_file(a);
  a->reloads++;
  if (!sc) { app_notice(a, "%s", W(W_RELOAD_FAILED)); return; }
  a->nerrors = 0;
  play_portraits_free(a);          /* the new version may name other images */
  if (!a->s) {                     /* on the intro: nothing to replay yet */
    nst_scenario_free(a->sc);
    a->sc = sc;
    md_free(a->intro);
    a->intro = md_parse(sc->intro ? sc->intro : "", sc->intro ? strlen(sc->intro) : 0);
    return;
  }
  nst_session *s = nst_session_new(sc);
  if (!s || nst_session_start(s) != 0) {
    snprintf(a->errors[0], sizeof a->errors[0], "%.200s: %.300s", a->path,
             s ? nst_session_error(s) : "out of memory");
    a->nerrors = 1;
    nst_session_free(s);
    nst_scenario_free(sc);
    app_notice(a, "%s", W(W_RELOAD_FAILED));
    return;
  }
  int n = nst_session_decision_count(a->s);
  const char **ids = calloc((size_t)n + 1, sizeof *ids);
  int *millis = calloc((size_t)n + 1, sizeof *millis);
  for (int i = 0; ids && millis && i < n; i++) {
    ids[i] = a->sc->choices[nst_session_decision(a->s, i)->choice].id;
    millis[i] = nst_session_decision(a->s, i)->millis;
  }
  hist_clear(a);
  hist_lines(a, s, -1);
  int done = ids && millis ? replay(a, s, ids, millis, n) : 0;
  if (a->ntallies > done) a->ntallies = done;   /* votes only for decisions still taken */
  free(ids);
  free(millis);
  nst_session_free(a->s);
  nst_scenario_free(a->sc);
  a->s = s;
  a->sc = sc;
  md_free(a->intro);
  a->intro = md_parse(sc->intro ? sc->intro : "", sc->intro ? strlen(sc->intro) : 0);
  save(a);
  /* a group mid-tally keeps its votes when the decision still stands as it
   * was: every earlier decision replayed, the same number of responses */
  nst_tally votes = a->cur;
  group_phase phase = a->gphase;
  int keep = a->group && done == n && phase != GP_SILENT && !nst_session_ended(s) &&
             nst_session_available_count(s) == votes.n;
  to_choosing(a);
  if (keep) {
    a->cur = votes;
    a->gphase = phase;
  }
  app_notice(a, W(W_RELOADED), done, n);
}

void play_check_file(app *a, int force) {
  if (!a->sc || (a->screen != SCR_INTRO && a->screen != SCR_TALK)) return;
  Uint64 t = play_now(a);
  if (!force && t - a->last_poll < 1000) return;
  a->last_poll = t;
  struct stat st;
  if (stat(a->path, &st) != 0) return;
  if (st.st_mtim.tv_sec != a->mtime.tv_sec || st.st_mtim.tv_nsec != a->mtime.tv_nsec || st.st_size != a->fsize)
    play_reload(a);
}

/* ---- the end ---- */

/* The debrief's Markdown for the saved record (or, with --no-save, for a
 * record written to a temporary file and removed). */
static char *debrief_markdown(app *a, char *err, size_t n) {
  if (a->rec_path[0]) {
    char md[4096], html[4096];
    if (nst_report_write_beside(a->rec_path, a->sc, win_strings_lang(), md, sizeof md, html, sizeof html, err, n) != 0)
      return NULL;
    snprintf(a->report_path, sizeof a->report_path, "%s", md);
    size_t len;
    return nst_file_read(md, 16 << 20, &len, err, n);
  }
  const char *tmpdir = getenv("TMPDIR");
  char tmp[4096];
  snprintf(tmp, sizeof tmp, "%s/naast-XXXXXX", tmpdir && *tmpdir ? tmpdir : "/tmp");
  int fd = mkstemp(tmp);
  if (fd < 0) { snprintf(err, n, "cannot make a temporary file"); return NULL; }
  close(fd);
  char *md = NULL;
  a->meta.self_assessment_json = a->self_json;
  if (nst_record_save(tmp, a->s, &a->meta, err, n) == 0) {
    nst_record *r = nst_record_load(tmp, err, n);
    nst_report_opts o = { .lang = win_strings_lang() };
    if (r) md = nst_report_markdown(a->sc, r, &o, err, n);
    nst_record_free(r);
  }
  unlink(tmp);
  return md;
}

void play_to_end(app *a) {
  if (!a->group) { app_go(a, SCR_SELF); return; }
  play_finish(a);                   /* a group rates no one: no self-assessment */
  app_go(a, SCR_ENDING);
}

void play_finish(app *a) {
  if (!a->s || !nst_session_ended(a->s)) return;
  free(a->self_json);
  a->self_json = a->group ? NULL : nst_report_self_assessment_json(a->sc, a->rating, a->most, a->least);
  a->meta.ended = app_now();
  save(a);
  char err[1024] = "";
  char *md = debrief_markdown(a, err, sizeof err);
  if (md && a->rec_path[0]) web_saved();   /* the debrief's .md and .html beside the record */
  md_free(a->report);
  a->report = NULL;
  if (md) a->report = md_parse(md, strlen(md));
  else app_notice(a, W(W_NO_REPORT), err);
  free(md);
  a->doc_scroll.y = 0;
}

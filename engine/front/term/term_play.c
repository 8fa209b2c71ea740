/* term_play.c: terminal play. */
#include "term_play.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "status.h"
#include "md_plain.h"
#include "report.h"
#include "strings.h"

enum { WIDTH = 78 };

static double now_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Prints text word-wrapped at WIDTH columns (counted in code points), each
 * line after the first indented by indent spaces. */
static void wrap(FILE *out, const char *text, size_t len, int first_col, int indent, const char *suffix) {
  int col = first_col, spaces = 0;
  const char *p = text, *end = text + len;
  while (p < end) {
    if (*p == ' ') { spaces++; p++; continue; }
    if (*p == '\n') {
      fputc('\n', out);
      for (int i = 0; i < indent; i++) fputc(' ', out);
      col = indent;
      spaces = 0;
      p++;
      continue;
    }
    const char *w = p;
    int cols = 0;
    while (w < end && *w != ' ' && *w != '\n') { if ((*w & 0xC0) != 0x80) cols++; w++; }
    if (col > indent && col + spaces + cols > WIDTH) {   /* spaces before a wrap are dropped */
      fputc('\n', out);
      for (int i = 0; i < indent; i++) fputc(' ', out);
      col = indent;
    } else {
      for (int i = 0; i < spaces; i++) fputc(' ', out);
      col += spaces;
    }
    spaces = 0;
    fwrite(p, 1, (size_t)(w - p), out);
    col += cols;
    p = w;
  }
  fputs(suffix, out);
  fputc('\n', out);
}

/* The end of the emphasis that a '*' at s opens (its closing '*'), or NULL:
 * "*(je wacht even)*" is emphasis, "5 * 3" and "**" are not. */
static const char *emphasis_end(const char *s) {
  if (s[0] != '*' || !s[1] || s[1] == ' ' || s[1] == '*') return NULL;
  const char *e = strchr(s + 1, '*');
  return e && e[-1] != ' ' ? e : NULL;
}

/* Scenario text in the terminal: the '*' of an emphasis go, as a screen
 * reader would otherwise read them out ("*(je wacht even)*"). */
static void wraps(FILE *out, const char *text, int first_col, int indent) {
  size_t n = strlen(text), k = 0;
  char *plain = malloc(n + 1);
  if (!plain) { wrap(out, text, n, first_col, indent, ""); return; }
  for (const char *p = text; *p;) {
    const char *e = emphasis_end(p);
    if (e) { memcpy(plain + k, p + 1, (size_t)(e - p - 1)); k += (size_t)(e - p - 1); p = e + 1; }
    else plain[k++] = *p++;
  }
  wrap(out, plain, k, first_col, indent, "");
  free(plain);
}

/* Markdown text (an intro, an ending) as plain text: reflowed as Markdown
 * reads it, without markup a screen reader would read out (md_plain.h). */
static void wrap_markdown(FILE *out, const char *text) {
  char *plain = md_plain(text, WIDTH);
  if (!plain) { wraps(out, text, 0, 0); return; }
  fputs(plain, out);
  fputc('\n', out);
  free(plain);
}

static const char *var_label(const nst_var *v, char *buf, size_t n) {
  if (v->label) return v->label;
  snprintf(buf, n, "%s", v->id);
  if (buf[0] >= 'a' && buf[0] <= 'z') buf[0] = (char)(buf[0] - 32);
  return buf;
}

static void print_state(const nst_scenario *sc, const int *before, const int *after, FILE *out) {
  fprintf(out, "  %s:", S(S_STATE));
  int first = 1;
  for (int v = 0; v < sc->var_count; v++) {
    if (sc->vars[v].hidden) continue;
    char buf[64];
    fprintf(out, "%s %s %d", first ? "" : " ·", var_label(&sc->vars[v], buf, sizeof buf), after[v]);
    if (before && after[v] != before[v]) fprintf(out, " (%+d)", after[v] - before[v]);
    first = 0;
  }
  fputc('\n', out);
}

static const char *speaker_name(const nst_scenario *sc, int sp) {
  return sp == NST_NARRATOR ? NULL : sc->cast[sp].name;
}

/* The current node's lines; -1 on a script error. */
static int print_lines(nst_session *s, FILE *out) {
  const nst_scenario *sc = nst_session_scenario(s);
  const nst_node *n = &sc->nodes[nst_session_node(s)];
  for (int i = 0; i < n->line_count; i++) {
    int sp;
    const char *text;
    size_t len;
    int r = nst_session_line(s, i, &sp, &text, &len);
    if (r < 0) return -1;
    if (r == 0) continue;
    const char *name = speaker_name(sc, sp);
    if (name) {
      fprintf(out, "%s: ", name);
      wrap(out, text, len, (int)strlen(name) + 2, 2, "");
    } else {
      fputc('(', out);
      wrap(out, text, len, 1, 1, ")");  /* narration, in brackets */
    }
  }
  return 0;
}

static void print_ending(const nst_scenario *sc, int node, FILE *out) {
  const nst_node *n = &sc->nodes[node];
  fprintf(out, "\n%s: %s (%s)\n", S(S_ENDING), n->title, n->ending_kind);
  if (n->text) wrap_markdown(out, n->text);
}

void term_print_intro(const nst_scenario *sc, FILE *out) {
  fprintf(out, "%s\n", sc->title);
  for (size_t i = strlen(sc->title) > 78 ? 78 : strlen(sc->title); i > 0; i--) fputc('=', out);
  fprintf(out, "\n%s:", S(S_LESSONS));
  fprintf(out, " %d", sc->main_lesson);
  for (int l = 1; l <= NST_LESSONS; l++)
    if (l != sc->main_lesson && (sc->lessons & (1u << l))) fprintf(out, ", %d", l);
  fprintf(out, " · %d %s\n", sc->minutes, S(S_MINUTES));
  if (sc->content_note_count) {
    fprintf(out, "%s:", S(S_CONTENT_NOTES));
    for (int k = 0; k < sc->content_note_count; k++) fprintf(out, "%s %s", k ? "," : "", sc->content_notes[k]);
    fputc('\n', out);
  }
  fputc('\n', out);
  if (sc->intro) wrap_markdown(out, sc->intro);
}

static const char *dim_label(const nst_dimension *d) {
  if (!strcmp(strings_lang(), "en") && d->label_en) return d->label_en;
  return d->label ? d->label : d->id;
}

void term_print_scores(const nst_session *s, FILE *out) {
  const nst_scenario *sc = nst_session_scenario(s);
  int earned[NST_MAX_DIMS], best[NST_MAX_DIMS];
  nst_session_totals(s, earned, best, NULL);
  fprintf(out, "\n%s\n", S(S_SCORES));
  for (int d = 0; d < sc->dim_count; d++) {
    const char *label = dim_label(&sc->dims[d]);
    int cols = 0;
    for (const char *p = label; *p; p++) if ((*p & 0xC0) != 0x80) cols++;
    fprintf(out, "  %s%*s", label, cols < 44 ? 44 - cols : 1, "");
    double v;
    /* shown clamped to 0-100 %; the points say how far below zero it went */
    if (!nst_session_score(s, d, &v)) fprintf(out, "  %s\n", S(S_NOT_SCORED));
    else fprintf(out, "%4.0f%%  (%d %s %d)\n", v < 0 ? 0 : v * 100, earned[d], S(S_OF), best[d]);
  }
  double ov;
  if (nst_session_overall(s, &ov)) fprintf(out, "  %-44s%4.0f%%\n", S(S_OVERALL), ov < 0 ? 0 : ov * 100);
}

void term_save(const nst_session *s, nst_term *t) {
  if (!t->record_path) return;
  char err[512];
  if (nst_record_save(t->record_path, s, t->meta, err, sizeof err) == 0) return;
  /* said once: the same failure after every decision would bury the play */
  if (!t->save_failed) fprintf(stderr, "naast: %s\n", err);
  t->save_failed = 1;
}

/* Where to resume, once there is something to resume (a session stopped
 * before its first decision left no file). */
static void say_kept(const nst_term *t) {
  if (t->record_path && access(t->record_path, F_OK) == 0)
    fprintf(t->out, S(S_QUIT_SAVED), t->record_path), fputc('\n', t->out);
}

static void print_feedback(const nst_scenario *sc, const nst_choice *c, FILE *out) {
  if (c->feedback) {
    fprintf(out, "  %s: ", S(S_FEEDBACK));
    wraps(out, c->feedback, (int)strlen(S(S_FEEDBACK)) + 4, 4);
  }
}

/* ---- stopped by a signal ------------------------------------------ */

static volatile sig_atomic_t stop_signal;

static void on_stop(int sig) {
  stop_signal = sig;
  /* a read in progress ends (no SA_RESTART: EINTR), and so does any read
   * after it: standard input becomes /dev/null (open, dup2 and close are
   * async-signal-safe), so no signal is lost between a check and a read */
  int fd = open("/dev/null", O_RDONLY);
  if (fd >= 0) { dup2(fd, STDIN_FILENO); close(fd); }
}

void term_catch_signals(void) {
  struct sigaction sa = { 0 };
  sa.sa_handler = on_stop;
  sigemptyset(&sa.sa_mask);
  const int sigs[] = { SIGINT, SIGTERM, SIGHUP };
  for (int i = 0; i < 3; i++) sigaction(sigs[i], &sa, NULL);
}

int term_stop_signal(void) { return stop_signal; }

/* Reads a line from the user; -1 at end of input or after a signal. */
static int read_line(nst_term *t, char *buf, size_t n) {
  fflush(t->out);
  if (stop_signal || !fgets(buf, (int)n, t->in) || stop_signal) return -1;
  buf[strcspn(buf, "\r\n")] = '\0';
  return 0;
}

/* A whole line from the user, at most max bytes kept (caller frees); NULL
 * at end of input. */
static char *read_sentence(nst_term *t, size_t max) {
  fflush(t->out);
  char *line = NULL;
  size_t cap = 0;
  ssize_t n = stop_signal ? -1 : getline(&line, &cap, t->in);
  if (n < 0 || stop_signal) { free(line); return NULL; }
  line[strcspn(line, "\r\n")] = '\0';
  if (strlen(line) > max) line[max] = '\0';  /* md_clean mends a cut character */
  return line;
}

/* The trainee's own estimate, asked before any score is shown: per
 * dimension 1-5 or Enter to skip, then the moments they are most and least
 * content with. Kept in the record through meta. */
static void ask_self_assessment(nst_session *s, nst_term *t) {
  const nst_scenario *sc = nst_session_scenario(s);
  FILE *out = t->out;
  int ratings[NST_MAX_DIMS] = { 0 }, eof = 0;
  fprintf(out, "\n%s\n", S(S_SELF_INTRO));
  for (int d = 0; d < sc->dim_count && !eof; d++) {
    for (;;) {
      char buf[64];
      fprintf(out, "  ");
      fprintf(out, S(S_SELF_RATE), dim_label(&sc->dims[d]));
      if (read_line(t, buf, sizeof buf) != 0) { eof = 1; break; }
      if (!buf[0]) break;
      if (buf[0] >= '1' && buf[0] <= '5' && !buf[1]) { ratings[d] = buf[0] - '0'; break; }
      fprintf(out, "  %s\n", S(S_SELF_BAD));
    }
  }
  char *most = NULL, *least = NULL;
  if (!eof) {
    fprintf(out, "%s", S(S_SELF_MOST));
    most = read_sentence(t, 2000);
    if (most) {
      fprintf(out, "%s", S(S_SELF_LEAST));
      least = read_sentence(t, 2000);
    }
  }
  fputc('\n', out);
  char *json = nst_report_self_assessment_json(sc, ratings, most, least);
  free(most);
  free(least);
  if (!json) return;
  free(t->self_assessment);
  t->self_assessment = json;
  t->meta->self_assessment_json = json;
  fprintf(out, "%s\n", S(S_SELF_THANKS));
  term_save(s, t);
}

/* Room for tallies of n decisions; -1 out of memory. */
static int reserve_tallies(nst_term *t, int n) {
  if (n <= t->tally_cap) return 0;
  int cap = t->tally_cap ? t->tally_cap : 16;
  while (cap < n) cap *= 2;
  nst_tally *p = realloc(t->tallies, sizeof *p * (size_t)cap);
  if (!p) return -1;
  t->tallies = p;
  t->tally_cap = cap;
  return 0;
}

/* The record keeps one tally per decision taken, so it follows undo too. */
static void set_tally_count(nst_term *t, int n) {
  if (!t->meta) return;
  t->meta->tallies = t->tallies;
  t->meta->tally_count = n;
}

int term_keep_tallies(nst_term *t, const nst_record *old, int n) {
  if (n > old->count) n = old->count;
  if (reserve_tallies(t, n > 0 ? n : 1) != 0) return -1;
  for (int i = 0; i < n; i++) t->tallies[i] = old->steps[i].tally;
  set_tally_count(t, n);
  return 0;
}

/* Waits up to seconds for the facilitator's input on a terminal; 1 when
 * the time ran out first (said, with the terminal's bell), 0 when input
 * came. Piped input is read at once: a script does not wait for a clock. */
static int group_timer(nst_term *t, int seconds) {
  int fd = fileno(t->in);
  if (fd < 0 || !isatty(fd)) return 0;
  double end = now_s() + seconds;
  for (;;) {
    double left = end - now_s();
    if (left <= 0) {
      fprintf(t->out, "\n\a%s\n", S(S_GROUP_TIME_UP));
      return 1;
    }
    struct pollfd p = { .fd = fd, .events = POLLIN };
    int r = poll(&p, 1, (int)(left * 1000) + 1);
    if (r > 0 || (r < 0 && errno != EINTR)) return 0;   /* the tally is being typed */
  }
}

/* "1 en 3", "1, 2 en 4": the tied responses, as people say them. */
static void join_numbers(const int *v, int n, char *buf, size_t size) {
  size_t len = 0;
  buf[0] = '\0';
  for (int i = 0; i < n && len < size; i++) {
    const char *sep = i == 0 ? "" : i == n - 1 ? (!strcmp(strings_lang(), "en") ? " and " : " en ") : ", ";
    len += (size_t)snprintf(buf + len, size - len, "%s%d", sep, v[i] + 1);
  }
}

/* The spread of the votes, a line per response: its count first, so a
 * screen reader says the number before the bar. */
static void print_spread(const nst_scenario *sc, const int *avail, const nst_tally *tally, FILE *out) {
  int total = nst_tally_total(tally), lead[NST_TALLY_MAX];
  int nlead = nst_tally_leaders(tally, lead);
  fprintf(out, "\n");
  fprintf(out, S(S_GROUP_SPREAD), total, total == 1 ? S(S_GROUP_VOTE) : S(S_GROUP_VOTES));
  fputc('\n', out);
  for (int a = 0; a < tally->n; a++) {
    int c = tally->counts[a], pct = total ? (c * 100 + total / 2) / total : 0;
    fprintf(out, "  %d. %3d %3d%%  ", a + 1, c, pct);
    int bar = total ? (c * 10 + total / 2) / total : 0;
    for (int b = 0; b < 10; b++) fputc(b < bar ? '#' : ' ', out);
    /* the start of the response, so the spread reads without scrolling up */
    const char *text = sc->choices[avail[a]].text;
    int cols = 0;
    const char *e = text;
    while (*e && cols < 34) { if ((*e & 0xC0) != 0x80) cols++; e++; }
    while (*e && (*e & 0xC0) == 0x80) e++;
    fprintf(out, "  %.*s%s", (int)(e - text), text, *e ? "…" : "");
    if (nlead == 1 && lead[0] == a) fprintf(out, "  (%s)", S(S_GROUP_MAJORITY));
    fputc('\n', out);
  }
}

/* Group play at one decision: the silent choice (with the timer), the
 * facilitator's tally, the reveal of the spread and the feedback, and whom
 * the conversation follows. 0 with *k and *tally set; 1 after an undo; 2 to
 * stop (quit or end of input); -1 on an error said. */
static int group_decide(nst_session *s, nst_term *t, int *k, nst_tally *tally) {
  const nst_scenario *sc = nst_session_scenario(s);
  const nst_node *node = &sc->nodes[nst_session_node(s)];
  const int *avail = nst_session_available(s);
  int navail = nst_session_available_count(s);
  FILE *out = t->out;
  char buf[512];
  if (navail > NST_TALLY_MAX) {
    fprintf(stderr, "naast: ");
    fprintf(stderr, S(S_GROUP_TOO_MANY_RESPONSES), navail, NST_TALLY_MAX);
    fputc('\n', stderr);
    return -1;
  }
  fprintf(out, "\n%s\n", S(S_GROUP_SILENT));
  if (t->discuss_seconds > 0) {
    fprintf(out, S(S_GROUP_TIMER), t->discuss_seconds / 60, t->discuss_seconds % 60);
    fputc('\n', out);
  }
  for (int first = 1;; first = 0) {
    fprintf(out, "%s (%d): ", S(S_GROUP_TALLY), navail);
    fflush(out);
    if (first && t->discuss_seconds > 0 && group_timer(t, t->discuss_seconds))
      fprintf(out, "%s (%d): ", S(S_GROUP_TALLY), navail);
    if (read_line(t, buf, sizeof buf) != 0) { fputc('\n', out); return 2; }
    if (!strcmp(buf, "q")) return 2;
    if (!buf[0]) continue;
    if (!strcmp(buf, "?") || !strcmp(buf, "h")) { fprintf(out, "%s\n", S(S_GROUP_HELP)); continue; }
    if (!strcmp(buf, "p")) {
      fprintf(out, "%s", S(S_PAUSED));
      read_line(t, buf, sizeof buf);
      fprintf(out, "%s\n", S(S_RESUMED));
      continue;
    }
    if (!strcmp(buf, "u")) {
      if (nst_session_undo(s) != 0) { fprintf(out, "%s\n", S(S_NOTHING_TO_UNDO)); continue; }
      fprintf(out, "%s\n", S(S_UNDONE));
      return 1;
    }
    int detail = 0;
    nst_tally_error e = nst_tally_parse(buf, navail, tally, &detail);
    if (e == NST_TALLY_OK) break;
    if (e == NST_TALLY_NO_SUCH_RESPONSE) fprintf(out, S(S_GROUP_NO_SUCH), detail, navail);
    else if (e == NST_TALLY_TOO_MANY_VOTES) fprintf(out, S(S_GROUP_TOO_MANY), detail);
    else fprintf(out, S(S_GROUP_BAD_TALLY), navail);
    fputc('\n', out);
  }
  print_spread(sc, avail, tally, out);
  for (int a = 0; a < navail; a++) {
    const char *fb = sc->choices[avail[a]].feedback;
    if (!tally->counts[a] || !fb) continue;
    char label[64];
    snprintf(label, sizeof label, S(S_GROUP_FEEDBACK_ON), a + 1);
    fprintf(out, "  %s: ", label);
    wraps(out, fb, (int)strlen(label) + 4, 4);
  }
  if (node->prompt) {
    fprintf(out, "\n%s: ", S(S_DISCUSS));
    wraps(out, node->prompt, (int)strlen(S(S_DISCUSS)) + 2, 2);
  }
  int lead[NST_TALLY_MAX], nlead = nst_tally_leaders(tally, lead);
  for (;;) {
    fputc('\n', out);
    if (nlead == 1) {
      fprintf(out, S(S_GROUP_FOLLOW), lead[0] + 1);
    } else {
      char tied[128];
      join_numbers(lead, nlead, tied, sizeof tied);
      fprintf(out, S(S_GROUP_TIE), tied);
    }
    if (read_line(t, buf, sizeof buf) != 0) { fputc('\n', out); return 2; }
    if (!strcmp(buf, "q")) return 2;
    if (!buf[0] && nlead == 1) { nst_tally_follow(tally, -1); break; }
    char *end;
    long v = strtol(buf, &end, 10);
    if (end != buf && !*end && v >= 1 && v <= navail) { nst_tally_follow(tally, (int)v - 1); break; }
    fprintf(out, S(S_GROUP_BAD_FOLLOW), navail);
  }
  *k = tally->followed;
  return 0;
}

int term_play(nst_session *s, nst_term *t) {
  const nst_scenario *sc = nst_session_scenario(s);
  FILE *out = t->out;
  int step = 0;
  int group = t->group && t->interactive;
  if (t->interactive) fprintf(out, "%s\n", S(group ? S_GROUP_HELP : S_PROMPT_HELP));
  for (;;) {
    int node = nst_session_node(s);
    fputc('\n', out);
    if (print_lines(s, out) != 0) { fprintf(stderr, "naast: %s\n", nst_session_error(s)); return EXIT_PROBLEM; }
    if (nst_session_ended(s)) {
      print_ending(sc, node, out);
      if (!t->interactive && step < t->script_len) {   /* a typo in a path should not pass unseen */
        fprintf(stderr, "naast: the conversation ended after %d choice%s; %d more %s given\n", step,
                step == 1 ? "" : "s", t->script_len - step, t->script_len - step == 1 ? "was" : "were");
        return EXIT_PROBLEM;
      }
      break;
    }
    if (!t->interactive && step >= t->script_len) {
      fprintf(out, "\n%s\n", S(S_NOT_FINISHED));
      term_print_scores(s, out);
      return EXIT_OK;
    }
    const int *avail = nst_session_available(s);
    int navail = nst_session_available_count(s);
    fprintf(out, "\n%s\n", S(S_RESPONSES));
    for (int a = 0; a < navail; a++) {
      fprintf(out, "  %d. ", a + 1);
      wraps(out, sc->choices[avail[a]].text, 5, 5);
    }
    int k = -1;
    double t0 = now_s(), paused = 0;
    nst_tally tally;
    nst_tally_init(&tally, 0);
    if (group) {
      int r = group_decide(s, t, &k, &tally);
      if (r < 0) return EXIT_PROBLEM;
      if (r == 2) {   /* stopped: the session is kept */
        say_kept(t);
        return EXIT_OK;
      }
      if (r == 1) {
        step--;
        set_tally_count(t, nst_session_decision_count(s));
        term_save(s, t);
        continue;
      }
    } else if (!t->interactive) {
      k = t->script[step] - 1;
      if (k < 0 || k >= navail) {
        fprintf(stderr, "naast: step %d: response %d is not available here: choose 1 to %d\n", step + 1,
                t->script[step], navail);
        return EXIT_PROBLEM;
      }
    }
    while (k < 0) {
      char buf[256];
      fprintf(out, "%s (1-%d): ", S(S_PROMPT), navail);
      if (read_line(t, buf, sizeof buf) != 0) {   /* end of input: the session is kept */
        fputc('\n', out);
        say_kept(t);
        return EXIT_OK;
      }
      if (!strcmp(buf, "q")) {
        say_kept(t);
        return EXIT_OK;
      } else if (!strcmp(buf, "p")) {
        double p0 = now_s();
        fprintf(out, "%s", S(S_PAUSED));
        read_line(t, buf, sizeof buf);
        paused += now_s() - p0;
        fprintf(out, "%s\n", S(S_RESUMED));
      } else if (!strcmp(buf, "u")) {
        if (t->assess) fprintf(out, "%s\n", S(S_UNDO_ASSESS));
        else if (nst_session_undo(s) != 0) fprintf(out, "%s\n", S(S_NOTHING_TO_UNDO));
        else { fprintf(out, "%s\n", S(S_UNDONE)); term_save(s, t); step--; break; }
      } else if (!strcmp(buf, "?") || !strcmp(buf, "h")) {
        fprintf(out, "%s\n", S(S_PROMPT_HELP));
      } else {
        char *end;
        long v = strtol(buf, &end, 10);
        if (end != buf && !*end && v >= 1 && v <= navail) k = (int)v - 1;
        else fprintf(out, S(S_BAD_CHOICE), navail), fputc('\n', out);
      }
    }
    if (k < 0) continue; /* undone: show the node again */
    int millis = t->interactive ? (int)((now_s() - t0 - paused) * 1000 + 0.5) : -1;
    const nst_choice *c = &sc->choices[avail[k]];
    int before[NST_MAX_VARS];
    memcpy(before, nst_session_state(s), sizeof(int) * (size_t)sc->var_count);
    if (nst_session_choose(s, k, millis) != 0) {
      fprintf(stderr, "naast: %s\n", nst_session_error(s));
      return EXIT_PROBLEM;
    }
    step++;
    if (group) {
      int n = nst_session_decision_count(s);
      if (reserve_tallies(t, n) != 0) { fprintf(stderr, "naast: out of memory\n"); return EXIT_IO; }
      t->tallies[n - 1] = tally;
      set_tally_count(t, n);
    }
    term_save(s, t);
    const char *who = S(group ? S_GROUP_CHOICE : S_YOUR_CHOICE);
    fprintf(out, "\n> %s: ", who);
    wraps(out, c->text, (int)strlen(who) + 4, 2);
    if (!t->assess) {
      if (!group || !tally.counts[k]) print_feedback(sc, c, out);   /* the reveal showed the voted ones' */
      print_state(sc, before, nst_session_state(s), out);
    }
  }
  /* a group has no one self to assess: its debrief is the minutes */
  if (t->interactive && !group && t->meta && !t->meta->self_assessment_json) ask_self_assessment(s, t);
  if (t->assess) {
    fprintf(out, "\n%s\n", S(S_FEEDBACK));
    for (int i = 0; i < nst_session_decision_count(s); i++) {
      const nst_choice *c = &sc->choices[nst_session_decision(s, i)->choice];
      fprintf(out, "%d. ", i + 1);
      wraps(out, c->text, 3, 3);
      print_feedback(sc, c, out);
    }
  }
  term_print_scores(s, out);
  return EXIT_OK;
}

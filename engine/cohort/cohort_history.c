/* cohort_history.c: naast history. */
#include "cohort_history.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "textbuf.h"
#include "cohort_chart.h"
#include "cohort_html.h"
#include "cohort_stats.h"
#include "cohort_words.h"
#include "mdtree.h"

enum { SPARK = 24 };     /* columns of a sparkline */

typedef struct {
  const cohort_summary *r;
  int counted;           /* finished: counts for the trends and the lessons */
  double overall, dim[NST_MAX_DIMS], lesson[NST_LESSONS + 1];  /* NaN: did not come up */
} session;

typedef struct {
  session *ss;
  int n, counted;
  const char *dims[NST_MAX_DIMS];  /* union over the records, first seen first */
  int ndims;
  unsigned practised;    /* bit n: lesson n came up in a counted session */
  int no_lessons;        /* counted sessions whose record names no lessons */
  int trainees;          /* distinct trainee names */
  const cohort_history_opts *o;
  cohort_format f;
} history;

#define T(id) cohort_word(h->o->en, id)

static double ratio(int earned, int best) { return best > 0 ? (double)earned / best : NAN; }

static int dim_index(history *h, const char *id) {
  for (int d = 0; d < h->ndims; d++)
    if (strcmp(h->dims[d], id) == 0) return d;
  if (h->ndims == NST_MAX_DIMS) return -1;
  h->dims[h->ndims] = id;
  return h->ndims++;
}

static int build(history *h, const cohort_summaries *s) {
  h->ss = calloc((size_t)s->count + 1, sizeof *h->ss);
  if (!h->ss) return -1;
  for (int i = 0; i < s->count; i++) {
    const cohort_summary *r = &s->items[i];
    session *x = &h->ss[h->n++];
    x->r = r;
    x->counted = r->ending != NULL;
    x->overall = NAN;
    for (int d = 0; d < NST_MAX_DIMS; d++) x->dim[d] = NAN;
    for (int l = 0; l <= NST_LESSONS; l++) x->lesson[l] = NAN;
    int trainee_seen = 0;
    for (int j = 0; j < i && !trainee_seen; j++)
      trainee_seen = (!r->trainee && !s->items[j].trainee) ||
                     (r->trainee && s->items[j].trainee && strcasecmp(r->trainee, s->items[j].trainee) == 0);
    h->trainees += !trainee_seen;
    if (!x->counted) continue;
    h->counted++;
    for (int d = 0; d < r->dim_count; d++) {
      int k = dim_index(h, r->dims[d]);
      if (k >= 0) x->dim[k] = ratio(r->earned[d], r->best[d]);
    }
    x->overall = ratio(r->pooled_earned[0], r->pooled_best[0]);
    if (!r->scenario_lessons) { h->no_lessons++; continue; }
    for (int l = 1; l <= NST_LESSONS; l++) x->lesson[l] = ratio(r->pooled_earned[l], r->pooled_best[l]);
    h->practised |= r->practised;
  }
  return 0;
}

/* ---- pieces shared by the formats ---- */

static void put(nst_buf *b, const history *h, const char *s) {
  if (h->f != COHORT_TEXT) { cohort_md_text(b, s); return; }
  char *clean = md_clean(s);   /* no control codes from a record, as in Markdown */
  if (clean) nst_buf_puts(b, clean); else b->oom = 1;
  free(clean);
}

static void heading(nst_buf *b, const history *h, const char *title) {
  if (h->f == COHORT_TEXT) nst_buf_printf(b, "%s\n", title);
  else nst_buf_printf(b, "## %s\n\n", title);
}

static void item(nst_buf *b, const history *h) { nst_buf_puts(b, h->f == COHORT_TEXT ? "  " : "- "); }

/* Pads to width columns (code points) in the terminal. */
static void pad(nst_buf *b, const history *h, const char *s, int width) {
  put(b, h, s);
  if (h->f != COHORT_TEXT) return;
  int cols = 0;
  for (const char *p = s; p && *p; p++) cols += (*p & 0xC0) != 0x80;
  for (; cols < width; cols++) nst_buf_puts(b, " ");
}

static void date_of(long long t, char out[16]) {
  if (t <= 0) { snprintf(out, 16, "?"); return; }
  char full[32];
  nst_time_format(t, full);
  snprintf(out, 16, "%.10s", full);
}

static const char *mode_word(const history *h, const char *mode) {
  if (!mode || !strcmp(mode, "training")) return T(CW_TRAINING);
  if (!strcmp(mode, "assessment")) return T(CW_ASSESSMENT);
  if (!strcmp(mode, "group")) return T(CW_GROUP);
  return mode;
}

static void put_pct(nst_buf *b, double v) {
  if (isnan(v)) nst_buf_puts(b, "–");
  else nst_buf_printf(b, "%d%%", cohort_pct(cohort_clamp01(v)));
}

/* Whose history: the trainee asked for or the only one (as the records
 * spell the name), else NULL for all sessions. */
static const char *whose(const history *h) {
  if (h->n && h->ss[0].r->trainee && (h->o->trainee || h->trainees == 1)) return h->ss[0].r->trainee;
  return h->o->trainee;
}

static void intro(nst_buf *b, const history *h) {
  const char *who = whose(h);
  if (h->f == COHORT_TEXT) nst_buf_printf(b, "%s: ", T(CW_HISTORY));
  else nst_buf_printf(b, "# %s: ", T(CW_HISTORY));
  if (who) put(b, h, who);
  else if (h->trainees > 1) nst_buf_printf(b, "%s (%d %s)", T(CW_ALL_SESSIONS), h->trainees, T(CW_TRAINEES));
  else nst_buf_puts(b, T(CW_ALL_SESSIONS));
  nst_buf_puts(b, "\n\n");
  if (h->n == 0) {
    nst_buf_printf(b, T(CW_NO_SESSIONS), h->o->where ? h->o->where : "?");
    nst_buf_puts(b, "\n\n");
    return;
  }
  char first[16], last[16];
  date_of(h->ss[0].r->started, first);
  date_of(h->ss[h->n - 1].r->started, last);
  if (h->n == 1) nst_buf_printf(b, T(CW_SESSION_SUMMARY_ONE), first, h->counted ? T(CW_FINISHED) : T(CW_UNFINISHED));
  else nst_buf_printf(b, T(CW_SESSIONS_SUMMARY), h->n, first, last, h->counted);
  nst_buf_puts(b, "\n\n");
}

static void sessions(nst_buf *b, const history *h) {
  heading(b, h, T(CW_SESSIONS));
  int idw = 0;
  for (int i = 0; i < h->n; i++) {
    int w = (int)strlen(h->ss[i].r->scenario_id);
    if (w > idw) idw = w;
  }
  for (int i = 0; i < h->n; i++) {
    const session *x = &h->ss[i];
    char date[16];
    date_of(x->r->started, date);
    item(b, h);
    nst_buf_printf(b, h->f == COHORT_TEXT ? "%s  " : "%s ", date);
    pad(b, h, x->r->scenario_id, idw);
    nst_buf_printf(b, h->f == COHORT_TEXT ? "  %-10s  " : " (%s): ", mode_word(h, x->r->mode));
    if (x->r->ending) {
      put(b, h, x->r->ending_title && *x->r->ending_title ? x->r->ending_title : x->r->ending);
      if (x->r->ending_kind && *x->r->ending_kind) {
        nst_buf_puts(b, " (");
        put(b, h, x->r->ending_kind);
        nst_buf_puts(b, ")");
      }
      nst_buf_printf(b, ", %s ", T(CW_OVERALL_LC));
      put_pct(b, x->overall);
    } else {
      nst_buf_puts(b, T(CW_UNFINISHED));
    }
    for (int k = 0; k < h->o->own_count; k++)
      if (!strcmp(h->o->own[k], x->r->scenario_id)) { nst_buf_printf(b, " · %s", T(CW_OWN)); break; }
    nst_buf_puts(b, "\n");
  }
  nst_buf_puts(b, "\n");
}

/* The finished sessions grouped by the seat the trainee took: how many,
 * and the average overall score. Shown once sessions name a role. */
static void by_role(nst_buf *b, const history *h) {
  const char *seen[64];
  int nseen = 0, any = 0;
  for (int i = 0; i < h->n; i++) any |= h->ss[i].r->role != NULL;
  if (!any) return;
  heading(b, h, T(CW_BY_ROLE));
  for (int i = 0; i < h->n; i++) {
    const char *role = h->ss[i].r->role;
    int dup = 0;
    for (int k = 0; k < nseen; k++) dup |= (role && seen[k] && !strcmp(seen[k], role)) || (!role && !seen[k]);
    if (dup || nseen == 64) continue;
    seen[nseen++] = role;
    int count = 0;
    double sum = 0;
    for (int j = i; j < h->n; j++) {
      const session *x = &h->ss[j];
      int same = role ? x->r->role && !strcmp(x->r->role, role) : !x->r->role;
      if (!same || !x->counted || isnan(x->overall)) continue;
      count++;
      sum += x->overall;
    }
    item(b, h);
    put(b, h, role ? role : T(CW_NO_ROLE));
    nst_buf_puts(b, ": ");
    nst_buf_printf(b, T(CW_ROLE_LINE), count, count == 1 ? "" : "s");
    put_pct(b, count ? sum / count : NAN);
    nst_buf_puts(b, "\n");
  }
  nst_buf_puts(b, "\n");
}

/* The course of y[0..n-1] (0..1, NaN gaps) in at most SPARK block characters. */
static void sparkline(nst_buf *b, const double *y, int n) {
  static const char *const BLOCKS[] = { "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█" };
  int cols = n < SPARK ? n : SPARK;
  for (int c = 0; c < cols; c++) {
    int from = (int)((long long)c * n / cols), to = (int)((long long)(c + 1) * n / cols);
    double sum = 0;
    int k = 0;
    for (int i = from; i < to; i++)
      if (!isnan(y[i])) { sum += cohort_clamp01(y[i]); k++; }
    nst_buf_puts(b, k ? BLOCKS[(int)floor(sum / k * 7 + 0.5)] : "·");
  }
}

/* One trend line: first → last, the change per session, the course. */
static void trend(nst_buf *b, const history *h, const char *label, int width, const double *y) {
  int first = -1, last = -1, k = 0;
  for (int i = 0; i < h->counted; i++)
    if (!isnan(y[i])) { if (first < 0) first = i; last = i; k++; }
  if (k == 0) return;
  item(b, h);
  pad(b, h, label, width);
  nst_buf_puts(b, h->f == COHORT_TEXT ? "  " : ": ");
  put_pct(b, y[first]);
  nst_buf_puts(b, " → ");
  put_pct(b, y[last]);
  double *c = malloc(sizeof(double) * (size_t)h->counted);
  if (!c) { b->oom = 1; return; }
  for (int i = 0; i < h->counted; i++) c[i] = isnan(y[i]) ? NAN : cohort_clamp01(y[i]) * 100;
  double slope = cohort_slope(c, h->counted);
  free(c);
  char num[32];
  snprintf(num, sizeof num, "%+.1f", fabs(slope) < 0.05 ? 0.0 : slope);
  if (!h->o->en) for (char *p = num; *p; p++) if (*p == '.') *p = ',';
  const char *arrow = slope >= 1 ? "↗" : slope <= -1 ? "↘" : "→";
  nst_buf_printf(b, ", %s %s %s (%d %s) ", arrow, num, T(CW_PER_SESSION), k, k == 1 ? T(CW_SESSION) : T(CW_SESSIONS_LC));
  if (h->f == COHORT_MARKDOWN || h->f == COHORT_HTML) nst_buf_puts(b, "`");
  sparkline(b, y, h->counted);
  if (h->f == COHORT_MARKDOWN || h->f == COHORT_HTML) nst_buf_puts(b, "`");
  nst_buf_puts(b, "\n");
}

static const char *lesson_name(const history *h, int l) { return T((cohort_word_id)(CW_LESSON_1 + l - 1)); }

static void lesson_label(const history *h, int l, char *out, size_t n) {
  snprintf(out, n, "%s %d: %s", T(CW_LESSON), l, lesson_name(h, l));
}

/* The counted sessions' values of one measure, in time order. */
static double *column(const history *h, int dim, int lesson) {
  double *y = malloc(sizeof(double) * ((size_t)h->counted + 1));
  if (!y) return NULL;
  int k = 0;
  for (int i = 0; i < h->n; i++) {
    const session *x = &h->ss[i];
    if (!x->counted) continue;
    y[k++] = dim >= 0 ? x->dim[dim] : lesson > 0 ? x->lesson[lesson] : x->overall;
  }
  return y;
}

static void trends(nst_buf *b, const history *h, int charts) {
  if (h->counted == 0) return;
  heading(b, h, T(CW_DIM_TREND));
  nst_buf_printf(b, "%s\n\n", T(CW_TREND_NOTE));
  if (charts) { cohort_html_marker(b, 0); nst_buf_puts(b, "\n\n"); }
  int width = (int)strlen(T(CW_OVERALL));
  for (int d = 0; d < h->ndims; d++)
    if ((int)strlen(h->dims[d]) > width) width = (int)strlen(h->dims[d]);
  for (int d = 0; d <= h->ndims; d++) {
    double *y = column(h, d < h->ndims ? d : -1, 0);
    if (!y) { b->oom = 1; return; }
    trend(b, h, d < h->ndims ? h->dims[d] : T(CW_OVERALL), width, y);
    free(y);
  }
  nst_buf_puts(b, "\n");
  if (!h->practised) return;
  heading(b, h, T(CW_LESSON_TREND));
  if (charts) { cohort_html_marker(b, 1); nst_buf_puts(b, "\n\n"); }
  width = 0;
  for (int l = 1; l <= NST_LESSONS; l++) {
    char label[160];
    lesson_label(h, l, label, sizeof label);
    int cols = 0;
    for (const char *p = label; *p; p++) cols += (*p & 0xC0) != 0x80;
    if ((h->practised & (1u << l)) && cols > width) width = cols;
  }
  for (int l = 1; l <= NST_LESSONS; l++) {
    if (!(h->practised & (1u << l))) continue;
    double *y = column(h, -1, l);
    if (!y) { b->oom = 1; return; }
    char label[160];
    lesson_label(h, l, label, sizeof label);
    trend(b, h, label, width, y);
    free(y);
  }
  nst_buf_puts(b, "\n");
}

static void unpractised(nst_buf *b, const history *h) {
  heading(b, h, T(CW_NOT_PRACTISED));
  int any = 0;
  for (int l = 1; l <= NST_LESSONS; l++) {
    if (h->practised & (1u << l)) continue;
    char label[160];
    lesson_label(h, l, label, sizeof label);
    item(b, h);
    put(b, h, label);
    nst_buf_puts(b, "\n");
    any = 1;
  }
  if (!any) { item(b, h); nst_buf_printf(b, "%s\n", T(CW_ALL_PRACTISED)); }
  if (h->no_lessons) {
    nst_buf_puts(b, "\n");
    nst_buf_printf(b, T(CW_NO_LESSON_DATA), h->no_lessons);
    nst_buf_puts(b, "\n");
  }
  nst_buf_puts(b, "\n");
}

static void skipped(nst_buf *b, const history *h, const cohort_summaries *s) {
  if (!s->skipped_count) return;
  heading(b, h, cohort_word(h->o->en, CW_SKIPPED));
  for (int i = 0; i < s->skipped_count; i++) {
    item(b, h);
    put(b, h, s->skipped[i]);
    nst_buf_puts(b, "\n");
  }
  nst_buf_puts(b, "\n");
}

static char *chart(const history *h, int lessons) {
  double *ys[NST_MAX_DIMS + NST_LESSONS + 1];
  cohort_series series[NST_MAX_DIMS + NST_LESSONS + 1];
  char labels[NST_LESSONS + 1][160];
  int ns = 0;
  if (!lessons) {
    for (int d = 0; d <= h->ndims; d++) {
      ys[ns] = column(h, d < h->ndims ? d : -1, 0);
      series[ns] = (cohort_series){ d < h->ndims ? h->dims[d] : T(CW_OVERALL), ys[ns] };
      ns++;
    }
  } else {
    for (int l = 1; l <= NST_LESSONS; l++) {
      if (!(h->practised & (1u << l))) continue;
      snprintf(labels[l], sizeof labels[l], "%s %d", T(CW_LESSON), l);
      ys[ns] = column(h, -1, l);
      series[ns] = (cohort_series){ labels[l], ys[ns] };
      ns++;
    }
  }
  const char **x = calloc((size_t)h->counted + 1, sizeof *x);
  char (*dates)[16] = calloc((size_t)h->counted + 1, sizeof *dates);
  int k = 0;
  for (int i = 0; x && dates && i < h->n; i++)
    if (h->ss[i].counted) { date_of(h->ss[i].r->started, dates[k]); x[k] = dates[k]; k++; }
  nst_buf b = { 0 };
  int ok = x && dates;
  for (int i = 0; i < ns; i++) ok = ok && ys[i];
  if (ok) cohort_chart_svg(&b, lessons ? T(CW_CHART_LESSONS) : T(CW_CHART_DIMS), x, h->counted, series, ns);
  else b.oom = 1;
  for (int i = 0; i < ns; i++) free(ys[i]);
  free(x);
  free(dates);
  return nst_buf_take(&b);
}

char *cohort_history_render(const cohort_summaries *s, const cohort_history_opts *o, cohort_format f) {
  history h = { .o = o, .f = f };
  if (build(&h, s) != 0) { free(h.ss); return NULL; }
  nst_buf b = { 0 };
  intro(&b, &h);
  if (h.n) {
    sessions(&b, &h);
    by_role(&b, &h);
    trends(&b, &h, f == COHORT_HTML);
    unpractised(&b, &h);
  }
  skipped(&b, &h, s);
  char *text = nst_buf_take(&b);
  if (f == COHORT_HTML && text) {
    char *svgs[2] = { h.counted ? chart(&h, 0) : NULL, h.practised ? chart(&h, 1) : NULL };
    char title[256];
    snprintf(title, sizeof title, "%s: %s", cohort_word(o->en, CW_HISTORY),
             whose(&h) ? whose(&h) : cohort_word(o->en, CW_ALL_SESSIONS));
    char *page = cohort_html_page(text, title, o->en, svgs, 2);
    free(svgs[0]);
    free(svgs[1]);
    free(text);
    text = page;
  }
  free(h.ss);
  return text;
}

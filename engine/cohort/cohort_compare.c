/* cohort_compare.c: naast compare's divergence report. */
#include "cohort_compare.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "textbuf.h"
#include "cohort_stats.h"
#include "cohort_words.h"

enum { MAX_LISTED = 40,   /* name the participants of a response up to this group size */
       MAX_SEPARATING = 3 };

typedef struct {
  const char *id, *text;
  int count;             /* times taken */
  int earned, best;      /* pooled points, the first time it was taken */
  int *who, who_n;       /* participants (group positions), each once */
} response;

typedef struct {
  const char *id;
  int min_step, order;   /* where it first came, for the order of the report */
  int taken, people;
  response *resps;
  int nresp;
  int *first;            /* [n] the participant's first response here, or -1 */
} node_stat;

typedef struct {
  const cohort_set *s;
  const int *members;    /* indices into s */
  int n;
  const cohort_compare_opts *o;
  node_stat *nodes;
  int nnodes;
  double *overall;       /* [n], NaN when nothing counted */
  int oom;
} group;

#define T(id) cohort_word(g->o->en, id)

static nst_record *rec(const group *g, int k) { return g->s->recs[g->members[k]]; }

static void pooled(const nst_record *r, const nst_record_step *st, int *earned, int *best) {
  *earned = *best = 0;
  for (int d = 0; d < r->dim_count; d++)
    if (st->best[d] > 0) { *earned += st->earned[d]; *best += st->best[d]; }
}

static node_stat *node_find(group *g, const char *id, int step) {
  for (int i = 0; i < g->nnodes; i++)
    if (strcmp(g->nodes[i].id, id) == 0) {
      if (step < g->nodes[i].min_step) g->nodes[i].min_step = step;
      return &g->nodes[i];
    }
  node_stat *p = realloc(g->nodes, sizeof *p * (size_t)(g->nnodes + 1));
  if (!p) return NULL;
  g->nodes = p;
  node_stat *ns = &g->nodes[g->nnodes];
  memset(ns, 0, sizeof *ns);
  ns->first = malloc(sizeof(int) * (size_t)g->n);
  if (!ns->first) return NULL;
  for (int k = 0; k < g->n; k++) ns->first[k] = -1;
  ns->id = id;
  ns->min_step = step;
  ns->order = g->nnodes++;
  return ns;
}

static int response_find(node_stat *ns, const char *id, const char *text) {
  for (int i = 0; i < ns->nresp; i++)
    if (strcmp(ns->resps[i].id, id) == 0) return i;
  response *p = realloc(ns->resps, sizeof *p * (size_t)(ns->nresp + 1));
  if (!p) return -1;
  ns->resps = p;
  memset(&ns->resps[ns->nresp], 0, sizeof *p);
  ns->resps[ns->nresp].id = id;
  ns->resps[ns->nresp].text = text ? text : "";
  ns->resps[ns->nresp].best = -1;
  return ns->nresp++;
}

static int tally(group *g) {
  for (int k = 0; k < g->n; k++) {
    const nst_record *r = rec(g, k);
    for (int i = 0; i < r->count; i++) {
      const nst_record_step *st = &r->steps[i];
      node_stat *ns = node_find(g, st->node ? st->node : "?", i + 1);
      if (!ns) return -1;
      int c = response_find(ns, r->choice_ids[i], st->text);
      if (c < 0) return -1;
      response *rs = &ns->resps[c];
      ns->taken++;
      rs->count++;
      if (rs->best < 0) pooled(r, st, &rs->earned, &rs->best);
      if (ns->first[k] < 0) { ns->first[k] = c; ns->people++; }
      if (rs->who_n == 0 || rs->who[rs->who_n - 1] != k) {
        int *w = realloc(rs->who, sizeof(int) * (size_t)(rs->who_n + 1));
        if (!w) return -1;
        rs->who = w;
        rs->who[rs->who_n++] = k;
      }
    }
    int e, b;
    g->overall[k] = nst_record_pooled(r, 0, &e, &b) ? (double)e / b : NAN;
  }
  return 0;
}

static int by_place(const void *a, const void *b) {
  const node_stat *x = a, *y = b;
  if (x->min_step != y->min_step) return x->min_step - y->min_step;
  return x->order - y->order;
}

static void group_free(group *g) {
  for (int i = 0; i < g->nnodes; i++) {
    for (int c = 0; c < g->nodes[i].nresp; c++) free(g->nodes[i].resps[c].who);
    free(g->nodes[i].resps);
    free(g->nodes[i].first);
  }
  free(g->nodes);
  free(g->overall);
}

/* A participant's name: a letter, or with --names the trainee. */
static void put_name(nst_buf *b, const group *g, int k) {
  const char *t = rec(g, k)->trainee;
  if (g->o->names && t && *t) { cohort_md_text(b, t); return; }
  char l[8];
  cohort_letters(k, l);
  nst_buf_puts(b, l);
}

static void put_names(nst_buf *b, const group *g, const int *who, int n) {
  for (int i = 0; i < n; i++) {
    nst_buf_puts(b, i ? ", " : "");
    put_name(b, g, who[i]);
  }
}

static void put_share(nst_buf *b, int count, int total) {
  nst_buf_printf(b, "%d (%d%%)", count, total ? cohort_pct((double)count / total) : 0);
}

static void put_quoted(nst_buf *b, const group *g, const char *text) {
  nst_buf_puts(b, T(CW_OPEN_QUOTE));
  cohort_md_text(b, text);
  nst_buf_puts(b, T(CW_CLOSE_QUOTE));
}

static void section_participants(nst_buf *b, const group *g) {
  nst_buf_printf(b, "## %s\n\n", T(CW_PARTICIPANTS));
  for (int k = 0; k < g->n; k++) {
    const nst_record *r = rec(g, k);
    nst_buf_puts(b, "- **");
    put_name(b, g, k);
    nst_buf_puts(b, "**: ");
    cohort_md_text(b, cohort_base_name(g->s->paths[g->members[k]]));
    nst_buf_puts(b, ", ");
    if (r->ending) cohort_md_text(b, r->ending_title && *r->ending_title ? r->ending_title : r->ending);
    else nst_buf_puts(b, T(CW_UNFINISHED));
    if (!isnan(g->overall[k]))
      nst_buf_printf(b, ", %s %d%%", T(CW_OVERALL_LC), cohort_pct(cohort_clamp01(g->overall[k])));
    nst_buf_puts(b, "\n");
  }
  nst_buf_puts(b, "\n");
}

static void section_endings(nst_buf *b, const group *g) {
  nst_buf_printf(b, "## %s\n\n", T(CW_ENDINGS));
  char *done = calloc((size_t)g->n + 1, 1);
  int *who = malloc(sizeof(int) * ((size_t)g->n + 1));
  if (!done || !who) { free(done); free(who); b->oom = 1; return; }
  for (int pass = 0; pass < 2; pass++) /* the endings in order of first arrival, then the unfinished */
    for (int k = 0; k < g->n; k++) {
      const char *id = rec(g, k)->ending;
      if (done[k] || (pass == 0) != (id != NULL)) continue;
      int n = 0;
      for (int j = k; j < g->n; j++) {
        const char *other = rec(g, j)->ending;
        if (!done[j] && (id ? other && strcmp(other, id) == 0 : !other)) { done[j] = 1; who[n++] = j; }
      }
      const nst_record *r = rec(g, k);
      nst_buf_puts(b, "- ");
      if (id) {
        cohort_md_text(b, r->ending_title && *r->ending_title ? r->ending_title : id);
        if (r->ending_kind && *r->ending_kind) {
          nst_buf_puts(b, " (");
          cohort_md_text(b, r->ending_kind);
          nst_buf_puts(b, ")");
        }
      } else {
        nst_buf_puts(b, T(CW_UNFINISHED));
      }
      nst_buf_puts(b, ": ");
      put_share(b, n, g->n);
      if (g->n <= MAX_LISTED) { nst_buf_puts(b, ": "); put_names(b, g, who, n); }
      nst_buf_puts(b, "\n");
    }
  nst_buf_puts(b, "\n");
  free(done);
  free(who);
}

static void put_spread(nst_buf *b, const group *g, const char *label, double *v, int n) {
  nst_buf_puts(b, "- ");
  cohort_md_text(b, label);
  if (n == 0) { nst_buf_printf(b, ": %s\n", T(CW_NOT_TOUCHED)); return; }
  double lo = v[0], hi = v[0];
  for (int i = 1; i < n; i++) { if (v[i] < lo) lo = v[i]; if (v[i] > hi) hi = v[i]; }
  nst_buf_printf(b, ": %s %d%%, %s %d%%, %s %d%% (%d %s)\n", T(CW_LOWEST), cohort_pct(lo), T(CW_MEDIAN),
                    cohort_pct(cohort_median(v, n)), T(CW_HIGHEST), cohort_pct(hi), n,
                    n == 1 ? T(CW_PARTICIPANT) : T(CW_PARTICIPANTS_LC));
}

static void section_scores(nst_buf *b, const group *g) {
  nst_buf_printf(b, "## %s\n\n%s\n\n", T(CW_SPREAD), T(CW_SPREAD_NOTE));
  double *v = malloc(sizeof(double) * ((size_t)g->n + 1));
  if (!v) { b->oom = 1; return; }
  const nst_record *first = rec(g, 0);
  for (int d = 0; d < first->dim_count; d++) {
    int n = 0;
    for (int k = 0; k < g->n; k++) {
      const nst_record *r = rec(g, k);
      int earned[NST_MAX_DIMS], best[NST_MAX_DIMS];
      nst_record_totals(r, earned, best);
      for (int e = 0; e < r->dim_count; e++)
        if (strcmp(r->dims[e], first->dims[d]) == 0 && best[e] > 0) v[n++] = cohort_clamp01((double)earned[e] / best[e]);
    }
    put_spread(b, g, first->dims[d], v, n);
  }
  int n = 0;
  for (int k = 0; k < g->n; k++)
    if (!isnan(g->overall[k])) v[n++] = cohort_clamp01(g->overall[k]);
  put_spread(b, g, T(CW_OVERALL), v, n);
  nst_buf_puts(b, "\n");
  free(v);
}

/* Half the sum of the differences between the shares of each response among
 * the high and the low scorers who reached the node: 0 when both chose alike,
 * 1 when they never chose the same. */
static double separation(const node_stat *ns, const int *high, const int *low, int h, int *hn, int *ln) {
  *hn = *ln = 0;
  for (int i = 0; i < h; i++) { *hn += ns->first[high[i]] >= 0; *ln += ns->first[low[i]] >= 0; }
  if (!*hn || !*ln) return -1;
  double sum = 0;
  for (int c = 0; c < ns->nresp; c++) {
    int a = 0, z = 0;
    for (int i = 0; i < h; i++) { a += ns->first[high[i]] == c; z += ns->first[low[i]] == c; }
    sum += fabs((double)a / *hn - (double)z / *ln);
  }
  return sum / 2;
}

/* The response most of the given participants took first at the node. */
static int favourite(const node_stat *ns, const int *who, int h, int *count) {
  int best = -1;
  *count = 0;
  for (int c = 0; c < ns->nresp; c++) {
    int n = 0;
    for (int i = 0; i < h; i++) n += ns->first[who[i]] == c;
    if (n > *count) { *count = n; best = c; }
  }
  return best;
}

static const group *sort_group;
static int by_overall(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b;
  double ox = sort_group->overall[x], oy = sort_group->overall[y];
  if (ox != oy) return ox > oy ? -1 : 1;
  return x - y;
}

static void section_separating(nst_buf *b, const group *g) {
  nst_buf_printf(b, "## %s\n\n", T(CW_SEPARATING));
  int *order = malloc(sizeof(int) * ((size_t)g->n + 1));
  double *sep = malloc(sizeof(double) * ((size_t)g->nnodes + 1));
  if (!order || !sep) { free(order); free(sep); b->oom = 1; return; }
  int n = 0;
  for (int k = 0; k < g->n; k++)
    if (!isnan(g->overall[k])) order[n++] = k;
  sort_group = g;
  qsort(order, (size_t)n, sizeof *order, by_overall);
  int h = n / 2;
  const int *high = order, *low = order + n - h;
  if (h == 0) {
    nst_buf_printf(b, "%s\n\n", T(CW_TOO_FEW));
    free(order); free(sep);
    return;
  }
  nst_buf_printf(b, T(CW_HIGH_LOW), h, h);
  nst_buf_puts(b, " ");
  nst_buf_printf(b, "%s: ", T(CW_HIGH));
  put_names(b, g, high, h);
  nst_buf_printf(b, ". %s: ", T(CW_LOW));
  put_names(b, g, low, h);
  nst_buf_puts(b, ".\n\n");
  for (int i = 0; i < g->nnodes; i++) {
    int hn, ln;
    sep[i] = separation(&g->nodes[i], high, low, h, &hn, &ln);
  }
  int shown = 0;
  for (int rank = 0; rank < MAX_SEPARATING; rank++) {
    int top = -1;
    for (int i = 0; i < g->nnodes; i++)
      if (sep[i] > 0 && (top < 0 || sep[i] > sep[top] + 1e-12)) top = i;
    if (top < 0) break;
    const node_stat *ns = &g->nodes[top];
    int hn, ln, hc, lc;
    double d = separation(ns, high, low, h, &hn, &ln);
    int hf = favourite(ns, high, h, &hc), lf = favourite(ns, low, h, &lc);
    nst_buf_printf(b, "%d. **%s %d** (", rank + 1, T(CW_DECISION), top + 1);
    cohort_md_text(b, ns->id);
    nst_buf_printf(b, "), %s %d%%. %s ", T(CW_DIFFERENCE), cohort_pct(d), T(CW_HIGH_CHOSE));
    put_quoted(b, g, ns->resps[hf].text);
    nst_buf_printf(b, " (%d %s %d); %s ", hc, T(CW_OF), hn, T(CW_LOW_CHOSE));
    put_quoted(b, g, ns->resps[lf].text);
    nst_buf_printf(b, " (%d %s %d).\n", lc, T(CW_OF), ln);
    sep[top] = -1;
    shown++;
  }
  if (!shown) nst_buf_printf(b, "%s\n", T(CW_NO_SEPARATION));
  nst_buf_puts(b, "\n");
  free(order);
  free(sep);
}

static int by_count(const void *a, const void *b) {
  const response *x = a, *y = b;
  return y->count - x->count;
}

static void section_decisions(nst_buf *b, const group *g) {
  nst_buf_printf(b, "## %s\n\n", T(CW_PER_DECISION));
  for (int i = 0; i < g->nnodes; i++) {
    node_stat *ns = &g->nodes[i];
    /* most taken first; a stable order among equals: by first arrival */
    for (int c = 1; c < ns->nresp; c++)
      for (int j = c; j > 0 && by_count(&ns->resps[j - 1], &ns->resps[j]) > 0; j--) {
        response t = ns->resps[j];
        ns->resps[j] = ns->resps[j - 1];
        ns->resps[j - 1] = t;
        for (int k = 0; k < g->n; k++) /* keep first[] pointing at the same responses */
          if (ns->first[k] == j) ns->first[k] = j - 1;
          else if (ns->first[k] == j - 1) ns->first[k] = j;
      }
    nst_buf_printf(b, "### %s %d: ", T(CW_DECISION), i + 1);
    cohort_md_text(b, ns->id);
    nst_buf_printf(b, "\n\n");
    nst_buf_printf(b, T(ns->people == 1 ? CW_TAKEN_ONE : CW_TAKEN), ns->taken, ns->people);
    nst_buf_puts(b, "\n\n");
    for (int c = 0; c < ns->nresp; c++) {
      const response *rs = &ns->resps[c];
      nst_buf_puts(b, "- ");
      put_quoted(b, g, rs->text);
      nst_buf_puts(b, " (");
      cohort_md_text(b, rs->id);
      nst_buf_puts(b, "): ");
      put_share(b, rs->count, ns->taken);
      if (rs->best > 0) nst_buf_printf(b, ", %s %d %s %d", T(CW_POINTS), rs->earned, T(CW_OF), rs->best);
      if (g->n <= MAX_LISTED) { nst_buf_puts(b, ": "); put_names(b, g, rs->who, rs->who_n); }
      nst_buf_puts(b, "\n");
    }
    nst_buf_puts(b, "\n");
  }
}

static void put_heading(nst_buf *b, const group *g) {
  const nst_record *r = rec(g, 0);
  nst_buf_printf(b, "# %s: ", T(CW_COMPARISON));
  cohort_md_text(b, r->scenario_title ? r->scenario_title : r->scenario_id);
  nst_buf_puts(b, "\n\n");
  nst_buf_printf(b, "%s ", T(CW_SCENARIO));
  cohort_md_text(b, r->scenario_id);
  if (r->scenario_version) { nst_buf_printf(b, ", %s ", T(CW_VERSION)); cohort_md_text(b, r->scenario_version); }
  nst_buf_puts(b, " (");
  cohort_md_text(b, r->hash);
  int finished = 0;
  for (int k = 0; k < g->n; k++) finished += rec(g, k)->ending != NULL;
  nst_buf_printf(b, "). %d %s, %d %s.\n\n", g->n, g->n == 1 ? T(CW_PARTICIPANT) : T(CW_PARTICIPANTS_LC),
                    finished, T(CW_FINISHED));
}

static int render_group(nst_buf *b, const cohort_set *s, const int *members, int n,
                        const cohort_compare_opts *o) {
  group g = { .s = s, .members = members, .n = n, .o = o };
  g.overall = malloc(sizeof(double) * ((size_t)n + 1));
  if (!g.overall || tally(&g) != 0) { group_free(&g); return -1; }
  qsort(g.nodes, (size_t)g.nnodes, sizeof *g.nodes, by_place);
  put_heading(b, &g);
  section_participants(b, &g);
  section_endings(b, &g);
  section_scores(b, &g);
  section_separating(b, &g);
  section_decisions(b, &g);
  group_free(&g);
  return 0;
}

/* Group positions: each record's group (same scenario id and hash), numbered
 * by first appearance. */
static int group_of(const cohort_set *s, int *gid) {
  int groups = 0;
  for (int i = 0; i < s->count; i++) {
    gid[i] = -1;
    for (int j = 0; j < i && gid[i] < 0; j++)
      if (strcmp(s->recs[i]->scenario_id, s->recs[j]->scenario_id) == 0 && strcmp(s->recs[i]->hash, s->recs[j]->hash) == 0)
        gid[i] = gid[j];
    if (gid[i] < 0) gid[i] = groups++;
  }
  return groups;
}

char *cohort_compare_mismatch(const cohort_set *s) {
  int *gid = malloc(sizeof(int) * ((size_t)s->count + 1));
  if (!gid) return NULL;
  int groups = group_of(s, gid);
  if (groups <= 1) { free(gid); return NULL; }
  nst_buf b = { 0 };
  nst_buf_puts(&b, "the records are not all of one scenario and version:\n");
  for (int k = 0; k < groups; k++) {
    int shown = 0;
    for (int i = 0; i < s->count; i++) {
      if (gid[i] != k) continue;
      const nst_record *r = s->recs[i];
      if (!shown++) {
        nst_buf_printf(&b, "  %s", r->scenario_id);
        if (r->scenario_version) nst_buf_printf(&b, " version %s", r->scenario_version);
        nst_buf_printf(&b, " (%s): ", r->hash);
      } else {
        nst_buf_puts(&b, ", ");
      }
      nst_buf_puts(&b, s->paths[i]);
    }
    nst_buf_puts(&b, "\n");
  }
  nst_buf_puts(&b, "compare the records of one scenario at a time, or group them with --by-scenario");
  free(gid);
  return nst_buf_take(&b);
}

char *cohort_compare_markdown(const cohort_set *s, const cohort_compare_opts *o) {
  nst_buf b = { 0 };
  int *gid = malloc(sizeof(int) * ((size_t)s->count + 1));
  int *members = malloc(sizeof(int) * ((size_t)s->count + 1));
  if (!gid || !members) { free(gid); free(members); return NULL; }
  int groups = o->by_scenario ? group_of(s, gid) : 1;
  for (int k = 0; k < groups; k++) {
    int n = 0;
    for (int i = 0; i < s->count; i++)
      if (!o->by_scenario || gid[i] == k) members[n++] = i;
    if (n && render_group(&b, s, members, n, o) != 0) b.oom = 1;
  }
  if (s->skipped_count) {
    nst_buf_printf(&b, "## %s\n\n", cohort_word(o->en, CW_SKIPPED));
    for (int i = 0; i < s->skipped_count; i++) {
      nst_buf_puts(&b, "- ");
      cohort_md_text(&b, s->skipped[i]);
      nst_buf_puts(&b, "\n");
    }
    nst_buf_puts(&b, "\n");
  }
  free(gid);
  free(members);
  return nst_buf_take(&b);
}

/* cohort_export.c: records to CSV. */
#include "cohort_export.h"

#include <stdio.h>
#include <string.h>

void cohort_csv_field(nst_buf *b, const char *s, int spreadsheet) {
  if (!s) return;
  int quote = strpbrk(s, ",\"\r\n") != NULL;
  int guard = spreadsheet && s[0] && strchr("=+-@\t", s[0]);
  if (quote) nst_buf_puts(b, "\"");
  if (guard) nst_buf_puts(b, "'");
  for (const char *p = s; *p; p++) {
    if (*p == '"') nst_buf_puts(b, "\"");
    nst_buf_add(b, p, 1);
  }
  if (quote) nst_buf_puts(b, "\"");
}

static void lessons(nst_buf *b, unsigned mask) {
  char s[32] = "";
  size_t n = 0;
  for (int l = 1; l <= NST_LESSONS; l++)
    if (mask & (1u << l)) n += (size_t)snprintf(s + n, sizeof s - n, "%s%d", n ? " " : "", l);
  nst_buf_puts(b, s);
}

static const char *const FIXED[] = { "file", "scenario", "hash", "version", "trainee", "role", "mode", "started",
                                     "ended", "ending", "step", "node", "choice", "number", "available",
                                     "millis", "lessons", "lessons_available", "text", "votes", "followed" };
enum { NFIXED = sizeof FIXED / sizeof *FIXED };

char *cohort_export_csv(const cohort_set *s) {
  const char *dims[4 * NST_MAX_DIMS]; /* the union of the records' dimensions, first seen first */
  int ndims = 0;
  for (int i = 0; i < s->count; i++)
    for (int d = 0; d < s->recs[i]->dim_count; d++) {
      int k = 0;
      while (k < ndims && strcmp(dims[k], s->recs[i]->dims[d]) != 0) k++;
      if (k == ndims && ndims < (int)(sizeof dims / sizeof *dims)) dims[ndims++] = s->recs[i]->dims[d];
    }
  nst_buf b = { 0 };
  for (int c = 0; c < NFIXED; c++) nst_buf_printf(&b, "%s%s", c ? "," : "", FIXED[c]);
  for (int d = 0; d < ndims; d++) {
    nst_buf_puts(&b, ",");
    cohort_csv_field(&b, dims[d], 1);
    nst_buf_puts(&b, "_earned,");
    cohort_csv_field(&b, dims[d], 1);
    nst_buf_puts(&b, "_best");
  }
  nst_buf_puts(&b, "\r\n");
  for (int i = 0; i < s->count; i++) {
    const nst_record *r = s->recs[i];
    char started[32] = "", ended[32] = "";
    if (r->started > 0) nst_time_format(r->started, started);
    if (r->ended > 0) nst_time_format(r->ended, ended);
    int col[4 * NST_MAX_DIMS]; /* the record's index of each exported dimension, or -1 */
    for (int d = 0; d < ndims; d++) {
      col[d] = -1;
      for (int e = 0; e < r->dim_count; e++)
        if (strcmp(r->dims[e], dims[d]) == 0) col[d] = e;
    }
    for (int k = 0; k < r->count; k++) {
      const nst_record_step *st = &r->steps[k];
      cohort_csv_field(&b, cohort_base_name(s->paths[i]), 1);
      nst_buf_puts(&b, ",");
      cohort_csv_field(&b, r->scenario_id, 1);
      nst_buf_puts(&b, ",");
      cohort_csv_field(&b, r->hash, 1);
      nst_buf_puts(&b, ",");
      cohort_csv_field(&b, r->scenario_version, 1);
      nst_buf_puts(&b, ",");
      cohort_csv_field(&b, r->trainee, 1);
      nst_buf_puts(&b, ",");
      cohort_csv_field(&b, r->role, 1);
      nst_buf_puts(&b, ",");
      cohort_csv_field(&b, r->mode, 1);
      nst_buf_printf(&b, ",%s,%s,", started, ended);
      cohort_csv_field(&b, r->ending, 1);
      nst_buf_printf(&b, ",%d,", k + 1);
      cohort_csv_field(&b, st->node, 1);
      nst_buf_puts(&b, ",");
      cohort_csv_field(&b, r->choice_ids[k], 1);
      nst_buf_printf(&b, ",%d,%d,", r->numbers[k], st->available);
      if (r->millis[k] >= 0) nst_buf_printf(&b, "%d", r->millis[k]);
      nst_buf_puts(&b, ",");
      lessons(&b, st->lessons);
      nst_buf_puts(&b, ",");
      lessons(&b, st->lessons_available);
      nst_buf_puts(&b, ",");
      cohort_csv_field(&b, st->text, 1);
      nst_buf_puts(&b, ",");
      for (int v = 0; v < st->tally.n; v++) nst_buf_printf(&b, "%s%d", v ? " " : "", st->tally.counts[v]);
      nst_buf_printf(&b, ",%s", st->tally.n ? nst_follow_name(st->tally.how) : "");
      for (int d = 0; d < ndims; d++) {
        if (col[d] < 0) nst_buf_puts(&b, ",,");
        else nst_buf_printf(&b, ",%d,%d", st->earned[col[d]], st->best[col[d]]);
      }
      nst_buf_puts(&b, "\r\n");
    }
  }
  return nst_buf_take(&b);
}

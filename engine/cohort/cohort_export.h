/* cohort_export.h: the decisions of a set of records as CSV (RFC 4180), one row per
 * decision, for a trainer's own analysis (naast export, docs/cohorts.md lists
 * the columns). */
#ifndef NAAST_COHORT_EXPORT_H
#define NAAST_COHORT_EXPORT_H

#include "textbuf.h"
#include "cohort_sessions.h"

/* The CSV text (caller frees); NULL when memory runs out. */
char *cohort_export_csv(const cohort_set *s);

/* Appends one field: quoted when it holds a comma, quote, CR or LF (quotes
 * doubled). A free text field (spreadsheet set) that starts with = + - @ or a
 * tab gets a leading apostrophe, so a spreadsheet shows it instead of running
 * it as a formula. */
void cohort_csv_field(nst_buf *b, const char *s, int spreadsheet);

#endif

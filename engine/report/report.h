/* report.h: the debrief of a session, for the coach and the trainee.
 *
 * The debrief is rebuilt from the record and the scenario it names: the
 * record is replayed in a session, which gives what each decision earned, the
 * best available then and the person's state after it; missed chances are
 * replayed with the better response from the saved state. Nothing depends on
 * the clock or the machine, so the same record gives the same bytes.
 *
 * The Markdown holds the charts as markers (a paragraph of its own, see
 * docs/report.md); the HTML renderer replaces them by inline SVG while walking
 * cmark's node tree, and renders everything else in safe mode, so no raw HTML
 * from scenario text or trainee input passes.
 */
#ifndef NAAST_REPORT_H
#define NAAST_REPORT_H

#include <stddef.h>

#include "record.h"
#include "scenario.h"

typedef struct {
  const char *lang;          /* "nl" (default) or "en" */
} nst_report_opts;

/* The debrief of a session as Markdown (caller frees), rebuilt from the record
 * and the scenario it names (sc: the loaded scenario; the record's hash is
 * compared with the scenario's and a changed scenario is said plainly).
 * NULL with a message in err on failure. */
char *nst_report_markdown(const nst_scenario *sc, const nst_record *rec, const nst_report_opts *o,
                          char *err, size_t n);

/* A self-contained HTML page (inline CSS, light/dark scheme, print CSS for
 * A4) from report Markdown, rendered by cmark in safe mode (no raw HTML
 * passes). Chart markers in the Markdown become inline SVG. title: the
 * page's title; NULL takes the text of the first heading. Caller frees; NULL
 * only when memory runs out. */
char *nst_report_html(const char *markdown, const char *title, const char *lang);

/* Writes RECORD.md and RECORD.html beside the record (record path with .json
 * replaced), atomically; md_path/html_path receive the paths. 0, or -1 with
 * err. Used by play (terminal and window) at the end of a session. */
int nst_report_write_beside(const char *record_path, const nst_scenario *sc, const char *lang,
                            char *md_path, size_t md_n, char *html_path, size_t html_n,
                            char *err, size_t n);

/* The record's self_assessment object as JSON text (caller frees), for
 * nst_record_meta.self_assessment_json: ratings 1..5 per dimension id (0
 * means skipped and is left out), and the two sentences (NULL or empty: left
 * out), cleaned to valid UTF-8. NULL when memory runs out. */
char *nst_report_self_assessment_json(const nst_scenario *sc, const int *ratings,
                                      const char *most_content, const char *least_content);

#endif

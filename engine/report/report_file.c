/* report_file.c: the debrief written beside its record, and the
 * self-assessment as the record keeps it. */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fsutil.h"
#include "mdtree.h"
#include "report.h"

/* path with its .json replaced by ext (or ext appended). -1 when too long. */
static int beside(const char *path, const char *ext, char *out, size_t n) {
  size_t len = strlen(path);
  if (len > 5 && !strcmp(path + len - 5, ".json")) len -= 5;
  int k = snprintf(out, n, "%.*s%s", (int)len, path, ext);
  return k < 0 || (size_t)k >= n ? -1 : 0;
}

int nst_report_write_beside(const char *record_path, const nst_scenario *sc, const char *lang,
                            char *md_path, size_t md_n, char *html_path, size_t html_n,
                            char *err, size_t n) {
  if (beside(record_path, ".md", md_path, md_n) != 0 || beside(record_path, ".html", html_path, html_n) != 0) {
    snprintf(err, n, "%s: the name is too long for the debrief beside it", record_path);
    return -1;
  }
  nst_record *rec = nst_record_load(record_path, err, n);
  if (!rec) return -1;
  nst_report_opts o = { lang };
  char *md = nst_report_markdown(sc, rec, &o, err, n);
  nst_record_free(rec);
  if (!md) return -1;
  int rc = -1;
  char *html = nst_report_html(md, NULL, lang);
  if (!html) snprintf(err, n, "out of memory");
  else if (nst_file_write_atomic(md_path, md, strlen(md), err, n) == 0 &&
           nst_file_write_atomic(html_path, html, strlen(html), err, n) == 0)
    rc = 0;
  free(md);
  free(html);
  return rc;
}

char *nst_report_self_assessment_json(const nst_scenario *sc, const int *ratings,
                                      const char *most_content, const char *least_content) {
  cJSON *o = cJSON_CreateObject();
  cJSON *r = cJSON_AddObjectToObject(o, "ratings");
  for (int d = 0; d < sc->dim_count && ratings; d++)
    if (ratings[d] >= 1 && ratings[d] <= 5) cJSON_AddNumberToObject(r, sc->dims[d].id, ratings[d]);
  const char *said[2] = { most_content, least_content }, *key[2] = { "most_content", "least_content" };
  for (int k = 0; k < 2; k++) {
    if (!said[k] || !said[k][0]) continue;
    char *clean = md_clean(said[k]);
    if (clean && clean[0]) cJSON_AddStringToObject(o, key[k], clean);
    free(clean);
  }
  char *text = cJSON_PrintUnformatted(o);
  cJSON_Delete(o);
  return text;
}

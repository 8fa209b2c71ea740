/* md.h: Markdown in the window, through cmark's node tree.
 *
 * A document is parsed once into flat blocks (headings, paragraphs, list
 * items, block quotes, rules, code) whose inline text is runs in regular,
 * bold or italic; drawing lays the blocks out at the width of the moment.
 * Raw HTML never renders: it shows as the text it is, except the debrief's
 * chart markers (an HTML block "<!-- naast:bars ... -->", see docs/report.md),
 * which become blocks the caller draws, in place of the plain-text stand-in
 * that follows them.
 */
#ifndef NAAST_WIN_MD_H
#define NAAST_WIN_MD_H

#include "text.h"
#include "ui.h"

typedef enum { MD_PARA, MD_HEADING, MD_ITEM, MD_RULE, MD_CODE, MD_CHART } md_kind;

typedef struct {
  md_kind kind;
  int level;            /* heading level; list depth for items */
  int quote;            /* block-quote depth */
  int first;            /* the first paragraph of a list item: draws the bullet */
  char bullet[16];      /* "•" or "3." */
  wt_run *runs;
  int nruns;
  char *chart;          /* MD_CHART: the marker after "naast:" ("bars\n...") */
} md_block;

typedef struct {
  md_block *blocks;
  int count, cap;
} md_doc;

/* NULL only when memory runs out. */
md_doc *md_parse(const char *markdown, size_t len);
void md_free(md_doc *d);

/* Draws a chart block at (x, y) within width w and returns its height (draw
 * 0: only measure). */
typedef int (*md_chart_fn)(ui *u, const char *marker, int x, int y, int w, int draw, void *ctx);

/* Lays the document out at (x, y) within width w; returns its height. With
 * draw 0 it only measures. */
int md_draw(ui *u, const md_doc *d, int x, int y, int w, int draw, md_chart_fn chart, void *ctx);

#endif

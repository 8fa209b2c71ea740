/* mdtree.h: building the report as a cmark node tree.
 *
 * Scenario and trainee text only enter as text literals, cleaned to valid
 * UTF-8 without control characters; cmark's CommonMark renderer escapes
 * whatever would read as Markdown, so no text can add a heading, a list, a
 * link or raw HTML. Newlines in a text become soft breaks. The only raw HTML
 * in the tree is the report's own chart and page markers (md_marker).
 */
#ifndef NAAST_REPORT_MDTREE_H
#define NAAST_REPORT_MDTREE_H

#include <cmark.h>
#include <stddef.h>

cmark_node *md_heading(cmark_node *parent, int level);
cmark_node *md_para(cmark_node *parent);
cmark_node *md_list(cmark_node *parent, int ordered);
/* A list item; add blocks (md_para, md_quote) to it. */
cmark_node *md_item(cmark_node *list);
/* A list item holding one paragraph: returns the paragraph. */
cmark_node *md_item_para(cmark_node *list);
cmark_node *md_quote(cmark_node *parent);

/* Inlines, added to a paragraph or heading (in a heading, newlines become
 * spaces). */
void md_text(cmark_node *p, const char *s);
void md_textf(cmark_node *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void md_strong(cmark_node *p, const char *s);
void md_emph(cmark_node *p, const char *s);
void md_linebreak(cmark_node *p);

/* Scenario Markdown (an intro, an ending's text) as blocks: raw HTML is kept
 * as visible text, images become their description, headings drop to level 4. */
void md_markdown(cmark_node *parent, const char *markdown);

/* One of the report's own markers: an HTML comment block (NULL: its text
 * could not be made, counted in md_failures). */
void md_marker(cmark_node *parent, const char *comment);

/* How many allocations of the builders above have failed so far (their
 * text is then missing from the tree): a caller compares the count before
 * and after building, and treats a change as running out of memory. */
unsigned long md_failures(void);
/* Counts a failure of the builder's caller (text it could not make). */
void md_failed(void);

/* The tree as CommonMark (caller frees), or NULL when memory ran out. */
char *md_render(cmark_node *doc);

/* Copies s as valid UTF-8 (bad bytes become U+FFFD), dropping control
 * characters but newlines, tabs as spaces. At most 3 * strlen(s) + 1 bytes;
 * caller frees. NULL when memory runs out. */
char *md_clean(const char *s);

/* At most max code points of s (cleaned), with an ellipsis when cut. */
char *md_shorten(const char *s, int max);

#endif

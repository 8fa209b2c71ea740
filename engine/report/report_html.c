/* report_html.c: report Markdown as one self-contained HTML page.
 *
 * The Markdown is parsed by cmark and rendered block by block in safe mode
 * (raw HTML and dangerous links are dropped), so no scenario or trainee text
 * reaches the page unescaped. The report's own markers are the exception,
 * read rather than passed: a chart marker becomes inline SVG drawn from its
 * numbers (and replaces the text list after it, its stand-in for Markdown
 * viewers); a page marker makes the next section start on a new sheet. Each
 * level-2 heading opens a <section>, which the print CSS keeps together
 * where it can.
 */
#include <cmark.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "textbuf.h"
#include "charts.h"
#include "report.h"
#include "words.h"

static const char CSS[] =
  ":root{color-scheme:light dark;--bg:#fdfcf8;--fg:#1d2126;--muted:#5a6068;--rule:#d8d2c4;--accent:#25577f;"
  "--quote:#f2eee3;--track:#e5e0d4;--bar:#2d6e8e;--self:#b4521a;"
  "--s0:#c0392b;--s1:#2d6e8e;--s2:#3b8a4b;--s3:#8e44ad;--s4:#a8860b;--s5:#555}\n"
  "@media (prefers-color-scheme:dark){:root{--bg:#16181b;--fg:#e7e6e2;--muted:#a6abb1;--rule:#3b4046;"
  "--accent:#8fbbe3;--quote:#23272c;--track:#2e333a;--bar:#5ea7cb;--self:#f09a5c;"
  "--s0:#f07c6c;--s1:#6db2d8;--s2:#7cc68a;--s3:#c59ce2;--s4:#e2c65a;--s5:#bbb}}\n"
  "html{background:var(--bg);color:var(--fg)}\n"
  "body{font:16px/1.55 \"DejaVu Serif\",Georgia,serif;max-width:46rem;margin:0 auto;padding:2rem 1.25rem 4rem;"
  "overflow-wrap:anywhere}\n"
  "h1,h2,h3,h4{font-family:\"DejaVu Sans\",system-ui,sans-serif;line-height:1.25}\n"
  "h1{font-size:1.7rem;margin:0 0 .8rem}\n"
  "h2{font-size:1.3rem;margin:2.2rem 0 .6rem;padding-bottom:.25rem;border-bottom:2px solid var(--rule);"
  "color:var(--accent)}\n"
  "h3{font-size:1.05rem;margin:1.4rem 0 .4rem}h4{font-size:1rem;margin:1rem 0 .3rem}\n"
  "p{margin:.45rem 0}ul,ol{padding-left:1.4rem}li{margin:.3rem 0}li>p{margin:.2rem 0}\n"
  "blockquote{margin:.5rem 0;padding:.35rem .9rem;background:var(--quote);border-left:4px solid var(--rule);"
  "border-radius:0 4px 4px 0}\n"
  "header ul{list-style:none;padding:0}header li{margin:.1rem 0}\n"
  ".chart{margin:1rem 0}.chart svg{width:100%;height:auto;display:block;"
  "font-family:\"DejaVu Sans\",system-ui,sans-serif}\n"
  ".chart text{fill:var(--fg);font-size:13px}.chart .tick,.chart .legend{fill:var(--muted);font-size:12px}"
  ".chart .value{font-weight:bold}\n"
  ".chart .track{fill:var(--track)}.chart .bar{fill:var(--bar)}"
  ".chart .self{stroke:var(--self);fill:var(--self);stroke-width:2.5}\n"
  ".chart .grid{stroke:var(--rule);stroke-width:1}.chart .line{fill:none;stroke-width:2.5}\n"
  ".s0{stroke:var(--s0)}.s1{stroke:var(--s1)}.s2{stroke:var(--s2)}.s3{stroke:var(--s3)}"
  ".s4{stroke:var(--s4)}.s5{stroke:var(--s5)}\n"
  ".dot.s0{fill:var(--s0)}.dot.s1{fill:var(--s1)}.dot.s2{fill:var(--s2)}.dot.s3{fill:var(--s3)}"
  ".dot.s4{fill:var(--s4)}.dot.s5{fill:var(--s5)}\n"
  "@page{size:A4;margin:16mm 15mm 18mm}\n"
  "@media print{:root{--bg:#fff;--fg:#000;--muted:#444;--rule:#bbb;--accent:#1d4a6e;--quote:#f1f1f1;"
  "--track:#e3e3e3;--bar:#2d6e8e;--self:#b4521a;--s0:#c0392b;--s1:#2d6e8e;--s2:#3b8a4b;--s3:#8e44ad;"
  "--s4:#a8860b;--s5:#555}\n"
  "body{max-width:none;padding:0;font-size:10.5pt}h2{margin-top:1.4rem}\n"
  "h2,h3,h4{break-after:avoid}.chart,blockquote,li,p{break-inside:avoid}section.page{break-before:page}"
  "a{color:inherit}}\n";

/* The page's language attribute: two or three lowercase letters, else nl. */
static const char *page_lang(const char *lang) {
  if (!lang) return "nl";
  size_t n = strlen(lang);
  if (n < 2 || n > 3) return "nl";
  for (size_t i = 0; i < n; i++) if (lang[i] < 'a' || lang[i] > 'z') return "nl";
  return lang;
}

/* The text of the document's first heading, for the page title. */
static void first_heading(cmark_node *doc, nst_buf *out) {
  cmark_node *h = cmark_node_first_child(doc);
  while (h && cmark_node_get_type(h) != CMARK_NODE_HEADING) h = cmark_node_next(h);
  if (!h) return;
  cmark_iter *it = cmark_iter_new(h);
  cmark_event_type ev;
  while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
    cmark_node *n = cmark_iter_get_node(it);
    cmark_node_type t = cmark_node_get_type(n);
    if (ev == CMARK_EVENT_ENTER && (t == CMARK_NODE_TEXT || t == CMARK_NODE_CODE)) nst_buf_html(out, cmark_node_get_literal(n));
  }
  cmark_iter_free(it);
}

/* A raw block of ours (a chart, a section boundary) as a custom block,
 * which cmark's HTML renderer writes as given. */
static void insert_raw(cmark_node *before, const char *html, int *oom) {
  cmark_node *c = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
  if (!c || !cmark_node_set_on_enter(c, html) || !cmark_node_insert_before(before, c)) {
    cmark_node_free(c);
    *oom = 1;
  }
}

char *nst_report_html(const char *markdown, const char *title, const char *lang) {
  const char *md = markdown ? markdown : "";
  const nst_words *w = words_for(lang);
  cmark_node *doc = cmark_parse_document(md, strlen(md), CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8);
  if (!doc) return NULL;
  nst_buf o = { 0 };
  nst_buf_printf(&o, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n", page_lang(lang));
  nst_buf_puts(&o, "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
  if (title) nst_buf_html(&o, title);
  else first_heading(doc, &o);
  nst_buf_printf(&o, "</title>\n<style>\n%s</style>\n</head>\n<body>\n<header>\n", CSS);

  /* our markers become custom blocks in the tree; then one safe render */
  int in_section = 0, page_next = 0, skip_next = 0;
  cmark_node *n = cmark_node_first_child(doc);
  while (n) {
    cmark_node *next = cmark_node_next(n);
    cmark_node_type t = cmark_node_get_type(n);
    const char *lit = t == CMARK_NODE_HTML_BLOCK ? cmark_node_get_literal(n) : NULL;
    if (lit && !strncmp(lit, "<!-- naast:page -->", 19)) {
      page_next = 1;
      cmark_node_free(n);   /* unlinks it */
      n = next;
      continue;
    }
    if (lit) {
      nst_buf svg = { 0 };
      if (chart_svg(&svg, lit, w)) {
        char *fig = nst_buf_take(&svg);
        if (!fig) o.oom = 1;
        else if (fig[0]) insert_raw(n, fig, &o.oom);
        free(fig);
        cmark_node_free(n);
        skip_next = 1;
        n = next;
        continue;
      }
      nst_buf_free(&svg);
    }
    if (skip_next) {   /* the chart's stand-in for Markdown viewers */
      skip_next = 0;
      if (t == CMARK_NODE_LIST) { cmark_node_free(n); n = next; continue; }
    }
    if (t == CMARK_NODE_HEADING && cmark_node_get_heading_level(n) == 2) {
      char b[64];
      snprintf(b, sizeof b, "%s%s", in_section ? "</section>\n" : "</header>\n",
               page_next ? "<section class=\"page\">" : "<section>");
      insert_raw(n, b, &o.oom);
      in_section = 1;
      page_next = 0;
    }
    n = next;
  }
  char *h = cmark_render_html(doc, CMARK_OPT_DEFAULT);
  if (h) nst_buf_puts(&o, h);
  else o.oom = 1;
  free(h);
  nst_buf_puts(&o, in_section ? "</section>\n" : "</header>\n");
  nst_buf_puts(&o, "</body>\n</html>\n");
  cmark_node_free(doc);
  return nst_buf_take(&o);
}

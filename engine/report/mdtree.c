/* mdtree.c: the cmark tree builder and text cleaning. */
#include "mdtree.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Length of the valid UTF-8 sequence at s (1-4), or 0 when invalid. */
static int utf8_seq(const unsigned char *s) {
  unsigned c = s[0];
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) return (s[1] & 0xC0) == 0x80 ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if ((s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80) return 0;
    if (c == 0xE0 && s[1] < 0xA0) return 0;        /* overlong */
    if (c == 0xED && s[1] >= 0xA0) return 0;       /* surrogates */
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if ((s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80) return 0;
    if (c == 0xF0 && s[1] < 0x90) return 0;
    if (c == 0xF4 && s[1] >= 0x90) return 0;
    return 4;
  }
  return 0;
}

/* Allocations of ours that failed while a tree was built: the builder's
 * calls do not fail one by one, md_failures() is checked once at the end. */
static unsigned long failures;

unsigned long md_failures(void) { return failures; }

void md_failed(void) { failures++; }

char *md_clean(const char *s) {
  if (!s) s = "";
  size_t n = strlen(s);
  char *out = malloc(3 * n + 4), *o = out;  /* room for md_shorten's ellipsis */
  if (!out) return NULL;
  const unsigned char *p = (const unsigned char *)s;
  while (*p) {
    int k = utf8_seq(p);
    if (k == 0) { memcpy(o, "\xEF\xBF\xBD", 3); o += 3; p++; continue; }
    if (k == 1) {
      if (*p == '\t') *o++ = ' ';
      else if (*p == '\n' || (*p >= 0x20 && *p != 0x7F)) *o++ = (char)*p;
      p++;
      continue;
    }
    if (k == 2 && p[0] == 0xC2 && p[1] < 0xA0) { p += 2; continue; }  /* C1 controls */
    memcpy(o, p, (size_t)k);
    o += k;
    p += k;
  }
  *o = '\0';
  return out;
}

char *md_shorten(const char *s, int max) {
  char *c = md_clean(s);
  if (!c) { failures++; return NULL; }
  int cps = 0;
  for (char *p = c; *p; p++) {
    if (*p == '\n') *p = ' ';
    if ((*p & 0xC0) != 0x80 && ++cps > max) {
      /* cut at the last space before, when there is one not too far back */
      char *cut = p;
      for (char *q = p; q > c && p - q < 24; q--) if (*q == ' ') { cut = q; break; }
      while (cut > c && cut[-1] == ' ') cut--;
      strcpy(cut, "\xE2\x80\xA6");  /* … fits: the cut dropped at least one byte */
      break;
    }
  }
  return c;
}

static cmark_node *add(cmark_node *parent, cmark_node_type t) {
  cmark_node *n = cmark_node_new(t);
  if (n && !cmark_node_append_child(parent, n)) { cmark_node_free(n); return NULL; }
  return n;
}

cmark_node *md_heading(cmark_node *parent, int level) {
  cmark_node *h = add(parent, CMARK_NODE_HEADING);
  if (h) cmark_node_set_heading_level(h, level);
  return h;
}

cmark_node *md_para(cmark_node *parent) { return add(parent, CMARK_NODE_PARAGRAPH); }

cmark_node *md_list(cmark_node *parent, int ordered) {
  cmark_node *l = add(parent, CMARK_NODE_LIST);
  if (!l) return NULL;
  cmark_node_set_list_type(l, ordered ? CMARK_ORDERED_LIST : CMARK_BULLET_LIST);
  if (ordered) cmark_node_set_list_delim(l, CMARK_PERIOD_DELIM), cmark_node_set_list_start(l, 1);
  cmark_node_set_list_tight(l, 1);
  return l;
}

cmark_node *md_item(cmark_node *list) { return add(list, CMARK_NODE_ITEM); }
cmark_node *md_item_para(cmark_node *list) { return md_para(md_item(list)); }
cmark_node *md_quote(cmark_node *parent) { return add(parent, CMARK_NODE_BLOCK_QUOTE); }


/* A text node of s[0..n); s is ours to cut for a moment. */
static void text_node(cmark_node *p, char *s, size_t n) {
  cmark_node *t = cmark_node_new(CMARK_NODE_TEXT);
  if (!t) return;
  char keep = s[n];
  s[n] = '\0';
  cmark_node_set_literal(t, s);
  s[n] = keep;
  if (!cmark_node_append_child(p, t)) cmark_node_free(t);
}

void md_text(cmark_node *p, const char *s) {
  if (!p) return;
  char *c = md_clean(s);
  if (!c) { failures++; return; }
  int heading = cmark_node_get_type(p) == CMARK_NODE_HEADING;
  char *line = c;
  for (;;) {
    char *nl = strchr(line, '\n');
    size_t n = nl ? (size_t)(nl - line) : strlen(line);
    if (heading && nl) *nl = ' ', nl = NULL, n = strlen(line);
    /* leading spaces on a new line carry no meaning in a paragraph */
    if (line != c) while (n && *line == ' ') line++, n--;
    if (n) text_node(p, line, n);
    if (!nl) break;
    add(p, CMARK_NODE_SOFTBREAK);
    line = nl + 1;
  }
  free(c);
}

void md_textf(cmark_node *p, const char *fmt, ...) {
  char small[512];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(small, sizeof small, fmt, ap);
  va_end(ap);
  if (n < 0) return;
  if ((size_t)n < sizeof small) { md_text(p, small); return; }
  char *big = malloc((size_t)n + 1);   /* long scenario texts are never cut */
  if (!big) { failures++; return; }
  va_start(ap, fmt);
  vsnprintf(big, (size_t)n + 1, fmt, ap);
  va_end(ap);
  md_text(p, big);
  free(big);
}

void md_strong(cmark_node *p, const char *s) { if (p) md_text(add(p, CMARK_NODE_STRONG), s); }
void md_emph(cmark_node *p, const char *s) { if (p) md_text(add(p, CMARK_NODE_EMPH), s); }
void md_linebreak(cmark_node *p) { if (p) add(p, CMARK_NODE_LINEBREAK); }

void md_marker(cmark_node *parent, const char *comment) {
  if (!comment) { failures++; return; }   /* its text could not be made */
  cmark_node *h = add(parent, CMARK_NODE_HTML_BLOCK);
  if (h) cmark_node_set_literal(h, comment);
}

/* Makes a parsed scenario text harmless: raw HTML becomes visible text,
 * images their description, headings fall below the report's own. */
static void defuse(cmark_node *root) {
  cmark_iter *it = cmark_iter_new(root);
  cmark_event_type ev;
  cmark_node *pending = NULL;   /* nodes are replaced after the iterator has left them */
  while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
    if (pending) { cmark_node_free(pending); pending = NULL; }
    cmark_node *n = cmark_iter_get_node(it);
    cmark_node_type t = cmark_node_get_type(n);
    if (ev == CMARK_EVENT_ENTER && t == CMARK_NODE_HEADING && cmark_node_get_heading_level(n) < 4)
      cmark_node_set_heading_level(n, 4);
    if (ev == CMARK_EVENT_EXIT && t == CMARK_NODE_IMAGE) {
      cmark_node *e = cmark_node_new(CMARK_NODE_EMPH);
      cmark_node *c;
      while ((c = cmark_node_first_child(n))) cmark_node_append_child(e, c);
      cmark_node_insert_before(n, e);
      cmark_node_unlink(n);
      pending = n;
      cmark_iter_reset(it, e, CMARK_EVENT_EXIT);
    } else if (ev == CMARK_EVENT_ENTER && (t == CMARK_NODE_HTML_INLINE || t == CMARK_NODE_HTML_BLOCK)) {
      int block = t == CMARK_NODE_HTML_BLOCK;
      cmark_node *txt = cmark_node_new(CMARK_NODE_TEXT);
      char *lit = md_clean(cmark_node_get_literal(n));
      if (lit) {
        size_t l = strlen(lit);
        while (l && lit[l - 1] == '\n') lit[--l] = '\0';
        for (char *q = lit; *q; q++) if (*q == '\n') *q = ' ';
        cmark_node_set_literal(txt, lit);
      }
      free(lit);
      cmark_node *repl = txt;
      if (block) { repl = cmark_node_new(CMARK_NODE_PARAGRAPH); cmark_node_append_child(repl, txt); }
      cmark_node_insert_before(n, repl);
      cmark_node_unlink(n);
      pending = n;
      cmark_iter_reset(it, repl, CMARK_EVENT_EXIT);
    }
  }
  if (pending) cmark_node_free(pending);
  cmark_iter_free(it);
}

void md_markdown(cmark_node *parent, const char *markdown) {
  if (!parent || !markdown) return;
  char *c = md_clean(markdown);
  if (!c) { failures++; return; }
  cmark_node *doc = cmark_parse_document(c, strlen(c), CMARK_OPT_DEFAULT);
  free(c);
  if (!doc) return;
  defuse(doc);
  cmark_node *b;
  while ((b = cmark_node_first_child(doc))) cmark_node_append_child(parent, b);
  cmark_node_free(doc);
}

char *md_render(cmark_node *doc) { return cmark_render_commonmark(doc, CMARK_OPT_DEFAULT, 0); }

/* md_plain.c: Markdown to wrapped plain text (see md_plain.h), by walking
 * cmark's tree rather than by removing characters, so that an asterisk a
 * writer meant as an asterisk stays. */
#include "md_plain.h"

#include <cmark.h>
#include <stdlib.h>
#include <string.h>

#include "textbuf.h"

typedef struct {
  nst_buf out;
  int width;
  int blocks;   /* blocks written so far: a blank line goes before the next */
} plain;

static int cols(const char *s, size_t n) {
  int c = 0;
  for (size_t i = 0; i < n; i++) c += ((unsigned char)s[i] & 0xC0) != 0x80;
  return c;
}

/* The inline text of a paragraph or heading: soft breaks as spaces, hard
 * breaks as '\n'. */
static void inlines(nst_buf *b, cmark_node *n) {
  for (cmark_node *c = cmark_node_first_child(n); c; c = cmark_node_next(c)) {
    switch (cmark_node_get_type(c)) {
    case CMARK_NODE_TEXT: case CMARK_NODE_CODE: case CMARK_NODE_HTML_INLINE:
      nst_buf_puts(b, cmark_node_get_literal(c));
      break;
    case CMARK_NODE_SOFTBREAK: nst_buf_puts(b, " "); break;
    case CMARK_NODE_LINEBREAK: nst_buf_puts(b, "\n"); break;
    case CMARK_NODE_LINK: case CMARK_NODE_IMAGE: {
      size_t start = b->len;
      inlines(b, c);
      const char *url = cmark_node_get_url(c);
      if (!url || !*url) break;
      size_t ul = strlen(url), tl = b->len - start;
      /* <https://...> is its own text; mailto: autolinks show the address */
      int same = !b->oom && ((tl == ul && !memcmp(b->p + start, url, ul)) ||
                             (ul > 7 && !strncmp(url, "mailto:", 7) && tl == ul - 7 && !memcmp(b->p + start, url + 7, tl)));
      if (!same) nst_buf_printf(b, "%s(%s)", tl ? " " : "", url);
      break;
    }
    default: inlines(b, c); break;   /* emphasis, strong: their text only */
    }
  }
}

/* Writes text word-wrapped: the first line after first, the others after
 * rest (both prefixes count towards the width). */
static void wrap(plain *p, const char *text, const char *first, const char *rest) {
  const char *s = text;
  int lead = 1;   /* at the start of a line */
  int col = 0;
  for (;;) {
    while (*s == ' ') s++;
    if (!*s) break;
    if (*s == '\n') { s++; if (!lead) { nst_buf_puts(&p->out, "\n"); lead = 1; } continue; }
    size_t wl = strcspn(s, " \n");
    int wc = cols(s, wl);
    if (!lead && col + 1 + wc > p->width) { nst_buf_puts(&p->out, "\n"); lead = 1; }
    if (lead) {
      const char *pre = first ? first : rest;
      first = NULL;
      nst_buf_puts(&p->out, pre);
      col = cols(pre, strlen(pre));
      lead = 0;
    } else {
      nst_buf_puts(&p->out, " ");
      col++;
    }
    nst_buf_add(&p->out, s, wl);
    col += wc;
    s += wl;
  }
  if (first) nst_buf_puts(&p->out, first);   /* an empty block still shows its marker */
}

static void block_gap(plain *p, const char *rest) {
  if (p->blocks++ == 0) return;
  nst_buf_puts(&p->out, "\n");
  /* the blank line between two paragraphs of a quote is still the quote's */
  size_t rl = strlen(rest);
  while (rl > 0 && rest[rl - 1] == ' ') rl--;
  nst_buf_add(&p->out, rest, rl);
  nst_buf_puts(&p->out, "\n");
}

static void blocks(plain *p, cmark_node *parent, const char *first, const char *rest);

static void block(plain *p, cmark_node *n, const char *first, const char *rest, int tight_item) {
  char f[256], r[256];
  switch (cmark_node_get_type(n)) {
  case CMARK_NODE_PARAGRAPH: case CMARK_NODE_HEADING: {
    if (!tight_item) block_gap(p, rest);
    else if (p->blocks++ > 0) nst_buf_puts(&p->out, "\n");
    nst_buf b = { 0 };
    inlines(&b, n);
    char *t = nst_buf_take(&b);
    if (t) wrap(p, t, first, rest);
    else p->out.oom = 1;
    free(t);
    break;
  }
  case CMARK_NODE_BLOCK_QUOTE:
    /* the blank line before a quote is outside it; its first block then
     * needs no gap of its own */
    block_gap(p, rest);
    p->blocks = 0;
    snprintf(f, sizeof f, "%s> ", first);
    snprintf(r, sizeof r, "%s> ", rest);
    blocks(p, n, f, r);
    if (p->blocks == 0) p->blocks = 1;
    break;
  case CMARK_NODE_LIST: {
    int ordered = cmark_node_get_list_type(n) == CMARK_ORDERED_LIST, k = cmark_node_get_list_start(n);
    int tight = cmark_node_get_list_tight(n), item = 0;
    for (cmark_node *c = cmark_node_first_child(n); c; c = cmark_node_next(c), k++, item++) {
      char mark[16];
      if (ordered) snprintf(mark, sizeof mark, "%d. ", k); else snprintf(mark, sizeof mark, "- ");
      snprintf(f, sizeof f, "%s%s", item == 0 ? first : rest, mark);
      snprintf(r, sizeof r, "%s%*s", rest, (int)strlen(mark), "");
      int in = 0;
      for (cmark_node *b = cmark_node_first_child(c); b; b = cmark_node_next(b), in++)
        block(p, b, in == 0 ? f : r, r, tight && (item > 0 || in > 0));
      if (!cmark_node_first_child(c)) { block_gap(p, rest); nst_buf_puts(&p->out, f); }
    }
    break;
  }
  case CMARK_NODE_CODE_BLOCK: case CMARK_NODE_HTML_BLOCK: {
    block_gap(p, rest);
    const char *s = cmark_node_get_literal(n);
    for (int line = 0; s && *s; line++) {
      size_t l = strcspn(s, "\n");
      if (line) nst_buf_puts(&p->out, "\n");
      nst_buf_puts(&p->out, line ? rest : first);
      nst_buf_add(&p->out, s, l);
      s += l + (s[l] == '\n');
    }
    break;
  }
  case CMARK_NODE_THEMATIC_BREAK:
    block_gap(p, rest);
    nst_buf_puts(&p->out, first);
    nst_buf_puts(&p->out, "---");
    break;
  default:
    blocks(p, n, first, rest);
    break;
  }
}

static void blocks(plain *p, cmark_node *parent, const char *first, const char *rest) {
  int i = 0;
  for (cmark_node *c = cmark_node_first_child(parent); c; c = cmark_node_next(c), i++)
    block(p, c, i == 0 ? first : rest, rest, 0);
}

char *md_plain(const char *markdown, int width) {
  cmark_node *doc = cmark_parse_document(markdown, strlen(markdown), CMARK_OPT_DEFAULT);
  if (!doc) return NULL;
  plain p = { .width = width > 20 ? width : 20 };
  blocks(&p, doc, "", "");
  cmark_node_free(doc);
  char *text = nst_buf_take(&p.out);
  if (!text && !p.out.oom) text = calloc(1, 1);
  return text;
}

/* md.c: Markdown through cmark's node tree into blocks, and their layout. */
#include "md.h"

#include <cmark.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static md_block *push_block(md_doc *d, md_kind kind) {
  if (d->count == d->cap) {
    int cap = d->cap ? d->cap * 2 : 16;
    md_block *nb = realloc(d->blocks, sizeof *nb * (size_t)cap);
    if (!nb) return NULL;
    d->blocks = nb;
    d->cap = cap;
  }
  md_block *b = &d->blocks[d->count++];
  memset(b, 0, sizeof *b);
  b->kind = kind;
  return b;
}

static int push_run(md_block *b, const char *s, size_t len, int style) {
  if (len == 0) return 0;
  /* same style as the run before: extend it */
  if (b->nruns && b->runs[b->nruns - 1].style == style) {
    wt_run *r = &b->runs[b->nruns - 1];
    char *t = realloc((char *)r->text, r->len + len + 1);
    if (!t) return -1;
    memcpy(t + r->len, s, len);
    r->len += len;
    t[r->len] = '\0';
    r->text = t;
    return 0;
  }
  wt_run *nr = realloc(b->runs, sizeof *nr * (size_t)(b->nruns + 1));
  if (!nr) return -1;
  b->runs = nr;
  char *t = malloc(len + 1);
  if (!t) return -1;
  memcpy(t, s, len);
  t[len] = '\0';
  b->runs[b->nruns++] = (wt_run){ t, len, (uint8_t)style };
  return 0;
}

static int push_lit(md_block *b, cmark_node *n, int style) {
  const char *s = cmark_node_get_literal(n);
  return s ? push_run(b, s, strlen(s), style) : 0;
}

/* Inline content of n into b; emphasis and strong pick the style. */
static int inlines(md_block *b, cmark_node *n, int bold, int italic) {
  for (cmark_node *c = cmark_node_first_child(n); c; c = cmark_node_next(c)) {
    int style = bold ? WT_BOLD : italic ? WT_ITALIC : WT_REGULAR, rc = 0;
    switch (cmark_node_get_type(c)) {
    case CMARK_NODE_TEXT: case CMARK_NODE_CODE: case CMARK_NODE_HTML_INLINE: rc = push_lit(b, c, style); break;
    case CMARK_NODE_SOFTBREAK: rc = push_run(b, " ", 1, style); break;
    case CMARK_NODE_LINEBREAK: rc = push_run(b, "\n", 1, style); break;
    case CMARK_NODE_EMPH: rc = inlines(b, c, bold, 1); break;
    case CMARK_NODE_STRONG: rc = inlines(b, c, 1, italic); break;
    default: rc = inlines(b, c, bold, italic); break;   /* links and images: their text */
    }
    if (rc != 0) return -1;
  }
  return 0;
}

/* A chart marker of the debrief: an HTML block "<!-- naast:KIND ... -->".
 * Returns the text after "naast:" (caller frees), or NULL. */
static char *chart_marker(const char *lit) {
  const char *p = lit;
  while (*p == ' ') p++;
  if (strncmp(p, "<!-- naast:", 11) != 0) return NULL;
  p += 11;
  const char *e = strstr(p, "-->");
  if (!e) return NULL;
  while (e > p && (e[-1] == ' ' || e[-1] == '\n')) e--;
  size_t n = (size_t)(e - p);
  char *m = malloc(n + 1);
  if (m) { memcpy(m, p, n); m[n] = '\0'; }
  return m;
}

typedef struct { int quote, depth, item_first, ordinal; const char *bullet; } ctx;

static int blocks(md_doc *d, cmark_node *n, ctx cx) {
  for (cmark_node *c = cmark_node_first_child(n); c; c = cmark_node_next(c)) {
    md_block *b = NULL;
    switch (cmark_node_get_type(c)) {
    case CMARK_NODE_PARAGRAPH:
      if (!(b = push_block(d, cx.depth ? MD_ITEM : MD_PARA))) return -1;
      b->quote = cx.quote;
      b->level = cx.depth;
      if (cx.depth && cx.item_first) {
        b->first = 1;
        if (cx.bullet) snprintf(b->bullet, sizeof b->bullet, "%s", cx.bullet);
        else snprintf(b->bullet, sizeof b->bullet, "%d.", cx.ordinal);
        cx.item_first = 0;
      }
      if (inlines(b, c, 0, 0) != 0) return -1;
      break;
    case CMARK_NODE_HEADING:
      if (!(b = push_block(d, MD_HEADING))) return -1;
      b->level = cmark_node_get_heading_level(c);
      b->quote = cx.quote;
      if (inlines(b, c, 1, 0) != 0) return -1;
      break;
    case CMARK_NODE_CODE_BLOCK:
      if (!(b = push_block(d, MD_CODE))) return -1;
      b->quote = cx.quote;
      b->level = cx.depth;
      if (push_lit(b, c, WT_REGULAR) != 0) return -1;
      if (b->nruns && b->runs[0].len && b->runs[0].text[b->runs[0].len - 1] == '\n') b->runs[0].len--;
      break;
    case CMARK_NODE_HTML_BLOCK: {
      const char *lit = cmark_node_get_literal(c);
      char *m = lit ? chart_marker(lit) : NULL;
      if (m && !strncmp(m, "page", 4)) {
        free(m);            /* a page break for print: nothing on screen */
      } else if (m) {
        if (!(b = push_block(d, MD_CHART))) { free(m); return -1; }
        b->chart = m;
        /* the list or paragraph after a chart stands in for it in plain
         * Markdown viewers; the window draws the chart instead */
        cmark_node *next = cmark_node_next(c);
        if (next && (cmark_node_get_type(next) == CMARK_NODE_LIST || cmark_node_get_type(next) == CMARK_NODE_PARAGRAPH))
          c = next;
      } else if (lit) {     /* raw HTML is shown as text, never interpreted */
        if (!(b = push_block(d, MD_PARA))) return -1;
        b->quote = cx.quote;
        if (push_lit(b, c, WT_REGULAR) != 0) return -1;
      }
      break;
    }
    case CMARK_NODE_THEMATIC_BREAK:
      if (!(b = push_block(d, MD_RULE))) return -1;
      break;
    case CMARK_NODE_BLOCK_QUOTE: {
      ctx q = cx;
      q.quote++;
      if (blocks(d, c, q) != 0) return -1;
      break;
    }
    case CMARK_NODE_LIST: {
      int ordinal = cmark_node_get_list_start(c);
      for (cmark_node *it = cmark_node_first_child(c); it; it = cmark_node_next(it)) {
        ctx l = { cx.quote, cx.depth + 1, 1, ordinal++,
                  cmark_node_get_list_type(c) == CMARK_BULLET_LIST ? (cx.depth % 2 ? "◦" : "•") : NULL };
        if (blocks(d, it, l) != 0) return -1;
      }
      break;
    }
    default:
      if (blocks(d, c, cx) != 0) return -1;
      break;
    }
  }
  return 0;
}

md_doc *md_parse(const char *markdown, size_t len) {
  md_doc *d = calloc(1, sizeof *d);
  if (!d) return NULL;
  cmark_node *root = cmark_parse_document(markdown ? markdown : "", markdown ? len : 0, CMARK_OPT_DEFAULT);
  if (!root || blocks(d, root, (ctx){ 0 }) != 0) { md_free(d); d = NULL; }
  cmark_node_free(root);
  return d;
}

void md_free(md_doc *d) {
  if (!d) return;
  for (int i = 0; i < d->count; i++) {
    for (int r = 0; r < d->blocks[i].nruns; r++) free((char *)d->blocks[i].runs[r].text);
    free(d->blocks[i].runs);
    free(d->blocks[i].chart);
  }
  free(d->blocks);
  free(d);
}

static wt_size heading_size(int level) { return level <= 1 ? WT_H1 : level == 2 ? WT_H2 : WT_H3; }

int md_draw(ui *u, const md_doc *d, int x, int y, int w, int draw, md_chart_fn chart, void *cx) {
  int y0 = y, gap = u->u;
  for (int i = 0; i < d->count; i++) {
    const md_block *b = &d->blocks[i];
    int indent = b->quote * u->u * 3, bx = x + indent, bw = w - indent;
    if (i > 0) y += b->kind == MD_HEADING ? gap * 2 : (b->kind == MD_ITEM && !b->first) ? gap / 2 : gap;
    if (b->kind == MD_ITEM && i > 0 && b->first && d->blocks[i - 1].kind == MD_ITEM) y -= gap / 2;
    int h = 0;
    SDL_Color col = b->quote ? u->th.muted : u->th.text;
    switch (b->kind) {
    case MD_HEADING:
      h = ui_runs(u, heading_size(b->level), b->runs, b->nruns, bx, y, bw, u->th.text, draw);
      break;
    case MD_PARA:
      h = ui_runs(u, WT_BODY, b->runs, b->nruns, bx, y, bw, col, draw);
      break;
    case MD_ITEM: {
      int step = u->u * 3, ix = bx + b->level * step;
      if (b->first && draw) {
        wt_run r = { b->bullet, strlen(b->bullet), WT_REGULAR };
        ui_runs(u, WT_BODY, &r, 1, ix - step + u->u / 2, y, step, col, 1);
      }
      h = ui_runs(u, WT_BODY, b->runs, b->nruns, ix, y, bw - b->level * step, col, draw);
      break;
    }
    case MD_CODE:
      h = ui_runs(u, WT_SMALL, b->runs, b->nruns, bx + u->u, y + u->u / 2, bw - u->u * 2, col, 0) + u->u;
      if (draw) {
        ui_fill(u, (SDL_Rect){ bx, y, bw, h }, u->th.raised);
        ui_runs(u, WT_SMALL, b->runs, b->nruns, bx + u->u, y + u->u / 2, bw - u->u * 2, col, 1);
      }
      break;
    case MD_RULE:
      h = u->u;
      if (draw) ui_fill(u, (SDL_Rect){ bx, y + h / 2, bw, 1 }, u->th.line);
      break;
    case MD_CHART:
      h = chart ? chart(u, b->chart, bx, y, bw, draw, cx) : 0;
      break;
    }
    /* the bar of a block quote, beside everything the quote holds */
    if (b->quote && draw) ui_fill(u, (SDL_Rect){ bx - u->u * 2, y, u->u / 2 > 2 ? u->u / 2 : 2, h }, u->th.line);
    y += h;
  }
  return y - y0;
}

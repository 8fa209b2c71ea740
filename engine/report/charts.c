/* charts.c: chart markers and their inline SVG. */
#include "charts.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mdtree.h"

enum {
  WIDTH = 640,
  BAR_TRACK = 540, BAR_ROW = 44,                 /* bars: track length, row height */
  PLOT_X0 = 36, PLOT_X1 = 624, PLOT_Y0 = 14, PLOT_Y1 = 190
};

static void encode_label(nst_buf *b, const char *s) {
  static const char hex[] = "0123456789ABCDEF";
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9')) {
      nst_buf_add(b, (const char *)p, 1);
    } else {
      char e[3] = { '%', hex[*p >> 4], hex[*p & 15] };
      nst_buf_add(b, e, 3);
    }
  }
  if (!*s) nst_buf_puts(b, "%20");  /* an empty label still takes its place in the row */
}

void chart_bars_begin(nst_buf *b) { nst_buf_puts(b, "<!-- naast:bars\n"); }

void chart_bars_row(nst_buf *b, const char *label, int score, int self) {
  encode_label(b, label);
  if (score >= 0) nst_buf_printf(b, " %d", score);
  else nst_buf_puts(b, " -");
  if (self >= 0) nst_buf_printf(b, " %d\n", self);
  else nst_buf_puts(b, " -\n");
}

void chart_lines_begin(nst_buf *b) { nst_buf_puts(b, "<!-- naast:lines\n"); }

void chart_lines_row(nst_buf *b, const char *label, int min, int max, const int *v, int n) {
  encode_label(b, label);
  nst_buf_printf(b, " %d %d", min, max);
  for (int i = 0; i < n; i++) nst_buf_printf(b, " %d", v[i]);
  nst_buf_puts(b, "\n");
}

void chart_end(nst_buf *b) { nst_buf_puts(b, "-->\n"); }

/* ---- reading a marker back ---- */

typedef struct {
  char label[256];
  int a, b;                    /* bars: score, self (-1 none); lines: min, max */
  int n;
  int v[CHART_MAX_POINTS];
} row;

static int hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

/* Decodes the label at *p up to a space, as valid UTF-8 (a marker may come
 * from anyone's Markdown, not only from our encoder). */
static void read_label(const char **p, const char *end, char *out, size_t n) {
  size_t k = 0;
  const char *s = *p;
  while (s < end && *s != ' ') {
    int c = (unsigned char)*s;
    if (c == '%' && s + 2 < end && hexval(s[1]) >= 0 && hexval(s[2]) >= 0) {
      c = hexval(s[1]) * 16 + hexval(s[2]);
      s += 3;
    } else {
      s++;
    }
    if (k + 1 < n && c >= 0x20 && c != 0x7F) out[k++] = (char)c;
  }
  out[k] = '\0';
  *p = s;
  char *clean = md_clean(out);
  if (clean) {
    char *cut = clean + strlen(clean);
    while ((size_t)(cut - clean) >= n) {   /* back to a whole character that fits */
      cut--;
      while (cut > clean && (*cut & 0xC0) == 0x80) cut--;
    }
    *cut = '\0';
    memcpy(out, clean, (size_t)(cut - clean) + 1);
    free(clean);
  }
}

/* The next integer or "-" (as -1 when dash_ok); 0 when there is none. */
static int read_int(const char **p, const char *end, int *v, int dash_ok) {
  const char *s = *p;
  while (s < end && *s == ' ') s++;
  if (s >= end) return 0;
  if (dash_ok && *s == '-' && (s + 1 >= end || s[1] == ' ')) { *v = -1; *p = s + 1; return 1; }
  char *e;
  long x = strtol(s, &e, 10);
  if (e == s || e > end) return 0;
  if (x > 100000) x = 100000;
  if (x < -100000) x = -100000;
  *v = (int)x;
  *p = e;
  return 1;
}

/* Parses the rows after the marker's first line; returns how many. */
static int read_rows(const char *body, int bars, row *rows) {
  int n = 0;
  const char *p = body;
  while (*p && n < CHART_MAX_ROWS) {
    const char *end = strchr(p, '\n');
    if (!end) end = p + strlen(p);
    if (end - p >= 3 && !strncmp(p, "-->", 3)) break;
    row *r = &rows[n];
    const char *s = p;
    read_label(&s, end, r->label, sizeof r->label);
    r->n = 0;
    int ok = read_int(&s, end, &r->a, bars) && read_int(&s, end, &r->b, bars);
    if (!bars) {
      while (ok && r->n < CHART_MAX_POINTS && read_int(&s, end, &r->v[r->n], 0)) r->n++;
      ok = r->n > 0 && r->b > r->a;
    } else {
      if (r->a > 100) r->a = 100;
      if (r->b > 100) r->b = 100;
    }
    if (ok) n++;
    p = *end ? end + 1 : end;
  }
  return n;
}

/* ---- drawing ---- */

static void svg_open(nst_buf *o, int h, const char *title) {
  nst_buf_printf(o, "<figure class=\"chart\"><svg viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"", WIDTH, h);
  nst_buf_html(o, title);
  nst_buf_puts(o, "\"><title>");
  nst_buf_html(o, title);
  nst_buf_puts(o, "</title>\n");
}

static void svg_close(nst_buf *o) { nst_buf_puts(o, "</svg></figure>\n"); }

static void text_at(nst_buf *o, int x, int y, const char *cls, const char *anchor, const char *s) {
  nst_buf_printf(o, "<text x=\"%d\" y=\"%d\" class=\"%s\" text-anchor=\"%s\">", x, y, cls, anchor);
  nst_buf_html(o, s);
  nst_buf_puts(o, "</text>\n");
}

static void draw_bars(nst_buf *o, const row *rows, int n, const nst_words *w) {
  int h = 8 + n * BAR_ROW + 26;
  svg_open(o, h, w->chart_scores);
  for (int r = 0; r < n; r++) {
    int y = 8 + r * BAR_ROW;
    text_at(o, 0, y + 13, "label", "start", rows[r].label);
    nst_buf_printf(o, "<rect x=\"0\" y=\"%d\" width=\"%d\" height=\"14\" rx=\"3\" class=\"track\"/>\n", y + 19, BAR_TRACK);
    char pct[16] = "\xE2\x80\x93";  /* – : not touched */
    if (rows[r].a >= 0) {
      nst_buf_printf(o, "<rect x=\"0\" y=\"%d\" width=\"%d\" height=\"14\" rx=\"3\" class=\"bar\"/>\n", y + 19,
                 rows[r].a * BAR_TRACK / 100);
      snprintf(pct, sizeof pct, "%d%%", rows[r].a);
    }
    text_at(o, WIDTH, y + 31, "value", "end", pct);
    if (rows[r].b >= 0) {
      int x = rows[r].b * BAR_TRACK / 100;
      nst_buf_printf(o, "<path d=\"M%d %d l-6 -7 h12 z\" class=\"self\"/><line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"self\"/>\n",
                 x, y + 19, x, y + 17, x, y + 35);
    }
  }
  int y = 8 + n * BAR_ROW + 6;
  nst_buf_printf(o, "<rect x=\"0\" y=\"%d\" width=\"18\" height=\"10\" rx=\"2\" class=\"bar\"/>\n", y);
  text_at(o, 24, y + 10, "legend", "start", w->legend_score);
  nst_buf_printf(o, "<path d=\"M220 %d l-6 -7 h12 z\" class=\"self\"/><line x1=\"220\" y1=\"%d\" x2=\"220\" y2=\"%d\" class=\"self\"/>\n",
             y + 8, y + 6, y + 14);
  text_at(o, 232, y + 10, "legend", "start", w->legend_self);
  svg_close(o);
}

static int plot_x(int i, int n) { return n < 2 ? (PLOT_X0 + PLOT_X1) / 2 : PLOT_X0 + i * (PLOT_X1 - PLOT_X0) / (n - 1); }

static int plot_y(int v, int min, int max) {
  if (v < min) v = min;
  if (v > max) v = max;
  return PLOT_Y1 - (v - min) * (PLOT_Y1 - PLOT_Y0) / (max - min);
}

static void draw_lines(nst_buf *o, const row *rows, int n, const nst_words *w) {
  int legend_rows = (n + 2) / 3, h = PLOT_Y1 + 30 + legend_rows * 22;
  int shared = 1, points = 0;
  for (int r = 0; r < n; r++) {
    shared &= rows[r].a == rows[0].a && rows[r].b == rows[0].b;
    if (rows[r].n > points) points = rows[r].n;
  }
  svg_open(o, h, w->chart_course);
  for (int k = 0; k <= 2; k++) {   /* grid at bottom, middle, top */
    int y = PLOT_Y1 - k * (PLOT_Y1 - PLOT_Y0) / 2;
    nst_buf_printf(o, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"grid\"/>\n", PLOT_X0, y, PLOT_X1, y);
    if (shared) {
      char t[16];
      snprintf(t, sizeof t, "%d", rows[0].a + k * (rows[0].b - rows[0].a) / 2);
      text_at(o, PLOT_X0 - 8, y + 4, "tick", "end", t);
    }
  }
  int every = points > 24 ? (points + 23) / 24 : 1;
  for (int i = 0; i < points; i += every) {
    char t[16];
    snprintf(t, sizeof t, "%d", i);
    text_at(o, plot_x(i, points), PLOT_Y1 + 16, "tick", "middle", i == 0 ? w->start : t);
  }
  for (int r = 0; r < n; r++) {
    nst_buf_printf(o, "<polyline class=\"line s%d\" points=\"", r % 6);
    for (int i = 0; i < rows[r].n; i++)
      nst_buf_printf(o, "%s%d,%d", i ? " " : "", plot_x(i, points), plot_y(rows[r].v[i], rows[r].a, rows[r].b));
    nst_buf_puts(o, "\"/>\n");
    for (int i = 0; i < rows[r].n; i++)
      nst_buf_printf(o, "<circle class=\"dot s%d\" cx=\"%d\" cy=\"%d\" r=\"3\"/>\n", r % 6, plot_x(i, points),
                 plot_y(rows[r].v[i], rows[r].a, rows[r].b));
  }
  for (int r = 0; r < n; r++) {
    int x = (r % 3) * 210, y = PLOT_Y1 + 36 + (r / 3) * 22;
    nst_buf_printf(o, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"line s%d\"/>\n", x, y - 4, x + 22, y - 4, r % 6);
    char t[300];
    snprintf(t, sizeof t, "%s (%d\xE2\x80\x93%d)", rows[r].label, rows[r].a, rows[r].b);
    text_at(o, x + 28, y, "legend", "start", t);
  }
  svg_close(o);
}

int chart_svg(nst_buf *out, const char *marker, const nst_words *w) {
  static const char bars[] = "<!-- naast:bars\n", lines[] = "<!-- naast:lines\n";
  int is_bars = !strncmp(marker, bars, sizeof bars - 1);
  if (!is_bars && strncmp(marker, lines, sizeof lines - 1) != 0) return 0;
  row *rows = malloc(sizeof *rows * CHART_MAX_ROWS);
  if (!rows) { out->oom = 1; return 1; }   /* a chart it is, but it cannot be drawn */
  int n = read_rows(marker + (is_bars ? sizeof bars : sizeof lines) - 1, is_bars, rows);
  if (n > 0) {
    if (is_bars) draw_bars(out, rows, n, w);
    else draw_lines(out, rows, n, w);
  }
  free(rows);
  return 1;
}

/* scr_docs.c: the screens that are a document with one way on: the intro,
 * the ending and the debrief (with its charts drawn). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "web.h"

/* A document view: content scrolls above a fixed button. draw_content
 * returns the content height; it draws only when draw is set. */
typedef int (*content_fn)(app *a, int x, int y, int w, int draw);

/* Draws a document screen; returns the x right of its button. */
static int doc_screen(app *a, const char *title, const char *hint, content_fn content, const char *button, int id) {
  ui *u = &a->u;
  SDL_Rect c = app_frame(a, title, hint);
  int max = wt_fonts_px(u->fonts) * 52;
  if (c.w > max) { c.x += (c.w - max) / 2; c.w = max; }
  int bh = ui_button_h(u) + u->u * 2;
  SDL_Rect view = { c.x, c.y, c.w, c.h - bh };
  int w = view.w - u->u * 2;
  a->doc_scroll.ch = content(a, 0, 0, w, 0);
  a->doc_scroll.vh = view.h;
  ui_scroll_clamp(&a->doc_scroll);
  ui_clip_push(u, view);
  content(a, view.x, view.y - a->doc_scroll.y, w, 1);
  ui_clip_pop(u);
  ui_scrollbar(u, view, &a->doc_scroll);
  ui_fill(u, (SDL_Rect){ c.x, view.y + view.h, c.w, 1 }, u->th.line);
  return c.x + u->u / 2 + ui_button_fit(u, c.x + u->u / 2, view.y + view.h + u->u, button, 1, 1, id, 0);
}

static int para(app *a, wt_size size, const char *s, int x, int y, int w, SDL_Color col, int draw) {
  wt_run r = { s, strlen(s), size >= WT_H3 ? WT_BOLD : WT_REGULAR };
  return ui_runs(&a->u, size, &r, 1, x, y, w, col, draw);
}

/* ---- intro ---- */

static int intro_content(app *a, int x, int y, int w, int draw) {
  ui *u = &a->u;
  const nst_scenario *sc = a->sc;
  int y0 = y;
  char buf[2048];
  int k = snprintf(buf, sizeof buf, "%s %d", W(W_LESSONS), sc->main_lesson);
  for (int l = 1; l <= NST_LESSONS; l++)
    if (l != sc->main_lesson && (sc->lessons & (1u << l))) k += snprintf(buf + k, sizeof buf - (size_t)k, ", %d", l);
  k += snprintf(buf + k, sizeof buf - (size_t)k, " · ");
  snprintf(buf + k, sizeof buf - (size_t)k, W(W_MINUTES), sc->minutes);
  y += para(a, WT_SMALL, buf, x, y, w, u->th.muted, draw);
  if (sc->content_note_count) {
    size_t m = (size_t)snprintf(buf, sizeof buf, "%s: ", W(W_CONTENT_NOTES));
    for (int i = 0; i < sc->content_note_count && m < sizeof buf; i++)
      m += (size_t)snprintf(buf + m, sizeof buf - m, "%s%s", i ? ", " : "", sc->content_notes[i]);
    y += para(a, WT_SMALL, buf, x, y, w, u->th.muted, draw);
  }
  int group = a->s ? a->group : a->opt.group, assess = a->s ? a->assess : a->opt.assess;
  win_string mode = group ? W_GROUP_MODE : assess ? W_ASSESSMENT : W_TRAINING;
  y += para(a, WT_SMALL, W(mode), x, y, w, u->th.muted, draw) + u->u * 2;
  if (a->intro) y += md_draw(u, a->intro, x, y, w, draw, NULL, NULL);
  return y - y0 + u->u;
}

void intro_draw(app *a) {
  doc_screen(a, a->sc->title, W(W_INTRO_HINT), intro_content, W(a->s ? W_CONTINUE : W_START), A_START);
}

void intro_action(app *a, int id, int arg) {
  if (id != A_START) return;
  if (!a->s && play_begin(a, NULL, NULL) != 0) return;
  app_go(a, SCR_TALK);
}

void intro_key(app *a, SDL_Keycode k) {
  if (k == SDLK_RETURN || k == SDLK_KP_ENTER) intro_action(a, A_START, 0);
  else if (k == SDLK_ESCAPE) { play_close(a); app_go(a, SCR_PICKER); }
  else app_scroll_key(a, &a->doc_scroll, k);
}

/* ---- ending ---- */

static int ending_content(app *a, int x, int y, int w, int draw) {
  ui *u = &a->u;
  const nst_node *e = &a->sc->nodes[nst_session_node(a->s)];
  int y0 = y;
  if (e->ending_kind) y += para(a, WT_SMALL, e->ending_kind, x, y, w, u->th.muted, draw) + u->u;
  if (a->ending_doc) y += md_draw(u, a->ending_doc, x, y, w, draw, NULL, NULL);
  return y - y0 + u->u;
}

void ending_draw(app *a) {
  const nst_node *e = &a->sc->nodes[nst_session_node(a->s)];
  if (!a->ending_doc) a->ending_doc = md_parse(e->text ? e->text : "", e->text ? strlen(e->text) : 0);
  char title[512];
  snprintf(title, sizeof title, W(W_ENDING), e->title ? e->title : e->id);
  doc_screen(a, title, W(a->group ? W_GROUP_ENDING_HINT : W_ENDING_HINT), ending_content, W(W_TO_DEBRIEF), A_TO_DEBRIEF);
}

void ending_action(app *a, int id, int arg) {
  if (id == A_TO_DEBRIEF) app_go(a, SCR_DEBRIEF);
}

void ending_key(app *a, SDL_Keycode k) {
  if (k == SDLK_RETURN || k == SDLK_KP_ENTER) app_go(a, SCR_DEBRIEF);
  else if (k == SDLK_ESCAPE && !a->group) app_go(a, SCR_SELF);   /* a group has no self-assessment to go back to */
  else app_scroll_key(a, &a->doc_scroll, k);
}

/* ---- debrief, with the report's charts drawn ---- */

static void decode_label(const char *s, size_t len, char *out, size_t n) {
  size_t k = 0;
  for (size_t i = 0; i < len && k + 1 < n; i++) {
    if (s[i] == '%' && i + 2 < len) {
      char hex[3] = { s[i + 1], s[i + 2], 0 };
      out[k++] = (char)strtol(hex, NULL, 16);
      i += 2;
    } else out[k++] = s[i];
  }
  out[k] = '\0';
}

/* Splits the marker into rows after its first line; calls row() for each. */
static int rows(const char *m, int (*row)(app *, const char *, int, int, int, int), app *a, int x, int y, int w,
                int draw) {
  int h = 0;
  const char *p = strchr(m, '\n');
  while (p && *p) {
    p++;
    const char *e = strchr(p, '\n');
    size_t len = e ? (size_t)(e - p) : strlen(p);
    if (len) {
      char line[1024];
      snprintf(line, sizeof line, "%.*s", (int)len, p);
      h += row(a, line, x, y + h, w, draw);
    }
    p = e;
  }
  return h;
}

static int bar_row(app *a, const char *line, int x, int y, int w, int draw) {
  ui *u = &a->u;
  char label[256];
  const char *sp = strchr(line, ' ');
  if (!sp) return 0;
  decode_label(line, (size_t)(sp - line), label, sizeof label);
  char sscore[16] = "-", sself[16] = "-";
  sscanf(sp + 1, "%15s %15s", sscore, sself);
  int score = sscore[0] == '-' ? -1 : atoi(sscore), self = sself[0] == '-' ? -1 : atoi(sself);
  char value[64];
  if (score >= 0) snprintf(value, sizeof value, "%d%%", score);
  else snprintf(value, sizeof value, "%s", W(W_NOT_SCORED));
  int lh = para(a, WT_SMALL, label, x, y, w, u->th.text, draw);
  int vw = ui_text_w(u, WT_SMALL, "100%") + u->u * 2, nw = ui_text_w(u, WT_SMALL, value);
  int bw = w - vw, bh = u->u * 3 / 2;
  if (bw < u->u * 8) bw = u->u * 8;
  if (draw) {
    SDL_Rect track = { x, y + lh + u->u / 2, bw, bh };
    ui_fill(u, track, u->th.raised);
    if (score > 0) ui_fill(u, (SDL_Rect){ x, track.y, bw * (score > 100 ? 100 : score) / 100, bh }, u->th.accent);
    if (self >= 0) {   /* the trainee's own estimate: a mark across the bar */
      int sx = x + bw * (self > 100 ? 100 : self) / 100 - 2;
      ui_fill(u, (SDL_Rect){ sx < x ? x : sx, track.y - u->u / 2, 4, bh + u->u }, u->th.text);
    }
    if (nw <= w - bw - u->u) para(a, WT_SMALL, value, x + bw + u->u, track.y + (bh - ui_line_h(u, WT_SMALL)) / 2, 0, u->th.text, 1);
  }
  int h = lh + u->u / 2 + bh + u->u;
  if (nw > w - bw - u->u) {   /* "not scored" under a narrow bar */
    h += para(a, WT_SMALL, value, x, y + h, w, u->th.muted, draw);
  }
  return h;
}

static int line_row(app *a, const char *line, int x, int y, int w, int draw) {
  ui *u = &a->u;
  char label[256];
  const char *sp = strchr(line, ' ');
  if (!sp) return 0;
  decode_label(line, (size_t)(sp - line), label, sizeof label);
  int v[256], n = 0, off = 0, min = 0, max = 0;
  const char *p = sp + 1;
  if (sscanf(p, "%d %d%n", &min, &max, &off) < 2) return 0;
  p += off;
  while (n < 256 && sscanf(p, "%d%n", &v[n], &off) == 1) { n++; p += off; }
  int lh = para(a, WT_SMALL, label, x, y, w, u->th.text, draw);
  int ph = u->u * 6;
  if (draw && n > 0 && max > min) {
    SDL_Rect box = { x, y + lh + u->u / 2, w - u->u, ph };
    ui_fill(u, box, u->th.panel);
    ui_outline(u, box, 1, u->th.line);
    SDL_SetRenderDrawColor(u->r, u->th.accent.r, u->th.accent.g, u->th.accent.b, 255);
    for (int i = 0; i < n; i++) {
      int px = box.x + (n > 1 ? (box.w - 1) * i / (n - 1) : box.w / 2);
      int py = box.y + box.h - 1 - (box.h - 1) * (v[i] - min) / (max - min);
      if (i > 0) {
        int qx = box.x + (box.w - 1) * (i - 1) / (n - 1);
        int qy = box.y + box.h - 1 - (box.h - 1) * (v[i - 1] - min) / (max - min);
        for (int t = -1; t <= 1; t++) SDL_RenderDrawLine(u->r, qx, qy + t, px, py + t);
      }
      ui_fill(u, (SDL_Rect){ px - 2, py - 2, 5, 5 }, u->th.accent);
    }
  }
  return lh + u->u / 2 + ph + u->u;
}

static int chart(ui *u, const char *marker, int x, int y, int w, int draw, void *ctx) {
  app *a = ctx;
  if (!strncmp(marker, "bars", 4)) {
    int h = rows(marker, bar_row, a, x, y, w, draw);
    return h + para(a, WT_SMALL, W(W_CHART_LEGEND), x, y + h, w, u->th.muted, draw);
  }
  if (!strncmp(marker, "lines", 5)) return rows(marker, line_row, a, x, y, w, draw);
  return 0;
}

static int debrief_content(app *a, int x, int y, int w, int draw) {
  ui *u = &a->u;
  int y0 = y;
  if (a->report) y += md_draw(u, a->report, x, y, w, draw, chart, a) + u->u * 2;
  if (a->report_path[0]) {
    char buf[4200];
    snprintf(buf, sizeof buf, W(W_REPORT_AT), a->report_path);
    y += para(a, WT_SMALL, buf, x, y, w, u->th.muted, draw);
  }
  return y - y0 + u->u;
}

/* In the browser the record and the debrief are downloads: the same files
 * as on the desktop, from the browser's own storage. */
static int downloadable(const app *a) { return web_is_browser() && a->rec_path[0] && a->report_path[0]; }

static void download(app *a, int which) {
  char path[4200];
  const char *mime = "application/json";
  snprintf(path, sizeof path, "%s", a->rec_path);
  if (which > 0) {
    size_t n = strlen(a->report_path);
    snprintf(path, sizeof path, "%s", a->report_path);   /* the .md; the .html beside it */
    if (which == 2 && n > 3 && !strcmp(path + n - 3, ".md")) { snprintf(path + n - 3, sizeof path - n + 3, ".html"); }
    mime = which == 2 ? "text/html" : "text/markdown";
  }
  web_download(path, mime);
}

void debrief_draw(app *a) {
  char title[512];
  ui *u = &a->u;
  snprintf(title, sizeof title, "%s · %s", W(W_DEBRIEF), a->sc->title);
  int x = doc_screen(a, title, W(downloadable(a) ? W_DEBRIEF_HINT_WEB : W_DEBRIEF_HINT), debrief_content,
                     W(W_TO_LIBRARY), A_TO_LIBRARY);
  if (!downloadable(a)) return;
  static const win_string LABELS[] = { W_DOWNLOAD_JSON, W_DOWNLOAD_MD, W_DOWNLOAD_HTML };
  int y = u->h - ui_button_h(u) - u->u;   /* the row of the library button */
  for (int i = 0; i < a->u.nhits; i++)
    if (a->u.hits[i].id == A_TO_LIBRARY) y = a->u.hits[i].r.y;
  for (int i = 0; i < 3; i++) {
    int bw = ui_text_w(u, WT_BODY, W(LABELS[i])) + u->u * 4;
    x += u->u;
    if (x + bw > u->w) break;   /* a narrow window: the keys still work */
    x += ui_button_fit(u, x, y, W(LABELS[i]), 0, 0, A_DOWNLOAD, i);
  }
}

void debrief_action(app *a, int id, int arg) {
  if (id == A_DOWNLOAD) { download(a, arg); return; }
  if (id != A_TO_LIBRARY) return;
  play_close(a);
  a->notice[0] = '\0';
  app_go(a, SCR_PICKER);
}

void debrief_key(app *a, SDL_Keycode k) {
  if (k == SDLK_RETURN || k == SDLK_KP_ENTER || k == SDLK_ESCAPE) debrief_action(a, A_TO_LIBRARY, 0);
  else if (downloadable(a) && (k == SDLK_j || k == SDLK_m || k == SDLK_h)) download(a, k == SDLK_j ? 0 : k == SDLK_m ? 1 : 2);
  else app_scroll_key(a, &a->doc_scroll, k);
}

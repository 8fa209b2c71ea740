/* ui.c: theme, metrics and drawing helpers shared by the screens. */
#include "ui.h"

#include <stdio.h>
#include <string.h>

/* Body text at 100% follows the window's height (in window units): about
 * 42 lines of body text per window, from 14 px (an 800x600 window still
 * shows a 700-character line and six 220-character responses, the
 * validator's limits, without scrolling) to 22 px (a projector at 1080p). */
enum { BODY_MIN = 14, BODY_MAX = 22, LINES_PER_WINDOW = 42 };

static SDL_Color rgb(unsigned v) { return (SDL_Color){ (Uint8)(v >> 16), (Uint8)(v >> 8), (Uint8)v, 255 }; }

void ui_theme_set(ui *u, int high_contrast) {
  u->contrast = high_contrast;
  if (high_contrast) {
    u->th = (ui_theme){ rgb(0x000000), rgb(0x000000), rgb(0x1c1c1c), rgb(0xffffff), rgb(0xf0f0f0), rgb(0xffd400),
                        rgb(0x000000), rgb(0x00e5ff), rgb(0xffffff), rgb(0xffd400), rgb(0x0d2a33), rgb(0x4a0000),
                        rgb(0xffffff), rgb(0x000000),
                        { rgb(0x004d40), rgb(0x1a237e), rgb(0x4a148c), rgb(0x3e2723), rgb(0x263238), rgb(0x33691e) } };
  } else {
    /* calm: warm paper, dark ink, one quiet teal; the focus is a clear blue */
    u->th = (ui_theme){ rgb(0xf4f1ec), rgb(0xfdfcfa), rgb(0xe9e4dc), rgb(0x1f2328), rgb(0x55595f), rgb(0x2f6f73),
                        rgb(0xffffff), rgb(0x1f5fbf), rgb(0xcfc8bd), rgb(0x6f9a9c), rgb(0xe4efec), rgb(0xfbe6e2),
                        rgb(0x7a1d12), rgb(0xe9e6e1),
                        { rgb(0x8aa899), rgb(0x8ea3bf), rgb(0xc2a98a), rgb(0xa99bbd), rgb(0xc49a8e), rgb(0x86a9ab) } };
  }
}

void ui_metrics(ui *u) {
  int ww = 0, wh = 0;
  SDL_GetRendererOutputSize(u->r, &u->w, &u->h);
  if (u->win) SDL_GetWindowSize(u->win, &ww, &wh);
  if (ww <= 0 || wh <= 0) { ww = u->w; wh = u->h; }
  float hidpi = (float)u->w / (float)ww;
  float d = hidpi * (u->density > 0 ? u->density : 1.0f);
  float base = (float)wh / (u->density > 0 ? u->density : 1.0f) / LINES_PER_WINDOW;
  if (base < BODY_MIN) base = BODY_MIN;
  if (base > BODY_MAX) base = BODY_MAX;
  int px = (int)(base * d * (float)u->text_pct / 100.0f + 0.5f);
  wt_fonts_set_px(u->fonts, px);
  u->u = px / 2 > 2 ? px / 2 : 2;
  u->clip = (SDL_Rect){ 0, 0, u->w, u->h };
}

void ui_begin(ui *u) {
  u->nhits = u->nboxes = 0;
  u->has_focus = 0;
  u->clip = (SDL_Rect){ 0, 0, u->w, u->h };
  SDL_RenderSetClipRect(u->r, NULL);
  SDL_SetRenderDrawColor(u->r, u->th.bg.r, u->th.bg.g, u->th.bg.b, 255);
  SDL_RenderClear(u->r);
  wt_cache_frame(u->cache);
}

static void log_box(ui *u, SDL_Rect box, const wt_run *runs, int n) {
  if (u->nboxes >= UI_MAX_BOXES) return;
  ui_box *b = &u->boxes[u->nboxes++];
  b->box = box;
  b->clip = u->clip;
  size_t k = 0;
  for (int i = 0; i < n && k + 1 < sizeof b->text; i++) {
    size_t m = runs[i].len < sizeof b->text - 1 - k ? runs[i].len : sizeof b->text - 1 - k;
    memcpy(b->text + k, runs[i].text, m);
    k += m;
  }
  while (k > 0 && (b->text[k - 1] & 0xC0) == 0x80) k--;          /* no half characters */
  if (k > 0 && (b->text[k - 1] & 0xC0) == 0xC0) k--;
  b->text[k] = '\0';
  for (char *p = b->text; *p; p++) if (*p == '\n' || *p == '\t') *p = ' ';
}

int ui_runs(ui *u, wt_size size, const wt_run *runs, int n, int x, int y, int w, SDL_Color c, int draw) {
  const wt_text *t = wt_cache_get(u->cache, size, runs, n, w, c);
  if (!t) return 0;
  if (draw) {
    SDL_Rect dst = { x, y, t->w, t->h };
    /* skip what lies wholly outside the clip (long scrolled documents) */
    if (y < u->clip.y + u->clip.h && y + t->h > u->clip.y) {
      SDL_RenderCopy(u->r, t->tex, NULL, &dst);
      log_box(u, dst, runs, n);
    }
  }
  return t->h;
}

int ui_emphasis_runs(const char *s, wt_style base, wt_run *out, int max) {
  wt_style em = base == WT_ITALIC ? WT_REGULAR : WT_ITALIC;
  int n = 0;
  const char *p = s, *run = s;
  while (*p && n + 3 <= max) {
    const char *e = p[0] == '*' && p[1] && p[1] != ' ' && p[1] != '*' ? strchr(p + 1, '*') : NULL;
    if (!e || e[-1] == ' ') { p++; continue; }
    if (p > run) out[n++] = (wt_run){ run, (size_t)(p - run), (uint8_t)base };
    out[n++] = (wt_run){ p + 1, (size_t)(e - p - 1), (uint8_t)em };
    p = run = e + 1;
  }
  if (*run || n == 0) out[n++] = (wt_run){ run, strlen(run), (uint8_t)base };
  return n;
}

int ui_scenario_text(ui *u, wt_size size, const char *s, int x, int y, int w, SDL_Color c, int draw) {
  wt_run r[16];
  int n = ui_emphasis_runs(s, WT_REGULAR, r, 16);
  return ui_runs(u, size, r, n, x, y, w, c, draw);
}

int ui_text(ui *u, wt_size size, const char *s, int x, int y, int w, SDL_Color c) {
  wt_run r = { s, strlen(s), size >= WT_H3 ? WT_BOLD : WT_REGULAR };
  return ui_runs(u, size, &r, 1, x, y, w, c, 1);
}

int ui_text_h(ui *u, wt_size size, const char *s, int w) {
  wt_run r = { s, strlen(s), size >= WT_H3 ? WT_BOLD : WT_REGULAR };
  return ui_runs(u, size, &r, 1, 0, 0, w, u->th.text, 0);
}

int ui_text_w(ui *u, wt_size size, const char *s) {
  wt_run r = { s, strlen(s), size >= WT_H3 ? WT_BOLD : WT_REGULAR };
  const wt_text *t = wt_cache_get(u->cache, size, &r, 1, 0, u->th.text);
  return t ? t->w : 0;
}

int ui_line_h(ui *u, wt_size size) { return wt_line_height(u->fonts, size); }

void ui_fill(ui *u, SDL_Rect r, SDL_Color c) {
  SDL_SetRenderDrawBlendMode(u->r, c.a == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
  SDL_SetRenderDrawColor(u->r, c.r, c.g, c.b, c.a);
  SDL_RenderFillRect(u->r, &r);
}

void ui_rounded(ui *u, SDL_Rect r, int rad, SDL_Color c) {
  if (rad * 2 > r.h) rad = r.h / 2;
  if (rad * 2 > r.w) rad = r.w / 2;
  if (rad <= 1) { ui_fill(u, r, c); return; }
  ui_fill(u, (SDL_Rect){ r.x, r.y + rad, r.w, r.h - 2 * rad }, c);
  for (int i = 0; i < rad; i++) {   /* the corners, one row at a time */
    int dy = rad - i, inset = 0;
    while (inset < rad && (rad - inset) * (rad - inset) + dy * dy > rad * rad) inset++;
    ui_fill(u, (SDL_Rect){ r.x + inset, r.y + i, r.w - 2 * inset, 1 }, c);
    ui_fill(u, (SDL_Rect){ r.x + inset, r.y + r.h - 1 - i, r.w - 2 * inset, 1 }, c);
  }
}

void ui_outline(ui *u, SDL_Rect r, int t, SDL_Color c) {
  ui_fill(u, (SDL_Rect){ r.x, r.y, r.w, t }, c);
  ui_fill(u, (SDL_Rect){ r.x, r.y + r.h - t, r.w, t }, c);
  ui_fill(u, (SDL_Rect){ r.x, r.y, t, r.h }, c);
  ui_fill(u, (SDL_Rect){ r.x + r.w - t, r.y, t, r.h }, c);
}

static int ring_t(const ui *u) { return u->u / 3 > 3 ? u->u / 3 : 3; }
int ui_focus_room(const ui *u) { return ring_t(u) + ring_t(u) / 2 + 1; }

void ui_focus(ui *u, SDL_Rect r) {
  int t = ring_t(u), g = t / 2 + 1;   /* thick, with a gap from what it marks */
  SDL_Rect ring = { r.x - t - g, r.y - t - g, r.w + 2 * (t + g), r.h + 2 * (t + g) };
  ui_outline(u, ring, t, u->th.focus);
  /* what is visible of the ring, for the tests */
  SDL_Rect vis;
  if (SDL_IntersectRect(&ring, &u->clip, &vis)) { u->focus = vis; u->has_focus = 1; }
}

void ui_hit_add(ui *u, SDL_Rect r, int id, int arg) {
  SDL_Rect vis;
  if (u->nhits >= UI_MAX_HITS || !SDL_IntersectRect(&r, &u->clip, &vis)) return;
  u->hits[u->nhits++] = (ui_hit){ vis, id, arg };
}

int ui_hit_at(const ui *u, int x, int y, int *arg) {
  SDL_Point p = { x, y };
  for (int i = u->nhits - 1; i >= 0; i--)
    if (SDL_PointInRect(&p, &u->hits[i].r)) { if (arg) *arg = u->hits[i].arg; return u->hits[i].id; }
  return 0;
}

int ui_button_h(ui *u) { return ui_line_h(u, WT_BODY) + u->u * 2; }

int ui_button(ui *u, SDL_Rect r, const char *label, int primary, int focused, int id, int arg) {
  ui_rounded(u, r, u->u / 2, primary ? u->th.accent : u->th.raised);
  if (!primary) ui_outline(u, r, 1, u->th.line);
  int tw = ui_text_w(u, WT_BODY, label);
  int lh = ui_line_h(u, WT_BODY);
  if (tw <= r.w - u->u * 2) ui_text(u, WT_BODY, label, r.x + (r.w - tw) / 2, r.y + (r.h - lh) / 2, 0,
                                    primary ? u->th.on_accent : u->th.text);
  else ui_text(u, WT_BODY, label, r.x + u->u, r.y + u->u, r.w - u->u * 2, primary ? u->th.on_accent : u->th.text);
  if (focused) ui_focus(u, r);
  if (id) ui_hit_add(u, r, id, arg);
  return r.h;
}

int ui_button_fit(ui *u, int x, int y, const char *label, int primary, int focused, int id, int arg) {
  int w = ui_text_w(u, WT_BODY, label) + u->u * 4;
  if (w > u->w - x - u->u * 2) w = u->w - x - u->u * 2;
  int h = ui_button_h(u);
  if (w < ui_text_w(u, WT_BODY, label) + u->u * 2) h = ui_text_h(u, WT_BODY, label, w - u->u * 2) + u->u * 2;
  ui_button(u, (SDL_Rect){ x, y, w, h }, label, primary, focused, id, arg);
  return w;
}

static SDL_Rect stack[8];
static int depth;

void ui_clip_push(ui *u, SDL_Rect r) {
  if (depth < 8) stack[depth++] = u->clip;
  SDL_Rect in;
  if (!SDL_IntersectRect(&r, &u->clip, &in)) in = (SDL_Rect){ r.x, r.y, 0, 0 };
  u->clip = in;
  SDL_RenderSetClipRect(u->r, &u->clip);
}

void ui_clip_pop(ui *u) {
  u->clip = depth > 0 ? stack[--depth] : (SDL_Rect){ 0, 0, u->w, u->h };
  if (u->clip.x == 0 && u->clip.y == 0 && u->clip.w == u->w && u->clip.h == u->h) SDL_RenderSetClipRect(u->r, NULL);
  else SDL_RenderSetClipRect(u->r, &u->clip);
}

void ui_scroll_clamp(ui_scroll *s) {
  int max = s->ch - s->vh;
  if (s->y > max) s->y = max;
  if (s->y < 0) s->y = 0;
}

void ui_scroll_show(ui_scroll *s, int top, int bottom) {
  if (bottom - top > s->vh) bottom = top + s->vh;   /* taller than the view: show its top */
  if (bottom > s->y + s->vh) s->y = bottom - s->vh;
  if (top < s->y) s->y = top;
  ui_scroll_clamp(s);
}

void ui_scrollbar(ui *u, SDL_Rect v, const ui_scroll *s) {
  if (s->ch <= s->vh || s->ch <= 0) return;
  int bw = u->u / 2 > 3 ? u->u / 2 : 3;
  int th = v.h * s->vh / s->ch;
  if (th < u->u * 3) th = u->u * 3;
  int ty = v.y + (int)((long)(v.h - th) * s->y / (s->ch - s->vh));
  ui_fill(u, (SDL_Rect){ v.x + v.w - bw, v.y, bw, v.h }, u->th.raised);
  ui_fill(u, (SDL_Rect){ v.x + v.w - bw, ty, bw, th }, u->th.muted);
}

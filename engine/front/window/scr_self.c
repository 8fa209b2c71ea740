/* scr_self.c: the self-assessment, before any score: per dimension 1-5 or
 * skip, and two sentences. */
#include <stdio.h>
#include <string.h>

#include "app.h"

static int items(const app *a) { return a->sc->dim_count + 3; }   /* dimensions, two fields, done */
static int field_of(const app *a, int i) { return i - a->sc->dim_count; }   /* 0, 1 for the fields */

int self_wants_text(const app *a) {
  int f = field_of(a, a->self_focus);
  return a->sc && (f == 0 || f == 1);
}

/* One item at (x, y); returns its height. */
static int item(app *a, int i, int x, int y, int w, int draw) {
  ui *u = &a->u;
  int focused = i == a->self_focus, h = 0;
  if (i < a->sc->dim_count) {
    const nst_dimension *d = &a->sc->dims[i];
    wt_run r = { play_dim_label(d), strlen(play_dim_label(d)), WT_BOLD };
    h = ui_runs(u, WT_BODY, &r, 1, x + u->u, y + u->u, w - 2 * u->u, u->th.text, draw) + u->u / 2 + u->u;
    int bx = x + u->u, bh = ui_button_h(u);
    for (int v = 1; v <= 6; v++) {
      char label[64];
      if (v <= 5) snprintf(label, sizeof label, "%d", v);
      else snprintf(label, sizeof label, "%s", W(W_SKIP));
      int bw = ui_text_w(u, WT_BODY, label) + u->u * 4;
      if (bx > x + u->u && bx + bw > x + w - u->u) { bx = x + u->u; h += bh + u->u / 2; }
      int value = v <= 5 ? v : 0;
      if (draw) ui_button(u, (SDL_Rect){ bx, y + h, bw, bh }, label, a->rating[i] == value, 0, A_RATE, i * 8 + value);
      bx += bw + u->u;
    }
    h += bh + u->u;
    if (draw) {
      ui_outline(u, (SDL_Rect){ x, y, w, h }, 1, u->th.line);
      if (focused) ui_focus(u, (SDL_Rect){ x, y, w, h });
    }
    return h;
  }
  int f = field_of(a, i);
  if (f == 0 || f == 1) {
    const char *label = W(f == 0 ? W_MOST : W_LEAST), *text = f == 0 ? a->most : a->least;
    wt_run r = { label, strlen(label), WT_BOLD };
    h = ui_runs(u, WT_BODY, &r, 1, x, y, w, u->th.text, draw) + u->u / 2;
    int th = ui_text_h(u, WT_BODY, text[0] ? text : " ", w - 2 * u->u);
    SDL_Rect box = { x, y + h, w, th + 2 * u->u };
    if (draw) {
      ui_fill(u, box, u->th.panel);
      ui_outline(u, box, 1, u->th.muted);
      if (text[0]) ui_text(u, WT_BODY, text, box.x + u->u, box.y + u->u, w - 2 * u->u, u->th.text);
      if (focused) {      /* the caret after the text */
        wt_layout l;
        int cx = box.x + u->u, cy = box.y + u->u;
        wt_run tr = { text, strlen(text), WT_REGULAR };
        if (text[0] && wt_layout_runs(u->fonts, WT_BODY, &tr, 1, w - 2 * u->u, &l) == 0 && l.count) {
          const wt_piece *pc = &l.pieces[l.count - 1];
          cx += pc->x + pc->w;
          cy += pc->y;
        }
        if (text[0]) wt_layout_free(&l);
        ui_fill(u, (SDL_Rect){ cx + 1, cy, 2, ui_line_h(u, WT_BODY) }, u->th.text);
        ui_focus(u, box);
      }
      ui_hit_add(u, box, A_FIELD, f);
    }
    return h + box.h + u->u;
  }
  h = ui_button_h(u);
  if (draw) ui_button_fit(u, x + u->u / 2, y + u->u / 2, W(W_DONE), 1, focused, A_DONE, 0);
  return h + u->u;
}

void self_draw(app *a) {
  ui *u = &a->u;
  SDL_Rect c = app_frame(a, W(W_SELF_TITLE), W(W_SELF_HINT));
  int max = wt_fonts_px(u->fonts) * 52;
  if (c.w > max) { c.x += (c.w - max) / 2; c.w = max; }
  int w = c.w - u->u * 2, y = 0, ftop = 0, fbot = 0;
  int ih = ui_text_h(u, WT_BODY, W(W_SELF_INTRO), w) + u->u * 2;
  y = ih;
  for (int i = 0; i < items(a); i++) {
    int h = item(a, i, 0, 0, w, 0);
    if (i == a->self_focus) { ftop = y; fbot = y + h; }
    y += h + u->u;
  }
  a->self_scroll.ch = y;
  a->self_scroll.vh = c.h;
  ui_scroll_show(&a->self_scroll, ftop - u->u, fbot + u->u);
  ui_clip_push(u, c);
  int yy = c.y - a->self_scroll.y;
  ui_text(u, WT_BODY, W(W_SELF_INTRO), c.x + u->u / 2, yy, w, u->th.text);
  yy += ih;
  for (int i = 0; i < items(a); i++) {
    int h = item(a, i, 0, 0, w, 0);
    if (yy + h > c.y && yy < c.y + c.h) item(a, i, c.x + u->u / 2, yy, w, 1);
    yy += h + u->u;
  }
  ui_clip_pop(u);
  ui_scrollbar(u, c, &a->self_scroll);
}

static void done(app *a) {
  play_finish(a);
  app_go(a, SCR_ENDING);
}

void self_action(app *a, int id, int arg) {
  if (id == A_RATE) {
    int d = arg / 8, v = arg % 8;
    if (d >= 0 && d < a->sc->dim_count && v <= 5) { a->rating[d] = v; a->self_focus = d; }
  } else if (id == A_FIELD) {
    a->self_focus = a->sc->dim_count + arg;
  } else if (id == A_DONE) {
    done(a);
  }
}

static void backspace(char *s) {
  size_t n = strlen(s);
  while (n > 0 && (s[n - 1] & 0xC0) == 0x80) n--;   /* a whole UTF-8 character */
  if (n > 0) n--;
  s[n] = '\0';
}

void self_text(app *a, const char *text) {
  int f = field_of(a, a->self_focus);
  if (f != 0 && f != 1) {
    /* typing a digit on a dimension rates it (the key was handled already) */
    return;
  }
  char *s = f == 0 ? a->most : a->least;
  size_t n = strlen(s), add = strlen(text);
  if (n + add < SELF_TEXT) memcpy(s + n, text, add + 1);
}

void self_key(app *a, SDL_Keycode k) {
  int n = items(a), i = a->self_focus, dim = i < a->sc->dim_count, f = field_of(a, i);
  const Uint8 *keys = SDL_GetKeyboardState(NULL);
  int shift = keys[SDL_SCANCODE_LSHIFT] || keys[SDL_SCANCODE_RSHIFT] || (SDL_GetModState() & KMOD_SHIFT);
  switch (k) {
  case SDLK_ESCAPE: app_go(a, SCR_TALK); return;
  case SDLK_UP: if (i > 0) a->self_focus--; return;
  case SDLK_DOWN: if (i < n - 1) a->self_focus++; return;
  case SDLK_TAB:
    if (shift) { if (i > 0) a->self_focus--; }
    else if (i < n - 1) a->self_focus++;
    return;
  case SDLK_RETURN: case SDLK_KP_ENTER:
    if (i == n - 1) done(a);
    else a->self_focus++;
    return;
  default: break;
  }
  if (f == 0 || f == 1) {
    if (k == SDLK_BACKSPACE) backspace(f == 0 ? a->most : a->least);
    return;
  }
  if (!dim) return;
  if (k >= SDLK_1 && k <= SDLK_5) a->rating[i] = (int)(k - SDLK_0);
  else if (k >= SDLK_KP_1 && k <= SDLK_KP_5) a->rating[i] = (int)(k - SDLK_KP_1) + 1;
  else if (k == SDLK_0 || k == SDLK_KP_0 || k == SDLK_DELETE || k == SDLK_BACKSPACE) a->rating[i] = 0;
  else if (k == SDLK_RIGHT && a->rating[i] < 5) a->rating[i]++;
  else if (k == SDLK_LEFT && a->rating[i] > 0) a->rating[i]--;
}

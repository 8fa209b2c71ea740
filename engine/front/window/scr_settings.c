/* scr_settings.c: language, text size, contrast, fullscreen. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "web.h"

enum { ROW_LANG, ROW_SIZE, ROW_CONTRAST, ROW_FULL, ROW_BACK, ROWS };

static void value(app *a, int row, char *buf, size_t n) {
  switch (row) {
  case ROW_LANG: snprintf(buf, n, "%s", W(W_LANG_NAME)); break;
  case ROW_SIZE: snprintf(buf, n, "%d%%", a->u.text_pct); break;
  case ROW_CONTRAST: snprintf(buf, n, "%s", W(a->u.contrast ? W_ON : W_OFF)); break;
  case ROW_FULL:
    snprintf(buf, n, "%s", W(SDL_GetWindowFlags(a->u.win) & SDL_WINDOW_FULLSCREEN_DESKTOP ? W_ON : W_OFF));
    break;
  default: buf[0] = '\0';
  }
}

static void change(app *a, int row, int dir) {
  switch (row) {
  case ROW_LANG: app_set_lang(a, strcmp(win_strings_lang(), "en") ? "en" : "nl"); break;
  case ROW_SIZE: {
    int pct = a->u.text_pct + (dir < 0 ? -25 : 25);
    if (dir == 0) pct = a->u.text_pct >= 300 ? 100 : a->u.text_pct + 25;
    app_set_text_pct(a, pct);
    break;
  }
  case ROW_CONTRAST: app_set_contrast(a, !a->u.contrast); break;
  case ROW_FULL: app_set_fullscreen(a, !(SDL_GetWindowFlags(a->u.win) & SDL_WINDOW_FULLSCREEN_DESKTOP)); break;
  case ROW_BACK: app_go(a, a->settings_back); break;
  default: break;
  }
}

void settings_draw(app *a) {
  ui *u = &a->u;
  SDL_Rect c = app_frame(a, W(W_SETTINGS), W(W_SETTINGS_HINT));
  static const win_string LABELS[ROWS] = { W_LANGUAGE, W_TEXT_SIZE, W_CONTRAST, W_FULLSCREEN, W_BACK };
  int lw = 0;
  for (int r = 0; r < ROW_BACK; r++) {
    int w = ui_text_w(u, WT_BODY, W(LABELS[r]));
    if (w > lw) lw = w;
  }
  lw += u->u * 3;
  int y = c.y + u->u, bh = ui_button_h(u);
  for (int r = 0; r < ROWS; r++) {
    if (r == ROW_BACK) {
      ui_button_fit(u, c.x + u->u / 2, y + u->u, W(W_BACK), 1, a->set_focus == r, A_SETTING, r);
      /* in the browser: where the data is, and how to clear it */
      if (web_is_browser()) ui_text(u, WT_BODY, W(W_WEB_DATA), c.x + u->u / 2, y + bh + u->u * 3, c.w - u->u, u->th.text);
      break;
    }
    char v[64];
    value(a, r, v, sizeof v);
    int x = c.x + u->u / 2, vx = x + lw;
    if (vx + ui_text_w(u, WT_BODY, v) + u->u * 4 > c.x + c.w) {   /* narrow: the value under its label */
      y += ui_text(u, WT_BODY, W(LABELS[r]), x, y, c.w - u->u, u->th.text) + u->u / 2;
      vx = x;
    } else {
      ui_text(u, WT_BODY, W(LABELS[r]), x, y + (bh - ui_line_h(u, WT_BODY)) / 2, 0, u->th.text);
    }
    ui_button_fit(u, vx, y, v, 0, a->set_focus == r, A_SETTING, r);
    y += bh + u->u * 2;
  }
}

void settings_action(app *a, int id, int arg) {
  if (id == A_SETTING) { a->set_focus = arg; change(a, arg, 0); }
}

void settings_key(app *a, SDL_Keycode k) {
  switch (k) {
  case SDLK_UP: if (a->set_focus > 0) a->set_focus--; break;
  case SDLK_DOWN: case SDLK_TAB: if (a->set_focus < ROWS - 1) a->set_focus++; break;
  case SDLK_LEFT: change(a, a->set_focus, -1); break;
  case SDLK_RIGHT: change(a, a->set_focus, 1); break;
  case SDLK_RETURN: case SDLK_KP_ENTER: case SDLK_SPACE: change(a, a->set_focus, 0); break;
  case SDLK_ESCAPE: app_go(a, a->settings_back); break;
  default: break;
  }
}

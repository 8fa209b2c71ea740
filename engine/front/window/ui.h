/* ui.h: what every screen draws with: the theme, sizes that follow the text
 * scale and the display's pixel density, text boxes, the focus ring, mouse
 * targets and scroll views.
 *
 * Screens are drawn immediately each frame from the app's state; text comes
 * from the cache (text.h), so a frame that changes nothing costs only texture
 * copies. Every text box and the focus ring drawn in a frame are kept in a
 * log, so tests can check that nothing lies outside the window and that the
 * focus is visible.
 */
#ifndef NAAST_WIN_UI_H
#define NAAST_WIN_UI_H

#include <SDL.h>

#include "text.h"

typedef struct {
  SDL_Color bg, panel, raised, text, muted, accent, on_accent, focus, line, meter, feedback, error, error_text,
      shade;
  SDL_Color portrait[6];
} ui_theme;

/* A drawn text box, for the tests' log. */
typedef struct { SDL_Rect box, clip; char text[96]; } ui_box;

typedef struct { SDL_Rect r; int id, arg; } ui_hit;

enum { UI_MAX_HITS = 256, UI_MAX_BOXES = 512 };

typedef struct {
  SDL_Window *win;
  SDL_Renderer *r;
  wt_fonts *fonts;
  wt_cache *cache;
  ui_theme th;
  int contrast;              /* high-contrast theme */
  int w, h;                  /* drawable size in pixels */
  float density;             /* pixels per window unit (HiDPI), times the display's DPI / 96 */
  int text_pct;              /* text size, percent */
  int u;                     /* the spacing unit in pixels: follows text size and density */
  SDL_Rect clip;             /* the current clip; the whole window when none */
  ui_hit hits[UI_MAX_HITS]; int nhits;
  ui_box boxes[UI_MAX_BOXES]; int nboxes;
  SDL_Rect focus; int has_focus;
} ui;

void ui_theme_set(ui *u, int high_contrast);
/* Reads the drawable size and applies the text scale; call on resize. */
void ui_metrics(ui *u);
/* Starts a frame: background, empty logs. */
void ui_begin(ui *u);

/* Text wrapped at w (w <= 0: one line). Returns its height; draws nothing
 * when draw is 0 (measuring). */
int ui_runs(ui *u, wt_size size, const wt_run *runs, int n, int x, int y, int w, SDL_Color c, int draw);
int ui_text(ui *u, wt_size size, const char *s, int x, int y, int w, SDL_Color c);
/* Scenario text as runs in style base, a "*...*" emphasis in italic (in
 * regular when base is italic) without its '*'; at most max runs, the rest
 * as it is. Returns the count. */
int ui_emphasis_runs(const char *s, wt_style base, wt_run *out, int max);
/* A scenario's text (a response) in regular with its emphasis in italic;
 * height, drawn when draw is set. */
int ui_scenario_text(ui *u, wt_size size, const char *s, int x, int y, int w, SDL_Color c, int draw);
int ui_text_h(ui *u, wt_size size, const char *s, int w);
int ui_text_w(ui *u, wt_size size, const char *s);
int ui_line_h(ui *u, wt_size size);

void ui_fill(ui *u, SDL_Rect r, SDL_Color c);
void ui_rounded(ui *u, SDL_Rect r, int radius, SDL_Color c);
void ui_outline(ui *u, SDL_Rect r, int thickness, SDL_Color c);
/* The focus ring around r, drawn and remembered. */
void ui_focus(ui *u, SDL_Rect r);
/* How far the ring reaches outside what it marks. */
int ui_focus_room(const ui *u);
void ui_hit_add(ui *u, SDL_Rect r, int id, int arg);
/* The target under (x, y) in drawable pixels: its id (arg in *arg), or 0. */
int ui_hit_at(const ui *u, int x, int y, int *arg);
/* A button with a label; focus draws the ring. Returns its height. */
int ui_button(ui *u, SDL_Rect r, const char *label, int primary, int focused, int id, int arg);
/* A button sized to its label at (x, y); returns its width. */
int ui_button_fit(ui *u, int x, int y, const char *label, int primary, int focused, int id, int arg);
int ui_button_h(ui *u);

void ui_clip_push(ui *u, SDL_Rect r);
void ui_clip_pop(ui *u);

/* A vertical scroll view: content height ch in a viewport of height vh. */
typedef struct { int y, ch, vh; } ui_scroll;
void ui_scroll_clamp(ui_scroll *s);
/* Scrolls so that [top, bottom) of the content is in view. */
void ui_scroll_show(ui_scroll *s, int top, int bottom);
/* Draws a thin bar at the right edge of view when the content overflows. */
void ui_scrollbar(ui *u, SDL_Rect view, const ui_scroll *s);

#endif

/* text.h: fonts, word wrapping and the cache of rendered text.
 *
 * Text is given as runs (a stretch of UTF-8 in one style) and laid out at a
 * width: words wrap at spaces, '\n' breaks a line, and a word wider than the
 * width is broken between characters, so nothing is ever cut off. A laid-out
 * block is rendered once into one texture and kept in the cache under a hash
 * of everything that shapes it (runs, size, width, colour, pixel size), so a
 * frame that shows the same text again only copies textures.
 *
 * Errors: functions return NULL or -1; wt_fonts_open writes a message.
 */
#ifndef NAAST_WIN_TEXT_H
#define NAAST_WIN_TEXT_H

#include <SDL.h>
#include <SDL_ttf.h>
#include <stddef.h>
#include <stdint.h>

typedef enum { WT_REGULAR, WT_BOLD, WT_ITALIC, WT_STYLES } wt_style;
/* WT_BIG: a countdown a room reads from the back */
typedef enum { WT_SMALL, WT_BODY, WT_H3, WT_H2, WT_H1, WT_BIG, WT_SIZES } wt_size;

typedef struct {
  const char *text;
  size_t len;
  uint8_t style;           /* wt_style */
} wt_run;

typedef struct wt_fonts wt_fonts;

/* Opens the font family in dir (DejaVuSans*.ttf; without the oblique file,
 * as in Debian's fonts-dejavu-core, the regular face is slanted); fonts of
 * each size are opened when first needed. */
wt_fonts *wt_fonts_open(const char *dir, char *err, size_t n);
void wt_fonts_free(wt_fonts *f);
/* The pixel size of body text; the other sizes follow from it. */
void wt_fonts_set_px(wt_fonts *f, int body_px);
int wt_fonts_px(const wt_fonts *f);
TTF_Font *wt_font(wt_fonts *f, wt_size size, wt_style style);
int wt_line_height(wt_fonts *f, wt_size size);

/* A laid-out block: pieces of runs placed on lines. */
typedef struct { int run; size_t start, end; int x, y, w; } wt_piece;
typedef struct {
  wt_piece *pieces;
  int count, cap;
  int w, h, lines;
} wt_layout;

/* Lays runs out within width pixels (width <= 0: no wrapping). 0, or -1. */
int wt_layout_runs(wt_fonts *f, wt_size size, const wt_run *runs, int nruns, int width, wt_layout *out);
void wt_layout_free(wt_layout *l);

/* Rendered text in the cache; valid until the next wt_cache_frame. */
typedef struct { SDL_Texture *tex; int w, h; } wt_text;

typedef struct wt_cache wt_cache;
wt_cache *wt_cache_new(SDL_Renderer *r, wt_fonts *f);
void wt_cache_free(wt_cache *c);
void wt_cache_clear(wt_cache *c);
/* Starts a frame: drops what the last frames did not use once the cache is
 * full. */
void wt_cache_frame(wt_cache *c);
/* The block laid out and rendered (from the cache when it is there); NULL
 * when out of memory or the renderer failed. */
const wt_text *wt_cache_get(wt_cache *c, wt_size size, const wt_run *runs, int nruns, int width,
                            SDL_Color color);
/* Counters for the benchmark and the tests: lookups and renders so far. */
void wt_cache_stats(const wt_cache *c, long *lookups, long *renders, int *entries);

#endif

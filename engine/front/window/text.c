/* text.c: fonts, word wrapping and the text cache. */
#include "text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const FILES[WT_STYLES] = { "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf" };
/* sizes relative to body text, in percent */
static const int SCALE[WT_SIZES] = { 85, 100, 110, 130, 160, 240 };

struct wt_fonts {
  char path[WT_STYLES][1024];
  int slanted;             /* no oblique file: the regular one, slanted by SDL_ttf */
  int px;
  TTF_Font *font[WT_SIZES][WT_STYLES];
};

wt_fonts *wt_fonts_open(const char *dir, char *err, size_t n) {
  wt_fonts *f = calloc(1, sizeof *f);
  if (!f) { snprintf(err, n, "out of memory"); return NULL; }
  for (int s = 0; s < WT_STYLES; s++) {
    snprintf(f->path[s], sizeof f->path[s], "%s/%s", dir, FILES[s]);
    SDL_RWops *rw = SDL_RWFromFile(f->path[s], "rb");
    /* Debian's fonts-dejavu-core, which the package depends on, has no
     * DejaVuSans-Oblique.ttf (fonts-dejavu-extra has) */
    if (!rw && s == WT_ITALIC) {
      snprintf(f->path[s], sizeof f->path[s], "%s/%s", dir, FILES[WT_REGULAR]);
      rw = SDL_RWFromFile(f->path[s], "rb");
      f->slanted = 1;
    }
    if (!rw) { snprintf(err, n, "cannot open the font %s", f->path[s]); free(f); return NULL; }
    SDL_RWclose(rw);
  }
  f->px = 16;
  return f;
}

static void close_fonts(wt_fonts *f) {
  for (int z = 0; z < WT_SIZES; z++)
    for (int s = 0; s < WT_STYLES; s++) {
      if (f->font[z][s]) TTF_CloseFont(f->font[z][s]);
      f->font[z][s] = NULL;
    }
}

void wt_fonts_free(wt_fonts *f) {
  if (!f) return;
  close_fonts(f);
  free(f);
}

void wt_fonts_set_px(wt_fonts *f, int body_px) {
  if (body_px < 6) body_px = 6;
  if (body_px == f->px) return;
  close_fonts(f);
  f->px = body_px;
}

int wt_fonts_px(const wt_fonts *f) { return f->px; }

TTF_Font *wt_font(wt_fonts *f, wt_size size, wt_style style) {
  if (!f->font[size][style]) {
    int px = (f->px * SCALE[size] + 50) / 100;
    f->font[size][style] = TTF_OpenFont(f->path[style], px);
    if (f->font[size][style]) TTF_SetFontHinting(f->font[size][style], TTF_HINTING_LIGHT);
    if (f->font[size][style] && style == WT_ITALIC && f->slanted) TTF_SetFontStyle(f->font[size][style], TTF_STYLE_ITALIC);
  }
  return f->font[size][style];
}

int wt_line_height(wt_fonts *f, wt_size size) {
  TTF_Font *font = wt_font(f, size, WT_REGULAR);
  return font ? TTF_FontLineSkip(font) : f->px;
}

/* ---- layout ---- */

static int measure(TTF_Font *font, const char *s, size_t len) {
  char buf[512];
  char *p = len < sizeof buf ? buf : malloc(len + 1);
  if (!p) return 0;
  memcpy(p, s, len);
  p[len] = '\0';
  int w = 0, h;
  if (TTF_SizeUTF8(font, p, &w, &h) != 0) w = 0;
  if (p != buf) free(p);
  return w;
}

static int push_piece(wt_layout *l, wt_piece p) {
  if (l->count == l->cap) {
    int cap = l->cap ? l->cap * 2 : 16;
    wt_piece *np = realloc(l->pieces, sizeof *np * (size_t)cap);
    if (!np) return -1;
    l->pieces = np;
    l->cap = cap;
  }
  l->pieces[l->count++] = p;
  return 0;
}

static size_t utf8_next(const char *s, size_t i, size_t end) {
  i++;
  while (i < end && (s[i] & 0xC0) == 0x80) i++;
  return i;
}

/* The line being built: its x so far, and whether a word is on it. */
typedef struct { int x, y, lh, has_word, maxw, width; } line_state;

static void new_line(wt_layout *l, line_state *ls) {
  if (ls->x > ls->maxw) ls->maxw = ls->x;
  ls->x = 0;
  ls->y += ls->lh;
  ls->has_word = 0;
  l->lines++;
}

/* Places word s[a,b) of run r (preceded by spaces gap pixels). Merges with the
 * previous piece when it is of the same run and on the same line. */
static int place_word(wt_layout *l, line_state *ls, TTF_Font *font, int r, const char *s, size_t a, size_t b,
                      size_t gap_start, int gap) {
  int w = measure(font, s + a, b - a);
  if (ls->width > 0 && ls->has_word && ls->x + gap + w > ls->width) { new_line(l, ls); gap = 0; }
  if (ls->width > 0 && w > ls->width) {
    /* longer than a whole line: break between characters */
    size_t i = a;
    while (i < b) {
      size_t j = utf8_next(s, i, b), fit = j;
      while (j < b) {
        size_t k = utf8_next(s, j, b);
        if (measure(font, s + i, k - i) > ls->width - ls->x) break;
        fit = j = k;
      }
      if (ls->has_word && measure(font, s + i, fit - i) > ls->width - ls->x) { new_line(l, ls); continue; }
      int pw = measure(font, s + i, fit - i);
      if (push_piece(l, (wt_piece){ r, i, fit, ls->x, ls->y, pw }) != 0) return -1;
      ls->x += pw;
      ls->has_word = 1;
      i = fit;
      if (i < b) new_line(l, ls);
    }
    return 0;
  }
  wt_piece *last = l->count ? &l->pieces[l->count - 1] : NULL;
  if (ls->has_word && last && last->run == r && last->y == ls->y && last->end == gap_start) {
    last->end = b;
    last->w = measure(font, s + last->start, b - last->start);
    ls->x = last->x + last->w;
  } else {
    if (push_piece(l, (wt_piece){ r, a, b, ls->x + (ls->has_word ? gap : 0), ls->y, w }) != 0) return -1;
    ls->x += (ls->has_word ? gap : 0) + w;
  }
  ls->has_word = 1;
  return 0;
}

int wt_layout_runs(wt_fonts *f, wt_size size, const wt_run *runs, int nruns, int width, wt_layout *out) {
  memset(out, 0, sizeof *out);
  line_state ls = { .lh = wt_line_height(f, size), .width = width };
  out->lines = 1;
  int pending_gap = 0;
  for (int r = 0; r < nruns; r++) {
    TTF_Font *font = wt_font(f, size, runs[r].style);
    if (!font) return -1;
    int space = measure(font, " ", 1);
    const char *s = runs[r].text;
    size_t n = runs[r].len, i = 0;
    while (i < n) {
      if (s[i] == ' ' || s[i] == '\t') { pending_gap += space; i++; continue; }
      if (s[i] == '\n') { new_line(out, &ls); pending_gap = 0; i++; continue; }
      size_t gap_start = i;
      while (gap_start > 0 && (s[gap_start - 1] == ' ' || s[gap_start - 1] == '\t')) gap_start--;
      size_t b = i;
      while (b < n && s[b] != ' ' && s[b] != '\t' && s[b] != '\n') b++;
      if (place_word(out, &ls, font, r, s, i, b, gap_start, pending_gap) != 0) return -1;
      pending_gap = 0;
      i = b;
    }
  }
  if (ls.x > ls.maxw) ls.maxw = ls.x;
  out->w = ls.maxw;
  out->h = out->lines * ls.lh;
  return 0;
}

void wt_layout_free(wt_layout *l) {
  free(l->pieces);
  memset(l, 0, sizeof *l);
}

/* ---- cache ---- */

enum { SLOTS = 2048, KEEP = 1200 };

typedef struct {
  uint64_t key;
  wt_text text;
  unsigned used;       /* frame it was last used in */
} entry;

struct wt_cache {
  SDL_Renderer *r;
  wt_fonts *fonts;
  entry slot[SLOTS];
  int count;
  unsigned frame;
  long lookups, renders;
};

wt_cache *wt_cache_new(SDL_Renderer *r, wt_fonts *f) {
  wt_cache *c = calloc(1, sizeof *c);
  if (!c) return NULL;
  c->r = r;
  c->fonts = f;
  c->frame = 1;
  return c;
}

void wt_cache_clear(wt_cache *c) {
  for (int i = 0; i < SLOTS; i++)
    if (c->slot[i].key) { SDL_DestroyTexture(c->slot[i].text.tex); c->slot[i].key = 0; }
  c->count = 0;
}

void wt_cache_free(wt_cache *c) {
  if (!c) return;
  wt_cache_clear(c);
  free(c);
}

static entry *find_slot(entry *slot, uint64_t key) {
  size_t i = (size_t)(key % SLOTS);
  while (slot[i].key && slot[i].key != key) i = (i + 1) % SLOTS;
  return &slot[i];
}

void wt_cache_frame(wt_cache *c) {
  c->frame++;
  if (c->count < KEEP) return;
  /* Full: keep only what the last two frames used, and re-insert it. */
  static entry keep[SLOTS];
  int n = 0;
  for (int i = 0; i < SLOTS; i++) {
    if (!c->slot[i].key) continue;
    if (c->slot[i].used + 2 >= c->frame) keep[n++] = c->slot[i];
    else SDL_DestroyTexture(c->slot[i].text.tex);
    c->slot[i].key = 0;
  }
  for (int i = 0; i < n; i++) *find_slot(c->slot, keep[i].key) = keep[i];
  c->count = n;
}

static uint64_t mix(uint64_t h, const void *p, size_t n) {
  const unsigned char *b = p;
  for (size_t i = 0; i < n; i++) h = (h ^ b[i]) * 0x100000001b3ull;
  return h;
}

static SDL_Texture *render(wt_cache *c, wt_size size, const wt_run *runs, const wt_layout *l, SDL_Color color) {
  int w = l->w > 0 ? l->w : 1, h = l->h > 0 ? l->h : 1;
  SDL_Surface *dst = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
  if (!dst) return NULL;
  /* The text's colour at alpha 0 underneath, so blending leaves no dark fringe. */
  SDL_FillRect(dst, NULL, SDL_MapRGBA(dst->format, color.r, color.g, color.b, 0));
  for (int i = 0; i < l->count; i++) {
    const wt_piece *p = &l->pieces[i];
    char buf[1024];
    size_t len = p->end - p->start;
    char *s = len < sizeof buf ? buf : malloc(len + 1);
    if (!s) continue;
    memcpy(s, runs[p->run].text + p->start, len);
    s[len] = '\0';
    SDL_Surface *g = TTF_RenderUTF8_Blended(wt_font(c->fonts, size, runs[p->run].style), s, color);
    if (s != buf) free(s);
    if (!g) continue;
    SDL_SetSurfaceBlendMode(g, SDL_BLENDMODE_BLEND);
    SDL_Rect at = { p->x, p->y, g->w, g->h };
    SDL_BlitSurface(g, NULL, dst, &at);
    SDL_FreeSurface(g);
  }
  SDL_Texture *t = SDL_CreateTextureFromSurface(c->r, dst);
  SDL_FreeSurface(dst);
  if (t) SDL_SetTextureBlendMode(t, SDL_BLENDMODE_BLEND);
  return t;
}

const wt_text *wt_cache_get(wt_cache *c, wt_size size, const wt_run *runs, int nruns, int width, SDL_Color color) {
  c->lookups++;
  uint64_t h = 0xcbf29ce484222325ull;
  int head[4] = { (int)size, width, wt_fonts_px(c->fonts), nruns };
  h = mix(h, head, sizeof head);
  h = mix(h, &color, sizeof color);
  for (int i = 0; i < nruns; i++) {
    h = mix(h, &runs[i].style, 1);
    h = mix(h, &runs[i].len, sizeof runs[i].len);
    h = mix(h, runs[i].text, runs[i].len);
  }
  if (!h) h = 1;
  entry *e = find_slot(c->slot, h);
  if (e->key) { e->used = c->frame; return &e->text; }
  if (c->count >= SLOTS - 1) return NULL;   /* cannot happen: frames evict at KEEP */
  wt_layout l;
  if (wt_layout_runs(c->fonts, size, runs, nruns, width, &l) != 0) { wt_layout_free(&l); return NULL; }
  SDL_Texture *t = render(c, size, runs, &l, color);
  c->renders++;
  if (!t) { wt_layout_free(&l); return NULL; }
  e->key = h;
  e->text = (wt_text){ t, l.w, l.h };
  e->used = c->frame;
  c->count++;
  wt_layout_free(&l);
  return &e->text;
}

void wt_cache_stats(const wt_cache *c, long *lookups, long *renders, int *entries) {
  if (lookups) *lookups = c->lookups;
  if (renders) *renders = c->renders;
  if (entries) *entries = c->count;
}

/* shot.c: PNG screenshots (zlib's deflate, no other library) and box logs. */
#include "shot.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "fsutil.h"

static void put32(unsigned char *p, unsigned long v) {
  p[0] = (unsigned char)(v >> 24); p[1] = (unsigned char)(v >> 16); p[2] = (unsigned char)(v >> 8); p[3] = (unsigned char)v;
}

/* Appends a chunk (length, type, data, CRC over type and data). */
static unsigned char *chunk(unsigned char *out, const char *type, const unsigned char *data, size_t len) {
  put32(out, (unsigned long)len);
  memcpy(out + 4, type, 4);
  if (len) memcpy(out + 8, data, len);
  unsigned long crc = crc32(0L, out + 4, (uInt)(len + 4));
  put32(out + 8 + len, crc);
  return out + 12 + len;
}

int shot_png_write(const char *path, const unsigned char *rgb, int w, int h, char *err, size_t n) {
  size_t row = (size_t)w * 3, raw_len = (row + 1) * (size_t)h;
  unsigned char *raw = malloc(raw_len);
  uLongf z_len = compressBound((uLong)raw_len);
  unsigned char *z = malloc(z_len);
  unsigned char *png = malloc(z_len + 64);
  int rc = -1;
  if (!raw || !z || !png) { snprintf(err, n, "out of memory"); goto done; }
  for (int y = 0; y < h; y++) {       /* filter type 0 (none) before every row */
    raw[(row + 1) * (size_t)y] = 0;
    memcpy(raw + (row + 1) * (size_t)y + 1, rgb + row * (size_t)y, row);
  }
  if (compress2(z, &z_len, raw, (uLong)raw_len, 6) != Z_OK) { snprintf(err, n, "%s: cannot compress", path); goto done; }
  unsigned char *p = png;
  memcpy(p, "\x89PNG\r\n\x1a\n", 8);
  p += 8;
  unsigned char ihdr[13];
  put32(ihdr, (unsigned long)w);
  put32(ihdr + 4, (unsigned long)h);
  ihdr[8] = 8; ihdr[9] = 2; ihdr[10] = ihdr[11] = ihdr[12] = 0;   /* 8-bit RGB, no interlace */
  p = chunk(p, "IHDR", ihdr, sizeof ihdr);
  p = chunk(p, "IDAT", z, z_len);
  p = chunk(p, "IEND", NULL, 0);
  rc = nst_file_write_atomic(path, (const char *)png, (size_t)(p - png), err, n);
done:
  free(raw);
  free(z);
  free(png);
  return rc;
}

static void put_rect(char **p, size_t *left, const SDL_Rect *r) {
  int k = snprintf(*p, *left, " %d %d %d %d", r->x, r->y, r->w, r->h);
  if (k > 0 && (size_t)k < *left) { *p += k; *left -= (size_t)k; }
}

int shot_take(ui *u, const char *dir, const char *name, const char *screen, char *err, size_t n) {
  unsigned char *rgb = malloc((size_t)u->w * (size_t)u->h * 3);
  if (!rgb) { snprintf(err, n, "out of memory"); return -1; }
  char path[4096];
  int rc = -1;
  if (SDL_RenderReadPixels(u->r, NULL, SDL_PIXELFORMAT_RGB24, rgb, u->w * 3) != 0) {
    snprintf(err, n, "cannot read the frame: %s", SDL_GetError());
    goto done;
  }
  snprintf(path, sizeof path, "%s/%s.png", dir, name);
  if (shot_png_write(path, rgb, u->w, u->h, err, n) != 0) goto done;
  /* the log: one line per item, text last so it may hold spaces */
  size_t cap = 256 + (size_t)u->nboxes * 200, left = cap;
  char *log = malloc(cap), *p = log;
  if (!log) { snprintf(err, n, "out of memory"); goto done; }
  int k = snprintf(p, left, "screen %s\nwindow %d %d\nbackground %d %d %d\n", screen, u->w, u->h, u->th.bg.r,
                   u->th.bg.g, u->th.bg.b);
  p += k; left -= (size_t)k;
  if (u->has_focus) {
    k = snprintf(p, left, "focus");
    p += k; left -= (size_t)k;
    put_rect(&p, &left, &u->focus);
    k = snprintf(p, left, " %d %d %d\n", u->th.focus.r, u->th.focus.g, u->th.focus.b);
    p += k; left -= (size_t)k;
  }
  for (int i = 0; i < u->nboxes && left > 200; i++) {
    k = snprintf(p, left, "text");
    p += k; left -= (size_t)k;
    put_rect(&p, &left, &u->boxes[i].box);
    put_rect(&p, &left, &u->boxes[i].clip);
    k = snprintf(p, left, " %s\n", u->boxes[i].text);
    if (k > 0 && (size_t)k < left) { p += k; left -= (size_t)k; }
  }
  snprintf(path, sizeof path, "%s/%s.boxes", dir, name);
  rc = nst_file_write_atomic(path, log, (size_t)(p - log), err, n);
  free(log);
done:
  free(rgb);
  return rc;
}

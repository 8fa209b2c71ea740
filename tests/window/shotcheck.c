/* shotcheck: checks the window's screenshots (PNG + the .boxes log beside
 * it) the way a reviewer would look at them:
 *   - not blank: enough pixels differ from the background, in several colours;
 *   - every text box lies inside the window, never cut at the sides, and
 *     inside the view it was drawn in (a scroll view clips only vertically);
 *   - the focus is visible: a ring of the focus colour is in the picture, and
 *     that colour stands out from the background (contrast at least 3:1);
 *   - with --all-visible, no text is scrolled out of its view;
 *   - with --visible PREFIX, a text starting with PREFIX is wholly in view.
 * usage: shotcheck [--no-focus] [--all-visible] [--visible PREFIX] FILE.png...
 * Prints one line per problem; exit 1 when there was any. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

typedef struct { int x, y, w, h; } rect;

static unsigned long get32(const unsigned char *p) {
  return (unsigned long)p[0] << 24 | (unsigned long)p[1] << 16 | (unsigned long)p[2] << 8 | p[3];
}

/* Reads an 8-bit RGB PNG without interlace (what the window writes); rows
 * with filter 0 only. */
static unsigned char *png_read(const char *path, int *w, int *h) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  unsigned char *d = malloc((size_t)n), *z = malloc((size_t)n), *out = NULL;
  size_t zl = 0;
  if (!d || !z || fread(d, 1, (size_t)n, f) != (size_t)n || memcmp(d, "\x89PNG\r\n\x1a\n", 8) != 0) goto done;
  for (long p = 8; p + 12 <= n;) {
    unsigned long len = get32(d + p);
    const unsigned char *type = d + p + 4, *data = d + p + 8;
    if (!memcmp(type, "IHDR", 4)) {
      *w = (int)get32(data);
      *h = (int)get32(data + 4);
      if (data[8] != 8 || data[9] != 2 || data[12] != 0) goto done;
    } else if (!memcmp(type, "IDAT", 4)) {
      memcpy(z + zl, data, len);
      zl += len;
    }
    p += 12 + (long)len;
  }
  uLongf raw_len = (uLongf)(*w * 3 + 1) * (uLongf)*h;
  unsigned char *raw = malloc(raw_len);
  if (raw && uncompress(raw, &raw_len, z, (uLong)zl) == Z_OK) {
    out = malloc((size_t)*w * 3 * (size_t)*h);
    for (int y = 0; out && y < *h; y++) {
      if (raw[(size_t)y * (size_t)(*w * 3 + 1)] != 0) { free(out); out = NULL; break; }
      memcpy(out + (size_t)y * (size_t)*w * 3, raw + (size_t)y * (size_t)(*w * 3 + 1) + 1, (size_t)*w * 3);
    }
  }
  free(raw);
done:
  fclose(f);
  free(d);
  free(z);
  return out;
}

static double lum(int r, int g, int b) {
  double c[3] = { r / 255.0, g / 255.0, b / 255.0 };
  for (int i = 0; i < 3; i++) c[i] = c[i] <= 0.03928 ? c[i] / 12.92 : pow((c[i] + 0.055) / 1.055, 2.4);
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}

static double contrast(const int a[3], const int b[3]) {
  double x = lum(a[0], a[1], a[2]), y = lum(b[0], b[1], b[2]);
  return x > y ? (x + 0.05) / (y + 0.05) : (y + 0.05) / (x + 0.05);
}

static int inside(rect in, rect out) {
  return in.x >= out.x && in.y >= out.y && in.x + in.w <= out.x + out.w && in.y + in.h <= out.y + out.h;
}

static int problems;
static void problem(const char *file, const char *fmt, const char *detail) {
  printf("%s: ", file);
  printf(fmt, detail);
  printf("\n");
  problems++;
}

static void check(const char *png, int want_focus, int all_visible, const char *prefix) {
  int w = 0, h = 0;
  unsigned char *px = png_read(png, &w, &h);
  if (!px) { problem(png, "%scannot read the PNG", ""); return; }
  char boxes[4096];
  snprintf(boxes, sizeof boxes, "%.*s.boxes", (int)(strlen(png) - 4), png);
  FILE *f = fopen(boxes, "r");
  if (!f) { problem(png, "no log %s", boxes); free(px); return; }
  char line[1024];
  rect win = { 0, 0, 0, 0 }, focus = { 0, 0, 0, 0 };
  int bg[3] = { 0 }, fc[3] = { 0 }, has_focus = 0, texts = 0, found = 0;
  while (fgets(line, sizeof line, f)) {
    rect b, c;
    int off = 0;
    if (sscanf(line, "window %d %d", &win.w, &win.h) == 2) continue;
    if (sscanf(line, "background %d %d %d", &bg[0], &bg[1], &bg[2]) == 3) continue;
    if (sscanf(line, "focus %d %d %d %d %d %d %d", &focus.x, &focus.y, &focus.w, &focus.h, &fc[0], &fc[1], &fc[2]) == 7) {
      has_focus = 1;
      continue;
    }
    if (sscanf(line, "text %d %d %d %d %d %d %d %d %n", &b.x, &b.y, &b.w, &b.h, &c.x, &c.y, &c.w, &c.h, &off) == 8) {
      texts++;
      char *t = line + off;
      t[strcspn(t, "\n")] = '\0';
      if (!inside(c, win)) problem(png, "a view lies outside the window: %s", t);
      if (b.x < 0 || b.x + b.w > win.w) problem(png, "text cut at the side of the window: %s", t);
      if (b.x < c.x || b.x + b.w > c.x + c.w) problem(png, "text cut at the side of its view: %s", t);
      if (c.x == 0 && c.y == 0 && c.w == win.w && c.h == win.h && !inside(b, win))
        problem(png, "text outside the window: %s", t);
      if (all_visible && !inside(b, c)) problem(png, "text scrolled out of view: %s", t);
      if (prefix && !strncmp(t, prefix, strlen(prefix)) && inside(b, c) && inside(b, win)) found = 1;
    }
  }
  fclose(f);
  if (win.w != w || win.h != h) problem(png, "the log's window size differs from the picture%s", "");
  if (texts == 0) problem(png, "no text drawn%s", "");
  if (prefix && !found) problem(png, "no text starting with \"%s\" wholly in view", prefix);
  /* not blank */
  long differ = 0;
  int colours = 0, seen[16][3];
  for (long i = 0; i < (long)w * h; i++) {
    const unsigned char *p = px + i * 3;
    if (abs(p[0] - bg[0]) + abs(p[1] - bg[1]) + abs(p[2] - bg[2]) > 30) differ++;
    int known = 0;
    for (int k = 0; k < colours && !known; k++) known = seen[k][0] == p[0] && seen[k][1] == p[1] && seen[k][2] == p[2];
    if (!known && colours < 16) { seen[colours][0] = p[0]; seen[colours][1] = p[1]; seen[colours][2] = p[2]; colours++; }
  }
  if (differ < (long)w * h / 100) problem(png, "nearly blank: under 1%% of the pixels differ from the background%s", "");
  if (colours < 4) problem(png, "fewer than four colours%s", "");
  /* focus */
  if (want_focus) {
    if (!has_focus) problem(png, "no focus drawn%s", "");
    else {
      long ring = 0;
      for (int y = focus.y; y < focus.y + focus.h && y < h; y++)
        for (int x = focus.x; x < focus.x + focus.w && x < w; x++) {
          const unsigned char *p = px + ((long)y * w + x) * 3;
          if (x >= 0 && y >= 0 && p[0] == fc[0] && p[1] == fc[1] && p[2] == fc[2]) ring++;
        }
      if (!inside(focus, win)) problem(png, "the focus ring lies outside the window%s", "");
      if (ring < focus.w + focus.h) problem(png, "the focus ring is not in the picture%s", "");
      if (contrast(fc, bg) < 3) problem(png, "the focus colour does not stand out from the background%s", "");
    }
  }
  free(px);
}

int main(int argc, char **argv) {
  int want_focus = 1, all_visible = 0, files = 0;
  const char *prefix = NULL;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--no-focus")) want_focus = 0;
    else if (!strcmp(argv[i], "--all-visible")) all_visible = 1;
    else if (!strcmp(argv[i], "--visible") && i + 1 < argc) prefix = argv[++i];
    else { check(argv[i], want_focus, all_visible, prefix); files++; }
  }
  if (!files) { fprintf(stderr, "usage: shotcheck [--no-focus] [--all-visible] [--visible PREFIX] FILE.png...\n"); return 2; }
  return problems ? 1 : 0;
}

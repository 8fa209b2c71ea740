/* shot.h: screenshots for the tests: the frame as a PNG, and beside it a
 * log of what the frame drew (every text box with its clip, the focus ring,
 * the window size), which tests/window/shotcheck.c checks. */
#ifndef NAAST_WIN_SHOT_H
#define NAAST_WIN_SHOT_H

#include <stddef.h>

#include "ui.h"

/* Writes 8-bit RGB pixels (rows of w*3 bytes) as a PNG, atomically. 0, or -1
 * with err. */
int shot_png_write(const char *path, const unsigned char *rgb, int w, int h, char *err, size_t n);

/* Reads the frame being drawn (call before it is presented) and writes
 * DIR/NAME.png and DIR/NAME.boxes. 0, or -1 with err. */
int shot_take(ui *u, const char *dir, const char *name, const char *screen, char *err, size_t n);

#endif

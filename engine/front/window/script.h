/* script.h: scripted input for the window (tests, demonstrations): one step
 * per line, read from a file; see docs/window.md for the steps. */
#ifndef NAAST_WIN_SCRIPT_H
#define NAAST_WIN_SCRIPT_H

#include <SDL.h>
#include <stddef.h>

typedef enum { WS_KEY, WS_TEXT, WS_CLICK, WS_RESIZE, WS_TEXT_SIZE, WS_SHOT, WS_EXPECT, WS_WAIT_CHANGE, WS_WAIT,
               WS_QUIT } ws_kind;

typedef struct {
  ws_kind kind;
  int line;                  /* in the script file */
  SDL_Keycode key;
  int mod;                   /* KMOD_CTRL, KMOD_SHIFT */
  int arg, arg2;             /* WS_WAIT: milliseconds */
  char text[64];             /* typed text, a target's or a screen's name */
} win_step;

typedef struct win_script win_script;

/* Reads and checks the whole script; NULL with a file:line message. */
win_script *win_script_load(const char *path, char *err, size_t n);
void win_script_free(win_script *s);
/* The next step: 0, or -1 at the end. */
int win_script_next(win_script *s, win_step *out);
/* The name of the last "shot" step. */
const char *win_script_shot_name(const win_script *s);

#endif

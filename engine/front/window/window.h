/* window.h: the window front end (SDL2 + SDL_ttf), as `naast play` calls it.
 *
 * The window runs its own flow: library -> (resume offer) -> intro ->
 * conversation -> self-assessment -> ending -> debrief, and back to the
 * library. The session is driven through session.h only and saved after
 * every decision in the same record format as terminal play.
 *
 * For tests and benchmarks it can run without a display (SDL's offscreen
 * driver), take its input from a script and write a screenshot of each
 * screen (docs/window.md).
 */
#ifndef NAAST_WINDOW_H
#define NAAST_WINDOW_H

typedef struct {
  const char *scenario;       /* a scenario file; NULL: start in the library */
  const char *resume;         /* a record to continue, or NULL */
  const char *record;         /* where to save (--record), or NULL: the sessions folder */
  const char *sessions_dir;   /* the sessions folder */
  const char *rubric;         /* --rubric, or NULL */
  const char *trainee;
  const char *lang;           /* "nl" (default) or "en" */
  const char *role;           /* --role: the library opens filtered on it, or NULL */
  int assess, no_save;
  int group;                  /* intervision: silent choice, tally, reveal */
  int discuss_seconds;        /* group: a timer for each silent choice; 0 none */
  const char *from;           /* --from: a record to branch from, or NULL */
  int from_step;              /* ... at its decision N (1-based) */
  const char *events;         /* scripted input (docs/window.md), or NULL */
  const char *shots;          /* folder for screenshots, or NULL */
  int bench_frames;           /* > 0: draw the conversation this many times and report */
  int width, height;          /* window size; 0: a default */
  int text_pct;               /* text size in percent; 0: 100 */
  int high_contrast, fullscreen;
  const char *renderer;       /* "software" (default), "gpu" or an SDL driver name */
} win_options;

/* 1 when a window can be opened here (a display, or SDL_VIDEODRIVER set). */
int win_display_available(void);

/* Runs the window; returns an exit code (status.h). */
int win_play(const win_options *o);

/* Parses a window option of `naast play` at argv[*i] (moving *i past its
 * value). 1 when it was one, 0 when not, -1 when its value is wrong. */
int win_parse_option(win_options *o, int argc, char **argv, int *i);
/* The lines of `naast play --help` about the window. */
const char *win_usage(void);

#endif

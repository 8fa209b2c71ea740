/* app.c: the window: start-up, the event loop, keys every screen shares,
 * scripted input, screenshots and the frame benchmark. */
#include "app.h"

#include <SDL_ttf.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "library.h"
#include "paths.h"
#include "status.h"
#include "script.h"
#include "shot.h"
#include "web.h"

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#endif

/* Taken before main runs, for the benchmark's "main to first frame". */
static struct timespec t_start;
__attribute__((constructor)) static void mark_start(void) { clock_gettime(CLOCK_MONOTONIC, &t_start); }

static double since_start_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)(t.tv_sec - t_start.tv_sec) * 1e3 + (double)(t.tv_nsec - t_start.tv_nsec) / 1e6;
}

static const char *const SCREEN_NAMES[SCR_COUNT] = { "picker", "resume", "intro", "talk", "self", "ending", "debrief",
                                                     "settings" };
static const int TEXT_STEPS[] = { 75, 90, 100, 110, 125, 150, 175, 200, 250, 300 };
enum { NSTEPS = sizeof TEXT_STEPS / sizeof TEXT_STEPS[0] };

int win_display_available(void) {
  const char *v = getenv("SDL_VIDEODRIVER"), *d = getenv("DISPLAY"), *w = getenv("WAYLAND_DISPLAY");
  return (v && *v) || (d && *d) || (w && *w);
}

const char *win_usage(void) {
  return "Window (when a display exists and stdin is a terminal, or with --window; --term for the terminal):\n"
         "  --size WxH  --text-size PCT  --contrast  --fullscreen  --renderer software|gpu\n"
         "  --events FILE (scripted input)  --shots DIR (screenshots)  --bench-frames N\n"
         "  group play in the window: Enter tallies, number keys and +/- enter the votes, Enter\n"
         "  reveals, Enter follows the focused response (docs/window.md)\n";
}

int win_parse_option(win_options *o, int argc, char **argv, int *i) {
  const char *a = argv[*i];
  const char *v = *i + 1 < argc ? argv[*i + 1] : NULL;
  if (!strcmp(a, "--contrast")) { o->high_contrast = 1; return 1; }
  if (!strcmp(a, "--fullscreen")) { o->fullscreen = 1; return 1; }
  int takes = !strcmp(a, "--events") || !strcmp(a, "--shots") || !strcmp(a, "--bench-frames") ||
              !strcmp(a, "--size") || !strcmp(a, "--text-size") || !strcmp(a, "--renderer");
  if (!takes) return 0;
  if (!v) return -1;
  ++*i;
  if (!strcmp(a, "--events")) o->events = v;
  else if (!strcmp(a, "--shots")) o->shots = v;
  else if (!strcmp(a, "--renderer")) o->renderer = v;
  else if (!strcmp(a, "--bench-frames")) { o->bench_frames = atoi(v); if (o->bench_frames < 1) return -1; }
  else if (!strcmp(a, "--text-size")) { o->text_pct = atoi(v); if (o->text_pct < 50 || o->text_pct > 400) return -1; }
  else if (sscanf(v, "%dx%d", &o->width, &o->height) != 2 || o->width < 320 || o->height < 240) return -1;
  return 1;
}

/* ---- shared helpers for the screens ---- */

void app_notice(app *a, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(a->notice, sizeof a->notice, fmt, ap);
  va_end(ap);
}

int app_margin(const app *a) { return a->u.u * 3; }

const char *app_screen_name(const app *a) { return SCREEN_NAMES[a->screen]; }

static void load_library(app *a);

void app_go(app *a, win_screen s) {
  if (s == SCR_PICKER && !a->lib) load_library(a);   /* read only when the library is shown */
  if (s == SCR_SETTINGS && a->screen != SCR_SETTINGS) a->settings_back = a->screen;
  a->screen = s;
  a->doc_scroll.y = 0;
  if (s == SCR_SELF) SDL_StartTextInput();
  else SDL_StopTextInput();
  if (a->opt.shots || a->opt.events) a->shot_pending = 0;
}

void app_set_text_pct(app *a, int pct) {
  if (pct < TEXT_STEPS[0]) pct = TEXT_STEPS[0];
  if (pct > TEXT_STEPS[NSTEPS - 1]) pct = TEXT_STEPS[NSTEPS - 1];
  a->u.text_pct = pct;
  ui_metrics(&a->u);
  wt_cache_clear(a->u.cache);
}

static void text_step(app *a, int dir) {
  int i = 0;
  while (i < NSTEPS - 1 && TEXT_STEPS[i] < a->u.text_pct) i++;
  if (dir > 0 && TEXT_STEPS[i] <= a->u.text_pct && i < NSTEPS - 1) i++;
  else if (dir < 0 && i > 0) i--;
  app_set_text_pct(a, TEXT_STEPS[i]);
}

void app_set_contrast(app *a, int on) {
  ui_theme_set(&a->u, on);
  wt_cache_clear(a->u.cache);
}

void app_set_fullscreen(app *a, int on) {
  SDL_SetWindowFullscreen(a->u.win, on ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
  ui_metrics(&a->u);
}

void app_set_lang(app *a, const char *lang) {
  win_strings_set_lang(lang);
  if (a->s) a->meta.lang = win_strings_lang();
}

int app_scroll_key(app *a, ui_scroll *s, SDL_Keycode k) {
  int line = ui_line_h(&a->u, WT_BODY) * 2, page = s->vh - line > line ? s->vh - line : line;
  switch (k) {
  case SDLK_UP: s->y -= line; break;
  case SDLK_DOWN: s->y += line; break;
  case SDLK_PAGEUP: s->y -= page; break;
  case SDLK_PAGEDOWN: s->y += page; break;
  case SDLK_HOME: s->y = 0; break;
  case SDLK_END: s->y = s->ch; break;
  default: return 0;
  }
  ui_scroll_clamp(s);
  return 1;
}

SDL_Rect app_frame(app *a, const char *title, const char *hint) {
  ui *u = &a->u;
  int m = app_margin(a), top = 0, bottom = u->h;
  /* header band: the title, quiet (the conversation has none: its room
   * goes to what is said) */
  if (title) {
    int th = ui_text_h(u, WT_H2, title, u->w - 2 * m) + u->u * 2;
    ui_fill(u, (SDL_Rect){ 0, 0, u->w, th }, u->th.panel);
    ui_fill(u, (SDL_Rect){ 0, th - 1, u->w, 1 }, u->th.line);
    ui_text(u, WT_H2, title, m, u->u, u->w - 2 * m, u->th.text);
    top = th;
  }
  /* reload errors stay in view until a reload succeeds */
  if (a->nerrors) {
    /* with a scenario in play a reload failed; without, a file did not open */
    const char *head = W(a->sc ? W_RELOAD_FAILED : W_CANNOT_LOAD);
    int y = top + u->u, h = 0, w = u->w - 2 * m - 2 * u->u;
    h += ui_text_h(u, WT_BODY, head, w) + u->u / 2;
    for (int i = 0; i < a->nerrors; i++) h += ui_text_h(u, WT_SMALL, a->errors[i], w);
    ui_fill(u, (SDL_Rect){ m, y, u->w - 2 * m, h + 2 * u->u }, u->th.error);
    int ty = y + u->u;
    ty += ui_text(u, WT_BODY, head, m + u->u, ty, w, u->th.error_text) + u->u / 2;
    for (int i = 0; i < a->nerrors; i++) ty += ui_text(u, WT_SMALL, a->errors[i], m + u->u, ty, w, u->th.error_text);
    top = y + h + 2 * u->u;
  }
  /* hint line at the bottom; a notice above it */
  if (hint) {
    int hh = ui_text_h(u, WT_SMALL, hint, u->w - 2 * m) + u->u;
    bottom -= hh;
    ui_fill(u, (SDL_Rect){ 0, bottom, u->w, u->h - bottom }, u->th.panel);
    ui_fill(u, (SDL_Rect){ 0, bottom, u->w, 1 }, u->th.line);
    ui_text(u, WT_SMALL, hint, m, bottom + u->u / 2, u->w - 2 * m, u->th.muted);
  }
  if (a->notice[0]) {
    int nh = ui_text_h(u, WT_SMALL, a->notice, u->w - 2 * m - 2 * u->u) + u->u;
    bottom -= nh;
    ui_fill(u, (SDL_Rect){ 0, bottom, u->w, nh }, u->th.raised);
    ui_text(u, WT_SMALL, a->notice, m + u->u, bottom + u->u / 2, u->w - 2 * m - 2 * u->u, u->th.text);
  }
  return (SDL_Rect){ m, top + u->u, u->w - 2 * m, bottom - top - (title ? 2 : 1) * u->u };
}

/* ---- drawing and input dispatch ---- */

static void draw_pause(app *a) {
  ui *u = &a->u;
  /* the screen calms: everything behind a quiet veil, one sentence */
  SDL_Color veil = u->th.shade;
  veil.a = 235;
  ui_fill(u, (SDL_Rect){ 0, 0, u->w, u->h }, veil);
  u->nhits = 0;
  u->has_focus = 0;
  int w = u->w * 2 / 3, x = (u->w - w) / 2;
  int h = ui_text_h(u, WT_H1, W(W_PAUSED), w) + u->u * 2 + ui_text_h(u, WT_BODY, W(W_PAUSED_TEXT), w);
  int y = (u->h - h) / 2;
  y += ui_text(u, WT_H1, W(W_PAUSED), x, y, w, u->th.text) + u->u * 2;
  ui_text(u, WT_BODY, W(W_PAUSED_TEXT), x, y, w, u->th.muted);
}

static void draw(app *a) {
  ui_begin(&a->u);
  switch (a->screen) {
  case SCR_PICKER: picker_draw(a); break;
  case SCR_RESUME: resume_draw(a); break;
  case SCR_INTRO: intro_draw(a); break;
  case SCR_TALK: talk_draw(a); break;
  case SCR_SELF: self_draw(a); break;
  case SCR_ENDING: ending_draw(a); break;
  case SCR_DEBRIEF: debrief_draw(a); break;
  case SCR_SETTINGS: settings_draw(a); break;
  default: break;
  }
  if (a->paused) draw_pause(a);
}

static void action(app *a, int id, int arg) {
  if (id == A_SETTINGS) { app_go(a, SCR_SETTINGS); return; }
  switch (a->screen) {
  case SCR_PICKER: picker_action(a, id, arg); break;
  case SCR_RESUME: resume_action(a, id, arg); break;
  case SCR_INTRO: intro_action(a, id, arg); break;
  case SCR_TALK: talk_action(a, id, arg); break;
  case SCR_SELF: self_action(a, id, arg); break;
  case SCR_ENDING: ending_action(a, id, arg); break;
  case SCR_DEBRIEF: debrief_action(a, id, arg); break;
  case SCR_SETTINGS: settings_action(a, id, arg); break;
  default: break;
  }
}

static void key(app *a, SDL_Keycode k, Uint16 mod) {
  int ctrl = (mod & KMOD_CTRL) != 0;
  if (k == SDLK_F11) { app_set_fullscreen(a, !(SDL_GetWindowFlags(a->u.win) & SDL_WINDOW_FULLSCREEN_DESKTOP)); return; }
  if (ctrl && (k == SDLK_EQUALS || k == SDLK_PLUS || k == SDLK_KP_PLUS)) { text_step(a, 1); return; }
  if (ctrl && (k == SDLK_MINUS || k == SDLK_KP_MINUS)) { text_step(a, -1); return; }
  if (ctrl && (k == SDLK_0 || k == SDLK_KP_0)) { app_set_text_pct(a, 100); return; }
  if (ctrl && k == SDLK_q) { a->quit = 1; return; }
  if (k == SDLK_F5) { if (a->screen == SCR_INTRO || a->screen == SCR_TALK) play_reload(a); return; }
  int typing = a->screen == SCR_SELF && self_wants_text(a);
  if (!typing && (k == SDLK_SPACE || k == SDLK_p) && (a->screen == SCR_TALK || a->screen == SCR_INTRO || a->paused)) {
    play_pause(a, !a->paused);
    return;
  }
  if (a->paused) { if (k == SDLK_ESCAPE) play_pause(a, 0); return; }  /* nothing else while paused */
  switch (a->screen) {
  case SCR_PICKER: picker_key(a, k); break;
  case SCR_RESUME: resume_key(a, k); break;
  case SCR_INTRO: intro_key(a, k); break;
  case SCR_TALK: talk_key(a, k); break;
  case SCR_SELF: self_key(a, k); break;
  case SCR_ENDING: ending_key(a, k); break;
  case SCR_DEBRIEF: debrief_key(a, k); break;
  case SCR_SETTINGS: settings_key(a, k); break;
  default: break;
  }
}

/* Window units to drawable pixels (they differ on HiDPI displays). */
static void to_pixels(app *a, int *x, int *y) {
  int ww, wh;
  SDL_GetWindowSize(a->u.win, &ww, &wh);
  if (ww > 0 && wh > 0) { *x = *x * a->u.w / ww; *y = *y * a->u.h / wh; }
}

static ui_scroll *main_scroll(app *a) {
  switch (a->screen) {
  case SCR_PICKER: return &a->pick_scroll;
  case SCR_TALK: return &a->talk_scroll;
  case SCR_SELF: return &a->self_scroll;
  case SCR_INTRO: case SCR_ENDING: case SCR_DEBRIEF: return &a->doc_scroll;
  default: return NULL;
  }
}

/* Handles one event; 1 when the window must be drawn again. */
static int handle(app *a, const SDL_Event *e) {
  switch (e->type) {
  case SDL_QUIT: a->quit = 1; return 0;
  case SDL_WINDOWEVENT:
    if (e->window.event == SDL_WINDOWEVENT_SIZE_CHANGED) ui_metrics(&a->u);
    return e->window.event == SDL_WINDOWEVENT_SIZE_CHANGED || e->window.event == SDL_WINDOWEVENT_EXPOSED ||
           e->window.event == SDL_WINDOWEVENT_SHOWN || e->window.event == SDL_WINDOWEVENT_RESTORED;
  case SDL_KEYDOWN: key(a, e->key.keysym.sym, e->key.keysym.mod); return 1;
  case SDL_TEXTINPUT:
    if (a->screen == SCR_SELF && !a->paused) { self_text(a, e->text.text); return 1; }
    return 0;
  case SDL_MOUSEBUTTONUP: {
    if (e->button.button != SDL_BUTTON_LEFT || a->paused) return 0;
    int x = e->button.x, y = e->button.y, arg = 0;
    to_pixels(a, &x, &y);
    int id = ui_hit_at(&a->u, x, y, &arg);
    if (id) action(a, id, arg);
    return id != 0;
  }
  case SDL_MOUSEWHEEL: {
    ui_scroll *s = main_scroll(a);
    if (!s || a->paused) return 0;
    s->y -= e->wheel.y * ui_line_h(&a->u, WT_BODY) * 3;
    ui_scroll_clamp(s);
    if (a->screen == SCR_TALK) a->talk_follow = 0;
    return 1;
  }
  default: return 0;
  }
}

/* ---- start-up ---- */

static void load_library(app *a) {
  a->npaths = lib_files(&a->paths);
  a->lib = calloc((size_t)a->npaths + 1, sizeof *a->lib);
  for (int i = 0; a->lib && i < a->npaths; i++) {
    nst_findings f = { 0 };
    nst_load_options o = lib_load_options(a->opt.rubric);
    char other[4096];
    if (lib_is_own(a->paths[i]) && lib_conflict(a->paths[i], other, sizeof other)) {   /* never shadowed */
      fprintf(stderr, "%s: error: the id is also the library's scenario %s; rename your own file\n", a->paths[i], other);
      continue;
    }
    a->lib[i] = nst_load_scenario(a->paths[i], &o, &f);   /* a broken file is left out of the list */
    nst_findings_clear(&f);
  }
  if (a->opt.role) a->role = picker_role_index(a, a->opt.role);
}

static void free_library(app *a) {
  for (int i = 0; a->lib && i < a->npaths; i++) nst_scenario_free(a->lib[i]);
  free(a->lib);
  lib_free(a->paths, a->npaths);
  a->lib = NULL;
  a->paths = NULL;
  a->npaths = 0;
}

void app_library_reset(app *a) { free_library(a); }

static SDL_Renderer *make_renderer(SDL_Window *w, const char *want) {
  SDL_Renderer *r = NULL;
  if (want && strcmp(want, "software") != 0) {
    if (strcmp(want, "gpu") != 0) SDL_SetHint(SDL_HINT_RENDER_DRIVER, want);
    r = SDL_CreateRenderer(w, -1, SDL_RENDERER_ACCELERATED);
  }
  if (!r) r = SDL_CreateRenderer(w, -1, SDL_RENDERER_SOFTWARE);
  return r;
}

static double density_of_display(void) {
  const char *env = getenv("NAAST_SCALE");
  if (env && *env) { double v = atof(env); return v >= 0.5 && v <= 4 ? v : 1; }
  float ddpi = 0;
  /* X11 does not scale windows: a clearly dense display gets larger text */
  if (SDL_GetDisplayDPI(0, &ddpi, NULL, NULL) == 0 && ddpi >= 144) return (double)((int)(ddpi / 96 * 4 + 0.5f)) / 4;
  return 1;
}

/* The flow's first screen for the options given. */
static void first_screen(app *a) {
  const char *path = a->opt.scenario;
  if (a->opt.from) {      /* naast play checked that the record loads and replays */
    char err[1024], found[4096];
    nst_record *r = nst_record_load(a->opt.from, err, sizeof err);
    if (!r || lib_record_scenario(r->scenario_id, r->scenario_file, a->opt.from, found, sizeof found, err, sizeof err) != 0 ||
        play_open(a, found) != 0) {
      nst_record_free(r);
      app_go(a, SCR_PICKER);
      return;
    }
    a->resume = r;          /* kept while the session runs: meta.trainee may point into it */
    app_go(a, play_branch(a, r, a->opt.from, a->opt.from_step) == 0 ? SCR_TALK : SCR_PICKER);
    return;
  }
  if (a->opt.resume) {
    char err[1024];
    nst_record *r = nst_record_load(a->opt.resume, err, sizeof err);
    char found[4096];
    if (!r) { app_notice(a, "%s", err); app_go(a, SCR_PICKER); return; }
    if (lib_record_scenario(r->scenario_id, r->scenario_file, a->opt.resume, found, sizeof found, err, sizeof err) != 0) {
      app_notice(a, "%s", err);
      nst_record_free(r);
      app_go(a, SCR_PICKER);
      return;
    }
    if (play_open(a, found) != 0) { nst_record_free(r); app_go(a, SCR_PICKER); return; }
    a->resume = r;
    snprintf(a->resume_path, sizeof a->resume_path, "%s", a->opt.resume);
    play_begin(a, a->resume, a->resume_path);
    app_go(a, SCR_TALK);
    return;
  }
  if (!path) { app_go(a, SCR_PICKER); return; }
  if (play_open(a, path) != 0) { app_go(a, SCR_PICKER); return; }
  picker_offer_or_intro(a);
}

static double cpu_ms(void) {
  struct timespec t;
#ifdef __EMSCRIPTEN__
  clock_gettime(CLOCK_MONOTONIC, &t);   /* a page has no CPU clock: a frame's wall time, nothing else running */
#else
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
#endif
  return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

static long peak_rss_kib(void) {
  FILE *f = fopen("/proc/self/status", "r");
  char line[256];
  long v = -1;
  while (f && fgets(line, sizeof line, f))
    if (!strncmp(line, "VmHWM:", 6)) v = atol(line + 6);
  if (f) fclose(f);
  return v;
}

static int by_double(const void *x, const void *y) {
  double a = *(const double *)x, b = *(const double *)y;
  return a < b ? -1 : a > b;
}

/* Frames of the conversation screen: CPU time per frame, cached and with
 * the text cache emptied before every frame. */
static void bench(app *a, double startup_ms, long rss_start) {
  int n = a->opt.bench_frames;
  double *t = calloc((size_t)n, sizeof *t);
  if (!t) return;
  double mean[2], p99[2], present = 0;   /* present: the cached pass's SDL_RenderPresent alone */
  for (int pass = 0; pass < 2; pass++) {
    double sum = 0;
    for (int i = 0; i < n; i++) {
      SDL_Event e;
      while (SDL_PollEvent(&e)) handle(a, &e);
      double c0 = cpu_ms();
      if (pass == 1) wt_cache_clear(a->u.cache);
      draw(a);
      double c1 = cpu_ms();
      SDL_RenderPresent(a->u.r);
      t[i] = cpu_ms() - c0;
      if (pass == 0) present += t[i] - (c1 - c0);
      sum += t[i];
    }
    qsort(t, (size_t)n, sizeof *t, by_double);
    mean[pass] = sum / n;
    p99[pass] = t[(int)((n - 1) * 0.99)];
  }
  SDL_RendererInfo info;
  SDL_GetRendererInfo(a->u.r, &info);
  printf("naast-window renderer=%s size=%dx%d frames=%d startup_ms=%.1f frame_cpu_ms=%.3f p99=%.3f "
         "uncached_ms=%.3f uncached_p99=%.3f present_ms=%.3f peak_rss_kib=%ld/%ld\n",
         info.name, a->u.w, a->u.h, n, startup_ms, mean[0], p99[0], mean[1], p99[1], present / n, rss_start,
         peak_rss_kib());
  free(t);
}

static int run_script_step(app *a, win_script *sc);

int app_step(app *a, int block) {
  char err[1024];
  if (a->dirty) {
    a->timer_shown = -1;        /* the countdown sets it when it is drawn */
    draw(a);
    if (a->shot_pending && a->opt.shots) {
      char name[64];
      snprintf(name, sizeof name, "%s", win_script_shot_name(a->script));
      if (shot_take(&a->u, a->opt.shots, name, SCREEN_NAMES[a->screen], err, sizeof err) != 0)
        fprintf(stderr, "naast: %s\n", err);
    }
    a->shot_pending = 0;
    SDL_RenderPresent(a->u.r);
    a->dirty = 0;
  }
  SDL_Event e;
  if (a->script) {
    while (SDL_PollEvent(&e)) a->dirty |= handle(a, &e);
    int r = run_script_step(a, a->script);
    if (r <= 0) {               /* the script has ended (r == 0) or failed */
      if (r < 0) a->exit_code = EXIT_PROBLEM;
      return web_script_ended(a, r < 0 ? EXIT_PROBLEM : EXIT_OK);
    }
    a->dirty = 1;
    return a->quit;
  }
  /* On the desktop, wait for input; while a scenario is open, wake once a
   * second to see whether its file changed (live reload), and while a
   * group's countdown runs, when it shows the next second. Never a busy
   * loop. In the browser, look and return: the page calls again at the
   * next animation frame. */
  int watching = a->sc && (a->screen == SCR_INTRO || a->screen == SCR_TALK);
  int timeout = watching ? 1000 : -1, tick = group_timer_wake(a);
  if (tick >= 0 && (timeout < 0 || tick < timeout)) timeout = tick + 5;   /* just past the second */
  int got = !block ? SDL_PollEvent(&e) : timeout >= 0 ? SDL_WaitEventTimeout(&e, timeout) : SDL_WaitEvent(&e);
  if (got) {
    a->dirty |= handle(a, &e);
    while (SDL_PollEvent(&e)) a->dirty |= handle(a, &e);
  }
  int reloads = a->reloads;
  play_check_file(a, 0);
  if (a->reloads != reloads) a->dirty = 1;
  if (group_timer_left(a) != a->timer_shown) a->dirty = 1;
  return a->quit;
}

/* Frees everything the window holds; returns its exit code. */
static int app_close(app *a) {
  play_close(a);
  free(a->hist);
  free(a->tallies);
  free_library(a);
  win_script_free(a->script);
  wt_cache_free(a->u.cache);
  wt_fonts_free(a->u.fonts);
  if (a->u.r) SDL_DestroyRenderer(a->u.r);
  if (a->u.win) SDL_DestroyWindow(a->u.win);
  TTF_Quit();
  SDL_Quit();
  int rc = a->exit_code;
  free(a);
  return rc;
}

#ifdef __EMSCRIPTEN__
/* The browser's animation frame: one step; at the end the page is told. */
static void web_frame(void *arg) {
  app *a = arg;
  int drawing = a->dirty;
  int done = app_step(a, 0);
  if (drawing) web_drawn();
  if (!done) return;
  emscripten_cancel_main_loop();
  web_closed(app_close(a));
}
#endif

int win_play(const win_options *o) {
  app *a = calloc(1, sizeof *a);
  if (!a) return EXIT_IO;
  a->opt = *o;
  a->exit_code = EXIT_OK;
  win_strings_set_lang(o->lang);
  if (o->events) {
    char err[1024];
    a->script = win_script_load(o->events, err, sizeof err);
    if (!a->script) { fprintf(stderr, "naast: %s\n", err); free(a); return EXIT_USAGE; }
  }
  if (!o->renderer || !strcmp(o->renderer, "software")) SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
  SDL_SetHint(SDL_HINT_VIDEO_X11_NET_WM_BYPASS_COMPOSITOR, "0");
  if (SDL_Init(SDL_INIT_VIDEO) != 0 || TTF_Init() != 0) {
    fprintf(stderr, "naast: cannot open a window: %s (play in the terminal with --term)\n", SDL_GetError());
    win_script_free(a->script);
    free(a);
    return EXIT_IO;
  }
  char err[1024];
  a->u.fonts = wt_fonts_open(paths_fonts(), err, sizeof err);
  int w = o->width ? o->width : 1024, h = o->height ? o->height : 720;
  Uint32 flags = SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI | (o->fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
  if (a->u.fonts) a->u.win = SDL_CreateWindow("Naast", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, w, h, flags);
  if (a->u.win) a->u.r = make_renderer(a->u.win, o->renderer ? o->renderer : getenv("NAAST_RENDERER"));
  if (a->u.r) a->u.cache = wt_cache_new(a->u.r, a->u.fonts);
  if (!a->u.fonts || !a->u.win || !a->u.r || !a->u.cache) {
    fprintf(stderr, "naast: cannot open a window: %s (play in the terminal with --term)\n",
            a->u.fonts ? SDL_GetError() : err);
    a->exit_code = EXIT_IO;
    return app_close(a);
  }
  SDL_SetWindowMinimumSize(a->u.win, 320, 240);
  a->u.density = (float)density_of_display();
  a->u.text_pct = o->text_pct ? o->text_pct : o->group ? 150 : 100;   /* a group reads from a projector */
  ui_theme_set(&a->u, o->high_contrast);
  ui_metrics(&a->u);
  if (o->bench_frames) {
    a->opt.no_save = 1;
    a->opt.record = NULL;
    if (!a->opt.scenario) { load_library(a); if (a->npaths) a->opt.scenario = a->paths[0]; }
    if (a->opt.scenario && play_open(a, a->opt.scenario) == 0 && play_begin(a, NULL, NULL) == 0) app_go(a, SCR_TALK);
  } else {
    first_screen(a);
  }
  draw(a);
  SDL_RenderPresent(a->u.r);
  double startup = since_start_ms();
  web_first_frame(a, startup);
  if (o->bench_frames) {
    bench(a, startup, peak_rss_kib());
    return app_close(a);
  }
#ifdef __EMSCRIPTEN__
  /* the browser owns the loop: a step per animation frame, and main returns */
  emscripten_set_main_loop_arg(web_frame, a, 0, 0);
  return EXIT_OK;
#else
  while (!app_step(a, 1)) {}
  return app_close(a);
#endif
}

/* ---- scripted input ---- */

/* by action id (app.h's A_* order) */
static const char *const TARGETS[] = { "", "lesson", "role", "scenario", "settings", "start", "back", "response", "next",
                                       "rate", "field", "done", "debrief", "library", "resume-yes", "resume-no",
                                       "setting", "tally", "reveal", "follow", "open-file", "download" };
_Static_assert(sizeof TARGETS / sizeof *TARGETS == A_COUNT, "a script name for every action");

/* The group phase the window shows ("silent", "tally", "reveal"), or NULL. */
static const char *group_phase_name(const app *a) {
  static const char *const NAMES[] = { "silent", "tally", "reveal" };
  return a->group && a->s && a->screen == SCR_TALK && a->phase == TALK_CHOOSE ? NAMES[a->gphase] : NULL;
}

/* Runs one step of the script: 1 go on, 0 the script has ended, -1 failed. */
static int run_script_step(app *a, win_script *sc) {
  win_step st;
  if (win_script_next(sc, &st) != 0) return 0;
  SDL_Event e = { 0 };
  switch (st.kind) {
  case WS_KEY:
    e.type = SDL_KEYDOWN;
    e.key.keysym.sym = st.key;
    e.key.keysym.mod = (Uint16)st.mod;
    handle(a, &e);
    return 1;
  case WS_TEXT:
    e.type = SDL_TEXTINPUT;
    memcpy(e.text.text, st.text, sizeof e.text.text - 1);   /* the script keeps it shorter */
    handle(a, &e);
    return 1;
  case WS_CLICK: {
    /* the centre of the named target as the last frame drew it */
    int id = -1;
    for (int i = 1; i < (int)(sizeof TARGETS / sizeof TARGETS[0]); i++) if (!strcmp(TARGETS[i], st.text)) id = i;
    for (int i = 0; i < a->u.nhits; i++) {
      const ui_hit *h = &a->u.hits[i];
      if (h->id != id || h->arg != st.arg) continue;
      int ww, wh;
      SDL_GetWindowSize(a->u.win, &ww, &wh);
      e.type = SDL_MOUSEBUTTONUP;
      e.button.button = SDL_BUTTON_LEFT;
      e.button.x = (h->r.x + h->r.w / 2) * ww / a->u.w;
      e.button.y = (h->r.y + h->r.h / 2) * wh / a->u.h;
      handle(a, &e);
      return 1;
    }
    fprintf(stderr, "naast: %s:%d: nothing to click there: no %s of that number on the %s screen\n", a->opt.events,
            st.line, st.text, SCREEN_NAMES[a->screen]);
    return -1;
  }
  case WS_RESIZE:
    SDL_SetWindowSize(a->u.win, st.arg, st.arg2);
    SDL_PumpEvents();
    ui_metrics(&a->u);
    return 1;
  case WS_TEXT_SIZE:
    app_set_text_pct(a, st.arg);
    return 1;
  case WS_SHOT:
    a->shot_pending = 1;
    return 1;
  case WS_EXPECT: {
    const char *phase = group_phase_name(a);
    if (strcmp(SCREEN_NAMES[a->screen], st.text) != 0 && !(phase && !strcmp(phase, st.text))) {
      fprintf(stderr, "naast: %s:%d: expected the %s screen, but the window shows %s%s%s\n", a->opt.events, st.line,
              st.text, SCREEN_NAMES[a->screen], phase ? " " : "", phase ? phase : "");
      return -1;
    }
    return 1;
  }
  case WS_WAIT:
    a->clock_skew += (Uint64)st.arg;   /* time passes for the window's clock, not for the test */
    return 1;
  case WS_WAIT_CHANGE: {
    if (web_is_browser()) {   /* a page cannot watch a file, nor wait without freezing */
      fprintf(stderr, "naast: %s:%d: wait-change does not work in the browser\n", a->opt.events, st.line);
      return -1;
    }
    int before = a->reloads;
    for (int i = 0; i < 200 && a->reloads == before; i++) { SDL_Delay(100); play_check_file(a, 1); }
    if (a->reloads == before) {
      fprintf(stderr, "naast: %s:%d: the scenario file did not change within 20 s\n", a->opt.events, st.line);
      return -1;
    }
    return 1;
  }
  case WS_QUIT:
    return 0;
  }
  return 1;
}

/* app.h: the window's state, shared by its screens (internal to the window).
 *
 * One app holds the library, the scenario being played, its session and
 * record, and what each screen remembers (focus, scroll). app.c runs the
 * event loop; play.c changes the session (start, choose, undo, reload,
 * finish); each scr_*.c draws one screen and handles its keys and clicks.
 */
#ifndef NAAST_WIN_APP_H
#define NAAST_WIN_APP_H

#include <sys/types.h>
#include <time.h>

#include "md.h"
#include "record.h"
#include "session.h"
#include "tally.h"
#include "ui.h"
#include "window.h"
#include "wstrings.h"

typedef enum { SCR_PICKER, SCR_RESUME, SCR_INTRO, SCR_TALK, SCR_SELF, SCR_ENDING, SCR_DEBRIEF, SCR_SETTINGS,
               SCR_COUNT } win_screen;

/* The conversation's phases: choosing, reading feedback, at the end. */
typedef enum { TALK_CHOOSE, TALK_FEEDBACK, TALK_ENDED } talk_phase;

/* Group play splits choosing in three: everyone chooses silently, the
 * facilitator enters the votes, the room sees the distribution and the
 * conversation follows a response (scr_group.c). */
typedef enum { GP_SILENT, GP_TALLY, GP_REVEAL } group_phase;

typedef enum { H_LINE, H_CHOICE, H_FEEDBACK } hist_kind;
typedef struct { int kind, speaker, decision; char *text; } hist_item;

/* Mouse targets (ui_hit ids); app.c's TARGETS names them in this order. */
enum { A_NONE, A_LESSON, A_ROLE, A_SCENARIO, A_SETTINGS, A_START, A_BACK, A_RESPONSE, A_NEXT, A_RATE, A_FIELD, A_DONE,
       A_TO_DEBRIEF, A_TO_LIBRARY, A_RESUME_YES, A_RESUME_NO, A_SETTING, A_TO_TALLY, A_REVEAL, A_FOLLOW, A_OPEN_FILE, A_DOWNLOAD, A_COUNT };

enum { SELF_TEXT = 400 };

typedef struct app {
  ui u;
  win_options opt;
  int quit, exit_code;
  int dirty;                      /* something changed: draw a frame at the next step */
  struct win_script *script;      /* scripted input (--events), or NULL */
  win_screen screen, settings_back;

  /* the library */
  char **paths; int npaths;
  nst_scenario **lib;
  int lesson;                     /* filter: 0 all, 1..8 */
  int role;                       /* filter: 0 all, k the k-th role some scenario has */
  int pick_focus;
  ui_scroll pick_scroll;

  /* the scenario being played */
  char path[4096];
  nst_scenario *sc;
  nst_session *s;
  md_doc *intro;
  SDL_Texture **portraits;        /* [cast_count]: a scenario's own images, loaded when first shown */
  unsigned char *portrait_tried;
  char rec_path[4096];
  nst_record_meta meta;
  char *self_json;                /* meta.self_assessment_json */
  int assess;
  hist_item *hist; int nhist, caphist;
  ui_scroll talk_scroll;
  int talk_follow;                /* keep the history scrolled to its end */
  int focus;                      /* focused response */
  ui_scroll resp_scroll;
  talk_phase phase;
  int before[16];                 /* state before the last decision */
  Uint64 decide_start, paused_ms, pause_start;
  int paused;
  char notice[512];
  char errors[6][512]; int nerrors;   /* the last reload's errors */
  struct timespec mtime; off_t fsize;
  Uint64 last_poll;
  int reloads;                    /* reload attempts so far */
  Uint64 clock_skew;              /* ms added to SDL's clock by the script's `wait` */

  /* group play */
  int group;                      /* this session is played by a group */
  group_phase gphase;
  nst_tally cur;                  /* the votes being entered at this decision */
  nst_tally *tallies;             /* [ntallies]: one per decision taken, meta.tallies */
  int ntallies, captallies;
  ui_scroll reveal_scroll, side_scroll;
  int reveal_focus;               /* the response the reveal's details were scrolled to; -1 none */
  int timer_shown;                /* the seconds the countdown showed last; -1 none */
  char branch_from[4096];         /* --from: the record this session branched from */

  /* resume offer */
  nst_record *resume;
  char resume_path[4096];
  int resume_focus;

  /* self-assessment */
  int rating[16];                 /* 0 skipped, 1..5 */
  char most[SELF_TEXT], least[SELF_TEXT];
  int self_focus;
  ui_scroll self_scroll;

  /* ending and debrief */
  md_doc *ending_doc, *report;
  char report_path[4096];
  ui_scroll doc_scroll;

  int set_focus;
  int shot_pending;               /* take a screenshot after the next frame */
} app;

/* play.c: the session */
int play_open(app *a, const char *path);            /* loads the scenario; -1 with a notice */
int play_begin(app *a, const nst_record *resume, const char *resume_path);
/* --from: a new session that replays the first step-1 decisions of old. */
int play_branch(app *a, const nst_record *old, const char *old_path, int step);
int play_choose(app *a, int k);
/* Group play: the conversation follows response k of the votes in a->cur. */
void play_follow(app *a, int k);
void play_undo(app *a);
void play_reload(app *a);
void play_check_file(app *a, int force);
void play_finish(app *a);                           /* self-assessment given: save, write the debrief */
void play_close(app *a);
/* Frees the portraits loaded for the scenario (before it is replaced). */
void play_portraits_free(app *a);
void play_pause(app *a, int on);
const char *play_var_label(const nst_var *v, char *buf, size_t n);
const char *play_dim_label(const nst_dimension *d);
/* The window's clock in ms: SDL's, moved on by the script's `wait` steps. */
Uint64 play_now(const app *a);
/* After a session has ended: to the self-assessment, or in group play
 * (which has none) straight to the ending and the debrief. */
void play_to_end(app *a);

/* app.c */
/* One turn of the window's loop, the same on the desktop and in the
 * browser: draws a frame when something changed since the last one, then
 * handles what has happened. With block, it sleeps until there is
 * something to handle (the desktop's loop); without, it returns at once
 * (the browser calls it once per animation frame). 1 when the window is
 * done (a->exit_code says how). */
int app_step(app *a, int block);
void app_go(app *a, win_screen s);
/* Forgets the library's list: it is read again when next shown (a
 * trainer's own scenario was added). */
void app_library_reset(app *a);
/* The screen's name as scripts say it: "picker", "intro", ... */
const char *app_screen_name(const app *a);
void app_notice(app *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void app_set_text_pct(app *a, int pct);
void app_set_contrast(app *a, int on);
void app_set_fullscreen(app *a, int on);
void app_set_lang(app *a, const char *lang);
int app_margin(const app *a);
/* The window's frame common to every screen: a header band with a title and
 * a hint line at the bottom. Returns the content area. */
SDL_Rect app_frame(app *a, const char *title, const char *hint);

/* the screens */
/* After a scenario is chosen: the resume offer when an unfinished session
 * exists, else the intro. */
void picker_offer_or_intro(app *a);
void picker_draw(app *a);
void picker_key(app *a, SDL_Keycode k);
void picker_action(app *a, int id, int arg);
int picker_role_index(app *a, const char *id);
void resume_draw(app *a);
void resume_key(app *a, SDL_Keycode k);
void resume_action(app *a, int id, int arg);
void intro_draw(app *a);
void intro_key(app *a, SDL_Keycode k);
void intro_action(app *a, int id, int arg);
void talk_draw(app *a);
void talk_key(app *a, SDL_Keycode k);
void talk_action(app *a, int id, int arg);
/* Parts of the conversation screen that group play shares: the reading
 * column, the person at the top (returns the y below it) and the dialogue
 * in a view; talk_current_h is the height of the current node's lines. */
SDL_Rect talk_column(app *a, SDL_Rect c);
int talk_head(app *a, SDL_Rect c);
void talk_history(app *a, SDL_Rect view);
int talk_current_h(app *a, int w);
/* One response card at r: badge k+1 and the text, leaving `right` pixels
 * free at the right; its height at width w; the badge's width. */
void talk_card(app *a, SDL_Rect r, int k, const char *text, int right);
int talk_card_h(app *a, const char *text, int w, int right);
int talk_badge_w(app *a);
/* scr_group.c: the conversation while a group chooses */
void group_reset(app *a);                /* a new decision: the silent phase, no votes */
void group_draw(app *a);
void group_key(app *a, SDL_Keycode k);
void group_action(app *a, int id, int arg);
/* ms until the countdown shows another second; -1 when no timer runs. */
int group_timer_wake(app *a);
int group_timer_left(app *a);            /* seconds shown; -1 no timer */
void self_draw(app *a);
void self_key(app *a, SDL_Keycode k);
void self_text(app *a, const char *text);
void self_action(app *a, int id, int arg);
int self_wants_text(const app *a);
void ending_draw(app *a);
void ending_key(app *a, SDL_Keycode k);
void ending_action(app *a, int id, int arg);
void debrief_draw(app *a);
void debrief_key(app *a, SDL_Keycode k);
void debrief_action(app *a, int id, int arg);
void settings_draw(app *a);
void settings_key(app *a, SDL_Keycode k);
void settings_action(app *a, int id, int arg);

/* Scrolls a view by a key (arrows, page keys, Home, End); 1 when handled. */
int app_scroll_key(app *a, ui_scroll *s, SDL_Keycode k);

#endif

/* term_play.h: the terminal front end: plain UTF-8 text, one line per
 * utterance, numbered responses, so that a screen reader can follow it.
 * `naast run` uses it with scripted choices and no prompts. */
#ifndef NAAST_TERM_PLAY_H
#define NAAST_TERM_PLAY_H

#include <stdio.h>

#include "record.h"
#include "session.h"

typedef struct {
  FILE *in, *out;
  int interactive;            /* prompts; u undo, p pause, q quit */
  int assess;                 /* feedback only at the end */
  int group;                  /* intervision: silent choice, tally, reveal (interactive only) */
  int discuss_seconds;        /* group: a timer for each silent choice; 0 none */
  nst_tally *tallies;         /* group: one per decision, also set in meta; the caller frees it */
  int tally_cap;
  const int *script;          /* scripted 1-based response numbers (run) */
  int script_len;
  const char *record_path;    /* saved after every decision; NULL: not saved */
  int save_failed;            /* a save failed (said once on stderr): the caller exits non-zero */
  nst_record_meta *meta;
  char *self_assessment;      /* JSON asked at the end of interactive play, also set in
                                 meta; the caller frees it */
} nst_term;

/* Plays until the end, the script runs out, or the user quits. At the end
 * of interactive play, before any score, asks for the trainee's own estimate
 * (unless meta already holds one). Returns an exit code (status.h). */
int term_play(nst_session *s, nst_term *t);

/* Group play continuing an earlier record (resumed or branched): keeps
 * its first n decisions' tallies. 0, or -1 out of memory. */
int term_keep_tallies(nst_term *t, const nst_record *old, int n);

/* Saves the session to t->record_path (when set); a failure is said on
 * stderr (once) and play goes on, with t->save_failed set. */
void term_save(const nst_session *s, nst_term *t);

/* SIGINT, SIGTERM and SIGHUP during interactive play on standard input
 * stop it as the end of input does (the session is kept, where to resume
 * is said); term_stop_signal() then says which signal came (0: none), for
 * the caller to save, clean up and end by that signal. Terminal play sets
 * no terminal modes, so there is nothing else to restore. */
void term_catch_signals(void);
int term_stop_signal(void);

void term_print_intro(const nst_scenario *sc, FILE *out);
void term_print_scores(const nst_session *s, FILE *out);

#endif

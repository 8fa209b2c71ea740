/* tells.h: does a scenario give its best response away by length or form?
 *
 * A trainee who ignores what is said and always takes the longest response,
 * or the one with a question mark, should not do well. The tells analysis
 * plays such surface strategies through an ordinary session and measures
 * how length lines up with the best response at each decision. validate
 * warns on what it finds (nst_check); analyze shows it.
 *
 * A decision's best response is the one with the most points over all
 * dimensions (the first of equals); only responses on offer in some
 * reachable state count.
 */
#ifndef NAAST_TELLS_H
#define NAAST_TELLS_H

#include "analyze.h"
#include "scenario.h"

/* validate warns when the best response is the longest in more than this
 * share of decisions (per cent). */
enum { NST_TELL_MAX_LONGEST = 40 };

typedef enum {
  NST_TELL_LONGEST,       /* always the response with the most words */
  NST_TELL_SHORTEST,      /* the fewest words */
  NST_TELL_FIRST,         /* the first on offer */
  NST_TELL_LAST,          /* the last on offer */
  NST_TELL_QUESTION,      /* a question (the longest of them; else the longest) */
  NST_TELL_NO_QUESTION,   /* no question (the longest of them; else the longest) */
  NST_TELL_COUNT
} nst_tell_strategy;

typedef struct {
  nst_path path;          /* choices, ending, points; ending -1 when not played */
  char error[256];        /* why it could not be played to an ending ("" if it could) */
} nst_tell_play;

typedef struct {
  nst_tell_play plays[NST_TELL_COUNT];
  int decisions;          /* decision nodes with two or more responses on offer */
  int best_longest;       /* ... where every response with the most words is a best one */
  int best_shortest;      /* ... where every response with the fewest words is a best one */
  double median_best, median_other;   /* words; 0 when there are none */
  int *best_words, *other_words;      /* the words behind the medians, sorted */
  int best_count, other_count;
} nst_tells;

/* Plays every strategy and measures the decisions. offered[choice] says
 * which responses are on offer in some reachable state (an exploration's or
 * an analysis's choice_offered); NULL counts every response. 0, or -1 when
 * memory ran out (the message in t->plays[0].error). nst_tells_free is
 * needed either way. */
int nst_tells_measure(const nst_scenario *sc, const unsigned char *offered, nst_tells *t);
void nst_tells_free(nst_tells *t);

/* "longest", "shortest", "first", "last", "question", "no-question". */
const char *nst_tell_name(nst_tell_strategy s);

/* Whether the strategy gives the scenario away: an ending of kind herstel,
 * or half the points or more. */
int nst_tell_gives_away(const nst_scenario *sc, const nst_tell_play *p);

/* Words a response has, as a listener counts them: runs of non-space bytes
 * with a letter or digit in them (any non-ASCII byte counts as a letter). */
int nst_text_words(const char *text);
/* 1 when the text asks a question (has a question mark). */
int nst_text_asks(const char *text);

#endif

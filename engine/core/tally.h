/* tally.h: a group's votes at one decision (group play).
 *
 * In group play each peer first chooses silently; then the facilitator
 * enters how many chose each response. The conversation follows the
 * majority. A tie is the facilitator's call, and so is following another
 * response on purpose ("let's see what the minority's choice does"); the
 * tally keeps which of the three it was.
 */
#ifndef NAAST_TALLY_H
#define NAAST_TALLY_H

enum {
  NST_TALLY_MAX = 32,      /* responses a tally can count at one decision */
  NST_TALLY_VOTES = 999    /* most votes for one response: a room, not a poll */
};

typedef enum { NST_FOLLOW_MAJORITY, NST_FOLLOW_TIE_BREAK, NST_FOLLOW_FACILITATOR } nst_follow;

typedef struct {
  int n;                        /* responses available then; 0: no tally */
  int counts[NST_TALLY_MAX];    /* votes per response, in the order shown */
  int followed;                 /* 0-based: the response the conversation followed */
  int how;                      /* nst_follow */
} nst_tally;

/* An empty tally for n responses (n is clamped to NST_TALLY_MAX). */
void nst_tally_init(nst_tally *t, int n);
int nst_tally_total(const nst_tally *t);

/* The responses with the most votes (0-based, ascending) into out[n];
 * returns how many: 1 for a clear majority, more for a tie, 0 with no votes. */
int nst_tally_leaders(const nst_tally *t, int *out);

/* What is wrong with a tally line; the front end words it for the room. */
typedef enum {
  NST_TALLY_OK,
  NST_TALLY_NOT_A_NUMBER,      /* something that is not a count */
  NST_TALLY_MIXED,             /* counts in order and number:count pairs mixed */
  NST_TALLY_NO_SUCH_RESPONSE,  /* number:count with a number outside 1..n (in *detail) */
  NST_TALLY_TOO_MANY_VOTES,    /* a count over NST_TALLY_VOTES */
  NST_TALLY_WRONG_COUNT,       /* not one count per response (*detail: how many given) */
  NST_TALLY_EMPTY              /* nobody voted */
} nst_tally_error;

/* Parses the facilitator's tally line for n responses: the counts in the
 * order shown ("3 2 0 1"), or number:count pairs ("2:3 4:1", the rest 0).
 * On an error *t is left as it was and *detail says which number. */
nst_tally_error nst_tally_parse(const char *line, int n, nst_tally *t, int *detail);

/* Decides whom the conversation follows. With choice < 0: the majority
 * (0), or -1 when the leaders tie and the facilitator must choose. With a
 * choice: that response; it is a tie-break when the choice is one of tied
 * leaders, the majority when it is the single leader, else the
 * facilitator's own call. Returns -1 for a choice out of range. */
int nst_tally_follow(nst_tally *t, int choice);

/* "majority", "tie-break" or "facilitator"; and back (-1: unknown). */
const char *nst_follow_name(int how);
int nst_follow_parse(const char *name);

#endif

/* tally.c: a group's votes at one decision. */
#include "tally.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void nst_tally_init(nst_tally *t, int n) {
  memset(t, 0, sizeof *t);
  t->n = n < 0 ? 0 : n > NST_TALLY_MAX ? NST_TALLY_MAX : n;
  t->followed = -1;
}

int nst_tally_total(const nst_tally *t) {
  int sum = 0;
  for (int i = 0; i < t->n; i++) sum += t->counts[i];
  return sum;
}

int nst_tally_leaders(const nst_tally *t, int *out) {
  int top = 0, k = 0;
  for (int i = 0; i < t->n; i++) if (t->counts[i] > top) top = t->counts[i];
  if (top == 0) return 0;
  for (int i = 0; i < t->n; i++) if (t->counts[i] == top) out[k++] = i;
  return k;
}

/* A whole number 0..NST_TALLY_VOTES at *p; moves *p past it. -1 if none. */
static int number(const char **p) {
  if (!isdigit((unsigned char)**p)) return -1;
  long v = 0;
  while (isdigit((unsigned char)**p)) {
    if (v <= NST_TALLY_VOTES) v = v * 10 + (**p - '0');
    (*p)++;
  }
  return v > NST_TALLY_VOTES ? NST_TALLY_VOTES + 1 : (int)v;
}

static int separator(char c) { return c == ' ' || c == '\t' || c == ',' || c == ';' || c == '\r' || c == '\n'; }

nst_tally_error nst_tally_parse(const char *line, int n, nst_tally *t, int *detail) {
  nst_tally r;
  nst_tally_init(&r, n);
  int count = 0, pairs = -1, dummy;
  if (!detail) detail = &dummy;
  *detail = 0;
  for (const char *p = line;;) {
    while (separator(*p)) p++;
    if (!*p) break;
    int a = number(&p);
    if (a < 0) return NST_TALLY_NOT_A_NUMBER;
    int is_pair = *p == ':' || *p == '=';
    if (pairs >= 0 && is_pair != pairs) return NST_TALLY_MIXED;
    pairs = is_pair;
    int response = count, votes = a;
    if (is_pair) {
      p++;
      if ((votes = number(&p)) < 0) return NST_TALLY_NOT_A_NUMBER;
      if (a < 1 || a > r.n) { *detail = a; return NST_TALLY_NO_SUCH_RESPONSE; }
      response = a - 1;
    } else if (++count > r.n) {
      *detail = count;
      return NST_TALLY_WRONG_COUNT;
    }
    if (*p && !separator(*p)) return NST_TALLY_NOT_A_NUMBER;
    if (votes > NST_TALLY_VOTES || r.counts[response] + votes > NST_TALLY_VOTES) {
      *detail = response + 1;
      return NST_TALLY_TOO_MANY_VOTES;
    }
    r.counts[response] += votes;
  }
  if (pairs == 0 && count != r.n) { *detail = count; return NST_TALLY_WRONG_COUNT; }
  if (nst_tally_total(&r) == 0) return NST_TALLY_EMPTY;
  *t = r;
  return NST_TALLY_OK;
}

int nst_tally_follow(nst_tally *t, int choice) {
  int lead[NST_TALLY_MAX];
  int k = nst_tally_leaders(t, lead);
  if (choice < 0) {
    if (k != 1) return -1;
    t->followed = lead[0];
    t->how = NST_FOLLOW_MAJORITY;
    return 0;
  }
  if (choice >= t->n) return -1;
  int leader = 0;
  for (int i = 0; i < k; i++) leader |= lead[i] == choice;
  t->followed = choice;
  t->how = !leader ? NST_FOLLOW_FACILITATOR : k == 1 ? NST_FOLLOW_MAJORITY : NST_FOLLOW_TIE_BREAK;
  return 0;
}

static const char *const FOLLOW_NAMES[] = { "majority", "tie-break", "facilitator" };

const char *nst_follow_name(int how) {
  return how >= 0 && how <= NST_FOLLOW_FACILITATOR ? FOLLOW_NAMES[how] : "majority";
}

int nst_follow_parse(const char *name) {
  for (int i = 0; name && i <= NST_FOLLOW_FACILITATOR; i++)
    if (!strcmp(name, FOLLOW_NAMES[i])) return i;
  return -1;
}

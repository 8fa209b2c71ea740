/* record.h: the session record, a versioned JSON file (docs/record-format.md,
 * docs/record.schema.json), written after every decision.
 *
 * Errors: functions return NULL or -1 and write a message to err.
 */
#ifndef NAAST_RECORD_H
#define NAAST_RECORD_H

#include <stddef.h>

#include "session.h"
#include "tally.h"

enum { NST_RECORD_FORMAT = 1 };

typedef struct {
  const char *trainee;        /* name or pseudonym; NULL: anonymous */
  const char *mode;           /* "training", "assessment" or "group" */
  const char *lang;           /* interface language: "nl" or "en" */
  long long started, ended;   /* Unix seconds; ended 0 while in progress */
  const char *self_assessment_json; /* a JSON object kept as is, or NULL */
  const nst_tally *tallies;   /* group play: tallies[i] for decision i (n 0: none) */
  int tally_count;
  const char *branched_from;  /* --from: the record this session branched from */
  int branched_step;          /* ... at its decision N (1-based) */
} nst_record_meta;

/* The record of a session as JSON text (caller frees). */
char *nst_record_json(const nst_session *s, const nst_record_meta *m);

/* Writes the record atomically. */
int nst_record_save(const char *path, const nst_session *s, const nst_record_meta *m,
                    char *err, size_t errlen);

/* One decision as the record keeps it, for reports that read records only
 * (compare, history, export). Points are indexed like nst_record.dims. */
typedef struct {
  char *node, *text;
  int available;
  unsigned lessons;           /* bit n: the chosen response touches lesson n */
  unsigned lessons_available; /* bit n: some available response touches it;
                                 0 in records written before naast 0.1.0 kept it */
  int earned[NST_MAX_DIMS], best[NST_MAX_DIMS];
  nst_tally tally;            /* group play: the votes (n 0: none kept) */
} nst_record_step;

/* A record read back: what replaying and reporting need. Strings missing
 * from an older record are NULL. */
typedef struct {
  char *scenario_id, *scenario_file, *hash, *trainee, *mode, *lang, *ending;
  char *scenario_title, *scenario_version, *ending_title, *ending_kind;
  char *role;                 /* the trainee's seat (a rubric role id), or NULL */
  long long started, ended;   /* -1 when absent */
  unsigned scenario_lessons;  /* bit n: the scenario trains lesson n (0: not kept) */
  int main_lesson;            /* 0: not kept */
  int dim_count;
  char **dims;                /* [dim_count] dimension ids, in the rubric's order */
  int count;                  /* decisions kept (not undone) */
  char **choice_ids;          /* [count] */
  int *numbers;               /* [count], 1-based among the available */
  int *millis;                /* [count], -1 unknown */
  nst_record_step *steps;     /* [count] */
  int undone_count;
  char *self_assessment_json; /* or NULL */
  char *branched_from;        /* the record it branched from, or NULL */
  int branched_step;          /* at that record's decision N; 0: none */
} nst_record;

nst_record *nst_record_load(const char *path, char *err, size_t errlen);
void nst_record_free(nst_record *r);

/* Per dimension, Σ earned and Σ best over the decisions where best > 0 (the
 * session's own rule, docs/scenario-format.md); arrays of r->dim_count. */
void nst_record_totals(const nst_record *r, int *earned, int *best);
/* All dimensions pooled: Σ earned and Σ best over the same decisions (the
 * overall score is earned / best); returns 0 when nothing counted (best 0).
 * With lesson 1..8, only the decisions where some available response touched
 * that lesson count. */
int nst_record_pooled(const nst_record *r, int lesson, int *earned, int *best);

/* Plays the first upto decisions of the record (all if upto < 0) in a
 * started session, matching responses by id. */
int nst_record_replay(const nst_record *r, nst_session *s, int upto, char *err, size_t errlen);

/* Records in a sessions folder are named <scenario-id>-<UTC time>.json
 * (docs/record-format.md). */

/* A new record's path in dir for a session of scenario id begun at t:
 * -2, -3, ... are added when a session of the same scenario began in the
 * same second (a branch made at once, say). 0, or -1 with err. */
int nst_record_new_path(const char *dir, const char *id, long long t, char *out, size_t n, char *err, size_t errlen);

/* The newest unfinished session of scenario id in dir, of a group (group 1)
 * or of one person (group 0): a meeting is not resumed by one trainee at a
 * laptop, nor the other way round. 0 with its path in out, or -1: none. */
int nst_record_find_unfinished(const char *dir, const char *id, int group, char *out, size_t n);

/* "fnv1a64:<16 hex digits>" of a scenario's file. */
void nst_record_hash_text(const nst_scenario *sc, char out[32]);

/* Formats Unix seconds as 2026-11-23T16:00:00Z; parses it back (-1 bad). */
void nst_time_format(long long t, char out[32]);
long long nst_time_parse(const char *s);

#endif

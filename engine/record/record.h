/* record.h: the session record, a versioned JSON file (docs/record-format.md,
 * docs/record.schema.json), written after every decision.
 *
 * Errors: functions return NULL or -1 and write a message to err.
 */
#ifndef NAAST_RECORD_H
#define NAAST_RECORD_H

#include <stddef.h>

#include "session.h"

enum { NST_RECORD_FORMAT = 1 };

typedef struct {
  const char *trainee;        /* name or pseudonym; NULL: anonymous */
  const char *mode;           /* "training", "assessment" or "group" */
  const char *lang;           /* interface language: "nl" or "en" */
  long long started, ended;   /* Unix seconds; ended 0 while in progress */
  const char *self_assessment_json; /* a JSON object kept as is, or NULL */
} nst_record_meta;

/* The record of a session as JSON text (caller frees). */
char *nst_record_json(const nst_session *s, const nst_record_meta *m);

/* Writes the record atomically. */
int nst_record_save(const char *path, const nst_session *s, const nst_record_meta *m,
                    char *err, size_t errlen);

/* A record read back: what replaying and reporting need. */
typedef struct {
  char *scenario_id, *scenario_file, *hash, *trainee, *mode, *lang, *ending;
  long long started, ended;
  int count;                  /* decisions kept (not undone) */
  char **choice_ids;          /* [count] */
  int *numbers;               /* [count], 1-based among the available */
  int *millis;                /* [count], -1 unknown */
  int undone_count;
  char *self_assessment_json; /* or NULL */
} nst_record;

nst_record *nst_record_load(const char *path, char *err, size_t errlen);
void nst_record_free(nst_record *r);

/* Plays the first upto decisions of the record (all if upto < 0) in a
 * started session, matching responses by id. */
int nst_record_replay(const nst_record *r, nst_session *s, int upto, char *err, size_t errlen);

/* "fnv1a64:<16 hex digits>" of a scenario's file. */
void nst_record_hash_text(const nst_scenario *sc, char out[32]);

/* Formats Unix seconds as 2026-11-23T16:00:00Z; parses it back (-1 bad). */
void nst_time_format(long long t, char out[32]);
long long nst_time_parse(const char *s);

#endif

/* cohort_index.h: the summaries of every session in a sessions folder, kept
 * in an index file beside the records (INDEX_NAME, a hidden text file) so that
 * naast history does not parse thousands of records each time.
 *
 * An index entry is used while its record's size and modification time are
 * unchanged; any other record is parsed and the index rewritten atomically.
 * The index is only a cache: a damaged one is ignored and rebuilt, and a
 * folder that cannot be written is merely slower.
 */
#ifndef NAAST_COHORT_INDEX_H
#define NAAST_COHORT_INDEX_H

#include <stddef.h>

#include "cohort_summary.h"

#define COHORT_INDEX_NAME ".naast-index"

typedef struct {
  cohort_summary *items;      /* by start time, then file name */
  int count;
  char **skipped;             /* "file: what is wrong" for records that could not be read */
  int skipped_count;
  int parsed;                 /* records parsed this time (the rest came from the index) */
} cohort_summaries;

/* Loads the summaries of dir's records (*.json). 0, or -1 when dir cannot
 * be read (message in err); a folder that does not exist is empty. */
int cohort_index_load(const char *dir, cohort_summaries *out, char *err, size_t errlen);
/* Keeps the sessions of one trainee (compared without regard to ASCII case). */
void cohort_summaries_keep_trainee(cohort_summaries *s, const char *trainee);
/* Keeps the sessions played in one role (records without a role go). */
void cohort_summaries_keep_role(cohort_summaries *s, const char *role);
void cohort_summaries_free(cohort_summaries *s);

#endif

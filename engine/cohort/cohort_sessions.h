/* cohort_sessions.h: a set of session records read for a cohort report (compare,
 * history, export). Only records are read, never scenario files.
 *
 * A file that cannot be read as a record is skipped, not fatal: the set keeps
 * a message naming it, and the reports say which files were left out.
 */
#ifndef NAAST_COHORT_SESSIONS_H
#define NAAST_COHORT_SESSIONS_H

#include "record.h"

typedef struct {
  nst_record **recs;
  char **paths;            /* [count], as given or found */
  int count;
  char **skipped;          /* [skipped_count] "file: what is wrong" */
  int skipped_count;
} cohort_set;

/* Loads one record; 0, or -1 when it was skipped (message kept). */
int cohort_set_add_file(cohort_set *s, const char *path);
/* Loads every record (*.json, no temporary files) in dir, sorted by name.
 * Returns how many files were tried, or -1 when dir cannot be opened (a
 * folder that does not exist yet is empty, not an error: returns 0). */
int cohort_set_add_dir(cohort_set *s, const char *dir);
/* Loads each path: a record, or a folder of them (as cohort_set_add_dir).
 * 0, or -1 when a folder cannot be opened (its name in err). */
int cohort_set_add_paths(cohort_set *s, char *const *paths, int count, char *err, size_t errlen);
/* Keeps the sessions of one trainee (compared without regard to ASCII case). */
void cohort_set_keep_trainee(cohort_set *s, const char *trainee);
/* Keeps the sessions played in one role (records without a role go). */
void cohort_set_keep_role(cohort_set *s, const char *role);
/* Orders the sessions by start time, then by file name. */
void cohort_set_sort_by_time(cohort_set *s);
void cohort_set_free(cohort_set *s);

/* The last part of a path. */
const char *cohort_base_name(const char *path);

#endif

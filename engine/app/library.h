/* library.h: the scenarios a trainee can choose: the library's and the
 * trainer's own (paths.h says where both are). A scenario's id here is its
 * file name without .lua.
 *
 * An id that is both the library's and the trainer's own is an error that
 * names both files: neither silently shadows the other. Functions that find
 * a problem print it to stderr as "file: error: message" and return -1.
 */
#ifndef NAAST_LIBRARY_H
#define NAAST_LIBRARY_H

#include <stddef.h>

#include "loader.h"

/* Every scenario file: the library's, sorted, then the trainer's own,
 * sorted. Returns the count; the caller frees with lib_free. */
int lib_files(char ***paths);
void lib_free(char **paths, int n);
/* 1 when path is in the trainer's own scenarios folder. */
int lib_is_own(const char *path);
/* For one of lib_files' paths: 1, with the other file's path, when its id
 * is also in the other place (the library's or the trainer's own). */
int lib_conflict(const char *path, char *other, size_t n);
/* 1, with its path, when the library (not the trainer's own) has id. */
int lib_library_has(const char *id, char *path, size_t n);
/* A scenario named on the command line: a file path, or an id in the
 * library or the trainer's own scenarios. 0, or -1 with a message printed
 * (not found; or found in both places, naming both files). */
int lib_resolve(const char *name, char *out, size_t n);
/* The library folder (paths_library), for messages. */
const char *lib_dir(void);
/* Load options for a scenario: the rubric named on the command line (or
 * NULL), else the one near the file, else the library's; the load's time
 * budget set by lib_set_load_seconds. */
nst_load_options lib_load_options(const char *rubric);
/* --time-limit: seconds a scenario file may run while it loads (0: the
 * sandbox's default). */
void lib_set_load_seconds(double seconds);

/* The scenario file of a session record, from the id and the file the
 * record names, the one way report, resume, --from and the window find it.
 * A record is a file anyone can edit, so what it names is not trusted:
 * only .lua files are considered, first the library's or the trainer's own
 * file for the id, then the recorded path when it is a regular file ending
 * in .lua (and a link's target too). 0 with the path in out, or -1 with a
 * message naming record_path in err that quotes nothing from the file. */
int lib_record_scenario(const char *id, const char *file, const char *record_path, char *out, size_t n,
                        char *err, size_t errlen);

#endif

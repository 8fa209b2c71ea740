/* record_scenario.c: the scenario file a session record names, found the
 * one way report, play --resume, play --from and the window all use.
 *
 * A record is a file anyone can edit, so what it names is not trusted: a
 * record saying "file": "/etc/shadow" must not make naast run that file in
 * the sandbox and quote a fragment of it in the error. Only .lua files are
 * considered: first the library's file for the record's id (a folder of the
 * trainer's own scenarios belongs in the same list), then the path the
 * record kept, when it is a regular file whose name, and whose target when
 * it is a link, ends in .lua.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"

static int ends_lua(const char *p) {
  size_t l = strlen(p);
  return l > 4 && strcmp(p + l - 4, ".lua") == 0;
}

/* The library's <id>.lua, by file name as lib_resolve matches it; a name
 * with a slash in it matches no file name, so an id cannot lead elsewhere. */
static int by_id(const char *id, char *out, size_t n) {
  if (!id || !*id || strchr(id, '/')) return -1;
  char **paths;
  int count = lib_files(&paths), found = -1;
  size_t il = strlen(id);
  for (int i = 0; i < count && found < 0; i++) {
    const char *base = strrchr(paths[i], '/');
    base = base ? base + 1 : paths[i];
    if (strncmp(base, id, il) == 0 && strcmp(base + il, ".lua") == 0) found = i;
  }
  int rc = found >= 0 && snprintf(out, n, "%s", paths[found]) < (int)n ? 0 : -1;
  lib_free(paths, count);
  return rc;
}

/* The recorded path, when it is a regular .lua file (a link too, when
 * what it points to is one). */
static int by_path(const char *file, char *out, size_t n) {
  struct stat st;
  char real[PATH_MAX];
  if (!file || !ends_lua(file) || stat(file, &st) != 0 || !S_ISREG(st.st_mode)) return -1;
  if (!realpath(file, real) || !ends_lua(real)) return -1;
  return snprintf(out, n, "%s", file) < (int)n ? 0 : -1;
}

int cli_record_scenario(const nst_record *r, const char *record_path, char *out, size_t n, char *err,
                        size_t errlen) {
  if (by_id(r->scenario_id, out, n) == 0 || by_path(r->scenario_file, out, n) == 0) return 0;
  snprintf(err, errlen,
           "%s: its scenario (id \"%s\") is not in the library (%s), and the file it names is not a "
           "scenario file (a regular file ending in .lua)",
           record_path, r->scenario_id ? r->scenario_id : "?", lib_dir());
  return -1;
}

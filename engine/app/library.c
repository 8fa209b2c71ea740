/* library.c: the library's scenarios and the trainer's own. */
#include "library.h"

#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "paths.h"

static int is_dir(const char *p) { struct stat st; return stat(p, &st) == 0 && S_ISDIR(st.st_mode); }
static int is_file(const char *p) { struct stat st; return stat(p, &st) == 0 && S_ISREG(st.st_mode); }

const char *lib_dir(void) { return paths_library(); }

static double load_seconds;   /* --time-limit; 0: the sandbox's default */

void lib_set_load_seconds(double seconds) { load_seconds = seconds; }

nst_load_options lib_load_options(const char *rubric) {
  nst_load_options opt = nst_load_defaults();
  opt.rubric = rubric;
  opt.fallback_rubric = paths_rubric();
  if (load_seconds > 0) opt.limits.load_seconds = load_seconds;
  return opt;
}

static int by_name(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static void collect(const char *dir, int depth, char ***paths, int *n, int *cap) {
  DIR *d = opendir(dir);
  if (!d) return;
  struct dirent *e;
  while ((e = readdir(d))) {
    if (e->d_name[0] == '.') continue;
    char p[PATH_MAX];
    if (snprintf(p, sizeof p, "%s/%s", dir, e->d_name) >= (int)sizeof p) continue;
    size_t l = strlen(e->d_name);
    if (is_dir(p) && depth < 2) collect(p, depth + 1, paths, n, cap);
    else if (l > 4 && strcmp(e->d_name + l - 4, ".lua") == 0 && strcmp(e->d_name, "rubric.lua") != 0) {
      if (*n == *cap) {
        *cap = *cap ? *cap * 2 : 16;
        char **np = realloc(*paths, sizeof(char *) * (size_t)*cap);
        if (!np) break;
        *paths = np;
      }
      (*paths)[(*n)++] = strdup(p);
    }
  }
  closedir(d);
}

/* The trainer's folder, resolved so that it compares with the library's;
 * NULL when it does not exist or is the library itself. */
static const char *own_dir(void) {
  static char own[PATH_MAX];
  char lib[PATH_MAX];
  if (!realpath(paths_own(), own)) return NULL;
  if (realpath(paths_library(), lib) && !strcmp(lib, own)) return NULL;
  return own;
}

int lib_files(char ***paths) {
  int n = 0, cap = 0;
  *paths = NULL;
  collect(paths_library(), 0, paths, &n, &cap);
  if (n > 1) qsort(*paths, (size_t)n, sizeof **paths, by_name);
  int first_own = n;
  const char *own = own_dir();
  if (own) collect(own, 0, paths, &n, &cap);
  if (n - first_own > 1) qsort(*paths + first_own, (size_t)(n - first_own), sizeof **paths, by_name);
  return n;
}

void lib_free(char **paths, int n) {
  for (int i = 0; i < n; i++) free(paths[i]);
  free(paths);
}

int lib_is_own(const char *path) {
  const char *own = own_dir();
  size_t l = own ? strlen(own) : 0;
  return own && !strncmp(path, own, l) && path[l] == '/';
}

/* The id of a scenario file: its name without .lua; length in *len. */
static const char *id_of(const char *path, size_t *len) {
  const char *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  size_t l = strlen(base);
  *len = l > 4 && !strcmp(base + l - 4, ".lua") ? l - 4 : l;
  return base;
}

int lib_conflict(const char *path, char *other, size_t n) {
  size_t il;
  const char *id = id_of(path, &il);
  int mine = lib_is_own(path), found = 0;
  char **paths;
  int count = lib_files(&paths);
  for (int i = 0; i < count && !found; i++) {
    size_t l;
    const char *x = id_of(paths[i], &l);
    if (l == il && !strncmp(x, id, il) && lib_is_own(paths[i]) != mine) {
      snprintf(other, n, "%s", paths[i]);
      found = 1;
    }
  }
  lib_free(paths, count);
  return found;
}

int lib_library_has(const char *id, char *path, size_t n) {
  char **paths;
  int count = lib_files(&paths), found = 0;
  for (int i = 0; i < count && !found; i++) {
    size_t l;
    const char *x = id_of(paths[i], &l);
    if (l == strlen(id) && !strncmp(x, id, l) && !lib_is_own(paths[i])) {
      snprintf(path, n, "%s", paths[i]);
      found = 1;
    }
  }
  lib_free(paths, count);
  return found;
}

int lib_resolve(const char *name, char *out, size_t n) {
  if (is_file(name)) { snprintf(out, n, "%s", name); return 0; }
  char **paths;
  int count = lib_files(&paths), found = -1, also = -1;
  for (int i = 0; i < count; i++) {
    size_t l;
    const char *id = id_of(paths[i], &l);
    if (strlen(name) != l || strncmp(id, name, l) != 0) continue;
    if (found < 0) found = i;
    else if (also < 0 && lib_is_own(paths[i]) != lib_is_own(paths[found])) also = i;
  }
  int rc = 0;
  if (found >= 0 && also >= 0) {
    fprintf(stderr, "%s: error: the id \"%s\" is also the library's scenario %s; rename your own file\n",
            paths[also], name, paths[found]);
    rc = -1;
  } else if (found >= 0) {
    snprintf(out, n, "%s", paths[found]);
  } else {
    fprintf(stderr, "naast: no scenario \"%s\": not a file, and not in the library (%s) or your own scenarios (%s); "
                    "see naast list\n", name, paths_library(), paths_own());
    rc = -1;
  }
  lib_free(paths, count);
  return rc;
}

/* ---- the scenario a record names ---- */

static int ends_lua(const char *p) {
  size_t l = strlen(p);
  return l > 4 && strcmp(p + l - 4, ".lua") == 0;
}

/* <id>.lua among the library's and the trainer's own files (the library's
 * first); a name with a slash in it matches no file name, so an id cannot
 * lead elsewhere. */
static int record_by_id(const char *id, char *out, size_t n) {
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
static int record_by_path(const char *file, char *out, size_t n) {
  struct stat st;
  char real[PATH_MAX];
  if (!file || !ends_lua(file) || stat(file, &st) != 0 || !S_ISREG(st.st_mode)) return -1;
  if (!realpath(file, real) || !ends_lua(real)) return -1;
  return snprintf(out, n, "%s", file) < (int)n ? 0 : -1;
}

int lib_record_scenario(const char *id, const char *file, const char *record_path, char *out, size_t n,
                        char *err, size_t errlen) {
  if (record_by_id(id, out, n) == 0 || record_by_path(file, out, n) == 0) return 0;
  snprintf(err, errlen,
           "%s: its scenario (id \"%s\") is not in the library (%s) or your own scenarios (%s), and the file "
           "it names is not a scenario file (a regular file ending in .lua)",
           record_path, id ? id : "?", lib_dir(), paths_own());
  return -1;
}

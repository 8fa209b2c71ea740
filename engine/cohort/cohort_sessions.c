/* cohort_sessions.c: reading a set of records. */
#include "cohort_sessions.h"

#include <dirent.h>
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

const char *cohort_base_name(const char *path) {
  const char *slash = strrchr(path, '/');
  return slash ? slash + 1 : path;
}

/* Makes room for element count of a growable array whose capacities are 8,
 * 16, 32, ...: it grows when count reaches one of them. */
static int push(void *arrayp, int count, size_t elem) {
  if (count != 0 && (count < 8 || (count & (count - 1)) != 0)) return 0;
  void **array = arrayp;
  void *p = realloc(*array, (count ? (size_t)count * 2 : 8) * elem);
  if (!p) return -1;
  *array = p;
  return 0;
}

static void skip(cohort_set *s, const char *message) {
  char *m = strdup(message);
  if (!m || push(&s->skipped, s->skipped_count, sizeof(char *)) != 0) { free(m); return; }
  s->skipped[s->skipped_count++] = m;
}

int cohort_set_add_file(cohort_set *s, const char *path) {
  char err[1024];
  nst_record *r = nst_record_load(path, err, sizeof err);
  if (!r) { skip(s, err); return -1; }
  char *p = strdup(path);
  if (!p || push(&s->recs, s->count, sizeof(nst_record *)) != 0 ||
      push(&s->paths, s->count, sizeof(char *)) != 0) {
    free(p);
    nst_record_free(r);
    snprintf(err, sizeof err, "%s: out of memory", path);
    skip(s, err);
    return -1;
  }
  s->recs[s->count] = r;
  s->paths[s->count] = p;
  s->count++;
  return 0;
}

static int is_record_name(const char *name) {
  size_t n = strlen(name);
  return name[0] != '.' && n > 5 && strcmp(name + n - 5, ".json") == 0 && !strstr(name, ".tmp.");
}

static int by_name(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

int cohort_set_add_dir(cohort_set *s, const char *dir) {
  DIR *d = opendir(dir);
  if (!d) return errno == ENOENT ? 0 : -1;
  char **names = NULL;
  int n = 0;
  struct dirent *e;
  while ((e = readdir(d))) {
    if (!is_record_name(e->d_name)) continue;
    char *name = strdup(e->d_name);
    if (!name || push(&names, n, sizeof(char *)) != 0) { free(name); break; }
    names[n++] = name;
  }
  closedir(d);
  if (n > 1) qsort(names, (size_t)n, sizeof *names, by_name);
  for (int i = 0; i < n; i++) {
    char path[4096];
    if (snprintf(path, sizeof path, "%s/%s", dir, names[i]) < (int)sizeof path) cohort_set_add_file(s, path);
    free(names[i]);
  }
  free(names);
  return n;
}

int cohort_set_add_paths(cohort_set *s, char *const *paths, int count, char *err, size_t errlen) {
  for (int i = 0; i < count; i++) {
    struct stat st;
    if (stat(paths[i], &st) != 0 || !S_ISDIR(st.st_mode)) { cohort_set_add_file(s, paths[i]); continue; }
    if (cohort_set_add_dir(s, paths[i]) < 0) {
      snprintf(err, errlen, "%s: cannot read the folder: %s", paths[i], strerror(errno));
      return -1;
    }
  }
  return 0;
}

/* Keeps the records whose field (trainee or role) is want; case-blind for
 * names, exact for role ids. */
static void keep_where(cohort_set *s, size_t field, const char *want, int any_case) {
  int k = 0;
  for (int i = 0; i < s->count; i++) {
    const char *have = *(char *const *)((const char *)s->recs[i] + field);
    if (have && (any_case ? strcasecmp(have, want) : strcmp(have, want)) == 0) {
      s->recs[k] = s->recs[i];
      s->paths[k] = s->paths[i];
      k++;
    } else {
      nst_record_free(s->recs[i]);
      free(s->paths[i]);
    }
  }
  s->count = k;
}

void cohort_set_keep_role(cohort_set *s, const char *role) { keep_where(s, offsetof(nst_record, role), role, 0); }

void cohort_set_keep_trainee(cohort_set *s, const char *trainee) {
  keep_where(s, offsetof(nst_record, trainee), trainee, 1);
}

typedef struct { nst_record *rec; char *path; } entry;

static int by_time(const void *a, const void *b) {
  const entry *x = a, *y = b;
  if (x->rec->started != y->rec->started) return x->rec->started < y->rec->started ? -1 : 1;
  return strcmp(x->path, y->path);
}

void cohort_set_sort_by_time(cohort_set *s) {
  if (s->count < 2) return;
  entry *e = malloc(sizeof *e * (size_t)s->count);
  if (!e) return; /* left in name order */
  for (int i = 0; i < s->count; i++) e[i] = (entry){ s->recs[i], s->paths[i] };
  qsort(e, (size_t)s->count, sizeof *e, by_time);
  for (int i = 0; i < s->count; i++) { s->recs[i] = e[i].rec; s->paths[i] = e[i].path; }
  free(e);
}

void cohort_set_free(cohort_set *s) {
  for (int i = 0; i < s->count; i++) { nst_record_free(s->recs[i]); free(s->paths[i]); }
  for (int i = 0; i < s->skipped_count; i++) free(s->skipped[i]);
  free(s->recs); free(s->paths); free(s->skipped);
  memset(s, 0, sizeof *s);
}

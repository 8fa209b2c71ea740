/* library.c: finding scenarios and the data folder; shared CLI helpers. */
#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

static int is_dir(const char *p) { struct stat st; return stat(p, &st) == 0 && S_ISDIR(st.st_mode); }
static int is_file(const char *p) { struct stat st; return stat(p, &st) == 0 && S_ISREG(st.st_mode); }

const char *lib_dir(void) {
  static char dir[PATH_MAX];
  if (dir[0]) return dir;
  const char *env = getenv("NAAST_SCENARIOS");
  if (env && *env) { snprintf(dir, sizeof dir, "%s", env); return dir; }
  char exe[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n > 0) {
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    if (slash) *slash = '\0';
    /* build/naast -> scenarios/; bin/naast -> share/naast/scenarios */
    const char *tries[] = { "%s/../scenarios", "%s/../share/naast/scenarios" };
    for (int i = 0; i < 2; i++) {
      char p[PATH_MAX + 40];
      snprintf(p, sizeof p, tries[i], exe);
      char real[PATH_MAX];
      if (is_dir(p) && realpath(p, real)) { snprintf(dir, sizeof dir, "%s", real); return dir; }
    }
  }
  snprintf(dir, sizeof dir, "scenarios");
  return dir;
}

nst_load_options cli_load_options(const char *rubric) {
  static char library_rubric[PATH_MAX + 16];
  snprintf(library_rubric, sizeof library_rubric, "%s/rubric.lua", lib_dir());
  nst_load_options opt = nst_load_defaults();
  opt.rubric = rubric;
  opt.fallback_rubric = library_rubric;
  if (cli_time_limit() > 0) opt.limits.load_seconds = cli_time_limit();
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

int lib_files(char ***paths) {
  int n = 0, cap = 0;
  *paths = NULL;
  collect(lib_dir(), 0, paths, &n, &cap);
  if (n > 1) qsort(*paths, (size_t)n, sizeof **paths, by_name);
  return n;
}

void lib_free(char **paths, int n) {
  for (int i = 0; i < n; i++) free(paths[i]);
  free(paths);
}

int lib_resolve(const char *name, char *out, size_t n) {
  if (is_file(name)) { snprintf(out, n, "%s", name); return 0; }
  char **paths;
  int count = lib_files(&paths), found = -1;
  for (int i = 0; i < count && found < 0; i++) {
    const char *base = strrchr(paths[i], '/');
    base = base ? base + 1 : paths[i];
    size_t bl = strlen(base) - 4;
    if (strlen(name) == bl && strncmp(base, name, bl) == 0) found = i;
  }
  if (found >= 0) snprintf(out, n, "%s", paths[found]);
  lib_free(paths, count);
  if (found >= 0) return 0;
  fprintf(stderr, "naast: no scenario \"%s\": not a file, and not in the library (%s); see naast list\n",
          name, lib_dir());
  return -1;
}

void lib_data_dir(const char *option, char *out, size_t n) {
  const char *env = getenv("NAAST_DATA"), *xdg = getenv("XDG_DATA_HOME"), *home = getenv("HOME");
  if (option && *option) snprintf(out, n, "%s", option);
  else if (env && *env) snprintf(out, n, "%s", env);
  else if (xdg && *xdg) snprintf(out, n, "%s/naast", xdg);
  else snprintf(out, n, "%s/.local/share/naast", home && *home ? home : ".");
}

void print_findings(const nst_findings *f) {
  for (int i = 0; i < f->count; i++) {
    const nst_finding *x = &f->items[i];
    const char *sev = x->severity == NST_ERROR ? "error" : "warning";
    if (x->line > 0) fprintf(stderr, "%s:%d: %s: %s\n", x->file, x->line, sev, x->message);
    else fprintf(stderr, "%s: %s: %s\n", x->file, sev, x->message);
  }
}

nst_scenario *load_or_report(const char *path, const char *rubric) {
  nst_findings f = { 0 };
  nst_load_options opt = cli_load_options(rubric);
  nst_scenario *sc = nst_load_scenario(path, &opt, &f);
  if (!sc) {
    nst_findings_sort(&f);
    print_findings(&f);
    if (f.errors == 0) fprintf(stderr, "%s: error: cannot load the scenario\n", path);
  }
  nst_findings_clear(&f);
  return sc;
}

long long cli_now(void) {
  const char *sde = getenv("SOURCE_DATE_EPOCH");
  if (sde && *sde) return strtoll(sde, NULL, 10);
  return (long long)time(NULL);
}

int cli_parse_duration(const char *s) {
  if (!s || !*s) return -1;
  long total = 0;
  int parts = 0;   /* 1 after minutes, 2 after seconds */
  for (const char *p = s; *p;) {
    if (*p < '0' || *p > '9') return -1;
    long v = 0;
    while (*p >= '0' && *p <= '9') {
      v = v * 10 + (*p - '0');
      if (v > 100000) return -1;
      p++;
    }
    if (*p == 'm' && parts == 0) total += v * 60, p++, parts = 1;
    else if (*p == 's' && !p[1]) total += v, p++, parts = 2;
    else if (!*p && parts == 0) total = v, parts = 2;   /* plain seconds */
    else return -1;
  }
  return total >= 1 && total <= 3600 ? (int)total : -1;
}

/* library.c: helpers the subcommands share (finding scenarios is engine/app). */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "strings.h"

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
  nst_load_options opt = lib_load_options(rubric);
  nst_scenario *sc = nst_load_scenario(path, &opt, &f);
  if (!sc) {
    nst_findings_sort(&f);
    print_findings(&f);
    if (f.errors == 0) fprintf(stderr, "%s: error: cannot load the scenario\n", path);
  }
  nst_findings_clear(&f);
  return sc;
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

int cli_role_matches(const nst_scenario *sc, const char *role) {
  return !role || (sc->role && !strcmp(sc->role, role));
}

int cli_check_role(const char *role) {
  if (!role) return 0;
  char **paths;
  int n = lib_files(&paths), found = 0;
  char list[512] = "";
  for (int i = 0; i < n && !found; i++) {
    nst_findings f = { 0 };
    nst_load_options o = lib_load_options(NULL);
    nst_scenario *sc = nst_load_scenario(paths[i], &o, &f);
    nst_findings_clear(&f);
    if (!sc) continue;
    found = cli_role_matches(sc, role);
    size_t k = 0;
    for (int r = 0; r < sc->role_count && k < sizeof list; r++)
      k += (size_t)snprintf(list + k, sizeof list - k, "%s%s", r ? ", " : "", sc->roles[r].id);
    nst_scenario_free(sc);
  }
  lib_free(paths, n);
  if (found) return 0;
  fprintf(stderr, "naast: ");
  fprintf(stderr, S(S_NO_ROLE), role, list[0] ? list : "-");
  fprintf(stderr, "\n");
  return -1;
}

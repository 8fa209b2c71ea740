/* cmd_export.c: naast export: one CSV row per decision, for a trainer's own
 * analysis. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "cohort_export.h"
#include "fsutil.h"

static void usage(FILE *f) {
  fprintf(f,
          "usage: naast export [--csv] [--data DIR] [--trainee NAME] [--role ROLE] [--out FILE] [RECORD...]\n"
          "Writes one CSV row (RFC 4180) per decision of the sessions kept in the data folder\n"
          "(DIR/sessions, default ~/.local/share/naast), or of the records and folders named,\n"
          "oldest session first; docs/cohorts.md lists the columns. To standard output unless\n"
          "--out is given; --trainee and --role keep one trainee's sessions, or one seat's.\n"
          "Nothing leaves the machine.\n");
}

int cmd_export(int argc, char **argv) {
  const char *data = NULL, *out = NULL, *trainee = NULL, *role = NULL;
  char **names = calloc((size_t)argc + 1, sizeof *names);
  int count = 0;
  if (!names) { fprintf(stderr, "naast export: out of memory\n"); return EXIT_PROBLEM; }
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "--help") || !strcmp(a, "-h")) { usage(stdout); free(names); return EXIT_OK; }
    else if (!strcmp(a, "--csv")) continue; /* the one format, named for clarity */
    else if (!strcmp(a, "--data") && i + 1 < argc) data = argv[++i];
    else if (!strcmp(a, "--out") && i + 1 < argc) out = argv[++i];
    else if (!strcmp(a, "--trainee") && i + 1 < argc) trainee = argv[++i];
    else if (!strcmp(a, "--role") && i + 1 < argc) role = argv[++i];
    else if (a[0] != '-') names[count++] = argv[i];
    else { fprintf(stderr, "naast export: unexpected argument %s\n", a); usage(stderr); free(names); return EXIT_USAGE; }
  }
  cohort_set set = { 0 };
  char err[1024];
  int rc = EXIT_OK;
  if (count) {
    if (cohort_set_add_paths(&set, names, count, err, sizeof err) != 0) {
      fprintf(stderr, "naast export: %s\n", err);
      rc = EXIT_IO;
      goto done;
    }
  } else {
    char dir[4096];
    paths_set_data(data);
    snprintf(dir, sizeof dir, "%s", paths_sessions());
    if (cohort_set_add_dir(&set, dir) < 0) {
      fprintf(stderr, "naast export: cannot read the sessions folder %s\n", dir);
      rc = EXIT_IO;
      goto done;
    }
  }
  for (int i = 0; i < set.skipped_count; i++) fprintf(stderr, "naast export: skipped %s\n", set.skipped[i]);
  if (set.skipped_count) rc = EXIT_PROBLEM;
  if (trainee) cohort_set_keep_trainee(&set, trainee);
  if (role) cohort_set_keep_role(&set, role);
  cohort_set_sort_by_time(&set);
  char *csv = cohort_export_csv(&set);
  if (!csv) { fprintf(stderr, "naast export: out of memory\n"); rc = EXIT_PROBLEM; goto done; }
  if (!out) fputs(csv, stdout);
  else if (nst_file_write_atomic(out, csv, strlen(csv), err, sizeof err) != 0) {
    fprintf(stderr, "naast export: %s\n", err);
    rc = EXIT_IO;
  }
  free(csv);
done:
  cohort_set_free(&set);
  free(names);
  return rc;
}

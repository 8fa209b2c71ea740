/* cmd_list.c: naast list: the scenarios in the library. */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "strings.h"

static void usage(FILE *f) {
  fprintf(f, "usage: naast list [--role ROLE] [--lang nl|en]\n"
             "Lists the scenarios in the library (%s): id, title, the trainee's role, lessons, minutes,\n"
             "cast and content notes. --role shows only the scenarios in that seat.\n",
          lib_dir());
}

int cmd_list(int argc, char **argv) {
  const char *role = NULL;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) { usage(stdout); return EXIT_OK; }
    if (!strcmp(argv[i], "--lang") && i + 1 < argc) { strings_set_lang(argv[++i]); continue; }
    if (!strcmp(argv[i], "--role") && i + 1 < argc) { role = argv[++i]; continue; }
    usage(stderr);
    return EXIT_USAGE;
  }
  if (cli_check_role(role) != 0) return EXIT_USAGE;
  char **paths;
  int n = lib_files(&paths), bad = 0;
  if (n == 0) fprintf(stderr, "naast: no scenarios found in %s\n", lib_dir());
  for (int i = 0; i < n; i++) {
    nst_scenario *sc = load_or_report(paths[i], NULL);
    if (!sc) { bad = 1; continue; }
    if (!cli_role_matches(sc, role)) { nst_scenario_free(sc); continue; }
    printf("%s\n  %s\n", sc->id, sc->title);
    const char *rl = nst_scenario_role_label(sc, !strcmp(strings_lang(), "en"));
    if (rl) printf("  %s: %s\n", S(S_ROLE), rl);
    printf("  %s:", S(S_LESSONS));
    printf(" %d*", sc->main_lesson);  /* the main focus first */
    for (int l = 1; l <= NST_LESSONS; l++)
      if (l != sc->main_lesson && (sc->lessons & (1u << l))) printf(" %d", l);
    printf(" · %d %s · %s:", sc->minutes, S(S_MINUTES), S(S_CAST));
    for (int p = 0; p < sc->cast_count; p++)
      printf("%s %s (%s)", p ? "," : "", sc->cast[p].name, sc->cast[p].role);
    printf("\n");
    if (sc->content_note_count) {
      printf("  %s:", S(S_CONTENT_NOTES));
      for (int k = 0; k < sc->content_note_count; k++) printf("%s %s", k ? "," : "", sc->content_notes[k]);
      printf("\n");
    }
    nst_scenario_free(sc);
  }
  lib_free(paths, n);
  return bad ? EXIT_PROBLEM : EXIT_OK;
}

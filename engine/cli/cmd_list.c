/* cmd_list.c: naast list: the scenarios in the library. */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "strings.h"

static void usage(FILE *f) {
  fprintf(f, "usage: naast list [--role ROLE] [--lang nl|en] [--ids]\n"
             "Lists the scenarios in the library and your own: id, title, the trainee's role, lessons,\n"
             "minutes, cast and content notes. Your own are marked as such; an id in both places is\n"
             "an error.\n"
             "  --role ROLE  only the scenarios that put you in that seat\n"
             "  --ids  only the ids, one per line, without loading the files (for shell completion)\n"
             "  library:   %s\n  your own:  %s\n",
          lib_dir(), paths_own());
}

/* The ids alone: the completion asks at every Tab, so no file is loaded. */
static int ids(void) {
  char **paths;
  int n = lib_files(&paths);
  for (int i = 0; i < n; i++) {
    const char *base = strrchr(paths[i], '/');
    base = base ? base + 1 : paths[i];
    printf("%.*s\n", (int)(strlen(base) - 4), base);   /* lib_files returns *.lua only */
  }
  lib_free(paths, n);
  return EXIT_OK;
}

int cmd_list(int argc, char **argv) {
  const char *role = NULL;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--ids")) return ids();
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
    char other[4096];
    int own = lib_is_own(paths[i]);
    if (own && lib_conflict(paths[i], other, sizeof other)) {   /* neither may shadow the other */
      fprintf(stderr, "%s: error: the id is also the library's scenario %s; rename your own file\n", paths[i], other);
      bad = 1;
      continue;
    }
    nst_scenario *sc = load_or_report(paths[i], NULL);
    if (!sc) { bad = 1; continue; }
    if (!cli_role_matches(sc, role)) { nst_scenario_free(sc); continue; }
    if (own) printf("%s (%s: %s)\n  %s\n", sc->id, S(S_OWN), paths[i], sc->title);
    else printf("%s\n  %s\n", sc->id, sc->title);
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

/* main.c: Naast in the browser: the window front end drawing into the
 * page's canvas (scripts/web.sh builds it; docs/web.md).
 *
 * The page (index.html) mounts the browser's own storage (IndexedDB) at
 * /data before main runs, and passes what it was asked for in the page's
 * address as arguments: the window's options (--size, --text-size,
 * --contrast, --events FILE, --shots DIR), --lang, --trainee, --assess,
 * --group and a scenario's id. The library, its rubric and the font are in
 * the site's data file, at /naast; the data folder (sessions, debriefs, the
 * trainer's own scenarios) is /data, kept in IndexedDB.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "library.h"
#include "paths.h"
#include "status.h"
#include "window.h"

int main(int argc, char **argv) {
  paths_set_library("/naast/scenarios");
  paths_set_data("/data");
  setenv("NAAST_ASSETS", "/naast/assets", 1);   /* paths_fonts(): $NAAST_ASSETS/fonts */
  static char path[4096];
  const char *name = NULL;
  win_options o = { 0 };
  o.sessions_dir = paths_sessions();
  o.lang = "nl";
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    int w = win_parse_option(&o, argc, argv, &i);
    if (w < 0) { fprintf(stderr, "naast: %s needs a valid value\n", a); return EXIT_USAGE; }
    if (w > 0) continue;
    if (!strcmp(a, "--lang") && i + 1 < argc) o.lang = strcmp(argv[++i], "en") ? "nl" : "en";
    else if (!strcmp(a, "--trainee") && i + 1 < argc) o.trainee = argv[++i];
    else if (!strcmp(a, "--assess")) o.assess = 1;
    else if (!strcmp(a, "--group")) o.group = 1;
    else if (a[0] != '-' && !name) name = a;
    else { fprintf(stderr, "naast: unexpected argument %s\n", a); return EXIT_USAGE; }
  }
  if (name && lib_resolve(name, path, sizeof path) == 0) o.scenario = path;
  return win_play(&o);   /* in the browser it returns at once: the page runs the loop */
}

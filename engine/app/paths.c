/* paths.c: where Naast's files are (the lookup order is in paths.h). */
#include "paths.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum { N = PATH_MAX };

static char library[N], library_set[N], data[N], data_set[N], own[N + 16], sessions[N + 16];
static char rubric[N + 16], templates[N + 16], fonts[N + 16];
static const char *origin = "none";

static int is_dir(const char *p) { struct stat st; return stat(p, &st) == 0 && S_ISDIR(st.st_mode); }
static int is_file(const char *p) { struct stat st; return stat(p, &st) == 0 && S_ISREG(st.st_mode); }

/* Copies s into out (n bytes); 0, or -1 when it does not fit. */
static int put(char *out, size_t n, const char *s) {
  if (strlen(s) >= n) return -1;
  memcpy(out, s, strlen(s) + 1);
  return 0;
}

/* The folder of the running program, resolved; "" when unknown. */
static const char *exe_dir(void) {
  static char dir[N];
  static int done;
  if (done) return dir;
  done = 1;
  char exe[N];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n <= 0) return dir;
  exe[n] = '\0';
  char *slash = strrchr(exe, '/');
  if (slash) *slash = '\0';
  if (!realpath(exe, dir)) dir[0] = '\0';
  return dir;
}

/* The source tree CMake passed, when this program runs from the build folder
 * it was built in; NULL otherwise (an installed or unpacked copy). */
static const char *source_tree(void) {
#if defined(NAAST_SOURCE_DIR) && defined(NAAST_BUILD_DIR)
  char build[N];
  if (exe_dir()[0] && realpath(NAAST_BUILD_DIR, build) && !strcmp(build, exe_dir()) && is_dir(NAAST_SOURCE_DIR))
    return NAAST_SOURCE_DIR;
#endif
  return NULL;
}

/* The prefix's share/naast (bin/naast -> ../share/naast), or NULL. */
static const char *install_share(void) {
  static char share[N];
  char p[N + 32];
  if (!exe_dir()[0]) return NULL;
  snprintf(p, sizeof p, "%s/../share/naast", exe_dir());
  return is_dir(p) && realpath(p, share) ? share : NULL;
}

void paths_set_library(const char *dir) {
  library_set[0] = library[0] = '\0';
  if (dir && *dir) put(library_set, sizeof library_set, dir);
}

void paths_set_data(const char *dir) {
  data_set[0] = data[0] = '\0';
  if (dir && *dir) put(data_set, sizeof data_set, dir);
}

const char *paths_library(void) {
  if (library[0]) return library;
  const char *env = getenv("NAAST_SCENARIOS");
  char p[N + 32];
  const char *share = install_share(), *src = source_tree();
  if (library_set[0]) { put(library, sizeof library, library_set); origin = "option"; return library; }
  if (env && *env && put(library, sizeof library, env) == 0) { origin = "environment"; return library; }
  if (share && snprintf(p, sizeof p, "%s/scenarios", share) < (int)sizeof p && is_dir(p)) {
    put(library, sizeof library, p);
    origin = "install";
    return library;
  }
  if (src && snprintf(p, sizeof p, "%s/scenarios", src) < (int)sizeof p && is_dir(p)) {
    put(library, sizeof library, p);
    origin = "source";
    return library;
  }
  const char *dirs = getenv("XDG_DATA_DIRS");
  if (!dirs || !*dirs) dirs = "/usr/local/share:/usr/share";
  for (const char *d = dirs; *d;) {
    size_t len = strcspn(d, ":");
    if (len > 0 && len < N && snprintf(p, sizeof p, "%.*s/naast/scenarios", (int)len, d) < (int)sizeof p &&
        is_dir(p)) {
      put(library, sizeof library, p);
      origin = "system";
      return library;
    }
    d += len;
    if (*d == ':') d++;
  }
  origin = "none";
  put(library, sizeof library, "scenarios");
  return library;
}

const char *paths_library_origin(void) {
  paths_library();
  return origin;
}

const char *paths_rubric(void) {
  snprintf(rubric, sizeof rubric, "%s/rubric.lua", paths_library());
  return rubric;
}

const char *paths_templates(void) {
  snprintf(templates, sizeof templates, "%s/templates", paths_library());
  return templates;
}

const char *paths_fonts(void) {
  const char *env = getenv("NAAST_ASSETS"), *share = install_share(), *src = source_tree();
  if (env && *env) { snprintf(fonts, sizeof fonts, "%s/fonts", env); return fonts; }
  if (share) {
    snprintf(fonts, sizeof fonts, "%s/assets/fonts", share);
    char probe[N + 64];
    snprintf(probe, sizeof probe, "%s/DejaVuSans.ttf", fonts);
    if (is_file(probe)) return fonts;
  }
  if (src) { snprintf(fonts, sizeof fonts, "%s/assets/fonts", src); return fonts; }
  /* the installed case: the package depends on fonts-dejavu-core */
  snprintf(fonts, sizeof fonts, "/usr/share/fonts/truetype/dejavu");
  return fonts;
}

const char *paths_data(void) {
  if (data[0]) return data;
  const char *env = getenv("NAAST_DATA"), *xdg = getenv("XDG_DATA_HOME"), *home = getenv("HOME");
  if (data_set[0]) put(data, sizeof data, data_set);
  else if (env && *env) put(data, sizeof data, env);
  else if (xdg && *xdg) snprintf(data, sizeof data, "%s/naast", xdg);
  else snprintf(data, sizeof data, "%s/.local/share/naast", home && *home ? home : ".");
  return data;
}

const char *paths_own(void) {
  snprintf(own, sizeof own, "%s/scenarios", paths_data());
  return own;
}

const char *paths_sessions(void) {
  snprintf(sessions, sizeof sessions, "%s/sessions", paths_data());
  return sessions;
}

int paths_in_checkout(const char *dir) {
  char d[N];
  if (!realpath(dir, d)) return 0;
  for (;;) {
    char a[N + 32], b[N + 32];
    snprintf(a, sizeof a, "%s/CMakeLists.txt", d);
    snprintf(b, sizeof b, "%s/scenarios/rubric.lua", d);
    if (is_file(a) && is_file(b)) return 1;
    char *slash = strrchr(d, '/');
    if (!slash || slash == d) return 0;
    *slash = '\0';
  }
}

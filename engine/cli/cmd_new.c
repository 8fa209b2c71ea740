/* cmd_new.c: naast new: a new scenario file from the library's template,
 * which already plays and validates, with comments that teach the format. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "fsutil.h"
#include "prescan.h"

enum { MAX_ID = 64, MAX_TITLE = 200 };

static void usage(FILE *f) {
  fprintf(f,
          "usage: naast new ID [--title TITLE] [--dir DIR] [--force]\n"
          "Writes DIR/ID.lua: a small scenario that already plays and validates, with comments\n"
          "(in Dutch) that explain every part. DIR is by default your own scenarios folder, where\n"
          "list, play, validate, analyze and test find it by id; inside a Naast source checkout\n"
          "it is the current folder. ID is lowercase letters, digits and dashes, and not an id\n"
          "the library has. An existing file is left alone unless --force.\n"
          "  your own scenarios:  %s\n", paths_own());
}

static int valid_id(const char *id) {
  size_t n = strlen(id);
  if (n == 0 || n > MAX_ID || id[0] == '-') return 0;
  for (const char *p = id; *p; p++)
    if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-')) return 0;
  return 1;
}

/* Appends s to the buffer, replacing @ID@ and @TITLE@; the title escaped
 * for a Lua string. Returns the new length, or 0 when it does not fit. */
static size_t expand(const char *tpl, const char *id, const char *title, char *out, size_t cap) {
  size_t n = 0;
  for (const char *p = tpl; *p;) {
    const char *put = NULL;
    int escape = 0;
    if (!strncmp(p, "@ID@", 4)) { put = id; p += 4; }
    else if (!strncmp(p, "@TITLE@", 7)) { put = title; escape = 1; p += 7; }
    if (!put) {
      if (n + 1 >= cap) return 0;
      out[n++] = *p++;
      continue;
    }
    for (const char *q = put; *q; q++) {
      if (n + 3 >= cap) return 0;
      if (escape && (*q == '"' || *q == '\\')) out[n++] = '\\';
      out[n++] = *q;
    }
  }
  out[n] = '\0';
  return n;
}

int cmd_new(int argc, char **argv) {
  const char *id = NULL, *title = NULL, *dir = NULL;
  int force = 0;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "--help") || !strcmp(a, "-h")) { usage(stdout); return EXIT_OK; }
    else if (!strcmp(a, "--title") && i + 1 < argc) title = argv[++i];
    else if (!strcmp(a, "--dir") && i + 1 < argc) dir = argv[++i];
    else if (!strcmp(a, "--force")) force = 1;
    else if (a[0] != '-' && !id) id = a;
    else { fprintf(stderr, "naast new: unexpected argument %s\n", a); usage(stderr); return EXIT_USAGE; }
  }
  if (!id) { usage(stderr); return EXIT_USAGE; }
  if (!valid_id(id)) {
    fprintf(stderr, "naast new: \"%s\" cannot be an id: use lowercase letters, digits and dashes "
                    "(at most %d), such as eerste-gesprek\n", id, MAX_ID);
    return EXIT_USAGE;
  }
  char deftitle[MAX_ID + 1];
  if (!title) {   /* eerste-gesprek -> Eerste gesprek */
    snprintf(deftitle, sizeof deftitle, "%s", id);
    for (char *p = deftitle; *p; p++) if (*p == '-') *p = ' ';
    if (deftitle[0] >= 'a' && deftitle[0] <= 'z') deftitle[0] = (char)(deftitle[0] - 32);
    title = deftitle;
  }
  if (strlen(title) > MAX_TITLE || strpbrk(title, "\r\n") || !nst_utf8_valid(title, strlen(title))) {
    fprintf(stderr, "naast new: the title must be one line of text, at most %d bytes\n", MAX_TITLE);
    return EXIT_USAGE;
  }

  /* an author working in the checkout keeps the file at hand; anyone else
   * gets it where the library and the window see it */
  int own = !dir && !paths_in_checkout(".");
  if (!dir) dir = own ? paths_own() : ".";
  char tpl_path[4096], path[4096], err[512];
  snprintf(tpl_path, sizeof tpl_path, "%s/nieuw.lua.in", paths_templates());
  if (snprintf(path, sizeof path, "%s/%s.lua", dir, id) >= (int)sizeof path) {
    fprintf(stderr, "naast new: the folder's name is too long\n");
    return EXIT_USAGE;
  }
  char other[4096];
  if (own && lib_library_has(id, other, sizeof other)) {   /* one id, one scenario: never a shadow */
    fprintf(stderr, "naast new: the library already has the id \"%s\" (%s); choose another id for %s\n", id, other,
            path);
    return EXIT_USAGE;
  }
  struct stat st;
  if (!force && stat(path, &st) == 0) {
    fprintf(stderr, "naast new: %s already exists; choose another id, or --force to replace it\n", path);
    return EXIT_IO;
  }
  size_t len;
  char *tpl = nst_file_read(tpl_path, 1 << 20, &len, err, sizeof err);
  if (!tpl) { fprintf(stderr, "naast new: the template is missing: %s\n", err); return EXIT_IO; }
  size_t cap = len * 2 + 4096;
  char *text = malloc(cap);
  size_t n = text ? expand(tpl, id, title, text, cap) : 0;
  free(tpl);
  if (!n) { free(text); fprintf(stderr, "naast new: out of memory\n"); return EXIT_IO; }
  if (nst_mkdirs(dir, err, sizeof err) != 0 || nst_file_write_atomic(path, text, n, err, sizeof err) != 0) {
    free(text);
    fprintf(stderr, "naast new: %s\n", err);
    return EXIT_IO;
  }
  free(text);
  /* what was written must load: the template's promise */
  nst_scenario *sc = load_or_report(path, NULL);
  if (!sc) return EXIT_PROBLEM;
  nst_scenario_free(sc);
  printf("wrote %s\n\n  naast play %s        play it\n  naast validate %s    check it\n"
         "  naast test %s        its tests and 1000 random playthroughs\n\n"
         "The comments in the file explain every part; docs/authoring.md is the guide.\n",
         path, own ? id : path, own ? id : path, own ? id : path);
  if (own) printf("It is in your own scenarios (%s): naast list and the window's library show it.\n", dir);
  return EXIT_OK;
}

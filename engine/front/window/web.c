/* web.c: the window's few browser-only steps (web.h); no-ops on the desktop. */
#include "web.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "fsutil.h"
#include "library.h"
#include "paths.h"
#include "script.h"

#ifdef __EMSCRIPTEN__
#include <emscripten.h>

int web_is_browser(void) { return 1; }

static app *the_app;   /* the one window of the page, for the page's calls */

void web_first_frame(app *a, double ms) {
  the_app = a;
  EM_ASM({ if (Module.naastFirstFrame) Module.naastFirstFrame($0); }, ms);
  EM_ASM({ if (window.naastStorageFailed) Module.ccall("web_storage_failed", null, [], []); });
}

void web_drawn(void) {
  EM_ASM({ window.naastFrames = (window.naastFrames || 0) + 1; });
}

int web_script_ended(app *a, int rc) {
  win_script_free(a->script);
  a->script = NULL;
  a->dirty = 1;
  EM_ASM({ if (Module.naastScriptEnded) Module.naastScriptEnded($0); }, rc);
  return a->quit;
}

void web_closed(int rc) {
  the_app = NULL;
  EM_ASM({ if (Module.naastClosed) Module.naastClosed($0); }, rc);
}

void web_saved(void) {
  /* IndexedDB is written asynchronously; the page queues the syncs so that
   * two saves close together do not overlap */
  EM_ASM({ if (Module.naastSync) Module.naastSync(); });
}

void web_download(const char *path, const char *mime) {
  EM_ASM({ if (Module.naastDownload) Module.naastDownload(UTF8ToString($0), UTF8ToString($1)); }, path, mime);
}

void web_pick_scenario(void) {
  EM_ASM({ if (Module.naastPick) Module.naastPick(); });
}

/* A trainer's file that loads is kept among the trainer's own scenarios in
 * the data folder (IndexedDB): it is in the library from then on, and its
 * sessions can be resumed after a reload. One whose id is the library's
 * stays where the page put it: an own scenario never shadows the library's. */
static void keep_own(app *a, const char *path) {
  const char *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  char id[256], other[4096], own[4600], err[512];
  snprintf(id, sizeof id, "%.*s", (int)(strlen(base) > 4 ? strlen(base) - 4 : strlen(base)), base);
  if (lib_library_has(id, other, sizeof other)) return;
  size_t len;
  char *text = nst_file_read(path, 1 << 20, &len, err, sizeof err);
  snprintf(own, sizeof own, "%s/%s", paths_own(), base);
  if (text && nst_mkdirs(paths_own(), err, sizeof err) == 0 && nst_file_write_atomic(own, text, len, err, sizeof err) == 0 &&
      play_open(a, own) == 0) {
    app_library_reset(a);
    web_saved();
  }
  free(text);
}

EMSCRIPTEN_KEEPALIVE int web_open_scenario(const char *path) {
  app *a = the_app;
  if (!a) return -1;
  a->dirty = 1;
  if (a->paused) play_pause(a, 0);
  int rc = play_open(a, path);
  if (rc != 0) app_go(a, SCR_PICKER);   /* its errors show in a band as file:line */
  else {
    keep_own(a, path);
    picker_offer_or_intro(a);
  }
  /* the page hears it too (tests/web reads it) */
  /* (no commas outside parentheses in EM_ASM: the preprocessor splits there) */
  EM_ASM({ window.naastOpened = {}; window.naastOpened.rc = $0; window.naastOpened.screen = UTF8ToString($1);
           window.naastOpened.path = UTF8ToString($2); window.naastOpened.errors = []; }, rc, app_screen_name(a), a->path);
  for (int i = 0; rc != 0 && i < a->nerrors; i++) EM_ASM({ window.naastOpened.errors.push(UTF8ToString($0)); }, a->errors[i]);
  return rc;
}

EMSCRIPTEN_KEEPALIVE void web_storage_failed(void) {
  if (!the_app) return;
  app_notice(the_app, "%s", W(W_STORAGE_FAILED));
  the_app->dirty = 1;
}

#else

int web_is_browser(void) { return 0; }
void web_storage_failed(void) {}
void web_first_frame(app *a, double ms) { (void)a; (void)ms; }
int web_open_scenario(const char *path) { (void)path; return -1; }
void web_drawn(void) {}
int web_script_ended(app *a, int rc) { (void)a; (void)rc; return 1; }
void web_closed(int rc) { (void)rc; }
void web_saved(void) {}
void web_download(const char *path, const char *mime) { (void)path; (void)mime; }
void web_pick_scenario(void) {}

#endif

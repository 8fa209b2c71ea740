/* web.c: the window's few browser-only steps (web.h); no-ops on the desktop. */
#include "web.h"

#include <stdlib.h>

#include "app.h"
#include "script.h"

#ifdef __EMSCRIPTEN__
#include <emscripten.h>

int web_is_browser(void) { return 1; }

void web_first_frame(double ms) {
  EM_ASM({ if (Module.naastFirstFrame) Module.naastFirstFrame($0); }, ms);
}

int web_script_ended(app *a, int rc) {
  win_script_free(a->script);
  a->script = NULL;
  a->dirty = 1;
  EM_ASM({ if (Module.naastScriptEnded) Module.naastScriptEnded($0); }, rc);
  return a->quit;
}

void web_closed(int rc) {
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

#else

int web_is_browser(void) { return 0; }
void web_first_frame(double ms) { (void)ms; }
int web_script_ended(app *a, int rc) { (void)a; (void)rc; return 1; }
void web_closed(int rc) { (void)rc; }
void web_saved(void) {}
void web_download(const char *path, const char *mime) { (void)path; (void)mime; }
void web_pick_scenario(void) {}

#endif

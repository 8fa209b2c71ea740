/* web.h: where the window meets the browser (internal to the window).
 *
 * The window is one front end on two platforms. These are the few places
 * where the browser needs something the desktop does not: telling the page
 * what happened, storing the data folder in the browser's IndexedDB, and
 * handing files to the trainee. On the desktop they do nothing (or what the
 * desktop has always done), so the screens call them without #ifdefs.
 */
#ifndef NAAST_WIN_WEB_H
#define NAAST_WIN_WEB_H

struct app;

/* 1 in the browser build. */
int web_is_browser(void);
/* The first frame of window a is on screen, ms after start-up. */
void web_first_frame(struct app *a, double ms);
/* A frame was drawn: the page counts them (none while nothing changes;
 * tests/web checks). */
void web_drawn(void);
/* The scripted input has ended with exit code rc. Returns 1 when the window
 * should close (the desktop), 0 when it goes on without a script (the
 * browser: the page reads the outcome). */
int web_script_ended(struct app *a, int rc);
/* The window has closed with exit code rc (the browser: the page says so). */
void web_closed(int rc);
/* A file in the data folder was written: the browser copies the folder to
 * IndexedDB, so that it outlives the page. */
void web_saved(void);
/* Offers a file to the trainee as a download named as the file is. */
void web_download(const char *path, const char *mime);
/* Asks the page for a scenario file from the trainee's disk (the browser's
 * file picker); the page calls web_open_scenario with its copy. */
void web_pick_scenario(void);
/* (browser only, called by the page) Opens the trainer's scenario file at
 * path, loaded through the same sandbox as the library's: its intro, or in
 * the library the errors as file:line. 0, or -1 when it does not load. */
int web_open_scenario(const char *path);
/* (browser only, called by the page) The browser's storage could not be
 * read or written: the window says so, so that the trainee downloads. */
void web_storage_failed(void);

#endif

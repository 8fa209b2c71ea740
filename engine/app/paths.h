/* paths.h: where Naast's files are. Nothing else in the program guesses a
 * path: the command layer and both front ends ask here.
 *
 * The library is the folder holding rubric.lua, the scenarios (nl/ and any
 * other subfolder) and templates/. It is looked up in this order:
 *   1. --scenarios DIR (paths_set_library) or $NAAST_SCENARIOS;
 *   2. the install prefix: share/naast/scenarios beside the program's bin/
 *      (so an installed tree, or a .deb unpacked anywhere, finds its own);
 *   3. the source tree CMake was configured from, when the program is still
 *      in its build folder (a build folder can be anywhere);
 *   4. naast/scenarios in $XDG_DATA_DIRS (default /usr/local/share:/usr/share);
 *   5. else "scenarios", relative to the working folder.
 * The XDG data dirs come last, not second: a build-tree program on a machine
 * where the package is installed must still use the scenarios it was built
 * with.
 *
 * The data folder (sessions, debriefs, the trainer's own scenarios): --data
 * DIR (paths_set_data), $NAAST_DATA, $XDG_DATA_HOME/naast, else
 * ~/.local/share/naast. The trainer's own scenarios are its scenarios/.
 *
 * The fonts (DejaVu Sans regular, bold, oblique): $NAAST_ASSETS/fonts, the
 * install prefix's share/naast/assets/fonts, the source tree's assets/fonts
 * (a build-tree program, as in 3.), else the system's DejaVu (/usr/share/fonts/truetype/dejavu, Debian's
 * fonts-dejavu-core), which is what an installed package uses.
 *
 * Returned strings are static and stay valid until the next paths_set_*.
 */
#ifndef NAAST_PATHS_H
#define NAAST_PATHS_H

/* An explicit folder from the command line; NULL or "" leaves the lookup. */
void paths_set_library(const char *dir);
void paths_set_data(const char *dir);

/* The library folder; "scenarios" (relative) when nothing was found. */
const char *paths_library(void);
/* The library's rubric.lua and templates/ folder. */
const char *paths_rubric(void);
const char *paths_templates(void);
/* The folder with the DejaVu Sans files. */
const char *paths_fonts(void);
/* The data folder, and its scenarios/ (the trainer's own) and sessions/. */
const char *paths_data(void);
const char *paths_own(void);
const char *paths_sessions(void);
/* Where the library was found: "option", "environment", "install",
 * "source" or "system"; "none" when it was not (for --version). */
const char *paths_library_origin(void);

/* 1 when dir (a folder) or one of its parents is a Naast source checkout
 * (it has CMakeLists.txt and scenarios/rubric.lua). */
int paths_in_checkout(const char *dir);

#endif

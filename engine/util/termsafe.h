/* termsafe.h: text from strangers made safe to show on a terminal.
 *
 * A scenario, a record or a file name can hold bytes that a terminal obeys
 * instead of showing: ESC starts sequences that clear the screen, set the
 * window title or change colours; other C0 codes, DEL and the C1 codes
 * (U+0080-U+009F, of which U+009B is a second way to start a sequence) do
 * the same on some terminals. nst_termsafe_escape is the one place where
 * such bytes become visible escapes: \x1b for a C0 code, DEL or a byte that
 * is not UTF-8, \u009b for a C1 code. Newline and tab pass as they are.
 *
 * nst_termsafe_install routes the program's standard error (always) and
 * standard output (when asked, or when it is a terminal) through it, so
 * every message and every line of terminal play is filtered without each
 * caller having to remember.
 */
#ifndef NAAST_TERMSAFE_H
#define NAAST_TERMSAFE_H

#include <stddef.h>
#include <stdio.h>

/* Escapes len bytes of s into out (n bytes, NUL-terminated, cut at a whole
 * escape). An incomplete UTF-8 sequence at the end is escaped unless
 * *held is not NULL: then its length is stored there and it is left out,
 * for the caller to put before the next piece. Returns the length of out. */
size_t nst_termsafe_escape(const char *s, size_t len, char *out, size_t n, size_t *held);

/* A malloc'd escaped copy of s (NULL out of memory). */
char *nst_termsafe_dup(const char *s);

/* Replaces stderr, and stdout when filter_stdout is 1 or stdout is a
 * terminal, with streams that pass everything through nst_termsafe_escape
 * to the same file descriptors. 0, or -1 when a stream could not be made
 * (the old one is kept). */
int nst_termsafe_install(int filter_stdout);

#endif

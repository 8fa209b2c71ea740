/* prescan.h: checks a scenario's source text before Lua sees it.
 *
 * Lua reports some problems badly or not at all: a precompiled file, invalid
 * UTF-8 inside a string (accepted silently), nesting so deep that the parser
 * runs out of C stack (reported without a line). The pre-scan finds these
 * with their line, and strips a UTF-8 byte order mark and CR line endings so
 * files saved by Windows editors load normally.
 */
#ifndef NAAST_PRESCAN_H
#define NAAST_PRESCAN_H

#include <stddef.h>

enum { NST_MAX_NESTING = 100 };

/* Normalises src in place (BOM, CRLF/CR -> LF) and checks it. Returns 0,
 * or the line of the first problem with a message in msg. *len is updated. */
int nst_prescan(char *src, size_t *len, char *msg, size_t msglen);

/* 1 if s[0..len) is valid UTF-8. */
int nst_utf8_valid(const char *s, size_t len);

#endif

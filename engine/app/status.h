/* status.h: what the command layer and the front ends share besides paths:
 * the exit codes of the naast command (docs/cli.md) and the clock. */
#ifndef NAAST_STATUS_H
#define NAAST_STATUS_H

enum {
  EXIT_OK = 0,
  EXIT_PROBLEM = 1,   /* the scenario or record has errors; a check failed */
  EXIT_USAGE = 2,     /* the command line is wrong */
  EXIT_IO = 3         /* a file could not be read or written */
};

/* Current time in Unix seconds; SOURCE_DATE_EPOCH wins, for reproducible runs. */
long long app_now(void);

#endif

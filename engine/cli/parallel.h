/* parallel.h: independent work items spread over the machine's cores. */
#ifndef NAAST_PARALLEL_H
#define NAAST_PARALLEL_H

#include <stddef.h>
#include <stdio.h>

/* Writes the result of item i to out. Runs in a child process: whatever
 * else it changes is lost. */
typedef void (*par_work)(int i, FILE *out, void *ctx);

/* Runs work for items 0..n-1, as many at a time as there are cores, and
 * gives back each item's output (NUL-terminated; caller frees each) and its
 * length. If a child fails, the work is done again in this process. 0, or
 * -1 out of memory. */
int par_map(int n, par_work work, void *ctx, char **outputs, size_t *lengths);

#endif

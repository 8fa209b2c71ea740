/* cohort_index.c: the sessions folder's index of summaries.
 *
 * The file is text: a first line "naast-session-index 1", then one line per
 * record, in file name order, of tab-separated fields: name, size, mtime
 * seconds, mtime nanoseconds, started, scenario id, scenario title, trainee,
 * mode, ending id, ending title, ending kind, the trainee's role, scenario
 * lessons (bit mask),
 * practised lessons (bit mask), the dimension count, per dimension its id,
 * earned and best, then earned and best pooled over all decisions and per
 * lesson 1..8. A string is "=" and the text with \ tab CR LF escaped; a
 * missing one is an empty field.
 */
#include "cohort_index.h"

#include <dirent.h>
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "textbuf.h"
#include "fsutil.h"

#define HEADER "naast-session-index 2\n"   /* 2: the role; an older index is rebuilt */
enum { MAX_INDEX = 256 << 20, MAX_FIELDS = 16 + 3 * NST_MAX_DIMS + 2 * (NST_LESSONS + 1) };

typedef struct {
  char *name;
  long long size, sec, nsec;
} file_info;

typedef struct {
  const char *name;
  char *line;            /* inside the index text; tabs not yet split */
} index_entry;

/* ---- writing ---- */

static void put_str(nst_buf *b, const char *s) {
  nst_buf_puts(b, "\t");
  if (!s) return;
  nst_buf_puts(b, "=");
  for (; *s; s++) {
    switch (*s) {
    case '\\': nst_buf_puts(b, "\\\\"); break;
    case '\t': nst_buf_puts(b, "\\t"); break;
    case '\n': nst_buf_puts(b, "\\n"); break;
    case '\r': nst_buf_puts(b, "\\r"); break;
    default: nst_buf_add(b, s, 1);
    }
  }
}

static void put_entry(nst_buf *b, const file_info *f, const cohort_summary *s) {
  nst_buf_puts(b, f->name);
  nst_buf_printf(b, "\t%lld\t%lld\t%lld\t%lld", f->size, f->sec, f->nsec, s->started);
  put_str(b, s->scenario_id);
  put_str(b, s->scenario_title);
  put_str(b, s->trainee);
  put_str(b, s->mode);
  put_str(b, s->ending);
  put_str(b, s->ending_title);
  put_str(b, s->ending_kind);
  put_str(b, s->role);
  nst_buf_printf(b, "\t%u\t%u\t%d", s->scenario_lessons, s->practised, s->dim_count);
  for (int d = 0; d < s->dim_count; d++) {
    put_str(b, s->dims[d]);
    nst_buf_printf(b, "\t%d\t%d", s->earned[d], s->best[d]);
  }
  for (int l = 0; l <= NST_LESSONS; l++) nst_buf_printf(b, "\t%d\t%d", s->pooled_earned[l], s->pooled_best[l]);
  nst_buf_puts(b, "\n");
}

/* ---- reading ---- */

/* A string field back: NULL for an empty field; -1 when malformed. */
static int get_str(char *field, char **out) {
  *out = NULL;
  if (!*field) return 0;
  if (*field != '=') return -1;
  char *w = field, *r = field + 1;
  for (; *r; r++) {
    if (*r != '\\') { *w++ = *r; continue; }
    r++;
    if (*r == 't') *w++ = '\t';
    else if (*r == 'n') *w++ = '\n';
    else if (*r == 'r') *w++ = '\r';
    else if (*r == '\\') *w++ = '\\';
    else return -1;
  }
  *w = '\0';
  *out = strdup(field);
  return *out ? 0 : -1;
}

static int get_num(const char *field, long long *out) {
  char *end;
  errno = 0;
  *out = strtoll(field, &end, 10);
  return end == field || *end || errno ? -1 : 0;
}

/* Parses an entry (its line is split in place) when it still describes f. */
static int parse_entry(char *line, const file_info *f, cohort_summary *s) {
  char *fields[MAX_FIELDS];
  int n = 1; /* fields[0], the name, was split off by read_index */
  fields[0] = f->name;
  for (char *p = line;;) {
    if (n == MAX_FIELDS) return -1;
    fields[n++] = p;
    char *tab = strchr(p, '\t');
    if (!tab) break;
    *tab = '\0';
    p = tab + 1;
  }
  long long v[5];
  if (n < 16) return -1;
  for (int i = 1; i <= 4; i++)
    if (get_num(fields[i], &v[i]) != 0) return -1;
  if (v[1] != f->size || v[2] != f->sec || v[3] != f->nsec) return -1;
  memset(s, 0, sizeof *s);
  s->started = v[4];
  int bad = get_str(fields[5], &s->scenario_id) | get_str(fields[6], &s->scenario_title) |
            get_str(fields[7], &s->trainee) | get_str(fields[8], &s->mode) | get_str(fields[9], &s->ending) |
            get_str(fields[10], &s->ending_title) | get_str(fields[11], &s->ending_kind) |
            get_str(fields[12], &s->role);
  long long lessons, practised, dims;
  bad |= get_num(fields[13], &lessons) | get_num(fields[14], &practised) | get_num(fields[15], &dims);
  if (bad || !s->scenario_id || dims < 0 || dims > NST_MAX_DIMS || n != 16 + 3 * dims + 2 * (NST_LESSONS + 1)) {
    cohort_summary_clear(s);
    return -1;
  }
  s->scenario_lessons = (unsigned)lessons;
  s->practised = (unsigned)practised;
  int k = 16;
  for (int d = 0; d < dims; d++, k += 3) {
    long long e, b;
    s->dim_count = d + 1;
    if (get_str(fields[k], &s->dims[d]) != 0 || !s->dims[d] || get_num(fields[k + 1], &e) != 0 ||
        get_num(fields[k + 2], &b) != 0) { cohort_summary_clear(s); return -1; }
    s->earned[d] = (int)e;
    s->best[d] = (int)b;
  }
  for (int l = 0; l <= NST_LESSONS; l++, k += 2) {
    long long e, b;
    if (get_num(fields[k], &e) != 0 || get_num(fields[k + 1], &b) != 0) { cohort_summary_clear(s); return -1; }
    s->pooled_earned[l] = (int)e;
    s->pooled_best[l] = (int)b;
  }
  s->file = strdup(f->name);
  if (!s->file) { cohort_summary_clear(s); return -1; }
  return 0;
}

/* The index's entries, in name order; the text stays owned by *text. */
static int read_index(const char *path, char **text, index_entry **entries) {
  size_t len;
  char err[256];
  *entries = NULL;
  *text = nst_file_read(path, MAX_INDEX, &len, err, sizeof err);
  if (!*text) return 0;
  if (strncmp(*text, HEADER, strlen(HEADER)) != 0) return 0;
  int n = 0, cap = 0;
  for (char *p = *text + strlen(HEADER); *p;) {
    char *nl = strchr(p, '\n');
    if (!nl) break; /* a torn last line: not an entry */
    *nl = '\0';
    char *tab = strchr(p, '\t');
    if (tab) {
      if (n == cap) {
        cap = cap ? cap * 2 : 256;
        index_entry *e = realloc(*entries, sizeof *e * (size_t)cap);
        if (!e) break;
        *entries = e;
      }
      *tab = '\0'; /* the name; parse_entry gets the rest after it */
      (*entries)[n++] = (index_entry){ p, tab + 1 };
    }
    p = nl + 1;
  }
  for (int i = 1; i < n; i++)
    if (strcmp((*entries)[i - 1].name, (*entries)[i].name) >= 0) return 0; /* not in order: rebuild it */
  return n;
}

/* ---- the folder ---- */

static int is_record_name(const char *name) {
  size_t n = strlen(name);
  return name[0] != '.' && n > 5 && strcmp(name + n - 5, ".json") == 0 && !strstr(name, ".tmp.");
}

static int by_name(const void *a, const void *b) {
  return strcmp(((const file_info *)a)->name, ((const file_info *)b)->name);
}

static int list_dir(const char *dir, file_info **files, int *count) {
  *files = NULL;
  *count = 0;
  DIR *d = opendir(dir);
  if (!d) return errno == ENOENT ? 0 : -1;
  int cap = 0;
  struct dirent *e;
  while ((e = readdir(d))) {
    if (!is_record_name(e->d_name)) continue;
    char path[4096];
    struct stat st;
    if (snprintf(path, sizeof path, "%s/%s", dir, e->d_name) >= (int)sizeof path || stat(path, &st) != 0 ||
        !S_ISREG(st.st_mode)) continue;
    if (*count == cap) {
      cap = cap ? cap * 2 : 256;
      file_info *f = realloc(*files, sizeof *f * (size_t)cap);
      if (!f) break;
      *files = f;
    }
    char *name = strdup(e->d_name);
    if (!name) break;
    (*files)[(*count)++] = (file_info){ name, (long long)st.st_size, (long long)st.st_mtim.tv_sec,
                                        (long long)st.st_mtim.tv_nsec };
  }
  closedir(d);
  if (*count > 1) qsort(*files, (size_t)*count, sizeof **files, by_name);
  return 0;
}

static void skip(cohort_summaries *s, const char *message) {
  char **p = realloc(s->skipped, sizeof *p * (size_t)(s->skipped_count + 1));
  if (!p) return;
  s->skipped = p;
  if ((s->skipped[s->skipped_count] = strdup(message))) s->skipped_count++;
}

static int by_time(const void *a, const void *b) {
  const cohort_summary *x = a, *y = b;
  if (x->started != y->started) return x->started < y->started ? -1 : 1;
  return strcmp(x->file, y->file);
}

int cohort_index_load(const char *dir, cohort_summaries *out, char *err, size_t errlen) {
  memset(out, 0, sizeof *out);
  file_info *files;
  int nfiles;
  if (list_dir(dir, &files, &nfiles) != 0) {
    snprintf(err, errlen, "%s: cannot read the folder: %s", dir, strerror(errno));
    return -1;
  }
  if (nfiles == 0) { free(files); return 0; }
  char index_path[4096], *text = NULL;
  snprintf(index_path, sizeof index_path, "%s/%s", dir, COHORT_INDEX_NAME);
  index_entry *entries;
  int nentries = read_index(index_path, &text, &entries);
  out->items = calloc((size_t)nfiles, sizeof *out->items);
  int *ok = calloc((size_t)nfiles, sizeof *ok); /* 1: summarised (goes into the new index) */
  if (!out->items || !ok) {
    snprintf(err, errlen, "out of memory");
    free(ok); free(entries); free(text);
    for (int i = 0; i < nfiles; i++) free(files[i].name);
    free(files);
    return -1;
  }
  int k = 0, changed = nentries != nfiles;
  for (int i = 0; i < nfiles; i++) {
    while (k < nentries && strcmp(entries[k].name, files[i].name) < 0) k++;
    cohort_summary *s = &out->items[out->count];
    if (k < nentries && strcmp(entries[k].name, files[i].name) == 0 && parse_entry(entries[k].line, &files[i], s) == 0) {
      out->count++;
      ok[i] = 1;
      continue;
    }
    changed = 1;
    char path[4096], msg[1024];
    snprintf(path, sizeof path, "%s/%s", dir, files[i].name);
    nst_record *r = nst_record_load(path, msg, sizeof msg);
    out->parsed++;
    if (!r) { skip(out, msg); continue; }
    if (cohort_summary_of(s, r, path) == 0) { out->count++; ok[i] = 1; }
    nst_record_free(r);
  }
  free(entries);
  free(text);
  if (changed) { /* out->items are still in name order, as files */
    nst_buf b = { 0 };
    nst_buf_puts(&b, HEADER);
    for (int i = 0, j = 0; i < nfiles; i++)
      if (ok[i]) put_entry(&b, &files[i], &out->items[j++]);
    char *data = nst_buf_take(&b), werr[256];
    if (data) nst_file_write_atomic(index_path, data, strlen(data), werr, sizeof werr); /* a cache: failing is fine */
    free(data);
  }
  for (int i = 0; i < nfiles; i++) free(files[i].name);
  free(files);
  free(ok);
  if (out->count > 1) qsort(out->items, (size_t)out->count, sizeof *out->items, by_time);
  return 0;
}

/* Keeps the summaries whose field (trainee or role) is want; case-blind for
 * names, exact for role ids. */
static void keep_where(cohort_summaries *s, size_t field, const char *want, int any_case) {
  int k = 0;
  for (int i = 0; i < s->count; i++) {
    const char *have = *(char *const *)((const char *)&s->items[i] + field);
    if (have && (any_case ? strcasecmp(have, want) : strcmp(have, want)) == 0) s->items[k++] = s->items[i];
    else cohort_summary_clear(&s->items[i]);
  }
  s->count = k;
}

void cohort_summaries_keep_trainee(cohort_summaries *s, const char *trainee) {
  keep_where(s, offsetof(cohort_summary, trainee), trainee, 1);
}

void cohort_summaries_keep_role(cohort_summaries *s, const char *role) {
  keep_where(s, offsetof(cohort_summary, role), role, 0);
}

void cohort_summaries_free(cohort_summaries *s) {
  for (int i = 0; i < s->count; i++) cohort_summary_clear(&s->items[i]);
  for (int i = 0; i < s->skipped_count; i++) free(s->skipped[i]);
  free(s->items);
  free(s->skipped);
  memset(s, 0, sizeof *s);
}

/* test_window.c: units of the window front end that need no window: word
 * wrapping, Markdown into blocks, the string tables, scripts, PNG writing. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <SDL_ttf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "md.h"
#include "script.h"
#include "shot.h"
#include "text.h"
#include "ui.h"
#include "wstrings.h"

static wt_fonts *fonts;

static int setup(void **state) {
  char err[256];
  if (TTF_Init() != 0) return -1;
  fonts = wt_fonts_open(ASSETS_DIR "/fonts", err, sizeof err);
  if (!fonts) return -1;
  wt_fonts_set_px(fonts, 15);
  return 0;
}

static int teardown(void **state) {
  wt_fonts_free(fonts);
  TTF_Quit();
  return 0;
}

/* The non-space bytes of the pieces, in order, must be those of the text:
 * nothing lost, nothing doubled. */
static void check_cover(const wt_layout *l, const wt_run *r, int width) {
  char got[4096] = "", want[4096] = "";
  size_t g = 0, w = 0;
  for (int i = 0; i < l->count; i++) {
    const wt_piece *p = &l->pieces[i];
    if (width > 0) assert_true(p->x >= 0 && p->x + p->w <= width);
    for (size_t k = p->start; k < p->end; k++) if (r[p->run].text[k] != ' ') got[g++] = r[p->run].text[k];
  }
  for (int i = 0; i < 2 && r[i].text; i++)
    for (size_t k = 0; k < r[i].len; k++) if (r[i].text[k] != ' ' && r[i].text[k] != '\n') want[w++] = r[i].text[k];
  assert_string_equal(got, want);
}

static void wraps_within_width(void **state) {
  const char *s = "Samira kijkt je aan. \"Jullie komen allemaal met een map en een plan, en dan ben ik weer het "
                  "probleem.\" Ze zet de kopjes neer, één voor één.";
  wt_run r[2] = { { s, strlen(s), WT_REGULAR }, { NULL, 0, 0 } };
  wt_layout l;
  assert_int_equal(wt_layout_runs(fonts, WT_BODY, r, 1, 200, &l), 0);
  assert_true(l.lines > 3);
  assert_true(l.w <= 200);
  assert_int_equal(l.h, l.lines * wt_line_height(fonts, WT_BODY));
  check_cover(&l, r, 200);
  wt_layout_free(&l);
  /* unwrapped: one line, as wide as it is */
  assert_int_equal(wt_layout_runs(fonts, WT_BODY, r, 1, 0, &l), 0);
  assert_int_equal(l.lines, 1);
  assert_true(l.w > 200);
  wt_layout_free(&l);
}

static void breaks_long_words_and_newlines(void **state) {
  const char *s = "Ondertoezichtstellingsbeschikkingsherzieningsprocedure\nkort";
  wt_run r[2] = { { s, strlen(s), WT_BOLD }, { NULL, 0, 0 } };
  wt_layout l;
  assert_int_equal(wt_layout_runs(fonts, WT_BODY, r, 1, 90, &l), 0);
  assert_true(l.lines >= 4);   /* the long word over several lines, then "kort" on its own */
  check_cover(&l, r, 90);
  assert_int_equal(l.pieces[l.count - 1].x, 0);
  assert_memory_equal(r[0].text + l.pieces[l.count - 1].start, "kort", 4);
  wt_layout_free(&l);
}

static void styles_share_a_line(void **state) {
  wt_run r[2] = { { "Een ", 4, WT_REGULAR }, { "vet", 3, WT_BOLD } };
  wt_layout l;
  assert_int_equal(wt_layout_runs(fonts, WT_BODY, r, 2, 400, &l), 0);
  assert_int_equal(l.lines, 1);
  assert_int_equal(l.count, 2);
  assert_true(l.pieces[1].x >= l.pieces[0].x + l.pieces[0].w);   /* the space between them kept */
  wt_layout_free(&l);
}

static void markdown_blocks(void **state) {
  const char *m = "# Titel\n\nEen *klein* **sterk** woord.\n\n- een\n- twee\n\n1. eerst\n\n> citaat\n\n<b>rauw</b>\n";
  md_doc *d = md_parse(m, strlen(m));
  assert_non_null(d);
  assert_int_equal(d->count, 7);
  assert_int_equal(d->blocks[0].kind, MD_HEADING);
  assert_int_equal(d->blocks[0].level, 1);
  const md_block *p = &d->blocks[1];
  assert_int_equal(p->kind, MD_PARA);
  assert_int_equal(p->nruns, 5);
  assert_string_equal(p->runs[1].text, "klein");
  assert_int_equal(p->runs[1].style, WT_ITALIC);
  assert_string_equal(p->runs[3].text, "sterk");
  assert_int_equal(p->runs[3].style, WT_BOLD);
  assert_int_equal(d->blocks[2].kind, MD_ITEM);
  assert_string_equal(d->blocks[2].bullet, "•");
  assert_string_equal(d->blocks[3].runs[0].text, "twee");
  assert_string_equal(d->blocks[4].bullet, "1.");
  assert_int_equal(d->blocks[5].quote, 1);
  /* raw HTML is shown as the text it is */
  assert_int_equal(d->blocks[6].kind, MD_PARA);
  assert_string_equal(d->blocks[6].runs[0].text, "<b>rauw</b>");
  md_free(d);
}

static void markdown_chart_replaces_its_stand_in(void **state) {
  const char *m = "<!-- naast:bars\nErkenning 50 75\n-->\n\n- Erkenning: 50%\n\nDaarna.\n\n<!-- naast:page -->\n\nEind.\n";
  md_doc *d = md_parse(m, strlen(m));
  assert_non_null(d);
  assert_int_equal(d->count, 3);
  assert_int_equal(d->blocks[0].kind, MD_CHART);
  assert_string_equal(d->blocks[0].chart, "bars\nErkenning 50 75");
  assert_string_equal(d->blocks[1].runs[0].text, "Daarna.");
  assert_string_equal(d->blocks[2].runs[0].text, "Eind.");
  md_free(d);
}

/* The printf conversions of a string, in order ("%d%s"). */
static void conversions(const char *s, char *out) {
  size_t k = 0;
  for (const char *p = s; *p; p++)
    if (*p == '%' && p[1]) { out[k++] = p[1]; p++; }
  out[k] = '\0';
}

static void strings_complete_in_both_languages(void **state) {
  for (int i = 0; i < W_COUNT; i++) {
    char nl[32], en[32];
    win_strings_set_lang("nl");
    const char *a = W((win_string)i);
    conversions(a, nl);
    win_strings_set_lang("en");
    const char *b = W((win_string)i);
    conversions(b, en);
    assert_string_not_equal(a, "?");
    assert_string_not_equal(b, "?");
    assert_string_equal(nl, en);
  }
  win_strings_set_lang("xx");
  assert_string_equal(win_strings_lang(), "nl");
}

static void scripts_parse_and_fail_with_a_line(void **state) {
  char path[] = "/tmp/naast-script-XXXXXX", err[256];
  int fd = mkstemp(path);
  assert_true(fd >= 0);
  const char *ok = "# a comment\nkey ctrl+=\nkey Return\ntext  twee woorden\nclick response 3\nclick rate 2 4\n"
                   "resize 800 600\nshot intro\nexpect-screen talk\nquit\n";
  assert_int_equal(write(fd, ok, strlen(ok)), (int)strlen(ok));
  close(fd);
  win_script *s = win_script_load(path, err, sizeof err);
  assert_non_null(s);
  win_step st;
  assert_int_equal(win_script_next(s, &st), 0);
  assert_int_equal(st.kind, WS_KEY);
  assert_int_equal(st.key, SDLK_EQUALS);
  assert_true(st.mod & KMOD_CTRL);
  assert_int_equal(st.line, 2);
  assert_int_equal(win_script_next(s, &st), 0);
  assert_int_equal(st.key, SDLK_RETURN);
  assert_int_equal(win_script_next(s, &st), 0);
  assert_string_equal(st.text, " twee woorden");
  assert_int_equal(win_script_next(s, &st), 0);
  assert_int_equal(st.arg, 2);                  /* response 3: the third, 0-based */
  assert_int_equal(win_script_next(s, &st), 0);
  assert_int_equal(st.arg, 1 * 8 + 4);          /* dimension 2, value 4 */
  assert_int_equal(win_script_next(s, &st), 0);
  assert_int_equal(st.arg2, 600);
  assert_int_equal(win_script_next(s, &st), 0);
  assert_string_equal(win_script_shot_name(s), "intro");
  for (int i = 0; i < 2; i++) assert_int_equal(win_script_next(s, &st), 0);
  assert_int_equal(st.kind, WS_QUIT);
  assert_int_equal(win_script_next(s, &st), -1);
  win_script_free(s);

  FILE *f = fopen(path, "w");
  fputs("key Return\nkey NoSuchKey\n", f);
  fclose(f);
  assert_null(win_script_load(path, err, sizeof err));
  char want[300];
  snprintf(want, sizeof want, "%s:2: unknown key", path);
  assert_non_null(strstr(err, want));
  unlink(path);
}

/* `wait SECONDS` moves the window's clock; it must be a number of seconds. */
static void scripts_wait(void **state) {
  char path[] = "/tmp/naast-script-XXXXXX", err[256];
  int fd = mkstemp(path);
  assert_true(fd >= 0);
  const char *ok = "wait 90\nwait 0.25\nkey +\nkey Keypad -\n";
  assert_int_equal(write(fd, ok, strlen(ok)), (int)strlen(ok));
  close(fd);
  win_script *s = win_script_load(path, err, sizeof err);
  assert_non_null(s);
  win_step st;
  assert_int_equal(win_script_next(s, &st), 0);
  assert_int_equal(st.kind, WS_WAIT);
  assert_int_equal(st.arg, 90000);
  assert_int_equal(win_script_next(s, &st), 0);
  assert_int_equal(st.arg, 250);
  assert_int_equal(win_script_next(s, &st), 0);
  assert_int_equal(st.key, SDLK_PLUS);
  assert_int_equal(win_script_next(s, &st), 0);
  assert_int_equal(st.key, SDLK_KP_MINUS);
  win_script_free(s);
  const char *bad[] = { "wait\n", "wait 3m\n", "wait -1\n", "wait 100000\n" };
  for (int i = 0; i < 4; i++) {
    FILE *f = fopen(path, "w");
    fputs(bad[i], f);
    fclose(f);
    assert_null(win_script_load(path, err, sizeof err));
    assert_non_null(strstr(err, ":1: wait SECONDS"));
  }
  unlink(path);
}

static void png_round_trip(void **state) {
  unsigned char rgb[3 * 2 * 3];
  for (int i = 0; i < (int)sizeof rgb; i++) rgb[i] = (unsigned char)(i * 13);
  char path[] = "/tmp/naast-png-XXXXXX", err[256];
  int fd = mkstemp(path);
  close(fd);
  assert_int_equal(shot_png_write(path, rgb, 3, 2, err, sizeof err), 0);
  FILE *f = fopen(path, "rb");
  unsigned char buf[512];
  size_t n = fread(buf, 1, sizeof buf, f);
  fclose(f);
  unlink(path);
  assert_memory_equal(buf, "\x89PNG\r\n\x1a\n", 8);
  assert_memory_equal(buf + 12, "IHDR", 4);
  assert_int_equal(buf[19], 3);   /* width */
  assert_int_equal(buf[23], 2);   /* height */
  /* the IDAT after IHDR (8 + 25 bytes) holds the rows, each after a 0 filter byte */
  size_t at = 8 + 25;
  assert_memory_equal(buf + at + 4, "IDAT", 4);
  uLong zlen = (uLong)buf[at] << 24 | (uLong)buf[at + 1] << 16 | (uLong)buf[at + 2] << 8 | buf[at + 3];
  assert_true(at + 8 + zlen <= n);
  unsigned char raw[64];
  uLongf rl = sizeof raw;
  assert_int_equal(uncompress(raw, &rl, buf + at + 8, zlen), Z_OK);
  assert_int_equal(rl, 2 * (1 + 9));
  assert_int_equal(raw[0], 0);
  assert_memory_equal(raw + 1, rgb, 9);
  assert_int_equal(raw[10], 0);
  assert_memory_equal(raw + 11, rgb + 9, 9);
}

/* "*(je wacht even)*" in a response or a line is drawn in italic without
 * its stars; a lone star or a spaced one stays as written. */
static void emphasis_becomes_italic(void **st) {
  (void)st;
  wt_run r[8];
  int n = ui_emphasis_runs("Ja. *(je wacht even)* Vertel.", WT_REGULAR, r, 8);
  assert_int_equal(n, 3);
  assert_int_equal(r[0].len, 4);
  assert_memory_equal(r[0].text, "Ja. ", 4);
  assert_int_equal(r[0].style, WT_REGULAR);
  assert_int_equal(r[1].len, strlen("(je wacht even)"));
  assert_memory_equal(r[1].text, "(je wacht even)", r[1].len);
  assert_int_equal(r[1].style, WT_ITALIC);
  assert_memory_equal(r[2].text, " Vertel.", 8);
  n = ui_emphasis_runs("*(stilte)*", WT_ITALIC, r, 8);   /* a narrator's line: the emphasis stands upright */
  assert_int_equal(n, 1);
  assert_int_equal(r[0].style, WT_REGULAR);
  assert_memory_equal(r[0].text, "(stilte)", 8);
  n = ui_emphasis_runs("5 * 3 is 15, ** niets", WT_REGULAR, r, 8);
  assert_int_equal(n, 1);
  assert_int_equal(r[0].len, strlen("5 * 3 is 15, ** niets"));
  n = ui_emphasis_runs("*a* *b* *c* *d*", WT_REGULAR, r, 4);   /* past max: the rest as written */
  assert_true(n <= 4);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(wraps_within_width),
    cmocka_unit_test(breaks_long_words_and_newlines),
    cmocka_unit_test(styles_share_a_line),
    cmocka_unit_test(markdown_blocks),
    cmocka_unit_test(markdown_chart_replaces_its_stand_in),
    cmocka_unit_test(strings_complete_in_both_languages),
    cmocka_unit_test(scripts_parse_and_fail_with_a_line),
    cmocka_unit_test(scripts_wait),
    cmocka_unit_test(png_round_trip),
    cmocka_unit_test(emphasis_becomes_italic),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}

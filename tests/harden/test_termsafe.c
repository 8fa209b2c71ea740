/* Unit tests: nst_termsafe_escape (control codes shown, not obeyed) and
 * md_plain (scenario Markdown as plain text for the terminal). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "md_plain.h"
#include "termsafe.h"

static void esc_is(const char *in, size_t len, const char *want) {
  char out[256];
  nst_termsafe_escape(in, len, out, sizeof out, NULL);
  assert_string_equal(out, want);
}

static void test_escape(void **state) {
  (void)state;
  esc_is("plain tekst, één ü", strlen("plain tekst, één ü"), "plain tekst, één ü");
  esc_is("a\nb\tc", 5, "a\nb\tc");
  esc_is("\x1b]0;title\x07", 10, "\\x1b]0;title\\x07");
  esc_is("\x1b[2J\r\x7f", 6, "\\x1b[2J\\x0d\\x7f");
  esc_is("nul\0x", 5, "nul\\x00x");
  esc_is("c1 \xc2\x9b" "31m \xc2\x85", 11, "c1 \\u009b31m \\u0085");   /* C1 as UTF-8 */
  esc_is("raw \x9b" "31m", 8, "raw \\x9b31m");                       /* C1 as a bare byte */
  esc_is("\xc0\xaf \xed\xa0\x80", 6, "\\xc0\\xaf \\xed\\xa0\\x80");      /* overlong, surrogate */
  esc_is("cut \xe2\x82", 6, "cut \\xe2\\x82");
  esc_is("\xc2\xa0nbsp", 6, "\xc2\xa0nbsp");
}

static void test_escape_held(void **state) {
  (void)state;
  char out[64];
  size_t held = 99;
  nst_termsafe_escape("ab\xe2\x82", 4, out, sizeof out, &held);
  assert_string_equal(out, "ab");
  assert_int_equal(held, 2);
  nst_termsafe_escape("ab", 2, out, sizeof out, &held);
  assert_int_equal(held, 0);
  /* a small buffer is cut at a whole escape */
  char small[6];
  nst_termsafe_escape("a\x1b\x1b", 3, small, sizeof small, NULL);
  assert_string_equal(small, "a\\x1b");
  char *d = nst_termsafe_dup("x\x1b[0m");
  assert_string_equal(d, "x\\x1b[0m");
  free(d);
}

static void plain_is(const char *md, int width, const char *want) {
  char *got = md_plain(md, width);
  assert_non_null(got);
  assert_string_equal(got, want);
  free(got);
}

static void test_plain(void **state) {
  (void)state;
  plain_is("**Ahmed** is *boos* en _moe_.", 78, "Ahmed is boos en moe.");
  plain_is("Een regel\ndie doorloopt.\n\nTweede alinea.", 78, "Een regel die doorloopt.\n\nTweede alinea.");
  plain_is("Zie [de site](https://example.org/x) of <https://example.org/y>.", 78,
           "Zie de site (https://example.org/x) of https://example.org/y.");
  plain_is("> een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien", 30,
           "> een twee drie vier vijf zes\n> zeven acht negen tien elf\n> twaalf dertien");
  plain_is("> een\n>\n> twee", 78, "> een\n>\n> twee");
  plain_is("voor\n\n> citaat\n\nna", 78, "voor\n\n> citaat\n\nna");
  plain_is("- een\n\n  > citaat", 78, "- een\n\n  > citaat");
  plain_is("- een\n- twee drie vier vijf zes zeven acht", 20, "- een\n- twee drie vier\n  vijf zes zeven\n  acht");
  plain_is("3. drie\n4. vier", 78, "3. drie\n4. vier");
  plain_is("# Kop\n\ntekst", 78, "Kop\n\ntekst");
  plain_is("3 \\* 4 en `a*b`", 78, "3 * 4 en a*b");
  plain_is("regel  \nhard", 78, "regel\nhard");
  plain_is("", 78, "");
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_escape),
    cmocka_unit_test(test_escape_held),
    cmocka_unit_test(test_plain),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

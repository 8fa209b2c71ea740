/* Unit tests of the tally: the facilitator's line, the leaders, whom the
 * conversation follows. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "tally.h"

static void counts_in_order(void **state) {
  nst_tally t;
  int detail = -1;
  assert_int_equal(nst_tally_parse("3 2 0 1", 4, &t, &detail), NST_TALLY_OK);
  assert_int_equal(t.n, 4);
  assert_int_equal(t.counts[0], 3);
  assert_int_equal(t.counts[1], 2);
  assert_int_equal(t.counts[2], 0);
  assert_int_equal(t.counts[3], 1);
  assert_int_equal(nst_tally_total(&t), 6);
  /* commas, semicolons, tabs and a line end are separators too */
  assert_int_equal(nst_tally_parse(" 1,\t2;3\r\n", 3, &t, NULL), NST_TALLY_OK);
  assert_int_equal(nst_tally_total(&t), 6);
}

static void pairs(void **state) {
  nst_tally t;
  assert_int_equal(nst_tally_parse("2:3 4=1", 4, &t, NULL), NST_TALLY_OK);
  assert_int_equal(t.counts[0], 0);
  assert_int_equal(t.counts[1], 3);
  assert_int_equal(t.counts[3], 1);
  /* the same response twice adds up */
  assert_int_equal(nst_tally_parse("1:2 1:2", 2, &t, NULL), NST_TALLY_OK);
  assert_int_equal(t.counts[0], 4);
}

static void errors_leave_the_tally(void **state) {
  nst_tally t;
  nst_tally_init(&t, 3);
  t.counts[0] = 7;
  int detail = 0;
  assert_int_equal(nst_tally_parse("1 x 2", 3, &t, &detail), NST_TALLY_NOT_A_NUMBER);
  assert_int_equal(nst_tally_parse("1 2", 3, &t, &detail), NST_TALLY_WRONG_COUNT);
  assert_int_equal(detail, 2);
  assert_int_equal(nst_tally_parse("1 2 3 4", 3, &t, &detail), NST_TALLY_WRONG_COUNT);
  assert_int_equal(nst_tally_parse("1 2:3", 3, &t, &detail), NST_TALLY_MIXED);
  assert_int_equal(nst_tally_parse("4:1", 3, &t, &detail), NST_TALLY_NO_SUCH_RESPONSE);
  assert_int_equal(detail, 4);
  assert_int_equal(nst_tally_parse("0:1", 3, &t, &detail), NST_TALLY_NO_SUCH_RESPONSE);
  assert_int_equal(nst_tally_parse("2:", 3, &t, &detail), NST_TALLY_NOT_A_NUMBER);
  assert_int_equal(nst_tally_parse("1000 0 0", 3, &t, &detail), NST_TALLY_TOO_MANY_VOTES);
  assert_int_equal(nst_tally_parse("1:600 1:600", 3, &t, &detail), NST_TALLY_TOO_MANY_VOTES);
  assert_int_equal(nst_tally_parse("99999999999999999999 0 0", 3, &t, &detail), NST_TALLY_TOO_MANY_VOTES);
  assert_int_equal(nst_tally_parse("0 0 0", 3, &t, &detail), NST_TALLY_EMPTY);
  assert_int_equal(nst_tally_parse("", 3, &t, &detail), NST_TALLY_EMPTY);
  assert_int_equal(nst_tally_parse("-1 2 3", 3, &t, &detail), NST_TALLY_NOT_A_NUMBER);
  assert_int_equal(t.counts[0], 7);  /* untouched by every refusal */
}

static void leaders_and_follow(void **state) {
  nst_tally t;
  int lead[NST_TALLY_MAX];
  nst_tally_parse("1 4 1", 3, &t, NULL);
  assert_int_equal(nst_tally_leaders(&t, lead), 1);
  assert_int_equal(lead[0], 1);
  assert_int_equal(nst_tally_follow(&t, -1), 0);
  assert_int_equal(t.followed, 1);
  assert_int_equal(t.how, NST_FOLLOW_MAJORITY);
  assert_string_equal(nst_follow_name(t.how), "majority");
  /* the facilitator follows another response on purpose */
  assert_int_equal(nst_tally_follow(&t, 2), 0);
  assert_int_equal(t.how, NST_FOLLOW_FACILITATOR);
  /* choosing the majority by hand is still the majority */
  assert_int_equal(nst_tally_follow(&t, 1), 0);
  assert_int_equal(t.how, NST_FOLLOW_MAJORITY);
  assert_int_equal(nst_tally_follow(&t, 3), -1);

  nst_tally_parse("2 0 2 1", 4, &t, NULL);
  assert_int_equal(nst_tally_leaders(&t, lead), 2);
  assert_int_equal(lead[0], 0);
  assert_int_equal(lead[1], 2);
  assert_int_equal(nst_tally_follow(&t, -1), -1);   /* a tie needs the facilitator */
  assert_int_equal(nst_tally_follow(&t, 2), 0);
  assert_int_equal(t.how, NST_FOLLOW_TIE_BREAK);
  assert_string_equal(nst_follow_name(t.how), "tie-break");
  assert_int_equal(nst_tally_follow(&t, 3), 0);
  assert_int_equal(t.how, NST_FOLLOW_FACILITATOR);

  nst_tally_init(&t, 3);
  assert_int_equal(nst_tally_leaders(&t, lead), 0);
  assert_int_equal(nst_follow_parse("facilitator"), NST_FOLLOW_FACILITATOR);
  assert_int_equal(nst_follow_parse("tie-break"), NST_FOLLOW_TIE_BREAK);
  assert_int_equal(nst_follow_parse("majority"), NST_FOLLOW_MAJORITY);
  assert_int_equal(nst_follow_parse("somebody"), -1);
  assert_int_equal(nst_follow_parse(NULL), -1);
}

static void size_is_clamped(void **state) {
  nst_tally t;
  nst_tally_init(&t, NST_TALLY_MAX + 5);
  assert_int_equal(t.n, NST_TALLY_MAX);
  nst_tally_init(&t, -1);
  assert_int_equal(t.n, 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(counts_in_order), cmocka_unit_test(pairs), cmocka_unit_test(errors_leave_the_tally),
    cmocka_unit_test(leaders_and_follow), cmocka_unit_test(size_is_clamped),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

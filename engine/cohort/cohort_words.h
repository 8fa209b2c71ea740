/* cohort_words.h: the words of the cohort reports, in Dutch and English. Reports
 * take the language as an option rather than from the interface's global
 * setting, so a library caller can write both. */
#ifndef NAAST_COHORT_WORDS_H
#define NAAST_COHORT_WORDS_H

#include "textbuf.h"

typedef enum {
  CW_OPEN_QUOTE, CW_CLOSE_QUOTE, CW_COMPARISON, CW_SCENARIO, CW_VERSION, CW_FINISHED,
  CW_PARTICIPANT, CW_PARTICIPANTS, CW_PARTICIPANTS_LC, CW_UNFINISHED, CW_OWN, CW_OVERALL, CW_OVERALL_LC,
  CW_ENDINGS, CW_SPREAD, CW_SPREAD_NOTE, CW_NOT_TOUCHED, CW_LOWEST, CW_MEDIAN, CW_HIGHEST,
  CW_SEPARATING, CW_TOO_FEW, CW_HIGH_LOW, CW_HIGH, CW_LOW, CW_DECISION, CW_DIFFERENCE,
  CW_HIGH_CHOSE, CW_LOW_CHOSE, CW_OF, CW_NO_SEPARATION, CW_PER_DECISION, CW_TAKEN, CW_TAKEN_ONE, CW_POINTS,
  CW_SKIPPED,
  CW_HISTORY, CW_ALL_SESSIONS, CW_NO_SESSIONS, CW_SESSIONS_SUMMARY, CW_SESSION_SUMMARY_ONE, CW_SESSIONS, CW_BY_ROLE, CW_ROLE_LINE, CW_NO_ROLE, CW_TRAINING,
  CW_ASSESSMENT, CW_GROUP, CW_DIM_TREND, CW_LESSON_TREND, CW_TREND_NOTE, CW_SESSIONS_LC,
  CW_SESSION, CW_PER_SESSION, CW_LESSON, CW_NOT_PRACTISED, CW_ALL_PRACTISED, CW_NONE_PRACTISED,
  CW_LESSON_1, CW_LESSON_2, CW_LESSON_3, CW_LESSON_4, CW_LESSON_5, CW_LESSON_6, CW_LESSON_7,
  CW_LESSON_8, CW_NO_LESSON_DATA, CW_CHART_DIMS, CW_CHART_LESSONS, CW_TRAINEES, CW_FROM, CW_TO,
  CW_COUNT
} cohort_word_id;

const char *cohort_word(int en, cohort_word_id id);

/* Appends s as literal Markdown text inside a line: the characters that
 * start inline markup (\ ` * _ [ ] < > & | ~) backslash-escaped, line breaks
 * as spaces, so a trainee's name or a response's text can neither format nor
 * inject anything. NULL appends nothing. */
void cohort_md_text(nst_buf *b, const char *s);

#endif

/* cohort_words.c: the cohort reports' string tables. The short lesson names sum up
 * the titles of the eight lessons in scenarios/rubric.lua, so history can
 * name them without loading any Lua. */
#include "cohort_words.h"

#include <stdlib.h>
#include <string.h>

#include "mdtree.h"

static const char *const NL[CW_COUNT] = {
  [CW_OPEN_QUOTE] = "“", [CW_CLOSE_QUOTE] = "”",
  [CW_COMPARISON] = "Vergelijking",
  [CW_SCENARIO] = "Scenario",
  [CW_VERSION] = "versie",
  [CW_FINISHED] = "afgerond",
  [CW_PARTICIPANT] = "deelnemer",
  [CW_PARTICIPANTS] = "Deelnemers",
  [CW_PARTICIPANTS_LC] = "deelnemers",
  [CW_UNFINISHED] = "niet afgerond",
  [CW_OVERALL] = "Totaal",
  [CW_OVERALL_LC] = "totaal",
  [CW_ENDINGS] = "Eindes",
  [CW_SPREAD] = "Spreiding van de scores",
  [CW_SPREAD_NOTE] = "Per dimensie de laagste, de middelste (mediaan) en de hoogste score, over de deelnemers bij wie de dimensie aan bod kwam.",
  [CW_NOT_TOUCHED] = "bij niemand aan bod",
  [CW_LOWEST] = "laagste",
  [CW_MEDIAN] = "mediaan",
  [CW_HIGHEST] = "hoogste",
  [CW_SEPARATING] = "Waar hoog en laag scorenden uiteengingen",
  [CW_TOO_FEW] = "Daarvoor zijn minstens twee deelnemers met een totaalscore nodig.",
  [CW_HIGH_LOW] = "De %d deelnemers met de hoogste totaalscore (hoog) naast de %d met de laagste (laag); per beslissing hun eerste antwoord daar.",
  [CW_HIGH] = "Hoog",
  [CW_LOW] = "Laag",
  [CW_DECISION] = "Beslissing",
  [CW_DIFFERENCE] = "verschil",
  [CW_HIGH_CHOSE] = "Hoog koos vooral",
  [CW_LOW_CHOSE] = "laag vooral",
  [CW_OF] = "van",
  [CW_NO_SEPARATION] = "Hoog en laag scorenden kozen overal hetzelfde.",
  [CW_PER_DECISION] = "Per beslissing",
  [CW_TAKEN] = "%d keer genomen, door %d deelnemers.",
  [CW_TAKEN_ONE] = "%d keer genomen, door %d deelnemer.",
  [CW_POINTS] = "punten",
  [CW_SKIPPED] = "Overgeslagen bestanden",
  [CW_HISTORY] = "Voortgang",
  [CW_ALL_SESSIONS] = "alle sessies",
  [CW_NO_SESSIONS] = "Nog geen sessies in %s.",
  [CW_SESSIONS_SUMMARY] = "%d sessies van %s tot %s, waarvan %d afgerond (alleen afgeronde sessies tellen mee).",
  [CW_SESSION_SUMMARY_ONE] = "1 sessie, op %s: %s.",
  [CW_SESSIONS] = "Sessies",
  [CW_TRAINING] = "oefenen",
  [CW_ASSESSMENT] = "toets",
  [CW_GROUP] = "groep",
  [CW_DIM_TREND] = "Trend per dimensie",
  [CW_LESSON_TREND] = "Trend per les",
  [CW_TREND_NOTE] = "Van de eerste naar de laatste sessie waarin het aan bod kwam, de verandering per sessie (rechte lijn door alle scores) en het verloop.",
  [CW_SESSIONS_LC] = "sessies",
  [CW_SESSION] = "sessie",
  [CW_PER_SESSION] = "per sessie",
  [CW_LESSON] = "Les",
  [CW_NOT_PRACTISED] = "Nog niet geoefend",
  [CW_ALL_PRACTISED] = "Alle acht lessen zijn geoefend.",
  [CW_NONE_PRACTISED] = "nog geen",
  [CW_LESSON_1] = "Eerst de impact van de toeslagenaffaire",
  [CW_LESSON_2] = "Alleen hulp waar de ouder die nodig heeft",
  [CW_LESSON_3] = "Mensgericht kijken en werken",
  [CW_LESSON_4] = "Steeds nieuwe doelen stellen",
  [CW_LESSON_5] = "Niet het gedrag van de ouder centraal",
  [CW_LESSON_6] = "Niet alleen de kindproblematiek",
  [CW_LESSON_7] = "Een gedeelde analyse",
  [CW_LESSON_8] = "Onafhankelijke steun, minder machtsverschil",
  [CW_NO_LESSON_DATA] = "%d oudere sessies vermelden geen lessen en tellen niet mee voor de lessen.",
  [CW_CHART_DIMS] = "Scores per dimensie per sessie",
  [CW_CHART_LESSONS] = "Scores per les per sessie",
  [CW_TRAINEES] = "deelnemers",
  [CW_FROM] = "van",
  [CW_TO] = "tot",
};

static const char *const EN[CW_COUNT] = {
  [CW_OPEN_QUOTE] = "“", [CW_CLOSE_QUOTE] = "”",
  [CW_COMPARISON] = "Comparison",
  [CW_SCENARIO] = "Scenario",
  [CW_VERSION] = "version",
  [CW_FINISHED] = "finished",
  [CW_PARTICIPANT] = "participant",
  [CW_PARTICIPANTS] = "Participants",
  [CW_PARTICIPANTS_LC] = "participants",
  [CW_UNFINISHED] = "not finished",
  [CW_OVERALL] = "Overall",
  [CW_OVERALL_LC] = "overall",
  [CW_ENDINGS] = "Endings",
  [CW_SPREAD] = "Spread of the scores",
  [CW_SPREAD_NOTE] = "Per dimension the lowest, the middle (median) and the highest score, over the participants for whom the dimension came up.",
  [CW_NOT_TOUCHED] = "came up for no one",
  [CW_LOWEST] = "lowest",
  [CW_MEDIAN] = "median",
  [CW_HIGHEST] = "highest",
  [CW_SEPARATING] = "Where high and low scorers parted ways",
  [CW_TOO_FEW] = "This needs at least two participants with an overall score.",
  [CW_HIGH_LOW] = "The %d participants with the highest overall score (high) beside the %d with the lowest (low); per decision their first response there.",
  [CW_HIGH] = "High",
  [CW_LOW] = "Low",
  [CW_DECISION] = "Decision",
  [CW_DIFFERENCE] = "difference",
  [CW_HIGH_CHOSE] = "High mostly chose",
  [CW_LOW_CHOSE] = "low mostly",
  [CW_OF] = "of",
  [CW_NO_SEPARATION] = "High and low scorers chose alike everywhere.",
  [CW_PER_DECISION] = "Per decision",
  [CW_TAKEN] = "Times taken: %d, by %d participants.",
  [CW_TAKEN_ONE] = "Times taken: %d, by %d participant.",
  [CW_POINTS] = "points",
  [CW_SKIPPED] = "Files skipped",
  [CW_HISTORY] = "Progress",
  [CW_ALL_SESSIONS] = "all sessions",
  [CW_NO_SESSIONS] = "No sessions yet in %s.",
  [CW_SESSIONS_SUMMARY] = "%d sessions from %s to %s, %d of them finished (only finished sessions count).",
  [CW_SESSION_SUMMARY_ONE] = "1 session, on %s: %s.",
  [CW_SESSIONS] = "Sessions",
  [CW_TRAINING] = "training",
  [CW_ASSESSMENT] = "assessment",
  [CW_GROUP] = "group",
  [CW_DIM_TREND] = "Trend per dimension",
  [CW_LESSON_TREND] = "Trend per lesson",
  [CW_TREND_NOTE] = "From the first to the last session in which it came up, the change per session (a straight line through all scores) and the course.",
  [CW_SESSIONS_LC] = "sessions",
  [CW_SESSION] = "session",
  [CW_PER_SESSION] = "per session",
  [CW_LESSON] = "Lesson",
  [CW_NOT_PRACTISED] = "Not practised yet",
  [CW_ALL_PRACTISED] = "All eight lessons have been practised.",
  [CW_NONE_PRACTISED] = "none yet",
  [CW_LESSON_1] = "The benefits affair's impact first",
  [CW_LESSON_2] = "Help only where the parent needs it",
  [CW_LESSON_3] = "Person-centred looking and working",
  [CW_LESSON_4] = "Keep setting new goals",
  [CW_LESSON_5] = "Not the parent's behaviour in focus",
  [CW_LESSON_6] = "Not only the child's problems",
  [CW_LESSON_7] = "A shared analysis",
  [CW_LESSON_8] = "Independent support, less power imbalance",
  [CW_NO_LESSON_DATA] = "%d older sessions name no lessons and do not count for the lessons.",
  [CW_CHART_DIMS] = "Scores per dimension per session",
  [CW_CHART_LESSONS] = "Scores per lesson per session",
  [CW_TRAINEES] = "participants",
  [CW_FROM] = "from",
  [CW_TO] = "to",
};

const char *cohort_word(int en, cohort_word_id id) {
  const char *w = (en ? EN : NL)[id];
  return w ? w : NL[id] ? NL[id] : "";
}

void cohort_md_text(nst_buf *b, const char *s) {
  /* a record's text may hold control codes (a hand-edited file): they are
   * dropped, as the debrief does, so no report opened in a terminal obeys them */
  char *clean = md_clean(s);
  if (!clean) { b->oom = 1; return; }
  for (s = clean; *s; s++) {
    unsigned char c = (unsigned char)*s;
    if (c == '\n' || c == '\r' || c == '\t') { nst_buf_add(b, " ", 1); continue; }
    if (strchr("\\`*_[]<>&|~", c)) nst_buf_add(b, "\\", 1);
    nst_buf_add(b, s, 1);
  }
  free(clean);
}

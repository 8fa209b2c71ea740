/* strings.c: the string tables. */
#include "strings.h"

#include <string.h>

static const char *const NL[S_COUNT] = {
  [S_RESPONSES] = "Wat zeg je?",
  [S_YOUR_CHOICE] = "Jij",
  [S_FEEDBACK] = "Toelichting",
  [S_INNER] = "Wat er in de ander omgaat",
  [S_ENDING] = "Einde",
  [S_SCORES] = "Scores",
  [S_OVERALL] = "Totaal",
  [S_NOT_SCORED] = "niet aan bod",
  [S_OF] = "van",
  [S_STATE] = "Toestand",
  [S_PROMPT_HELP] = "Typ het nummer van je antwoord. u = terug, p = pauze, q = stoppen (de sessie blijft bewaard).",
  [S_PROMPT] = "Jouw keuze",
  [S_BAD_CHOICE] = "Kies een nummer van 1 tot %d.",
  [S_PAUSED] = "Pauze. Druk op Enter om verder te gaan.",
  [S_RESUMED] = "Verder.",
  [S_SAVED_AT] = "Sessie bewaard in %s",
  [S_QUIT_SAVED] = "Gestopt. Hervatten kan met: naast play --resume %s",
  [S_UNDONE] = "Laatste keuze teruggenomen.",
  [S_NOTHING_TO_UNDO] = "Er is nog geen keuze om terug te nemen.",
  [S_UNDO_ASSESS] = "Terugnemen kan niet in de toetsmodus.",
  [S_NOT_FINISHED] = "Het gesprek is nog niet afgelopen.",
  [S_CONTENT_NOTES] = "Inhoud",
  [S_LESSONS] = "Lessen",
  [S_MINUTES] = "min",
  [S_CAST] = "Met",
  [S_PICK_SCENARIO] = "Kies een scenario (nummer), of q om te stoppen",
  [S_RESUME_OFFER] = "Er is een onderbroken sessie van %s (%d keuzes). Verder gaan? [J/n]",
  [S_YES_CHARS] = "jJyY",
  [S_PRESS_ENTER] = "Druk op Enter om te beginnen.",
  [S_DISCUSS] = "Om te bespreken",
  [S_INTRO] = "Casus",
  [S_TRAINING] = "oefenen",
  [S_ASSESSMENT] = "toets",
  [S_STEP] = "stap",
  [S_NEGATIVE_MOMENTS] = "Schurende momenten",
  [S_SCENARIO_CHANGED] = "Let op: het scenario is veranderd sinds deze sessie.",
  [S_SELF_INTRO] = "Voordat je de scores ziet: hoe ging het volgens jou? Geef per onderdeel een cijfer van 1\n"
                   "(ging nog niet) tot 5 (ging heel goed), of druk op Enter om het over te slaan.",
  [S_SELF_RATE] = "%s (1-5, Enter = overslaan): ",
  [S_SELF_BAD] = "Typ een cijfer van 1 tot 5, of druk op Enter om over te slaan.",
  [S_SELF_MOST] = "In één zin: over welk moment ben je het meest tevreden? (Enter = overslaan)\n> ",
  [S_SELF_LEAST] = "En over welk moment het minst? (Enter = overslaan)\n> ",
  [S_SELF_THANKS] = "Dank je. Je inschatting staat naast de scores in het verslag.",
  [S_REPORT_AT] = "Het verslag staat in %s (en als webpagina in %s)",
};

static const char *const EN[S_COUNT] = {
  [S_RESPONSES] = "What do you say?",
  [S_YOUR_CHOICE] = "You",
  [S_FEEDBACK] = "Feedback",
  [S_INNER] = "What goes on in the other person",
  [S_ENDING] = "Ending",
  [S_SCORES] = "Scores",
  [S_OVERALL] = "Overall",
  [S_NOT_SCORED] = "not touched",
  [S_OF] = "of",
  [S_STATE] = "State",
  [S_PROMPT_HELP] = "Type the number of your response. u = undo, p = pause, q = quit (the session is kept).",
  [S_PROMPT] = "Your choice",
  [S_BAD_CHOICE] = "Choose a number from 1 to %d.",
  [S_PAUSED] = "Paused. Press Enter to go on.",
  [S_RESUMED] = "Going on.",
  [S_SAVED_AT] = "Session saved in %s",
  [S_QUIT_SAVED] = "Stopped. Resume with: naast play --resume %s",
  [S_UNDONE] = "Last choice taken back.",
  [S_NOTHING_TO_UNDO] = "There is no choice to take back yet.",
  [S_UNDO_ASSESS] = "Undo is not available in assessment mode.",
  [S_NOT_FINISHED] = "The conversation has not ended yet.",
  [S_CONTENT_NOTES] = "Content",
  [S_LESSONS] = "Lessons",
  [S_MINUTES] = "min",
  [S_CAST] = "With",
  [S_PICK_SCENARIO] = "Choose a scenario (number), or q to quit",
  [S_RESUME_OFFER] = "There is an interrupted session from %s (%d choices). Resume it? [Y/n]",
  [S_YES_CHARS] = "yYjJ",
  [S_PRESS_ENTER] = "Press Enter to begin.",
  [S_DISCUSS] = "To discuss",
  [S_INTRO] = "The case",
  [S_TRAINING] = "training",
  [S_ASSESSMENT] = "assessment",
  [S_STEP] = "step",
  [S_NEGATIVE_MOMENTS] = "Moments that chafed",
  [S_SCENARIO_CHANGED] = "Note: the scenario has changed since this session.",
  [S_SELF_INTRO] = "Before you see the scores: how do you think it went? Rate each part from 1 (not yet)\n"
                   "to 5 (very well), or press Enter to skip it.",
  [S_SELF_RATE] = "%s (1-5, Enter = skip): ",
  [S_SELF_BAD] = "Type a number from 1 to 5, or press Enter to skip.",
  [S_SELF_MOST] = "In one sentence: which moment are you most content with? (Enter = skip)\n> ",
  [S_SELF_LEAST] = "And which moment least? (Enter = skip)\n> ",
  [S_SELF_THANKS] = "Thank you. Your estimate is set beside the scores in the debrief.",
  [S_REPORT_AT] = "The debrief is in %s (and as a web page in %s)",
};

static const char *const *table = NL;
static const char *lang = "nl";

void strings_set_lang(const char *l) {
  int en = l && strcmp(l, "en") == 0;
  table = en ? EN : NL;
  lang = en ? "en" : "nl";
}

const char *S(nst_string id) { return table[id] ? table[id] : NL[id]; }
const char *strings_lang(void) { return lang; }

/* strings.h: the interface's words in Dutch and English. Every sentence the
 * user interface shows comes from here, never from a literal elsewhere. */
#ifndef NAAST_STRINGS_H
#define NAAST_STRINGS_H

typedef enum {
  S_RESPONSES, S_YOUR_CHOICE, S_FEEDBACK, S_INNER, S_ENDING, S_SCORES, S_OVERALL, S_NOT_SCORED,
  S_OF, S_STATE, S_PROMPT_HELP, S_PROMPT, S_BAD_CHOICE, S_PAUSED, S_RESUMED, S_SAVED_AT,
  S_QUIT_SAVED, S_UNDONE, S_NOTHING_TO_UNDO, S_UNDO_ASSESS, S_NOT_FINISHED, S_CONTENT_NOTES,
  S_LESSONS, S_MINUTES, S_CAST, S_PICK_SCENARIO, S_RESUME_OFFER, S_YES_CHARS, S_PRESS_ENTER,
  S_DISCUSS, S_INTRO, S_TRAINING, S_ASSESSMENT, S_STEP, S_NEGATIVE_MOMENTS, S_SCENARIO_CHANGED,
  S_SELF_INTRO, S_SELF_RATE, S_SELF_BAD, S_SELF_MOST, S_SELF_LEAST, S_SELF_THANKS, S_REPORT_AT,
  S_COUNT
} nst_string;

/* lang: "nl" (default) or "en". */
void strings_set_lang(const char *lang);
const char *S(nst_string id);
/* The label of a dimension in the interface language. */
const char *strings_lang(void);

#endif

/* words.h: the debrief's words in Dutch and English. Every sentence of the
 * report comes from here; formats take their numbers and names in the order
 * the comment beside them gives. */
#ifndef NAAST_REPORT_WORDS_H
#define NAAST_REPORT_WORDS_H

typedef struct {
  const char *lang;
  const char *months[12];
  /* header */
  const char *title_fmt;          /* %s scenario title */
  const char *trainee, *anonymous, *date, *date_fmt; /* date_fmt: %d day, %s month, %d year, %02d:%02d */
  const char *mode, *mode_training, *mode_assessment, *mode_group;
  const char *role;
  const char *duration, *minutes_fmt, *thinking_fmt;  /* %d min; %s total thinking time */
  const char *unknown;
  const char *ending, *not_ended_fmt;  /* %d decisions, %s choice_one or choice_many */
  const char *choice_one, *choice_many, *hash_now_fmt;  /* hash_now_fmt: %s the scenario's hash now */
  const char *kind_herstel, *kind_neutraal, *kind_breuk;
  const char *scenario, *version_fmt;  /* %s version */
  const char *undone, *undone_fmt;     /* %d */
  const char *attention, *changed;
  const char *stopped_missing_fmt;     /* %d step, %s response id, %d first, %d last */
  const char *stopped_after_end_fmt;   /* %d step */
  const char *stopped_error_fmt;       /* %d step, %s message */
  /* summary */
  const char *h_summary, *points_fmt;  /* %d earned, %d best, %s point(s) */
  const char *not_scored, *self_fmt;   /* %d rating, %d max, %d percent */
  const char *overall;
  const char *strongest_fmt;           /* %s best dim, %d %, %s weakest dim, %d % */
  const char *only_one_fmt;            /* %s dim, %d % */
  const char *all_equal_fmt;           /* %d % */
  const char *stayed_fmt;              /* %s var phrase, %d value */
  const char *none_scored;
  const char *moved_fmt;               /* %s var phrase, %d from, %d to */
  const char *and_;
  const char *ended_fmt;               /* %s ending title, %s kind */
  const char *self_gap_fmt;            /* %s dim, %d rating, %d self %, %d computed %, %s higher/lower */
  const char *self_higher, *self_lower;
  const char *self_gap_tail;
  const char *self_close;
  const char *self_none;
  const char *self_most, *self_least;
  /* lessons */
  const char *h_lessons, *lesson_fmt;  /* %d number, %s title */
  const char *applied, *missed, *step_fmt;  /* step_fmt: %d */
  const char *missed_best_fmt;         /* %s the best response's points */
  const char *advice;
  const char *no_lessons;
  /* key moments */
  const char *h_moments, *h_helped, *h_chafed, *key_node;
  const char *no_helped, *no_chafed;
  const char *point_one, *point_many, *effect, *points_label, *less_than_minute;
  const char *state_same;
  /* missed chances */
  const char *h_missed, *you_chose_fmt, *better_fmt;  /* %d response number */
  const char *had_you_fmt;             /* intro of the what-if sentence */
  const char *now_fmt;                 /* %d: "(with your choice: %d)" */
  const char *would_end_fmt;           /* %s title, %s kind */
  const char *no_missed;
  /* the other side */
  const char *h_other, *other_intro_fmt, *you_said, *thinks_fmt, *no_inner;
  /* course */
  const char *h_course, *course_intro, *range_fmt;  /* %d lowest, %d highest */
  /* questions */
  const char *h_questions, *h_prompts, *h_lesson_questions, *main_lesson_fmt;
  const char *no_prompts;
  /* case and transcript */
  const char *h_case, *h_transcript, *you, *response_fmt;  /* %d number, %d available */
  const char *feedback, *not_chosen, *option_fmt, *think_time_fmt; /* option_fmt: %d number */
  const char *h_ending_fmt;            /* %s title, %s kind */
  const char *h_stopped, *no_decision_yet, *h_mismatch, *recorded_fmt; /* %d step, %s id */
  /* group play */
  const char *h_group, *group_intro, *group_try;
  const char *vote_one, *vote_many, *votes_fmt;   /* votes_fmt: %d count, %s vote(s), %d percent */
  const char *followed_majority, *followed_tie, *followed_facilitator;
  const char *unanimous, *minority_better_fmt;    /* %d response number */
  const char *nobody_best_fmt;                    /* %d response number */
  const char *no_tally, *said_fmt;                /* said_fmt: %s person */
  const char *self_group, *branched, *branched_fmt; /* branched_fmt: %s record, %d step */
  const char *what_if;
  /* charts */
  const char *chart_scores, *chart_course, *legend_score, *legend_self, *axis_step, *start;
  /* state variables known by id, for English */
  const char *var_tension, *var_trust, *var_control;
  /* the same in running text, with their article */
  const char *the_tension, *the_trust, *the_control, *course_sentence;
} nst_words;

/* "en" gives English; anything else Dutch. */
const nst_words *words_for(const char *lang);

#endif

/* words.c: the debrief's word tables. */
#include "words.h"

#include <string.h>

static const nst_words NL = {
  .lang = "nl",
  .months = { "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
              "oktober", "november", "december" },
  .title_fmt = "Nabespreking: %s",
  .trainee = "Deelnemer", .anonymous = "anoniem",
  .date = "Datum", .date_fmt = "%d %s %d, %02d:%02d UTC",
  .role = "Rol van de cursist", .mode = "Vorm", .mode_training = "oefenen (toelichting na elk antwoord)",
  .mode_assessment = "toets (toelichting pas aan het eind)", .mode_group = "groep (intervisie)",
  .duration = "Duur", .minutes_fmt = "%d min", .thinking_fmt = ", waarvan %s bedenktijd bij de keuzes",
  .unknown = "onbekend",
  .ending = "Einde", .not_ended_fmt = "niet bereikt: het gesprek stopte na %d %s",
  .choice_one = "keuze", .choice_many = "keuzes", .hash_now_fmt = "; nu %s",
  .kind_herstel = "herstel", .kind_neutraal = "neutraal", .kind_breuk = "breuk",
  .scenario = "Scenario", .version_fmt = ", versie %s",
  .undone = "Teruggenomen", .undone_fmt = "%d keer een keuze teruggenomen (oefenmodus)",
  .attention = "Let op",
  .changed = "het scenario is veranderd sinds deze sessie. Dit verslag is opnieuw opgebouwd met het "
             "scenario zoals het nu is; teksten en punten kunnen afwijken van wat de deelnemer zag.",
  .stopped_missing_fmt = "Vanaf keuze %d past de sessie niet meer op het scenario: antwoord \"%s\" wordt daar "
                         "niet meer aangeboden. Keuzes %d tot en met %d staan onderaan alleen met het id van hun antwoord.",
  .stopped_after_end_fmt = "De sessie telt meer keuzes dan het scenario nu toelaat: na keuze %d was het "
                           "gesprek al afgelopen.",
  .stopped_error_fmt = "Keuze %d kon niet opnieuw worden gespeeld: %s",

  .h_summary = "Samenvatting", .points_fmt = " (%d van %d %s)",
  .not_scored = "niet aan bod", .self_fmt = " \xC2\xB7 eigen inschatting %d van %d (%d%%)",
  .overall = "Totaal",
  .strongest_fmt = "Het sterkst was %s (%d%%), het minst sterk %s (%d%%).",
  .only_one_fmt = "Alleen %s kwam aan bod (%d%%).",
  .all_equal_fmt = "Alle dimensies die aan bod kwamen, scoren %d%%.",
  .stayed_fmt = "bleef %s %d",
  .none_scored = "In deze sessie kwam nog geen dimensie aan bod.",
  .moved_fmt = "ging %s van %d naar %d", .and_ = " en ",
  .ended_fmt = "Het gesprek eindigde met \xE2\x80\x9C%s\xE2\x80\x9D (%s).",
  .self_gap_fmt = "Je eigen inschatting en de berekende score liggen het verst uiteen bij %s: je gaf jezelf "
                  "%d van 5 (%d%%), de berekende score is %d%%. Je schatte jezelf daar %s in.",
  .self_higher = "hoger", .self_lower = "lager",
  .self_gap_tail = "Dat verschil is een goed begin van het gesprek: wat zag jij op die momenten?",
  .self_close = "Je eigen inschatting ligt bij elke dimensie dicht bij de berekende score (binnen 25 procentpunt).",
  .self_none = "Er is geen eigen inschatting gegeven.",
  .self_most = "Waar je zelf het meest tevreden over bent:",
  .self_least = "Waar je zelf het minst tevreden over bent:",

  .h_lessons = "Per les", .lesson_fmt = "Les %d: %s",
  .applied = "toegepast", .missed = "gemist", .step_fmt = "Stap %d",
  .missed_best_fmt = "het beste antwoord had %s",
  .advice = "Uit de les:",
  .no_lessons = "Geen van de keuzes raakte een les.",

  .h_moments = "Belangrijke momenten", .h_helped = "Wat het meest hielp", .h_chafed = "Wat het meest schuurde",
  .key_node = "sleutelmoment",
  .no_helped = "Geen keuze bracht het gesprek duidelijk verder.",
  .no_chafed = "Geen keuze zette het gesprek duidelijk terug.",
  .point_one = "punt", .point_many = "punten", .effect = "Effect", .points_label = "Punten",
  .less_than_minute = "minder dan 1 min",
  .state_same = "de toestand bleef gelijk",

  .h_missed = "Gemiste kansen", .you_chose_fmt = "Je koos antwoord %d: ", .better_fmt = "Beter was antwoord %d: ",
  .had_you_fmt = "Had je dat gekozen:", .now_fmt = " (met jouw keuze: %d)",
  .would_end_fmt = "Het gesprek zou dan eindigen met \xE2\x80\x9C%s\xE2\x80\x9D (%s).",
  .no_missed = "Geen: bij elke keuze lag je antwoord minder dan %d punten onder het beste dat er was.",

  .h_other = "De andere kant",
  .other_intro_fmt = "Het gesprek zoals %s het beleefde: wat er omging bij elk antwoord dat je gaf.",
  .you_said = "Je zei:", .thinks_fmt = "%s:", .no_inner = "(hierbij is geen reactie beschreven)",

  .h_course = "Het verloop van het gesprek",
  .course_intro = "De waarden bij de start en na elke keuze, in volgorde.",
  .range_fmt = "(laagste %d, hoogste %d)",

  .h_questions = "Vragen voor de nabespreking", .h_prompts = "Bij dit gesprek",
  .h_lesson_questions = "Uit de lessen", .main_lesson_fmt = "De hoofdles van dit scenario is les %d.",
  .no_prompts = "Het scenario geeft bij deze keuzes geen eigen vragen.",

  .h_case = "De casus", .h_transcript = "Het hele gesprek", .you = "Jij",
  .response_fmt = "Jij (antwoord %d van %d):",
  .feedback = "Toelichting", .not_chosen = "Niet gekozen:", .option_fmt = "Antwoord %d: ",
  .think_time_fmt = " \xC2\xB7 bedenktijd %d s",
  .h_ending_fmt = "Einde: %s (%s)",
  .h_stopped = "Hier stopte het gesprek", .no_decision_yet = "Hier is nog geen keuze gemaakt.",
  .h_mismatch = "Vanaf hier past de sessie niet meer op het scenario",
  .recorded_fmt = "Keuze %d: antwoord \"%s\"",

  .h_group = "Hoe de groep koos",
  .group_intro = "Per keuze: hoe de stemmen verdeeld waren, welk antwoord het gesprek volgde, en wat elk antwoord "
                 "gedaan zou hebben (punten, en wat er met de ander gebeurde). Begin het gesprek bij wie anders koos.",
  .group_try = "Wat een ander antwoord verderop doet, speel je na met naast play --from RECORD --step N "
               "(RECORD: het sessiebestand van deze bijeenkomst; N: het nummer van de keuze).",
  .vote_one = "stem", .vote_many = "stemmen", .votes_fmt = "%d %s (%d%%)",
  .followed_majority = "gevolgd (meerderheid)", .followed_tie = "gevolgd (gelijke stand: de begeleider koos)",
  .followed_facilitator = "gevolgd (de begeleider koos bewust dit antwoord)",
  .unanimous = "Iedereen koos hetzelfde.",
  .minority_better_fmt = "Een deel van de groep koos hier een sterker antwoord dan het gesprek volgde: antwoord %d.",
  .nobody_best_fmt = "Het antwoord dat het meeste opleverde, antwoord %d, koos niemand.",
  .no_tally = "Bij deze keuze zijn geen stemmen bewaard.",
  .said_fmt = "%s zei:",
  .self_group = "Een groep vult geen eigen inschatting in; dit verslag is het verslag van de bijeenkomst.",
  .branched = "Vertakt van", .branched_fmt = "%s, vanaf keuze %d",
  .what_if = "Wat als:",

  .chart_scores = "Scores per dimensie", .chart_course = "Het verloop van het gesprek",
  .legend_score = "berekende score", .legend_self = "eigen inschatting", .axis_step = "stap", .start = "start",
  .var_tension = "spanning", .var_trust = "vertrouwen", .var_control = "regie",
  .the_tension = "de spanning", .the_trust = "het vertrouwen", .the_control = "de regie",
  .course_sentence = "In de loop van het gesprek",
};

static const nst_words EN = {
  .lang = "en",
  .months = { "January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December" },
  .title_fmt = "Debrief: %s",
  .trainee = "Trainee", .anonymous = "anonymous",
  .date = "Date", .date_fmt = "%d %s %d, %02d:%02d UTC",
  .role = "Trainee's role", .mode = "Mode", .mode_training = "training (feedback after each response)",
  .mode_assessment = "assessment (feedback only at the end)", .mode_group = "group (intervision)",
  .duration = "Duration", .minutes_fmt = "%d min", .thinking_fmt = ", of which %s thinking time over the choices",
  .unknown = "unknown",
  .ending = "Ending", .not_ended_fmt = "not reached: the conversation stopped after %d %s",
  .choice_one = "choice", .choice_many = "choices", .hash_now_fmt = "; now %s",
  .kind_herstel = "recovery", .kind_neutraal = "neutral", .kind_breuk = "rupture",
  .scenario = "Scenario", .version_fmt = ", version %s",
  .undone = "Taken back", .undone_fmt = "a choice was taken back %d times (training mode)",
  .attention = "Note",
  .changed = "the scenario has changed since this session. This debrief was rebuilt with the scenario as it "
             "is now; texts and points may differ from what the trainee saw.",
  .stopped_missing_fmt = "From choice %d on, the session no longer fits the scenario: response \"%s\" is no "
                         "longer offered there. Choices %d to %d are listed at the end by their response id only.",
  .stopped_after_end_fmt = "The session has more choices than the scenario now allows: after choice %d the "
                           "conversation had already ended.",
  .stopped_error_fmt = "Choice %d could not be replayed: %s",

  .h_summary = "Summary", .points_fmt = " (%d of %d %s)",
  .not_scored = "not touched", .self_fmt = " \xC2\xB7 own estimate %d of %d (%d%%)",
  .overall = "Overall",
  .strongest_fmt = "Strongest was %s (%d%%), weakest %s (%d%%).",
  .only_one_fmt = "Only %s came up (%d%%).",
  .all_equal_fmt = "Every dimension that came up scores %d%%.",
  .stayed_fmt = "%s stayed at %d",
  .none_scored = "No dimension came up in this session yet.",
  .moved_fmt = "%s went from %d to %d", .and_ = " and ",
  .ended_fmt = "The conversation ended with \xE2\x80\x9C%s\xE2\x80\x9D (%s).",
  .self_gap_fmt = "Your own estimate and the computed score differ most on %s: you gave yourself %d of 5 "
                  "(%d%%), the computed score is %d%%. You rated yourself %s there.",
  .self_higher = "higher", .self_lower = "lower",
  .self_gap_tail = "That difference is a good start for the conversation: what did you see at those moments?",
  .self_close = "Your own estimate is close to the computed score on every dimension (within 25 points).",
  .self_none = "No self-assessment was given.",
  .self_most = "What you are most content with:",
  .self_least = "What you are least content with:",

  .h_lessons = "Per lesson", .lesson_fmt = "Lesson %d: %s",
  .applied = "applied", .missed = "missed", .step_fmt = "Step %d",
  .missed_best_fmt = "the best response had %s",
  .advice = "From the lesson:",
  .no_lessons = "None of the choices touched a lesson.",

  .h_moments = "Key moments", .h_helped = "What helped most", .h_chafed = "What chafed most",
  .key_node = "key decision",
  .no_helped = "No choice clearly moved the conversation forward.",
  .no_chafed = "No choice clearly set the conversation back.",
  .point_one = "point", .point_many = "points", .effect = "Effect", .points_label = "Points",
  .less_than_minute = "less than 1 min",
  .state_same = "the state stayed the same",

  .h_missed = "Missed chances", .you_chose_fmt = "You chose response %d: ",
  .better_fmt = "Better was response %d: ",
  .had_you_fmt = "Had you chosen it:", .now_fmt = " (with your choice: %d)",
  .would_end_fmt = "The conversation would then have ended with \xE2\x80\x9C%s\xE2\x80\x9D (%s).",
  .no_missed = "None: at every choice your response was less than %d points below the best available.",

  .h_other = "The other side",
  .other_intro_fmt = "The conversation as %s lived it: what went on at each of your responses.",
  .you_said = "You said:", .thinks_fmt = "%s:", .no_inner = "(no reaction is described here)",

  .h_course = "The course of the conversation",
  .course_intro = "The values at the start and after each choice, in order.",
  .range_fmt = "(lowest %d, highest %d)",

  .h_questions = "Questions for the debrief", .h_prompts = "About this conversation",
  .h_lesson_questions = "From the lessons", .main_lesson_fmt = "The main lesson of this scenario is lesson %d.",
  .no_prompts = "The scenario has no questions of its own at these choices.",

  .h_case = "The case", .h_transcript = "The full conversation", .you = "You",
  .response_fmt = "You (response %d of %d):",
  .feedback = "Feedback", .not_chosen = "Not chosen:", .option_fmt = "Response %d: ",
  .think_time_fmt = " \xC2\xB7 thinking time %d s",
  .h_ending_fmt = "Ending: %s (%s)",
  .h_stopped = "Here the conversation stopped", .no_decision_yet = "No choice was made here yet.",
  .h_mismatch = "From here on the session no longer fits the scenario",
  .recorded_fmt = "Choice %d: response \"%s\"",

  .h_group = "How the group chose",
  .group_intro = "Per decision: how the votes were spread, which response the conversation followed, and what "
                 "each response would have done (points, and what happened to the other person). Start the "
                 "conversation with those who chose differently.",
  .group_try = "To play what another response does further on: naast play --from RECORD --step N "
               "(RECORD: this meeting's session file; N: the number of the decision).",
  .vote_one = "vote", .vote_many = "votes", .votes_fmt = "%d %s (%d%%)",
  .followed_majority = "followed (majority)", .followed_tie = "followed (a tie: the facilitator chose)",
  .followed_facilitator = "followed (the facilitator chose this response on purpose)",
  .unanimous = "Everyone chose the same.",
  .minority_better_fmt = "Part of the group chose a stronger response here than the conversation followed: response %d.",
  .nobody_best_fmt = "The response that would have done most, response %d, was chosen by no one.",
  .no_tally = "No votes were kept at this decision.",
  .said_fmt = "%s said:",
  .self_group = "A group gives no self-assessment; this debrief is the minutes of the meeting.",
  .branched = "Branched from", .branched_fmt = "%s, from decision %d",
  .what_if = "What if:",

  .chart_scores = "Scores per dimension", .chart_course = "The course of the conversation",
  .legend_score = "computed score", .legend_self = "own estimate", .axis_step = "step", .start = "start",
  .var_tension = "tension", .var_trust = "trust", .var_control = "sense of control",
  .the_tension = "tension", .the_trust = "trust", .the_control = "the sense of control",
  .course_sentence = "Over the conversation,",
};

const nst_words *words_for(const char *lang) { return lang && !strcmp(lang, "en") ? &EN : &NL; }

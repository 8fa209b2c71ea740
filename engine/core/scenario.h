/* scenario.h: the scenario model, as the core sees it.
 *
 * A scenario is built once (by the Lua loader) and then only read. All its
 * strings live in an arena owned by the scenario, so a loaded scenario is a
 * handful of flat arrays indexed by small integers: the runtime never hashes
 * or compares strings.
 *
 * Parts that a table cannot say (a condition, an effect, a target or a line
 * written as a function) are kept as opaque function numbers; the core calls
 * them through nst_script_ops, which the host fills in. The core itself knows
 * no Lua.
 *
 * Ownership: nst_scenario_free() frees everything, including the script host
 * through ops->release.
 */
#ifndef NAAST_SCENARIO_H
#define NAAST_SCENARIO_H

#include <stddef.h>
#include <stdint.h>

enum {
  NST_MAX_VARS = 16,    /* state variables per scenario */
  NST_MAX_DIMS = 16,    /* rubric dimensions */
  NST_LESSONS = 8,      /* lessons are numbered 1..8 */
  NST_MAX_ROLES = 16,   /* trainee roles a rubric lists */
  NST_NARRATOR = -1,    /* speaker index of narration */
  NST_NONE = -1
};

typedef enum { NST_LT, NST_LE, NST_GT, NST_GE, NST_EQ, NST_NE } nst_op;

/* One test of a declarative condition: state[var] op value. */
typedef struct { uint8_t var, op; int16_t value; } nst_clause;

/* A condition: all clauses must hold, or, when fn != NST_NONE, a script
 * function decides. No clauses and no function: always holds. */
typedef struct { uint32_t first; uint16_t count; int32_t fn; } nst_cond;

typedef struct { uint8_t dim; int8_t value; } nst_score;
typedef struct { uint8_t var, set; int16_t value; } nst_effect; /* set: 0 add, 1 assign */

typedef struct {
  const char *id, *text, *feedback, *inner;
  int32_t next;          /* node index, or NST_NONE when next_fn decides */
  int32_t next_fn;
  nst_cond when;
  uint32_t score_first, effect_first;
  uint16_t score_count, effect_count;
  int32_t effect_fn;     /* returns deltas; applied before effect_first.. */
  uint16_t lessons;      /* bit n set: touches lesson n */
  uint8_t procedure;     /* the procedure-first response of its decision */
  uint8_t content;       /* a content move: subject to the scenario's regulation */
  int line;
} nst_choice;

typedef struct {
  int speaker;           /* cast index or NST_NARRATOR */
  const char *text;      /* NULL when text_fn gives it */
  uint32_t len;
  int32_t text_fn;
  nst_cond when;
} nst_line;

typedef enum { NST_DECISION, NST_ENDING } nst_node_kind;

typedef struct {
  const char *id;
  int line;
  uint8_t kind, key;
  uint32_t line_first, choice_first;
  uint16_t line_count, choice_count;
  const char *prompt;                     /* decisions: discussion prompt */
  const char *title, *ending_kind, *text; /* endings */
} nst_node;

typedef struct { const char *id, *name, *role, *portrait; } nst_person;

typedef struct {
  const char *id, *label;
  int init, min, max;
  uint8_t hidden;
} nst_var;

typedef struct { nst_cond when; int32_t next; int line; } nst_trigger;

/* "Regulation before content": while `when` holds on the state a response is
 * given in, a content response changes each variable by at most max[v] and at
 * least min[v]. */
typedef struct {
  int declared;
  nst_cond when;
  int max[NST_MAX_VARS], min[NST_MAX_VARS];  /* INT_MAX / INT_MIN: no limit */
} nst_regulation;

typedef struct {
  const char *id, *label, *label_en, *description, *description_en;
  uint16_t lessons;
} nst_dimension;

/* A seat the trainee can take (procesbegeleider, jeugdbeschermer, ...). */
typedef struct { const char *id, *label, *label_en; int line; } nst_role;

typedef struct {
  const char *title, *title_en, *core;
  const char **advice, **questions, **questions_en;
  int advice_count, question_count, question_en_count;
} nst_lesson;

/* A trainer's own check (naast test): a path by response numbers, and
 * what it must reach. */
typedef struct {
  const char *name;                    /* or NULL */
  int *choices; int choice_count;
  int32_t ending;                      /* node index or NST_NONE */
  float min[NST_MAX_DIMS], max[NST_MAX_DIMS]; /* <0: no bound */
  float min_overall, max_overall;      /* <0: no bound */
  int line;
} nst_test;

typedef struct nst_script nst_script; /* the host's, opaque here */

/* How the core calls script functions. Each returns 0, or -1 with a message
 * that error() gives until the next call. */
typedef struct {
  int (*cond)(nst_script *, int32_t fn, const int *state, int *holds);
  int (*effect)(nst_script *, int32_t fn, const int *state, int *delta);
  int (*next)(nst_script *, int32_t fn, const int *state, int32_t *node);
  int (*text)(nst_script *, int32_t fn, const int *state, const char **text, size_t *len);
  const char *(*error)(nst_script *);
  void (*release)(nst_script *);
} nst_script_ops;

typedef struct nst_arena nst_arena;

typedef struct nst_scenario {
  const char *path, *id, *title, *language, *version, *intro;
  int minutes;
  const char *role;          /* the trainee's seat: a role id of the rubric, or NULL */
  uint16_t lessons;          /* bitmask */
  int main_lesson;
  const char **content_notes; int content_note_count;
  int32_t start;

  nst_person *cast; int cast_count;
  nst_var vars[NST_MAX_VARS]; int var_count;
  nst_trigger *triggers; int trigger_count;
  nst_regulation regulation;
  nst_node *nodes; int node_count;
  nst_choice *choices; int choice_count;
  nst_line *lines; int line_count;
  nst_clause *clauses; int clause_count;
  nst_score *scores; int score_count;
  nst_effect *effects; int effect_count;
  nst_test *tests; int test_count;

  /* the rubric the scenario is scored against */
  const char *rubric_path;
  nst_dimension dims[NST_MAX_DIMS]; int dim_count;
  nst_lesson lesson_info[NST_LESSONS + 1]; /* index 1..8 */
  int scale_min, scale_max;
  nst_role roles[NST_MAX_ROLES]; int role_count;

  const nst_script_ops *ops;
  nst_script *script;
  nst_arena *arena;
  int decl_line;             /* line of scenario {} */
  uint32_t *node_slots;      /* hash index of node ids: index + 1, 0 empty */
  size_t node_slot_count;
  uint64_t file_hash;        /* FNV-1a 64 of the file's bytes as read */
  int out_of_memory;         /* an arena or array allocation failed: the model is incomplete */
} nst_scenario;

nst_scenario *nst_scenario_new(void);
void nst_scenario_free(nst_scenario *sc);

/* Arena allocation: memory lives as long as the scenario. A failure (NULL,
 * or -1 from push) also sets sc->out_of_memory, so that a builder can check
 * once at the end instead of after every string. */
void *nst_scenario_alloc(nst_scenario *sc, size_t size);
const char *nst_scenario_strdup(nst_scenario *sc, const char *s, size_t len);

/* Growable arrays: each returns the index of a new zeroed element, or -1. */
int nst_scenario_push(nst_scenario *sc, void **array, int *count, size_t elem);

int nst_scenario_node_find(const nst_scenario *sc, const char *id);
/* Adds node i (already pushed, id set) to the id index. 0, or -1 on no memory. */
int nst_scenario_node_index(nst_scenario *sc, int i);
int nst_scenario_dim_find(const nst_scenario *sc, const char *id);
int nst_scenario_var_find(const nst_scenario *sc, const char *id);
int nst_scenario_person_find(const nst_scenario *sc, const char *id);
/* The rubric's role the scenario puts the trainee in, or NULL. */
const nst_role *nst_scenario_role(const nst_scenario *sc);
/* Its label (English when asked and given), else the role id as written,
 * or NULL when the scenario names no role. */
const char *nst_scenario_role_label(const nst_scenario *sc, int english);

/* Evaluates a condition on a state: 1 holds, 0 not, -1 script error. */
int nst_cond_eval(const nst_scenario *sc, const nst_cond *c, const int *state);
const char *nst_op_name(nst_op op);

/* A choice's score on a dimension (0 when it does not score it). */
int nst_choice_score(const nst_scenario *sc, const nst_choice *c, int dim);

/* The transition rules, shared by the session and the explorer. */

/* The responses a decision node offers in a state, as indices into
 * sc->choices, written to out (room for the node's choice_count). Returns
 * how many, or -1 on a script error. */
int nst_node_available(const nst_scenario *sc, int node, const int *state, int *out);

/* Applies response c in state: effects with clamping, then its target, then
 * the triggers (only when the target is not an ending). Writes the new state
 * to after and returns the next node; -1 on a script error, -2 when the
 * target is not a node. */
int nst_choice_apply(const nst_scenario *sc, const nst_choice *c, const int *state, int *after);

/* The error of the last failed script call. */
const char *nst_scenario_script_error(const nst_scenario *sc);

#endif

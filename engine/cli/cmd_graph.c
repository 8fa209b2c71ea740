/* cmd_graph.c: naast graph: the conversation map, for Graphviz (dot) or for
 * Markdown viewers that render Mermaid.
 *
 * Edges are the transitions the explorer finds from the start, so a target
 * chosen by a function and an ending reached through a trigger appear as
 * they happen; a response no state reaches keeps its authored target,
 * drawn dotted.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "explore.h"
#include "fsutil.h"

static void usage(FILE *f) {
  fprintf(f,
          "usage: naast graph SCENARIO [--format dot|mermaid] [--out FILE] [--rubric FILE]\n"
          "Prints the conversation map: decision nodes as boxes, endings coloured by kind\n"
          "(herstel green, neutraal amber, breuk red), responses labelled with their number\n"
          "and the sign of their score (+, -, 0; P marks the procedure response). Render dot\n"
          "with Graphviz (dot -Tsvg), paste mermaid into a Markdown file between ```mermaid\n"
          "fences. Nodes no path reaches are grey, responses never on offer dotted.\n");
}

/* The transitions taken, as (choice, next) pairs; sorted and made unique
 * once the exploration is done. */
typedef struct { int choice, next; } step;
typedef struct {
  step *steps;
  size_t count, cap;
  int failed;
} edges;

static void on_step(void *ctx, int choice, int next) {
  edges *e = ctx;
  if (e->count && e->steps[e->count - 1].choice == choice && e->steps[e->count - 1].next == next) return;
  if (e->count == e->cap) {
    size_t cap = e->cap ? e->cap * 2 : 1024;
    step *s = realloc(e->steps, cap * sizeof *s);
    if (!s) { e->failed = 1; return; }
    e->steps = s;
    e->cap = cap;
  }
  e->steps[e->count++] = (step){ choice, next };
}

static int step_cmp(const void *a, const void *b) {
  const step *x = a, *y = b;
  if (x->choice != y->choice) return x->choice < y->choice ? -1 : 1;
  return x->next < y->next ? -1 : x->next > y->next;
}

static void unique(edges *e) {
  if (!e->count) return;
  qsort(e->steps, e->count, sizeof *e->steps, step_cmp);
  size_t n = 1;
  for (size_t i = 1; i < e->count; i++)
    if (step_cmp(&e->steps[i], &e->steps[n - 1]) != 0) e->steps[n++] = e->steps[i];
  e->count = n;
}

static const char *kind_colour(const char *kind) {
  if (!kind) return "#d0d0d0";
  if (!strcmp(kind, "herstel")) return "#b7e4c7";
  if (!strcmp(kind, "breuk")) return "#f4b6b6";
  return "#fde2a7";
}

/* A label safe inside "..." in both formats: quotes and newlines replaced,
 * and for dot backslashes doubled; cut at 60 characters. */
static void put_label(FILE *o, const char *s, int mermaid) {
  int n = 0;
  for (const char *p = s; *p && n < 60; p++, n++) {
    unsigned char ch = (unsigned char)*p;
    if (ch == '"') fputs(mermaid ? "#quot;" : "\\\"", o);
    else if (ch == '\\') fputs(mermaid ? "#92;" : "\\\\", o);
    else if (ch == '\n' || ch == '\r' || ch == '\t') fputc(' ', o);
    else if (mermaid && (ch == '<' || ch == '>')) fputs(ch == '<' ? "#lt;" : "#gt;", o);
    else fputc(ch, o);
  }
  if (strlen(s) > 60) {
    while ((s[n] & 0xC0) == 0x80) fputc(s[n++], o);   /* finish a character cut in two */
    fputs("…", o);
  }
}

static char score_sign(const nst_scenario *sc, const nst_choice *c) {
  int sum = 0;
  for (unsigned i = 0; i < c->score_count; i++) sum += sc->scores[c->score_first + i].value;
  return sum > 0 ? '+' : sum < 0 ? '-' : '0';
}

static void edge_label(const nst_scenario *sc, const nst_choice *c, int number, char *out, size_t n) {
  snprintf(out, n, "%d %c%s", number, score_sign(sc, c), c->procedure ? " P" : "");
}

static void print_graph(FILE *o, const nst_scenario *sc, const nst_exploration *x, const edges *e, int mermaid) {
  int nodes = sc->node_count;
  if (mermaid) fprintf(o, "flowchart TD\n");
  else fprintf(o, "digraph \"%s\" {\n  rankdir=TB;\n  node [fontname=\"DejaVu Sans\", fontsize=11];\n"
                  "  edge [fontname=\"DejaVu Sans\", fontsize=10];\n", sc->id);
  for (int i = 0; i < nodes; i++) {
    const nst_node *n = &sc->nodes[i];
    int ending = n->kind == NST_ENDING;
    if (mermaid) {
      fprintf(o, "  n%d%s\"", i, ending ? "([" : "[");
      put_label(o, ending && n->title ? n->title : n->id, 1);
      if (ending) fprintf(o, " · %s", n->ending_kind);
      fprintf(o, "\"%s\n", ending ? "])" : "]");
    } else {
      fprintf(o, "  n%d [label=\"", i);
      put_label(o, ending && n->title ? n->title : n->id, 0);
      if (ending) fprintf(o, "\\n%s", n->ending_kind);
      fprintf(o, "\", shape=%s, style=\"%s\", fillcolor=\"%s\"];\n", ending ? "ellipse" : "box",
              ending ? "filled" : x->node_reached[i] ? "rounded" : "rounded,filled",
              ending ? kind_colour(n->ending_kind) : "#e8e8e8");
    }
  }
  if (!mermaid) fprintf(o, "  n%d [penwidth=2];\n", sc->start);
  int link = 0;   /* mermaid numbers its links; dotted ones are styled by number */
  size_t at = 0, *cursor = &at;
  int *dotted = calloc((size_t)sc->choice_count + 1, sizeof *dotted);
  int ndotted = 0;
  for (int i = 0; i < nodes; i++) {
    const nst_node *n = &sc->nodes[i];
    for (unsigned k = 0; n->kind == NST_DECISION && k < n->choice_count; k++) {
      int ci = (int)(n->choice_first + k);
      const nst_choice *c = &sc->choices[ci];
      char label[32];
      edge_label(sc, c, (int)k + 1, label, sizeof label);
      int any = 0;
      while (*cursor < e->count && e->steps[*cursor].choice < ci) ++*cursor;
      for (; *cursor < e->count && e->steps[*cursor].choice == ci; ++*cursor) {
        int t = e->steps[*cursor].next;
        any = 1;
        int via_trigger = c->next_fn == NST_NONE && t != c->next;
        if (mermaid) fprintf(o, "  n%d %s|\"%s%s\"| n%d\n", i, via_trigger ? "-.->" : "-->", label,
                             via_trigger ? " trigger" : "", t);
        else fprintf(o, "  n%d -> n%d [label=\"%s%s\"%s];\n", i, t, label, via_trigger ? " trigger" : "",
                     via_trigger ? ", style=dashed" : "");
        link++;
      }
      if (!any && c->next >= 0) {   /* never on offer: its authored target */
        if (mermaid) fprintf(o, "  n%d -.-|\"%s\"| n%d\n", i, label, c->next);
        else fprintf(o, "  n%d -> n%d [label=\"%s\", style=dotted, color=\"#999999\"];\n", i, c->next, label);
        if (dotted) dotted[ndotted++] = link;
        link++;
      }
    }
  }
  if (mermaid) {
    fprintf(o, "  classDef herstel fill:#b7e4c7,stroke:#2d6a4f,color:#000\n"
               "  classDef neutraal fill:#fde2a7,stroke:#9c6b00,color:#000\n"
               "  classDef breuk fill:#f4b6b6,stroke:#9b2226,color:#000\n"
               "  classDef unreached fill:#e8e8e8,stroke:#999,color:#555\n");
    for (int i = 0; i < nodes; i++) {
      const nst_node *n = &sc->nodes[i];
      const char *cls = n->kind == NST_ENDING && n->ending_kind ? n->ending_kind : NULL;
      if (cls && strcmp(cls, "herstel") && strcmp(cls, "breuk")) cls = "neutraal";
      if (!x->node_reached[i]) cls = "unreached";
      if (cls) fprintf(o, "  class n%d %s\n", i, cls);
    }
    for (int d = 0; d < ndotted; d++) fprintf(o, "  linkStyle %d stroke:#999,stroke-dasharray:2 4\n", dotted[d]);
  } else {
    fprintf(o, "}\n");
  }
  free(dotted);
}

int cmd_graph(int argc, char **argv) {
  const char *name = NULL, *rubric = NULL, *format = "dot", *out = NULL;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "--help") || !strcmp(a, "-h")) { usage(stdout); return EXIT_OK; }
    else if (!strcmp(a, "--format") && i + 1 < argc) format = argv[++i];
    else if (!strcmp(a, "--out") && i + 1 < argc) out = argv[++i];
    else if (!strcmp(a, "--rubric") && i + 1 < argc) rubric = argv[++i];
    else if (a[0] != '-' && !name) name = a;
    else { fprintf(stderr, "naast graph: unexpected argument %s\n", a); usage(stderr); return EXIT_USAGE; }
  }
  int mermaid = !strcmp(format, "mermaid");
  if (!name || (!mermaid && strcmp(format, "dot"))) {
    if (name) fprintf(stderr, "naast graph: --format is dot or mermaid\n");
    usage(stderr);
    return EXIT_USAGE;
  }
  char path[4096];
  if (lib_resolve(name, path, sizeof path) != 0) return EXIT_USAGE;
  nst_scenario *sc = load_or_report(path, rubric);
  if (!sc) return EXIT_PROBLEM;
  int rc = EXIT_OK;
  nst_exploration x;
  edges e = { 0 };
  if (nst_explore_steps(sc, 2000000, &x, on_step, &e) != 0 || e.failed) {
    fprintf(stderr, "naast: %s: %s\n", path, x.error[0] ? x.error : "out of memory");
    nst_exploration_free(&x);
    free(e.steps);
    nst_scenario_free(sc);
    return EXIT_PROBLEM;
  }
  unique(&e);
  char *buf = NULL;
  size_t len = 0;
  FILE *o = out ? open_memstream(&buf, &len) : stdout;
  if (!o) { perror("naast"); rc = EXIT_IO; goto done; }
  print_graph(o, sc, &x, &e, mermaid);
  if (out) {
    fclose(o);
    char err[512];
    if (nst_file_write_atomic(out, buf, len, err, sizeof err) != 0) { fprintf(stderr, "naast: %s\n", err); rc = EXIT_IO; }
  }
done:
  free(buf);
  nst_exploration_free(&x);
  free(e.steps);
  nst_scenario_free(sc);
  return rc;
}

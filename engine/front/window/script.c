/* script.c: reading scripted input. */
#include "script.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct win_script {
  win_step *steps;
  int count, next;
  char shot[64];             /* the name of the last shot step */
};

static int parse(const char *line, win_step *st, char *shot, char *err, size_t n, const char *path, int ln) {
  char word[32] = "", rest[256] = "";
  if (sscanf(line, "%31s %255[^\n]", word, rest) < 1) return 1;    /* blank */
  if (word[0] == '#') return 1;
  size_t rl = strlen(rest);
  while (rl && (rest[rl - 1] == ' ' || rest[rl - 1] == '\r')) rest[--rl] = '\0';
  memset(st, 0, sizeof *st);
  st->line = ln;
  if (!strcmp(word, "key")) {
    st->kind = WS_KEY;
    char *k = rest;
    for (;;) {
      if (!strncmp(k, "ctrl+", 5)) { st->mod |= KMOD_LCTRL; k += 5; }
      else if (!strncmp(k, "shift+", 6)) { st->mod |= KMOD_LSHIFT; k += 6; }
      else break;
    }
    st->key = SDL_GetKeyFromName(k);
    if (st->key == SDLK_UNKNOWN && !strcmp(k, "=")) st->key = SDLK_EQUALS;
    if (st->key == SDLK_UNKNOWN && !strcmp(k, "-")) st->key = SDLK_MINUS;
    if (st->key == SDLK_UNKNOWN) { snprintf(err, n, "%s:%d: unknown key \"%s\"", path, ln, k); return -1; }
  } else if (!strcmp(word, "text")) {
    st->kind = WS_TEXT;
    /* everything after "text " as it is, leading spaces included */
    const char *t = strstr(line, "text") + 4;
    if (*t == ' ') t++;
    snprintf(rest, sizeof rest, "%s", t);
    rl = strcspn(rest, "\r\n");
    rest[rl] = '\0';
    if (rl >= 32) { snprintf(err, n, "%s:%d: text longer than 31 bytes (split it over more steps)", path, ln); return -1; }
    snprintf(st->text, sizeof st->text, "%.31s", rest);
  } else if (!strcmp(word, "click")) {
    st->kind = WS_CLICK;
    int a = 0, b = -1;
    if (sscanf(rest, "%63s %d %d", st->text, &a, &b) < 1) { snprintf(err, n, "%s:%d: click TARGET [N]", path, ln); return -1; }
    /* responses and scenarios count from 1 as the screen numbers them;
     * a rating is "rate DIMENSION VALUE" (dimension from 1, value 0-5) */
    if (!strcmp(st->text, "response") || !strcmp(st->text, "scenario") || !strcmp(st->text, "setting")) a--;
    if (!strcmp(st->text, "rate")) a = (a - 1) * 8 + (b < 0 ? 0 : b);
    if (!strcmp(st->text, "field")) a--;
    st->arg = a;
  } else if (!strcmp(word, "resize")) {
    st->kind = WS_RESIZE;
    if (sscanf(rest, "%d %d", &st->arg, &st->arg2) != 2 || st->arg < 320 || st->arg2 < 240) {
      snprintf(err, n, "%s:%d: resize W H (at least 320 240)", path, ln);
      return -1;
    }
  } else if (!strcmp(word, "text-size")) {
    st->kind = WS_TEXT_SIZE;
    if (sscanf(rest, "%d", &st->arg) != 1) { snprintf(err, n, "%s:%d: text-size PERCENT", path, ln); return -1; }
  } else if (!strcmp(word, "shot")) {
    st->kind = WS_SHOT;
    if (!rest[0] || strchr(rest, '/') || strlen(rest) >= 64) { snprintf(err, n, "%s:%d: shot NAME (no /)", path, ln); return -1; }
    snprintf(shot, 64, "%.63s", rest);
  } else if (!strcmp(word, "expect-screen")) {
    st->kind = WS_EXPECT;
    snprintf(st->text, sizeof st->text, "%.63s", rest);
  } else if (!strcmp(word, "wait-change")) {
    st->kind = WS_WAIT_CHANGE;
  } else if (!strcmp(word, "wait")) {
    /* the window's clock moves on by that many seconds, at once: a
     * countdown can run out without the test waiting for it */
    st->kind = WS_WAIT;
    char *end = NULL;
    double sec = strtod(rest, &end);
    if (!rest[0] || !end || *end || !(sec >= 0 && sec <= 86400)) {
      snprintf(err, n, "%s:%d: wait SECONDS (0 to 86400)", path, ln);
      return -1;
    }
    st->arg = (int)(sec * 1000 + 0.5);
  } else if (!strcmp(word, "quit")) {
    st->kind = WS_QUIT;
  } else {
    snprintf(err, n, "%s:%d: unknown step \"%s\" (key, text, click, resize, text-size, shot, expect-screen, "
             "wait-change, wait, quit)", path, ln, word);
    return -1;
  }
  return 0;
}

win_script *win_script_load(const char *path, char *err, size_t n) {
  FILE *f = fopen(path, "r");
  if (!f) { snprintf(err, n, "cannot read the script %s", path); return NULL; }
  win_script *s = calloc(1, sizeof *s);
  char line[512];
  int ln = 0, cap = 0;
  while (s && fgets(line, sizeof line, f)) {
    ln++;
    win_step st;
    char shot[64] = "";
    int r = parse(line, &st, shot, err, n, path, ln);
    if (r < 0) { win_script_free(s); s = NULL; break; }
    if (r > 0) continue;
    if (s->count == cap) {
      cap = cap ? cap * 2 : 32;
      win_step *ns = realloc(s->steps, sizeof *ns * (size_t)cap);
      if (!ns) { win_script_free(s); s = NULL; snprintf(err, n, "out of memory"); break; }
      s->steps = ns;
    }
    if (st.kind == WS_SHOT) snprintf(st.text, sizeof st.text, "%s", shot);
    s->steps[s->count++] = st;
  }
  fclose(f);
  return s;
}

void win_script_free(win_script *s) {
  if (!s) return;
  free(s->steps);
  free(s);
}

int win_script_next(win_script *s, win_step *out) {
  if (!s || s->next >= s->count) return -1;
  *out = s->steps[s->next++];
  if (out->kind == WS_SHOT) snprintf(s->shot, sizeof s->shot, "%s", out->text);
  return 0;
}

const char *win_script_shot_name(const win_script *s) { return s && s->shot[0] ? s->shot : "shot"; }

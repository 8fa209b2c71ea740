/* scr_picker.c: the library (with lesson and role filters) and the resume offer. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "library.h"
#include "web.h"

/* The roles the library's scenarios put the trainee in, in the rubric's
 * order (a filter with nothing behind it is not offered). out[k] is a
 * scenario whose rubric has the role; returns how many. */
static int roles_used(const app *a, const nst_role **out) {
  int n = 0;
  for (int i = 0; i < a->npaths; i++) {
    const nst_role *r = a->lib && a->lib[i] ? nst_scenario_role(a->lib[i]) : NULL;
    int seen = 0;
    for (int k = 0; r && k < n; k++) seen |= !strcmp(out[k]->id, r->id);
    if (r && !seen && n < NST_MAX_ROLES) out[n++] = r;
  }
  /* the rubric's order, so the buttons stand still as the library grows */
  const nst_scenario *any = NULL;
  for (int i = 0; i < a->npaths && !any; i++) any = a->lib ? a->lib[i] : NULL;
  int k = 0;
  for (int j = 0; any && j < any->role_count; j++)
    for (int m = k; m < n; m++)
      if (!strcmp(out[m]->id, any->roles[j].id)) { const nst_role *t = out[k]; out[k++] = out[m]; out[m] = t; break; }
  return n;
}

static const char *role_label(const nst_role *r) {
  return !strcmp(win_strings_lang(), "en") && r->label_en ? r->label_en : r->label;
}

/* Library indices shown under the current filters. */
static int shown(const app *a, int *out) {
  const nst_role *roles[NST_MAX_ROLES];
  int nroles = roles_used(a, roles), n = 0;
  const char *role = a->role > 0 && a->role <= nroles ? roles[a->role - 1]->id : NULL;
  for (int i = 0; i < a->npaths; i++) {
    const nst_scenario *sc = a->lib ? a->lib[i] : NULL;
    if (sc && (a->lesson == 0 || (sc->lessons & (1u << a->lesson))) &&
        (!role || (sc->role && !strcmp(sc->role, role))))
      out[n++] = i;
  }
  return n;
}

static void lessons_text(const nst_scenario *sc, int own, char *buf, size_t n) {
  int k = own ? snprintf(buf, n, "%s · ", W(W_OWN)) : 0;
  const nst_role *r = nst_scenario_role(sc);
  if (r && k >= 0 && (size_t)k < n) k += snprintf(buf + k, n - (size_t)k, W(W_ROLE), role_label(r));
  if (r && k > 0 && (size_t)k < n) k += snprintf(buf + k, n - (size_t)k, " · ");
  if (k >= 0 && (size_t)k < n) k += snprintf(buf + k, n - (size_t)k, "%s %d", W(W_LESSONS), sc->main_lesson);
  for (int l = 1; l <= NST_LESSONS && k > 0 && (size_t)k < n; l++)
    if (l != sc->main_lesson && (sc->lessons & (1u << l))) k += snprintf(buf + k, n - (size_t)k, ", %d", l);
  if (k > 0 && (size_t)k < n) k += snprintf(buf + k, n - (size_t)k, " · ");
  if (k > 0 && (size_t)k < n) snprintf(buf + k, n - (size_t)k, W(W_MINUTES), sc->minutes);
}

static void cast_text(const nst_scenario *sc, char *buf, size_t n) {
  size_t k = 0;
  buf[0] = '\0';
  for (int p = 0; p < sc->cast_count && k < n; p++) {
    int w = snprintf(buf + k, n - k, "%s%s (%s)", p ? ", " : "", sc->cast[p].name, sc->cast[p].role);
    if (w < 0) break;
    k += (size_t)w;
  }
}

static void notes_text(const nst_scenario *sc, char *buf, size_t n) {
  size_t k = (size_t)snprintf(buf, n, "%s: ", W(W_CONTENT_NOTES));
  for (int i = 0; i < sc->content_note_count && k < n; i++) {
    int w = snprintf(buf + k, n - k, "%s%s", i ? ", " : "", sc->content_notes[i]);
    if (w < 0) break;
    k += (size_t)w;
  }
}

/* One card (library index i): title, the trainer's own or not, lessons and
 * minutes, cast, content notes. Height; draws when draw is set. */
static int card(app *a, int i, int x, int y, int w, int draw) {
  ui *u = &a->u;
  const nst_scenario *sc = a->lib[i];
  int own = lib_is_own(a->paths[i]);
  char buf[1024];
  int pad = u->u, tw = w - 2 * pad, h = pad;
  SDL_Color c = u->th.text;
  if (!draw) {
    h += ui_text_h(u, WT_H3, sc->title, tw) + u->u / 2;
    lessons_text(sc, own, buf, sizeof buf);
    h += ui_text_h(u, WT_SMALL, buf, tw);
    cast_text(sc, buf, sizeof buf);
    h += ui_text_h(u, WT_SMALL, buf, tw);
    if (sc->content_note_count) { notes_text(sc, buf, sizeof buf); h += ui_text_h(u, WT_SMALL, buf, tw); }
    return h + pad;
  }
  h += ui_text(u, WT_H3, sc->title, x + pad, y + h, tw, c) + u->u / 2;
  lessons_text(sc, own, buf, sizeof buf);
  h += ui_text(u, WT_SMALL, buf, x + pad, y + h, tw, c);
  cast_text(sc, buf, sizeof buf);
  h += ui_text(u, WT_SMALL, buf, x + pad, y + h, tw, c);
  if (sc->content_note_count) { notes_text(sc, buf, sizeof buf); h += ui_text(u, WT_SMALL, buf, x + pad, y + h, tw, u->th.muted); }
  return h + pad;
}

void picker_draw(app *a) {
  ui *u = &a->u;
  char title[256];
  snprintf(title, sizeof title, "Naast · %s", W(W_LIBRARY));
  int web = web_is_browser();
  SDL_Rect c = app_frame(a, title, W(web ? W_PICK_HINT_WEB : W_PICK_HINT));
  /* the lesson filter, then the settings button (and in the browser the
   * button for a trainer's own file), flowing onto more rows when narrow */
  int x = c.x, y = c.y, bh = ui_button_h(u), gap = u->u;
  for (int l = 0; l <= NST_LESSONS + 1 + web; l++) {
    char label[64];
    if (l == 0) snprintf(label, sizeof label, "%s", W(W_ALL_LESSONS));
    else if (l <= NST_LESSONS) snprintf(label, sizeof label, "%d", l);
    else snprintf(label, sizeof label, "%s", W(l == NST_LESSONS + 1 ? W_SETTINGS : W_OPEN_FILE));
    int bw = ui_text_w(u, WT_BODY, label) + u->u * 4;
    if (x > c.x && x + bw > c.x + c.w) { x = c.x; y += bh + gap; }
    if (l <= NST_LESSONS) ui_button(u, (SDL_Rect){ x, y, bw, bh }, label, l == a->lesson, 0, A_LESSON, l);
    else if (l == NST_LESSONS + 1) ui_button(u, (SDL_Rect){ x, y, bw, bh }, label, 0, 0, A_SETTINGS, 0);
    else ui_button(u, (SDL_Rect){ x, y, bw, bh }, label, 0, 0, A_OPEN_FILE, 0);
    x += bw + gap;
  }
  y += bh + gap;
  /* the role filter, on a row of its own */
  const nst_role *roles[NST_MAX_ROLES];
  int nroles = roles_used(a, roles);
  if (a->role > nroles) a->role = 0;
  x = c.x;
  for (int k = 0; nroles > 1 && k <= nroles; k++) {
    const char *label = k == 0 ? W(W_ALL_ROLES) : role_label(roles[k - 1]);
    int bw = ui_text_w(u, WT_BODY, label) + u->u * 4;
    if (x > c.x && x + bw > c.x + c.w) { x = c.x; y += bh + gap; }
    ui_button(u, (SDL_Rect){ x, y, bw, bh }, label, k == a->role, 0, A_ROLE, k);
    x += bw + gap;
  }
  if (nroles > 1) y += bh + gap;
  /* the chosen lesson's title, from the rubric */
  const nst_scenario *any = NULL;
  for (int i = 0; i < a->npaths && !any; i++) any = a->lib ? a->lib[i] : NULL;
  if (a->lesson && any) {
    const nst_lesson *ls = &any->lesson_info[a->lesson];
    const char *t = !strcmp(win_strings_lang(), "en") && ls->title_en ? ls->title_en : ls->title;
    if (t) {
      char buf[512];
      snprintf(buf, sizeof buf, W(W_LESSON_N), a->lesson);
      size_t k = strlen(buf);
      snprintf(buf + k, sizeof buf - k, ": %s", t);
      y += ui_text(u, WT_BODY, buf, c.x, y, c.w, u->th.muted) + gap;
    }
  }
  int idx[512];
  int n = shown(a, idx);
  if (a->npaths == 0 || n == 0) {
    char buf[1024];
    snprintf(buf, sizeof buf, W(W_NO_SCENARIOS), lib_dir());
    ui_text(u, WT_BODY, buf, c.x, y, c.w, u->th.text);
    return;
  }
  if (a->pick_focus >= n) a->pick_focus = n - 1;
  if (a->pick_focus < 0) a->pick_focus = 0;
  /* the list scrolls; the focused card is kept in view */
  SDL_Rect view = { c.x, y, c.w, c.y + c.h - y };
  int cw = view.w - u->u * 2, top = 0, ftop = 0, fbot = 0;
  for (int i = 0; i < n; i++) {
    int h = card(a, idx[i], 0, 0, cw, 0);
    if (i == a->pick_focus) { ftop = top; fbot = top + h; }
    top += h + gap;
  }
  a->pick_scroll.ch = top - gap;
  a->pick_scroll.vh = view.h;
  ui_scroll_show(&a->pick_scroll, ftop - u->u / 2, fbot + u->u / 2);
  ui_clip_push(u, view);
  int cy = view.y - a->pick_scroll.y + u->u / 2;
  for (int i = 0; i < n; i++) {
    int h = card(a, idx[i], 0, 0, cw, 0);
    if (cy + h > view.y && cy < view.y + view.h) {
      SDL_Rect r = { view.x + u->u / 2, cy, cw, h };
      ui_rounded(u, r, u->u / 2, u->th.panel);
      ui_outline(u, r, 1, u->th.line);
      card(a, idx[i], r.x, r.y, cw, 1);
      if (i == a->pick_focus) ui_focus(u, r);
      ui_hit_add(u, r, A_SCENARIO, i);
    }
    cy += h + gap;
  }
  ui_clip_pop(u);
  ui_scrollbar(u, view, &a->pick_scroll);
}

void picker_offer_or_intro(app *a) {
  char found[4096];
  if (!a->opt.record && !a->opt.no_save && a->opt.sessions_dir &&
      nst_record_find_unfinished(a->opt.sessions_dir, a->sc->id, a->opt.group, found, sizeof found) == 0) {
    char err[512];
    a->resume = nst_record_load(found, err, sizeof err);
    if (a->resume) {
      snprintf(a->resume_path, sizeof a->resume_path, "%s", found);
      a->resume_focus = 0;
      app_go(a, SCR_RESUME);
      return;
    }
  }
  app_go(a, SCR_INTRO);
}

static void open_shown(app *a, int k) {
  int idx[512];
  int n = shown(a, idx);
  if (k < 0 || k >= n) return;
  a->pick_focus = k;
  if (play_open(a, a->paths[idx[k]]) != 0) { app_notice(a, "%s %s", W(W_CANNOT_LOAD), a->errors[0]); a->nerrors = 0; return; }
  picker_offer_or_intro(a);
}

static void set_lesson(app *a, int l) {
  a->lesson = (l + NST_LESSONS + 1) % (NST_LESSONS + 1);
  a->pick_focus = 0;
  a->pick_scroll.y = 0;
}

/* 0 all roles, k the k-th role in use; wraps round. */
static void set_role(app *a, int k) {
  const nst_role *roles[NST_MAX_ROLES];
  int n = roles_used(a, roles);
  a->role = (k + n + 1) % (n + 1);
  a->pick_focus = 0;
  a->pick_scroll.y = 0;
}

/* The filter --role asked for, by id; 0 when no scenario has it. */
int picker_role_index(app *a, const char *id) {
  const nst_role *roles[NST_MAX_ROLES];
  int n = roles_used(a, roles);
  for (int k = 0; id && k < n; k++)
    if (!strcmp(roles[k]->id, id)) return k + 1;
  return 0;
}

void picker_key(app *a, SDL_Keycode k) {
  switch (k) {
  case SDLK_UP: a->pick_focus--; break;
  case SDLK_DOWN: a->pick_focus++; break;
  case SDLK_PAGEUP: a->pick_focus -= 5; break;
  case SDLK_PAGEDOWN: a->pick_focus += 5; break;
  case SDLK_HOME: a->pick_focus = 0; break;
  case SDLK_END: a->pick_focus = 1 << 20; break;
  case SDLK_LEFT: set_lesson(a, a->lesson - 1); break;
  case SDLK_RIGHT: set_lesson(a, a->lesson + 1); break;
  case SDLK_RETURN: case SDLK_KP_ENTER: open_shown(a, a->pick_focus); break;
  case SDLK_s: app_go(a, SCR_SETTINGS); break;
  case SDLK_r: set_role(a, a->role + 1); break;
  case SDLK_o: if (web_is_browser()) web_pick_scenario(); break;
  case SDLK_ESCAPE: if (!web_is_browser()) a->quit = 1; break;   /* a page has nothing to go back to */
  default:
    if (k >= SDLK_0 && k <= SDLK_8) set_lesson(a, (int)(k - SDLK_0));
    break;
  }
  if (a->pick_focus < 0) a->pick_focus = 0;
}

void picker_action(app *a, int id, int arg) {
  if (id == A_LESSON) set_lesson(a, arg);
  else if (id == A_ROLE) set_role(a, arg);
  else if (id == A_SCENARIO) open_shown(a, arg);
  else if (id == A_OPEN_FILE) web_pick_scenario();
}

/* ---- the resume offer ---- */

void resume_draw(app *a) {
  ui *u = &a->u;
  SDL_Rect c = app_frame(a, a->sc->title, NULL);
  int y = c.y + u->u * 2, w = c.w < u->u * 90 ? c.w : u->u * 90, x = c.x;
  y += ui_text(u, WT_H1, W(W_RESUME_TITLE), x, y, w, u->th.text) + u->u * 2;
  char when[32], buf[512];
  nst_time_format(a->resume->started, when);
  when[10] = ' ';
  when[16] = '\0';
  snprintf(buf, sizeof buf, W(W_RESUME_TEXT), when, a->resume->count);
  y += ui_text(u, WT_BODY, buf, x, y, w, u->th.text) + u->u * 3;
  int bw = ui_button_fit(u, x, y, W(W_RESUME_YES), 1, a->resume_focus == 0, A_RESUME_YES, 0);
  int x2 = x + bw + u->u * 2;
  if (x2 + ui_text_w(u, WT_BODY, W(W_RESUME_NO)) + u->u * 4 > c.x + c.w) { x2 = x; y += ui_button_h(u) + u->u * 2; }
  ui_button_fit(u, x2, y, W(W_RESUME_NO), 0, a->resume_focus == 1, A_RESUME_NO, 0);
}

void resume_action(app *a, int id, int arg) {
  if (id == A_RESUME_YES) {
    if (play_begin(a, a->resume, a->resume_path) == 0) app_go(a, SCR_TALK);
  } else if (id == A_RESUME_NO) {
    nst_record_free(a->resume);
    a->resume = NULL;
    app_go(a, SCR_INTRO);
  }
}

void resume_key(app *a, SDL_Keycode k) {
  switch (k) {
  case SDLK_LEFT: case SDLK_RIGHT: case SDLK_UP: case SDLK_DOWN: case SDLK_TAB: a->resume_focus ^= 1; break;
  case SDLK_RETURN: case SDLK_KP_ENTER: resume_action(a, a->resume_focus ? A_RESUME_NO : A_RESUME_YES, 0); break;
  case SDLK_j: case SDLK_y: resume_action(a, A_RESUME_YES, 0); break;
  case SDLK_n: resume_action(a, A_RESUME_NO, 0); break;
  case SDLK_ESCAPE: play_close(a); app_go(a, SCR_PICKER); break;
  default: break;
  }
}

/* scr_talk.c: the conversation: who speaks, the dialogue so far, the
 * responses; in training mode the meters and the feedback after each
 * response. */
#ifndef NAAST_NO_IMAGE
#include <SDL_image.h>
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"

/* The reading column: full width in a small window, at most about 52 em. */
SDL_Rect talk_column(app *a, SDL_Rect c) {
  int max = wt_fonts_px(a->u.fonts) * 56;
  if (c.w > max) { c.x += (c.w - max) / 2; c.w = max; }
  return c;
}

/* Who the conversation is with now: the last person speaking at this node,
 * else the first of the cast. */
static int current_speaker(const app *a) {
  for (int i = a->nhist - 1; i >= 0; i--)
    if (a->hist[i].kind == H_LINE && a->hist[i].speaker >= 0) return a->hist[i].speaker;
  return a->sc->cast_count ? 0 : -1;
}

static size_t first_char(const char *p, char *out) {
  size_t len = 1;
  while ((p[len] & 0xC0) == 0x80) len++;   /* a whole UTF-8 character */
  memcpy(out, p, len);
  return len;
}

/* "Samira" -> "S", "Anne-Marie de Vries" -> "AV". */
static void initials(const char *name, char *out) {
  while (*name == ' ') name++;
  const char *last = NULL;
  for (const char *p = name; *p; p++)
    if (*p == ' ' && p[1] && p[1] != ' ') last = p + 1;
  size_t k = *name ? first_char(name, out) : 0;
  if (last) k += first_char(last, out + k);
  out[k] = '\0';
}

/* The image the scenario names for person sp, loaded once; NULL when it
 * names none or it cannot be read (validate warns of a missing file). */
static SDL_Texture *portrait_image(app *a, int sp) {
  const nst_person *p = &a->sc->cast[sp];
  if (!p->portrait) return NULL;
  if (!a->portraits) {
    a->portraits = calloc((size_t)a->sc->cast_count, sizeof *a->portraits);
    a->portrait_tried = calloc((size_t)a->sc->cast_count, 1);
    if (!a->portraits || !a->portrait_tried) return NULL;
  }
  if (!a->portrait_tried[sp]) {
    a->portrait_tried[sp] = 1;
    char file[4600];
    const char *slash = strrchr(a->path, '/');
    snprintf(file, sizeof file, "%.*s/%s", slash ? (int)(slash - a->path) : 1, slash ? a->path : ".", p->portrait);
#ifdef NAAST_NO_IMAGE
    SDL_Surface *img = SDL_LoadBMP(file);   /* the web build has no SDL_image: BMP only, else initials */
#else
    SDL_Surface *img = IMG_Load(file);
#endif
    if (img) {
      a->portraits[sp] = SDL_CreateTextureFromSurface(a->u.r, img);
      SDL_FreeSurface(img);
    }
  }
  return a->portraits[sp];
}

void play_portraits_free(app *a) {
  for (int i = 0; a->portraits && a->sc && i < a->sc->cast_count; i++)
    if (a->portraits[i]) SDL_DestroyTexture(a->portraits[i]);
  free(a->portraits);
  free(a->portrait_tried);
  a->portraits = NULL;
  a->portrait_tried = NULL;
}

static void portrait(app *a, int sp, SDL_Rect r) {
  ui *u = &a->u;
  const nst_person *p = &a->sc->cast[sp];
  SDL_Texture *img = portrait_image(a, sp);
  if (img) {   /* the image's middle square, scaled into r */
    int w, h;
    SDL_QueryTexture(img, NULL, NULL, &w, &h);
    int side = w < h ? w : h;
    SDL_Rect src = { (w - side) / 2, (h - side) / 2, side, side };
    SDL_RenderCopy(u->r, img, &src, &r);
    return;
  }
  unsigned h = 2166136261u;
  for (const char *c = p->id; *c; c++) h = (h ^ (unsigned char)*c) * 16777619u;
  ui_rounded(u, r, r.w / 2, u->th.portrait[h % 6]);
  char ini[16];
  initials(p->name, ini);
  int tw = ui_text_w(u, WT_H2, ini), th = ui_line_h(u, WT_H2);
  ui_text(u, WT_H2, ini, r.x + (r.w - tw) / 2, r.y + (r.h - th) / 2, 0, u->contrast ? u->th.text : u->th.on_accent);
}

/* Compact meters (label over a bar) from the right edge; returns the height. */
static int meters(app *a, int right, int y, int left_limit, int draw) {
  ui *u = &a->u;
  const nst_scenario *sc = a->sc;
  const int *st = nst_session_state(a->s);
  int x = right, h = 0;
  for (int v = sc->var_count - 1; v >= 0; v--) {
    if (sc->vars[v].hidden) continue;
    char buf[64], label[128];
    snprintf(label, sizeof label, "%s %d", play_var_label(&sc->vars[v], buf, sizeof buf), st[v]);
    int w = ui_text_w(u, WT_SMALL, label);
    if (w < u->u * 12) w = u->u * 12;
    x -= w;
    if (x < left_limit) return -1;     /* no room here */
    int lh = ui_line_h(u, WT_SMALL);
    if (draw) {
      ui_text(u, WT_SMALL, label, x, y, 0, u->th.muted);
      int range = sc->vars[v].max - sc->vars[v].min;
      int fill = range > 0 ? (int)((long)w * (st[v] - sc->vars[v].min) / range) : 0;
      SDL_Rect bar = { x, y + lh + u->u / 3, w, u->u * 2 / 3 > 3 ? u->u * 2 / 3 : 3 };
      ui_fill(u, bar, u->th.raised);
      ui_fill(u, (SDL_Rect){ bar.x, bar.y, fill, bar.h }, u->th.meter);
    }
    h = lh + u->u / 3 + (u->u * 2 / 3 > 3 ? u->u * 2 / 3 : 3);
    x -= u->u * 2;
  }
  return h;
}

/* Runs a line or response may be cut into by its emphasis. */
enum { EMPHASIS_RUNS = 16 };

/* Height of history item i at width w (draw 0), or draws it. */
static int item(app *a, int i, int x, int y, int w, int draw, int current) {
  ui *u = &a->u;
  const hist_item *it = &a->hist[i];
  SDL_Color col = current ? u->th.text : u->th.muted;
  if (it->kind == H_LINE && it->speaker >= 0) {
    const char *name = a->sc->cast[it->speaker].name;
    char lead[160];
    snprintf(lead, sizeof lead, "%s: ", name);
    wt_run r[EMPHASIS_RUNS + 1] = { { lead, strlen(lead), WT_BOLD } };
    int n = 1 + ui_emphasis_runs(it->text, WT_REGULAR, r + 1, EMPHASIS_RUNS);
    return ui_runs(u, WT_BODY, r, n, x, y, w, col, draw);
  }
  if (it->kind == H_LINE) {
    wt_run r[EMPHASIS_RUNS];
    int n = ui_emphasis_runs(it->text, WT_ITALIC, r, EMPHASIS_RUNS);
    return ui_runs(u, WT_BODY, r, n, x, y, w, col, draw);
  }
  int indent = it->kind == H_CHOICE ? u->u * 4 : u->u * 2, pad = u->u;
  char lead[160];
  /* in group play the response is the group's */
  snprintf(lead, sizeof lead, "%s: ", W(it->kind == H_FEEDBACK ? W_FEEDBACK : a->group ? W_GROUP_CHOICE : W_YOU));
  wt_run r[EMPHASIS_RUNS + 1] = { { lead, strlen(lead), WT_BOLD } };
  int n = 1 + ui_emphasis_runs(it->text, WT_REGULAR, r + 1, EMPHASIS_RUNS);
  wt_size sz = it->kind == H_CHOICE ? WT_BODY : WT_SMALL;
  int h = ui_runs(u, sz, r, n, 0, 0, w - indent - 2 * pad, col, 0) + 2 * pad;
  if (draw) {
    ui_rounded(u, (SDL_Rect){ x + indent, y, w - indent, h }, u->u / 2,
               it->kind == H_CHOICE ? u->th.raised : u->th.feedback);
    ui_runs(u, sz, r, n, x + indent + pad, y + pad, w - indent - 2 * pad, col, 1);
  }
  return h;
}

static int last_decision(const app *a) { return nst_session_decision_count(a->s) - 1; }

int talk_badge_w(app *a) { return ui_line_h(&a->u, WT_BODY) + a->u.u; }

int talk_card_h(app *a, const char *text, int w, int right) {
  ui *u = &a->u;
  return ui_scenario_text(u, WT_BODY, text, 0, 0, w - talk_badge_w(a) - 3 * u->u - right, u->th.text, 0) + u->u;
}

void talk_card(app *a, SDL_Rect r, int k, const char *text, int right) {
  ui *u = &a->u;
  int badge = talk_badge_w(a);
  ui_rounded(u, r, u->u / 2, u->th.panel);
  ui_outline(u, r, 1, u->th.line);
  SDL_Rect b = { r.x + u->u / 2, r.y + u->u / 2, badge, badge - u->u };
  ui_rounded(u, b, u->u / 2, u->th.accent);
  char num[16];
  snprintf(num, sizeof num, "%d", k + 1);
  int tw = ui_text_w(u, WT_BODY, num);
  ui_text(u, WT_BODY, num, b.x + (b.w - tw) / 2, b.y + (b.h - ui_line_h(u, WT_BODY)) / 2, 0, u->th.on_accent);
  ui_scenario_text(u, WT_BODY, text, b.x + badge + u->u, r.y + u->u / 2, r.w - badge - 3 * u->u - right, u->th.text, 1);
}

/* The responses' heights at width w; returns the list's height, with room
 * for the focus ring around it. */
static int responses_h(app *a, int w, int *hs, int n) {
  ui *u = &a->u;
  const int *avail = nst_session_available(a->s);
  int room = ui_focus_room(u), total = 2 * room;
  for (int k = 0; k < n; k++) {
    hs[k] = talk_card_h(a, a->sc->choices[avail[k]].text, w - 2 * room, 0);
    total += hs[k] + (k ? u->u / 2 : 0);
  }
  return total;
}

static void draw_responses(app *a, SDL_Rect view, const int *hs, int n) {
  ui *u = &a->u;
  const int *avail = nst_session_available(a->s);
  int room = ui_focus_room(u), y = room, ftop = 0, fbot = 0;
  for (int k = 0; k < n; k++) {
    if (k == a->focus) { ftop = y - room; fbot = y + hs[k] + room; }
    y += hs[k] + u->u / 2;
  }
  a->resp_scroll.ch = y - u->u / 2 + room;
  a->resp_scroll.vh = view.h;
  ui_scroll_show(&a->resp_scroll, ftop, fbot);
  ui_clip_push(u, view);
  y = view.y - a->resp_scroll.y + room;
  int w = view.w - 2 * room;
  for (int k = 0; k < n; k++) {
    SDL_Rect r = { view.x + room, y, w, hs[k] };
    if (y + hs[k] > view.y && y < view.y + view.h) {
      talk_card(a, r, k, a->sc->choices[avail[k]].text, 0);
      if (k == a->focus) ui_focus(u, r);
      ui_hit_add(u, r, A_RESPONSE, k);
    }
    y += hs[k] + u->u / 2;
  }
  ui_clip_pop(u);
  ui_scrollbar(u, view, &a->resp_scroll);
}

/* The state change of the last decision, as one line. */
static void state_change(app *a, char *buf, size_t n) {
  const nst_scenario *sc = a->sc;
  const int *st = nst_session_state(a->s);
  size_t k = 0;
  buf[0] = '\0';
  for (int v = 0; v < sc->var_count && k < n; v++) {
    if (sc->vars[v].hidden) continue;
    char lb[64];
    int w;
    if (st[v] != a->before[v])
      w = snprintf(buf + k, n - k, "%s%s %d → %d", k ? " · " : "", play_var_label(&sc->vars[v], lb, sizeof lb), a->before[v], st[v]);
    else w = snprintf(buf + k, n - k, "%s%s %d", k ? " · " : "", play_var_label(&sc->vars[v], lb, sizeof lb), st[v]);
    if (w < 0) break;
    k += (size_t)w;
  }
}

int talk_head(app *a, SDL_Rect c) {
  ui *u = &a->u;
  int y = c.y;
  /* who: portrait, name and role; meters on the right in training mode */
  int sp = current_speaker(a), ps = ui_line_h(u, WT_H3) + ui_line_h(u, WT_SMALL);
  int head = ps;
  if (sp >= 0) {
    portrait(a, sp, (SDL_Rect){ c.x, y, ps, ps });
    const nst_person *p = &a->sc->cast[sp];
    int nx = c.x + ps + u->u * 2, nw = ui_text_w(u, WT_H3, p->name);
    int rw = ui_text_w(u, WT_SMALL, p->role);
    int namew = nw > rw ? nw : rw;
    int mh = a->assess ? 0 : meters(a, c.x + c.w, y, nx + namew + u->u * 3, 0);
    int tw = c.w - ps - u->u * 2;
    ui_text(u, WT_H3, p->name, nx, y, tw, u->th.text);
    ui_text(u, WT_SMALL, p->role, nx, y + ui_line_h(u, WT_H3), tw, u->th.muted);
    if (mh > 0) meters(a, c.x + c.w, y + (ps - mh) / 2, nx + namew + u->u * 3, 1);
    else if (mh < 0) {          /* narrow: the meters get a row of their own */
      head += u->u;
      int h2 = meters(a, c.x + c.w, y + head, c.x, 0);
      if (h2 > 0) { meters(a, c.x + c.w, y + head, c.x, 1); head += h2; }
    }
  }
  y += head + u->u / 2;
  ui_fill(u, (SDL_Rect){ c.x, y, c.w, 1 }, u->th.line);
  return y + u->u / 2;
}

int talk_current_h(app *a, int w) {
  int h = 0, d = last_decision(a);
  for (int i = 0; i < a->nhist; i++)
    if (a->hist[i].decision == d && a->hist[i].kind == H_LINE) h += item(a, i, 0, 0, w - a->u.u, 0, 1) + a->u.u / 2;
  return h;
}

/* The dialogue so far, scrolled to its end unless the user scrolled. */
void talk_history(app *a, SDL_Rect hv) {
  ui *u = &a->u;
  int d = last_decision(a), hw = hv.w - u->u, total = 0;
  for (int i = 0; i < a->nhist; i++) total += item(a, i, 0, 0, hw, 0, a->hist[i].decision == d) + u->u / 2;
  a->talk_scroll.ch = total;
  a->talk_scroll.vh = hv.h;
  if (a->talk_follow) a->talk_scroll.y = total - hv.h;
  ui_scroll_clamp(&a->talk_scroll);
  if (a->talk_scroll.y >= total - hv.h) a->talk_follow = 1;
  ui_clip_push(u, hv);
  int hy = hv.y - a->talk_scroll.y + (total < hv.h ? hv.h - total : 0);
  for (int i = 0; i < a->nhist; i++) {
    int cur = a->hist[i].decision == d;
    int h = item(a, i, 0, 0, hw, 0, cur);
    if (hy + h > hv.y && hy < hv.y + hv.h) item(a, i, hv.x, hy, hw, 1, cur);
    hy += h + u->u / 2;
  }
  ui_clip_pop(u);
  ui_scrollbar(u, hv, &a->talk_scroll);
}

void talk_draw(app *a) {
  if (a->group && a->phase == TALK_CHOOSE) { group_draw(a); return; }
  ui *u = &a->u;
  const char *hint = a->phase == TALK_FEEDBACK ? W(W_FEEDBACK_HINT) : a->assess ? W(W_TALK_HINT_ASSESS) : W(W_TALK_HINT);
  SDL_Rect c = talk_column(a, app_frame(a, NULL, hint));
  int y = talk_head(a, c);

  /* the bottom panel: responses, the feedback step, or the end */
  int bottom = c.y + c.h, avail_h = bottom - y;
  int n = a->phase == TALK_CHOOSE ? nst_session_available_count(a->s) : 0;
  int hs[64], label_h = ui_line_h(u, WT_SMALL) + u->u / 2;
  if (n > 64) n = 64;
  int panel = 0;
  int cur_h = talk_current_h(a, c.w);
  char change[512] = "";
  if (a->phase == TALK_CHOOSE) {
    int need = responses_h(a, c.w, hs, n);  /* at the width draw_responses gets */
    if (need + label_h + cur_h <= avail_h) need += label_h;   /* "What do you say?" when there is room */
    else label_h = 0;
    /* everything fits at the default size; when it cannot, the current
     * lines keep at least what they need up to half, the list scrolls */
    panel = need;
    if (panel > avail_h - cur_h) panel = avail_h - cur_h;
    if (panel < avail_h / 2) panel = need < avail_h / 2 ? need : avail_h / 2;
    /* the focused response whole, while the history keeps two lines */
    int whole = hs[a->focus < n ? a->focus : 0] + 2 * ui_focus_room(u) + label_h;
    int keep = avail_h - 2 * ui_line_h(u, WT_BODY);
    if (n && panel < whole) panel = whole < keep ? whole : keep;
  } else {
    if (a->phase == TALK_FEEDBACK && !a->assess) state_change(a, change, sizeof change);
    const char *msg = a->phase == TALK_ENDED || nst_session_ended(a->s) ? W(W_ENDED) : change;
    panel = (msg[0] ? ui_text_h(u, WT_BODY, msg, c.w) + u->u : 0) + ui_button_h(u) + u->u * 2;
  }
  int py = bottom - panel;
  talk_history(a, (SDL_Rect){ c.x, y, c.w, py - y - u->u });

  if (a->phase == TALK_CHOOSE) {
    if (label_h) ui_text(u, WT_SMALL, W(W_RESPONSES), c.x, py, c.w, u->th.muted);
    draw_responses(a, (SDL_Rect){ c.x, py + label_h, c.w, panel - label_h }, hs, n);
  } else {
    const char *msg = a->phase == TALK_ENDED || nst_session_ended(a->s) ? W(W_ENDED) : change;
    int yy = py + u->u;
    if (msg[0]) yy += ui_text(u, WT_BODY, msg, c.x, yy, c.w, u->th.text) + u->u;
    ui_button_fit(u, c.x + u->u / 2, yy, W(W_NEXT), 1, 1, A_NEXT, 0);
  }
}

static void next(app *a) {
  if (nst_session_ended(a->s)) { play_to_end(a); return; }
  a->phase = TALK_CHOOSE;
  a->focus = 0;
  a->resp_scroll.y = 0;
  a->decide_start = play_now(a);
  a->paused_ms = 0;
  if (a->group) group_reset(a);
}

void talk_action(app *a, int id, int arg) {
  if (a->group && a->phase == TALK_CHOOSE) { group_action(a, id, arg); return; }
  if (id == A_RESPONSE) play_choose(a, arg);
  else if (id == A_NEXT) next(a);
}

void talk_key(app *a, SDL_Keycode k) {
  if (a->group && a->phase == TALK_CHOOSE) { group_key(a, k); return; }
  int n = nst_session_available_count(a->s);
  switch (k) {
  case SDLK_BACKSPACE: play_undo(a); return;
  case SDLK_ESCAPE: app_go(a, SCR_INTRO); return;
  case SDLK_PAGEUP: case SDLK_PAGEDOWN:
    app_scroll_key(a, &a->talk_scroll, k);
    a->talk_follow = 0;
    return;
  default: break;
  }
  if (a->phase != TALK_CHOOSE) {
    if (k == SDLK_RETURN || k == SDLK_KP_ENTER) next(a);
    return;
  }
  if (k == SDLK_UP && a->focus > 0) a->focus--;
  else if (k == SDLK_DOWN && a->focus < n - 1) a->focus++;
  else if (k == SDLK_HOME) a->focus = 0;
  else if (k == SDLK_END) a->focus = n - 1;
  else if (k == SDLK_RETURN || k == SDLK_KP_ENTER) play_choose(a, a->focus);
  else if (k >= SDLK_1 && k <= SDLK_9) play_choose(a, (int)(k - SDLK_1));
  else if (k >= SDLK_KP_1 && k <= SDLK_KP_9) play_choose(a, (int)(k - SDLK_KP_1));
}

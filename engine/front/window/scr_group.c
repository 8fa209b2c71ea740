/* scr_group.c: the conversation while a group chooses (intervision).
 *
 * Three phases per decision. Silent choice: the person's lines and the
 * numbered responses, and a countdown when one was asked for; nothing shows
 * what anyone chose, so each peer commits before hearing the room. Tally:
 * the facilitator enters how many chose each response. Reveal: the
 * distribution, the feedback of every response that got votes and the
 * scenario's discussion prompt; the conversation then follows the focused
 * response (the majority unless the facilitator moves the focus). After
 * that, the conversation screen shows the reaction as in training mode.
 */
#include <stdio.h>
#include <string.h>

#include "app.h"

static int count_of(app *a) {
  int n = nst_session_available_count(a->s);
  return n > NST_TALLY_MAX ? NST_TALLY_MAX : n;
}

static const char *response(app *a, int k) { return a->sc->choices[nst_session_available(a->s)[k]].text; }

/* Clears a notice group play gave, once it no longer applies. */
static void drop_notice(app *a, win_string id) {
  if (!strcmp(a->notice, W(id))) a->notice[0] = '\0';
}

void group_reset(app *a) {
  a->gphase = GP_SILENT;
  nst_tally_init(&a->cur, a->s ? count_of(a) : 0);
  a->focus = 0;
  a->resp_scroll.y = a->reveal_scroll.y = a->side_scroll.y = 0;
  a->reveal_focus = -1;
  a->timer_shown = -1;
}

/* ---- the countdown ---- */

/* ms of the silent choice left (a pause does not count); -1: no timer. */
static long long timer_ms(app *a) {
  if (a->opt.discuss_seconds <= 0) return -1;
  long long now = (long long)play_now(a);
  long long used = now - (long long)a->decide_start - (long long)a->paused_ms;
  if (a->paused) used -= now - (long long)a->pause_start;
  long long left = (long long)a->opt.discuss_seconds * 1000 - used;
  return left < 0 ? 0 : left;
}

static int timer_shows(app *a) {
  return a->group && a->s && a->screen == SCR_TALK && a->phase == TALK_CHOOSE && a->gphase == GP_SILENT;
}

int group_timer_left(app *a) {
  long long ms = timer_shows(a) ? timer_ms(a) : -1;
  return ms < 0 ? -1 : (int)((ms + 999) / 1000);
}

int group_timer_wake(app *a) {
  long long ms = timer_shows(a) && !a->paused ? timer_ms(a) : -1;
  if (ms <= 0) return -1;           /* no timer, paused, or time is up: nothing changes by itself */
  return (int)((ms - 1) % 1000) + 1;
}

/* ---- drawing ---- */

/* A heading with a line of explanation on the left, and on the right what
 * the phase needs (countdown, total, a button). Returns the y below it. */
typedef struct { const char *label; int id, primary, focused; } banner_button;

static int banner(app *a, SDL_Rect c, int y, const char *title, const char *text, int text_bold,
                  const char *big, wt_size bigs, int big_alert, const banner_button *b) {
  ui *u = &a->u;
  int gap = u->u * 2;
  int bigw = big ? ui_text_w(u, bigs, big) + u->u * 2 : 0, bigh = big ? ui_line_h(u, bigs) : 0;
  int room = ui_focus_room(u);
  int bw = b ? ui_text_w(u, WT_BODY, b->label) + u->u * 4 : 0, bh = b ? ui_button_h(u) : 0;
  if (bw > c.w - 2 * room) {                    /* a label wider than the window wraps */
    bw = c.w - 2 * room;
    bh = ui_text_h(u, WT_BODY, b->label, bw - u->u * 2) + u->u * 2;
  }
  int right = bigw + (b ? bw + gap + room : 0);
  int leftw = c.w - right - (right ? gap : 0);
  int stacked = leftw < u->u * 24;              /* narrow: the right part goes below */
  int rows = stacked && big && b && right > c.w; /* ... and the button below the big text */
  if (stacked) leftw = c.w;
  wt_run tr = { text, strlen(text), text_bold ? WT_BOLD : WT_REGULAR };
  int lh = ui_text_h(u, WT_H2, title, leftw) + (text[0] ? u->u / 2 + ui_runs(u, WT_BODY, &tr, 1, 0, 0, leftw, u->th.text, 0) : 0);
  int rh = rows ? bigh + u->u + bh : bigh > bh ? bigh : bh;
  int h = stacked ? lh + u->u + rh : (lh > rh ? lh : rh);
  /* large text in a small window: the explanation (the hint line says it
   * too) gives way before the banner takes half the room */
  if (text[0] && h > (c.y + c.h - y) / 2) return banner(a, c, y, title, "", 0, big, bigs, big_alert, b);
  int yy = y + ui_text(u, WT_H2, title, c.x, y, leftw, u->th.text) + u->u / 2;
  if (text[0]) ui_runs(u, WT_BODY, &tr, 1, c.x, yy, leftw, text_bold ? u->th.text : u->th.muted, 1);
  int rx = stacked ? c.x : c.x + c.w - right, ry = stacked ? y + lh + u->u : y + (h - rh) / 2;
  if (big) {
    SDL_Rect box = { rx, rows ? ry : ry + (rh - bigh) / 2, bigw, bigh };
    if (big_alert) ui_rounded(u, box, u->u / 2, u->th.error);
    ui_text(u, bigs, big, rx + u->u, box.y, 0, big_alert ? u->th.error_text : u->th.text);
    if (rows) ry += bigh + u->u;
    else rx += bigw + gap;
  }
  int by = rows ? ry : ry + (rh - bh) / 2;
  if (b) ui_button(u, (SDL_Rect){ rx + room, by, bw, bh }, b->label, b->primary, b->focused, b->id, 0);
  y += h + u->u;
  ui_fill(u, (SDL_Rect){ c.x, y, c.w, 1 }, u->th.line);
  return y + u->u;
}

/* The cards of the silent and the tally phase in view: numbered, with the
 * count at the right in the tally. The focused one (tally) is kept whole in
 * view. */
static int cards_h(app *a, int w, int right, int *hs, int n) {
  ui *u = &a->u;
  int room = ui_focus_room(u), total = 2 * room;
  for (int k = 0; k < n; k++) {
    hs[k] = talk_card_h(a, response(a, k), w - 2 * room, right);
    total += hs[k] + (k ? u->u / 2 : 0);
  }
  return total;
}

static void draw_cards(app *a, SDL_Rect view, const int *hs, int n, int tally) {
  ui *u = &a->u;
  int room = ui_focus_room(u), y = room, ftop = 0, fbot = 0;
  int countw = tally ? ui_text_w(u, WT_H1, "999") + u->u * 2 : 0;
  for (int k = 0; k < n; k++) {
    if (k == a->focus) { ftop = y - room; fbot = y + hs[k] + room; }
    y += hs[k] + u->u / 2;
  }
  a->resp_scroll.ch = y - u->u / 2 + room;
  a->resp_scroll.vh = view.h;
  if (tally) ui_scroll_show(&a->resp_scroll, ftop, fbot);
  else ui_scroll_clamp(&a->resp_scroll);
  ui_clip_push(u, view);
  y = view.y - a->resp_scroll.y + room;
  for (int k = 0; k < n; k++) {
    SDL_Rect r = { view.x + room, y, view.w - 2 * room, hs[k] };
    if (y + hs[k] > view.y && y < view.y + view.h) {
      talk_card(a, r, k, response(a, k), countw);
      if (tally) {
        char num[16];
        snprintf(num, sizeof num, "%d", a->cur.counts[k]);
        int tw = ui_text_w(u, WT_H1, num), th = ui_line_h(u, WT_H1);
        int ty = r.y + (r.h - th) / 2;
        if (ty < r.y) ty = r.y;
        ui_text(u, WT_H1, num, r.x + r.w - u->u - tw, ty, 0, a->cur.counts[k] ? u->th.accent : u->th.muted);
        if (k == a->focus) ui_focus(u, r);
        ui_hit_add(u, r, A_RESPONSE, k);
      }
    }
    y += hs[k] + u->u / 2;
  }
  ui_clip_pop(u);
  ui_scrollbar(u, view, &a->resp_scroll);
}

static void draw_silent(app *a, SDL_Rect c, int y) {
  ui *u = &a->u;
  int left = group_timer_left(a);
  a->timer_shown = left;
  char clock[16] = "";
  if (left >= 0) snprintf(clock, sizeof clock, "%02d:%02d", left / 60, left % 60);
  banner_button b = { W(W_TO_TALLY), A_TO_TALLY, 1, 1 };
  y = banner(a, c, y, W(W_SILENT), left == 0 ? W(W_TIME_UP) : W(W_SILENT_TEXT), left == 0, left >= 0 ? clock : NULL,
             WT_BIG, left == 0, &b);
  /* everyone must see every response: they come first, the person's lines
   * get the rest (at least two lines; they scroll with PgUp, and were read
   * in full after the last decision); a list too long scrolls with ↑↓ */
  int bottom = c.y + c.h, avail_h = bottom - y, n = count_of(a), hs[NST_TALLY_MAX];
  int need = cards_h(a, c.w, 0, hs, n), keep = 2 * ui_line_h(u, WT_BODY) + u->u;
  if (avail_h - keep < 3 * ui_line_h(u, WT_BODY)) keep = 0;   /* tiny: the responses take it all */
  int panel = need < avail_h - keep ? need : avail_h - keep;
  if (panel < 0) panel = 0;
  int py = bottom - panel;
  if (py - y - u->u / 2 > 0) talk_history(a, (SDL_Rect){ c.x, y, c.w, py - y - u->u / 2 });
  draw_cards(a, (SDL_Rect){ c.x, py, c.w, panel }, hs, n, 0);
}

static void draw_tally(app *a, SDL_Rect c, int y) {
  ui *u = &a->u;
  int total = nst_tally_total(&a->cur);
  char sum[64];
  snprintf(sum, sizeof sum, W(W_TOTAL), total);
  banner_button b = { W(W_REVEAL_BUTTON), A_REVEAL, total > 0, 0 };
  y = banner(a, c, y, W(W_TALLY), W(W_TALLY_TEXT), 0, sum, WT_H2, 0, &b);
  int n = count_of(a), hs[NST_TALLY_MAX];
  int countw = ui_text_w(u, WT_H1, "999") + u->u * 2;
  cards_h(a, c.w, countw, hs, n);
  draw_cards(a, (SDL_Rect){ c.x, y, c.w, c.y + c.h - y }, hs, n, 1);
}

static int pct(int count, int total) { return total > 0 ? (count * 100 + total / 2) / total : 0; }

static int is_leader(const int *lead, int nl, int k) {
  for (int i = 0; i < nl; i++) if (lead[i] == k) return 1;
  return 0;
}

/* "1 en 3", "1, 2 en 4" */
static void leader_list(const int *lead, int nl, char *buf, size_t n) {
  size_t k = 0;
  buf[0] = '\0';
  for (int i = 0; i < nl && k < n; i++) {
    const char *sep = i == 0 ? "" : i == nl - 1 ? W(W_AND) : ", ";
    int w = snprintf(buf + k, n - k, "%s%d", sep, lead[i] + 1);
    if (w < 0) break;
    k += (size_t)w;
  }
}

/* The width of text in bold (labels that must not run into a neighbour). */
static int bold_w(app *a, wt_size size, const char *t) {
  wt_run r = { t, strlen(t), WT_BOLD };
  wt_layout l;
  if (wt_layout_runs(a->u.fonts, size, &r, 1, 0, &l) != 0) return ui_text_w(&a->u, size, t);
  int w = l.w;
  wt_layout_free(&l);
  return w;
}

static void votes_label(app *a, int k, char *out, size_t n) {
  int votes = a->cur.counts[k], total = nst_tally_total(&a->cur);
  char num[48];
  snprintf(num, sizeof num, W(votes == 1 ? W_VOTE_ONE : W_VOTES), votes);
  snprintf(out, n, "%s · %d%%", num, pct(votes, total));
}

static const char *row_tag(app *a, int k, const int *lead, int nl) {
  return a->cur.counts[k] && is_leader(lead, nl, k) ? W(nl == 1 ? W_MAJORITY : W_TIED) : NULL;
}

/* The distribution, one line per response, always in view: the number,
 * a bar, votes and percentage, the mark of the majority (or of a tie).
 * The focus ring marks the response Enter follows. Returns the height. */
static int strip(app *a, SDL_Rect c, int y, const int *lead, int nl, int draw) {
  ui *u = &a->u;
  int n = count_of(a), room = ui_focus_room(u), badge = talk_badge_w(a), lh = ui_line_h(u, WT_BODY);
  int labelw = 0, tagw = 0, total = nst_tally_total(&a->cur);
  for (int k = 0; k < n; k++) {
    char label[96];
    votes_label(a, k, label, sizeof label);
    int w = bold_w(a, WT_BODY, label);
    if (w > labelw) labelw = w;
    const char *tag = row_tag(a, k, lead, nl);
    if (tag && ui_text_w(u, WT_SMALL, tag) + u->u * 2 > tagw) tagw = ui_text_w(u, WT_SMALL, tag) + u->u * 2;
  }
  int x = c.x + room, w = c.w - 2 * room, rowh = lh + u->u / 2;
  int trackx = x + badge + u->u * 3 / 2;
  int trackw = w - badge - u->u * 3 / 2 - labelw - u->u * 2 - (tagw ? tagw + u->u : 0);
  if (trackw < u->u * 4) { tagw = 0; trackw = w - badge - u->u * 3 / 2 - labelw - u->u * 2; }   /* narrow: no tag */
  if (trackw < u->u * 2) trackw = u->u * 2;
  int h = room;
  for (int k = 0; k < n; k++) {
    int ry = y + h;
    if (draw) {
      SDL_Rect row = { x, ry, w, rowh };
      SDL_Rect b = { x + u->u / 4, ry + (rowh - (badge - u->u)) / 2, badge, badge - u->u };
      ui_rounded(u, b, u->u / 2, u->th.accent);
      char num[16], label[96];
      snprintf(num, sizeof num, "%d", k + 1);
      ui_text(u, WT_BODY, num, b.x + (b.w - ui_text_w(u, WT_BODY, num)) / 2, b.y + (b.h - lh) / 2, 0, u->th.on_accent);
      int barh = rowh - u->u, votes = a->cur.counts[k];
      SDL_Rect track = { trackx, ry + (rowh - barh) / 2, trackw, barh };
      ui_fill(u, track, u->th.raised);
      ui_outline(u, track, 1, u->th.line);
      if (votes) ui_fill(u, (SDL_Rect){ track.x, track.y, trackw * votes / (total ? total : 1), barh }, u->th.accent);
      votes_label(a, k, label, sizeof label);
      wt_run lr = { label, strlen(label), WT_BOLD };
      int lx = trackx + trackw + u->u;
      ui_runs(u, WT_BODY, &lr, 1, lx, ry + (rowh - lh) / 2, 0, votes ? u->th.text : u->th.muted, 1);
      const char *tag = tagw ? row_tag(a, k, lead, nl) : NULL;
      if (tag) {
        int ph = ui_line_h(u, WT_SMALL) + u->u / 2;
        SDL_Rect pill = { lx + labelw + u->u, ry + (rowh - ph) / 2, ui_text_w(u, WT_SMALL, tag) + u->u * 2, ph };
        ui_rounded(u, pill, ph / 2, u->th.accent);
        ui_text(u, WT_SMALL, tag, pill.x + u->u, pill.y + u->u / 4, 0, u->th.on_accent);
      }
      if (k == a->focus) ui_focus(u, row);
      ui_hit_add(u, row, A_RESPONSE, k);
    }
    h += rowh + room;
  }
  return h;
}

/* A response in full under the distribution: its text and, when anyone
 * chose it, its feedback. The focused one has a coloured edge. */
static int detail(app *a, int k, int x, int y, int w, int draw) {
  ui *u = &a->u;
  int badge = talk_badge_w(a), pad = u->u / 2, tx = x + badge + u->u * 3 / 2, tw = w - badge - u->u * 5 / 2;
  int h = pad + ui_scenario_text(u, WT_BODY, response(a, k), 0, 0, tw, u->th.text, 0);
  const char *fb = a->cur.counts[k] ? a->sc->choices[nst_session_available(a->s)[k]].feedback : NULL;
  char lead_fb[64];
  snprintf(lead_fb, sizeof lead_fb, "%s: ", W(W_FEEDBACK));
  wt_run fr[2] = { { lead_fb, strlen(lead_fb), WT_BOLD }, { fb ? fb : "", fb ? strlen(fb) : 0, WT_REGULAR } };
  int fbh = fb && *fb ? ui_runs(u, WT_SMALL, fr, 2, 0, 0, tw - 2 * u->u, u->th.text, 0) + 2 * u->u : 0;
  int fy = y + h + u->u / 2;
  if (fbh) h += u->u / 2 + fbh;
  h += pad + u->u / 2;
  if (!draw) return h;
  SDL_Rect card = { x, y, w, h };
  ui_rounded(u, card, u->u / 2, u->th.panel);
  if (k == a->focus) ui_outline(u, card, u->u / 4 > 2 ? u->u / 4 : 2, u->th.accent);
  else ui_outline(u, card, 1, u->th.line);
  SDL_Rect b = { x + pad, y + pad, badge, badge - u->u };
  ui_rounded(u, b, u->u / 2, u->th.accent);
  char num[16];
  snprintf(num, sizeof num, "%d", k + 1);
  int lh = ui_line_h(u, WT_BODY);
  ui_text(u, WT_BODY, num, b.x + (b.w - ui_text_w(u, WT_BODY, num)) / 2, b.y + (b.h - lh) / 2, 0, u->th.on_accent);
  ui_scenario_text(u, WT_BODY, response(a, k), tx, y + pad, tw, u->th.text, 1);
  if (fbh) {
    ui_rounded(u, (SDL_Rect){ tx, fy, tw, fbh }, u->u / 2, u->th.feedback);
    ui_runs(u, WT_SMALL, fr, 2, tx + u->u, fy + u->u, tw - 2 * u->u, u->th.text, 1);
  }
  return h;
}

/* The discussion prompt of this decision, under its heading. */
static int prompt_block(app *a, int x, int y, int w, int draw) {
  ui *u = &a->u;
  const char *p = a->sc->nodes[nst_session_node(a->s)].prompt;
  if (!p || !*p) return 0;
  int pad = u->u, edge = u->u / 2 > 3 ? u->u / 2 : 3;
  wt_run hr = { W(W_DISCUSS), strlen(W(W_DISCUSS)), WT_BOLD }, pr = { p, strlen(p), WT_REGULAR };
  int hh = ui_runs(u, WT_H3, &hr, 1, 0, 0, w - 2 * pad - edge, u->th.text, 0);
  int ph = ui_runs(u, WT_H3, &pr, 1, 0, 0, w - 2 * pad - edge, u->th.text, 0);
  int h = pad + hh + u->u / 2 + ph + pad;
  if (draw) {
    ui_rounded(u, (SDL_Rect){ x, y, w, h }, u->u / 2, u->th.raised);
    ui_fill(u, (SDL_Rect){ x, y, edge, h }, u->th.accent);
    ui_runs(u, WT_H3, &hr, 1, x + edge + pad, y + pad, w - 2 * pad - edge, u->th.text, 1);
    ui_runs(u, WT_H3, &pr, 1, x + edge + pad, y + pad + hh + u->u / 2, w - 2 * pad - edge, u->th.text, 1);
  }
  return h;
}

/* The reveal has no room for the person at the top: the room looks at its
 * own votes now. The banner says who leads; the strip shows the whole
 * distribution; under it the responses in full beside the prompt. */
static void draw_reveal(app *a, SDL_Rect c, int y) {
  ui *u = &a->u;
  int lead[NST_TALLY_MAX], nl = nst_tally_leaders(&a->cur, lead), n = count_of(a);
  int total = nst_tally_total(&a->cur);
  char votes[64], line[512], who[128], label[160];
  snprintf(votes, sizeof votes, W(total == 1 ? W_VOTE_ONE : W_VOTES), total);
  leader_list(lead, nl, who, sizeof who);
  if (nl > 1) snprintf(line, sizeof line, W(W_TIE), votes, who);
  else snprintf(line, sizeof line, W(W_RESULT_MAJORITY), votes, nl ? lead[0] + 1 : 0);
  int other = !is_leader(lead, nl, a->focus);
  snprintf(label, sizeof label, W(other ? W_FOLLOW_OTHER : W_FOLLOW), a->focus + 1);
  banner_button b = { label, A_FOLLOW, 1, 0 };
  y = banner(a, c, y, W(W_RESULT), line, nl > 1, NULL, WT_H2, 0, &b);

  /* the strip stays in view unless that leaves too little room for the
   * rest (large text in a small window): then all of it scrolls */
  int room = ui_focus_room(u), lh = ui_line_h(u, WT_BODY);
  int strip_h = strip(a, c, 0, lead, nl, 0);
  int compact = c.y + c.h - y - strip_h - u->u < 5 * lh;
  if (!compact) {
    y += strip(a, c, y, lead, nl, 1);
    ui_fill(u, (SDL_Rect){ c.x, y, c.w, 1 }, u->th.line);
    y += u->u;
  }

  /* wide: the responses on the left, the discussion prompt beside them;
   * narrow: the prompt first, the responses under it, in one view */
  int gap = u->u * 2;
  int has_prompt = prompt_block(a, 0, 0, c.w, 0) > 0;
  int wide = !compact && has_prompt && c.w >= wt_fonts_px(u->fonts) * 36;
  int sidew = wide ? c.w * 38 / 100 : 0;
  SDL_Rect view = { c.x, y, c.w - (wide ? sidew + gap : 0), c.y + c.h - y };
  int rw = view.w - u->u;
  int lead_h = compact ? strip_h + u->u : 0;     /* the strip at the top of the view */
  int top = wide ? 0 : prompt_block(a, 0, 0, rw, 0);
  int yy = lead_h + (top ? top + u->u : 0), ftop = 0;
  for (int k = 0; k < n; k++) {
    int h = detail(a, k, 0, 0, rw, 0);
    if (k == a->focus) ftop = yy;
    yy += h + u->u / 2;
  }
  a->reveal_scroll.ch = yy;
  a->reveal_scroll.vh = view.h;
  /* a newly focused response is read from its top (compact: its line in
   * the strip is shown); PgUp PgDn scroll on from there */
  if (a->reveal_focus != a->focus) {
    if (compact) {
      int ry = a->focus * (lh + u->u / 2 + room);
      a->reveal_scroll.y = 0;
      ui_scroll_show(&a->reveal_scroll, ry, ry + lh + u->u / 2 + 2 * room);
    } else {
      a->reveal_scroll.y = top && ftop - top - u->u < view.h / 3 ? 0 : ftop;
    }
    a->reveal_focus = a->focus;
  }
  ui_scroll_clamp(&a->reveal_scroll);
  ui_clip_push(u, view);
  yy = view.y - a->reveal_scroll.y;
  if (compact) { strip(a, (SDL_Rect){ view.x, 0, rw, 0 }, yy, lead, nl, 1); yy += lead_h; }
  if (top) { prompt_block(a, view.x, yy, rw, 1); yy += top + u->u; }
  for (int k = 0; k < n; k++) {
    int h = detail(a, k, 0, 0, rw, 0);
    if (yy + h > view.y && yy < view.y + view.h) {
      detail(a, k, view.x, yy, rw, 1);
      ui_hit_add(u, (SDL_Rect){ view.x, yy, rw, h }, A_RESPONSE, k);
    }
    yy += h + u->u / 2;
  }
  ui_clip_pop(u);
  ui_scrollbar(u, view, &a->reveal_scroll);
  if (wide) {
    SDL_Rect side = { c.x + c.w - sidew, y, sidew, c.y + c.h - y };
    int sw = side.w - u->u;
    a->side_scroll.ch = prompt_block(a, 0, 0, sw, 0);
    a->side_scroll.vh = side.h;
    ui_scroll_clamp(&a->side_scroll);
    ui_clip_push(u, side);
    prompt_block(a, side.x, side.y - a->side_scroll.y, sw, 1);
    ui_clip_pop(u);
    ui_scrollbar(u, side, &a->side_scroll);
  }
}

void group_draw(app *a) {
  static const win_string HINTS[] = { W_GROUP_SILENT_HINT, W_GROUP_TALLY_HINT, W_GROUP_REVEAL_HINT };
  SDL_Rect c = talk_column(a, app_frame(a, NULL, W(HINTS[a->gphase])));
  /* the reveal is the room's own moment, and a tiny window keeps its room
   * for the phase: no person at the top then */
  int tiny = c.h < 16 * ui_line_h(&a->u, WT_BODY);
  int y = a->gphase == GP_REVEAL || tiny ? c.y : talk_head(a, c);
  if (a->focus >= count_of(a)) a->focus = count_of(a) ? count_of(a) - 1 : 0;
  switch (a->gphase) {
  case GP_SILENT: draw_silent(a, c, y); break;
  case GP_TALLY: draw_tally(a, c, y); break;
  case GP_REVEAL: draw_reveal(a, c, y); break;
  }
}

/* ---- input ---- */

static void to_tally(app *a) {
  a->gphase = GP_TALLY;
  a->resp_scroll.y = 0;
}

static void reveal(app *a) {
  if (nst_tally_total(&a->cur) == 0) { app_notice(a, "%s", W(W_NO_VOTES)); return; }
  drop_notice(a, W_NO_VOTES);
  int lead[NST_TALLY_MAX];
  nst_tally_leaders(&a->cur, lead);
  a->focus = lead[0];               /* the majority, or the first of those who tie */
  a->gphase = GP_REVEAL;
  a->reveal_scroll.y = a->side_scroll.y = 0;
  a->reveal_focus = -1;
}

static void vote(app *a, int k, int delta) {
  if (k < 0 || k >= a->cur.n) return;
  a->focus = k;
  int v = a->cur.counts[k] + delta;
  a->cur.counts[k] = v < 0 ? 0 : v > NST_TALLY_VOTES ? NST_TALLY_VOTES : v;
  if (nst_tally_total(&a->cur) > 0) drop_notice(a, W_NO_VOTES);
}

void group_action(app *a, int id, int arg) {
  switch (a->gphase) {
  case GP_SILENT: if (id == A_TO_TALLY) to_tally(a); break;
  case GP_TALLY:
    if (id == A_RESPONSE) vote(a, arg, 1);
    else if (id == A_REVEAL) reveal(a);
    break;
  case GP_REVEAL:
    if (id == A_RESPONSE && arg >= 0 && arg < a->cur.n) a->focus = arg;
    else if (id == A_FOLLOW) play_follow(a, a->focus);
    break;
  }
}

static int digit(SDL_Keycode k) {
  if (k >= SDLK_1 && k <= SDLK_9) return (int)(k - SDLK_1);
  if (k >= SDLK_KP_1 && k <= SDLK_KP_9) return (int)(k - SDLK_KP_1);
  return -1;
}

static void move_focus(app *a, SDL_Keycode k) {
  int n = a->cur.n;
  if (k == SDLK_UP && a->focus > 0) a->focus--;
  else if (k == SDLK_DOWN && a->focus < n - 1) a->focus++;
  else if (k == SDLK_HOME) a->focus = 0;
  else if (k == SDLK_END && n > 0) a->focus = n - 1;
}

void group_key(app *a, SDL_Keycode k) {
  int enter = k == SDLK_RETURN || k == SDLK_KP_ENTER, d = digit(k);
  if (k == SDLK_BACKSPACE) { play_undo(a); return; }
  if (k == SDLK_PAGEUP || k == SDLK_PAGEDOWN) {
    if (a->gphase == GP_REVEAL) app_scroll_key(a, &a->reveal_scroll, k);
    else { app_scroll_key(a, &a->talk_scroll, k); a->talk_follow = 0; }
    return;
  }
  switch (a->gphase) {
  case GP_SILENT:
    if (enter || k == SDLK_t) to_tally(a);
    else if (k == SDLK_ESCAPE) app_go(a, SCR_INTRO);
    else if (k == SDLK_UP || k == SDLK_DOWN) app_scroll_key(a, &a->resp_scroll, k);   /* a long list */
    else if (d >= 0) app_notice(a, "%s", W(W_SILENT_KEYS));   /* nobody's choice on the wall yet */
    return;
  case GP_TALLY:
    if (enter) reveal(a);
    else if (k == SDLK_ESCAPE) { a->gphase = GP_SILENT; drop_notice(a, W_NO_VOTES); }
    else if (d >= 0) vote(a, d, 1);
    else if (k == SDLK_PLUS || k == SDLK_EQUALS || k == SDLK_KP_PLUS) vote(a, a->focus, 1);
    else if (k == SDLK_MINUS || k == SDLK_KP_MINUS) vote(a, a->focus, -1);
    else if (k == SDLK_0 || k == SDLK_KP_0 || k == SDLK_DELETE) vote(a, a->focus, -NST_TALLY_VOTES);
    else move_focus(a, k);
    return;
  case GP_REVEAL:
    if (enter) play_follow(a, a->focus);
    else if (k == SDLK_ESCAPE) a->gphase = GP_TALLY;
    else if (d >= 0 && d < a->cur.n) a->focus = d;
    else move_focus(a, k);
    return;
  }
}

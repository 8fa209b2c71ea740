/* prescan.c: a small Lua lexer that only counts lines and nesting. */
#include "prescan.h"

#include <stdio.h>
#include <string.h>

/* Length of the valid UTF-8 sequence at p (at most n bytes), 0 if invalid. */
static size_t utf8_len(const unsigned char *p, size_t n) {
  unsigned c = p[0];
  size_t len;
  unsigned min;
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) { len = 2; min = 0x80; }
  else if (c >= 0xE0 && c <= 0xEF) { len = 3; min = 0x800; }
  else if (c >= 0xF0 && c <= 0xF4) { len = 4; min = 0x10000; }
  else return 0;
  if (len > n) return 0;
  unsigned cp = c & (0x7F >> len);
  for (size_t i = 1; i < len; i++) {
    if ((p[i] & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (p[i] & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

static int is_word(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

/* Level of a long bracket at s ("[[", "[==["), or -1. */
static int long_bracket(const char *s, const char *end) {
  if (s >= end || *s != '[') return -1;
  int level = 0;
  const char *p = s + 1;
  while (p < end && *p == '=') { level++; p++; }
  return (p < end && *p == '[') ? level : -1;
}

/* Skips a long string/comment body starting at s (at its opening bracket). */
static const char *skip_long(const char *s, const char *end, int level, int *line) {
  s += level + 2;
  while (s < end) {
    if (*s == '\n') (*line)++;
    else if (*s == ']') {
      const char *p = s + 1;
      int l = 0;
      while (p < end && *p == '=') { l++; p++; }
      if (l == level && p < end && *p == ']') return p + 1;
    }
    s++;
  }
  return end;
}

int nst_prescan(char *src, size_t *len, char *msg, size_t msglen) {
  size_t n = *len;
  if (n >= 3 && (unsigned char)src[0] == 0xEF && (unsigned char)src[1] == 0xBB &&
      (unsigned char)src[2] == 0xBF) {
    memmove(src, src + 3, n - 3);
    n -= 3;
  }
  if (n > 0 && src[0] == 0x1B) {
    snprintf(msg, msglen, "precompiled (bytecode) files are not accepted: send the .lua source");
    *len = n;
    return 1;
  }
  size_t w = 0;
  for (size_t r = 0; r < n; r++) {   /* CRLF and lone CR become LF */
    if (src[r] == '\r') { src[w++] = '\n'; if (r + 1 < n && src[r + 1] == '\n') r++; }
    else src[w++] = src[r];
  }
  n = w;
  *len = n;

  int line = 1;
  for (size_t i = 0; i < n;) {
    unsigned char c = (unsigned char)src[i];
    if (c - 1u < 0x7Fu && c != '\n') { i++; continue; }  /* plain ASCII */
    if (c == 0) {
      snprintf(msg, msglen, "the file contains a NUL byte (is it a text file?)");
      return line;
    }
    if (c == '\n') line++;
    size_t k = utf8_len((const unsigned char *)src + i, n - i);
    if (!k) {
      snprintf(msg, msglen, "invalid UTF-8 (byte 0x%02X): save the file as UTF-8", c);
      return line;
    }
    i += k;
  }

  const char *s = src, *end = src + n;
  int depth = 0;
  line = 1;
  while (s < end) {
    char c = *s;
    if (c == '\n') { line++; s++; continue; }
    if (c == '-' && s + 1 < end && s[1] == '-') {
      int lv = long_bracket(s + 2, end);
      if (lv >= 0) s = skip_long(s + 2, end, lv, &line);
      else while (s < end && *s != '\n') s++;
      continue;
    }
    if (c == '"' || c == '\'') {
      for (s++; s < end && *s != c; s++) {
        if (*s == '\\' && s + 1 < end) { s++; if (*s == '\n') line++; }
        else if (*s == '\n') break; /* unfinished string: Lua will say so */
      }
      if (s < end && *s == c) s++;
      continue;
    }
    if (c == '[') {
      int lv = long_bracket(s, end);
      if (lv >= 0) { s = skip_long(s, end, lv, &line); continue; }
    }
    int opens = 0;
    if (c == '(' || c == '{' || c == '[') opens = 1;
    else if (c == ')' || c == '}' || c == ']') opens = -1;
    else if (is_word(c) && (s == src || !is_word(s[-1]))) {
      const char *e = s;
      while (e < end && is_word(*e)) e++;
      size_t wl = (size_t)(e - s);
#define KW(k) (wl == sizeof(k) - 1 && memcmp(s, k, wl) == 0)
      if (KW("function") || KW("do") || KW("if") || KW("repeat")) opens = 1;
      else if (KW("end") || KW("until")) opens = -1;
#undef KW
      s = e;
      depth += opens;
      if (depth > NST_MAX_NESTING) goto too_deep;
      continue;
    }
    depth += opens;
    if (depth > NST_MAX_NESTING) goto too_deep;
    s++;
  }
  return 0;
too_deep:
  snprintf(msg, msglen, "nesting deeper than %d levels: split it up", NST_MAX_NESTING);
  return line;
}

int nst_utf8_valid(const char *s, size_t len) {
  for (size_t i = 0; i < len;) {
    if ((unsigned char)s[i] - 1u < 0x7Fu) { i++; continue; }  /* ASCII, not NUL */
    size_t k = utf8_len((const unsigned char *)s + i, len - i);
    if (!k || s[i] == 0) return 0;
    i += k;
  }
  return 1;
}

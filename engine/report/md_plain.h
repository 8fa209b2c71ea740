/* md_plain.h: scenario Markdown as plain text for the terminal, the path a
 * screen reader follows: nothing that is only markup is left to be read out.
 * Emphasis markers go; a block quote keeps its "> " on every line, wrapped
 * ones too; a link shows its text, then its address in brackets (an address
 * shown as itself, once); a list keeps its "- " or "1. " with its lines
 * indented under it; a heading is a line of its own; code stays as it is.
 * Paragraphs are reflowed to width columns (counted in code points) and
 * separated by a blank line.
 */
#ifndef NAAST_REPORT_MD_PLAIN_H
#define NAAST_REPORT_MD_PLAIN_H

/* The text, without a final newline (caller frees); NULL out of memory. */
char *md_plain(const char *markdown, int width);

#endif

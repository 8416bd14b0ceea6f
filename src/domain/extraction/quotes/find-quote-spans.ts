import type { Paragraph } from "../types";

/**
 * One stretch of quoted words inside one paragraph. A quotation that runs over
 * several paragraphs (wire style: each paragraph reopens the mark, only the
 * last one closes it) is returned as one piece per paragraph, the later pieces
 * flagged `reopens`.
 */
export type QuoteSpan = {
  /** The words inside the marks, trimmed (see trimInner). */
  start: number;
  end: number;
  /** Index of the opening mark. */
  openAt: number;
  /** Index of the closing mark, or null when the paragraph ends first. */
  closeAt: number | null;
  paragraph: number;
  /** Opens a paragraph that follows a piece left open at the end of the previous paragraph. */
  reopens: boolean;
};

type Family = "double" | "ascii-double" | "low" | "guillemet" | "guillemet-reversed" | "single" | "ascii-single" | "swedish";

type Open = { family: Family; at: number };

const LETTER = /[\p{L}\p{N}]/u;
/** Every character that can be a quotation mark; the scan jumps from one to the next. */
const MARKS = /["'\u201c\u201d\u2018\u2019\u201e\u00ab\u00bb]/g;
const SPACE = /[\s\u00a0\u202f]/;

// ASCII fast paths: these run on characters around every quotation mark and apostrophe.
function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(ch);
}

function isSpace(ch: string | undefined): boolean {
  if (ch === undefined) return true;
  const c = ch.charCodeAt(0);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(ch);
}

/** Characters after which a mark begins a quotation rather than ends one. */
function isOpeningContext(ch: string | undefined): boolean {
  return ch === undefined || SPACE.test(ch) || /[([{\u2014\u2013\-/:\u201c\u2018"\u00ab]/.test(ch);
}

/**
 * Scan every paragraph for quotation marks. Handles curly and straight double
 * marks, „low-high“, «guillemets» (and »reversed«), and single marks told apart
 * from apostrophes (don’t, Trump’s, rebels’). Marks of another family inside an
 * open quotation are nested quotes and belong to its text. Never throws.
 */
export function findQuoteSpans(text: string, paragraphs: readonly Paragraph[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let carried: Family | null = null;
  for (const p of paragraphs) {
    let open: Open | null = null;
    let firstInParagraph = true;
    MARKS.lastIndex = p.start;
    for (let m = MARKS.exec(text); m && m.index < p.end; m = MARKS.exec(text)) {
      const i = m.index;
      const ch = m[0];
      if (!open) {
        const family = openingFamily(text, i, p);
        if (family && (!isSingle(family) || singleCanOpen(text, i, p, paragraphs, family))) {
          open = { family, at: i };
        }
        continue;
      }
      if (closes(open.family, text, i, p)) {
        const reopens = firstInParagraph && carried !== null && sameKind(carried, open.family) && atParagraphStart(text, p, open.at);
        push(out, text, open.at, i, p.index, reopens);
        firstInParagraph = false;
        open = null;
        continue;
      }
      // A second opening of the same family before any close: the first was never
      // closed (malformed copy). End it here rather than swallow the paragraph.
      if (ch === markOf(open.family) && open.family !== "ascii-double" && open.family !== "ascii-single" && open.family !== "single" && open.family !== "swedish") {
        const reopens = firstInParagraph && carried !== null && sameKind(carried, open.family) && atParagraphStart(text, p, open.at);
        push(out, text, open.at, null, p.index, reopens, i);
        firstInParagraph = false;
        open = { family: open.family, at: i };
      }
    }
    let nextCarried: Family | null = null;
    if (open) {
      const reopens = firstInParagraph && carried !== null && sameKind(carried, open.family) && atParagraphStart(text, p, open.at);
      // A single mark left open is usually an apostrophe ('90s, ’em), unless the
      // next paragraph reopens with the same mark (wire convention).
      if (!isSingle(open.family) || reopens || nextParagraphReopens(text, paragraphs, p.index, open.family)) {
        push(out, text, open.at, null, p.index, reopens);
        nextCarried = open.family;
      }
    }
    carried = nextCarried;
  }
  return out;
}

function isSingle(family: Family): boolean {
  return family === "single" || family === "ascii-single";
}

/** A single mark opens a quote only if something can close it, here or by reopening the next paragraph. */
function singleCanOpen(text: string, i: number, p: Paragraph, paragraphs: readonly Paragraph[], family: Family): boolean {
  const mark = family === "single" ? "\u2019" : "'";
  if (hasSingleClose(text, i + 1, p.end, mark)) return true;
  return atParagraphStart(text, p, i) && nextParagraphReopens(text, paragraphs, p.index, family);
}

function push(out: QuoteSpan[], text: string, openAt: number, closeAt: number | null, paragraph: number, reopens: boolean, stopAt?: number): void {
  const limit = closeAt ?? stopAt ?? paragraphEnd(text, openAt);
  const inner = trimInner(text, openAt + 1, limit, closeAt !== null);
  if (!inner) return;
  out.push({ start: inner.start, end: inner.end, openAt, closeAt, paragraph, reopens });
}

function paragraphEnd(text: string, from: number): number {
  const nl = text.indexOf("\n", from);
  return nl < 0 ? text.length : nl;
}

/**
 * The quoted words without surrounding spaces. A single comma before the
 * closing mark belongs to the sentence, not to the quote ("…,” he said);
 * final . ? ! stay with the quote.
 */
function trimInner(text: string, start: number, end: number, closed: boolean): { start: number; end: number } | null {
  let s = start;
  let e = end;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  if (closed && e > s && text[e - 1] === ",") {
    e--;
    while (e > s && isSpace(text[e - 1])) e--;
  }
  if (!closed) {
    // Text cut off by an unclosed mark keeps its own punctuation except a dangling comma.
    while (e > s && /[,;:]/.test(text[e - 1] ?? "")) e--;
  }
  if (e <= s || !hasLetter(text, s, e)) return null;
  return { start: s, end: e };
}

function atParagraphStart(text: string, p: Paragraph, at: number): boolean {
  for (let i = p.start; i < at; i++) if (!isSpace(text[i])) return false;
  return true;
}

function nextParagraphReopens(text: string, paragraphs: readonly Paragraph[], index: number, family: Family): boolean {
  const next = paragraphs[index + 1];
  if (!next) return false;
  const f = openingFamily(text, next.start, next);
  return f !== null && sameKind(f, family);
}

function sameKind(a: Family, b: Family): boolean {
  const kind = (f: Family) => (f === "single" || f === "ascii-single" ? "single" : f.startsWith("guillemet") ? "guillemet" : "double");
  return kind(a) === kind(b);
}

function markOf(family: Family): string {
  switch (family) {
    case "double": return "\u201c";
    case "low": return "\u201e";
    case "guillemet": return "\u00ab";
    case "guillemet-reversed": return "\u00bb";
    default: return "";
  }
}

/** The family of quotation the mark at i opens, or null when it opens nothing. */
function openingFamily(text: string, i: number, p: Paragraph): Family | null {
  const ch = text[i];
  const prev = i > p.start ? text[i - 1] : undefined;
  const next = i + 1 < p.end ? text[i + 1] : undefined;
  switch (ch) {
    case "\u201c":
      return "double";
    case "\u201e":
      return "low";
    case "\u00ab":
      return "guillemet";
    case "\u00bb":
      return isOpeningContext(prev) && (isLetter(next) || next === " " || next === "\u00a0") && text.indexOf("\u00ab", i) > 0 && text.indexOf("\u00ab", i) < p.end ? "guillemet-reversed" : null;
    case "\u201d":
      // Swedish/Finnish style ”…”, or a typesetting slip: only when clearly opening.
      return isOpeningContext(prev) && isLetter(next) ? "swedish" : null;
    case '"':
      return !isSpace(next) ? "ascii-double" : null;
    case "\u2018":
      if (isLetter(prev)) return null;
      if (/^\u2018\d\ds\b/.test(text.slice(i, i + 5))) return null;
      return isSpace(next) ? null : "single";
    case "'":
      if (!isOpeningContext(prev) || !isLetter(next)) return null;
      if (/^'(?:\d\ds|s|t|em|n|til|cause|tis)\b/i.test(text.slice(i, i + 7))) return null;
      return "ascii-single";
    default:
      return null;
  }
}

function closes(family: Family, text: string, i: number, p: Paragraph): boolean {
  const ch = text[i];
  switch (family) {
    case "double":
      return ch === "\u201d";
    case "swedish":
      return ch === "\u201d";
    case "low":
      return ch === "\u201c" || ch === "\u201d";
    case "guillemet":
      return ch === "\u00bb";
    case "guillemet-reversed":
      return ch === "\u00ab";
    case "ascii-double":
      return ch === '"';
    case "single":
      return ch === "\u2019" && isSingleClose(text, i, p.end, "\u2019");
    case "ascii-single":
      return ch === "'" && isSingleClose(text, i, p.end, "'");
  }
}

function hasSingleClose(text: string, from: number, to: number, mark: string): boolean {
  for (let j = text.indexOf(mark, from); j >= 0 && j < to; j = text.indexOf(mark, j + 1)) {
    if (isSingleClose(text, j, to, mark)) return true;
  }
  return false;
}

/**
 * Whether a ’ (or ') ends a single-quoted passage rather than being an
 * apostrophe. Inside a word (don’t, Trump’s) it never closes. After a plural
 * "s" followed by a space (rebels’ demands) it is a possessive unless no later
 * mark in the paragraph could close the quote.
 */
function isSingleClose(text: string, i: number, to: number, mark: string, lookAhead = true): boolean {
  const prev = text[i - 1];
  const next = i + 1 < to ? text[i + 1] : undefined;
  if (isSpace(prev)) return false;
  if (isLetter(prev) && isLetter(next)) return false;
  if (prev !== undefined && /[,.!?\u2026;:]/.test(prev)) return true;
  if (next === undefined || /[,.;:!?)\]\u2014\u2013\-"\u201d]/.test(next)) return true;
  if (isSpace(next)) {
    if (/[sSzZ]/.test(prev ?? "")) {
      if (!lookAhead) return false;
      for (let j = text.indexOf(mark, i + 1); j >= 0 && j < to; j = text.indexOf(mark, j + 1)) {
        if (isSingleClose(text, j, to, mark, false)) return false;
      }
      return true;
    }
    return true;
  }
  return false;
}

function hasLetter(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
    if (c > 127 && LETTER.test(text[i]!)) return true;
  }
  return false;
}

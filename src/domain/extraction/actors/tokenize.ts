import type { Segmentation } from "../types";

/**
 * Word tokens with the facts name finding needs: offsets, a diacritic-folded
 * form for matching, capitalisation, whether the next token follows after a
 * single space (so the two can belong to one name), and sentence starts.
 */
export type TokenKind = "word" | "initial" | "acronym" | "handle" | "number";

export type Token = {
  start: number;
  end: number;
  text: string;
  /** Diacritics stripped, curly apostrophes straightened; same length as text. */
  fold: string;
  kind: TokenKind;
  cap: boolean;
  allCaps: boolean;
  /** Followed by a possessive ’s / ' ("Trump’s"): a name ends here. */
  possessive: boolean;
  /** Separated from the previous token by exactly one space on the same line. */
  joined: boolean;
  /** First word of a sentence, of a quotation or after a colon: capitalisation proves nothing. */
  clauseStart: boolean;
  paragraph: number;
};

/** Character classes by UTF-16 code unit, computed once per unit on first sight. */
const C = { Unknown: 0, Other: 1, Letter: 2, Mark: 3, Digit: 4 } as const;
type C = (typeof C)[keyof typeof C];
const charClass = new Uint8Array(65536);
function classOf(code: number): C {
  if (code < 128) {
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return C.Letter;
    return code >= 48 && code <= 57 ? C.Digit : C.Other;
  }
  let c = charClass[code] as C;
  if (c === C.Unknown) {
    const ch = String.fromCharCode(code);
    c = /\p{L}/u.test(ch) ? C.Letter : /\p{M}/u.test(ch) ? C.Mark : /\p{N}/u.test(ch) ? C.Digit : C.Other;
    charClass[code] = c;
  }
  return c;
}
const isWordChar = (code: number) => {
  const c = classOf(code);
  return c === C.Letter || c === C.Mark || c === C.Digit;
};
const isHandleChar = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;

/** Bounds of the token nextToken found last: two numbers instead of an object per token. */
let tokStart = 0;
let tokEnd = 0;

/**
 * Next raw token at or after `from`: a handle, a dotted acronym ("U.S.", "H.W."),
 * a word (letters, marks, digits, inner hyphens and apostrophes, but not a
 * possessive "'s"), or a number. Hand-rolled: the equivalent Unicode regex
 * costs more than the rest of actor extraction. Returns false at the end of
 * the text, else true with the token in [tokStart, tokEnd).
 */
function nextToken(text: string, from: number): boolean {
  const n = text.length;
  for (let i = from; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code === 64) {
      let j = i + 1;
      while (j < n && isHandleChar(text.charCodeAt(j))) j++;
      if (j - i - 1 >= 2) return found(i, j);
      continue;
    }
    const c = classOf(code);
    if (c === C.Digit) {
      let j = i + 1;
      for (;;) {
        while (j < n && classOf(text.charCodeAt(j)) === C.Digit) j++;
        const sep = text.charCodeAt(j);
        if ((sep === 46 || sep === 44) && classOf(text.charCodeAt(j + 1)) === C.Digit) j++;
        else break;
      }
      return found(i, j);
    }
    if (c !== C.Letter) continue;
    // Dotted acronym: two or more "X." pairs of capitals.
    let j = i;
    while (j + 1 < n && isUpperCode(text.charCodeAt(j)) && text.charCodeAt(j + 1) === 46) j += 2;
    if (j - i >= 4) return found(i, j);
    j = i + 1;
    for (;;) {
      while (j < n && isWordChar(text.charCodeAt(j))) j++;
      const sep = text.charCodeAt(j);
      const isJoin = sep === 45 || sep === 0x2010 || sep === 39 || sep === 0x2019;
      if (!isJoin || !isWordChar(text.charCodeAt(j + 1))) break;
      if (sep === 39 || sep === 0x2019) {
        const s1 = text.charCodeAt(j + 1);
        if ((s1 === 115 || s1 === 83) && !isWordChar(text.charCodeAt(j + 2))) break;
      }
      j++;
    }
    return found(i, j);
  }
  return false;
}

function found(start: number, end: number): true {
  tokStart = start;
  tokEnd = end;
  return true;
}

/** Abbreviations whose full stop belongs to the word ("Adm.", "Mr.", "Md."). */
const DOTTED = new Set(
  "Mr Mrs Ms Dr Prof Fr Msgr Sen Sens Rep Reps Gov Gen Adm Lt Col Maj Capt Cmdr Sgt Brig St Jr Sr Rev Amb Hon Pres Supt Corp Inc Ltd Co Md Va Fla Calif Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split(" "),
);

/** "GuliyevaU.K.", "strikesTwo": words glued by a lost space or line break. */
const GLUED = /^(\p{Lu}?\p{Ll}{4,})(?=\p{Lu})/u;

/** A capitals-only word, a hyphen, then a capitalised word: a kicker before the headline proper. */
const KICKER = /^(\p{Lu}{3,})-(?=\p{Lu}\p{Ll})/u;

const foldCache = new Map<string, string>();

/** Fold one UTF-16 unit: strip diacritics without changing length, so offsets stay valid. */
function foldChar(ch: string): string {
  let f = foldCache.get(ch);
  if (f === undefined) {
    const base = ch.normalize("NFD").replace(/\p{M}+/gu, "");
    f = ch === "\u2019" || ch === "\u2018" ? "'" : base.length === 1 ? base : ch;
    foldCache.set(ch, f);
  }
  return f;
}

/** Length-preserving fold of a whole string: only non-ASCII units are touched. */
export function foldSameLength(s: string): string {
  return NON_ASCII.test(s) ? s.replace(NON_ASCII_G, foldChar) : s;
}

const NON_ASCII = /[^\u0000-\u007f]/;
const NON_ASCII_G = /[^\u0000-\u007f]/g;

export function tokenize(text: string, segmentation: Segmentation, folded: string = foldSameLength(text)): Token[] {
  const tokens: Token[] = [];
  const sentences = segmentation.sentences;
  const paragraphs = segmentation.paragraphs;
  let si = 0;
  let paragraph = 0;
  let prevEnd = -1;
  let next = 0;
  // Same-length folding: when nothing needed folding, a token's fold is its text.
  const asciiOnly = folded === text;
  while (nextToken(text, next)) {
    const start = tokStart;
    let raw = text.slice(start, tokEnd);
    next = tokEnd;
    let kind: TokenKind;
    const c0 = raw.charCodeAt(0);
    if (c0 === 64 /* @ */) kind = "handle";
    else if (classOf(c0) === C.Digit) kind = "number";
    else if (raw.length > 2 && raw.charCodeAt(raw.length - 1) === 46 && /^(?:\p{Lu}\.)+$/u.test(raw)) kind = "acronym";
    else {
      kind = "word";
      if (raw.length >= 6 && hasInnerUpper(raw)) {
        const glued = GLUED.exec(raw);
        if (glued && glued[1] && !/^(?:Mc|Mac|De|Di|Da|La|Le|Van|Von|O)$/.test(glued[1])) {
          raw = glued[1];
          next = start + raw.length;
        }
      }
      // "EXCLUSIVE-Southern Command", "ANALYSIS-Venezuela's…": a wire kicker glued to the headline by a hyphen.
      if (start === 0 || text.charCodeAt(start - 1) === 10) {
        const kicker = KICKER.exec(raw);
        if (kicker && kicker[1]) {
          raw = kicker[1];
          next = start + raw.length + 1;
        }
      }
    }
    let end = start + raw.length;
    if (kind === "word" && text.charCodeAt(end) === 46) {
      if (raw.length === 1 && isUpper(raw)) {
        kind = "initial";
        end++;
      } else if (DOTTED.has(raw)) end++;
    }
    // A possessive "s" left after the apostrophe is not a word.
    if (raw === "s" || raw === "S") {
      const prev = tokens[tokens.length - 1];
      const ap = text[start - 1];
      if (prev && prev.end === start - 1 && (ap === "'" || ap === "\u2019")) {
        prev.possessive = true;
        prevEnd = end;
        continue;
      }
    }
    while (paragraph < paragraphs.length - 1 && (paragraphs[paragraph]?.end ?? 0) <= start) paragraph++;
    while (si < sentences.length && (sentences[si]?.end ?? 0) <= start) si++;
    const sentence = sentences[si];
    const prev = tokens[tokens.length - 1];
    let clauseStart = !prev || (sentence !== undefined && prev.end <= sentence.start && sentence.start <= start);
    let joined = false;
    if (prevEnd < 0) clauseStart = true;
    else if (start - prevEnd === 1 && (text.charCodeAt(prevEnd) === 32 || text.charCodeAt(prevEnd) === 160)) joined = true;
    else if (!clauseStart) clauseStart = isClauseGap(text, prevEnd, start);
    const tokText = end === start + raw.length ? raw : text.slice(start, end);
    const after = text.charCodeAt(end);
    const trailingApostrophe = (after === 39 || after === 0x2019) && (raw.endsWith("s") || raw.endsWith("S")) && !isLetterAt(text, end + 1);
    const upper = kind === "acronym" || kind === "initial" || isUpperCode(tokText.charCodeAt(0));
    tokens.push({
      start,
      end,
      text: tokText,
      // Most tokens fold to themselves even in an article with curly quotes: share the string then.
      fold: asciiOnly || folded.startsWith(tokText, start) ? tokText : folded.slice(start, end),
      kind,
      cap: upper,
      allCaps: upper && kind !== "handle" && !hasLower(tokText),
      possessive: trailingApostrophe,
      joined,
      clauseStart,
      paragraph,
    });
    prevEnd = end;
  }
  return tokens;
}

/**
 * The gap between two tokens opens a clause: it holds an opening quote, a
 * colon, a dash, a bracket or a line break, or ends with . ! ? and spaces.
 * Same as /[\u201c"\u2018:\u2014(\n]|[.!?]\s*$/ on the gap, without a substring per token.
 */
function isClauseGap(text: string, from: number, to: number): boolean {
  let end = to;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c || c === 34 || c === 0x2018 || c === 58 || c === 0x2014 || c === 40 || c === 10) return true;
  }
  while (end > from && isJsSpace(text.charCodeAt(end - 1))) end--;
  if (end === from) return false;
  const last = text.charCodeAt(end - 1);
  return last === 46 || last === 33 || last === 63;
}

/** What \s matches in a JavaScript regex. */
function isJsSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** isUpper on a char code, without making a one-character string first (NaN, past the end, is not upper). */
function isUpperCode(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return c === c && isUpper(String.fromCharCode(c));
}

function isUpper(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return ch.toLowerCase() !== ch && ch.toUpperCase() === ch;
}

function hasLower(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128 ? c >= 97 && c <= 122 : s[i]!.toUpperCase() !== s[i] && s[i]!.toLowerCase() === s[i]) return true;
  }
  return false;
}

function hasInnerUpper(s: string): boolean {
  for (let i = 1; i < s.length; i++) if (isUpperCode(s.charCodeAt(i))) return true;
  return false;
}

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return !Number.isNaN(c) && classOf(c) === C.Letter;
}

/**
 * Word tokens with offsets, folded for comparison across outlets: lowercase,
 * diacritics stripped ("Türk" = "Turk"), dotted acronyms joined ("U.K." = "uk"),
 * apostrophes dropped ("don't" = "dont"); hyphens separate words. Resolution compares wordings from
 * different outlets and translations, so every module folds text the same way.
 */

export type Token = { start: number; end: number; norm: string };

const WORD_RE = /[\p{L}\p{N}]+(?:[.'\u2019\u2018][\p{L}\p{N}]+)*\.?/gu;
const COMBINING_RE = /[\u0300-\u036f]/g;

/** Lowercase, strip diacritics, drop inner dots and apostrophes. */
export function fold(word: string): string {
  const lower = word.toLowerCase();
  if (ASCII_WORD_RE.test(lower)) return lower;
  return lower.normalize("NFD").replace(COMBINING_RE, "").replace(/[.'\u2019\u2018]/g, "");
}

const ASCII_WORD_RE = /^[a-z0-9]*$/;
const ACRONYM_RE = /^(?:\p{L}\.)+$/u;
const POSSESSIVE_RE = /['\u2019]s$/i;

/** Tokens of text[from, to) with offsets into text. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  WORD_RE.lastIndex = Math.max(0, from);
  for (let m = WORD_RE.exec(text); m && m.index < to; m = WORD_RE.exec(text)) {
    let raw = m[0];
    if (m.index + raw.length > to) raw = raw.slice(0, to - m.index);
    // A trailing dot belongs to the word only for dotted acronyms ("U.S.").
    if (raw.endsWith(".") && !ACRONYM_RE.test(raw)) raw = raw.slice(0, -1);
    // Possessive "'s" does not change which word it is ("Rubio's" = "Rubio").
    const norm = fold(POSSESSIVE_RE.test(raw) ? raw.slice(0, -2) : raw);
    if (!norm) continue;
    out.push({ start: m.index, end: m.index + raw.length, norm });
  }
  return out;
}

/**
 * Function words and reporting filler that say nothing about which remark a
 * quote is. Negations are kept out of this list on purpose: "will" vs "will
 * not" is the difference between two remarks.
 */
const STOPWORDS = new Set(
  (
    "a an the and or but nor so if then than that this these those there here what which who whom whose " +
    "when where why how i me my we us our you your he him his she her it its they them their " +
    "is am are was were be been being do does did doing done have has had having will would shall should " +
    "can could may might must get gets got getting to of in on at by for from with about as into onto " +
    "over under up down out off again also just very really too only even still yet all any some each " +
    "every no such own same other another more most much many one ones s t mr mrs ms dr " +
    "think say said says saying tell told going go goes gone let lets make made"
  ).split(/\s+/),
);

/** Words so common in this genre that sharing them is weak evidence. */
const COMMON = new Set(
  "united states us american president government country countries people national state world year years time".split(
    " ",
  ),
);

export function isStopword(norm: string): boolean {
  return STOPWORDS.has(norm);
}

export function tokenWeight(stem: string): number {
  return COMMON.has(stem) ? 0.5 : 1;
}

/** Light suffix stripping: enough to equate "defends/defend", "determine/determines", "organizations/organization". */
export function stem(norm: string): string {
  if (norm.length <= 3 || /^\d/.test(norm)) return norm;
  let w = norm;
  if (norm.endsWith("dont") || norm.endsWith("nt")) {
    // contractions folded as one word: "dont", "cant", "doesnt" -> a negation
    if (/^(?:dont|doesnt|didnt|cant|cannot|wont|wouldnt|couldnt|shouldnt|isnt|arent|wasnt|werent|havent|hasnt|hadnt)$/.test(norm)) {
      return "not";
    }
  }
  for (const suffix of ["ations", "ation", "ments", "ment", "ingly", "ings", "ing", "edly", "ies", "ied", "ed", "ly", "es", "s"]) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) {
      w = w.slice(0, -suffix.length);
      if (suffix === "ies" || suffix === "ied") w += "y";
      break;
    }
  }
  if (w.length > 4 && w.endsWith("e")) w = w.slice(0, -1);
  // doubled final consonant left by "-ing"/"-ed" ("stopped" -> "stopp" -> "stop")
  if (w.length > 4 && /([b-df-hj-np-tv-z])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** Content stems of a text (stopwords dropped), in order. */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) {
    const s = stem(t.norm);
    if (!isStopword(t.norm) && !isStopword(s)) out.push(s);
  }
  return out;
}

const SENTENCE_TOKENS = new WeakMap<object, { text: string; tokens: (Token[] | undefined)[] }>();

/**
 * Tokens of one sentence, cached per segmentation: every claim definition
 * scans the same sentences, so an article is tokenized once, not once per claim.
 */
export function sentenceTokens(text: string, segmentation: object, sentence: { index: number; start: number; end: number }): Token[] {
  let entry = SENTENCE_TOKENS.get(segmentation);
  if (!entry || entry.text !== text) {
    entry = { text, tokens: [] };
    SENTENCE_TOKENS.set(segmentation, entry);
  }
  let tokens = entry.tokens[sentence.index];
  if (!tokens) {
    tokens = tokenize(text, sentence.start, sentence.end);
    entry.tokens[sentence.index] = tokens;
  }
  return tokens;
}

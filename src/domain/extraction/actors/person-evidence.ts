/** Context that shows a run of capitalised words names a person, and the role it gives them. */
import type { Ctx } from "./finder-context";
import { GIVEN_NAMES } from "./given-names";
import { LOWER_TITLE_HEADS, ROLE_NOUNS, TITLE_WORDS } from "./lexicon";
import { speaksAround } from "./speaks-around";

const APPOSITIVE = /^,\s+(?:who|whose)\b/;

const BEFORE_SPEECH = /(?:\b(?:said|says|according to|told|wrote|added)\s+|^By\s+|(?:Photo|Photograph|Credit|Courtesy)\s*[:/]\s*)$/;

const AFTER_CREDIT = /^(?:\/\p{Lu}|\s+at\s+\S+@|\s*\(\d{1,3}\))/u;

/** ", 58,", ", 34 years old,", ", aged 40 -": an age after the name. */
const AGE_AFTER = /^,\s+(?:aged\s+)?\d{1,3}(?:\s+years?\s+old)?(?=,|;|\.\s|\s+and\s|\s+[\u2013\u2014-]\s)/;

/** "Jane Roe of the Harbour Trust": a name followed by its affiliation (only a name without any head word gets here). */
const AFFILIATION_AFTER = /^ (?:of|at|from) the \p{Lu}/u;

const KIN_NOUNS = new Set(["mother", "father", "son", "daughter", "brother", "sister", "wife", "husband", "uncle", "aunt", "cousin", "nephew", "niece", "grandmother", "grandfather", "partner", "widow", "widower", "fiancé", "fiancée", "stepfather", "stepmother"]);

export function personEvidence(ctx: Ctx, s: number, e: number): boolean {
  const { tokens, text } = ctx;
  const first = tokens[s]!;
  if (GIVEN_NAMES.has(first.text)) return true;
  if (lowerTitleBefore(ctx, s) || kinBefore(ctx, s) || roleBeforeComma(ctx, s)) return true;
  if (e > s && roleNounBefore(ctx, s)) return true;
  for (let i = s; i < e; i++) if (tokens[i]!.kind === "initial") return true;
  const b = tokens[e]!;
  const after = text.slice(b.end, b.end + 80);
  if (APPOSITIVE.test(after) || AFTER_CREDIT.test(after) || AGE_AFTER.test(after) || AFFILIATION_AFTER.test(after)) return true;
  // "X, sister of one of the missing,": a kinship appositive.
  const kin = /^,\s+(?:the\s+|a\s+|an\s+)?(?:[a-z-]+\s+)?([a-z]+)\s+(?:of|to)\b/.exec(after);
  if (kin && KIN_NOUNS.has(kin[1]!)) return true;
  if (appositiveRole(ctx, e)) return true;
  const lineStart = text.lastIndexOf("\n", first.start) + 1;
  const before = text.slice(Math.max(lineStart, first.start - 30), first.start);
  if (BEFORE_SPEECH.test(before)) return true;
  return speaksAround(ctx, first.start, b.end);
}

/** "press secretary Kingsley Parnell", "prime minister, Jane Doe": a lowercase role just before the name. */
export function lowerTitleBefore(ctx: Ctx, s: number): boolean {
  const prev = ctx.tokens[s - 1];
  if (!prev || prev.cap || prev.kind !== "word" || !LOWER_TITLE_HEADS.has(prev.text)) return false;
  return ctx.tokens[s]!.joined || (ctx.tokens[s]!.start - prev.end === 2 && ctx.text.startsWith(", ", prev.end));
}

/**
 * "the criminologist Ana Lucía Restrepo", "human rights lawyer Carmen Huamán": a lowercase noun
 * for what someone does, right before a name of two or more words.
 */
function roleNounBefore(ctx: Ctx, s: number): boolean {
  const prev = ctx.tokens[s - 1];
  if (!prev || prev.cap || prev.kind !== "word" || !ctx.tokens[s]!.joined) return false;
  return ROLE_NOUNS.has(prev.text) || (prev.text.length >= 6 && /(?:ologist|ist|ian)$/.test(prev.text));
}

/** "her brother, Anton Quell", "his widow Ana Ruiz", "the mother of Ana Ruiz": a kinship noun right before the name. */
function kinBefore(ctx: Ctx, s: number): boolean {
  const prev = ctx.tokens[s - 1];
  if (prev?.text === "of" && ctx.tokens[s]!.joined && prev.joined) {
    const noun = ctx.tokens[s - 2];
    return Boolean(noun && !noun.cap && KIN_NOUNS.has(noun.text));
  }
  if (!prev || prev.cap || !KIN_NOUNS.has(prev.text)) return false;
  return ctx.tokens[s]!.joined || (ctx.tokens[s]!.start - prev.end === 2 && ctx.text.startsWith(", ", prev.end));
}

/**
 * "The Foreign Secretary, Jane Doe", "the professor of law at the University of X,
 * Jane Doe": a title or a role noun phrase, then a comma, then the name it introduces.
 */
function roleBeforeComma(ctx: Ctx, s: number): boolean {
  const { tokens, text } = ctx;
  const t = tokens[s]!;
  if (text.charCodeAt(t.start - 2) !== 44 || text.charCodeAt(t.start - 1) !== 32) return false;
  const prev = tokens[s - 1];
  if (!prev || prev.end !== t.start - 2 || prev.paragraph !== t.paragraph) return false;
  if (prev.cap && TITLE_WORDS.has(prev.text) && !prev.possessive) return true;
  // "The Minister for Foreign Affairs, X": a title opening the capitalised office before the comma.
  for (let k = s - 1, n = 0; k >= 0 && n < 7; k--, n++) {
    const w = tokens[k]!;
    if (w.paragraph !== t.paragraph || !(w.cap || /^(?:of|for|and|the)$/.test(w.text))) break;
    if (w.cap && TITLE_WORDS.has(w.text) && !w.possessive && tokens[k - 1]?.text.toLowerCase() === "the") return true;
  }
  const lineStart = text.lastIndexOf("\n", t.start - 1) + 1;
  const before = text.slice(Math.max(lineStart, t.start - 140), t.start - 2);
  const m = ROLE_PHRASE_BEFORE.exec(before);
  return Boolean(m && m[1] && ROLE_NOUNS.has(m[1]));
}

/** "…the (adjectives) <role noun> (of/at/for …)" running to the comma, within the sentence. */
const ROLE_PHRASE_BEFORE = /\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\p{L}-]+\s+){0,2}?([a-z]+)(?:\s+(?:of|at|for|in|on|with|from)\b[^,;:.!?"\u201c\u201d\u00ab\u00bb]*)?$/u;

/** ", a White House spokesperson," -> "White House spokesperson". */
export function appositiveRole(ctx: Ctx, e: number): string | null {
  const t = ctx.tokens[e]!;
  const m = /^,\s+(?:(?:a|an|the)\s+)?([^,.;:\u201c"()]{3,90})/.exec(ctx.text.slice(t.end, t.end + 100));
  if (!m || !m[1]) return null;
  let phrase = m[1].split(/\s+(?:who|which|that|and was|said|says|told)\s+/)[0]!.trim();
  const words = phrase.split(/\s+/);
  const head = words.findIndex((w) => ROLE_NOUNS.has(w.toLowerCase().replace(/[’']s$/, "")));
  // The head noun comes early; what follows it may run on ("officer now at a research centre in Tunis").
  if (head < 0 || head > 8) return null;
  if (!/^(?:a|an|the)\s/.test(ctx.text.slice(t.end + 2, t.end + 6)) && !/^(?:former|retired|then|current|acting)\b/.test(phrase) && head > 3) return null;
  phrase = phrase.replace(/\s+$/, "");
  return phrase || null;
}

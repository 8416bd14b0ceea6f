/** Short forms: defined or mixed-case initialisms, and time zones that look like acronyms. */
import type { Ctx } from "./finder-context";
import { NON_ORG_ACRONYMS, TIME_ZONES } from "./lexicon";
import type { Token } from "./tokenize";

/**
 * A mixed-case short form ("MoD", "FinCEN") in parentheses right after a name
 * defines an alias for the rest of the article; later uses are that name too.
 */
export function isDefinedShortForm(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i]!;
  if (t.kind !== "word" || t.allCaps || t.text.length > 8 || !hasInnerCapital(t.text) || !/^\p{Lu}\p{L}*\p{Lu}\p{L}*$/u.test(t.text)) return false;
  if (ctx.acronyms.has(t.text)) return true;
  const { text } = ctx;
  if (text.charCodeAt(t.start - 1) !== 40 || text.charCodeAt(t.end) !== 41) return false;
  const prev = ctx.out.find((c) => c.end < t.start && t.start - c.end <= 3);
  if (!prev || prev.type === "person" || prev.type === "body") return false;
  ctx.acronyms.add(t.text);
  return true;
}

/**
 * "MoD", "DoJ", "FinCEN": capitals at least as many as small letters, so surnames
 * with an inner capital ("McCain", "DeSantis") are not taken for initials.
 */
export function isMixedInitialism(t: Token): boolean {
  // Plural acronyms ("NGOs", "UAVs") are common nouns.
  if (t.kind !== "word" || t.allCaps || t.text.length > 8 || NON_ORG_ACRONYMS.has(t.text) || /^\p{Lu}+s$/u.test(t.text)) return false;
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < t.text.length; i++) {
    const c = t.text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    else return false;
  }
  return upper >= 2 && lower <= upper && isUpperAscii(t.text.charCodeAt(0));
}

function isUpperAscii(c: number): boolean {
  return c >= 65 && c <= 90;
}

function hasInnerCapital(w: string): boolean {
  for (let i = 1; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
    if (c >= 128 && w[i]!.toLowerCase() !== w[i]) return true;
  }
  return false;
}

/** "ET" after "10:42 a.m.", "GMT" after "1400": a time zone, not an organization. */
export function isTimeZone(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i]!;
  if (!TIME_ZONES.has(t.text)) return false;
  if (NON_ORG_ACRONYMS.has(t.text) || t.text === "ET" || t.text === "PT" || t.text === "CT") return true;
  return /(?:\d|\b[ap]\.?m\.?|noon|midnight)[\s,]*$/i.test(ctx.text.slice(Math.max(0, t.start - 12), t.start));
}

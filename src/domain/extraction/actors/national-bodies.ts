/** National bodies ("Navy", "Coast Guard") of countries other than the US, named through their country. */
import type { Candidate } from "./candidate";
import { isCommon } from "./common-words";
import { COUNTRIES, DEMONYMS } from "./countries";
import type { Ctx } from "./finder-context";
import { type Gazetteer, matchAt } from "./gazetteer";
import { COMMON_CAPITALISED, MONTHS_AND_DAYS, NATIONAL_BODIES, TITLE_WORDS } from "./lexicon";

/**
 * How a country's own bodies are named after it: by demonym ("Mexico" -> "Mexican Navy"),
 * except for countries named as a pair, whose demonym names only half of them
 * ("Antigua and Barbuda Coast Guard", not "Antiguan"). None for the United
 * States: its bodies are in the registry.
 */
export const DEMONYM_OF = new Map(
  COUNTRIES.filter((c) => c.name !== "United States" && (c.demonyms[0] || c.name.includes(" and "))).map((c) => [c.name, c.name.includes(" and ") ? c.name : c.demonyms[0]!]),
);

export const BODY_SET = new Set(NATIONAL_BODIES);

const LOWER_BODIES = NATIONAL_BODIES.map((b) => b.toLowerCase());

type BodyName = { generic: string; name: string; start?: number };

/** Adjectives that open an institution's own name ("National Security Council" is not the UN's "Security Council"). */
export const INSTITUTION_QUALIFIERS = new Set(["National", "Federal", "Royal", "Imperial", "Supreme", "Central", "Presidential", "Constitutional", "Inter-American", "Interamerican", "Permanent", "Joint", "Regional", "Provincial", "State"]);

/** "Navy of Ecuador", "Coast Guard of the Bahamas": a generic national body, "of", then a country. */
export function bodyOfCountry(ctx: Ctx, g: Gazetteer, i: number, last: number): { end: number; last: number; body: { generic: string; name: string } } | null {
  const { tokens, text } = ctx;
  const generic = text.slice(tokens[i]!.start, tokens[last]!.end);
  const of = tokens[last + 1];
  if (!BODY_SET.has(generic) || of?.text !== "of" || !of.joined) return null;
  let k = last + 2;
  if (tokens[k]?.text === "the" && tokens[k]!.joined) k++;
  if (!tokens[k]?.joined) return null;
  const country = matchAt(tokens, k, text, ctx.folded, g);
  const demonym = country?.target.actor?.kind === "country" ? DEMONYM_OF.get(country.target.actor.name) : undefined;
  // "Navy of Ecuador (Armada…)" fine; "Navy of Ecuador's…" or "Coast Guard of Trinidad Airport" are something else.
  if (!country || !demonym || tokens[country.last]!.possessive || (tokens[country.last + 1]?.joined && tokens[country.last + 1]!.cap)) return null;
  return { end: country.end, last: country.last, body: { generic, name: `${demonym} ${generic}` } };
}

/**
 * A known generic body ("Navy", "Coast Guard") after a capitalised modifier
 * ("Peruvian Navy", "Royal Navy") is left to the run analysis ("run"); after
 * another country's possessive ("Mexico's Navy") it is that country's body;
 * right after a country's name ("Barbados Coast Guard") the two are
 * one name, and the country is no mention of its own.
 */
export function nationalBodyOf(ctx: Ctx, i: number, end: number): "run" | BodyName | null {
  const generic = ctx.text.slice(ctx.tokens[i]!.start, end);
  if (!BODY_SET.has(generic)) return null;
  const prev = ctx.tokens[i - 1];
  if (!prev || !ctx.tokens[i]!.joined || !prev.cap) return null;
  if (!ctx.claimed[i - 1]) {
    if (prev.possessive) return null;
    return (DEMONYMS.has(prev.text) ? prev.text !== "American" : isBodyModifier(ctx, i - 1)) ? "run" : null;
  }
  const country = ctx.out[ctx.out.length - 1];
  if (!country || country.end !== prev.end || country.target?.actor?.kind !== "country") return null;
  if (prev.possessive) {
    const attributive = DEMONYM_OF.get(country.target.actor.name);
    return attributive ? { generic, name: `${attributive} ${generic}` } : null;
  }
  ctx.out.pop();
  // "the Royal Netherlands Navy": a qualifier before the country opens the body's name.
  let from = i - 1;
  while (from > 0 && ctx.claimed[from - 1] === 0 && ctx.tokens[from]!.joined && ctx.tokens[from - 1]!.cap && !ctx.tokens[from - 1]!.possessive && INSTITUTION_QUALIFIERS.has(ctx.tokens[from - 1]!.text)) from--;
  while (ctx.tokens[from]!.start > country.start) from--;
  for (let k = from; k < i; k++) ctx.claimed[k] = 1;
  const start = ctx.tokens[from]!.start;
  return { generic, name: ctx.text.slice(start, end), start };
}

/** "Royal" in "Royal Navy": a capitalised word that can qualify an institution (not "The", a month, a title). */
function isBodyModifier(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens[k]!;
  return t.kind === "word" && !t.allCaps && !COMMON_CAPITALISED.has(t.text) && !MONTHS_AND_DAYS.has(t.text) && !TITLE_WORDS.has(t.text) && !isCommon(ctx, t);
}

/**
 * "Mexico's navy", "the Ecuadorian navy", "Colombia's foreign ministry": a country's possessive or
 * demonym before a national body written in lower case names that body, as the capitalised
 * forms do ("Mexican Navy"). Returns the body and the index of its last token.
 */
export function lowerCaseBody(ctx: Ctx, country: string, last: number): { generic: string; name: string; end: number; last: number } | null {
  const demonym = DEMONYM_OF.get(country);
  const next = ctx.tokens[last + 1];
  if (!demonym || !next || next.cap || !next.joined) return null;
  const after = ctx.text.slice(next.start, next.start + 20).toLowerCase();
  for (let k = 0; k < LOWER_BODIES.length; k++) {
    const b = LOWER_BODIES[k]!;
    if (after.startsWith(b) && !/[\p{L}]/u.test(after.charAt(b.length))) {
      const generic = NATIONAL_BODIES[k]!;
      const end = next.start + b.length;
      let lastToken = last + 1;
      while (ctx.tokens[lastToken + 1] && ctx.tokens[lastToken + 1]!.end <= end) lastToken++;
      return { generic, name: `${demonym} ${generic}`, end, last: lastToken };
    }
  }
  return null;
}

/** The country candidate that ends right before token s in the same run ("Barbados" + "Coast Guard"), taken out of the output. */
export function countryBefore(ctx: Ctx, s: number): Candidate | null {
  const prev = ctx.tokens[s - 1];
  if (!prev || !ctx.claimed[s - 1] || prev.possessive || !ctx.tokens[s]!.joined) return null;
  for (let k = ctx.out.length - 1; k >= 0; k--) {
    const c = ctx.out[k]!;
    if (c.end === prev.end && c.type === "known" && c.target?.actor?.kind === "country") {
      ctx.out.splice(k, 1);
      return c;
    }
    if (c.end < prev.end && c.type === "known") break;
  }
  return null;
}

/** The country whose possessive ends right before token s ("Mexico's" + "National Guard"), left in the output. */
export function possessiveCountryBefore(ctx: Ctx, s: number): Candidate | null {
  const prev = ctx.tokens[s - 1];
  if (!prev || !ctx.claimed[s - 1] || !prev.possessive || !ctx.tokens[s]!.joined) return null;
  for (let k = ctx.out.length - 1; k >= 0; k--) {
    const c = ctx.out[k]!;
    if (c.end === prev.end) return c.type === "known" && c.target?.actor?.kind === "country" ? c : null;
    if (c.end < prev.end && c.type === "known") break;
  }
  return null;
}

/** A national body ending the name ("Royal Navy", "Peruvian National Police", "Barbados Coast Guard"), or none. */
export function bodyOf(ctx: Ctx, s: number, e: number, start: number): { generic: string; name: string } | undefined {
  const { text, tokens } = ctx;
  const end = tokens[e]!.end;
  const name = text.slice(start, end);
  if (start < tokens[s]!.start) return BODY_SET.has(text.slice(tokens[s]!.start, end)) ? { generic: text.slice(tokens[s]!.start, end), name } : undefined;
  // The qualifier must say whose body it is: a demonym or a name ("Royal"), not "National" in "National Police".
  let qualified = false;
  for (let k = s + 1; k <= e; k++) {
    const q = tokens[k - 1]!;
    qualified ||= DEMONYMS.has(q.text) || ctx.roles[k - 1] === "N";
    const generic = text.slice(tokens[k]!.start, end);
    if (qualified && BODY_SET.has(generic)) return { generic, name };
  }
  return undefined;
}

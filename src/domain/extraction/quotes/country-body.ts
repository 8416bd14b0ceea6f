import { COUNTRIES, type CountryEntry } from "../actors/countries";
import type { ExtractedActor } from "../types";
import { INSTITUTION_HEADS } from "./lexicon";

/** Heads that stand for the state itself: "Peru's government said" is Peru speaking. */
const GOVERNMENT_HEADS = /^(?:government|administration|authorities|regime|leadership)$/;

/** Modifiers that describe a body without being part of its name ("Chile's new foreign ministry"). */
const NOT_IN_NAME: ReadonlySet<string> = new Set(["top", "new", "former", "powerful", "own", "main", "current", "then", "outgoing", "incoming"]);

/** "<Country>'s <lower-case words>" ("the United States' coast guard"), optionally after "the". */
const POSSESSIVE_BODY = /^(?:[Tt]he\s+)?(\p{Lu}[\p{L}.\s-]*?)(?:[\u2019']s|(?<=s)[\u2019'])\s+((?:\p{Ll}[\p{L}\u2019'-]*\s+){0,3}\p{Ll}[\p{L}\u2019'-]*)$/u;

const byName = new Map<string, CountryEntry>();
for (const c of COUNTRIES) for (const n of [c.name, ...c.aliases]) byName.set(n.toLowerCase(), c);

/**
 * A body named by its country in the possessive, when no actor of that name is known:
 * "Chile's foreign ministry" -> "Chilean Foreign Ministry", the name the country's own press
 * and most outlets give it. "Peru's government" is Peru (the country actor, when named).
 * Returns null when the possessor is not a country or the head is not an institution.
 */
export function countryBody(phrase: string, actors: readonly ExtractedActor[]): { name: string; key: string | null } | null {
  const m = POSSESSIVE_BODY.exec(phrase.trim());
  if (!m) return null;
  const country = byName.get(m[1]!.trim().toLowerCase());
  if (!country) return null;
  const words = m[2]!.split(/\s+/);
  const head = words[words.length - 1]!;
  if (GOVERNMENT_HEADS.test(head)) {
    const actor = actors.find((a) => a.kind === "country" && a.name === country.name);
    return { name: country.name, key: actor?.key ?? null };
  }
  if (!INSTITUTION_HEADS.test(head)) return null;
  const modifier = country.name === "United States" ? "US" : country.demonyms[0];
  if (!modifier) return null;
  const named = words.filter((w) => !NOT_IN_NAME.has(w)).map((w) => w[0]!.toUpperCase() + w.slice(1));
  return { name: `${modifier} ${named.join(" ")}`, key: null };
}

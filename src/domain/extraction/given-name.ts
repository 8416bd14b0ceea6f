import { createRequire } from "node:module";
import type { Gender } from "./quotes/gender";

/**
 * A person's gender read from their given name, for pronoun agreement when the text states
 * none. The lists come from gender-detection-from-name (docs/extraction.md says why): one per
 * language, and a name is read only when every list that knows it agrees ("Andrea" is female in
 * English and male in Italian, "Jean" male in French and female in English: neither is read).
 */
// The package's French list is left out: it calls Aaron, Adam, Alain, Albert and Bertrand female
// (it disagrees with the English list on 8.5% of shared names; the others on 2-5%).
const LANGUAGES = ["en", "es", "it", "de"] as const;

type NameMap = ReadonlyMap<string, "male" | "female">;
let maps: NameMap[] | null = null;

function nameMaps(): NameMap[] {
  if (!maps) {
    // The package ships one CommonJS module per language and no exports map: load them directly.
    const require = createRequire(import.meta.url);
    maps = LANGUAGES.map((l) => require(`gender-detection-from-name/names/${l}.js`) as NameMap);
  }
  return maps;
}

const cache = new Map<string, Gender | null>();

function foldName(word: string): string {
  return word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** The gender every list agrees on for one given name, or null. */
export function givenNameGender(given: string): Gender | null {
  const key = foldName(given);
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  let found: Gender | null = null;
  for (const map of nameMaps()) {
    const g = map.get(key);
    if (!g) continue;
    const mine: Gender = g === "female" ? "f" : "m";
    if (found && found !== mine) {
      found = null;
      break;
    }
    found = mine;
  }
  cache.set(key, found);
  return found;
}

/**
 * The gender of a full name's first word, when the name has a family name after it ("Ana Lucía
 * Restrepo" -> f). A single word is as often a surname as a given name, and initials say nothing.
 */
export function fullNameGender(name: string): Gender | null {
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length < 2) return null;
  const first = words[0]!;
  if (!/^\p{Lu}\p{Ll}+$/u.test(first)) return null;
  return givenNameGender(first);
}

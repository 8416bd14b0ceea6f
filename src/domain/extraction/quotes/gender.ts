import type { ExtractedActor } from "../types";

export type Gender = "f" | "m";

/** Words that state a person's gender when they stand as the title or the appositive of a name. */
const FEMALE = new Set([
  "ms", "ms.", "mrs", "mrs.", "miss", "madam", "madame", "dame", "lady", "queen", "princess", "duchess",
  "spokeswoman", "congresswoman", "chairwoman", "councilwoman", "alderwoman", "assemblywoman", "ombudswoman",
  "businesswoman", "policewoman", "fisherwoman", "mother", "daughter", "wife", "widow", "sister", "grandmother",
  "aunt", "niece", "woman", "girl", "actress", "stepmother", "granddaughter",
]);
const MALE = new Set([
  "mr", "mr.", "sir", "lord", "king", "prince", "duke", "spokesman", "congressman", "councilman", "alderman",
  "assemblyman", "ombudsman", "businessman", "policeman", "fisherman", "father", "son", "husband", "widower",
  "brother", "grandfather", "uncle", "nephew", "man", "boy", "stepfather", "grandson",
]);

const TITLE_BEFORE = /([\p{L}.]+)\s+(?:[\p{Lu}][\p{L}.'-]*\s+){0,2}$/u;
const NOUN_BEFORE_APPOSITIVE = /\b([\p{L}]+),\s*$/u;
// The noun must close the appositive: in "added Petro, his wife Veronica Alcocer and …" the wife is someone else.
const APPOSITIVE_AFTER = /^,\s+(?:a|an|the|his|her|their|its|[\p{Lu}][\p{L}.'-]*[\u2019']s)\s+(?:[\p{L}-]+\s+){0,3}?([\p{L}]+)(?=\s*(?:[,;.)]|$|\s+(?:said|says|told|who|of|and\s+(?:a|an|the)\b)))/u;

function wordGender(word: string | undefined): Gender | null {
  if (!word) return null;
  const w = word.toLowerCase();
  return FEMALE.has(w) ? "f" : MALE.has(w) ? "m" : null;
}

/**
 * The gender the text states for a person, from any of their mentions: an honorific or gendered
 * title before the name ("Ms.", "Spokeswoman", "Sir"), or a gendered noun in an appositive
 * ("His widow, X", "X, the boy's father"). Null when nothing says, or the evidence disagrees.
 * Given names are read separately (given-name.ts), only as a fallback to what the text states.
 */
export function statedGender(text: string, actor: ExtractedActor): Gender | null {
  let found: Gender | null = null;
  for (const m of actor.mentions) {
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    const after = text.slice(m.end, Math.min(text.length, m.end + 60));
    for (const g of [wordGender(TITLE_BEFORE.exec(before)?.[1]), wordGender(NOUN_BEFORE_APPOSITIVE.exec(before)?.[1]), wordGender(APPOSITIVE_AFTER.exec(after)?.[1])]) {
      if (!g) continue;
      if (found && found !== g) return null;
      found = g;
    }
  }
  return found;
}

import type { ExtractedActor } from "../types";
import { TITLE_WORDS } from "./lexicon";

/**
 * The person a short form of a name stands for. Spanish and Portuguese names are often shortened to
 * the two surnames ("Castillo Peña" after "Senator Ramón Castillo Peña"), and a title may stay glued to
 * a speaker ("Co-President X"): a speaker of two words or more that ends exactly one longer person's name
 * is that person. A bare surname is left to mention linking (it is too often shared in one article).
 */
export function fullerName(speaker: string, actors: readonly ExtractedActor[]): ExtractedActor | null {
  const words = withoutTitles(speaker.split(/\s+/));
  if (words.length < 2) return null;
  const bare = words.join(" ");
  const longer = new Map<string, ExtractedActor>();
  let exact: ExtractedActor | null = null;
  for (const a of actors) {
    if (a.kind !== "person") continue;
    if (a.name === bare) exact = a;
    else if (a.name.endsWith(" " + bare)) longer.set(a.name, a);
  }
  if (longer.size === 1) return [...longer.values()][0]!;
  return exact && exact.name !== speaker ? exact : null;
}

/** "Co-President Rosario Murillo" -> ["Rosario", "Murillo"]. */
function withoutTitles(words: string[]): string[] {
  let i = 0;
  while (i < words.length - 1 && words[i]!.toLowerCase().split("-").every((w) => w === "co" || TITLE_WORDS.has(w))) i++;
  return words.slice(i);
}

/** An actor as resolution assembles it from its mentions, and the name forms every step compares. */
import type { KnownActor } from "../actor-registry";
import type { ActorKind, ExtractedMention } from "../types";
import { foldSameLength } from "./tokenize";

export type Cluster = {
  known: KnownActor | null;
  kind: ActorKind;
  /** Name tokens of every full personal name seen (folded, lowercase). */
  fullNames: string[][];
  surnames: Set<string>;
  displayNames: string[];
  role: string | null;
  mentions: ExtractedMention[];
  first: number;
};

export const lowerFold = (s: string) => foldSameLength(s).toLowerCase();
export const nameTokensOf = (name: string) =>
  lowerFold(name)
    .replace(/\./g, " ")
    .split(/\s+/)
    .filter((w) => w && !/^(?:jr|sr|ii|iii|iv)$/.test(w));

export const nameOf = (c: Cluster) => c.known?.name ?? c.displayNames[0] ?? "";

/** The fullest form: most words, then diacritics kept ("Jean-Noël" over "Jean-Noel"). */
export function fullestName(names: readonly string[]): string {
  let best = names[0] ?? "";
  const score = (n: string) => n.split(/\s+/).length * 100 + (n.match(/[^\x00-\x7f]/g)?.length ?? 0) * 10 - (n.includes("’") ? 1 : 0);
  for (const n of names) if (score(n) > score(best)) best = n;
  return best;
}

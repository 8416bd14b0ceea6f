import type { CanonicalNames } from "./gold-schema";

/**
 * Actor-name comparison for scoring. Case, diacritics, punctuation and a
 * leading "the" never decide whether an extractor named the right actor;
 * aliases listed in tests/gold/canonical-names.json also count.
 */
export function normalizeName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’']s$/u, "")
    .replace(/[^\p{L}\p{N}@]+/gu, " ")
    .trim()
    .replace(/^the /, "");
}

export type NameMatcher = (predicted: string | null | undefined, gold: string | null) => boolean;

export function createNameMatcher(canonical: CanonicalNames = {}): NameMatcher {
  const aliases = new Map<string, Set<string>>();
  for (const [name, list] of Object.entries(canonical)) {
    const key = normalizeName(name);
    const set = aliases.get(key) ?? new Set<string>();
    for (const a of list) set.add(normalizeName(a));
    aliases.set(key, set);
  }
  return (predicted, gold) => {
    if (gold === null) return predicted === null || predicted === undefined || predicted.trim() === "";
    if (!predicted) return false;
    const p = normalizeName(predicted);
    const g = normalizeName(gold);
    return p === g || (aliases.get(g)?.has(p) ?? false) || (aliases.get(p)?.has(g) ?? false);
  };
}

import type { Candidate } from "./candidate";

/**
 * "Peru's Ministry of Foreign Affairs", "Mexico's Navy": a
 * country's possessive right before one of its institutions says whose it is,
 * and is part of that institution's mention, not a country mention of its own
 * (as "U.S. Southern Command" is one name). The institution is then named as the
 * country names its own ("Guatemalan Ministry of Foreign Affairs"), so a later
 * bare "Ministry of Foreign Affairs" can mean it.
 */
const POSSESSIVE_GAP = /^['\u2019]s\s$/;

export function absorbPossessiveOwners(text: string, out: Candidate[], demonymOf: ReadonlyMap<string, string>): Candidate[] {
  const drop = new Set<Candidate>();
  for (let k = 0; k + 1 < out.length; k++) {
    const owner = out[k]!;
    const country = owner.type === "known" ? owner.target?.actor : undefined;
    if (!country || country.kind !== "country") continue;
    const next = out[k + 1]!;
    if (!POSSESSIVE_GAP.test(text.slice(owner.end, next.start))) continue;
    // A lowercase body ("Mexico's navy") stays a silent antecedent: the sets label it both ways.
    const institution = next.type === "organization" || (next.type === "known" && next.target?.actor?.kind === "organization");
    if (!institution) continue;
    const demonym = demonymOf.get(country.name);
    // A known institution keeps its own name; an unknown one is named after its country.
    const generic = next.body?.generic ?? text.slice(next.start, next.end);
    const qualified = next.body?.name ?? (demonym && next.type !== "known" && !next.fullName ? `${demonym} ${generic.charAt(0).toUpperCase()}${generic.slice(1)}` : undefined);
    next.start = owner.start;
    next.text = text.slice(next.start, next.end);
    if (qualified && next.type === "organization") {
      next.fullName ??= qualified;
      next.body ??= { generic, name: qualified };
    }
    drop.add(owner);
  }
  return drop.size ? out.filter((c) => !drop.has(c)) : out;
}

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
  let personWords: Set<string> | null = null;
  for (let k = 0; k + 1 < out.length; k++) {
    const owner = out[k]!;
    const country = owner.type === "known" ? owner.target?.actor : undefined;
    if (!country || country.kind !== "country") continue;
    const next = out[k + 1]!;
    if (!POSSESSIVE_GAP.test(text.slice(owner.end, next.start))) continue;
    // "Spain's Iberia", "Portugal's TAP": a name the article gives no person is the country's company or body.
    if ((next.type === "lone" || next.type === "acronym") && /^\p{Lu}/u.test(next.text)) {
      personWords ??= wordsOfPeople(out);
      if (personWords.has(next.text)) continue;
      next.fullName ??= next.text;
      next.type = "organization";
      next.start = owner.start;
      next.text = text.slice(next.start, next.end);
      drop.add(owner);
      continue;
    }
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

/** Every word of the people the article names: "Peru's Boluarte" is the president named elsewhere. */
function wordsOfPeople(out: readonly Candidate[]): Set<string> {
  const words = new Set<string>();
  for (const c of out) {
    if (c.type === "person" || (c.type === "known" && c.target?.actor?.kind === "person")) for (const w of c.text.split(/\s+/)) words.add(w);
    if (c.type === "known" && c.target?.actor?.kind === "person") for (const w of c.target.actor.name.split(/\s+/)) words.add(w);
  }
  return words;
}

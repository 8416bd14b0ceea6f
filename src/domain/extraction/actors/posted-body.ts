import type { Candidate } from "./candidate";

/**
 * "US Embassy in Lima", "the Embassy of Guatemala in Washington", "Armed Forces
 * in the Antilles": a mission or a command posted
 * somewhere is named by its place, and the place is part of that one name (the
 * embassy in Lima is not the one in London). A lowercase "the US embassy in
 * London" is left as the country: the dev sets label it both ways.
 */
const POSTED_HEAD = /(?:^|\s)(?:Embassy|Consulate|Consulate General|High Commission|Mission|Armed Forces)(?: of (?:the )?\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)*)?$/u;
const IN_PLACE = /^ in (?:the )?\p{Lu}[\p{L}'\u2019-]*(?: (?:of |de )?\p{Lu}[\p{L}'\u2019-]*){0,3}/u;

export function attachPostedPlaces(text: string, out: Candidate[]): Candidate[] {
  const drop = new Set<Candidate>();
  for (let k = 0; k < out.length; k++) {
    const c = out[k]!;
    if (drop.has(c)) continue;
    const kind = c.type === "known" ? c.target?.actor?.kind : c.type;
    if (kind !== "organization" || !POSTED_HEAD.test(c.text)) continue;
    const place = IN_PLACE.exec(text.slice(c.end, c.end + 60));
    if (!place) continue;
    const end = c.end + place[0].length;
    const written = text.slice(c.start, end);
    out[k] = { start: c.start, end, text: written, type: "organization", fullName: written, paragraph: c.paragraph, ...(c.speaks ? { speaks: c.speaks } : {}) };
    for (let j = k + 1; j < out.length && out[j]!.start < end; j++) drop.add(out[j]!);
  }
  return drop.size ? out.filter((c) => !drop.has(c)) : out;
}

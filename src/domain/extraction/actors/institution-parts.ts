/** Institutions named by part of their name: "Armed Services", "the House", "State". */
import { fullestName, nameOf, type Cluster } from "./cluster";

/**
 * "Armed Services" beside "Senate Armed Services Committee": an institution named
 * by a run of words from inside the one longer name of the article that holds them
 * is that institution. Two candidates holding them leave it alone.
 */
export function absorbPartialNames(clusters: Cluster[]): void {
  for (const part of clusters) {
    if (part.known || part.kind === "person" || part.kind === "country" || part.displayNames.length === 0 || !part.mentions.length) continue;
    const into = holderOf(fullestName(part.displayNames), clusters, part);
    if (!into) continue;
    for (const m of part.mentions) into.mentions.push({ ...m, method: "alias", confidence: Math.min(m.confidence, 0.7) });
    part.mentions = [];
  }
}

/** The one institution of the article whose longer name holds these words whole (two words at least), or null. */
export function holderOf(words: string, clusters: readonly Cluster[], except?: Cluster): Cluster | null {
  if (!words.includes(" ")) return null;
  const inside = (n: string) => {
    const k = n.indexOf(words);
    return n.length > words.length && k >= 0 && (k === 0 || n[k - 1] === " ") && (k + words.length === n.length || n[k + words.length] === " ");
  };
  let found: Cluster | null = null;
  for (const o of clusters) {
    if (o === except || o.kind === "person" || o.kind === "country" || !o.mentions.length) continue;
    if (![nameOf(o), ...o.displayNames].some(inside)) continue;
    if (found) return null;
    found = o;
  }
  return found;
}

/**
 * "the House": the one "House of …" the article names ("House of Representatives",
 * "House of Commons"); else, beside a Senate, the lower chamber of the same
 * legislature ("US Senate" -> "US House of Representatives").
 */
export function chamberFor(clusters: readonly Cluster[], make: (name: string) => Cluster): Cluster | null {
  const named = clusters.filter((c) => c.kind === "organization" && c.mentions.length > 0 && /^(?:.+ )?House of \p{Lu}/u.test(nameOf(c)));
  if (named.length === 1) return named[0]!;
  if (named.length > 1) return null;
  const senate = clusters.find((c) => c.kind === "organization" && c.mentions.length > 0 && /(?:^|\s)Senate$/.test(nameOf(c)));
  if (!senate) return null;
  const prefix = nameOf(senate).slice(0, -"Senate".length).trim();
  const c = make(prefix ? `${prefix} House of Representatives` : "House of Representatives");
  if (!c.known && !c.displayNames.length) c.displayNames.push(prefix ? `${prefix} House of Representatives` : "House of Representatives");
  return c;
}

/** "State" for "State Department" / "Department of State" (a leading country code aside). */
export function isDepartmentOf(word: string, c: Cluster): boolean {
  const names = c.known ? [c.known.name, ...c.displayNames] : c.displayNames;
  return names.some((n) => {
    const bare = n.replace(/^(?:US|U\.S\.|UK|U\.K\.)\s+/, "");
    return bare === `${word} Department` || bare === `${word} Ministry` || bare === `Department of ${word}` || bare === `Department of the ${word}` || bare === `Ministry of ${word}`;
  });
}

/** The persons the registry knows, and which person, of the article or the registry, a full name is. */
import type { KnownActor } from "../actor-registry";
import type { ExtractedMention } from "../types";
import { nameTokensOf, type Cluster } from "./cluster";
import { surnamesMatch } from "./fuzzy-name";
import type { Gazetteer } from "./gazetteer";

export type PersonIndex = { registrySurnames: Map<string, KnownActor[]>; personForms: Map<KnownActor, string[][]> };
const personIndexCache = new WeakMap<Gazetteer, PersonIndex>();

/** Registry persons' full-name forms and surnames, computed once per registry. */
export function personIndex(g: Gazetteer): PersonIndex {
  let idx = personIndexCache.get(g);
  if (idx) return idx;
  idx = { registrySurnames: new Map(), personForms: new Map() };
  for (const p of g.persons) {
    const forms: string[][] = [];
    for (const form of [p.name, ...p.aliases]) {
      if (form.startsWith("@")) continue;
      const toks = nameTokensOf(form);
      if (toks.length < 1) continue;
      if (toks.length >= 2) forms.push(toks);
      const s = toks[toks.length - 1]!;
      const list = idx.registrySurnames.get(s) ?? [];
      if (!list.includes(p)) list.push(p);
      idx.registrySurnames.set(s, list);
    }
    idx.personForms.set(p, forms);
  }
  personIndexCache.set(g, idx);
  return idx;
}

export function findPerson(
  toks: string[],
  clusters: readonly Cluster[],
  personForms: ReadonlyMap<KnownActor, string[][]>,
): { known: KnownActor | null; name: string; method: ExtractedMention["method"]; confidence: number } | null {
  const surname = toks[toks.length - 1]!;
  for (const c of clusters) {
    if (c.kind !== "person") continue;
    if (c.fullNames.some((f) => sameTokens(f, toks))) return { known: c.known, name: c.displayNames[0] ?? "", method: "exact", confidence: 0.95 };
  }
  for (const c of clusters) {
    if (c.kind !== "person") continue;
    if (c.fullNames.some((f) => f[f.length - 1] === surname && compatibleNames(f, toks))) return { known: c.known, name: c.displayNames[0] ?? "", method: "alias", confidence: 0.9 };
  }
  for (const [k, forms] of personForms) {
    if (forms.some((f) => f[f.length - 1] === surname && compatibleNames(f, toks))) return { known: k, name: k.name, method: "alias", confidence: 0.9 };
  }
  // Misspelt surname with the same given name ("Jean-Noël Barrault").
  for (const c of clusters) {
    if (c.kind !== "person") continue;
    if (c.fullNames.some((f) => f[0] === toks[0] && middlesAgree(f, toks) && surnamesMatch(f[f.length - 1]!, surname))) return { known: c.known, name: c.displayNames[0] ?? "", method: "fuzzy", confidence: 0.75 };
  }
  for (const [k, forms] of personForms) {
    if (forms.some((f) => f[0] === toks[0] && middlesAgree(f, toks) && surnamesMatch(f[f.length - 1]!, surname))) return { known: k, name: k.name, method: "fuzzy", confidence: 0.75 };
  }
  return null;
}

/** f.join(" ") === toks.join(" ") without building two strings per comparison. */
function sameTokens(f: readonly string[], toks: readonly string[]): boolean {
  if (f.length === toks.length) {
    let i = 0;
    while (i < f.length && f[i] === toks[i]) i++;
    if (i === f.length) return true;
  }
  // Without spaces inside tokens (the usual case), the joined strings differ exactly when the arrays do.
  if (!f.some((w) => w.includes(" ")) && !toks.some((w) => w.includes(" "))) return false;
  return f.join(" ") === toks.join(" ");
}

/** Same person when given names agree (or one is an initial) and middle names do not conflict. */
function compatibleNames(a: string[], b: string[]): boolean {
  if (a.length < 2 || b.length < 2) return false;
  const ga = a[0]!;
  const gb = b[0]!;
  if (!(ga === gb || (ga.length === 1 && gb.startsWith(ga)) || (gb.length === 1 && ga.startsWith(gb)))) return false;
  return middlesAgree(a, b);
}

/** "George H.W. Bush" and "George W Bush" are two people: differing middle names never merge. */
function middlesAgree(a: string[], b: string[]): boolean {
  const ma = a.slice(1, -1).join("");
  const mb = b.slice(1, -1).join("");
  return !ma || !mb || ma === mb;
}

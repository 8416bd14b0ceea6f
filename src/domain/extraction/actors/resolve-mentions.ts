import { slugify, type KnownActor } from "../actor-registry";
import type { ActorKind, ExtractedActor, ExtractedMention } from "../types";
import { surnamesMatch, editDistance } from "./fuzzy-name";
import type { Gazetteer } from "./gazetteer";
import type { Candidate } from "./candidate";
import { GIVEN_NAMES } from "./given-names";
import { NAME_PARTICLES, NATIONAL_BODIES } from "./lexicon";
import { foldSameLength } from "./tokenize";
import { fullestName, lowerFold, nameOf, nameTokensOf, type Cluster } from "./cluster";
import { absorbPartialNames, chamberFor, holderOf, isDepartmentOf } from "./institution-parts";
import { isInitialism, registryInitialism } from "./initialisms";
import { nearest, sharedSurname } from "./namesakes";
import { findPerson, personIndex } from "./registry-persons";

const GENERATION_SUFFIX = /\s(?:Jr\.?|Sr\.?|II|III|IV)$/;
const givenNames = new Set([...GIVEN_NAMES].map((n) => foldSameLength(n).toLowerCase()));

/**
 * Group candidate names into actors. Full names and known forms first; then
 * single words (surnames, garbles, handles) are tied to the person most
 * recently named, or to a registry person, or dropped.
 */
export function resolveMentions(candidates: readonly Candidate[], g: Gazetteer, outlet?: string, text = ""): ExtractedActor[] {
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const { registrySurnames, personForms } = personIndex(g);

  const clusterFor = (known: KnownActor | null, kind: ActorKind, name: string, pos: number): Cluster => {
    const key = known ? known.key : slugify(name);
    let c = byKey.get(key);
    if (!c) {
      c = { known, kind: known?.kind ?? kind, fullNames: [], surnames: new Set(), displayNames: [], role: known?.role ?? null, mentions: [], first: pos };
      if (known?.kind === "person") {
        for (const toks of personForms.get(known) ?? []) {
          c.fullNames.push(toks);
          c.surnames.add(toks[toks.length - 1]!);
        }
      }
      byKey.set(key, c);
      clusters.push(c);
    }
    return c;
  };
  // Where each person last spoke ("X said", "said X"): a shared surname that speaks goes to the one speaking.
  const lastSpoke = new Map<Cluster, number>();
  // The cluster each candidate went to, by start, and names defined in brackets, by text: "(DNCD)" and every later "DNCD".
  const clusterAt = new Map<number, Cluster>();
  const bracketed = new Map<string, Cluster>();
  const aliasTarget = (cand: Candidate): Cluster | undefined => {
    const c = cand.aliasOf !== undefined ? clusterAt.get(cand.aliasOf) : bracketed.get(cand.text);
    if (c && cand.aliasOf !== undefined) bracketed.set(cand.text, c);
    return c;
  };
  const mention = (c: Cluster, cand: Candidate, method: ExtractedMention["method"], confidence: number) => {
    clusterAt.set(cand.start, c);
    const key = c.known ? c.known.key : slugify(c.displayNames[0] ?? cand.text);
    c.mentions.push({ start: cand.start, end: cand.end, text: cand.text, actorKey: key, method, confidence });
    if (cand.speaks) lastSpoke.set(c, Math.max(lastSpoke.get(c) ?? -1, cand.paragraph));
    if (!c.role && cand.role) c.role = cand.role;
  };
  const addPersonName = (c: Cluster, cand: Candidate, toks: string[]) => {
    if (toks.length >= 2) {
      c.fullNames.push(toks);
      c.surnames.add(toks[toks.length - 1]!);
      // Hispanic double surnames: "Rodrigo Salcedo Villamil" is "Salcedo" on second reference.
      const paternal = toks[toks.length - 2]!;
      if (toks.length >= 3 && paternal.length > 1 && !givenNames.has(paternal) && !NAME_PARTICLES.has(paternal)) c.surnames.add(paternal);
      // "Lucía Arce de Montalbán" is "Arce" on second reference: the surname before a particle.
      for (let k = 1; k < toks.length - 1; k++) if (NAME_PARTICLES.has(toks[k + 1]!) && !NAME_PARTICLES.has(toks[k]!) && !givenNames.has(toks[k]!)) c.surnames.add(toks[k]!);
    }
    if (cand.nickname && toks.length >= 2) c.fullNames.push([cand.nickname, toks[toks.length - 1]!]);
    c.displayNames.push(cand.fullName ?? cand.text);
  };

  // The latest national body named with its country ("Colombian Navy"), by generic name ("Navy").
  const lastBody = new Map<string, Cluster>();
  const bodyCluster = (body: { generic: string; name: string }, pos: number): Cluster => {
    const c = clusterFor(null, "organization", body.name, pos);
    if (!c.displayNames.length) c.displayNames.push(body.name);
    lastBody.set(body.generic, c);
    return c;
  };

  // The national bodies the article names with their country, by generic name, when only one country's is named.
  const qualified = new Map<string, { generic: string; name: string } | null>();
  for (const cand of candidates) {
    const body = cand.body;
    const usBody = cand.type === "known" && cand.text.includes(" ") ? NATIONAL_BODIES.find((g) => cand.text.endsWith(" " + g)) : undefined;
    if (usBody) qualified.set(usBody, null);
    else if (body && (cand.type === "organization" || cand.type === "body")) {
      const seen = qualified.get(body.generic);
      qualified.set(body.generic, seen === undefined || seen?.name === body.name ? body : null);
    }
  }
  const aheadBody = (generic: string): Cluster | undefined => {
    const body = qualified.get(generic);
    return body ? bodyCluster(body, 0) : undefined;
  };

  // Organizations named in full from context, by the slug of the words as written.
  const completed = new Map<string, Cluster>();
  const singles: Candidate[] = [];
  // Initialisms and short forms wait for every full name: a headline's "MoF" comes before "Ministry of Fisheries".
  const shortForms: Candidate[] = [];
  for (const cand of candidates) {
    switch (cand.type) {
      case "body":
        if (cand.body) bodyCluster(cand.body, cand.start);
        break;
      case "known": {
        const t = cand.target!;
        const actor = t.actor!;
        // "the Navy" after "Colombian Navy": the body of the country just named; in a headline before
        // any navy is named, the one country's navy the article goes on to name.
        const antecedent = actor.kind === "organization" ? lastBody.get(cand.text) ?? (lastBody.size === 0 || !lastBody.has(cand.text) ? aheadBody(cand.text) : undefined) : undefined;
        if (antecedent && antecedent.known !== actor) {
          mention(antecedent, cand, "context", 0.6);
          break;
        }
        const c = clusterFor(actor, actor.kind, actor.name, cand.start);
        const exact = t.exactName || lowerFold(cand.text) === lowerFold(actor.name);
        if (actor.kind === "person") addPersonName(c, cand, nameTokensOf(cand.text));
        mention(c, cand, exact ? "exact" : "alias", exact ? 0.98 : t.metonym ? 0.8 : 0.95);
        // "U.S. Navy": the US body is now the latest navy named.
        if (actor.kind === "organization" && cand.text.includes(" ")) for (const g of NATIONAL_BODIES) if (cand.text.endsWith(g) && cand.text.charCodeAt(cand.text.length - g.length - 1) === 32) lastBody.set(g, c);
        break;
      }
      case "person": {
        const toks = cand.nameTokens ?? nameTokensOf(cand.text);
        if (toks.length < 2) {
          // "their son, Edwin Jr.": a given name with a generational suffix is someone of its own, not the father.
          if (GENERATION_SUFFIX.test(cand.text)) {
            const c = clusterFor(null, "person", cand.text, cand.start);
            if (!c.displayNames.length) c.displayNames.push(cand.text);
            mention(c, cand, "new", 0.7);
            break;
          }
          singles.push(cand);
          break;
        }
        const found = findPerson(toks, clusters, personForms);
        const c = found ? clusterFor(found.known, "person", found.name, cand.start) : clusterFor(null, "person", cand.fullName ?? cand.text, cand.start);
        addPersonName(c, cand, toks);
        mention(c, cand, found ? found.method : "new", found ? found.confidence : cand.titled ? 0.9 : 0.8);
        break;
      }
      case "organization":
      case "group": {
        const renamed = aliasTarget(cand);
        if (renamed) {
          mention(renamed, cand, "alias", 0.85);
          break;
        }
        if (cand.shortForm) {
          shortForms.push(cand);
          break;
        }
        // "Senate Armed Services Committee", then "the Armed Services Committee": one committee.
        // "the Foreign Ministry" after "Colombia's Foreign Ministry": the body of the country named.
        const short = completed.get(slugify(cand.text)) ?? (cand.body ? undefined : lastBody.get(cand.text));
        const c = cand.body ? bodyCluster(cand.body, cand.start) : cand.fullName ? clusterFor(null, cand.type, cand.fullName, cand.start) : short ?? clusterFor(null, cand.type, cand.text, cand.start);
        if (cand.fullName) {
          if (!c.displayNames.length) c.displayNames.push(cand.fullName);
          completed.set(slugify(cand.text), c);
        }
        // A body's name as its country names it ("Peruvian Navy") stays its name, however it was written ("Navy of Peru").
        // "Spain's Iberia" is named "Iberia": the owner's possessive is no part of the name.
        if (!cand.body && !(cand.fullName && cand.text.endsWith(`s ${cand.fullName}`) && /[\u2019']s /.test(cand.text))) c.displayNames.push(cand.text);
        mention(c, cand, "new", 0.75);
        break;
      }
      case "acronym":
        shortForms.push(cand);
        break;
      default:
        singles.push(cand);
    }
  }

  for (const cand of shortForms) {
    if (cand.shortForm === "media") {
      // "the Post" after "The Washington Post"; else the paper by its own short name ("the Herald").
      const suffix = " " + cand.text;
      const org = clusters.find((c) => c.kind === "organization" && c.mentions.length > 0 && nameOf(c).endsWith(suffix));
      // The paper speaking of itself ("told the Herald" in the Lagos Herald).
      const name = outlet && (outlet === cand.text || outlet.endsWith(suffix)) ? outlet : (cand.fullName ?? cand.text);
      const c = org ?? clusterFor(null, "organization", name, cand.start);
      if (!org) c.displayNames.push(name);
      mention(c, cand, org ? "alias" : "new", org ? 0.8 : 0.7);
      continue;
    }
    const renamed = aliasTarget(cand);
    if (renamed) {
      mention(renamed, cand, "alias", 0.85);
      continue;
    }
    const org = clusters.find((c) => c.kind !== "person" && c.mentions.length > 0 && (isInitialism(cand.text, nameOf(c)) || c.displayNames.some((n) => isInitialism(cand.text, n)) || c.mentions.some((m) => isInitialism(cand.text, m.text))));
    const known = org ? null : registryInitialism(g, cand.text);
    const c = org ?? (known ? clusterFor(known, known.kind, known.name, cand.start) : clusterFor(null, "organization", cand.text, cand.start));
    if (!org && !known) c.displayNames.push(cand.text);
    mention(c, cand, org || known ? "alias" : "new", org || known ? 0.8 : 0.6);
  }

  // Single words: surnames of people named in the article or in the registry, garbles, handles.
  const lastSeen = new Map<Cluster, number>();
  const persons = () => clusters.filter((c) => c.kind === "person");
  // Titled single names first ("President Trump"), so a bare "Trump" earlier in the article can find them.
  singles.sort((a, b) => Number(Boolean(b.titled)) - Number(Boolean(a.titled)) || a.start - b.start);
  for (const cand of singles) {
    if (cand.run?.only) {
      const holder = holderOf(cand.run.text, clusters);
      if (holder) mention(holder, { ...cand, start: cand.run.start, end: cand.run.end, text: cand.run.text }, "alias", 0.65);
      continue;
    }
    const w = lowerFold(cand.text).replace(/^@/, "");
    let link: { c: Cluster; method: ExtractedMention["method"]; conf: number } | null = null;
    if (cand.shortForm === "chamber") {
      const c = chamberFor(clusters, (name) => {
        const known = g.actors.get(slugify(name));
        return known ? clusterFor(known, known.kind, known.name, cand.start) : clusterFor(null, "organization", name, cand.start);
      });
      if (c) mention(c, cand, "alias", 0.7);
      continue;
    }
    if (cand.shortForm === "department") {
      const c = clusters.find((o) => o.kind === "organization" && o.mentions.length > 0 && isDepartmentOf(cand.text, o));
      if (c) mention(c, cand, "alias", 0.7);
      continue;
    }
    if (cand.type === "handle") {
      const c = persons().find((p) => [...p.surnames].some((s) => s.length >= 4 && w.includes(s)));
      if (c) link = { c, method: "alias", conf: 0.7 };
    } else {
      const bySurname = persons().filter((p) => p.surnames.has(w));
      if (bySurname.length) link = { c: sharedSurname(bySurname, cand, lastSpoke, text), method: "surname", conf: bySurname.length > 1 ? 0.8 : 0.9 };
      // "Iberia resumed flights" after "Spain's Iberia": a company named by the one word it was named with.
      if (!link) {
        const org = clusters.find((o) => o.kind !== "person" && o.mentions.length > 0 && o.displayNames.length === 1 && o.displayNames[0] === cand.text);
        if (org) link = { c: org, method: "exact", conf: 0.9 };
      }
      if (!link) {
        const reg = registrySurnames.get(w);
        if (reg && reg.length) {
          const inArticle = reg.map((k) => byKey.get(k.key)).filter((c): c is Cluster => Boolean(c));
          const known = inArticle.length ? inArticle[0]!.known : reg.length === 1 ? reg[0]! : null;
          if (known) link = { c: clusterFor(known, "person", known.name, cand.start), method: "surname", conf: 0.8 };
        }
      }
      if (!link && w.length >= 4) {
        const before = persons().filter((p) => p.mentions.some((m) => m.end <= cand.start));
        const fuzzy = before.filter((p) => [...p.surnames].some((s) => surnamesMatch(w, s)));
        if (fuzzy.length) link = { c: nearest(fuzzy, cand.start), method: "fuzzy", conf: 0.7 };
        else {
          // A garble just after a person was named: same opening letters, close spelling.
          const near = before.filter((p) => {
            const lastPara = p.mentions.reduce((acc, m) => (m.end <= cand.start ? Math.max(acc, paragraphOf(m, candidates)) : acc), -1);
            return cand.paragraph - lastPara <= 2 && [...p.surnames].some((s) => s.slice(0, 3) === w.slice(0, 3) && Math.abs(s.length - w.length) <= 1 && editDistance(s, w, 2) <= 2);
          });
          if (near.length) link = { c: nearest(near, cand.start), method: "context", conf: 0.55 };
        }
      }
      // "Eliécer" after "Eliécer Epiayú": a given name alone, when one person named so far bears it.
      if (!link && cand.type === "lone" && w.length >= 3) {
        const byGiven = persons().filter((p) => p.fullNames.some((f) => f.length >= 2 && f[0] === w) && p.mentions.some((m) => m.end <= cand.start));
        if (byGiven.length === 1) link = { c: byGiven[0]!, method: "context", conf: 0.6 };
      }
      if (!link && cand.type === "person" && cand.titled) {
        const c = clusterFor(null, "person", cand.text, cand.start);
        c.displayNames.push(cand.text);
        c.surnames.add(w);
        link = { c, method: "new", conf: 0.7 };
      }
      // "she told Al-Mirsad": an unknown single name on the receiving end of speech, borne by no person here, is an outlet.
      if (!link && cand.outletCue) {
        const c = clusterFor(null, "organization", cand.text, cand.start);
        if (!c.displayNames.length) c.displayNames.push(cand.text);
        link = { c, method: "new", conf: 0.6 };
      }
    }
    if (link) {
      mention(link.c, cand, link.method, link.conf);
      lastSeen.set(link.c, cand.start);
    } else if (cand.run && holderOf(cand.run.text, clusters)) {
      // "Coastal Affairs will hold a hearing" beside "the Senate Coastal Affairs Committee".
      mention(holderOf(cand.run.text, clusters)!, { ...cand, start: cand.run.start, end: cand.run.end, text: cand.run.text }, "alias", 0.65);
    } else if (cand.type === "lone" && w.includes("-")) {
      // "the Kaine-Schiff-Paul resolution": surnames of several people joined into one word.
      for (const part of surnameParts(cand, persons())) mention(part.c, part.cand, "surname", 0.75);
    }
  }

  absorbPartialNames(clusters);
  const out: ExtractedActor[] = [];
  for (const c of clusters) {
    if (!c.mentions.length) continue;
    const name = c.known ? c.known.name : fullestName(c.displayNames);
    const key = c.known ? c.known.key : slugify(name);
    c.mentions.sort((a, b) => a.start - b.start);
    for (const m of c.mentions) m.actorKey = key;
    out.push({ key, name, kind: c.kind, role: c.role, curated: c.known?.curated ?? false, mentions: c.mentions });
  }
  return mergeSameKey(out).sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}

/**
 * A hyphenated word whose every part is the surname of a person named in the article
 * ("Kaine-Schiff-Paul"): one mention per part. A double-barrelled surname
 * ("Persad-Bissessar") never gets here: it matches as a whole first.
 */
function surnameParts(cand: Candidate, persons: readonly Cluster[]): { c: Cluster; cand: Candidate }[] {
  const out: { c: Cluster; cand: Candidate }[] = [];
  let at = 0;
  for (const part of cand.text.split("-")) {
    const key = lowerFold(part);
    const owners = persons.filter((p) => p.surnames.has(key));
    if (part.length < 2 || owners.length !== 1) return [];
    const start = cand.start + at;
    out.push({ c: owners[0]!, cand: { ...cand, start, end: start + part.length, text: part } });
    at += part.length + 1;
  }
  return out.length >= 2 ? out : [];
}

function paragraphOf(m: ExtractedMention, candidates: readonly Candidate[]): number {
  let lo = 0;
  let hi = candidates.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = candidates[mid]!;
    if (c.start === m.start) return c.paragraph;
    if (c.start < m.start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function mergeSameKey(actors: ExtractedActor[]): ExtractedActor[] {
  const byKey = new Map<string, ExtractedActor>();
  for (const a of actors) {
    const prev = byKey.get(a.key);
    if (!prev) byKey.set(a.key, a);
    else {
      prev.mentions.push(...a.mentions);
      prev.mentions.sort((x, y) => x.start - y.start);
      prev.role ??= a.role;
    }
  }
  return [...byKey.values()];
}

import { slugify, type KnownActor } from "../actor-registry";
import type { ActorKind, ExtractedActor, ExtractedMention } from "../types";
import { surnamesMatch, editDistance } from "./fuzzy-name";
import { givenNameGender } from "../given-name";
import type { Gender } from "../quotes/gender";
import type { Gazetteer } from "./gazetteer";
import type { Candidate } from "./candidate";
import { GIVEN_NAMES } from "./given-names";
import { NAME_PARTICLES, NATIONAL_BODIES } from "./lexicon";
import { foldSameLength } from "./tokenize";

const GENERATION_SUFFIX = /\s(?:Jr\.?|Sr\.?|II|III|IV)$/;
const givenNames = new Set([...GIVEN_NAMES].map((n) => foldSameLength(n).toLowerCase()));

/**
 * Group candidate names into actors. Full names and known forms first; then
 * single words (surnames, garbles, handles) are tied to the person most
 * recently named, or to a registry person, or dropped.
 */
type Cluster = {
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

const lowerFold = (s: string) => foldSameLength(s).toLowerCase();
const nameTokensOf = (name: string) =>
  lowerFold(name)
    .replace(/\./g, " ")
    .split(/\s+/)
    .filter((w) => w && !/^(?:jr|sr|ii|iii|iv)$/.test(w));

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

/**
 * "Armed Services" beside "Senate Armed Services Committee": an institution named
 * by a run of words from inside the one longer name of the article that holds them
 * is that institution. Two candidates holding them leave it alone.
 */
function absorbPartialNames(clusters: Cluster[]): void {
  for (const part of clusters) {
    if (part.known || part.kind === "person" || part.kind === "country" || part.displayNames.length === 0 || !part.mentions.length) continue;
    const into = holderOf(fullestName(part.displayNames), clusters, part);
    if (!into) continue;
    for (const m of part.mentions) into.mentions.push({ ...m, method: "alias", confidence: Math.min(m.confidence, 0.7) });
    part.mentions = [];
  }
}

/** The one institution of the article whose longer name holds these words whole (two words at least), or null. */
function holderOf(words: string, clusters: readonly Cluster[], except?: Cluster): Cluster | null {
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

/**
 * A surname two people share ("Rampersad" the son, "Sita Rampersad" his mother):
 * the most recent full mention, unless the surname is the subject of a verb of
 * saying: then the one of them who spoke in this or the previous two paragraphs,
 * else the one who has spoken at all so far (the other may only be talked about).
 */
function sharedSurname(all: Cluster[], cand: Candidate, lastSpoke: ReadonlyMap<Cluster, number>, text: string): Cluster {
  // "Mrs. Chunga", "Ochoa keeps her phone": the gender the text gives this mention picks among namesakes.
  const gender = all.length > 1 ? genderAround(text, cand.start, cand.end) : null;
  const agreeing = gender ? all.filter((c) => clusterGender(c) === gender) : [];
  const list = agreeing.length ? agreeing : all;
  if (list.length > 1 && cand.speaks) {
    const spoke = list.filter((c) => {
      const p = lastSpoke.get(c);
      return p !== undefined && p <= cand.paragraph && c.mentions.some((m) => m.end <= cand.start);
    });
    const recent = spoke.filter((c) => cand.paragraph - lastSpoke.get(c)! <= 2);
    if (recent.length === 1) return recent[0]!;
    if (recent.length === 0 && spoke.length === 1) return spoke[0]!;
  }
  return nearest(list, cand.start);
}

/** An honorific before the mention, or the first he/she/his/her after it in its clause. */
function genderAround(text: string, start: number, end: number): Gender | null {
  const title = /\b(Mrs?|Ms|Miss|Sr|Sra|Señora?|Doña|Don)\.?\s+$/.exec(text.slice(Math.max(0, start - 8), start));
  if (title) return /^(?:Mr|Sr|Señor|Don)$/.test(title[1]!) ? "m" : "f";
  const clause = /^[^.;:!?\u201c\u201d"\u00ab\u00bb\n]{0,60}/.exec(text.slice(end, end + 60))![0];
  const pronoun = /\b(he|his|him|she|her|hers)\b/i.exec(clause);
  if (!pronoun) return null;
  return /^(?:he|his|him)$/i.test(pronoun[1]!) ? "m" : "f";
}

function clusterGender(c: Cluster): Gender | null {
  // Full names are kept folded and lower-case: read the first of the longest one.
  const full = [...c.fullNames].sort((a, b) => b.length - a.length)[0];
  return full && full.length >= 2 ? givenNameGender(full[0]!) : null;
}

/** The cluster mentioned most recently before pos, else the first one mentioned after it. */
function nearest(list: Cluster[], pos: number): Cluster {
  let best: Cluster | undefined;
  let bestPos = -1;
  for (const c of list) {
    for (const m of c.mentions) if (m.end <= pos && m.start > bestPos) {
      bestPos = m.start;
      best = c;
    }
  }
  if (best) return best;
  return [...list].sort((a, b) => (a.mentions[0]?.start ?? a.first) - (b.mentions[0]?.start ?? b.first))[0]!;
}

type PersonIndex = { registrySurnames: Map<string, KnownActor[]>; personForms: Map<KnownActor, string[][]> };
const personIndexCache = new WeakMap<Gazetteer, PersonIndex>();

/** Registry persons' full-name forms and surnames, computed once per registry. */
function personIndex(g: Gazetteer): PersonIndex {
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

function findPerson(
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

const nameOf = (c: Cluster) => c.known?.name ?? c.displayNames[0] ?? "";

/**
 * "the House": the one "House of …" the article names ("House of Representatives",
 * "House of Commons"); else, beside a Senate, the lower chamber of the same
 * legislature ("US Senate" -> "US House of Representatives").
 */
function chamberFor(clusters: readonly Cluster[], make: (name: string) => Cluster): Cluster | null {
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
function isDepartmentOf(word: string, c: Cluster): boolean {
  const names = c.known ? [c.known.name, ...c.displayNames] : c.displayNames;
  return names.some((n) => {
    const bare = n.replace(/^(?:US|U\.S\.|UK|U\.K\.)\s+/, "");
    return bare === `${word} Department` || bare === `${word} Ministry` || bare === `Department of ${word}` || bare === `Department of the ${word}` || bare === `Ministry of ${word}`;
  });
}

const initialismCache = new WeakMap<Gazetteer, Map<string, KnownActor | null>>();

/**
 * An acronym of three letters or more whose letters are the initials of exactly
 * one organization the registry knows ("MoF" for a curated "Ministry of
 * Fisheries"); ambiguous initials link to nothing.
 */
function registryInitialism(g: Gazetteer, acronym: string): KnownActor | null {
  let index = initialismCache.get(g);
  if (!index) {
    index = new Map();
    for (const a of g.actors.values()) {
      if (a.kind !== "organization" && a.kind !== "group") continue;
      for (const form of [a.name, ...a.aliases]) {
        if (!form.includes(" ")) continue;
        for (const key of initialKeys(form)) {
          const prev = index.get(key);
          index.set(key, prev === undefined || prev === a ? a : null);
        }
      }
    }
    initialismCache.set(g, index);
  }
  // Two letters ("CS", "AI") are too often something else.
  const key = acronym.replace(/[.-]/g, "").toLowerCase();
  return key.length >= 3 ? (index.get(key) ?? null) : null;
}

function initialKeys(name: string): string[] {
  const words = name.split(/[\s-]+/).filter(Boolean);
  const all = words.map((w) => w[0]!.toLowerCase()).join("");
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!.toLowerCase()).join("");
  return caps.length >= 2 && caps !== all ? [all, caps] : [all];
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join("");
}

/**
 * "DHS" for "Department of Homeland Security", "MoD" for "Ministry of Defence":
 * the capitals' initials, or every word's initial, compared without case.
 */
function isInitialism(acronym: string, name: string): boolean {
  if (initials(name) === acronym) return true;
  const a = acronym.replace(/[.-]/g, "").toLowerCase();
  if (a.length < 2 || /[^a-z]/.test(a)) return false;
  const words = name.split(/[\s-]+/).filter(Boolean);
  const all = words.map((w) => w[0]!.toLowerCase()).join("");
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!.toLowerCase()).join("");
  return a === all || a === caps;
}

/** The fullest form: most words, then diacritics kept ("Jean-Noël" over "Jean-Noel"). */
function fullestName(names: readonly string[]): string {
  let best = names[0] ?? "";
  const score = (n: string) => n.split(/\s+/).length * 100 + (n.match(/[^\x00-\x7f]/g)?.length ?? 0) * 10 - (n.includes("’") ? 1 : 0);
  for (const n of names) if (score(n) > score(best)) best = n;
  return best;
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

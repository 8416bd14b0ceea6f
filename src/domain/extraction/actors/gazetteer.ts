import { slugify, type ActorRegistry, type KnownActor } from "../actor-registry";
import { COUNTRIES, INTERNATIONAL_ORGS, PLACES, TERRITORIES, WELL_KNOWN_ORGS } from "./countries";
import { INSTITUTION_WORDS } from "./lexicon";
import { foldSameLength, type Token } from "./tokenize";

/**
 * Exact-form lookup of known names (registry actors, world countries and their
 * capitals, regions) over the token stream, longest form first.
 */
export type GazetteerTarget = {
  /** null for regions and places: they claim the words but are not actors. */
  actor: KnownActor | null;
  /** The form is the actor's own name (else an alias). */
  exactName: boolean;
  /** A capital standing for its government ("London said"): not after "in"/"at". */
  metonym: boolean;
};

type Entry = { form: string; lower: boolean; target: GazetteerTarget };

export type Gazetteer = {
  byFirst: Map<string, Entry[]>;
  /** Every actor the gazetteer can produce, by key (registry first, then built-in countries). */
  actors: Map<string, KnownActor>;
  /** Registry and built-in persons, for surname and fuzzy lookups. */
  persons: KnownActor[];
  /**
   * For each ASCII first character, a bit per key length (bit 31: 31 or more)
   * of the byFirst keys. Lets matchAt turn away most tokens ("said", "the")
   * without hashing their text for a Map lookup that would fail anyway.
   */
  keyShapes: Int32Array;
};

const cache = new WeakMap<ActorRegistry, Gazetteer>();

export function gazetteerFor(registry: ActorRegistry): Gazetteer {
  let g = cache.get(registry);
  if (!g) {
    g = buildGazetteer(registry.actors);
    cache.set(registry, g);
  }
  return g;
}

const FIRST_WORD = /^(?:@[A-Za-z0-9_]+|(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*\.?)/u;

function firstKey(form: string): string | null {
  const m = FIRST_WORD.exec(form);
  if (!m) return null;
  const w = m[0];
  return w.startsWith("@") ? w.toLowerCase() : w.replace(/\.$/, (d) => (/^(?:\p{Lu}\.)+$/u.test(w) ? d : ""));
}

/** Forms under which a name is written: as given, without the, without the dots of initials. */
function variants(form: string): string[] {
  const out = new Set<string>();
  const f = foldSameLength(form.trim());
  if (!f) return [];
  out.add(f);
  if (/^the /i.test(f)) {
    const bare = f.slice(4);
    // "The Washington Post" keeps its article; "the European Union" is named "European Union".
    if (/^The /.test(f)) out.add("the " + bare);
    else out.add(bare);
  }
  if (/\b\p{Lu}\.\s/u.test(f)) out.add(f.replace(/\b(\p{Lu})\.(?=\s)/gu, "$1"));
  return [...out];
}

export function buildGazetteer(registryActors: readonly KnownActor[]): Gazetteer {
  const byFirst = new Map<string, Entry[]>();
  const seen = new Set<string>();
  const actors = new Map<string, KnownActor>();
  const persons: KnownActor[] = [];

  const add = (form: string, target: GazetteerTarget) => {
    for (const v of variants(form)) {
      const lower = v.startsWith("@");
      const form2 = lower ? v.toLowerCase() : v;
      if (seen.has(form2)) continue;
      const key = firstKey(form2);
      if (!key) continue;
      seen.add(form2);
      let list = byFirst.get(key);
      if (!list) byFirst.set(key, (list = []));
      list.push({ form: form2, lower, target });
    }
  };

  const capitals = new Set(COUNTRIES.flatMap((c) => c.capitals));
  for (const a of registryActors) {
    actors.set(a.key, a);
    if (a.kind === "person") persons.push(a);
    add(a.name, { actor: a, exactName: true, metonym: false });
    for (const alias of a.aliases) add(alias, { actor: a, exactName: false, metonym: a.kind === "country" && capitals.has(alias) });
  }
  // Places first among the built-ins so "Latin America" is never read as America.
  for (const p of PLACES) add(p, { actor: null, exactName: false, metonym: false });
  for (const c of COUNTRIES) {
    const key = slugify(c.name);
    const actor = actors.get(key) ?? { key, name: c.name, kind: "country" as const, role: null, aliases: c.aliases, curated: false };
    actors.set(key, actor);
    add(c.name, { actor, exactName: actor.name === c.name, metonym: false });
    for (const alias of c.aliases) add(alias, { actor, exactName: false, metonym: false });
    for (const cap of c.capitals) add(cap, { actor, exactName: false, metonym: true });
  }
  for (const c of TERRITORIES) {
    const key = slugify(c.name);
    const actor = actors.get(key) ?? { key, name: c.name, kind: "country" as const, role: null, aliases: c.aliases, curated: false };
    actors.set(key, actor);
    add(c.name, { actor, exactName: actor.name === c.name, metonym: false });
    for (const alias of c.aliases) add(alias, { actor, exactName: false, metonym: false });
  }
  for (const o of [...INTERNATIONAL_ORGS.map((x) => ({ ...x, kind: "organization" as const })), ...WELL_KNOWN_ORGS]) {
    const key = slugify(o.name);
    const actor = actors.get(key) ?? { key, name: o.name, kind: o.kind, role: null, aliases: o.aliases, curated: false };
    actors.set(key, actor);
    add(o.name, { actor, exactName: actor.name === o.name, metonym: false });
    for (const alias of o.aliases) add(alias, { actor, exactName: false, metonym: false });
  }
  for (const w of INSTITUTION_WORDS) {
    const key = slugify(w);
    if (actors.has(key)) continue;
    const actor: KnownActor = { key, name: w, kind: "organization", role: null, aliases: [], curated: false };
    actors.set(key, actor);
    add(w, { actor, exactName: true, metonym: false });
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.form.length - a.form.length);
  const keyShapes = new Int32Array(128);
  for (const key of byFirst.keys()) {
    const c = key.charCodeAt(0);
    if (c < 128) keyShapes[c]! |= lengthBit(key.length);
  }
  return { byFirst, actors, persons, keyShapes };
}

function lengthBit(length: number): number {
  return 1 << Math.min(length, 31);
}

/** False when no key starts with this character at this length (non-ASCII first characters are not filtered). */
function mayBeKey(g: Gazetteer, firstCode: number, length: number): boolean {
  return firstCode >= 128 || (g.keyShapes[firstCode]! & lengthBit(length)) !== 0;
}

export type GazetteerHit = { start: number; end: number; first: number; last: number; target: GazetteerTarget };

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Longest known form starting at token i, or null. `folded` is foldSameLength(text). */
export function matchAt(tokens: readonly Token[], i: number, text: string, folded: string, g: Gazetteer): GazetteerHit | null {
  return matchAtWhere(tokens, i, text, folded, g, acceptAll);
}

/** Shared, so matchAt does not allocate a closure per token. */
const acceptAll = () => true;

export function matchAtWhere(
  tokens: readonly Token[],
  i: number,
  text: string,
  folded: string,
  g: Gazetteer,
  accept: (t: GazetteerTarget) => boolean,
): GazetteerHit | null {
  const t = tokens[i];
  if (!t) return null;
  let key: string;
  if (t.kind === "handle") key = t.fold.toLowerCase();
  else {
    const fold = t.fold;
    const dotted = t.kind !== "acronym" && fold.endsWith(".");
    const length = dotted ? fold.length - 1 : fold.length;
    if (!mayBeKey(g, fold.charCodeAt(0), length)) return null;
    key = dotted ? fold.slice(0, -1) : fold;
  }
  const list = g.byFirst.get(key);
  if (!list) return null;
  for (const e of list) {
    if (!accept(e.target)) continue;
    const end = t.start + e.form.length;
    // startsWith compares in place: no substring per entry ("the" alone has dozens of entries).
    if (e.lower ? folded.slice(t.start, end).toLowerCase() !== e.form : !folded.startsWith(e.form, t.start)) continue;
    const after = text[end] ?? " ";
    if (WORD_CHAR.test(after) && WORD_CHAR.test(e.form[e.form.length - 1] ?? "")) continue;
    let last = i;
    while (last + 1 < tokens.length && (tokens[last + 1]?.start ?? Infinity) < end) last++;
    // A form must end on a token boundary (a name is never half a word).
    if ((tokens[last]?.end ?? 0) > end && !/\.$/.test(tokens[last]?.text ?? "")) continue;
    return { start: t.start, end, first: i, last, target: e.target };
  }
  return null;
}

import type { ActorKind } from "../types";
import { DEMONYMS } from "./countries";
import { matchAt, matchAtWhere, type Gazetteer, type GazetteerHit, type GazetteerTarget } from "./gazetteer";
import { GIVEN_NAMES } from "./given-names";
import {
  COMMON_CAPITALISED, GROUP_HEADS, MEDIA_HEADS, MONTHS_AND_DAYS, NAME_PARTICLES, NON_ACTOR_HEADS, NON_ORG_ACRONYMS,
  ORG_HEADS, REPORTING_VERBS, ROLE_NOUNS, RUN_CONNECTORS, TITLE_COMPLEMENTS, TITLE_WORDS, VEHICLE_PREFIXES,
} from "./lexicon";
import type { Token } from "./tokenize";

/**
 * Find candidate names in the token stream: known forms from the gazetteer,
 * then runs of capitalised words read as titled persons, organizations, groups,
 * untitled persons (with evidence), acronyms and lone capitalised words that
 * resolution may tie to a surname.
 */
export type Candidate = {
  start: number;
  end: number;
  text: string;
  /** What the words look like; "lone" is a single capitalised word of unknown kind. */
  type: "known" | "person" | "organization" | "group" | "acronym" | "lone" | "handle";
  target?: GazetteerTarget;
  /** Folded name tokens (persons). */
  nameTokens?: string[];
  role?: string | null;
  titled?: boolean;
  /** Followed or preceded by a verb of saying. */
  speaks?: boolean;
  paragraph: number;
};

/** Lowercase nouns that introduce an organization's name ("the charity Reprieve"). */
const ORG_DESCRIPTORS = new Set([
  "charity", "organization", "organisation", "group", "agency", "newspaper", "daily", "broadcaster", "outlet", "network",
  "firm", "company", "watchdog", "NGO", "nonprofit", "non-profit", "think-tank", "thinktank", "institute", "magazine",
  "website", "channel", "station", "party", "movement", "union", "coalition", "alliance", "foundation", "bank",
]);

const TRAILING_TRIM = new Set(["The", "On", "In", "At", "For", "With", "By", "From", "As", "And", "Or", "But", "To", "Of"]);
const SUFFIXES = new Set(["Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV"]);
const LOCATIVE = new Set(["in", "at", "near", "outside", "around", "across", "to"]);

type Ctx = {
  text: string;
  folded: string;
  tokens: readonly Token[];
  claimed: Uint8Array;
  /** Lowercase words of the article, restricted to those isCommon may ask about (see wordsAskedAbout). */
  lowercaseWords: Set<string>;
  /** Role of each token inside the run being analysed. */
  roles: Role[];
  out: Candidate[];
};

export function findCandidates(text: string, folded: string, tokens: readonly Token[], g: Gazetteer): Candidate[] {
  const ctx: Ctx = { text, folded, tokens, claimed: new Uint8Array(tokens.length), lowercaseWords: new Set(), roles: new Array<Role>(tokens.length), out: [] };
  const asked = wordsAskedAbout(tokens);
  for (const t of tokens) {
    if (t.kind === "word" && !t.cap && asked.shapes.has(shapeOf(t.fold)) && asked.words.has(t.fold)) ctx.lowercaseWords.add(t.fold);
  }
  findKnown(ctx, g);
  findRuns(ctx);
  ctx.out.sort((a, b) => a.start - b.start);
  return ctx.out;
}

/**
 * isCommon only asks whether a clause-initial word also occurs in lowercase.
 * Collecting just those few words, and turning most lowercase tokens away by
 * first letter and length, spares hashing every word of the article.
 */
function wordsAskedAbout(tokens: readonly Token[]): { words: Set<string>; shapes: Set<number> } {
  const words = new Set<string>();
  const shapes = new Set<number>();
  for (const t of tokens) {
    if (t.kind !== "word" || !t.clauseStart) continue;
    const w = t.fold.toLowerCase();
    words.add(w);
    shapes.add(shapeOf(w));
  }
  return { words, shapes };
}

function shapeOf(w: string): number {
  return w.charCodeAt(0) * 64 + Math.min(w.length, 63);
}

function findKnown(ctx: Ctx, g: Gazetteer): void {
  const { tokens, text, folded } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const hit = matchAt(tokens, i, text, folded, g);
    if (!hit) continue;
    const prev = tokens[i - 1];
    const next = tokens[hit.last + 1];
    const single = hit.first === hit.last;
    if (hit.target.metonym) {
      // "in London" is a place; "Washington Post", "University of Buenos Aires" are longer names.
      if (prev && LOCATIVE.has(prev.text.toLowerCase())) continue;
      if (next && next.joined && next.cap && !tokens[hit.last]?.possessive && !TITLE_WORDS.has(next.text)) continue;
      if (prev?.text === "of" && tokens[i - 2]?.cap) continue;
      // A dateline: "Bogotá (AFP) –", "LONDON —".
      if ((!prev || prev.paragraph !== t.paragraph) && /^\s*(?:\(|[\u2014\u2013-]|,\s*\p{Lu}\p{Ll}+\.? \d)/u.test(text.slice(hit.end, hit.end + 12))) continue;
    }
    // "United Nations General Assembly": a known name opening a longer institution name.
    if (hit.target.actor && hit.target.actor.kind === "organization" && next?.joined && next.cap && !tokens[hit.last]!.possessive && endsInOrgHead(tokens, hit.last + 1)) continue;
    // "Michael Jordan", "Sofia Smith": a country word inside a personal name.
    if (single && hit.target.actor?.kind === "country" && prev?.joined && GIVEN_NAMES.has(prev.text) && !ctx.claimed[i - 1]) continue;
    for (let k = hit.first; k <= hit.last; k++) ctx.claimed[k] = 1;
    // "U.S. Southern Command": the country and the institution are two mentions.
    const prefix = hit.target.actor && hit.target.actor.kind !== "country" && hit.last > hit.first ? countryPrefix(ctx, g, i, hit.end) : null;
    if (prefix) {
      ctx.out.push({ start: prefix.start, end: prefix.end, text: text.slice(prefix.start, prefix.end), type: "known", target: prefix.target, paragraph: t.paragraph });
      const rest = tokens[prefix.last + 1]!;
      ctx.out.push({ start: rest.start, end: hit.end, text: text.slice(rest.start, hit.end), type: "known", target: { ...hit.target, exactName: false }, paragraph: t.paragraph, speaks: speaksAround(ctx, rest.start, hit.end) });
    } else if (hit.target.actor) {
      ctx.out.push({ start: hit.start, end: hit.end, text: text.slice(hit.start, hit.end), type: "known", target: hit.target, paragraph: t.paragraph, speaks: speaksAround(ctx, hit.start, hit.end) });
    }
    i = hit.last;
  }
}

function endsInOrgHead(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + 4; k++) {
    const t = tokens[k]!;
    if (k > from && !t.joined) return false;
    if (!t.cap) return false;
    if (ORG_HEADS.has(t.text) && !MEDIA_HEADS.has(t.text)) return true;
    if (t.possessive) return false;
  }
  return false;
}

function countryPrefix(ctx: Ctx, g: Gazetteer, i: number, end: number): GazetteerHit | null {
  const inner = matchAtWhere(ctx.tokens, i, ctx.text, ctx.folded, g, (tg) => tg.actor?.kind === "country");
  return inner && inner.end < end && ctx.tokens[inner.last + 1]?.cap ? inner : null;
}

const isRunToken = (t: Token) => t.cap && (t.kind === "word" || t.kind === "initial" || t.kind === "acronym") && !MONTHS_AND_DAYS.has(t.text);

function findRuns(ctx: Ctx): void {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === "handle") {
      if (!ctx.claimed[i]) ctx.out.push({ start: t.start, end: t.end, text: t.text, type: "handle", paragraph: t.paragraph });
      continue;
    }
    if (!isRunToken(t)) continue;
    let j = i;
    while (j + 1 < tokens.length && !tokens[j]!.possessive) {
      const next = tokens[j + 1]!;
      if (!next.joined) break;
      if (isRunToken(next)) {
        j++;
        continue;
      }
      // Up to two lowercase connectors between capitalised words: "Office of Legal Counsel", "Cartel de los Soles".
      let k = j + 1;
      while (k < tokens.length && k - j <= 2 && RUN_CONNECTORS.has(tokens[k]!.text) && tokens[k]!.joined) k++;
      const after = tokens[k];
      if (k > j + 1 && after && after.joined && isRunToken(after) && joinsInsideName(tokens, i, j + 1, k)) {
        j = k;
        continue;
      }
      break;
    }
    analyzeRun(ctx, i, j);
    i = j;
  }
}

/**
 * "and" joins two names into one only inside an "X of A and B" name ("Bureau of
 * International Narcotics and Law Enforcement Affairs"), never "A and the B".
 */
function joinsInsideName(tokens: readonly Token[], runStart: number, from: number, to: number): boolean {
  let hasAnd = false;
  for (let k = from; k < to; k++) if (tokens[k]!.text === "and") hasAnd = true;
  if (!hasAnd) return true;
  if (to - from > 1) return false;
  for (let k = runStart; k < from; k++) if (tokens[k]!.text === "of" || tokens[k]!.text === "for") return true;
  return false;
}

type Role = "C" | "T" | "K" | "H" | "N" | "X";

function roleOf(ctx: Ctx, i: number): Role {
  const t = ctx.tokens[i]!;
  if (ctx.claimed[i]) return "C";
  if (TITLE_WORDS.has(t.text)) return "T";
  if (ORG_HEADS.has(t.text) || GROUP_HEADS.has(t.text) || NON_ACTOR_HEADS.has(t.text)) return "H";
  if (TITLE_COMPLEMENTS.has(t.text) || DEMONYMS.has(t.text) || RUN_CONNECTORS.has(t.text)) return "K";
  if (isCommon(ctx, t)) return "X";
  // "Washington-based", "Kremlin-backed": a modifier, not part of the name that follows.
  if (t.kind === "word" && /-\p{Ll}+$/u.test(t.text) && !/^\p{Ll}/u.test(t.text)) return "X";
  // A lone capital letter is an initial only inside a name ("George W Bush"), not in "a post on X".
  if (t.kind === "word" && t.text.length === 1) {
    const prev = ctx.tokens[i - 1];
    return prev && prev.cap && t.joined && !ctx.claimed[i - 1] ? "N" : "X";
  }
  return "N";
}

function isCommon(ctx: Ctx, t: Token): boolean {
  if (COMMON_CAPITALISED.has(t.text)) return true;
  if (t.kind !== "word" || GIVEN_NAMES.has(t.text)) return false;
  return t.clauseStart && ctx.lowercaseWords.has(t.fold.toLowerCase());
}

function analyzeRun(ctx: Ctx, a: number, b: number): void {
  const roles = ctx.roles;
  for (let i = a; i <= b; i++) roles[i] = roleOf(ctx, i);
  // Analyse each stretch of unclaimed words; claimed words (countries, known names) are context.
  let s = a;
  while (s <= b) {
    if (roles[s] === "C") {
      s++;
      continue;
    }
    let e = s;
    while (e + 1 <= b && roles[e + 1] !== "C") e++;
    analyzeStretch(ctx, a, s, e);
    s = e + 1;
  }
}

function hasHead(roles: readonly Role[], from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (roles[i] === "H") return true;
  return false;
}

function analyzeStretch(ctx: Ctx, runStart: number, s0: number, e0: number): void {
  const { tokens, text, roles } = ctx;
  let s = s0;
  let e = e0;
  while (s <= e && (roles[s] === "X" || RUN_CONNECTORS.has(tokens[s]!.text))) s++;
  while (e >= s && (TRAILING_TRIM.has(tokens[e]!.text) || RUN_CONNECTORS.has(tokens[e]!.text))) e--;
  if (s > e) return;
  const first = tokens[s]!;
  if (VEHICLE_PREFIXES.has(first.text) || first.text === "Operation") return;

  // Trailing personal name: capitalised non-lexicon words, initials, particles between them.
  let p = e;
  while (p >= s && (roles[p] === "N" || (p < e && p > s && NAME_PARTICLES.has(tokens[p]!.text.toLowerCase()) && roles[p - 1] === "N"))) p--;
  const nameStart = p + 1;
  // A name block never starts with a particle.
  let ns = nameStart;
  while (ns <= e && NAME_PARTICLES.has(tokens[ns]!.text.toLowerCase()) && tokens[ns]!.text[0] === tokens[ns]!.text[0]?.toLowerCase()) ns++;

  // Title stretch before the name: titles, complements, claimed countries ("US Secretary of State").
  let ts = ns - 1;
  let titled = false;
  while (ts >= runStart) {
    const role = roles[ts];
    if (role === "T") titled = true;
    // Organization words may precede a title ("White House Press Secretary"), never follow it.
    else if (!(role === "K" || role === "C" || (role === "H" && titled))) break;
    ts--;
  }

  if (ns <= e && titled) {
    let roleFrom = ts + 1;
    while (roleFrom < ns && (RUN_CONNECTORS.has(tokens[roleFrom]!.text) || tokens[roleFrom]!.text === "The")) roleFrom++;
    let role = roleFrom < ns ? text.slice(tokens[roleFrom]!.start, tokens[ns - 1]!.end) : null;
    // "President Claudia Sheinbaum of Mexico": the country completes the title.
    const of = /^ of ((?:the )?\p{Lu}[\p{L}.]+(?: \p{Lu}[\p{L}.]+)*)/u.exec(text.slice(tokens[e]!.end, tokens[e]!.end + 40));
    if (role && of && of[1] && ctx.claimed[e + 2 + (of[1].startsWith("the ") ? 1 : 0)]) role = `${role} of ${of[1]}`;
    if (e - ns < 4) pushPerson(ctx, ns, e, role, true);
    if (ts + 1 > s && hasHead(roles, s, ts)) pushOrg(ctx, s, ts);
    return;
  }
  if (hasHead(roles, s, e)) {
    pushOrg(ctx, s, e);
    return;
  }
  if (ns > e) return;
  const n = e - ns + 1;
  // "the human rights charity Reprieve", "the Catholic news outlet EWTN".
  const described = tokens[ns - 1];
  if (ns === s && described && tokens[ns]!.joined && !described.cap && ORG_DESCRIPTORS.has(described.text) && n <= 4 && tokens[ns]!.kind === "word") {
    const a = tokens[ns]!;
    const b = tokens[e]!;
    ctx.out.push({ start: a.start, end: b.end, text: text.slice(a.start, b.end), type: "organization", paragraph: a.paragraph, speaks: speaksAround(ctx, a.start, b.end) });
    return;
  }
  if (n === 1) {
    const t = tokens[ns]!;
    if (t.allCaps && /^\p{Lu}{2,6}(?:-?\d{1,3})?$/u.test(t.text) && !NON_ORG_ACRONYMS.has(t.text) && !isShoutingLine(ctx, ns)) {
      ctx.out.push({ start: t.start, end: t.end, text: t.text, type: "acronym", paragraph: t.paragraph });
    } else if (t.kind === "word" && !isShoutingLine(ctx, ns)) {
      // "the Biden administration": a head of government's surname.
      const leader = !t.possessive && /^ (?:administration|presidency|government)\b/.test(text.slice(t.end, t.end + 16)) && !DEMONYMS.has(t.text);
      ctx.out.push({ start: t.start, end: t.end, text: t.text, type: leader ? "person" : "lone", titled: leader, nameTokens: [t.fold.toLowerCase()], speaks: speaksAround(ctx, t.start, t.end), paragraph: t.paragraph });
    }
    return;
  }
  if (n <= 4 && personEvidence(ctx, ns, e)) {
    pushPerson(ctx, ns, e, appositiveRole(ctx, e), false);
    return;
  }
  // No evidence for the whole run: its last word may still be a surname already known.
  const last = tokens[e]!;
  if (last.kind === "word") {
    ctx.out.push({ start: last.start, end: last.end, text: last.text, type: "lone", speaks: speaksAround(ctx, last.start, last.end), paragraph: last.paragraph });
  }
}

function pushPerson(ctx: Ctx, s: number, e: number, role: string | null, titled: boolean): void {
  const { tokens, text } = ctx;
  const a = tokens[s]!;
  const b = tokens[e]!;
  const nameTokens: string[] = [];
  for (let i = s; i <= e; i++) {
    const t = tokens[i]!;
    if (SUFFIXES.has(t.text)) continue;
    nameTokens.push(t.fold.replace(/\./g, "").toLowerCase());
  }
  ctx.out.push({
    start: a.start, end: b.end, text: text.slice(a.start, b.end), type: "person", nameTokens,
    role: role ?? appositiveRole(ctx, e), titled, speaks: speaksAround(ctx, a.start, b.end), paragraph: a.paragraph,
  });
}

function pushOrg(ctx: Ctx, s: number, e: number): void {
  const { tokens, text } = ctx;
  let kind: ActorKind | null = null;
  let nonActor = false;
  for (let i = s; i <= e; i++) {
    const w = tokens[i]!.text;
    if (GROUP_HEADS.has(w)) kind = "group";
    else if (ORG_HEADS.has(w) && kind !== "group") kind = "organization";
    else if (NON_ACTOR_HEADS.has(w)) nonActor = true;
  }
  if (!kind || (nonActor && kind !== "group" && NON_ACTOR_HEADS.has(tokens[e]!.text))) return;
  // "the Justice and State Departments": half of a coordinated plural, not a name.
  if (tokens[s - 1]?.text === "and" && /s$/.test(tokens[e]!.text) && ORG_HEADS.has(tokens[e]!.text.slice(0, -1))) return;
  // "Venezuelan Cartel de los Soles" is named "Cartel de los Soles".
  while (kind === "group" && s < e && (DEMONYMS.has(tokens[s]!.text) || ctx.roles[s] === "K")) s++;
  if (s === e && kind !== "group") return;
  let start = tokens[s]!.start;
  const prev = tokens[s - 1];
  if (prev && prev.text === "The" && prev.end + 1 === start && MEDIA_HEADS.has(tokens[e]!.text)) start = prev.start;
  const end = tokens[e]!.end;
  ctx.out.push({ start, end, text: text.slice(start, end), type: kind === "group" ? "group" : "organization", paragraph: tokens[s]!.paragraph, speaks: speaksAround(ctx, start, end) });
}

/** A headline or dateline in capitals: capitalisation there proves nothing. */
function isShoutingLine(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i]!;
  if (!t.allCaps || t.text.length < 2) return false;
  const next = ctx.tokens[i + 1];
  const prev = ctx.tokens[i - 1];
  return Boolean((next && next.paragraph === t.paragraph && next.allCaps && next.kind === "word") || (prev && prev.paragraph === t.paragraph && prev.allCaps && prev.kind === "word")) || /^\s*[\u2014\u2013-]/.test(ctx.text.slice(t.end, t.end + 3));
}

const APPOSITIVE = /^,\s+(?:who|whose)\b/;
const BEFORE_SPEECH = /(?:\b(?:said|says|according to|told|wrote|added)\s+|^By\s+|(?:Photo|Photograph|Credit|Courtesy)\s*[:/]\s*)$/;
const AFTER_CREDIT = /^(?:\/\p{Lu}|\s+at\s+\S+@|\s*\(\d{1,3}\))/u;

function personEvidence(ctx: Ctx, s: number, e: number): boolean {
  const { tokens, text } = ctx;
  const first = tokens[s]!;
  if (GIVEN_NAMES.has(first.text)) return true;
  for (let i = s; i < e; i++) if (tokens[i]!.kind === "initial") return true;
  const b = tokens[e]!;
  const after = text.slice(b.end, b.end + 80);
  if (APPOSITIVE.test(after) || AFTER_CREDIT.test(after)) return true;
  if (appositiveRole(ctx, e)) return true;
  const lineStart = text.lastIndexOf("\n", first.start) + 1;
  const before = text.slice(Math.max(lineStart, first.start - 30), first.start);
  if (BEFORE_SPEECH.test(before)) return true;
  return speaksAround(ctx, first.start, b.end);
}

/** ", a White House spokesperson," -> "White House spokesperson". */
function appositiveRole(ctx: Ctx, e: number): string | null {
  const t = ctx.tokens[e]!;
  const m = /^,\s+(?:(?:a|an|the)\s+)?([^,.;:\u201c"()]{3,90})/.exec(ctx.text.slice(t.end, t.end + 100));
  if (!m || !m[1]) return null;
  let phrase = m[1].split(/\s+(?:who|which|that|and was|said|says|told)\s+/)[0]!.trim();
  const words = phrase.split(/\s+/);
  const head = words.findIndex((w) => ROLE_NOUNS.has(w.toLowerCase().replace(/[’']s$/, "")));
  if (head < 0 || words.length > 12) return null;
  if (!/^(?:a|an|the)\s/.test(ctx.text.slice(t.end + 2, t.end + 6)) && !/^(?:former|retired|then|current|acting)\b/.test(phrase) && head > 3) return null;
  phrase = phrase.replace(/\s+$/, "");
  return phrase || null;
}

const VERB_AFTER = /^,? ([a-z]+)/;

function speaksAround(ctx: Ctx, start: number, end: number): boolean {
  const after = VERB_AFTER.exec(ctx.text.slice(end, end + 16));
  if (after && after[1] && REPORTING_VERBS.has(after[1])) return true;
  const before = ctx.text.slice(Math.max(0, start - 6), start);
  return before === " said " || before === " says " || before.endsWith("said, ") || before.endsWith("says, ");
}

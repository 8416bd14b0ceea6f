import type { ActorKind } from "../types";
import { COUNTRIES, DEMONYMS, TERRITORIES } from "./countries";
import { matchAt, type Gazetteer, type GazetteerTarget } from "./gazetteer";
import { GIVEN_NAMES } from "./given-names";
import {
  COMMON_CAPITALISED, DESCRIPTIVE_HEADS, FOREIGN_ARTICLES, GROUP_HEADS, LOWER_TITLE_HEADS, MEDIA_HEADS, MONTHS_AND_DAYS, NAME_PARTICLES, NATIONAL_BODIES,
  NON_ACTOR_HEADS, NON_ORG_ACRONYMS, OFFICIALDOM_NOUNS, ORG_HEADS, OUTLET_CUE, REACTION_WORDS, REPORTING_VERBS, ROLE_NOUNS,
  RUN_CONNECTORS, SHORT_MEDIA_NAMES, STREET_PREFIXES, TIME_ZONES, TITLE_COMPLEMENTS, TITLE_WORDS, US_STATE_PAIRS, US_STATES, VEHICLE_PREFIXES,
} from "./lexicon";
import { absorbPossessiveOwners } from "./possessive-owner";
import { attachPostedPlaces } from "./posted-body";
import { foldSameLength, type Token } from "./tokenize";

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
  type: "known" | "person" | "organization" | "group" | "acronym" | "lone" | "handle" | "body";
  /**
   * A national body named through its country ("Colombian Navy", "Mexico's navy"): the
   * body's generic name ("Navy") and the qualified name. "body" candidates are not
   * mentions themselves; they let a later bare "Navy" mean this country's navy.
   */
  body?: { generic: string; name: string };
  /** The full name when the text leaves part of it to context ("Senate Ways and Means Committee", a person's surname after a nickname). */
  fullName?: string;
  /**
   * A short form to resolve against longer names of the article: "the Post" (a
   * paper by its last word), "State" (a department by its subject), "MoD" (a
   * mixed-case initialism).
   */
  shortForm?: "media" | "department" | "initials" | "chamber";
  /** A lone unknown word right after "told" / "according to": an outlet if no person bears it. */
  outletCue?: boolean;
  /** A quoted nickname between given name and surname (Jane "JJ" Doe), folded lowercase. */
  nickname?: string;
  target?: GazetteerTarget;
  /** Folded name tokens (persons). */
  nameTokens?: string[];
  role?: string | null;
  titled?: boolean;
  /** Followed or preceded by a verb of saying. */
  speaks?: boolean;
  /**
   * Start of the institution this name renames: a name alone in brackets right after
   * another ("the Attorney General's Office (Fiscalía General del Estado)", "(DNCD)").
   */
  aliasOf?: number;
  /** A lone word's whole run of capitalised words, when it had more than one; `only`: the word alone means nothing. */
  run?: { start: number; end: number; text: string; only?: boolean };
  paragraph: number;
};

/** Lowercase nouns that introduce an organization's name ("the charity Reprieve"). */
const ORG_DESCRIPTORS = new Set([
  "charity", "organization", "organisation", "group", "agency", "newspaper", "daily", "broadcaster", "outlet", "network",
  "firm", "company", "watchdog", "NGO", "nonprofit", "non-profit", "think-tank", "thinktank", "institute", "magazine",
  "website", "channel", "station", "party", "movement", "union", "coalition", "alliance", "foundation", "bank",
  "major", "supermajor", "refiner", "lender", "insurer", "manufacturer", "conglomerate", "multinational", "giant", "corporation", "startup",
]);

const TRAILING_TRIM = new Set(["The", "On", "In", "At", "For", "With", "By", "From", "As", "And", "Or", "But", "To", "Of"]);
const SUFFIXES = new Set(["Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV"]);
const LOCATIVE = new Set(["in", "at", "near", "outside", "around", "across", "to"]);
/** Verbs of a contributor line: "X reported from Washington", "Y contributed from London". */
const FILED_FROM = new Set(["reported", "reporting", "contributed", "contributing", "wrote", "writing", "filed", "reports", "writes"]);

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
  /** Short forms defined in parentheses after a name ("Ministry of Defence (MoD)"). */
  acronyms: Set<string>;
  /** End offset of each paragraph's opening dateline, -1 when it has none (filled lazily). */
  datelines: Map<number, number>;
  /** Names first written in brackets after an institution's name (see bracketedAlias). */
  aliases: Set<string>;
  /** Last token of the latest territory read as a listed place (see placeListed), else -1. */
  placeListEnd: number;
};

export function findCandidates(text: string, folded: string, tokens: readonly Token[], g: Gazetteer, outlet?: string): Candidate[] {
  const ctx: Ctx = { text, folded, tokens, claimed: new Uint8Array(tokens.length), lowercaseWords: new Set(), roles: new Array<Role>(tokens.length), out: [], acronyms: new Set(), datelines: new Map(), aliases: new Set(), placeListEnd: -1 };
  const asked = wordsAskedAbout(tokens);
  for (const t of tokens) {
    if (t.kind === "word" && !t.cap && asked.shapes.has(shapeOf(t.fold)) && asked.words.has(t.fold)) ctx.lowercaseWords.add(t.fold);
  }
  if (outlet) findOutlet(ctx, outlet, g);
  findKnown(ctx, g);
  findRuns(ctx);
  ctx.out.sort((a, b) => a.start - b.start);
  const out = attachPostedPlaces(text, absorbPossessiveOwners(text, ctx.out, DEMONYM_OF));
  markBracketedAliases(text, out);
  return out;
}

/**
 * The publication the article comes from, wherever its name is written
 * ("according to a count by FactLine", "(Prensa Pacífico)", "The Sentinel"
 * as "the Sentinel"): that name is the outlet, whatever its words look like.
 */
function findOutlet(ctx: Ctx, outlet: string, g: Gazetteer): void {
  const { tokens, folded } = ctx;
  const full = foldSameLength(outlet.trim());
  const forms = [full];
  if (/^The \p{Lu}/u.test(full)) forms.push(full.slice(4));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.cap || ctx.claimed[i]) continue;
    const form = forms.find((f) => folded.startsWith(f, t.start) && !/[\p{L}\p{N}]/u.test(folded.charAt(t.start + f.length)));
    if (!form) continue;
    const end = t.start + form.length;
    let last = i;
    while (last + 1 < tokens.length && tokens[last + 1]!.start < end) last++;
    // A name the registry knows ("Associated Press") is left to it, with its key.
    if (tokens[last]!.end !== end || (matchAt(tokens, i, ctx.text, folded, g)?.end ?? -1) >= end) continue;
    // "Defense Desk | Dec. 9, 2025": the masthead label opening a line, like a kicker, is no mention.
    if ((t.start === 0 || ctx.text.charCodeAt(t.start - 1) === 10) && /^ ?\| /.test(ctx.text.slice(end, end + 3))) continue;
    for (let k = i; k <= last; k++) ctx.claimed[k] = 1;
    ctx.out.push({ start: t.start, end, text: ctx.text.slice(t.start, end), type: "organization", fullName: outlet.trim(), paragraph: t.paragraph, speaks: speaksAround(ctx, t.start, end) });
    i = last;
  }
}

/**
 * A name alone in brackets right after an institution's name is another name for
 * it, in whatever language or shape: an acronym ("(DNCD)") or the name in the
 * country's own language ("Office of the Ombudsman (Defensoría del Pueblo)").
 */
function markBracketedAliases(text: string, out: Candidate[]): void {
  for (let k = 1; k < out.length; k++) {
    const c = out[k]!;
    if (c.type === "person" || c.type === "handle" || c.type === "body" || text.charCodeAt(c.start - 1) !== 40 || text.charCodeAt(c.end) !== 41) continue;
    const prev = out[k - 1]!;
    const gap = text.slice(prev.end, c.start);
    if (gap !== " (" && gap !== "(") continue;
    const named = prev.type === "organization" || prev.type === "group" || (prev.type === "known" && prev.target?.actor?.kind !== "person" && prev.target?.actor?.kind !== "country");
    if (named) c.aliasOf = prev.start;
  }
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
      if (prev && LOCATIVE.has(prev.text.toLowerCase()) && !governmentInCapital(ctx, i - 1, hit.end)) continue;
      // "Halloran reported from Washington": where a reporter filed from.
      if (prev?.text === "from" && FILED_FROM.has(tokens[i - 2]?.text ?? "")) continue;
      if (next && next.joined && next.cap && !tokens[hit.last]?.possessive && !TITLE_WORDS.has(next.text)) continue;
      if (prev?.text === "of" && tokens[i - 2]?.cap) continue;
      // "King's College London": a capital closing an institution's name.
      if (prev && t.joined && prev.cap && !prev.possessive && ORG_HEADS.has(prev.text) && !ctx.claimed[i - 1]) continue;
      // A dateline: "Bogotá (AFP) –", "LONDON —".
      if ((!prev || prev.paragraph !== t.paragraph) && /^\s*(?:\(|[\u2014\u2013-]|,\s*\p{Lu}\p{Ll}+\.? \d)/u.test(text.slice(hit.end, hit.end + 12))) continue;
      if (hit.end <= datelineEnd(ctx, t)) continue;
    }
    // "CARACAS, Venezuela (AP) —", "Bogotá, 20 Oct (EFE).-": where the story was filed, not an actor.
    if (hit.target.actor?.kind === "country" && hit.end <= datelineEnd(ctx, t)) {
      for (let k = hit.first; k <= hit.last; k++) ctx.claimed[k] = 1;
      i = hit.last;
      continue;
    }
    // "the islands of Aruba and Curaçao": territories listed as places, not as the actors they can be.
    if (hit.target.actor && TERRITORY_NAMES.has(hit.target.actor.name) && placeListed(ctx, i)) {
      for (let k = hit.first; k <= hit.last; k++) ctx.claimed[k] = 1;
      ctx.placeListEnd = hit.last;
      i = hit.last;
      continue;
    }
    if (hit.target.actor?.kind === "country") {
      // "Gulf of Oman", "Port of Spain": a country or capital completing a place name.
      const head = tokens[i - 2];
      if (prev?.text === "of" && prev.joined && t.joined && head?.cap && NON_ACTOR_HEADS.has(head.text)) continue;
      // A byline ("By Jane Doe, Daily News, Lisbon") says where the writer is.
      if (isBylineLine(text, t.start)) continue;
    }
    // "the Navy of Ecuador": a national body named through its country is that country's body ("Ecuadorian Navy").
    const ofCountry = hit.target.actor?.kind === "organization" ? bodyOfCountry(ctx, g, i, hit.last) : null;
    if (ofCountry) {
      for (let k = hit.first; k <= ofCountry.last; k++) ctx.claimed[k] = 1;
      ctx.out.push({ start: hit.start, end: ofCountry.end, text: text.slice(hit.start, ofCountry.end), type: "organization", body: ofCountry.body, paragraph: t.paragraph, speaks: speaksAround(ctx, hit.start, ofCountry.end) });
      i = ofCountry.last;
      continue;
    }
    // "Labour Secretary", "Labour Day": a party's short name qualifying a title or another name is not the party.
    if (single && hit.target.actor?.name.endsWith(" Party") && next?.joined && next.cap && !tokens[hit.last]!.possessive) continue;
    // "a National Security Council meeting": a qualifier that makes a known name part of a longer one.
    if (hit.target.actor?.kind === "organization" && !single && prev?.cap && t.joined && !ctx.claimed[i - 1] && INSTITUTION_QUALIFIERS.has(prev.text)) continue;
    // "Colombian Navy", "Mexico's Navy": a national body of another country, not the US one.
    const bodyName = hit.target.actor && hit.target.actor.kind === "organization" ? nationalBodyOf(ctx, i, hit.end) : null;
    if (bodyName === "run") continue;
    if (bodyName) {
      for (let k = hit.first; k <= hit.last; k++) ctx.claimed[k] = 1;
      const start = bodyName.start ?? hit.start;
      const { generic, name } = bodyName;
      ctx.out.push({ start, end: hit.end, text: text.slice(start, hit.end), type: "organization", body: { generic, name }, paragraph: tokens[i]!.paragraph, speaks: speaksAround(ctx, start, hit.end) });
      i = hit.last;
      continue;
    }
    // "Mexico's navy said": the country's body is the antecedent of a later bare "Navy".
    if (hit.target.actor?.kind === "country" && tokens[hit.last]!.possessive) {
      const body = possessiveBody(ctx, hit.target.actor.name, hit.last);
      if (body) ctx.out.push({ ...body, paragraph: t.paragraph });
    }
    // "United Nations General Assembly", "US Embassy", "Caribbean Wire Service": a known name opening a longer institution name.
    if (hit.target.actor?.kind !== "person" && next?.joined && next.cap && !tokens[hit.last]!.possessive && opensLongerName(ctx, hit.last + 1, g)) continue;
    // "Attorney General's Office of Ecuador", "Universidad Externado de Colombia": closing one.
    if (hit.target.actor?.kind !== "person" && closesLongerName(ctx, i)) continue;
    // "Michael Jordan", "Sofia Smith": a country word inside a personal name.
    if (single && hit.target.actor?.kind === "country" && prev?.joined && GIVEN_NAMES.has(prev.text) && !ctx.claimed[i - 1]) continue;
    for (let k = hit.first; k <= hit.last; k++) ctx.claimed[k] = 1;
    // "U.S. Southern Command" is one name, as a reader (and NER practice) takes it: the
    // country inside a known institution's name is not a mention of its own.
    if (hit.target.actor) {
      ctx.out.push({ start: hit.start, end: hit.end, text: text.slice(hit.start, hit.end), type: "known", target: hit.target, paragraph: t.paragraph, speaks: speaksAround(ctx, hit.start, hit.end) });
    }
    i = hit.last;
  }
}

const TERRITORY_NAMES = new Set(TERRITORIES.map((t) => t.name));
const PLACE_NOUNS = new Set(["island", "islands", "isles", "territory", "territories", "towns", "cities", "ports", "coasts", "beaches", "resorts"]);

/** "islands of Aruba", and each name listed after it ("…, Bonaire and Curaçao"). */
function placeListed(ctx: Ctx, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  const noun = ctx.tokens[i - 2];
  if (prev?.text === "of" && noun && !noun.cap && PLACE_NOUNS.has(noun.text)) return true;
  if (ctx.placeListEnd < 0) return false;
  if (prev?.text === "and" || prev?.text === "or") return ctx.placeListEnd === i - 2 || ctx.text.slice(ctx.tokens[ctx.placeListEnd]!.end, prev.start) === ", ";
  return ctx.placeListEnd === i - 1 && ctx.text.slice(prev!.end, ctx.tokens[i]!.start) === ", ";
}

/** Adjectives that open an institution's own name ("National Security Council" is not the UN's "Security Council"). */
const INSTITUTION_QUALIFIERS = new Set(["National", "Federal", "Royal", "Imperial", "Supreme", "Central", "Presidential", "Constitutional", "Inter-American", "Interamerican", "Permanent", "Joint", "Regional", "Provincial", "State"]);

/** "Navy of Ecuador", "Coast Guard of the Bahamas": a generic national body, "of", then a country. */
function bodyOfCountry(ctx: Ctx, g: Gazetteer, i: number, last: number): { end: number; last: number; body: { generic: string; name: string } } | null {
  const { tokens, text } = ctx;
  const generic = text.slice(tokens[i]!.start, tokens[last]!.end);
  const of = tokens[last + 1];
  if (!BODY_SET.has(generic) || of?.text !== "of" || !of.joined) return null;
  let k = last + 2;
  if (tokens[k]?.text === "the" && tokens[k]!.joined) k++;
  if (!tokens[k]?.joined) return null;
  const country = matchAt(tokens, k, text, ctx.folded, g);
  const demonym = country?.target.actor?.kind === "country" ? DEMONYM_OF.get(country.target.actor.name) : undefined;
  // "Navy of Ecuador (Armada…)" fine; "Navy of Ecuador's…" or "Coast Guard of Trinidad Airport" are something else.
  if (!country || !demonym || tokens[country.last]!.possessive || (tokens[country.last + 1]?.joined && tokens[country.last + 1]!.cap)) return null;
  return { end: country.end, last: country.last, body: { generic, name: `${demonym} ${generic}` } };
}

/**
 * The capitalised words from token `from` end in an institution's head word, and
 * the whole is one name: not a known name of its own, not a country's national body ("Barbados Coast Guard" is
 * read as a body), not a government described by its country ("US Government").
 */
function opensLongerName(ctx: Ctx, from: number, g: Gazetteer): boolean {
  const { tokens, text } = ctx;
  if (!endsInOrgHead(tokens, from)) return false;
  // "U.S. Defense Department": the registry's own name follows; the country stays a mention, as before.
  if (matchAt(tokens, from, text, ctx.folded, g)?.target.actor) return false;
  const start = tokens[from]!.start;
  for (const b of NATIONAL_BODIES) if (text.startsWith(b, start) && !/[\p{L}]/u.test(text.charAt(start + b.length))) return false;
  return !DESCRIPTIVE_HEADS.has(tokens[from]!.text);
}

/**
 * A known name right after "<institution> of (the)": the end of that institution's
 * name, as a reader takes it ("Office of the UN High Commissioner for Human Rights").
 * Not after a descriptive head ("the Government of Colombia" names Colombia).
 */
function closesLongerName(ctx: Ctx, i: number): boolean {
  const { tokens } = ctx;
  let k = i - 1;
  if (ARTICLES_AFTER_OF.has(tokens[k]?.text ?? "") && tokens[i]!.joined) k--;
  const of = tokens[k];
  if (!of || !OF_WORDS.has(of.text) || !tokens[k + 1]!.joined || !of.joined) return false;
  for (let h = k - 1; h >= 0 && h >= k - 9; h--) {
    const w = tokens[h]!;
    if (DESCRIPTIVE_HEADS.has(w.text) || (TITLE_WORDS.has(w.text) && !w.possessive)) return false;
    if (w.cap && ORG_HEADS.has(w.text) && !MEDIA_HEADS.has(w.text)) return true;
    if (!(w.cap || RUN_CONNECTORS.has(w.text)) || (h < k - 1 && !tokens[h + 1]!.joined)) return false;
  }
  return false;
}

const OF_WORDS = new Set(["of", "de", "del", "do", "da", "for", "on"]);
const ARTICLES_AFTER_OF = new Set(["the", "la", "el", "los", "las"]);

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

/**
 * How a country's own bodies are named after it: by demonym ("Mexico" -> "Mexican Navy"),
 * except for countries named as a pair, whose demonym names only half of them
 * ("Antigua and Barbuda Coast Guard", not "Antiguan"). None for the United
 * States: its bodies are in the registry.
 */
const DEMONYM_OF = new Map(
  COUNTRIES.filter((c) => c.name !== "United States" && (c.demonyms[0] || c.name.includes(" and "))).map((c) => [c.name, c.name.includes(" and ") ? c.name : c.demonyms[0]!]),
);
const BODY_SET = new Set(NATIONAL_BODIES);
const LOWER_BODIES = NATIONAL_BODIES.map((b) => b.toLowerCase());

type BodyName = { generic: string; name: string; start?: number };

/**
 * A known generic body ("Navy", "Coast Guard") after a capitalised modifier
 * ("Peruvian Navy", "Royal Navy") is left to the run analysis ("run"); after
 * another country's possessive ("Mexico's Navy") it is that country's body;
 * right after a country's name ("Barbados Coast Guard") the two are
 * one name, and the country is no mention of its own.
 */
function nationalBodyOf(ctx: Ctx, i: number, end: number): "run" | BodyName | null {
  const generic = ctx.text.slice(ctx.tokens[i]!.start, end);
  if (!BODY_SET.has(generic)) return null;
  const prev = ctx.tokens[i - 1];
  if (!prev || !ctx.tokens[i]!.joined || !prev.cap) return null;
  if (!ctx.claimed[i - 1]) {
    if (prev.possessive) return null;
    return (DEMONYMS.has(prev.text) ? prev.text !== "American" : isBodyModifier(ctx, i - 1)) ? "run" : null;
  }
  const country = ctx.out[ctx.out.length - 1];
  if (!country || country.end !== prev.end || country.target?.actor?.kind !== "country") return null;
  if (prev.possessive) {
    const attributive = DEMONYM_OF.get(country.target.actor.name);
    return attributive ? { generic, name: `${attributive} ${generic}` } : null;
  }
  ctx.out.pop();
  // "the Royal Netherlands Navy": a qualifier before the country opens the body's name.
  let from = i - 1;
  while (from > 0 && ctx.claimed[from - 1] === 0 && ctx.tokens[from]!.joined && ctx.tokens[from - 1]!.cap && !ctx.tokens[from - 1]!.possessive && INSTITUTION_QUALIFIERS.has(ctx.tokens[from - 1]!.text)) from--;
  while (ctx.tokens[from]!.start > country.start) from--;
  for (let k = from; k < i; k++) ctx.claimed[k] = 1;
  const start = ctx.tokens[from]!.start;
  return { generic, name: ctx.text.slice(start, end), start };
}

/** "Royal" in "Royal Navy": a capitalised word that can qualify an institution (not "The", a month, a title). */
function isBodyModifier(ctx: Ctx, k: number): boolean {
  const t = ctx.tokens[k]!;
  return t.kind === "word" && !t.allCaps && !COMMON_CAPITALISED.has(t.text) && !MONTHS_AND_DAYS.has(t.text) && !TITLE_WORDS.has(t.text) && !isCommon(ctx, t);
}

/**
 * "officials in Ankara", "a government spokesman in Rome", "watched closely in
 * Beijing": after these a capital stands for its government; elsewhere "in
 * <capital>" is a place ("In Washington, the Pentagon…", "an ambassador in Lima").
 */
function governmentInCapital(ctx: Ctx, loc: number, end: number): boolean {
  const prep = ctx.tokens[loc]!;
  // "In Washington, the reaction was muted": no one else is named, so the capital is who reacted
  // ("In Washington, the Pentagon referred questions…" is a place).
  if (prep.clauseStart && prep.text === "In") {
    const m = /^, (?:the |there (?:was|were) )?([a-z]+)/.exec(ctx.text.slice(end, end + 30));
    return Boolean(m && m[1] && (REACTION_WORDS.has(m[1]) || OFFICIALDOM_NOUNS.has(m[1])));
  }
  // "sent a diplomatic note to Washington": what is sent to a capital goes to its government.
  if (prep.text === "to") {
    const noun = ctx.tokens[loc - 1];
    return Boolean(noun && !noun.cap && noun.paragraph === prep.paragraph && SENT_NOUNS.has(noun.text));
  }
  if (prep.clauseStart || prep.text !== "in") return false;
  let w = ctx.tokens[loc - 1];
  // "watched closely in": an adverb between the word and the preposition.
  if (w && w.kind === "word" && w.text.endsWith("ly")) w = ctx.tokens[loc - 2];
  if (!w || (w.cap && !w.clauseStart) || w.paragraph !== prep.paragraph) return false;
  const word = w.cap ? w.text.toLowerCase() : w.text;
  return OFFICIALDOM_NOUNS.has(word) || REACTION_WORDS.has(word);
}

/** Things sent to a government: "a note to Lima", "an appeal to Washington". */
const SENT_NOUNS = new Set(["note", "notes", "letter", "letters", "message", "messages", "request", "requests", "appeal", "appeals", "complaint", "protest", "demand", "demands", "plea", "ultimatum", "warning", "warnings", "signal", "overture", "overtures"]);

/** "Mexico's navy", "Colombia's foreign ministry": a silent antecedent for a later bare "Navy". */
function possessiveBody(ctx: Ctx, country: string, last: number): Omit<Candidate, "paragraph"> | null {
  const demonym = DEMONYM_OF.get(country);
  const next = ctx.tokens[last + 1];
  if (!demonym || !next || next.cap) return null;
  const after = ctx.text.slice(next.start, next.start + 20).toLowerCase();
  for (let k = 0; k < LOWER_BODIES.length; k++) {
    const b = LOWER_BODIES[k]!;
    if (after.startsWith(b) && !/[\p{L}]/u.test(after.charAt(b.length))) {
      const generic = NATIONAL_BODIES[k]!;
      return { start: next.start, end: next.start + b.length, text: ctx.text.slice(next.start, next.start + b.length), type: "body", body: { generic, name: `${demonym} ${generic}` } };
    }
  }
  return null;
}

/**
 * A dateline opening a paragraph: the place ("CARACAS", "Bogotá", "SANTO DOMINGO,
 * Dominican Republic"), maybe a date, then the agency in brackets, a dash or ".-",
 * or the end of its line. The agency is left out: it is a name.
 */
const DATELINE_PLACE = /^\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,3}(?:, \p{Lu}[\p{L}.'-]*(?: (?:and )?\p{Lu}[\p{L}.'-]*){0,2})?/u;
const DATELINE_DATE = /^,? (?:\p{Lu}\p{Ll}{2,8}\.? \d{1,2}(?:, \d{4})?|\d{1,2} \p{Lu}\p{Ll}{2,8}\.?(?: \d{4})?)/u;
const DATELINE_CLOSE = /^(?: ?\([^)\n]{1,30}\)\s*(?:[-\u2013\u2014]|\.[-\u2013\u2014])|\s+[\u2013\u2014-]\s|\.[-\u2013\u2014])/u;

function datelineEnd(ctx: Ctx, t: Token): number {
  let end = ctx.datelines.get(t.paragraph);
  if (end === undefined) {
    end = -1;
    const lineStart = ctx.text.lastIndexOf("\n", t.start - 1) + 1;
    const head = ctx.text.slice(lineStart, lineStart + 90);
    const place = DATELINE_PLACE.exec(head);
    // "LISBON, Mar 2": the words after the comma may be the date's month, not the country.
    const comma = place ? place[0].indexOf(",") : -1;
    for (const length of place ? (comma > 0 ? [place[0].length, comma] : [place[0].length]) : []) {
      let at = length;
      const date = DATELINE_DATE.exec(head.slice(at));
      if (date) at += date[0].length;
      const rest = head.slice(at);
      if (DATELINE_CLOSE.test(rest) || (date && /^\s*(?:\n|$)/.test(rest))) {
        end = lineStart + at;
        break;
      }
    }
    ctx.datelines.set(t.paragraph, end);
  }
  return end;
}

/**
 * "WASHINGTON, Nov 14 (Meridian) -": the name in brackets closing a dateline is
 * the agency or paper that filed the story, whatever its words.
 */
function datelineAgency(ctx: Ctx, i: number): boolean {
  const { tokens, text } = ctx;
  const t = tokens[i]!;
  // A bare acronym ("(MNS)") is left to the initialisms, which can tie it to the full name.
  if (text.charCodeAt(t.start - 1) !== 40 || (t.allCaps && text.charCodeAt(t.end) === 41)) return false;
  const end = datelineEnd(ctx, t);
  if (end < 0 || !/^ ?\($/.test(text.slice(end, t.start))) return false;
  const close = text.indexOf(")", t.start);
  let j = i;
  while (j + 1 < tokens.length && tokens[j + 1]!.end <= close) j++;
  if (tokens[j]!.end !== close) return false;
  for (let k = i; k <= j; k++) if (ctx.claimed[k]) return false;
  for (let k = i; k <= j; k++) ctx.claimed[k] = 1;
  ctx.out.push({ start: t.start, end: close, text: text.slice(t.start, close), type: "organization", paragraph: t.paragraph });
  return true;
}

/** The line holding pos opens with "By ": a byline, whose places are where the writer is. */
function isBylineLine(text: string, pos: number): boolean {
  const lineStart = text.lastIndexOf("\n", pos - 1) + 1;
  if (!text.startsWith("By ", lineStart) || text.startsWith("By the ", lineStart) || pos - lineStart > 120) return false;
  const lineEnd = text.indexOf("\n", pos);
  return (lineEnd < 0 ? text.length : lineEnd) - lineStart < 150 && isUpperCode0(text, lineStart + 3);
}

function isUpperCode0(text: string, i: number): boolean {
  const ch = text.charAt(i);
  return ch !== "" && ch.toUpperCase() === ch && ch.toLowerCase() !== ch;
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
    // "MANTA, Ecuador, 3 Nov (Wire).–": the dateline's place in capitals is where the story was filed.
    if (t.allCaps && t.end <= datelineEnd(ctx, t)) continue;
    if (datelineAgency(ctx, i)) continue;
    let j = i;
    while (j + 1 < tokens.length && (!tokens[j]!.possessive || possessiveInsideName(ctx, i, j))) {
      const next = tokens[j + 1]!;
      if (!next.joined) break;
      if (isRunToken(next)) {
        j++;
        continue;
      }
      // Up to two lowercase connectors between capitalised words: "Office of Legal Counsel", "Cartel de los Soles".
      let k = j + 1;
      while (k < tokens.length && k - j <= 2 && RUN_CONNECTORS.has(tokens[k]!.text) && tokens[k]!.joined) k++;
      // "University of Texas at Austin": a campus named after "at" inside a university's name.
      if (k === j + 1 && tokens[k]?.text === "at" && tokens[k]!.joined && tokens[k + 1]?.joined && isRunToken(tokens[k + 1]!) && universityRun(tokens, i, j)) k++;
      const after = tokens[k];
      // "told W Radio the Air Force…": "the" alone never joins two names; "of the" does.
      if (k > j + 1 && after && after.joined && isRunToken(after) && tokens[j + 1]!.text !== "the" && joinsInsideName(tokens, i, j + 1, k) && !stateOfPerson(tokens, j, k)) {
        j = k;
        continue;
      }
      break;
    }
    if (bracketedAlias(ctx, i, j)) {
      i = j;
      continue;
    }
    const surname = nicknameAt(ctx, j);
    if (surname > 0) {
      pushNicknamed(ctx, i, j, surname);
      // The nickname and the surname are read next as lone words, for resolution to tie them back.
      i = j;
      continue;
    }
    analyzeRun(ctx, i, j);
    i = j;
  }
}

const UNIVERSITY_HEADS = new Set(["University", "College", "Institute"]);

/** The run holds "University of <place>": only then does "at <campus>" continue it. */
function universityRun(tokens: readonly Token[], i: number, j: number): boolean {
  for (let k = i; k < j; k++) if (UNIVERSITY_HEADS.has(tokens[k]!.text) && tokens[k + 1]!.text === "of") return true;
  return false;
}

/**
 * A run of two words or more alone in brackets right after an institution's name
 * renames it, whatever its words ("(Inspección General de Pesca)"); the same words
 * later in the article are that name again.
 */
function bracketedAlias(ctx: Ctx, i: number, j: number): boolean {
  const { tokens, text } = ctx;
  if (j === i) return false;
  for (let k = i; k <= j; k++) if (ctx.claimed[k]) return false;
  const start = tokens[i]!.start;
  const end = tokens[j]!.end;
  const words = text.slice(start, end);
  if (ctx.aliases.has(words)) {
    ctx.out.push({ start, end, text: words, type: "organization", paragraph: tokens[i]!.paragraph, speaks: speaksAround(ctx, start, end) });
    return true;
  }
  if (text.charCodeAt(start - 1) !== 40 || text.charCodeAt(end) !== 41) return false;
  let prev: Candidate | undefined;
  for (const c of ctx.out) if (c.end <= start && c.end >= start - 2 && (!prev || c.end > prev.end)) prev = c;
  if (!prev || text.slice(prev.end, start).trim() !== "(") return false;
  const named = prev.type === "organization" || prev.type === "group" || (prev.type === "known" && prev.target?.actor?.kind === "organization");
  if (!named) return false;
  ctx.aliases.add(words);
  ctx.out.push({ start, end, text: words, type: "organization", aliasOf: prev.start, paragraph: tokens[i]!.paragraph, speaks: speaksAround(ctx, start, end) });
  return true;
}

/**
 * "King's College London", "the Prime Minister's Office": a title's possessive
 * inside an institution's name. A person's or an institution's possessive never
 * is ("Trump's Justice Department", "the Department of Justice's Office of Legal
 * Counsel" name two actors each).
 */
function possessiveInsideName(ctx: Ctx, i: number, j: number): boolean {
  const { tokens } = ctx;
  const next = tokens[j + 1];
  if (!TITLE_WORDS.has(tokens[j]!.text) || ctx.claimed[j] || !next?.joined || !endsInOrgHead(tokens, j + 1)) return false;
  for (let k = i; k < j; k++) if (ORG_HEADS.has(tokens[k]!.text) || tokens[k]!.text === "of") return false;
  return true;
}

const NICK_OPEN = /^ ["\u201c]$/;
const NICK_CLOSE = /^["\u201d] $/;

/** Rosalind "Roz" Achterberg: index of the surname after a quoted nickname that ends the run at j, else -1. */
function nicknameAt(ctx: Ctx, j: number): number {
  const { tokens, text } = ctx;
  const given = tokens[j]!;
  const nick = tokens[j + 1];
  const surname = tokens[j + 2];
  if (!nick || !surname || given.possessive || given.kind !== "word" || TITLE_WORDS.has(given.text) || ctx.claimed[j] || nick.kind !== "word" || !nick.cap || surname.kind !== "word" || !isRunToken(surname) || ctx.claimed[j + 2]) return -1;
  if (nick.end - nick.start > 20 || !NICK_OPEN.test(text.slice(given.end, nick.start)) || !NICK_CLOSE.test(text.slice(nick.end, surname.start))) return -1;
  return j + 2;
}

/**
 * A quoted nickname marks a person: the given name(s) before it are a mention of
 * the person whose surname follows it. Titles before the given name are left to
 * the run analysis.
 */
function pushNicknamed(ctx: Ctx, i: number, j: number, surnameAt: number): void {
  const { tokens, text } = ctx;
  let g = j;
  while (g > i && tokens[g - 1]!.kind === "word" && !TITLE_WORDS.has(tokens[g - 1]!.text) && !ctx.claimed[g - 1] && !isCommon(ctx, tokens[g - 1]!)) g--;
  if (g > i) analyzeRun(ctx, i, g - 1);
  let k = surnameAt;
  while (k + 1 < tokens.length && tokens[k + 1]!.joined && tokens[k + 1]!.kind === "word" && isRunToken(tokens[k + 1]!) && !tokens[k]!.possessive) k++;
  const a = tokens[g]!;
  const b = tokens[j]!;
  const nameTokens: string[] = [];
  for (let x = g; x <= j; x++) nameTokens.push(tokens[x]!.fold.toLowerCase());
  for (let x = surnameAt; x <= k; x++) if (!SUFFIXES.has(tokens[x]!.text)) nameTokens.push(tokens[x]!.fold.toLowerCase());
  ctx.out.push({
    start: a.start, end: b.end, text: text.slice(a.start, b.end), type: "person", nameTokens,
    fullName: `${text.slice(a.start, b.end)} ${text.slice(tokens[surnameAt]!.start, tokens[k]!.end)}`,
    nickname: tokens[j + 1]!.fold.toLowerCase(), titled: g > i && TITLE_WORDS.has(tokens[g - 1]!.text),
    speaks: speaksAround(ctx, a.start, b.end), paragraph: a.paragraph,
  });
}

/** "Sen. Jane Doe of Maryland": the state describes the person; it is not part of a name. */
function stateOfPerson(tokens: readonly Token[], j: number, k: number): boolean {
  if (k !== j + 2 || tokens[j + 1]!.text !== "of") return false;
  const w = tokens[j]!.text;
  if (ORG_HEADS.has(w) || GROUP_HEADS.has(w) || NON_ACTOR_HEADS.has(w) || TITLE_WORDS.has(w) || TITLE_COMPLEMENTS.has(w)) return false;
  return isUsState(tokens, k);
}

function isUsState(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (US_STATES.has(t.text)) return !(tokens[k + 1]?.joined && tokens[k + 1]?.cap && !tokens[k]!.possessive);
  const second = US_STATE_PAIRS.get(t.text);
  const next = tokens[k + 1];
  return Boolean(second && next && next.joined && second.has(next.text));
}

/**
 * "and" joins two names into one only inside an "X of/for/on A and B" name ("Bureau of
 * International Narcotics and Law Enforcement Affairs", "Office on Drugs and Crime"), never "A and the B".
 */
function joinsInsideName(tokens: readonly Token[], runStart: number, from: number, to: number): boolean {
  let hasAnd = false;
  for (let k = from; k < to; k++) if (tokens[k]!.text === "and") hasAnd = true;
  if (!hasAnd) return true;
  if (to - from > 1) return false;
  for (let k = runStart; k < from; k++) if (tokens[k]!.text === "of" || tokens[k]!.text === "for" || tokens[k]!.text === "on") return true;
  return coordinatedSubjects(tokens, from, to);
}

const PEOPLE_AFTER = /^ (?:officials?|lawyers?|aides?|diplomats?|staff|spokes\w+|sources?|employees|investigators?)\b/;

const PANEL_HEADS = new Set(["Committee", "Subcommittee", "Commission", "Caucus", "Panel"]);

/**
 * "Ways and Means Committee", "Energy and Commerce Committee": two subjects of one
 * panel. Two names joined by "and" ("CNN and Fox News") stay apart: the word
 * before "and" is a plain capitalised word and the panel head comes within three words after it.
 */
function coordinatedSubjects(tokens: readonly Token[], and: number, after: number): boolean {
  const before = tokens[and - 1]!;
  // "the Globe and Mail", "the Post and Courier": one paper.
  const next = tokens[after + 1];
  if (MEDIA_HEADS.has(before.text) && MEDIA_HEADS.has(tokens[after]!.text) && !(next?.joined && next.cap)) return true;
  if (before.allCaps || ORG_HEADS.has(before.text) || before.possessive) return false;
  for (let k = after; k < tokens.length && k < after + 3; k++) {
    const t = tokens[k]!;
    if (k > after && !t.joined) return false;
    if (!t.cap) return false;
    if (PANEL_HEADS.has(t.text)) return true;
    if (t.possessive) return false;
  }
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
  if (VEHICLE_PREFIXES.has(first.text) || STREET_PREFIXES.has(first.text) || first.text === "Operation") return;
  // "the Government of Petro", "the Administration of Jane Doe": the ruler is the one named.
  if (DESCRIPTIVE_HEADS.has(first.text) && tokens[s + 1]?.text === "of" && s + 2 <= e) {
    analyzeStretch(ctx, s + 2, s + 2, e);
    return;
  }

  // Trailing personal name: capitalised non-lexicon words, initials, particles between them.
  let p = e;
  // "Thomas Ledger", "Anna Star": a paper's head word after a given name is a surname.
  if (MEDIA_HEADS.has(tokens[e]!.text) && e > s && GIVEN_NAMES.has(tokens[e - 1]!.text) && tokens[e]!.joined) roles[e] = "N";
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

  // "President of the Republic", "Fiscalía General del Estado": a word after "the"/"del" ends a title or a name, it is no person.
  const afterConnector = ns <= e && ns > s && !tokens[ns - 1]!.cap && RUN_CONNECTORS.has(tokens[ns - 1]!.text);
  if (afterConnector && titled) {
    if (hasHead(roles, s, e)) pushOrg(ctx, s, e);
    return;
  }
  if (ns <= e && titled) {
    let roleFrom = ts + 1;
    while (roleFrom < ns && (RUN_CONNECTORS.has(tokens[roleFrom]!.text) || tokens[roleFrom]!.text === "The")) roleFrom++;
    let role = roleFrom < ns ? text.slice(tokens[roleFrom]!.start, tokens[ns - 1]!.end) : null;
    // "President Claudia Sheinbaum of Mexico": the country completes the title.
    const of = /^ of ((?:the )?\p{Lu}[\p{L}.]+(?: \p{Lu}[\p{L}.]+)*)/u.exec(text.slice(tokens[e]!.end, tokens[e]!.end + 40));
    if (role && of && of[1] && ctx.claimed[e + 2 + (of[1].startsWith("the ") ? 1 : 0)]) role = `${role} of ${of[1]}`;
    if (e - ns < 4) pushPerson(ctx, ns, e, role, true);
    // "Senate Armed Services Committee Chairman Roger Wicker": the body whose title it is, up to its last head word.
    let ft = Math.max(s, ts + 1);
    while (ft < ns && roles[ft] !== "T") ft++;
    let h = ft - 1;
    while (h >= s && roles[h] !== "H") h--;
    if (h > s || (h === s && ts + 1 > s)) pushOrg(ctx, s, h);
    return;
  }
  if (hasHead(roles, s, e)) {
    pushOrg(ctx, s, e);
    return;
  }
  // "State and the embassy agree": a department by its subject alone, if the article names it
  // ("Treasury officials" is an adjective, not a mention).
  if (s === e && roles[s] === "K" && first.kind === "word" && !RUN_CONNECTORS.has(first.text) && !PEOPLE_AFTER.test(text.slice(first.end, first.end + 16))) {
    ctx.out.push({ start: first.start, end: first.end, text: first.text, type: "lone", shortForm: "department", paragraph: first.paragraph });
    return;
  }
  if (ns > e) {
    // "Coastal Affairs will hold a hearing": no name, no head; perhaps part of a longer name in the article.
    const a = tokens[s]!;
    const b = tokens[e]!;
    if (e > s && a.kind === "word" && b.kind === "word") ctx.out.push({ start: b.start, end: b.end, text: b.text, type: "lone", paragraph: b.paragraph, run: { start: a.start, end: b.end, text: text.slice(a.start, b.end), only: true } });
    return;
  }
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
    // "of Maryland", "R-Okla.": a person's state or party tag.
    if (US_STATES.has(t.text) || (t.text.charCodeAt(1) === 45 && /^[RDI]-\p{Lu}/u.test(t.text))) return;
    if (t.allCaps && isTimeZone(ctx, ns)) return;
    if (isDefinedShortForm(ctx, ns)) {
      ctx.out.push({ start: t.start, end: t.end, text: t.text, type: "acronym", paragraph: t.paragraph });
      return;
    }
    // "MoD", "DoJ": resolution ties them to a name with those initials, or drops them.
    if (isMixedInitialism(t)) {
      ctx.out.push({ start: t.start, end: t.end, text: t.text, type: "acronym", shortForm: "initials", speaks: speaksAround(ctx, t.start, t.end), paragraph: t.paragraph });
      return;
    }
    // "Caricom, the regional bloc,": an appositive that says what kind of body the word names.
    if (t.kind === "word" && ORG_APPOSITIVE.test(text.slice(t.end, t.end + 60))) {
      ctx.out.push({ start: t.start, end: t.end, text: t.text, type: "organization", paragraph: t.paragraph, speaks: speaksAround(ctx, t.start, t.end) });
      return;
    }
    if (t.allCaps && /^\p{Lu}{2,6}(?:-?\d{1,3})?$/u.test(t.text) && !NON_ORG_ACRONYMS.has(t.text) && !isShoutingLine(ctx, ns)) {
      ctx.out.push({ start: t.start, end: t.end, text: t.text, type: "acronym", paragraph: t.paragraph });
    } else if (t.kind === "word" && !isShoutingLine(ctx, ns)) {
      // "the Biden administration": a head of government's surname.
      const leader = (!t.possessive && /^ (?:administration|presidency|government)\b/.test(text.slice(t.end, t.end + 16)) && !DEMONYMS.has(t.text)) ||
        (ns === s && lowerTitleBefore(ctx, ns));
      // Not "told MPs" / "told Americans": plural acronyms and nationalities are audiences, not outlets.
      const outletCue = !leader && ns === s && !GIVEN_NAMES.has(t.text) && !NON_ORG_ACRONYMS.has(t.text) && !DEMONYMS.has(t.text) && !/^\p{Lu}+s$/u.test(t.text) &&
        OUTLET_CUE.test(text.slice(Math.max(0, t.start - 20), t.start));
      ctx.out.push({ start: t.start, end: t.end, text: t.text, type: leader ? "person" : "lone", titled: leader, nameTokens: [t.fold.toLowerCase()], speaks: speaksAround(ctx, t.start, t.end), paragraph: t.paragraph, ...(outletCue ? { outletCue } : {}) });
    }
    return;
  }
  // "told El Tiempo", "according to Le Monde": a paper's foreign title, not a person.
  if (n <= 3 && ns === s && FOREIGN_ARTICLES.has(tokens[ns]!.text) && !GIVEN_NAMES.has(tokens[ns + 1]!.text) && OUTLET_CUE.test(text.slice(Math.max(0, tokens[ns]!.start - 20), tokens[ns]!.start))) {
    const a = tokens[ns]!;
    const b = tokens[e]!;
    ctx.out.push({ start: a.start, end: b.end, text: text.slice(a.start, b.end), type: "organization", paragraph: a.paragraph, speaks: speaksAround(ctx, a.start, b.end) });
    return;
  }
  if (n <= 4 && personEvidence(ctx, ns, e)) {
    pushPerson(ctx, ns, e, appositiveRole(ctx, e), false);
    return;
  }
  // No evidence for the whole run: its last word may still be a surname already known,
  // or the whole run part of a longer institution's name ("Armed Services").
  const last = tokens[e]!;
  if (last.kind === "word") {
    const whole = ns < e ? { start: tokens[ns]!.start, end: last.end, text: text.slice(tokens[ns]!.start, last.end) } : undefined;
    ctx.out.push({ start: last.start, end: last.end, text: last.text, type: "lone", speaks: speaksAround(ctx, last.start, last.end), paragraph: last.paragraph, ...(whole ? { run: whole } : {}) });
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
  // "Authorization for Use of Military Force", "Convention on the Rights of the Child": a law named by its first word.
  if (NON_ACTOR_HEADS.has(tokens[s]!.text) && RUN_CONNECTORS.has(tokens[s + 1]?.text ?? "") && kind !== "group") return;
  // "Air Force One", "Marine One": a numbered craft, not the institution.
  if (NUMBER_NAMES.has(tokens[e]!.text)) return;
  // "the Justice and State Departments": half of a coordinated plural, not a name.
  if (tokens[s - 1]?.text === "and" && /s$/.test(tokens[e]!.text) && ORG_HEADS.has(tokens[e]!.text.slice(0, -1))) return;
  // "Venezuelan Cartel de los Soles" is named "Cartel de los Soles".
  while (kind === "group" && s < e && (DEMONYMS.has(tokens[s]!.text) || ctx.roles[s] === "K")) s++;
  // "the Drug Cartels", "the Gangs": a group noun alone, capitalised for emphasis, names no one.
  if (s === e && GENERIC_GROUP_NOUNS.has(tokens[s]!.text)) return;
  const nameStart = afterDescription(ctx, s, e);
  if (nameStart > s) {
    // The description may itself hold a name: "Jane Roe of the Harbour Trust".
    let d = nameStart - 1;
    while (d > s && (!tokens[d]!.cap || RUN_CONNECTORS.has(tokens[d]!.text))) d--;
    analyzeStretch(ctx, s, s, d);
    s = nameStart;
  }
  if (s === e && kind !== "group") {
    // "told the Herald", "the Post reported": a paper by the last word of its name.
    const w = tokens[s]!;
    const the = tokens[s - 1];
    if (SHORT_MEDIA_NAMES.has(w.text) && (the?.text === "the" || the?.text === "The") && w.joined) {
      ctx.out.push({ start: w.start, end: w.end, text: w.text, type: "organization", fullName: `The ${w.text}`, shortForm: "media", paragraph: w.paragraph, speaks: speaksAround(ctx, w.start, w.end) });
    }
    // "the House voted", "the House and Senate": a legislature's chamber by its short name.
    if (w.text === "House" && (the?.text === "the" || the?.text === "The") && w.joined && tokens[s + 1]?.text !== "of") {
      ctx.out.push({ start: w.start, end: w.end, text: w.text, type: "lone", shortForm: "chamber", paragraph: w.paragraph, speaks: speaksAround(ctx, w.start, w.end) });
    }
    return;
  }
  // "Designated Terrorist Organization": a legal designation, not an actor.
  if (/^Organi[sz]ations?$/.test(tokens[e]!.text)) for (let k = s; k < e; k++) if (DESIGNATION_WORDS.has(tokens[k]!.text)) return;
  let start = tokens[s]!.start;
  const prev = tokens[s - 1];
  if (prev && prev.text === "The" && prev.end + 1 === start && MEDIA_HEADS.has(tokens[e]!.text)) start = prev.start;
  const end = tokens[e]!.end;
  // "Barbados Defence Force": a country's name opening its body's name.
  const generic = BODY_SET.has(text.slice(start, end));
  const country = generic ? countryBefore(ctx, s) : null;
  if (country) start = country.start;
  // "Colombia's Foreign Ministry": the country's body, named as the country names it ("Colombian Foreign Ministry").
  const owner = generic && !country ? possessiveCountryBefore(ctx, s) : null;
  const attributive = owner?.target?.actor ? DEMONYM_OF.get(owner.target.actor.name) : undefined;
  // "Colombian Navy", "Royal Navy": another country's national body; a later bare "Navy" may mean it.
  const body = attributive ? { generic: text.slice(start, end), name: `${attributive} ${text.slice(start, end)}` } : bodyOf(ctx, s, e, start);
  const chamber = /^(?:Sub)?[Cc]ommittee$/.test(tokens[e]!.text) ? chamberOf(ctx, s) : null;
  const fullName = chamber ? `${chamber} ${text.slice(start, end)}` : attributive ? body?.name : undefined;
  ctx.out.push({ start, end, text: text.slice(start, end), type: kind === "group" ? "group" : "organization", paragraph: tokens[s]!.paragraph, speaks: speaksAround(ctx, start, end), ...(body ? { body } : {}), ...(fullName ? { fullName } : {}) });
}

/**
 * "an Ohio Democrat on the House Ways and Means Committee": when no head word
 * comes before a lowercase connector, the words before it describe someone and
 * the name starts after it. ("Office of Legal Counsel" has its head first.)
 */
function afterDescription(ctx: Ctx, s: number, e: number): number {
  const { tokens, roles } = ctx;
  let cut = -1;
  for (let k = s; k <= e; k++) {
    if (roles[k] === "H" && tokens[k]!.cap) break;
    if (!tokens[k]!.cap && RUN_CONNECTORS.has(tokens[k]!.text)) cut = k;
  }
  if (cut < 0 || cut >= e) return s;
  let k = cut + 1;
  while (k < e && !tokens[k]!.cap) k++;
  return k;
}

/** The country candidate that ends right before token s in the same run ("Barbados" + "Coast Guard"), taken out of the output. */
function countryBefore(ctx: Ctx, s: number): Candidate | null {
  const prev = ctx.tokens[s - 1];
  if (!prev || !ctx.claimed[s - 1] || prev.possessive || !ctx.tokens[s]!.joined) return null;
  for (let k = ctx.out.length - 1; k >= 0; k--) {
    const c = ctx.out[k]!;
    if (c.end === prev.end && c.type === "known" && c.target?.actor?.kind === "country") {
      ctx.out.splice(k, 1);
      return c;
    }
    if (c.end < prev.end && c.type === "known") break;
  }
  return null;
}

/** The country whose possessive ends right before token s ("Mexico's" + "National Guard"), left in the output. */
function possessiveCountryBefore(ctx: Ctx, s: number): Candidate | null {
  const prev = ctx.tokens[s - 1];
  if (!prev || !ctx.claimed[s - 1] || !prev.possessive || !ctx.tokens[s]!.joined) return null;
  for (let k = ctx.out.length - 1; k >= 0; k--) {
    const c = ctx.out[k]!;
    if (c.end === prev.end) return c.type === "known" && c.target?.actor?.kind === "country" ? c : null;
    if (c.end < prev.end && c.type === "known") break;
  }
  return null;
}

/** A national body ending the name ("Royal Navy", "Peruvian National Police", "Barbados Coast Guard"), or none. */
function bodyOf(ctx: Ctx, s: number, e: number, start: number): { generic: string; name: string } | undefined {
  const { text, tokens } = ctx;
  const end = tokens[e]!.end;
  const name = text.slice(start, end);
  if (start < tokens[s]!.start) return BODY_SET.has(text.slice(tokens[s]!.start, end)) ? { generic: text.slice(tokens[s]!.start, end), name } : undefined;
  // The qualifier must say whose body it is: a demonym or a name ("Royal"), not "National" in "National Police".
  let qualified = false;
  for (let k = s + 1; k <= e; k++) {
    const q = tokens[k - 1]!;
    qualified ||= DEMONYMS.has(q.text) || ctx.roles[k - 1] === "N";
    const generic = text.slice(tokens[k]!.start, end);
    if (qualified && BODY_SET.has(generic)) return { generic, name };
  }
  return undefined;
}

const SENATE_TITLES = new Set(["Sen.", "Sens.", "Senator", "Senators"]);
const HOUSE_TITLES = new Set(["Rep.", "Reps.", "Representative", "Congressman", "Congresswoman"]);
const CHAMBERS = new Set(["Senate", "House", "Congressional", "Joint", "Parliamentary", "Select"]);

/**
 * "Sen. Jane Doe, a member of the Armed Services Committee": a committee named
 * without its chamber, in a paragraph about a titled senator or representative,
 * belongs to that chamber.
 */
function chamberOf(ctx: Ctx, s: number): "Senate" | "House" | null {
  const first = ctx.tokens[s]!;
  if (CHAMBERS.has(first.text) || ctx.claimed[s - 1] || ctx.tokens[s - 1]?.possessive) return null;
  let found: "Senate" | "House" | null = null;
  for (let k = s - 1; k >= 0 && k >= s - 40; k--) {
    const t = ctx.tokens[k]!;
    if (t.paragraph !== first.paragraph) break;
    const c = SENATE_TITLES.has(t.text) ? "Senate" : HOUSE_TITLES.has(t.text) ? "House" : null;
    if (c && found && c !== found) return null;
    if (c) found = c;
  }
  return found;
}

const GENERIC_GROUP_NOUNS = new Set(["Cartel", "Cartels", "Gang", "Gangs", "Brigade", "Brigades", "Militia", "Militias", "Mafia", "Mafias", "Clan", "Clans", "Syndicate", "Syndicates", "Rebels", "Guerrillas", "Insurgents", "Commando", "Front"]);
const DESIGNATION_WORDS = new Set(["Designated", "Terrorist", "Terrorism"]);
const NUMBER_NAMES = new Set(["One", "Two", "Three", "Four", "Five"]);

/** A headline or dateline in capitals: capitalisation there proves nothing. */
function isShoutingLine(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i]!;
  if (!t.allCaps || t.text.length < 2) return false;
  // "LISBON (HWS) —": the dateline shouts, the agency in brackets is a name.
  if (ctx.text.charCodeAt(t.start - 1) === 40 && ctx.text.charCodeAt(t.end) === 41) return false;
  // "LONDON, Jan 14 (Wire) -": a dateline opening its paragraph.
  if (ctx.tokens[i - 1]?.paragraph !== t.paragraph && DATELINE_AFTER.test(ctx.text.slice(t.end, t.end + 16))) return true;
  const next = ctx.tokens[i + 1];
  const prev = ctx.tokens[i - 1];
  // A one-letter neighbour ("A DNCD spokesman") is an article or an initial, not shouting.
  const shouts = (n: Token | undefined) => Boolean(n && n.paragraph === t.paragraph && n.allCaps && n.kind === "word" && n.text.length > 1);
  if (shouts(next) || shouts(prev) || /^\s*[\u2014\u2013-]/.test(ctx.text.slice(t.end, t.end + 3))) return true;
  // "ONE BOAT AT A TIME": a lone capital letter inside a shouted phrase is shouting too.
  const beyond = (k: number, step: number) => {
    const n = ctx.tokens[k];
    const far = ctx.tokens[k + step];
    // One phrase: single spaces on both sides of the letter ("(PSO). A PSO inspector" is two sentences).
    const phrase = step < 0 ? t.joined && n?.joined : n?.joined && far?.joined;
    return n && phrase && n.allCaps && n.text.length === 1 ? far : undefined;
  };
  if (shouts(beyond(i - 1, -1)) || shouts(beyond(i + 1, 1))) return true;
  // "LIVES | Taganga": a section label before a bar.
  if (prev?.paragraph !== t.paragraph && /^ ?\| /.test(ctx.text.slice(t.end, t.end + 3))) return true;
  // "SIMPLE!": an exclamation; "PHOTO: Relatives light…": a label opening its paragraph.
  const after = ctx.text.charCodeAt(t.end);
  return after === 33 || (after === 58 && prev?.paragraph !== t.paragraph);
}

/** ", the regional bloc,", ", a rights group that…": adjectives then a kind of body ending the appositive (not "a member of the union", "the union leader"). */
const ORG_APPOSITIVE = new RegExp(`^, (?:a|an|the) (?:(?!(?:of|for|in|at|with|to|and) )(?:[a-z-]+|\\p{Lu}{2,3}|(?:\\p{Lu}\\.){2}) ){0,3}(?:${[...ORG_DESCRIPTORS].join("|")}|bloc|body)(?=[,.;:)]|\\s+(?:that|which|said|says|has|had|is|was|still|now|whose|based|operating)\\b)`, "u");
const DATELINE_AFTER = /^(?:,\s*\p{Lu}[\p{L}.]*\.? \d|\s*\([^)]{1,30}\)\s*[-\u2013\u2014])/u;
const APPOSITIVE = /^,\s+(?:who|whose)\b/;
const BEFORE_SPEECH = /(?:\b(?:said|says|according to|told|wrote|added)\s+|^By\s+|(?:Photo|Photograph|Credit|Courtesy)\s*[:/]\s*)$/;
const AFTER_CREDIT = /^(?:\/\p{Lu}|\s+at\s+\S+@|\s*\(\d{1,3}\))/u;

/** "press secretary Kingsley Parnell", "prime minister, Jane Doe": a lowercase role just before the name. */
function lowerTitleBefore(ctx: Ctx, s: number): boolean {
  const prev = ctx.tokens[s - 1];
  if (!prev || prev.cap || prev.kind !== "word" || !LOWER_TITLE_HEADS.has(prev.text)) return false;
  return ctx.tokens[s]!.joined || (ctx.tokens[s]!.start - prev.end === 2 && ctx.text.startsWith(", ", prev.end));
}

/**
 * A mixed-case short form ("MoD", "FinCEN") in parentheses right after a name
 * defines an alias for the rest of the article; later uses are that name too.
 */
function isDefinedShortForm(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i]!;
  if (t.kind !== "word" || t.allCaps || t.text.length > 8 || !hasInnerCapital(t.text) || !/^\p{Lu}\p{L}*\p{Lu}\p{L}*$/u.test(t.text)) return false;
  if (ctx.acronyms.has(t.text)) return true;
  const { text } = ctx;
  if (text.charCodeAt(t.start - 1) !== 40 || text.charCodeAt(t.end) !== 41) return false;
  const prev = ctx.out.find((c) => c.end < t.start && t.start - c.end <= 3);
  if (!prev || prev.type === "person" || prev.type === "body") return false;
  ctx.acronyms.add(t.text);
  return true;
}

/**
 * "MoD", "DoJ", "FinCEN": capitals at least as many as small letters, so surnames
 * with an inner capital ("McCain", "DeSantis") are not taken for initials.
 */
function isMixedInitialism(t: Token): boolean {
  // Plural acronyms ("NGOs", "UAVs") are common nouns.
  if (t.kind !== "word" || t.allCaps || t.text.length > 8 || NON_ORG_ACRONYMS.has(t.text) || /^\p{Lu}+s$/u.test(t.text)) return false;
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < t.text.length; i++) {
    const c = t.text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    else return false;
  }
  return upper >= 2 && lower <= upper && isUpperAscii(t.text.charCodeAt(0));
}

function isUpperAscii(c: number): boolean {
  return c >= 65 && c <= 90;
}

function hasInnerCapital(w: string): boolean {
  for (let i = 1; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
    if (c >= 128 && w[i]!.toLowerCase() !== w[i]) return true;
  }
  return false;
}

/** "ET" after "10:42 a.m.", "GMT" after "1400": a time zone, not an organization. */
function isTimeZone(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i]!;
  if (!TIME_ZONES.has(t.text)) return false;
  if (NON_ORG_ACRONYMS.has(t.text) || t.text === "ET" || t.text === "PT" || t.text === "CT") return true;
  return /(?:\d|\b[ap]\.?m\.?|noon|midnight)[\s,]*$/i.test(ctx.text.slice(Math.max(0, t.start - 12), t.start));
}

/** ", 58,", ", 34 years old,", ", aged 40 -": an age after the name. */
const AGE_AFTER = /^,\s+(?:aged\s+)?\d{1,3}(?:\s+years?\s+old)?(?=,|;|\.\s|\s+and\s|\s+[\u2013\u2014-]\s)/;
/** "Jane Roe of the Harbour Trust": a name followed by its affiliation (only a name without any head word gets here). */
const AFFILIATION_AFTER = /^ (?:of|at|from) the \p{Lu}/u;
const KIN_NOUNS = new Set(["mother", "father", "son", "daughter", "brother", "sister", "wife", "husband", "uncle", "aunt", "cousin", "nephew", "niece", "grandmother", "grandfather", "partner", "widow", "widower", "fiancé", "fiancée", "stepfather", "stepmother"]);

/** "her brother, Anton Quell", "his widow Ana Ruiz", "the mother of Ana Ruiz": a kinship noun right before the name. */
function kinBefore(ctx: Ctx, s: number): boolean {
  const prev = ctx.tokens[s - 1];
  if (prev?.text === "of" && ctx.tokens[s]!.joined && prev.joined) {
    const noun = ctx.tokens[s - 2];
    return Boolean(noun && !noun.cap && KIN_NOUNS.has(noun.text));
  }
  if (!prev || prev.cap || !KIN_NOUNS.has(prev.text)) return false;
  return ctx.tokens[s]!.joined || (ctx.tokens[s]!.start - prev.end === 2 && ctx.text.startsWith(", ", prev.end));
}

/**
 * "The Foreign Secretary, Jane Doe", "the professor of law at the University of X,
 * Jane Doe": a title or a role noun phrase, then a comma, then the name it introduces.
 */
function roleBeforeComma(ctx: Ctx, s: number): boolean {
  const { tokens, text } = ctx;
  const t = tokens[s]!;
  if (text.charCodeAt(t.start - 2) !== 44 || text.charCodeAt(t.start - 1) !== 32) return false;
  const prev = tokens[s - 1];
  if (!prev || prev.end !== t.start - 2 || prev.paragraph !== t.paragraph) return false;
  if (prev.cap && TITLE_WORDS.has(prev.text) && !prev.possessive) return true;
  const lineStart = text.lastIndexOf("\n", t.start - 1) + 1;
  const before = text.slice(Math.max(lineStart, t.start - 140), t.start - 2);
  const m = ROLE_PHRASE_BEFORE.exec(before);
  return Boolean(m && m[1] && ROLE_NOUNS.has(m[1]));
}
/** "…the (adjectives) <role noun> (of/at/for …)" running to the comma, within the sentence. */
const ROLE_PHRASE_BEFORE = /\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[a-z-]+\s+){0,2}?([a-z]+)(?:\s+(?:of|at|for|in|on|with)\b[^,;:.!?"\u201c\u201d\u00ab\u00bb]*)?$/;

function personEvidence(ctx: Ctx, s: number, e: number): boolean {
  const { tokens, text } = ctx;
  const first = tokens[s]!;
  if (GIVEN_NAMES.has(first.text)) return true;
  if (lowerTitleBefore(ctx, s) || kinBefore(ctx, s) || roleBeforeComma(ctx, s)) return true;
  for (let i = s; i < e; i++) if (tokens[i]!.kind === "initial") return true;
  const b = tokens[e]!;
  const after = text.slice(b.end, b.end + 80);
  if (APPOSITIVE.test(after) || AFTER_CREDIT.test(after) || AGE_AFTER.test(after) || AFFILIATION_AFTER.test(after)) return true;
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
  // The head noun comes early; what follows it may run on ("officer now at a research centre in Tunis").
  if (head < 0 || head > 8) return null;
  if (!/^(?:a|an|the)\s/.test(ctx.text.slice(t.end + 2, t.end + 6)) && !/^(?:former|retired|then|current|acting)\b/.test(phrase) && head > 3) return null;
  phrase = phrase.replace(/\s+$/, "");
  return phrase || null;
}

/** The verb after a name, past an age ("Jane Doe, 58, said"). */
const VERB_AFTER = /^(?:, \d{1,3},)?,? ([a-z]+)/;

function speaksAround(ctx: Ctx, start: number, end: number): boolean {
  const after = VERB_AFTER.exec(ctx.text.slice(end, end + 16));
  if (after && after[1] && REPORTING_VERBS.has(after[1])) return true;
  const before = ctx.text.slice(Math.max(0, start - 6), start);
  return before === " said " || before === " says " || before.endsWith("said, ") || before.endsWith("says, ");
}

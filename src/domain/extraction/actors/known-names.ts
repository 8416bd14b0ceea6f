/** Pass one: names the gazetteer knows, kept or dropped by their context. */
import { datelineEnd, isBylineLine } from "./datelines-and-headlines";
import type { Ctx } from "./finder-context";
import { type Gazetteer, matchAt } from "./gazetteer";
import { GIVEN_NAMES } from "./given-names";
import { NON_ACTOR_HEADS, OFFICIALDOM_NOUNS, ORG_HEADS, REACTION_WORDS, TITLE_WORDS } from "./lexicon";
import { closesLongerName, opensLongerName } from "./longer-names";
import { COUNTRIES, DEMONYMS, TERRITORIES } from "./countries";
import { bodyOfCountry, INSTITUTION_QUALIFIERS, lowerCaseBody, nationalBodyOf } from "./national-bodies";
import { speaksAround } from "./speaks-around";

/** "Ecuadorian" -> "Ecuador" (the first country to claim a demonym keeps it). */
const COUNTRY_OF_DEMONYM: ReadonlyMap<string, string> = new Map(COUNTRIES.flatMap((c) => c.demonyms.map((d) => [d, c.name] as const)).reverse());

const LOCATIVE = new Set(["in", "at", "near", "outside", "around", "across", "to"]);

/** Verbs of a contributor line: "X reported from Washington", "Y contributed from London". */
const FILED_FROM = new Set(["reported", "reporting", "contributed", "contributing", "wrote", "writing", "filed", "reports", "writes"]);

export function findKnown(ctx: Ctx, g: Gazetteer): void {
  const { tokens, text, folded } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const hit = matchAt(tokens, i, text, folded, g);
    if (!hit) {
      // "the Ecuadorian navy": a demonym before a national body in lower case names that body.
      const country = t.cap ? COUNTRY_OF_DEMONYM.get(t.text) : undefined;
      const body = country ? lowerCaseBody(ctx, country, i) : null;
      if (body) {
        for (let k = i; k <= body.last; k++) ctx.claimed[k] = 1;
        ctx.out.push({ start: t.start, end: body.end, text: text.slice(t.start, body.end), type: "organization", body: { generic: body.generic, name: body.name }, fullName: body.name, paragraph: t.paragraph, speaks: speaksAround(ctx, t.start, body.end) });
        i = body.last;
      }
      continue;
    }
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
    // "Mexico's navy said", "the Ecuadorian navy": one mention of the country's body, as when capitalised.
    const lowerBody = hit.target.actor?.kind === "country" && (tokens[hit.last]!.possessive || DEMONYMS.has(text.slice(hit.start, hit.end))) ? lowerCaseBody(ctx, hit.target.actor.name, hit.last) : null;
    if (lowerBody) {
      for (let k = hit.first; k <= lowerBody.last; k++) ctx.claimed[k] = 1;
      const { generic, name } = lowerBody;
      ctx.out.push({ start: hit.start, end: lowerBody.end, text: text.slice(hit.start, lowerBody.end), type: "organization", body: { generic, name }, fullName: name, paragraph: t.paragraph, speaks: speaksAround(ctx, hit.start, lowerBody.end) });
      i = lowerBody.last;
      continue;
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

import type { ExtractedActor, ExtractedQuote, Span } from "../types";
import { countryBody } from "./country-body";
import { fullerName } from "./fuller-name";
import { INSTITUTION_HEADS, TITLE_WORDS } from "./lexicon";

/**
 * Tie each quote's speaker span to the actor whose mention lies inside it.
 * Decision for spokespeople: "a spokesman for British Prime Minister Keir
 * Starmer" keeps that phrase as speakerAsWritten, but the speaker is the most
 * specific named actor inside it (a person outranks an institution: Starmer;
 * "a Downing Street spokesman" -> Downing Street), because the words are issued
 * on the principal's behalf. Continuations inherit the quote they continue.
 */
export function attachSpeakers(quotes: ExtractedQuote[], actors: readonly ExtractedActor[]): ExtractedQuote[] {
  const out: ExtractedQuote[] = [];
  for (const q of quotes) {
    let resolved = q;
    // (A speaker already decided while reading the quote, a namesake or a description, stands.)
    if (!q.speakerKey && !q.speaker && q.speakerSpan && q.method !== "description") {
      // "Canada’s defense ministry" is not Canada: a phrase with a common-noun head
      // resolves only to an actor named by the whole head; a spokesperson resolves to the principal.
      const written = q.speakerAsWritten ?? "";
      const commonHead = q.method !== "spokesperson" && /\s\p{Ll}[\p{L}\u2019'-]*$/u.test(written);
      const onBehalf = ownerOf(written, q.speakerSpan);
      const actor = onBehalf
        ? actorAt(actors, onBehalf, false)
        : actorAt(actors, bodyCore(written, q.speakerSpan), commonHead, countryCompletes(written, q.speakerSpan)) ?? (commonHead ? possessiveBody(actors, written) : undefined);
      if (actor) resolved = { ...q, speakerKey: actor.key, speaker: actor.name };
      else if (commonHead) {
        const body = countryBody(q.speakerAsWritten ?? "", actors);
        if (body) resolved = { ...q, speakerKey: body.key, speaker: body.name };
      }
    }
    if (!resolved.speakerKey && !resolved.speaker && resolved.continuesQuote !== null && resolved.method === "continuation") {
      const parent = out[resolved.continuesQuote];
      if (parent?.speakerKey || parent?.speaker) resolved = { ...resolved, speakerKey: parent.speakerKey, speaker: parent.speaker };
    }
    // No actor known for a spokesperson: still name the principal they speak for.
    if (!resolved.speaker && resolved.method === "spokesperson" && resolved.speakerAsWritten) {
      const principal = principalName(resolved.speakerAsWritten);
      if (principal) resolved = { ...resolved, speaker: principal };
    }
    if (resolved.speaker) {
      const fuller = fullerName(resolved.speaker, actors);
      if (fuller) resolved = { ...resolved, speakerKey: fuller.key, speaker: fuller.name };
    }
    out.push(resolved);
  }
  return out;
}

/** "President X's office", "X's spokeswoman": the words are issued for X, whose name ends at the possessive. */
const OWNER_PHRASE = /^(.*\p{Lu}[\p{L}.-]*)[\u2019']s\s+(?:press\s+)?(?:office|spokes(?:man|woman|person)|representatives?|camp|team)$/u;

function ownerOf(written: string, span: Span): Span | null {
  const m = OWNER_PHRASE.exec(written);
  return m ? { start: span.start, end: span.start + m[1]!.length } : null;
}

/**
 * "Navy of the Dominican Republic", "Office of the Ombudsman": a body named by its head before
 * "of" is that body, not the place or office after "of"; only a mention reaching the head counts.
 */
function bodyCore(written: string, span: Span): Span {
  const m = /^(.*?\p{Lu}[\p{L}-]*)\s+of\s/u.exec(written);
  if (!m || !INSTITUTION_HEADS.test(m[1]!.split(/\s+/).pop() ?? "")) return span;
  return { start: span.start, end: span.start + m[1]!.length };
}

/**
 * "Mexico's navy" names the body the article also calls "the Mexican Navy": an actor named
 * "<Adjective> <Head>" with the same head, whose adjective shares its stem with the possessor.
 */
function possessiveBody(actors: readonly ExtractedActor[], phrase: string): ExtractedActor | undefined {
  const m = /(\p{Lu}[\p{L}-]+)[\u2019']s\s+(?:\p{Ll}+\s+)*?(\p{Ll}+)$/u.exec(phrase);
  if (!m) return undefined;
  const stem = m[1]!.slice(0, 4).toLowerCase();
  const head = m[2]!;
  if (!INSTITUTION_HEADS.test(head)) return undefined;
  return actors.find((a) => {
    if (a.kind === "person" || a.kind === "country") return false;
    const words = a.name.split(/\s+/);
    return words.length === 2 && words[1]!.toLowerCase() === head && words[0]!.toLowerCase().startsWith(stem);
  });
}

/**
 * "Petróleos de Venezuela", "Bank of Jamaica": a country after "of"/"de" completing a longer
 * name is not the speaker ("Government of Venezuela", "Republic of Colombia" still are the
 * country). Returns the offset from which a country mention does not count, or null.
 */
function countryCompletes(written: string, span: Span): number | null {
  const m = /^(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*)\s+(?:of|de|del|do|da|di)\s+(?:the\s+|la\s+|el\s+)?/u.exec(written);
  if (!m || /\b(?:Government|Republic|State|Kingdom|Commonwealth|People|Federation|Islands|President|Prime|Minister|Presidency)$/.test(m[1]!)) return null;
  return span.start + m[0].length;
}

function actorAt(actors: readonly ExtractedActor[], span: Span, headOnly: boolean, countryFrom: number | null = null): ExtractedActor | undefined {
  let best: { actor: ExtractedActor; rank: number } | undefined;
  for (const actor of actors) {
    for (const m of actor.mentions) {
      if (countryFrom !== null && actor.kind === "country" && m.start >= countryFrom) continue;
      if (m.start < span.end && m.end > span.start && (!headOnly || m.end === span.end)) {
        // A person named inside "a spokesman for Prime Minister X" outranks the institution.
        const rank = (actor.kind === "person" ? 2 : 1) * 1000 + (m.end - m.start);
        if (!best || rank > best.rank) best = { actor, rank };
      }
    }
  }
  return best?.actor;
}

/** The last proper name in a spokesperson phrase, without its titles ("British Prime Minister Keir Starmer" -> "Keir Starmer"). */
export function principalName(phrase: string): string | null {
  const runs: string[][] = [];
  let run: string[] = [];
  for (const w of phrase.split(/\s+/)) {
    if (/^\p{Lu}/u.test(w) && !/^(?:A|An|The)$/.test(w)) run.push(w);
    else if (run.length && /^(?:of|de|del|for)$/.test(w)) run.push(w);
    else if (run.length) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  const last = runs[runs.length - 1];
  if (!last) return null;
  while (last.length && /^(?:of|de|del|for)$/.test(last[last.length - 1]!)) last.pop();
  const head = (last[last.length - 1] ?? "").toLowerCase();
  let i = 0;
  if (!INSTITUTION_HEADS.test(head)) while (i < last.length - 1 && TITLE_WORDS.has(last[i]!.toLowerCase())) i++;
  const name = last.slice(i).join(" ");
  return name || null;
}

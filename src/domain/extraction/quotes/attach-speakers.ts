import type { ExtractedActor, ExtractedQuote, Span } from "../types";
import { countryBody } from "./country-body";
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
    if (!q.speakerKey && q.speakerSpan) {
      // "Canada’s defense ministry" is not Canada: a phrase with a common-noun head
      // resolves only to an actor named by the whole head; a spokesperson resolves to the principal.
      const commonHead = q.method !== "spokesperson" && /\s\p{Ll}[\p{L}\u2019'-]*$/u.test(q.speakerAsWritten ?? "");
      const actor = actorAt(actors, q.speakerSpan, commonHead) ?? (commonHead ? possessiveBody(actors, q.speakerAsWritten ?? "") : undefined);
      if (actor) resolved = { ...q, speakerKey: actor.key, speaker: actor.name };
      else if (commonHead) {
        const body = countryBody(q.speakerAsWritten ?? "", actors);
        if (body) resolved = { ...q, speakerKey: body.key, speaker: body.name };
      }
    }
    if (!resolved.speakerKey && resolved.continuesQuote !== null && resolved.method === "continuation") {
      const parent = out[resolved.continuesQuote];
      if (parent?.speakerKey || parent?.speaker) resolved = { ...resolved, speakerKey: parent.speakerKey, speaker: parent.speaker };
    }
    // No actor known for a spokesperson: still name the principal they speak for.
    if (!resolved.speaker && resolved.method === "spokesperson" && resolved.speakerAsWritten) {
      const principal = principalName(resolved.speakerAsWritten);
      if (principal) resolved = { ...resolved, speaker: principal };
    }
    out.push(resolved);
  }
  return out;
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

function actorAt(actors: readonly ExtractedActor[], span: Span, headOnly: boolean): ExtractedActor | undefined {
  let best: { actor: ExtractedActor; rank: number } | undefined;
  for (const actor of actors) {
    for (const m of actor.mentions) {
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

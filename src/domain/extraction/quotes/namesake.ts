/**
 * A bare surname as a speaker ("…,” Cooper said) when the article names more than one person
 * with it (a mother and her son, two officials), or names the speaker in full only in a form
 * the actor list missed. Which full name the surname stands for is decided here, on the
 * speaker side, whatever single actor the mention was linked to.
 */
import type { ExtractedActor, Span } from "../types";
import { TITLE_WORDS } from "./lexicon";

export type Namesake = { name: string; actor: ExtractedActor | null };

/** Capitalised words that open a sentence or a phrase and are never a given name. */
const NOT_GIVEN = /^(?:The|A|An|His|Her|Their|Its|Our|My|In|On|At|But|And|When|If|As|For|With|By|From|To|After|Before|Mother|Father|Son|Daughter|Sister|Brother|Wife|Husband|Widow|Said|Says)$/;

const fold = (s: string) => s.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase();

type Candidate = { name: string; given: string; actor: ExtractedActor | null; first: number; byGivenName?: boolean };

/** Candidates per surname, per article: the same surname speaks many times. */
export type NamesakeCache = Map<string, Candidate[]>;

/**
 * The person a bare surname at `span` stands for, or null to leave the speaker as linked.
 * With several people of that surname: the one named in full before the words; failing that,
 * the one the article never calls by given name alone (news copy tells namesakes apart by
 * calling one of them by first name: the surname is the other's). With one full name in the
 * text and no actor of that surname: that full name.
 */
export function namesakeSpeaker(
  text: string,
  span: Span,
  at: number,
  actors: readonly ExtractedActor[],
  insideQuote: (pos: number) => boolean,
  cache: NamesakeCache = new Map(),
): Namesake | null {
  const surname = text.slice(span.start, span.end);
  if (!/^\p{Lu}[\p{L}'\u2019-]+$/u.test(surname) || TITLE_WORDS.has(surname.toLowerCase())) return null;
  let all = cache.get(surname);
  if (!all) {
    all = candidatesFor(text, surname, actors, insideQuote);
    cache.set(surname, all);
  }
  if (all.length === 1) {
    // Only expand a surname nobody linked: a linked actor is already the person.
    const linked = actors.some((a) => a.mentions.some((m) => m.start < span.end && m.end > span.start));
    return !linked && !all[0]!.actor ? { name: all[0]!.name, actor: null } : null;
  }
  if (all.length < 2) return null;
  const namedBefore = all.filter((c) => c.first < at);
  if (namedBefore.length === 1) return pick(namedBefore[0]!);
  const pool = namedBefore.length ? namedBefore : all;
  const bySurname = pool.filter((c) => !(c.byGivenName ??= calledByGivenName(text, c.given, surname)));
  if (bySurname.length === 1) return pick(bySurname[0]!);
  return null;
}

/** People of that surname: actors, and full names in the running text the actor list may have missed. */
function candidatesFor(text: string, surname: string, actors: readonly ExtractedActor[], insideQuote: (pos: number) => boolean): Candidate[] {
  const key = fold(surname);
  const candidates = new Map<string, Candidate>();
  for (const a of actors) {
    if (a.kind !== "person") continue;
    const words = a.name.split(/\s+/);
    if (words.length < 2 || fold(words[words.length - 1]!) !== key) continue;
    let first = Number.MAX_SAFE_INTEGER;
    for (const m of a.mentions) if (m.start < first && m.text.includes(" ")) first = m.start;
    candidates.set(fold(a.name), { name: a.name, given: words[0]!, actor: a, first });
  }
  // "The Foreign Secretary, Yvette Cooper": a capitalised word right before the surname.
  for (let i = text.indexOf(surname); i >= 0; i = text.indexOf(surname, i + surname.length)) {
    if (isLetter(text, i + surname.length) || !/\s/.test(text[i - 1] ?? "")) continue;
    let end = i - 1;
    while (end > 0 && /\s/.test(text[end - 1]!) && text[end - 1] !== "\n") end--;
    let start = end;
    while (start > 0 && isLetter(text, start - 1)) start--;
    const given = text.slice(start, end);
    if (start === end || !/^\p{Lu}\p{Ll}/u.test(given) || NOT_GIVEN.test(given) || TITLE_WORDS.has(given.toLowerCase()) || insideQuote(start)) continue;
    const name = `${given} ${surname}`;
    const known = candidates.get(fold(name));
    if (known) known.first = Math.min(known.first, start);
    else candidates.set(fold(name), { name, given, actor: null, first: start });
  }
  return [...candidates.values()];
}

function isLetter(text: string, i: number): boolean {
  const ch = text[i];
  return ch !== undefined && (/\p{L}|\p{M}/u.test(ch) || ch === "'" || ch === "\u2019" || ch === "-");
}

function pick(c: Candidate): Namesake {
  return { name: c.actor?.name ?? c.name, actor: c.actor };
}

/** The given name standing alone somewhere in the text ("Kevon went out to fish"), not followed by the surname. */
function calledByGivenName(text: string, given: string, surname: string): boolean {
  for (let i = text.indexOf(given); i >= 0; i = text.indexOf(given, i + given.length)) {
    if (isLetter(text, i - 1) || isLetter(text, i + given.length)) continue;
    if (!text.slice(i + given.length).replace(/^\s+/, "").startsWith(surname)) return true;
  }
  return false;
}

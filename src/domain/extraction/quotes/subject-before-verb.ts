/**
 * The subject of a reporting verb, read leftwards from the verb. Attributions before and after a
 * quote and the antecedents of pronouns all need it, and it must see past appositives, relative
 * clauses, party-state tags and located bodies to find the phrase that speaks.
 */
import type { Span } from "../types";
import { INSTITUTION_HEADS, PARTY_STATE_TAG } from "./lexicon";
import { bracketedTagEnd, looksInstitutional, phraseEndingAt, phraseStartingAt, skipBetweenBack, type SpeakerPhrase } from "./speaker-phrase";
import { isCapitalized, skipSpacesBack, wordAfter, wordBefore, type Word } from "./words";

/** Participles opening an aside between a subject and its verb ("X, asked about it, said"). */
const ASIDE_PARTICIPLES: ReadonlySet<string> = new Set(["asked", "speaking", "reached", "contacted", "responding", "interviewed", "pressed", "questioned", "writing", "quoted", "approached"]);

/** Pronouns that open a relative clause about the noun phrase before the comma. */
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(["who", "which", "whose"]);

/**
 * The subject of a reporting verb, read leftwards: "X said", "X, the Y, said",
 * "X also told", "X on Wednesday denied". `lo` bounds the search.
 */
export function subjectBeforeVerb(text: string, verbStart: number, lo: number, dates: readonly Span[]): SpeakerPhrase | null {
  const q = skipBetweenBack(text, verbStart, lo, dates);
  // "X, who has called it “…”": the verb is inside a relative clause; its subject is what the clause describes.
  const relative = wordBefore(text, q, lo);
  if (relative && RELATIVE_PRONOUNS.has(relative.lower) && relative.end === q) {
    const comma = skipSpacesBack(text, relative.start, lo) - 1;
    return text[comma] === "," ? relativeAntecedent(text, comma, lo, dates) : null;
  }
  if (text[q - 1] !== ",") return locatedBody(text, phraseEndingAt(text, q, lo), lo);
  // Appositive: find the comma that opens it, with a name right before it.
  const floor = Math.max(lo, q - 360);
  for (let c = prevComma(text, q - 2, floor); c >= 0; c = prevComma(text, c - 1, floor)) {
    if (/[\u201c\u201d"\u00ab\u00bb]/.test(text.slice(c, q))) return null;
    // "The committee chair, Harriet Okonjo-Blake, said": the appositive is the name itself.
    const inner = phraseStartingAt(text, c + 1, q - 1);
    // ("X, of Centro Democrático, said": an appositive opened by "of" says where X belongs; it is not X.)
    if (inner && inner.kind === "name" && !/^\s*(?:of|from|at|with)\s/i.test(text.slice(c + 1, inner.start + 1)) && !/^(?:a|an|the)\s/i.test(text.slice(inner.start, inner.start + 4)) && skipSpacesBack(text, q - 1, c) === inner.end && (inner.titled || /\s/.test(text.slice(inner.name.start, inner.name.end)))) {
      return inner;
    }
    // "The ministry, which has recalled its envoy, called …": a relative clause sits between subject and verb.
    const opener0 = wordAfter(text, c + 1, q);
    if (opener0 && RELATIVE_PRONOUNS.has(opener0.lower)) {
      const phrase = relativeAntecedent(text, c, lo, dates);
      if (phrase) return phrase;
      continue;
    }
    // "Sen. X (D-Calif.), one of its sponsors, said": the bracketed tag closes the name.
    let nameEnd = c;
    const open = text[c - 1] === ")" ? text.lastIndexOf("(", c - 1) : -1;
    if (open > floor && bracketedTagEnd(text, open, c + 1) === c) nameEnd = skipSpacesBack(text, open, lo);
    const before = wordBefore(text, nameEnd, lo);
    // "Rep. Dana Holloway, D-Calif., a member of …, said": the party-state tag describes the name before it.
    const tagged = before && nameEnd === c ? partyTagged(text, c, q, before, lo) : null;
    if (tagged) return tagged;
    const opener = wordAfter(text, c + 1, q);
    // "A State Department spokesperson, asked about the recall, said": a participle clause after a role.
    if (before && before.end === nameEnd && !isCapitalized(before) && opener && ASIDE_PARTICIPLES.has(opener.lower)) {
      const role = phraseEndingAt(text, c, lo);
      if (role && (role.kind === "spokesperson" || role.kind === "role")) return role;
    }
    if (!before || before.end !== nameEnd || !isCapitalized(before)) continue;
    if (!opener) continue;
    const appositive = text.slice(c + 1, q - 1);
    const starts = /^\p{Ll}/u.test(opener.text) || /\b(?:spokes\w+|secretary|minister|official|chief|director|adviser|advisor|ambassador|president|leader|head|lawyer|commander|analyst|professor|expert)\b/i.test(appositive);
    if (!starts) continue;
    const phrase = phraseEndingAt(text, nameEnd, lo);
    // "X, of the Permanent Committee (CDH), based in Y, considered": the body is where X belongs.
    if (phrase && /,\s+(?:of|from|at|with)\s+(?:the\s+)?[^,]*$/.test(text.slice(Math.max(lo, phrase.start - 120), phrase.start))) continue;
    if (phrase && phrase.kind !== "pronoun") return phrase;
  }
  return null;
}

/**
 * "the US Embassy in Port of Spain said": a place after "in"/"at" locates the body before it,
 * which is the subject; the place (a capital, a country) never speaks here.
 */
function locatedBody(text: string, phrase: SpeakerPhrase | null, lo: number): SpeakerPhrase | null {
  if (!phrase || phrase.kind === "pronoun") return phrase;
  const member = memberOf(text, phrase, lo);
  if (member) return member;
  if (phrase.kind !== "name") return phrase;
  const prep = wordBefore(text, phrase.start, lo);
  if (!prep || (prep.lower !== "in" && prep.lower !== "at") || skipSpacesBack(text, phrase.start, lo) !== prep.end) return phrase;
  const body = phraseEndingAt(text, prep.start, lo);
  if (!body || body.kind === "pronoun") return phrase;
  const head = text.slice(body.start, body.end).split(/\s+/).pop()!.toLowerCase();
  return INSTITUTION_HEADS.test(head) || body.kind === "spokesperson" ? body : phrase;
}

/**
 * "Senator X of the opposition Y party said", "Professor X of the University of Y said": the
 * person before "of" is the subject; the body after it says where they belong.
 */
function memberOf(text: string, phrase: SpeakerPhrase, lo: number): SpeakerPhrase | null {
  let pos = phrase.start;
  for (let n = 0; n < 3; n++) {
    const w = wordBefore(text, pos, lo);
    if (!w || skipSpacesBack(text, pos, lo) !== w.end) return null;
    if (w.lower === "of") {
      const person = phraseEndingAt(text, w.start, lo);
      if (!person || person.kind !== "name" || looksInstitutional(text, person.name)) return null;
      return person.titled || /\s/.test(text.slice(person.name.start, person.name.end)) ? person : null;
    }
    if (!/^\p{Ll}+$/u.test(w.text)) return null;
    pos = w.start;
  }
  return null;
}

/** What a non-restrictive relative clause opened after comma `c` describes: "X, who …", "X, the Y, which …". */
function relativeAntecedent(text: string, c: number, lo: number, dates: readonly Span[]): SpeakerPhrase | null {
  const phrase = phraseEndingAt(text, c, lo) ?? subjectBeforeVerb(text, c + 1, lo, dates);
  if (!phrase || phrase.kind === "pronoun") return null;
  // "X, the party's foreign affairs spokesperson, who …": the description is itself an appositive of a name.
  if (phrase.kind !== "name") {
    const comma = skipSpacesBack(text, phrase.start, lo) - 1;
    const named = text[comma] === "," ? phraseEndingAt(text, comma, lo) : null;
    if (named && named.kind === "name" && !looksInstitutional(text, named.name) && /\s/.test(text.slice(named.name.start, named.name.end))) return named;
  }
  return phrase;
}

/** The name before a party-state tag ("X, D-Calif.,"), when the tag follows comma `c` or ends just before it. */
function partyTagged(text: string, c: number, q: number, before: Word, lo: number): SpeakerPhrase | null {
  let nameEnd = -1;
  if (PARTY_STATE_TAG.test(text.slice(c + 1, q - 1).trim())) nameEnd = c;
  else if (PARTY_STATE_TAG.test(before.text)) {
    const b = skipSpacesBack(text, before.start, lo);
    if (text[b - 1] === ",") nameEnd = b - 1;
  }
  if (nameEnd < 0) return null;
  const phrase = phraseEndingAt(text, nameEnd, lo);
  return phrase && phrase.kind === "name" ? phrase : null;
}

function prevComma(text: string, from: number, floor: number): number {
  for (let i = from; i >= floor; i--) if (text[i] === ",") return i;
  return -1;
}

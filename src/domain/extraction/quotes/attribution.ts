import { COUNTRIES } from "../actors/countries";
import type { QuoteAttributionMethod, Span } from "../types";
import type { QuoteSpan } from "./find-quote-spans";
import { givenNameGender } from "../given-name";
import { DOCUMENT_NOUNS, isSpeechVerbWord, PLATFORMS, SPOKESPERSON_NOUNS, TITLE_WORDS } from "./lexicon";
import {
  appositiveName,
  descriptionAt,
  documentSource,
  phraseEndingAt,
  speakerPhraseAt,
  phraseStartingAt,
  skipBetweenBack,
  skipBetweenForward,
  type SpeakerPhrase,
} from "./speaker-phrase";
import { subjectBeforeVerb } from "./subject-before-verb";
import { findVenue } from "./venue";
import { indefiniteSubject } from "./indefinite-subject";
import { isCapitalized, skipSpaces, skipSpacesBack, wordAfter, wordBefore, type Word } from "./words";

/** Where a quote's attribution was found and what it says. */
export type Attribution = {
  phrase: SpeakerPhrase;
  method: QuoteAttributionMethod;
  /** The reporting verb, when there is one (a garbled "…,” Barro." has none). */
  verb: Span | null;
  /** Stretches of the attribution clause where the date and venue of the words are looked for. */
  windows: Span[];
  /** The attribution touches the quote ("…,” X said" / "X said: “…”"): even a one-word quote is a statement. */
  adjacent: boolean;
  /** A participle ("…, adding that “…”"): a weak frame for a bare one-word quote. */
  participle: boolean;
  /** The speaker is the subject of the clause the verb hangs from (participles, "…, but added: “…”"). */
  inheritsSubject?: boolean;
};

const COUNTRY_NAMES: ReadonlySet<string> = new Set(COUNTRIES.flatMap((c) => [c.name, ...c.aliases]));

/** Verbs whose every use reports words: what follows them, up to the quote, is the report. */
const STRONG_REPORTING = /^(?:say|says|said|saying|tell|tells|told|telling|write|writes|wrote|writing|add|adds|added|adding|state[sd]?|stating|declare[sd]?|declaring|announce[sd]?|announcing|insist(?:s|ed|ing)?|warn(?:s|ed|ing)?|claim(?:s|ed|ing)?|note[sd]?|noting|argue[sd]?|arguing|explain(?:s|ed|ing)?|assert(?:s|ed|ing)?|stress(?:es|ed|ing)?|repl(?:y|ies|ied|ying)|respond(?:s|ed|ing)?|ask(?:s|ed|ing)?|post(?:s|ed|ing)?|tweet(?:s|ed|ing)?|speak(?:s|ing)?|spoke|read|reads|testif(?:y|ies|ied|ying)|conclude[sd]?|concluding|recall(?:s|ed|ing)?|comment(?:s|ed|ing)?|remark(?:s|ed|ing)?|affirm(?:s|ed|ing)?|reiterate[sd]?|reiterating|indicate[sd]?|indicating|estimate[sd]?|estimating)$/;

/** "defend their country", "defended his record": an object of its own before the quote, with no "as". */
function ownedObjectBetween(between: string): boolean {
  return /^\s+(?:their|his|her|its|our|my|your)\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,3}\s+$/u.test(between) && !/\bas\s+$/.test(between);
}

const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(["was", "were", "been", "being", "is", "are", "be", "get", "got"]);

/** Conjunctions that open a new clause after a closing quote mark. */
const CLAUSE_LINKS: ReadonlySet<string> = new Set(["and", "but", "while", "whereas", "although", "though", "yet", "or", "so", "whilst", "even"]);

const TELL = new Set(["told", "tell", "tells", "telling"]);
const PARTICIPLE_PRONOUN = /ing$/;

export function isFiniteSpeechVerb(w: Word | null): boolean {
  return !!w && isSpeechVerbWord(w.lower) && !PARTICIPLE_PRONOUN.test(w.lower) && w.lower !== "written";
}

function isSpeechVerb(w: Word | null): boolean {
  return !!w && isSpeechVerbWord(w.lower);
}

function methodFor(phrase: SpeakerPhrase, verb: Word | null, fallback: QuoteAttributionMethod): QuoteAttributionMethod {
  if (phrase.kind === "pronoun") return "pronoun";
  if (phrase.kind === "spokesperson") return "spokesperson";
  if (phrase.kind === "handle") return "embedded-post";
  if (verb && TELL.has(verb.lower) && fallback !== "inverted") return "told";
  return fallback;
}

/** End of the clause after a verb: the next comma, colon, quote mark or sentence end. */
function clauseEnd(text: string, from: number, hi: number): number {
  for (let i = from; i < hi; i++) {
    const ch = text[i]!;
    if (ch === "," || ch === ";" || ch === ":" || ch === "\u201c" || ch === '"' || ch === "\u00ab" || ch === "\u2018" || ch === "\n") return i;
    if ((ch === "." || ch === "!" || ch === "?") && (i + 1 >= hi || /\s/.test(text[i + 1]!)) && !/\b(?:[A-Z]|U\.S|U\.N|U\.K|Mr|Ms|Mrs|Dr|Sept?|Oct|Nov|Dec|Jan|Feb|Aug|Gen|Adm|Sen|Rep|Gov)$/.test(text.slice(Math.max(from, i - 4), i))) return i;
  }
  return hi;
}

/**
 * The attribution that follows a quote: "…,” X said", "…,” said X, the Y",
 * "…,” X, the Y, said", "…,” X told reporters", "…,” according to X",
 * "…” — @handle", and the machine-translation slip "…,” X." with no verb.
 */
export function attributionAfter(text: string, q: QuoteSpan, hi: number, dates: readonly Span[], nextParagraph: Span | null): Attribution | null {
  if (q.closeAt === null) return null;
  let p = q.closeAt + 1;
  p = skipSpaces(text, p, hi);
  const commaInside = /,\s*$/.test(text.slice(q.closeAt - 2, q.closeAt));
  if (text[p] === ",") p = skipSpaces(text, p + 1, hi);
  // Embedded post: "…” — @handle pic.twitter.com/…", or a footer line "— Name (@handle) date".
  if (/[\u2014\u2013-]/.test(text[p] ?? "") || (p >= hi && nextParagraph && /^[\u2014\u2013]/.test(text.slice(nextParagraph.start, nextParagraph.start + 1)))) {
    const fromDash = p < hi ? p : nextParagraph!.start;
    const limit = p < hi ? hi : nextParagraph!.end;
    let d = fromDash;
    while (d < limit && /[\u2014\u2013\-\s]/.test(text[d]!)) d++;
    const phrase = phraseStartingAt(text, d, limit);
    if (phrase && (phrase.kind === "handle" || phrase.kind === "name")) {
      const windows: Span[] = [{ start: d, end: limit }];
      if (p < hi && nextParagraph && /^[\u2014\u2013]/.test(text.slice(nextParagraph.start, nextParagraph.start + 1))) windows.push(nextParagraph);
      return { phrase, method: "embedded-post", verb: null, windows, adjacent: true, participle: false };
    }
    return null;
  }
  const first = wordAfter(text, p, hi);
  if (!first || first.start !== p) return null;
  // "“…,” and X has described …" / "…, while Y warned “…”": a new clause, with its own quote, not this one's attribution.
  if (CLAUSE_LINKS.has(first.lower)) return null;
  // Inverted: "…,” said William Brownfield, who led…"
  if (first && isFiniteSpeechVerb(first)) {
    // "…,” pointed out the leader": the verb's particle comes before its subject.
    const particle = wordAfter(text, first.end, hi);
    const verbEnd = particle && /^(?:out|back|on)$/.test(particle.lower) && skipSpaces(text, first.end, hi) === particle.start ? particle.end : first.end;
    const after = skipAddressee(text, skipBetweenForward(text, verbEnd, hi, dates), hi);
    // "…,” said the boy's mother, Jane Roe, 58": the appositive names the speaker.
    const phrase = speakerPhraseAt(text, after, hi);
    // "…,” wrote on X that …": a platform after the verb is where, not who; the verb has its subject before the quote.
    if (phrase && phrase.kind !== "pronoun" && !isPlatformAt(text, phrase.name)) {
      return { phrase, method: methodFor(phrase, first, "inverted"), verb: first, windows: [{ start: first.end, end: phrase.start }], adjacent: true, participle: false };
    }
    return null;
  }
  if (first.lower === "according") {
    const to = wordAfter(text, first.end, hi);
    if (to?.lower === "to") {
      const phrase = phraseStartingAt(text, to.end, hi);
      if (phrase && phrase.kind !== "pronoun") {
        return { phrase, method: "according-to", verb: null, windows: [], adjacent: true, participle: false };
      }
    }
    return null;
  }
  // "“…,” a statement from the Port Authority said": the source is the subject.
  const described = descriptionAt(text, p, hi);
  const phrase = described ? documentSource(text, described, hi) ?? described : null;
  if (!phrase) return null;
  const v = skipBetweenForward(text, phrase.end, hi, dates);
  const verb = wordAfter(text, v, hi);
  if (verb && verb.start === v && isFiniteSpeechVerb(verb) && !newSentenceReport(text, q, verb, hi)) {
    const end = clauseEnd(text, verb.end, hi);
    return {
      phrase,
      method: methodFor(phrase, verb, "said-after"),
      verb,
      windows: [{ start: phrase.end, end: verb.start }, { start: verb.end, end }],
      adjacent: true,
      participle: false,
    };
  }
  // "…,” X, the Y, said on Thursday": skip the appositive.
  if (text[phrase.end] === "," && phrase.kind !== "pronoun") {
    const stop = Math.min(hi, phrase.end + 320);
    for (let c = nextComma(text, phrase.end + 1, stop); c >= 0; c = nextComma(text, c + 1, stop)) {
      if (/[\u201c\u201d"\u00ab\u00bb]/.test(text.slice(phrase.end, c))) break;
      const vv = skipBetweenForward(text, c + 1, hi, dates);
      const w = wordAfter(text, vv, hi);
      if (w && w.start === vv && isFiniteSpeechVerb(w)) {
        const end = clauseEnd(text, w.end, hi);
        return {
          phrase: appositiveName(text, phrase, hi) ?? phrase,
          method: methodFor(phrase, w, "said-after"),
          verb: w,
          windows: [{ start: c + 1, end: w.start }, { start: w.end, end }],
          adjacent: true,
          participle: false,
        };
      }
    }
  }
  // Machine translation sometimes drops the verb: "…,” Barro. This was reported…"
  if (commaInside && phrase.kind === "name" && /^\s*(?:\.|$)/.test(text.slice(phrase.end, phrase.end + 2))) {
    return { phrase, method: "said-after", verb: null, windows: [], adjacent: true, participle: false };
  }
  return null;
}

/** What may follow the verb of an attribution that closes a quote: a date, a place, an addressee, the end. */
const AFTER_ATTRIBUTION = /^(?:on|in|at|to|during|after|before|from|via|when|while|late|earlier|later|last|this|yesterday|today|tonight|reporters|afterwards|then|of|as|by|with|through|over|under|again|also|recently|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/**
 * "“… continue.” Colombia's defence minister later said cooperation would go on": after a quote
 * that ends its sentence, a subject and verb with a content clause of their own report something
 * else, not the quote.
 */
function newSentenceReport(text: string, q: QuoteSpan, verb: Word, hi: number): boolean {
  if (q.closeAt === null || !/[.!?]/.test(text[q.closeAt - 1] ?? "")) return false;
  const next = wordAfter(text, verb.end, hi);
  if (!next || /[,.;:]/.test(text.slice(verb.end, next.start))) return false;
  return !AFTER_ATTRIBUTION.test(next.lower);
}

/** How far back (in words) a reporting verb may govern a quote that follows it in the same sentence. */
export const MAX_VERB_DISTANCE = 30;

/**
 * The attribution in the same sentence before a quote: "X said: “…”", "X told
 * reporters on Wednesday: “…”", "X said in an email that “…”", "Bondi said he
 * “will not…”", "X underscored the shift: “…”", "he said, adding that “…”".
 * `lo` is the start of the sentence or the end of the previous quote in it.
 */
export function attributionBefore(text: string, q: QuoteSpan, lo: number, sentenceStart: number, dates: readonly Span[], maxWords: number): Attribution | null {
  let pos = q.openAt;
  const beforeMark = skipSpacesBack(text, pos, lo);
  const colon = text[beforeMark - 1] === ":";
  for (let n = 0; n < maxWords; n++) {
    const w = wordBefore(text, pos, lo);
    if (!w) {
      // Step over punctuation inside the clause (commas, colons).
      const back = skipSpacesBack(text, pos, lo);
      if (back <= lo) break;
      const ch = text[back - 1]!;
      if (/[.!?;\u201d\u201c"\u00bb\u00ab]/.test(ch)) break;
      pos = back - 1;
      continue;
    }
    pos = w.start;
    if (!isSpeechVerb(w)) continue;
    // "in a post on X", "his statement": after a determiner the word is a noun, not a reporting verb.
    const det = wordBefore(text, w.start, lo);
    if (det && NOUN_DETERMINERS.has(det.lower)) continue;
    // "the United States", "Post": a capitalised word inside a clause is a name, not a verb.
    if (isCapitalized(w) && !clauseStartsAt(text, w.start, lo)) continue;
    // "the strikes would continue “until …”": "continue" reports words only as "…,” he continued" or "He continued: “…”".
    if (/^continu/.test(w.lower) && !/^\s*[:,]\s*$/.test(text.slice(w.end, q.openAt))) continue;
    // "would defend their country “in any scenario”": a verb that reports words only when they are its
    // object ("called it “…”", "described the strikes as “…”", "denied that …") governs nothing here.
    if (!STRONG_REPORTING.test(w.lower) && ownedObjectBetween(text.slice(w.end, q.openAt))) continue;
    const windows: Span[] = [{ start: w.end, end: beforeMark }];
    if (!isFiniteSpeechVerb(w)) {
      // Participle: the speaker is the subject of the clause it hangs from.
      return { phrase: { start: w.start, end: w.end, kind: "pronoun", name: w, titled: false }, method: "context", verb: w, windows, adjacent: false, participle: true, inheritsSubject: true };
    }
    // "said in a statement read by its spokesman": the participle describes the document; the sayer is further back.
    if (det && DOCUMENT_NOUNS.has(det.lower) && wordAfter(text, w.end, beforeMark)?.lower === "by") continue;
    // "said in a statement posted on its website that …": likewise a participle of the document's.
    if (det && DOCUMENT_NOUNS.has(det.lower) && /ed$/.test(w.lower) && NOUN_DETERMINERS.has(wordBefore(text, det.start, lo)?.lower ?? "")) continue;
    // Passive: "It was described by one former official as ‘…’".
    const by = wordAfter(text, w.end, beforeMark);
    if (by?.lower === "by") {
      const agent = phraseStartingAt(text, by.end, beforeMark);
      if (agent && agent.kind !== "pronoun") {
        return { phrase: agent, method: methodFor(agent, w, "said-before"), verb: w, windows, adjacent: false, participle: false };
      }
    }
    // "lawmakers were notified of the “armed conflict”", "he was told": the subject heard the words, not said them.
    if (det && PASSIVE_AUXILIARIES.has(det.lower) && /(?:ed|told|written)$/.test(w.lower)) continue;
    // Coordinated verb: "X told the committee …, but added: ‘…’" speaks with the clause's subject.
    const conj = wordBefore(text, skipBetweenBack(text, w.start, lo, dates), lo);
    if (conj && /^(?:and|but|then|or|yet)$/.test(conj.lower)) {
      return { phrase: { start: w.start, end: w.end, kind: "pronoun", name: w, titled: false }, method: "context", verb: w, windows, adjacent: colon, participle: false, inheritsSubject: true };
    }
    const venue = findVenue(text, sentenceStart, w.start, null);
    const floor = venue ? Math.max(lo, venue.end) : lo;
    let phrase = subjectBeforeVerb(text, w.start, floor, dates);
    // "X, asked about it during a visit to Y, said …": the venue sits in an appositive, the subject is before it.
    // (Without the dates: a date closing the appositive, "…, asked about it today, said", is not between subject and verb.)
    if (!phrase && floor > lo) phrase = subjectBeforeVerb(text, w.start, lo, dates) ?? subjectBeforeVerb(text, w.start, lo, []);
    if (!phrase && clauseStartsAt(text, w.start, lo)) {
      // "Said Rubio: “…”" or a verb directly after the previous quote. Elsewhere the noun after the
      // verb is its object ("said the United States “…”"), never the speaker.
      const after = phraseStartingAt(text, skipBetweenForward(text, w.end, beforeMark, dates), beforeMark);
      if (after && after.kind !== "pronoun" && !isPlatformAt(text, after.name)) phrase = after;
    }
    // "a third said", "One trader, who asked not to be named, told us": said by someone unnamed.
    const anonymous = phrase?.kind === "spokesperson" ? null : indefiniteSubject(text, w.start, lo);
    if (anonymous && (!phrase || phrase.start >= anonymous.start)) phrase = { ...anonymous, kind: "role", name: anonymous, titled: false, anonymous: true };
    // "the strikes would continue “until…”": a verb without a speaker is not the attribution; keep looking.
    if (!phrase) continue;
    // "after the Post report that …": a bare verb form after a singular name introduced by "the" is a noun.
    if (phrase.kind === "name" && BARE_FORM.test(w.lower) && skipSpacesBack(text, w.start, lo) === phrase.end && /\bthe\s+$/i.test(text.slice(Math.max(lo, phrase.name.start - 4), phrase.name.start))) continue;
    // "X said … that intelligence had confirmed it was “…”": an unnamed subject inside a that-clause
    // reports within X's statement; the words are X's.
    // Likewise a country there ("The president added that Mexico had responded “as a humanitarian matter”").
    if ((phrase.kind === "role" || (phrase.kind === "name" && COUNTRY_NAMES.has(text.slice(phrase.name.start, phrase.name.end)))) && reportedWithin(text, phrase.start, sentenceStart)) {
      return { phrase: { start: w.start, end: w.end, kind: "pronoun", name: w, titled: false }, method: "context", verb: w, windows, adjacent: colon, participle: false, inheritsSubject: true };
    }
    windows.unshift({ start: phrase.end, end: w.start });
    // An opening "On Tuesday, …" or "In a post on X, …" dates and places the words too.
    if (phrase.start > lo) windows.push({ start: lo, end: phrase.start });
    const fallback: QuoteAttributionMethod = colon && !/^(?:said|says|say|told|tells|tell)$/.test(w.lower) ? "colon" : "said-before";
    return { phrase, method: methodFor(phrase, w, fallback), verb: w, windows, adjacent: colon || (n === 0 && /^(?:said|says|say|added|adds|told|tells|wrote|writes|replied|asked|stated)$/.test(w.lower)), participle: false };
  }
  // "According to X, the hull was “…”": the source named earlier in the sentence.
  const according = accordingTo(text, lo, beforeMark);
  if (according) return according;
  // Headline style "Rubio: “…”" with no verb.
  if (colon) {
    const phrase = phraseEndingAt(text, beforeMark - 1, lo);
    if (phrase && phrase.kind !== "pronoun" && !isPlatformAt(text, phrase.name) && skipSpacesBack(text, phrase.start, lo) <= Math.max(lo, sentenceStart)) {
      return { phrase, method: phrase.kind === "spokesperson" ? "spokesperson" : "colon", verb: null, windows: [], adjacent: true, participle: false };
    }
  }
  return null;
}

const HONORIFIC = /^(?:mr|mrs|ms|dr|sr|sra|don|doña)\.?$/;

/** "…», said to EFE the professor …": whom the words were said to comes before the speaker in inverted order. */
function skipAddressee(text: string, pos: number, hi: number): number {
  const to = wordAfter(text, pos, hi);
  if (!to || to.start !== pos || to.lower !== "to") return pos;
  const addressee = phraseStartingAt(text, to.end, hi);
  if (!addressee || addressee.kind !== "name") return pos;
  // Only when the speaker follows: "said to EFE the professor", not "said to be …".
  const next = skipSpaces(text, addressee.end, hi);
  if (speakerPhraseAt(text, next, hi)) return next;
  // "declared to Prensa Sur Mrs. Ana Ruiz": the capitalised run holds both; the speaker starts at a title or a given name.
  const first = wordAfter(text, addressee.start, addressee.end);
  for (let w = first ? wordAfter(text, first.end, addressee.end) : null; w && w.end <= addressee.end; w = wordAfter(text, w.end, addressee.end)) {
    if (!(TITLE_WORDS.has(w.lower) || HONORIFIC.test(w.lower) || givenNameGender(w.text) !== null)) continue;
    const speaker = speakerPhraseAt(text, w.start, hi);
    if (speaker && speaker.kind === "name" && speaker.end >= addressee.end) return w.start;
  }
  return pos;
}

/** "according to X" in [lo, hi), with X a named or described source (not "according to reports"). */
function accordingTo(text: string, lo: number, hi: number): Attribution | null {
  const at = text.slice(lo, hi).search(/\baccording to\s/i);
  if (at < 0) return null;
  const to = lo + at + "according to".length;
  const phrase = speakerPhraseAt(text, to, hi);
  if (!phrase || phrase.kind === "pronoun" || (phrase.kind === "role" && !/\p{Lu}/u.test(text.slice(phrase.start, phrase.end)))) return null;
  // "According to the Post, Defense Secretary X had given an instruction to “…”": the source reports
  // the words of the person the clause is about, named (with a title or in full) as its subject.
  const comma = skipSpaces(text, phrase.end, hi);
  if (text[comma] === ",") {
    const subject = phraseStartingAt(text, comma + 1, hi);
    const next = subject ? wordAfter(text, subject.end, hi) : null;
    if (subject?.kind === "name" && (subject.titled || /\s/.test(text.slice(subject.name.start, subject.name.end))) && next && /^\p{Ll}/u.test(next.text)) {
      return { phrase: subject, method: "according-to", verb: null, windows: [], adjacent: false, participle: false };
    }
  }
  return { phrase, method: "according-to", verb: null, windows: [], adjacent: false, participle: false };
}

/** A clause opened by "that" after a finite reporting verb earlier in the sentence. */
function reportedWithin(text: string, phraseStart: number, sentenceStart: number): boolean {
  const that = wordBefore(text, phraseStart, sentenceStart);
  if (!that) return false;
  // "X said the administration had briefed …": a content clause without "that".
  if (isFiniteSpeechVerb(that) && !isCapitalized(that) && skipSpacesBack(text, phraseStart, sentenceStart) === that.end) return true;
  if (that.lower !== "that") return false;
  let pos = that.start;
  for (let n = 0; n < 40; n++) {
    const w = wordBefore(text, pos, sentenceStart);
    if (!w) {
      const back = skipSpacesBack(text, pos, sentenceStart);
      if (back <= sentenceStart) return false;
      pos = back - 1;
      continue;
    }
    if (isFiniteSpeechVerb(w) && !isCapitalized(w)) return true;
    pos = w.start;
  }
  return false;
}

/** "on X", "via Telegram", "in a post on Truth Social": the platform where words appeared. */
export function isPlatformAt(text: string, span: Span): boolean {
  const c = text.charCodeAt(span.start);
  if (span.end - span.start > 12 || c < 65 || c > 90 || !PLATFORMS.test(text.slice(span.start, span.end))) return false;
  return /\b(?:on|via|to|across)\s+$/i.test(text.slice(Math.max(0, span.start - 8), span.start));
}

/** Reporting verbs in their bare form, which a singular subject never takes ("the Post report", "the CNN interview"). */
const BARE_FORM = /^(?:report|say|claim|tell|warn|note|insist|argue|state|add|announce|comment)$/;

/** Determiners and possessives that make the next word a noun ("a post", "his statement"). */
const NOUN_DETERMINERS: ReadonlySet<string> = new Set(["a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those"]);

/** Nothing but punctuation or a closing quote between `lo` and the verb: it opens its clause. */
function clauseStartsAt(text: string, verbStart: number, lo: number): boolean {
  const back = skipSpacesBack(text, verbStart, lo);
  return back <= lo || /[\u201d"\u00bb\u2014\u2013]/.test(text[back - 1]!);
}

/** Whether a phrase speaks for someone else ("a spokesman for …"). */
export function isSpokesperson(text: string, phrase: SpeakerPhrase): boolean {
  return phrase.kind === "spokesperson" || text.slice(phrase.start, phrase.end).split(/\s+/).some((w) => SPOKESPERSON_NOUNS.test(w));
}

function nextComma(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (text[i] === ",") return i;
  return -1;
}

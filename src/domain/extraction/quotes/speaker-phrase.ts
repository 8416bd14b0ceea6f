import type { Span } from "../types";
import {
  PARTY_STATE_TAG,
  BETWEEN_SUBJECT_AND_VERB,
  DOCUMENT_NOUNS,
  INSTITUTION_HEADS,
  isSpeechVerbWord,
  NAME_PARTICLES,
  NOT_NAME_WORDS,
  OF_NAME_HEADS,
  RELATIONAL_NOUNS,
  ROLE_WORDS,
  SPEAKER_PRONOUNS,
  SPOKESPERSON_NOUNS,
  TITLE_WORDS,
  US_STATES,
} from "./lexicon";
import { isCapitalized, isPossessive, skipSpaces, skipSpacesBack, wordAfter, wordBefore, type Word } from "./words";

/**
 * A speaker as written next to a quote.
 * - name: a proper name ("Jean-Noël Barrot", "the Pentagon" -> "Pentagon"); `name` is the name without titles.
 * - pronoun: he/she/it/they, to be resolved to an antecedent.
 * - spokesperson: someone speaking for a principal ("a spokesman for Prime Minister Keir Starmer").
 * - role: an unnamed person or body ("U.S. officials", "Canada’s defense ministry").
 * - handle: a social-media account ("@SecRubio").
 */
export type SpeakerPhrase = Span & {
  kind: "name" | "pronoun" | "spokesperson" | "role" | "handle";
  /** The part reported as speakerSpan: the bare name for names, the whole phrase otherwise. */
  name: Span;
  /** True when a title precedes the name ("President", "Foreign Minister"): a sure sign of a person. */
  titled: boolean;
  /** Someone the article does not name ("a third", "one trader"): an attribution without a speaker. */
  anonymous?: boolean;
};

type Token = Word & { role: "cap" | "particle" | "role" | "det" };

const DETERMINERS = new Set(["a", "an", "the"]);

/** Skip auxiliaries, adverbs and dates sitting between a subject and its verb, leftwards. */
export function skipBetweenBack(text: string, pos: number, lo: number, dates: readonly Span[]): number {
  let p = pos;
  for (let guard = 0; guard < 8; guard++) {
    const q = skipSpacesBack(text, p, lo);
    // A date before a comma is skipped only as a parenthetical ("X, on Tuesday, said"), not when it
    // closes an appositive ("X, asked about it during a visit to Y today, said").
    const date = dates.find((d) => d.end <= q && d.end >= q - 1 && d.start >= lo && (d.end === q || /,\s*(?:on\s+)?$/i.test(text.slice(Math.max(lo, d.start - 6), d.start))));
    if (date) {
      p = date.start;
      continue;
    }
    const w = wordBefore(text, q, lo);
    if (w && w.end === q && BETWEEN_SUBJECT_AND_VERB.has(w.lower)) {
      p = w.start;
      continue;
    }
    // "the Navy of the Dominican Republic (ARD) said": a bracketed acronym or gloss sits between subject and verb.
    if (text[q - 1] === ")") {
      const open = text.lastIndexOf("(", q - 1);
      if (open > lo && q - open <= 60 && (!/[\u201c\u201d"\u00ab\u00bb.;]/.test(text.slice(open, q)) || PARTY_STATE_TAG.test(text.slice(open + 1, q - 1)))) {
        p = open;
        continue;
      }
    }
    // ", however," / ", too,"
    if (text[q - 1] === ",") {
      const inner = wordBefore(text, q - 1, lo);
      if (inner && /^(?:however|though|too|meanwhile|also|for (?:his|her|their|its) part)$/.test(inner.lower)) {
        const c = skipSpacesBack(text, inner.start, lo);
        if (text[c - 1] === ",") {
          p = c - 1;
          continue;
        }
      }
    }
    return q;
  }
  return skipSpacesBack(text, p, lo);
}

/** Skip auxiliaries, adverbs and dates rightwards. */
export function skipBetweenForward(text: string, pos: number, hi: number, dates: readonly Span[]): number {
  let p = pos;
  for (let guard = 0; guard < 8; guard++) {
    const q = skipSpaces(text, p, hi);
    const date = dates.find((d) => d.start >= q && d.start <= q + 1 && d.end <= hi);
    if (date) {
      p = date.end;
      continue;
    }
    const w = wordAfter(text, q, hi);
    if (w && w.start === q && BETWEEN_SUBJECT_AND_VERB.has(w.lower) && w.lower !== "told") {
      p = w.end;
      continue;
    }
    // "Rep. X (R-Neb.) told …", "the Navy (ARD) said": a bracketed tag or gloss between subject and verb.
    const close = bracketedTagEnd(text, q, hi);
    if (close > 0) {
      p = close;
      continue;
    }
    return q;
  }
  return skipSpaces(text, p, hi);
}

/** The end of a bracketed acronym, gloss or party-state tag opening at `q` ("(ARD)", "(R-Neb.)"), or -1. */
export function bracketedTagEnd(text: string, q: number, hi: number): number {
  if (text[q] !== "(") return -1;
  const close = text.indexOf(")", q);
  if (close < 0 || close >= hi || close - q > 60) return -1;
  const inner = text.slice(q + 1, close);
  return !/[\u201c\u201d"\u00ab\u00bb.;]/.test(inner) || PARTY_STATE_TAG.test(inner) ? close + 1 : -1;
}

function classify(w: Word): Token["role"] | null {
  if (DETERMINERS.has(w.lower)) return "det";
  if (isCapitalized(w) && !NOT_NAME_WORDS.has(w.lower)) return "cap";
  if (NAME_PARTICLES.has(w.lower)) return "particle";
  const base = w.lower.replace(/[\u2019']s$/, "");
  // A lower-case possessive inside a role phrase modifies it: "the ombudsman's office".
  if (ROLE_WORDS.has(base) || SPOKESPERSON_NOUNS.test(base) || RELATIONAL_NOUNS.has(base) || (base !== w.lower && /^\p{Ll}/u.test(w.text))) return "role";
  return null;
}

/** "the survivor", "a local fisherman", "Ruiz's eldest son": a description closed by a comma, whatever its noun. */
const DESCRIPTION = /^(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+|\p{Lu}[\p{L}.'-]*[\u2019']s\s+)(?:[\p{L}-]+\s+){0,3}[\p{Ll}-]+(?=,)/u;

/** The phrase at `start`, or failing that a description closed by a comma ("the survivor,"). */
export function descriptionAt(text: string, start: number, hi: number): SpeakerPhrase | null {
  const phrase = phraseStartingAt(text, start, hi);
  if (phrase) return phrase;
  const s = skipSpaces(text, start, hi);
  const m = DESCRIPTION.exec(text.slice(s, Math.min(hi, s + 80)));
  // "the man said," is a subject and its verb, not a description.
  if (!m || m[0].split(/\s+/).some((w) => isSpeechVerbWord(w))) return null;
  const span = { start: s, end: s + m[0].length };
  return phraseOf(span, "role", span, false);
}

/** Participles between a document and its source: "the account given by X". */
const ISSUED = /^(?:offered|given|issued|published|released|provided|put|circulated|posted|shared|sent|read)$/;

/** "a statement from the Port Authority": the document's source speaks. */
export function documentSource(text: string, phrase: SpeakerPhrase, hi: number): SpeakerPhrase | null {
  if (phrase.kind !== "role") return null;
  const head = wordBefore(text, phrase.end, phrase.start);
  let from = head && DOCUMENT_NOUNS.has(head.lower) ? wordAfter(text, phrase.end, hi) : null;
  // "the version offered by X", "a statement issued by X".
  if (from && ISSUED.test(from.lower)) from = wordAfter(text, from.end, hi);
  if (!from || (from.lower !== "from" && from.lower !== "by")) return null;
  const source = phraseStartingAt(text, from.end, hi);
  return source && source.kind !== "pronoun" ? source : null;
}

/**
 * The speaker phrase at `start` after an inverted verb, seen through what only introduces the
 * speaker: a description with a named appositive ("said the survivor, Jorge Ruiz,") and a
 * document with its source ("said a statement from the Port Authority").
 */
export function speakerPhraseAt(text: string, start: number, hi: number): SpeakerPhrase | null {
  const office = officeAt(text, start, hi);
  if (office) return office;
  const phrase = descriptionAt(text, start, hi);
  if (!phrase) return describedAtLength(text, start, hi) ?? sourceOfAccount(text, start, hi);
  return appositiveName(text, phrase, hi) ?? documentSource(text, phrase, hi) ?? describedAtLength(text, start, hi) ?? phrase;
}

/** "the head of state", "the head of the French diplomacy": an office named by what it does (definite-description.ts). */
const OFFICE = /^the\s+head\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}.]*\s+)?(?:state|government|diplomacy)\b/u;

function officeAt(text: string, start: number, hi: number): SpeakerPhrase | null {
  const s = skipSpaces(text, start, hi);
  const m = OFFICE.exec(text.slice(s, Math.min(hi, s + 60)));
  if (!m) return null;
  const span = { start: s, end: s + m[0].length };
  return { ...span, kind: "role", name: span, titled: false };
}

/** "the version offered by X", "an account given by X": the document or account is X's. */
const ACCOUNT = /^(?:the|a|an|his|her|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:version|account|statement|release|communiqu[eé]|letter|message|report|readout)\s+(?:(?:offered|given|issued|published|released|provided|put\s+out|circulated|posted|shared|sent)\s+)?(?:by|from)\s+/u;

function sourceOfAccount(text: string, start: number, hi: number): SpeakerPhrase | null {
  const s = skipSpaces(text, start, hi);
  const m = ACCOUNT.exec(text.slice(s, Math.min(hi, s + 100)));
  if (!m) return null;
  const source = phraseStartingAt(text, s + m[0].length, hi);
  return source && source.kind !== "pronoun" ? source : null;
}

/**
 * "the professor of international relations of the University of X, Jane Roe.": a description
 * with complements, running to a comma, then the person's full name closing the clause.
 */
export function describedAtLength(text: string, start: number, hi: number): SpeakerPhrase | null {
  const s = skipSpaces(text, start, hi);
  if (!/^(?:the|a|an)\s/i.test(text.slice(s, s + 4))) return null;
  const comma = text.indexOf(",", s);
  if (comma < 0 || comma >= Math.min(hi, s + 120) || /[\u201c\u201d"\u00ab\u00bb.;:]/.test(text.slice(s, comma))) return null;
  // No verb in the description: "the man said, …" is a clause.
  if (text.slice(s, comma).split(/\s+/).some((w) => isSpeechVerbWord(w.toLowerCase()))) return null;
  const span = { start: s, end: comma };
  return appositiveName(text, phraseOf(span, "role", span, false), hi);
}

/**
 * The name in an appositive right after a description: "X's mother, Jane Roe, 58,",
 * "the committee chair, Jane Roe,": a person's full (or titled) name closed by a comma,
 * full stop or the end of the clause. The description only introduces her.
 */
export function appositiveName(text: string, phrase: SpeakerPhrase, hi: number): SpeakerPhrase | null {
  // "the spokesman of the Presidency, Gerardo X,": a named spokesperson speaks in their own name.
  if ((phrase.kind !== "role" && phrase.kind !== "spokesperson" && !describes(text, phrase)) || text[phrase.end] !== ",") return null;
  const inner = phraseStartingAt(text, phrase.end + 1, hi);
  if (!inner || inner.kind !== "name") return null;
  if (!inner.titled && !/\s/.test(text.slice(inner.name.start, inner.name.end))) return null;
  return /^(?:\s*[,.;]|\s*$)/.test(text.slice(inner.end, Math.min(hi, inner.end + 2))) ? inner : null;
}

/**
 * A name-kind phrase that only describes its holder: an office after an article ("the Minister of
 * National Defence of Colombia") or a bare title ("Defence Secretary"). A name in apposition
 * after it is the person.
 */
function describes(text: string, phrase: SpeakerPhrase): boolean {
  if (phrase.kind !== "name") return false;
  const words = text.slice(phrase.start, phrase.end).split(/\s+/);
  if (/^(?:the|a|an)$/i.test(words[0] ?? "")) return words.slice(1).some((w) => TITLE_WORDS.has(w.toLowerCase()));
  return words.every((w) => TITLE_WORDS.has(w.toLowerCase()));
}

/**
 * The noun phrase ending at `end` (the subject of a verb that follows), read
 * leftwards: "French Foreign Minister Jean-Noël Barrot", "a spokesman for
 * British Prime Minister Keir Starmer", "Canada’s defense ministry", "he".
 */
export function phraseEndingAt(text: string, end: number, lo: number): SpeakerPhrase | null {
  const first = wordBefore(text, end, lo);
  if (!first || skipSpacesBack(text, end, lo) !== first.end) return null;
  if (SPEAKER_PRONOUNS.has(first.lower)) {
    return { start: first.start, end: first.end, kind: "pronoun", name: { start: first.start, end: first.end }, titled: false };
  }
  const tokens: Token[] = [];
  let pos = end;
  for (let guard = 0; guard < 14; guard++) {
    const w = wordBefore(text, pos, lo);
    if (!w || skipSpacesBack(text, pos, lo) !== w.end) break;
    const role = classify(w);
    if (!role) break;
    // A possessive ends a name only when it is the head ("Canada’s ministry" keeps going, "Rubio’s" never heads a subject).
    if (tokens.length === 0 && isPossessive(w) && role === "cap") break;
    tokens.unshift(withRole(w, role));
    pos = w.start;
    if (role === "det") {
      // "Bridget Kaye of the Harlow Institute said": the affiliation hangs from a name before "of".
      const of = wordBefore(text, w.start, lo);
      const owner = of && of.lower === "of" ? wordBefore(text, of.start, lo) : null;
      if (!of || of.lower !== "of" || !owner || !isCapitalized(owner) || skipSpacesBack(text, w.start, lo) !== of.end) break;
    }
  }
  return buildPhrase(tokens);
}

/** The noun phrase starting at `start`, read rightwards ("said William Brownfield, who led…"). */
export function phraseStartingAt(text: string, start: number, hi: number): SpeakerPhrase | null {
  const s = skipSpaces(text, start, hi);
  const first = wordAfter(text, s, hi);
  if (!first || first.start !== s) return null;
  if (first.text.startsWith("@")) {
    return { start: first.start, end: first.end, kind: "handle", name: { start: first.start, end: first.end }, titled: false };
  }
  if (SPEAKER_PRONOUNS.has(first.lower)) {
    return { start: first.start, end: first.end, kind: "pronoun", name: { start: first.start, end: first.end }, titled: false };
  }
  // "his sister Yaneth Pushaina", "her lawyer Ana Ruiz": a relation or role, then the person's name.
  if (POSSESSIVE_OPENERS.has(first.lower)) return relationNamed(text, first, hi);
  const tokens: Token[] = [];
  let pos = s;
  for (let guard = 0; guard < 14; guard++) {
    const w = wordAfter(text, pos, hi);
    if (!w || skipSpaces(text, pos, hi) !== w.start) break;
    let role = classify(w);
    if (role === "det" && tokens.length > 0 && tokens[tokens.length - 1]!.role !== "particle") break;
    // The sentence-initial "The" is a determiner, not a name.
    if (!role && tokens.length === 0 && w.lower === "the") role = "det";
    if (!role) break;
    tokens.push(withRole(w, role));
    pos = w.end;
    // A full stop that is not an abbreviation ends the phrase ("…,” Barro. This was…").
    if (text[w.end] === "." ) break;
  }
  return groupAtBody(text, tokens, hi) ?? buildPhrase(tokens);
}

/** Staff named by their employer: "Analysts at Goldman Sachs", "economists from the IMF". */
const STAFF = /^(?:analysts|economists|strategists|researchers|lawyers|scientists|experts|engineers|investigators)$/;

function groupAtBody(text: string, tokens: readonly Token[], hi: number): SpeakerPhrase | null {
  if (tokens.length !== 1 || !STAFF.test(tokens[0]!.lower)) return null;
  const prep = wordAfter(text, tokens[0]!.end, hi);
  if (!prep || !/^(?:at|from|with)$/.test(prep.lower)) return null;
  const body = phraseStartingAt(text, prep.end, hi);
  return body && body.kind === "name" ? phraseOf({ start: tokens[0]!.start, end: body.end }, "name", body.name, false) : null;
}

const POSSESSIVE_OPENERS: ReadonlySet<string> = new Set(["his", "her", "their"]);

function relationNamed(text: string, opener: Word, hi: number): SpeakerPhrase | null {
  let pos = opener.end;
  for (let n = 0; n < 3; n++) {
    const w = wordAfter(text, pos, hi);
    if (!w || skipSpaces(text, pos, hi) !== w.start || !/^\p{Ll}/u.test(w.text)) break;
    pos = w.end;
    if (!RELATIONAL_NOUNS.has(w.lower) && !ROLE_WORDS.has(w.lower)) continue;
    const named = phraseStartingAt(text, pos, hi);
    if (!named || named.kind !== "name" || !/\s/.test(text.slice(named.name.start, named.name.end)) || looksInstitutional(text, named.name)) return null;
    return phraseOf({ start: opener.start, end: named.end }, "name", named.name, false);
  }
  return null;
}

/*
 * Object literals with fixed fields rather than spreads: phrases are built for
 * every sentence and quote, and a spread copy is several times slower.
 */
function withRole(w: Word, role: Token["role"]): Token {
  return { start: w.start, end: w.end, text: w.text, lower: w.lower, role };
}

function phraseOf(span: Span, kind: SpeakerPhrase["kind"], name: Span, titled: boolean): SpeakerPhrase {
  return { start: span.start, end: span.end, kind, name, titled };
}

/**
 * "Sen. Arthur Penwell of Vermont", "Ellen Marsh of New Mexico", "Bridget Kaye of the
 * Harlow Institute": a person's name followed by "of <state>" or "of the <body>" is described,
 * not renamed; the speaker is the person. Returns where to cut the tokens, or -1.
 */
function personOfCut(tokens: readonly Token[]): number {
  const k = tokens.findIndex((t) => t.lower === "of");
  if (k < 1 || k >= tokens.length - 1) return -1;
  const owner = tokens[k - 1]!;
  if (owner.role !== "cap" || TITLE_WORDS.has(owner.lower) || INSTITUTION_HEADS.test(owner.lower) || OF_NAME_HEADS.test(owner.lower) || isPossessive(owner)) return -1;
  let run = 0;
  while (k - 1 - run >= 0 && tokens[k - 1 - run]!.role === "cap" && !TITLE_WORDS.has(tokens[k - 1 - run]!.lower)) run++;
  const titled = tokens.slice(0, k - run).some((t) => t.role === "cap" && TITLE_WORDS.has(t.lower));
  const rest = tokens.slice(k + 1);
  const place = rest.map((t) => t.lower.replace(/[.,]$/, "")).join(" ");
  // "of Vermont", "of the Harlow Institute", "of Kingsbridge University": where the person is from or works.
  const described = US_STATES.has(place) || rest[0]!.role === "det" || rest.some((t) => INSTITUTION_HEADS.test(t.lower));
  return titled || (run >= 2 && described) ? k : -1;
}

function buildPhrase(raw: Token[]): SpeakerPhrase | null {
  const cut = personOfCut(raw);
  const tokens = cut > 0 ? raw.slice(0, cut) : [...raw];
  // Particles and determiners cannot end a phrase; particles cannot start one.
  while (tokens.length && (tokens[tokens.length - 1]!.role === "particle" || tokens[tokens.length - 1]!.role === "det")) tokens.pop();
  while (tokens.length && tokens[0]!.role === "particle") tokens.shift();
  if (!tokens.length) return null;
  const head = tokens[tokens.length - 1]!;
  const firstT = tokens[0]!;
  const span = { start: firstT.start, end: head.end };
  const spokesAt = tokens.findIndex((t) => t.role === "role" && SPOKESPERSON_NOUNS.test(t.lower));
  if (spokesAt >= 0) {
    // "White House spokesperson Karoline Leavitt" names the speaker herself.
    const named = head.role === "cap" && !tokens.some((t, i) => i > spokesAt && (t.lower === "for" || t.lower === "of"));
    if (!named) return phraseOf(span, "spokesperson", span, false);
  }
  if (head.role !== "cap") {
    if (!tokens.some((t) => t.role === "cap" || ROLE_WORDS.has(t.lower))) return null;
    // A lone modifier ("former", "senior") is not a speaker.
    if (tokens.length === 1 && !INSTITUTION_HEADS.test(head.lower) && !/s$/.test(head.lower) && !ROLE_WORDS.has(head.lower)) return null;
    return phraseOf(span, "role", span, false);
  }
  // Name: the trailing capitalised run, after the last title word. Institutions
  // keep their whole name ("State Department", "U.S. Southern Command").
  let i = tokens.length - 1;
  if (INSTITUTION_HEADS.test(head.lower)) {
    while (i > 0 && (tokens[i - 1]!.role === "cap" || tokens[i - 1]!.role === "particle") && !isPossessive(tokens[i - 1]!)) i--;
    while (i < tokens.length - 1 && tokens[i]!.role === "particle") i++;
    const t = tokens[i]!;
    return phraseOf(span, "name", { start: t.start, end: head.end }, false);
  }
  while (i > 0) {
    const prev = tokens[i - 1]!;
    if (prev.role === "cap" && !TITLE_WORDS.has(prev.lower) && !isPossessive(prev)) i--;
    else if (prev.role === "particle" && /^(?:de|del|della|di|da|dos|das|do|du|la|le|los|las|van|von|der|den|ter|bin|bint|ibn|al|el|y)$/.test(prev.lower)) {
      // "Merel van der Linden", "María de la Cruz": one or two particles between name words.
      let k = i - 1;
      if (k - 1 >= 0 && tokens[k - 1]!.role === "particle" && /^(?:de|van|von|da|di|del|dos)$/.test(tokens[k - 1]!.lower)) k--;
      if (k - 1 >= 0 && tokens[k - 1]!.role === "cap" && !TITLE_WORDS.has(tokens[k - 1]!.lower)) i = k;
      else break;
    }
    else break;
  }
  let nameStart = i;
  const titled = tokens.slice(0, nameStart).some((t) => TITLE_WORDS.has(t.lower) && t.role === "cap");
  // "Department of State", "Attorney General" alone: the whole run is the name.
  if (TITLE_WORDS.has(tokens[nameStart]!.lower) && nameStart === tokens.length - 1) {
    let j = nameStart;
    while (j > 0 && (tokens[j - 1]!.role === "cap" || tokens[j - 1]!.role === "particle")) j--;
    nameStart = j;
    while (nameStart < tokens.length - 1 && tokens[nameStart]!.role === "particle") nameStart++;
  }
  const bodyStart = bodyOfName(tokens, nameStart);
  const nameTok = tokens[bodyStart]!;
  return phraseOf(span, "name", { start: nameTok.start, end: head.end }, bodyStart === nameStart && titled);
}

/**
 * "the Navy of the Dominican Republic", "the Office of the Ombudsman": a body's head before
 * "of [the]" keeps the whole run one name; the place or office after "of" is not the speaker.
 */
function bodyOfName(tokens: readonly Token[], nameStart: number): number {
  let i = nameStart;
  // (Nationalities count as titles elsewhere: "the Dominican Republic" is all name here.)
  while (i > 0 && tokens[i - 1]!.role === "cap") i--;
  if (i > 0 && tokens[i - 1]!.role === "det") i--;
  if (i < 2 || tokens[i - 1]!.lower !== "of") return nameStart;
  const body = tokens[i - 2]!;
  if (body.role !== "cap" || !INSTITUTION_HEADS.test(body.lower)) return nameStart;
  let j = i - 2;
  while (j > 0 && tokens[j - 1]!.role === "cap" && !TITLE_WORDS.has(tokens[j - 1]!.lower) && !isPossessive(tokens[j - 1]!)) j--;
  return j;
}

/** Words that commonly head an institution, so a bare capitalised name is not taken for a person. */
export function looksInstitutional(text: string, span: Span): boolean {
  const words = text.slice(span.start, span.end).split(/\s+/);
  const last = (words[words.length - 1] ?? "").toLowerCase();
  if (INSTITUTION_HEADS.test(last)) return true;
  if (words.some((w) => /^(?:of|for)$/i.test(w))) return true;
  if (words.length === 1 && /^[\p{Lu}.]{2,}$/u.test(words[0] ?? "")) return true;
  return false;
}

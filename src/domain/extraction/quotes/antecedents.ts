import { sentenceAt } from "../segment";
import type { ExtractedActor, Segmentation, Span } from "../types";
import { isFiniteSpeechVerb, isPlatformAt } from "./attribution";
import { subjectBeforeVerb } from "./subject-before-verb";
import { appositiveSubject, headsSubject, prepositionalRoleAt } from "./clause-position";
import { identifiedLater, officeBefore, unnamedOfficeAt } from "./delayed-identification";
import type { QuoteSpan } from "./find-quote-spans";
import { statedGender, type Gender } from "./gender";
import { fullNameGender } from "../given-name";
import { INTRO_WORDS, isSpeechVerbWord, mayBeSpeechVerb, SUBJECT_OPENERS } from "./lexicon";
import { appositiveName, looksInstitutional, phraseStartingAt, type SpeakerPhrase } from "./speaker-phrase";
import { isPossessive, skipSpacesBack, wordAfter } from "./words";

/** Someone named outside quotes who could be what a later "he", "she" or "it" stands for. */
export type Antecedent = {
  span: Span;
  paragraph: number;
  sentence: number;
  person: boolean;
  institution: boolean;
  /** The subject of its sentence (or of a reporting verb): the likeliest referent. */
  subject: boolean;
  /** Named as the object of a preposition ("Asked by X", "met with X"): not what a later "he" stands for. */
  object?: boolean;
  /** An unnamed person described by office as the sentence subject ("Chile's interior minister ordered …"). */
  unnamedRole?: boolean;
  /** Someone the text keeps unnamed on purpose ("One former official, who asked not to be named"): a later "he" is them, and names no one. */
  anonymous?: boolean;
  /** The person's gender where the text states it ("Ms.", "spokeswoman", "his widow, X"). */
  gender?: Gender;
  /** The gender the given name suggests: a preference between candidates, never a veto on the one just named. */
  guessedGender?: Gender;
  /** The actor named, when the mention is tied to one. */
  key?: string;
  /** The office word a person is titled with ("Defense Minister X" -> "minister"), or an unnamed role's. */
  office?: string;
};

/** What pronoun resolution carries through an article beyond the antecedents around a quote. */
export type Discourse = {
  /** Genders stated by unambiguous he/she attributions so far, by actor key. */
  learned: Map<string, Gender>;
  /** The antecedents of a later paragraph. */
  following: (paragraph: number) => readonly Antecedent[];
};

/** Stated genders per actor: the same actors come back for every paragraph of an article. */
const genders = new WeakMap<ExtractedActor, Gender | null>();

/**
 * Collect candidate antecedents in paragraphs [fromParagraph, toParagraph]: subjects of reporting verbs
 * (including indirect speech: "said Brian Finucane, a former…"), sentence
 * subjects, and actor mentions. Mentions inside quotes are skipped: in
 * "“…Mr. Maduro,” he said", he is not Maduro.
 */
export function collectAntecedents(
  text: string,
  segmentation: Segmentation,
  spans: readonly QuoteSpan[],
  actors: readonly ExtractedActor[],
  dates: readonly Span[],
  fromParagraph = 0,
  toParagraph = segmentation.paragraphs.length - 1,
): Antecedent[] {
  const out: Antecedent[] = [];
  const rangeStart = segmentation.paragraphs[fromParagraph]?.start ?? 0;
  const rangeEnd = segmentation.paragraphs[toParagraph]?.end ?? 0;
  // Spans are sorted and disjoint: binary search.
  const insideQuote = (pos: number) => {
    let lo = 0;
    let hi = spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const q = spans[mid]!;
      if (pos < q.start) hi = mid - 1;
      else if (pos >= q.end) lo = mid + 1;
      else return true;
    }
    return false;
  };
  const actorAt = (span: Span): ExtractedActor | null => {
    for (const a of actors) for (const m of a.mentions) if (m.start < span.end && m.end > span.start) return a;
    return null;
  };
  const kindAt = (span: Span): ExtractedActor["kind"] | null => actorAt(span)?.kind ?? null;
  const genderOf = (actor: ExtractedActor | null): Gender | undefined => {
    if (!actor || actor.kind !== "person") return undefined;
    let g = genders.get(actor);
    if (g === undefined) {
      g = statedGender(text, actor);
      genders.set(actor, g);
    }
    return g ?? undefined;
  };
  // A given name every name list agrees on ("Kingsley" is male in them, Kingsley Wilson is not): a guess.
  const guessOf = (actor: ExtractedActor | null): Gender | undefined => (actor && actor.kind === "person" ? fullNameGender(actor.name) ?? undefined : undefined);
  // Datelines ("WASHINGTON (AP) —"), headline lines in capitals ("ROUNDUP: …") and platforms
  // ("on Truth Social") name no one who speaks.
  // (Each paragraph's unspoken prefix is computed once: sentences and mentions come in paragraph order.)
  let prefixParagraph = -1;
  let prefixEnd = -1;
  const never = (span: Span, paragraph: number) => {
    if (paragraph !== prefixParagraph) {
      prefixParagraph = paragraph;
      prefixEnd = unspokenPrefix(text, segmentation.paragraphs[paragraph]);
    }
    return span.start < prefixEnd || isNeverNamed(text, span);
  };
  const add = (given: SpeakerPhrase, paragraph: number, sentence: number) => {
    // "Mr Trump's campaign against what he calls …": the possessor is who a later "he" means.
    // (Not "Maharaj's cousin" or "X's lawyer": a person's relation or role is someone else.)
    const owned = given.kind === "role" ? /^(.*?\p{Lu}[\p{L}.-]*)[\u2019']s\s+(\p{Ll}[\p{L}-]*)/u.exec(text.slice(given.start, given.end)) : null;
    const owner = owned && !PERSON_NOUN.test(owned[2]!) ? owned : null;
    const phrase: SpeakerPhrase = owner ? { start: given.start, end: given.start + owner[1]!.length, kind: "name", name: { start: given.start, end: given.start + owner[1]!.length }, titled: false } : given;
    if (phrase.kind === "pronoun" || insideQuote(phrase.start) || never(phrase.name, paragraph)) return;
    const s = segmentation.sentences[sentence];
    if (s && comparedWith(text, s, phrase.start, subjectStart(s))) return;
    const actor = actorAt(phrase.name);
    const kind = actor?.kind ?? null;
    const institutional = phrase.kind === "role" ? true : looksInstitutional(text, phrase.name);
    const person = kind ? kind === "person" : phrase.kind === "spokesperson" || phrase.titled || (phrase.kind === "name" && !institutional);
    out.push({ span: phrase.name, paragraph, sentence, person, institution: kind ? kind !== "person" : institutional, subject: true, gender: genderOf(actor), guessedGender: guessOf(actor), key: actor?.key, office: person ? officeBefore(text, phrase.name.start, Math.max(0, phrase.start - 1)) : undefined });
  };
  const subjectStart = (s: Segmentation["sentences"][number]) => {
    // After a dateline or kicker, then after an introductory phrase ("In February, the State Department…").
    never({ start: s.start, end: s.start }, s.paragraph);
    let start = Math.max(s.start, prefixEnd);
    const first = wordAfter(text, start, s.end);
    if (first && INTRO_WORDS.has(first.lower)) {
      const comma = indexWithin(text, ",", start, Math.min(s.end, start + 120));
      if (comma >= 0) start = comma + 1;
    }
    return start;
  };
  for (const s of sentencesOf(segmentation, fromParagraph, toParagraph)) {
    const start = subjectStart(s);
    // Only subjects opened by an article or a possessive can be an unnamed office or a description
    // (a cheap test: most sentences open otherwise).
    const opener = wordAfter(text, start, s.end);
    const described = !!opener && (SUBJECT_OPENERS.has(opener.lower) || isPossessive(opener));
    const role = described ? unnamedOfficeAt(text, opener.start, s.end) : null;
    if (role && !insideQuote(start)) {
      out.push({ span: role.span, paragraph: s.paragraph, sentence: s.index, person: false, institution: false, subject: true, unnamedRole: true, office: role.office });
    }
    const unnamed = anonymousSubjectAt(text, start, s.end);
    if (unnamed && !insideQuote(start)) out.push({ span: unnamed, paragraph: s.paragraph, sentence: s.index, person: true, institution: false, subject: true, anonymous: true });
    // "Her Conservative counterpart, Giles Fairbanks, struck …": the appositive names the subject.
    // "The Prefect of X, Y Z, wished …": an office phrase whose appositive names the person.
    const opening = phraseStartingAt(text, start, s.end);
    const subj = (opening && appositiveName(text, opening, s.end)) ?? opening ?? (described ? appositiveSubject(text, start, s.end) : null);
    // A one-word subject counts when it is a known actor ("Trump met …"), not any capitalised opener.
    if (subj && (subj.titled || subj.kind !== "name" || text.slice(subj.name.start, subj.name.end).includes(" ") || kindAt(subj.name) === "person")) add(subj, s.paragraph, s.index);
    // Subjects of reporting verbs anywhere in the sentence.
    for (const m of speechVerbsIn(text, s.start, s.end)) {
      const w = wordAfter(text, m.index, s.end);
      if (!isFiniteSpeechVerb(w) || insideQuote(m.index)) continue;
      // "the United States": a capitalised verb form past the sentence start is a name.
      if (m.index > s.start && /[A-Z]/.test(text[m.index]!)) continue;
      const subject = subjectBeforeVerb(text, m.index, s.start, dates);
      if (subject) {
        add(subject, s.paragraph, s.index);
        continue;
      }
      const prev = text[skipSpacesBack(text, m.index, s.start) - 1];
      if (prev === "," || prev === "\u201d" || prev === '"' || prev === "\u2019" || prev === "\u00bb") {
        const inverted = phraseStartingAt(text, m.index + m[0].length, s.end);
        if (inverted) add(inverted, s.paragraph, s.index);
      }
    }
  }
  for (const a of actors) {
    if (a.kind !== "person" && a.kind !== "organization" && a.kind !== "group") continue;
    for (const m of a.mentions) {
      if (m.start < rangeStart || m.start >= rangeEnd || insideQuote(m.start)) continue;
      const s = sentenceAt(segmentation.sentences, m.start);
      if (!s || never(m, s.paragraph)) continue;
      const role = a.kind === "person" ? prepositionalRoleAt(text, m.start, s.start) : null;
      const subject = role === "agent" || (a.kind === "person" && role === null && headsSubject(text, subjectStart(s), m.start));
      // "Echoing X, she said": the one echoed, cited or compared with is by construction not the subject.
      const foil = a.kind === "person" && comparedWith(text, s, m.start, subjectStart(s));
      out.push({ span: { start: m.start, end: m.end }, paragraph: s.paragraph, sentence: s.index, person: a.kind === "person", institution: a.kind !== "person", subject: subject && !foil, object: role === "object" || foil, gender: genderOf(a), guessedGender: guessOf(a), key: a.key, office: a.kind === "person" ? officeBefore(text, m.start, s.start) : undefined });
    }
  }
  out.sort((a, b) => a.span.start - b.span.start);
  return out;
}

/** Openers of an introductory phrase that names someone other than the subject ("Echoing X, …", "Unlike X, …"). */
const FOIL_OPENERS: ReadonlySet<string> = new Set(["echoing", "citing", "quoting", "contradicting", "rebutting", "unlike", "like"]);

/** A mention inside a sentence-opening "Echoing X, …" phrase, before the clause's own subject. */
function comparedWith(text: string, s: Span, pos: number, subjectFrom: number): boolean {
  if (pos >= subjectFrom) return false;
  const first = wordAfter(text, s.start, s.end);
  return !!first && FOIL_OPENERS.has(first.lower.replace(/^[^a-z]+/, ""));
}

/**
 * The antecedent of a pronoun at `pos`: for he/she the latest person named
 * before it (preferring sentence and speech subjects within the last three
 * paragraphs); for it/they the subject of the current sentence if it is an
 * institution, else the latest institution.
 */
export function resolvePronoun(
  pronoun: string,
  pos: number,
  paragraph: number,
  sentence: number,
  antecedents: readonly Antecedent[],
  discourse?: Discourse,
): Span | null {
  const learned = discourse?.learned;
  // A possessive ("Her conclusion was blunt:") stands for whom its pronoun would.
  const p = POSSESSIVE_PRONOUNS[pronoun.toLowerCase()] ?? pronoun.toLowerCase();
  const before = antecedents.filter((a) => a.span.end <= pos && a.paragraph >= paragraph - 3);
  if (p === "he" || p === "she" || p === "i") {
    // "she" is never someone the text calls "Mr." or "his widow", nor someone an earlier
    // unambiguous "he" stood for: agreement first.
    const clash: Gender | null = p === "he" ? "f" : p === "she" ? "m" : null;
    const genderOf = (a: Antecedent) => a.gender ?? (a.key ? learned?.get(a.key) : undefined);
    const people = before.filter((a) => a.person && (!clash || genderOf(a) !== clash));
    if (clash && learned) learnGender(people, clash === "f" ? "m" : "f", learned);
    // "X's interior minister ordered … what he called …", with nobody named yet: he is that office
    // holder, named in the next sentences ("Minister Y said …"), or nobody we can name.
    if (!people.length) {
      const role = before.find((a) => a.unnamedRole && a.sentence === sentence);
      if (role) return identifiedLater(role, pos, paragraph, sentence, discourse ? [...antecedents, ...discourse.following(paragraph + 1)] : antecedents, clash);
    }
    // A given name's gender rules candidates out too, with one exception: the person the sentence
    // before was about stays when nobody nearby has a name that agrees ("Kingsley" is male in the
    // name lists, and "she" after "Kingsley Wilmot disputed that" is her).
    const all = pickPerson(people, sentence);
    const filtered = clash ? people.filter((a) => a.guessedGender !== clash) : people;
    const agreesNearby = filtered.some((a) => a.guessedGender !== undefined && a.paragraph >= paragraph - 1);
    const chosen = all && all.guessedGender === clash && all.sentence >= sentence - 1 && !agreesNearby ? all : filtered.length ? pickPerson(filtered, sentence) : all;
    if (!chosen?.anonymous) return chosen?.span ?? null;
    // An unnamed source is "he" only while nobody else has been named since.
    const since = people.filter((a) => !a.anonymous && a.span.start > chosen.span.start);
    return since.length ? since[since.length - 1]!.span : null;
  }
  if (p === "it" || p === "they" || p === "we") {
    const sameSentence = before.filter((a) => a.sentence === sentence && a.institution);
    const subject = sameSentence.find((a) => a.subject);
    if (subject) return subject.span;
    if (sameSentence[0]) return sameSentence[0].span;
    const institutions = before.filter((a) => a.institution);
    return institutions[institutions.length - 1]?.span ?? null;
  }
  return null;
}

/** Nouns for people: a possessive before them names someone else ("X's cousin", "X's lawyer", "X's spokesman"). */
const PERSON_NOUN = /^(?:cousin|son|daughter|mother|father|brother|sister|wife|husband|widow|widower|uncle|aunt|nephew|niece|grandson|granddaughter|grandmother|grandfather|friend|neighbou?r|partner|colleague|boss|lawyer|attorney|spokes\w+|aide|adviser|advisor|deputy|successor|predecessor|counterpart|envoy|representative|assistant|secretary|minister|chief|head|leader|family|relatives?|\w+(?:man|woman|person|er|or|ist|ian))$/;

/**
 * The likeliest person among candidates: the last subject, else the last mention not an object. A
 * plain mention closer than the last subject wins only in the pronoun's own sentence and not as an
 * object ("Asked directly by X, he said": he is not the asker); the subject of the pronoun's own
 * sentence outranks it too ("X thanked Y for what he called …").
 */
function pickPerson(people: readonly Antecedent[], sentence: number): Antecedent | null {
  let subject: Antecedent | undefined;
  let free: Antecedent | undefined;
  for (const a of people) {
    if (a.subject) subject = a;
    if (!a.object) free = a;
  }
  const best = subject ?? free ?? people[people.length - 1];
  const latest = people[people.length - 1];
  return latest && best && latest !== best && latest.sentence === sentence && !latest.object && best.sentence !== sentence ? latest : best ?? null;
}

const POSSESSIVE_PRONOUNS: Readonly<Record<string, string>> = { his: "he", her: "she", its: "it", their: "they" };

/** "One former senior official, who asked not to be named, …": an indefinite subject kept unnamed on purpose. */
const ANONYMOUS_OPENER = /^(?:One|A|An|Another|Two|Three|Several)\s+(?:[\p{L}.-]+\s+){0,5}?(?:officials?|sources?|diplomats?|officers?|aides?|advisers?|advisors?|staffers?|insiders?|lawyers?|persons?|people)\b/u;
const KEPT_UNNAMED = /\b(?:anonymity|not authori[sz]ed|not to be (?:named|identified)|declined to be (?:named|identified)|on condition)\b/i;

function anonymousSubjectAt(text: string, start: number, end: number): Span | null {
  const from = start + (/^\s*/.exec(text.slice(start, start + 10))?.[0].length ?? 0);
  const m = ANONYMOUS_OPENER.exec(text.slice(from, Math.min(end, from + 120)));
  if (!m || !KEPT_UNNAMED.test(text.slice(from, end))) return null;
  return { start: from, end: from + m[0].length };
}

/** With one person in play, "he"/"she" states that person's gender for later pronouns. */
function learnGender(people: readonly Antecedent[], gender: Gender, learned: Map<string, Gender>): void {
  const key = people[0]?.key;
  if (!key || people.some((a) => a.key !== key) || people.some((a) => a.gender && a.gender !== gender)) return;
  learned.set(key, gender);
}

/** A dateline opening a paragraph: place in capitals, optional agency in brackets, then a dash. */
const DATELINE = /^(?:[A-Z][A-Z.'\u2019-]*(?:[ ,]+[A-Z][A-Za-z.'\u2019-]*){0,4}\s*(?:\([^)]{1,40}\))?|\p{Lu}[\p{L}.'\u2019-]*(?:[ ,]+\p{Lu}[\p{L}.'\u2019-]*){0,3}\s*\((?:AFP|AP|Reuters|EFE|Xinhua|ANSA|dpa|UPI|Bloomberg|[A-Z]{2,6})\))\s*[\u2014\u2013-]{1,2}/u;

/** Wire and live-page slugs written in capitals ("ROUNDUP", "UPDATE 2", "BREAKING"). */
const SLUG = /^(?:ROUNDUP|WRAPUP|UPDATE|UPDATED|BREAKING|LIVE|EXCLUSIVE|ANALYSIS|FACTBOX|EXPLAINER|CORRECTED|REFILE|INSIGHT|FEATURE|OPINION|EDITORIAL|WATCH|VIDEO|PHOTOS|URGENT|FLASH|ALERT)(?:\s+\d+)?$/;

/**
 * Datelines, lines written in capitals (headlines, "ROUNDUP" slugs) and a platform after
 * "on"/"via" ("in a post on X") are never who spoke.
 */
export function neverSpeaker(text: string, span: Span, paragraph: Span | undefined): boolean {
  return span.start < unspokenPrefix(text, paragraph) || isNeverNamed(text, span);
}

/**
 * A kicker: words in capitals closed by a colon at the head of a headline line ("REGION
 * ROUNDUP: Ports close; ferries resume"). A headline has no closing full stop; a transcript
 * turn ("JOHN SMITH: I've answered that.") does, and its label is a name.
 */
const KICKER = /^(?:[A-Z][A-Z'\u2019&-]+\s+){1,4}[A-Z][A-Z'\u2019&-]+:/;

/** Where the speaker-less opening of a paragraph ends: all of a line in capitals, a kicker, a dateline, else nothing. */
export function unspokenPrefix(text: string, paragraph: Span | undefined): number {
  if (!paragraph) return -1;
  const c = text.charCodeAt(paragraph.start);
  if (c < 65 || c > 90) return -1;
  const c2 = text.charCodeAt(paragraph.start + 1);
  if (c2 < 65 || c2 > 90) {
    // "Caracas (AFP) -": a place in mixed case is a dateline only with an agency in brackets.
    const agency = DATELINE.exec(text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 60)));
    return agency && /\)\s*[\u2014\u2013-]{1,2}$/.test(agency[0]) ? paragraph.start + agency[0].length : -1;
  }
  // A character scan stops at the first lower-case letter, which most lines reach at once.
  const end = Math.min(paragraph.end, paragraph.start + 200);
  let letters = 0;
  let lower = false;
  for (let i = paragraph.start; i < end; i++) {
    const ch = text[i]!;
    if (ch.toLowerCase() !== ch.toUpperCase()) {
      if (ch !== ch.toUpperCase()) {
        lower = true;
        break;
      }
      letters++;
    }
  }
  if (!lower && letters >= 4) return paragraph.end;
  const head = text.slice(paragraph.start, end);
  const kicker = KICKER.exec(head);
  if (kicker && !/[.!?\u201d"]$/.test(text.slice(paragraph.start, paragraph.end))) return paragraph.start + kicker[0].length;
  const dateline = DATELINE.exec(text.slice(paragraph.start, end));
  return dateline ? paragraph.start + dateline[0].length : -1;
}

/** A slug or a platform, wherever it stands. */
function isNeverNamed(text: string, span: Span): boolean {
  const c = text.charCodeAt(span.start);
  if (c >= 65 && c <= 90 && SLUG.test(text.slice(span.start, span.end))) return true;
  return isPlatformAt(text, span);
}

/** A definite singular role that points back to someone introduced with it: "the aide", "the former official". */
const ROLE_ANAPHOR = /^the\s+(?:[a-z-]+\s+){0,2}(aide|official|spokes(?:man|woman|person)|adviser|advisor|diplomat|senator|minister|lawyer|envoy|officer|commander|analyst|expert|governor|mayor|ambassador|congressman|congresswoman|lawmaker|prosecutor|judge|admiral|secretary|director|chief|captain|fisherman|witness|survivor|professor|scholar)$/i;

/**
 * "the aide", "the official", "the spokesman": the person last introduced with that role
 * word in the same sentence ("Ana Ruiz, an aide to the mayor", "spokesman John Doe",
 * "a spokesman for Prime Minister X"). The latest earlier use of the word decides: when no
 * person is named with it (an anonymous official), nobody is.
 */
export function resolveRoleAnaphor(text: string, phrase: Span, segmentation: Segmentation, getAntecedents: () => readonly Antecedent[]): Span | "anonymous" | null {
  if (text.charCodeAt(phrase.start) !== 116 && text.charCodeAt(phrase.start) !== 84) return null; // "the" / "The"
  const m = ROLE_ANAPHOR.exec(text.slice(phrase.start, phrase.end));
  if (!m) return null;
  const head = m[1]!.toLowerCase();
  const here = sentenceAt(segmentation.sentences, phrase.start);
  if (!here) return null;
  const floorParagraph = segmentation.paragraphs[Math.max(0, here.paragraph - 4)];
  const floor = floorParagraph ? floorParagraph.start : 0;
  const re = new RegExp(`\\b${head}\\b`, "gi");
  let last = -1;
  const window = text.slice(floor, phrase.start);
  for (let r = re.exec(window); r; r = re.exec(window)) last = floor + r.index;
  if (last < 0) return null;
  const s = sentenceAt(segmentation.sentences, last);
  if (!s || s.index === here.index) return null;
  // "A senior Navy officer, who asked not to be identified, …": "the officer" is that unnamed source.
  if (/\b(?:an?|one|another)\s+(?:[\p{L}.-]+\s+){0,3}$/iu.test(text.slice(Math.max(s.start, last - 40), last)) && UNNAMED_SOURCE.test(text.slice(last, s.end))) return "anonymous";
  let best: Antecedent | null = null;
  let bestDistance = Infinity;
  for (const a of getAntecedents()) {
    if (!a.person || a.sentence !== s.index) continue;
    const distance = a.span.end <= last ? last - a.span.end : a.span.start - (last + head.length);
    if (distance >= 0 && distance < 90 && distance < bestDistance) {
      best = a;
      bestDistance = distance;
    }
  }
  return best?.span ?? null;
}

/** What a source granted anonymity is said to have asked or been granted. */
const UNNAMED_SOURCE = /\b(?:anonymity|not authori[sz]ed|not to be (?:named|identified)|on condition|declined to be (?:named|identified))\b/i;

/** indexOf bounded to [from, to): an unbounded search would scan to the end of the article. */
export function indexWithin(text: string, ch: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (text[i] === ch) return i;
  return -1;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/**
 * Reporting verbs in [from, to), found with a character scan: testing every
 * word with a Unicode regex costs more than the rest of quote extraction.
 */
function speechVerbsIn(text: string, from: number, to: number): { index: number; 0: string }[] {
  const out: { index: number; 0: string }[] = [];
  let i = from;
  while (i < to) {
    if (!isAsciiLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < to && isAsciiLetter(text.charCodeAt(i))) i++;
    const len = i - start;
    const before = start > 0 ? text.charCodeAt(start - 1) : 32;
    const after = i < text.length ? text.charCodeAt(i) : 32;
    // Part of a longer non-ASCII word ("Raúl"), or hyphenated: not a verb.
    if (before > 127 || after > 127 || before === 45 || after === 45) continue;
    if (len < 3 || len > 13) continue;
    // Most words cannot be a reporting verb by first letter and length: skip building their lowercase copy.
    if (!mayBeSpeechVerb(text.charCodeAt(start) | 32, len)) continue;
    const word = text.slice(start, i).toLowerCase();
    if (isSpeechVerbWord(word)) out.push({ index: start, 0: word });
  }
  return out;
}

/** The sentences of a paragraph range (sentences are sorted by position). */
function sentencesOf(segmentation: Segmentation, fromParagraph: number, toParagraph: number): Segmentation["sentences"] {
  const sentences = segmentation.sentences;
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.paragraph < fromParagraph) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < sentences.length && sentences[end]!.paragraph <= toParagraph) end++;
  return sentences.slice(lo, end);
}

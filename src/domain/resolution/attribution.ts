import type { ExtractedActor, Span } from "../extraction/types";

/**
 * Who an article attributes a statement to, read from the sentence's own
 * wording: "according to X", "X reported", "X said", "X told <outlet>",
 * "…, citing X", "reported by X". Pure pattern work over reporting verbs and
 * noun-phrase shape; no source names are listed here except generic media words.
 */

export type SourceKind = "media" | "anonymous" | "named";

export type AttributionSource = {
  actorKey: string | null;
  /** As written (span text, leading "the" dropped); for a pronoun, the antecedent's name. */
  name: string;
  span: Span;
  kind: SourceKind;
  /** Place in the chain: 0 = credited directly by the article, 1 = cited by a level-0 source. Coordinated sources share a level. */
  level: number;
};

export type Attribution = {
  /** The chain, nearest first: the party the article credits directly, then whom they cite. */
  sources: AttributionSource[];
  /** The words that carry the primary attribution ("according to Reuters", "CNN reported"). */
  phrase: Span;
};

type Cue = { phrase: Span; sources: AttributionSource[]; direct: boolean };

const REPORT_VERBS =
  "reported|reports|report|said|says|say|told|tells|tell|stated|announced|announces|confirmed|confirms|claimed|claims|claim|" +
  "alleged|alleges|wrote|writes|added|noted|argued|argues|argue|asserted|insisted|acknowledged|disclosed|revealed|" +
  "denied|denies|deny|rejected|rejects|dismissed|dismisses|pushed back|warned|testified|contended|maintained|accused|denounced|condemned|criticized|criticised";
const VERB_RE = new RegExp(`\\b(?:${REPORT_VERBS})\\b`, "g");
const MEDIA_VERBS = new Set(["reported", "reports", "report"]);
const OBJECT_VERBS = new Set(["told", "tells", "tell", "denied", "denies", "deny", "rejected", "rejects", "dismissed", "dismisses", "accused"]);
/** Verbs that may come before their subject: "…,” said Todd Robinson". */
const INVERTIBLE = new Set(["said", "says", "added", "wrote", "writes", "noted", "argued", "stated", "reported", "warned"]);

const ACCORDING_RE = /\baccording to\s+/gi;
const CITING_RE = /\bciting\s+/gi;
const BY_RE = /\b(?:reported|revealed|disclosed|first reported|announced|confirmed|denied|rejected|dismissed|disputed|criticized|condemned)\s+by\s+/gi;

/** Words that never sit inside the subject noun phrase: walking back stops there. */
const NP_STOP = new Set(
  (
    "that which who whom whose whether if because when while where as is are was were be been being has have had will would " +
    "could should can may might must do does did not to after before since until though although but so than then there it " +
    "they we i you by at on in during into onto over under about against amid also first later previously separately again " +
    "repeatedly recently publicly already initially now reportedly this these those its their our his her what how why said says " +
    "told reported say tell however meanwhile yet nor or"
  ).split(" "),
);
/** Lowercase words ending in -ed/-ing that still belong to a noun phrase ("retired admiral"). */
const NP_PARTICIPLES = new Set(["retired", "unnamed", "informed", "concerned", "elected", "appointed", "united", "designated", "leading", "ruling", "governing", "acting", "briefed", "involved"]);
/** Heads that make a lowercase phrase a source ("legal experts", "people familiar with the matter"). */
const SOURCE_HEAD_RE =
  /\b(?:sources?|people|persons?|officials?|experts?|lawyers?|analysts?|critics?|diplomats?|authorities|advocates?|spokes(?:man|woman|person|people)|agency|agencies|outlets?|newspapers?|reports?|ministry|ministries|department|government|administration|officers?|lawmakers|legislators|democrats|republicans|ministers?|leaders?|aides?|insiders|investigators|prosecutors|observers|groups?|organizations?|committee|council|office|residents|witnesses|activists|members|allies|admiral|general|chief|secretary|minister|president|envoy|ambassador|he|she)\b/i;
const ANON_RE = /\b(?:familiar with|knowledge of|briefed on|close to|aware of|speaking on (?:the )?condition|who (?:asked|requested|spoke)|insiders?)\b/i;
const ANON_HEAD_RE = /^(?:(?:the|two|three|four|five|several|multiple|some|many|other|senior|current|former|unnamed|anonymous|\d+)\s+)*(?:sources?|people|persons?|officials?|insiders|individuals?)\b/i;
/** Unnamed officials of a place ("U.S. officials") are still unnamed. */
const ANON_LAST_RE = /^(?:[\p{Lu}][\p{L}.]*\s+){0,2}(?:officials|sources|insiders)$/u;
const MEDIA_RE =
  /\b(?:news|newspapers?|agency|press|times|post|journal|tribune|guardian|telegraph|herald|gazette|reuters|afp|ap|bloomberg|cnn|bbc|nbc|cbs|abc|msnbc|npr|politico|axios|outlets?|network|broadcaster|magazine|wire|radio|television|tv|dimanche|monde)\b/i;
const DAY_OR_MONTH_RE = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Last|Earlier|Later)\b/;
/** Time and manner adverbials between a subject and its verb: "Rubio on Wednesday denied". */
const TRAILING_ADVERBIAL_RE =
  /(?:\s*,?\s+(?:on|last|this|earlier|late|early|in|next)\s+[\p{L}\d.]+|\s+(?:also|first|later|previously|separately|again|repeatedly|recently|publicly|already|initially|now|has|have|had|then|reportedly|himself|herself|itself|themselves|quickly|swiftly|firmly|flatly|strongly))\s*$/u;
const PRONOUN_RE = /^(?:he|she)$/i;
const MAX_NP_WORDS = 12;

export function findAttribution(text: string, sentence: Span, actors: readonly ExtractedActor[]): Attribution | null {
  const start = Math.max(0, sentence.start);
  const end = Math.min(text.length, sentence.end);
  if (end <= start) return null;
  const s = text.slice(start, end);
  const quoted = quotedRanges(s);
  const inQuote = (i: number) => quoted.some(([a, b]) => i >= a && i < b);
  const cues: Cue[] = [];
  const ctx: Ctx = { text, start, end, actors };

  for (const m of s.matchAll(ACCORDING_RE)) {
    if (inQuote(m.index)) continue;
    const np = phraseAfter(ctx, start + m.index + m[0].length);
    if (np) cues.push({ phrase: { start: start + m.index, end: np.end }, sources: sourcesOf(ctx, np, false), direct: true });
  }
  for (const m of s.matchAll(BY_RE)) {
    if (inQuote(m.index)) continue;
    const np = phraseAfter(ctx, start + m.index + m[0].length);
    const media = /^(?:first )?reported/i.test(m[0]);
    if (np) cues.push({ phrase: { start: start + m.index, end: np.end }, sources: sourcesOf(ctx, np, media), direct: media });
  }
  for (const m of s.matchAll(CITING_RE)) {
    if (inQuote(m.index)) continue;
    const np = phraseAfter(ctx, start + m.index + m[0].length);
    if (np) cues.push({ phrase: { start: start + m.index, end: np.end }, sources: sourcesOf(ctx, np, false), direct: false });
  }
  for (const m of s.matchAll(VERB_RE)) {
    if (inQuote(m.index)) continue;
    const verb = m[0].toLowerCase();
    const vStart = start + m.index;
    const vEnd = vStart + m[0].length;
    if (/\bby\s*$/i.test(text.slice(vEnd, vEnd + 4))) continue; // passive: handled by BY_RE
    // present-tense "report(s)" is usually the noun ("the CNN report"): take it as a verb only before a complement
    if ((verb === "report" || verb === "reports") && !/^\s+(?:that|on)\b|^,/.test(text.slice(vEnd, vEnd + 6))) continue;
    const before = subjectBefore(ctx, vStart);
    const subject = before ?? (INVERTIBLE.has(verb) ? invertedSubject(ctx, vStart, vEnd) : null);
    if (!subject) continue;
    const extent = before?.extent ?? subject;
    const media = MEDIA_VERBS.has(verb);
    const cue: Cue = {
      phrase: { start: Math.min(extent.start, vStart), end: Math.max(vEnd, extent.end) },
      sources: sourcesOf(ctx, subject, media, extent),
      direct: media,
    };
    if (verb === "told" || verb === "tells" || verb === "tell") {
      const obj = phraseAfter(ctx, skipSpaces(text, vEnd));
      if (obj && MEDIA_RE.test(text.slice(obj.start, obj.end)) && /^[A-Z]|^the\s+[A-Z]/.test(text.slice(obj.start, obj.end))) {
        const tellers = cue.sources.map((x) => ({ ...x, level: 1 }));
        cues.push({ phrase: { start: cue.phrase.start, end: obj.end }, sources: [...sourcesOf(ctx, obj, true), ...tellers], direct: true });
        continue;
      }
    }
    if (OBJECT_VERBS.has(verb) && verb !== "told") cue.phrase = { start: cue.phrase.start, end: vEnd };
    cues.push(cue);
  }
  if (cues.length === 0) return null;
  cues.sort((a, b) => Number(b.direct) - Number(a.direct) || a.phrase.start - b.phrase.start);
  const primary = cues[0]!;
  const hasDirect = primary.direct;
  const sources: AttributionSource[] = [];
  for (const c of cues) {
    for (const src of c.sources) {
      const level = src.level + (c.direct || !hasDirect ? 0 : 1);
      if (!sources.some((x) => x.span.start === src.span.start && x.span.end === src.span.end)) sources.push({ ...src, level });
    }
  }
  sources.sort((a, b) => a.level - b.level);
  return { sources, phrase: primary.phrase };
}

type Ctx = { text: string; start: number; end: number; actors: readonly ExtractedActor[] };

function skipSpaces(text: string, i: number): number {
  while (i < text.length && (text[i] === " " || text[i] === "\u00a0")) i++;
  return i;
}

/** [start, end) ranges (relative to s) inside quotation marks. */
function quotedRanges(s: string): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  let straight = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "\u201c") open = i;
    else if (c === "\u201d" && open >= 0) {
      out.push([open, i + 1]);
      open = -1;
    } else if (c === '"') {
      if (straight < 0) straight = i;
      else {
        out.push([straight, i + 1]);
        straight = -1;
      }
    }
  }
  if (open >= 0) out.push([open, s.length]);
  return out;
}

/** A noun phrase starting at `from`: up to a clause boundary, minus trailing time phrases. */
function phraseAfter(ctx: Ctx, from: number): Span | null {
  const { text, end } = ctx;
  const npStart = skipSpaces(text, from);
  let i = npStart;
  let stop = npStart;
  let words = 0;
  while (i < end && words < MAX_NP_WORDS) {
    let j = i;
    while (j < end && !isSpace(text[j]) && !isBoundary(text[j])) j++;
    if (j === i) break;
    const raw = text.slice(i, j);
    const w = raw.replace(/[.!?]+$/, "");
    if (words > 0 && /^(?:that|which|who|whose|where|while|as|when|because|though|although|but|saying|said|says|to|is|was|were|are|has|have|had)$/i.test(w)) break;
    words++;
    stop = j;
    // a sentence-final dot is not part of the phrase, an acronym's dot is ("U.S.")
    if (/[.!?]$/.test(raw) && !/^(?:\p{L}\.)+$/u.test(raw)) {
      stop = i + w.length;
      break;
    }
    if (isBoundary(text[j])) break;
    i = skipSpaces(text, j);
  }
  if (stop <= npStart) return null;
  const np = stripTrailingTime(text, { start: npStart, end: stop });
  return np.end > np.start ? np : null;
}

function stripTrailingTime(text: string, np: Span): Span {
  let e = np.end;
  for (;;) {
    const chunk = text.slice(np.start, e);
    const m = /\s+(?:on|in|last|this|earlier|late|early)\s+(?:the\s+)?[\p{L}\d]+(?:\s+\d{1,4})?$/u.exec(chunk);
    if (!m || !timeWord(m[0])) break;
    e = np.start + m.index;
  }
  return { start: np.start, end: e };
}

function timeWord(phrase: string): boolean {
  return /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|week|month|year|day|weekend|morning|evening|night|\d{4})\b/i.test(
    phrase,
  );
}

/** The subject noun phrase ending right before a reporting verb (extent includes any appositive), or null. */
function subjectBefore(ctx: Ctx, verbStart: number): (Span & { extent: Span }) | null {
  const { text, start } = ctx;
  let e = verbStart;
  for (;;) {
    const m = TRAILING_ADVERBIAL_RE.exec(text.slice(start, e));
    if (!m) break;
    const adv = m[0];
    if (/^\s*,?\s+(?:on|last|this|earlier|late|early|in|next)\s/.test(adv) && !timeWord(adv)) break;
    e = start + m.index;
  }
  while (e > start && /\s/.test(text[e - 1] ?? "")) e--;
  if (e <= start) return null;
  if (text[e - 1] === ",") {
    const np = appositiveSubject(ctx, e - 1);
    return np && { ...np, extent: { start: np.start, end: e - 1 } };
  }
  const np = walkNounPhrase(ctx, e, true);
  return np && { ...np, extent: np };
}

/** "Anna Kelly, a White House spokesperson, said": skip appositives and relative clauses. */
function appositiveSubject(ctx: Ctx, comma: number): Span | null {
  const { text, start } = ctx;
  let segEnd = comma;
  for (let hops = 0; hops < 3; hops++) {
    const prevComma = text.lastIndexOf(",", segEnd - 1);
    const segStart = prevComma >= start ? prevComma + 1 : start;
    const seg = text.slice(segStart, segEnd).trim();
    if (!seg) return null;
    const appositive = /^(?:who|which|whose|where|a|an|the|his|her|its|their|now|then|until|once|currently|formerly)\b/.test(seg) || /^[a-z]/.test(seg);
    if (!appositive || prevComma < start) return walkNounPhrase(ctx, segEnd, false);
    segEnd = prevComma;
  }
  return null;
}

/** Walk back word by word from `e` while the words can belong to a noun phrase. */
function walkNounPhrase(ctx: Ctx, e: number, allowListCommas: boolean): Span | null {
  const { text, start } = ctx;
  let i = e;
  let npStart = e;
  let words = 0;
  while (words < MAX_NP_WORDS) {
    let k = i;
    while (k > start && isSpace(text[k - 1])) k--;
    if (k <= start) break;
    if (isBoundary(text[k - 1])) {
      // a list of sources: "Former military lawyers, legal experts and congressional Democrats"
      if (text[k - 1] === "," && allowListCommas && words > 0 && /\band\b/.test(text.slice(npStart, e)) && listItemBefore(ctx, k - 1)) {
        i = k - 1;
        continue;
      }
      break;
    }
    let j = k;
    while (j > start && !isSpace(text[j - 1]) && !isBoundary(text[j - 1])) j--;
    const word = text.slice(j, k);
    // run-together words from bad copy ("strikesTwo"): the capitalized tail starts the phrase
    const glued = /^\p{L}*\p{Ll}{3}(\p{Lu}\p{Ll}{2,}.*)$/u.exec(word);
    if (glued?.[1]) {
      if (npWord(glued[1])) {
        npStart = k - glued[1].length;
        words++;
      }
      break;
    }
    if (!npWord(word)) break;
    npStart = j;
    words++;
    i = j;
  }
  if (words === 0) return null;
  let np: Span = { start: npStart, end: e };
  // clause-initial conjunctions the walk accepted ("But Antonio Martinez")
  const lead = /^(?:but|and|so|yet|also)\s+/i.exec(text.slice(np.start, np.end));
  if (lead) np = { start: np.start + lead[0].length, end: np.end };
  return isSourcePhrase(text.slice(np.start, np.end)) ? np : null;
}

/** Is the comma-separated segment ending at `comma` itself a plain noun phrase? */
function listItemBefore(ctx: Ctx, comma: number): boolean {
  const { text, start } = ctx;
  let j = comma;
  while (j > start && !isBoundary(text[j - 1])) j--;
  const seg = text.slice(j, comma).trim();
  if (!seg || DAY_OR_MONTH_RE.test(seg) || timeWord(seg)) return false;
  if (!seg.split(/\s+/).every(npWord)) return false;
  // Only another source continues a list of sources ("lawyers, legal experts and Democrats say"),
  // not a list of places or things that happens to precede it ("North America, Europe and Asia, officials say").
  const at = j + text.slice(j, comma).search(/\S/);
  return SOURCE_HEAD_RE.test(seg) || sourceActorAt(ctx, { start: at, end: comma });
}

/** Is a person or organisation (not a place) mentioned within the span? */
function sourceActorAt(ctx: Ctx, span: Span): boolean {
  return ctx.actors.some(
    (a) => (a.kind === "person" || a.kind === "organization") && a.mentions.some((m) => m.start >= span.start && m.end <= span.end),
  );
}

function isSpace(c: string | undefined): boolean {
  return c === " " || c === "\u00a0" || c === "\t";
}

function isBoundary(c: string | undefined): boolean {
  return c !== undefined && /[,;:()\u201c\u201d"\u2014\u2013\n]/.test(c);
}

function npWord(word: string): boolean {
  const w = word.replace(/[\u2019']s$/, "").toLowerCase();
  if (NP_STOP.has(w)) return false;
  if (/^\p{Lu}|^\d/u.test(word)) return true;
  if (/(?:ed|ing)$/.test(w) && !NP_PARTICIPLES.has(w)) return false;
  return /^[\p{Ll}\-.&]+$/u.test(word.replace(/[\u2019']s$/, ""));
}

function isSourcePhrase(phrase: string): boolean {
  const words = phrase.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > MAX_NP_WORDS) return false;
  if (PRONOUN_RE.test(phrase)) return true;
  if (words.every((w) => /^(?:the|a|an|The|A|An|Two|Three|Several|Some|Many|Other)$/.test(w))) return false;
  const capital = words.some((w, i) => /^\p{Lu}/u.test(w) && !(i === 0 && /^(?:The|A|An|Two|Three|Four|Five|Several|Some|Many|Other|Multiple)$/.test(w)));
  return capital || SOURCE_HEAD_RE.test(phrase);
}

/** "…,” said Todd Robinson, who …" */
function invertedSubject(ctx: Ctx, vStart: number, vEnd: number): Span | null {
  const { text, start } = ctx;
  let b = vStart;
  while (b > start && text[b - 1] === " ") b--;
  if (!/[,\u201d"]/.test(text[b - 1] ?? "")) return null;
  const from = skipSpaces(text, vEnd);
  const rest = text.slice(from, ctx.end);
  if (!/^(?:\p{Lu}|a\s|an\s|the\s)/u.test(rest) || DAY_OR_MONTH_RE.test(rest)) return null;
  const np = phraseAfter(ctx, from);
  return np && isSourcePhrase(text.slice(np.start, np.end)) ? np : null;
}

/** Split a phrase into its coordinated sources and tie each to an actor. */
function sourcesOf(ctx: Ctx, np: Span, mediaVerb: boolean, extent?: Span): AttributionSource[] {
  const { text } = ctx;
  const parts = splitConjuncts(text, np);
  return parts.map((p) => {
    const trimmed = trimDeterminer(text, p);
    const written = text.slice(trimmed.start, trimmed.end);
    // an appositive may carry the resolvable name ("a spokesman for Prime Minister X")
    const actor = actorIn(ctx, p, written) ?? (extent && parts.length === 1 ? actorIn(ctx, extent, written) : undefined);
    if (PRONOUN_RE.test(written)) {
      const ante = antecedent(ctx, p.start);
      return { actorKey: ante?.key ?? null, name: ante?.name ?? written, span: trimmed, kind: "named" as const, level: 0 };
    }
    const anonymous = !actor && (ANON_RE.test(written) || ANON_HEAD_RE.test(written) || ANON_LAST_RE.test(written));
    const kind: SourceKind = anonymous
      ? "anonymous"
      : MEDIA_RE.test(written) || (mediaVerb && actor?.kind !== "person" && !/\p{Lu}/u.test(written.slice(1)) && !actor)
        ? "media"
        : mediaVerb && actor && actor.kind !== "person" && actor.kind !== "country"
          ? "media"
          : "named";
    return { actorKey: actor?.key ?? null, name: written, span: trimmed, kind, level: 0 };
  });
}

function trimDeterminer(text: string, p: Span): Span {
  const m = /^(?:the)\s+/i.exec(text.slice(p.start, p.end));
  return m ? { start: p.start + m[0].length, end: p.end } : p;
}

/** Commas and "and" separate sources, except "the Justice and State Departments" (shared head). */
function splitConjuncts(text: string, np: Span): Span[] {
  const out: Span[] = [];
  const s = text.slice(np.start, np.end);
  const re = /\s*,\s*(?:and\s+)?|\s+and\s+/g;
  let last = 0;
  const pieces: Span[] = [];
  for (const m of s.matchAll(re)) {
    pieces.push({ start: np.start + last, end: np.start + m.index });
    last = m.index + m[0].length;
  }
  pieces.push({ start: np.start + last, end: np.end });
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    const next = pieces[i + 1];
    const pText = text.slice(p.start, p.end);
    // "foreign and former officials": a lone modifier shares the next conjunct's head noun.
    const loneModifier = /^\p{Ll}+$/u.test(pText) && !SOURCE_HEAD_RE.test(pText);
    if (next && (loneModifier || (/^(?:the\s+)?\p{Lu}[\p{L}.]*$/u.test(pText) && /\p{Lu}[\p{L}]*s$/u.test(text.slice(next.start, next.end).split(/\s+/).pop() ?? "")))) {
      // modifier coordination: keep one source
      pieces[i + 1] = { start: p.start, end: next.end };
      continue;
    }
    if (pText.trim()) out.push(p);
  }
  return out.length ? out : [np];
}

function actorIn(ctx: Ctx, span: Span, written: string): ExtractedActor | undefined {
  let best: { actor: ExtractedActor; rank: number } | undefined;
  for (const actor of ctx.actors) {
    for (const m of actor.mentions) {
      if (m.start < span.end && m.end > span.start) {
        const coversHead = m.end >= span.end - 1;
        // "U.S. officials": a country as a modifier does not make the officials the country
        if (actor.kind === "country" && !coversHead && ANON_HEAD_RE.test(written.replace(/^\S+\s+/, ""))) continue;
        const rank = (actor.kind === "person" ? 3 : actor.kind === "country" ? 1 : 2) * 1000 + (m.end - m.start);
        if (!best || rank > best.rank) best = { actor, rank };
      }
    }
  }
  return best?.actor;
}

/** The last person mentioned before a pronoun. */
function antecedent(ctx: Ctx, before: number): ExtractedActor | undefined {
  let best: { actor: ExtractedActor; at: number } | undefined;
  for (const actor of ctx.actors) {
    if (actor.kind !== "person") continue;
    for (const m of actor.mentions) {
      if (m.end <= before && (!best || m.start > best.at)) best = { actor, at: m.start };
    }
  }
  return best?.actor;
}

import type { ArticleExtraction, DatePrecision, ExtractedQuote, Segmentation, Sentence, Span } from "../extraction/types";
import { findAttribution, type AttributionSource } from "./attribution";
import { compileClaim, type ClaimDefinition, type CompiledClaim, type CuePattern } from "./claim-definitions";
import { tightenToClauses } from "./clause-span";
import { sentenceTokens, type Token } from "./tokens";

export type Stance = "supports" | "denies";

export type CitationAttribution = {
  /** The party holding the stance: the first source at the end of the chain ("the outlets …, citing sources" -> the sources). */
  actorKey: string | null;
  name: string;
  kind: AttributionSource["kind"] | "self";
  /** Every source at the end of the chain ("The Washington Post and Reuters reported" -> both). */
  parties: AttributionSource[];
  /** The attributing words, null when the outlet states the claim in its own voice. */
  phrase: Span | null;
  /** The whole chain, nearest first (empty for the outlet's own voice). */
  sources: AttributionSource[];
};

export type Citation = {
  claimSlug: string;
  start: number;
  end: number;
  stance: Stance;
  attribution: CitationAttribution;
  sentenceIndex: number;
  figure?: { index: number; value: number; qualifier: string | null; asOf: string; asOfPrecision: DatePrecision };
};

export type AnchorOptions = {
  /** The outlet, credited when a sentence carries no attribution of its own. */
  outlet?: { actorKey: string | null; name: string };
};

/** Denial verbs: the subject rejects what follows. */
const DENY_RE =
  /\b(?:denied|denies|deny|denying|rejected|rejects|rejecting|dismissed|dismisses|dismissing|refuted|refutes|disputed|disputes|contradicted|pushed back (?:on|against)|shrugged off|brushed (?:aside|off)|played down|downplayed|called (?:\w+ ){0,3}(?:false|untrue|fake|baseless))\b/gi;
/** Sentences that ask or decline rather than assert. */
const HEDGE_RE = /\b(?:whether|asked about|asked if|declined to comment|would not comment|did not comment|refused to comment|no comment|it is unclear|it remains unclear|it was unclear|did not immediately respond)\b/i;
/**
 * Nouns that point back at something already cited. Reports of facts and
 * criticism of conduct are referred to differently, so each noun says which
 * kind of claim it can point at ("denied the report" vs "pushed back on the criticism").
 */
const BACKREF_RE =
  /^\s*(?:the|these|those|such|that|this|its|their|his|her|earlier|recent|media|press|news)?\s*(?:[\p{L}.'\u2019-]+\s+){0,3}?(reports?|reporting|claims?|allegations?|accusations?|criticisms?|critiques?|charges?|accounts?|story|stories|assertions?|suggestions?|concerns?)\b/iu;
const EVENT_NOUN_RE = /^(?:reports?|reporting|claims?|allegations?|accounts?|story|stories|suggestions?)$/i;
const ASSERTION_NOUN_RE = /^(?:criticisms?|critiques?|accusations?|charges?|claims?|allegations?|assertions?|concerns?)$/i;
const NEGATIONS = new Set(["not", "never", "no", "dont", "doesnt", "didnt", "hasnt", "havent", "hadnt", "isnt", "wasnt", "arent", "werent", "wont", "cannot", "cant"]);
/** How far back "the report" may point at this claim's last citation. */
const BACKREF_WINDOW = 3;

type CueHit = { start: number; end: number; tokenIndex: number; tokenEnd: number };

/**
 * Find the sentences of one article that report a claim, with stance and
 * attribution. Figure claims cite the extracted figures of their metric (one
 * citation each, values from the text, never from the definition).
 */
export function anchorClaimCitations(
  def: ClaimDefinition | CompiledClaim,
  text: string,
  segmentation: Segmentation,
  extraction: Pick<ArticleExtraction, "actors" | "quotes" | "figures">,
  options: AnchorOptions = {},
): Citation[] {
  const claim = "all" in def ? def : compileClaim(def);
  return claim.def.kind === "figure"
    ? figureCitations(claim, text, segmentation, extraction, options)
    : statementCitations(claim, text, segmentation, extraction, options);
}

function figureCitations(
  claim: CompiledClaim,
  text: string,
  segmentation: Segmentation,
  extraction: Pick<ArticleExtraction, "actors" | "quotes" | "figures">,
  options: AnchorOptions,
): Citation[] {
  const out: Citation[] = [];
  extraction.figures.forEach((fig, index) => {
    if (fig.kind !== claim.def.metric) return;
    const sentence = sentenceContaining(segmentation.sentences, fig);
    if (!sentence) return;
    if (claim.all.length > 0 && !matchSentence(claim, sentenceTokens(text, segmentation, sentence))) return;
    const attribution = attributionFor(text, sentence, [fig], extraction, options);
    const span = tightenToClauses(text, sentence, [fig, ...(attribution.phrase ? [attribution.phrase] : [])]);
    out.push({
      claimSlug: claim.def.slug,
      ...span,
      stance: "supports",
      attribution,
      sentenceIndex: sentence.index,
      figure: { index, value: fig.value, qualifier: fig.qualifier, asOf: fig.asOf, asOfPrecision: fig.asOfPrecision },
    });
  });
  return out;
}

function statementCitations(
  claim: CompiledClaim,
  text: string,
  segmentation: Segmentation,
  extraction: Pick<ArticleExtraction, "actors" | "quotes">,
  options: AnchorOptions,
): Citation[] {
  const out: Citation[] = [];
  for (const sentence of segmentation.sentences) {
    const tokens = sentenceTokens(text, segmentation, sentence);
    const hits = matchSentence(claim, tokens);
    if (hits) {
      if (HEDGE_RE.test(text.slice(sentence.start, sentence.end))) continue;
      const denial = denialBefore(text, sentence, hits[0]!.start) !== null || negated(tokens, hits) || findCues(claim.deny, tokens).length > 0;
      const attribution = attributionFor(text, sentence, hits, extraction, options);
      const cover = [...hits, ...(attribution.phrase ? [attribution.phrase] : [])];
      out.push({
        claimSlug: claim.def.slug,
        ...tightenToClauses(text, sentence, cover),
        stance: denial ? "denies" : "supports",
        attribution,
        sentenceIndex: sentence.index,
      });
      continue;
    }
    const backref = backReferenceDenial(text, sentence, out, claim.def.kind);
    if (backref) {
      const attribution = attributionFor(text, sentence, [backref], extraction, options);
      out.push({
        claimSlug: claim.def.slug,
        ...tightenToClauses(text, sentence, [backref, ...(attribution.phrase ? [attribution.phrase] : [])]),
        stance: "denies",
        attribution,
        sentenceIndex: sentence.index,
      });
    }
  }
  return out;
}

/** "Rubio also denied the CNN report": a denial whose object names an earlier citation's source or says "the report(s)". */
function backReferenceDenial(text: string, sentence: Sentence, earlier: readonly Citation[], kind: ClaimDefinition["kind"]): Span | null {
  const supports = earlier.filter((c) => c.stance === "supports");
  if (supports.length === 0) return null;
  const raw = text.slice(sentence.start, sentence.end);
  DENY_RE.lastIndex = 0;
  for (const m of raw.matchAll(DENY_RE)) {
    const after = raw.slice(m.index + m[0].length, m.index + m[0].length + 80);
    const ref = BACKREF_RE.exec(after);
    if (!ref) continue;
    if (!(kind === "assertion" ? ASSERTION_NOUN_RE : EVENT_NOUN_RE).test(ref[1] ?? "")) continue;
    const object = ref[0].toLowerCase();
    const named = supports.some((c) =>
      c.attribution.sources.some((s) => s.kind !== "anonymous" && s.name.length > 1 && object.includes(s.name.toLowerCase())),
    );
    const last = supports[supports.length - 1]!;
    // "the report" points at the latest citation; "a Fox News report" names something else
    const generic = /^\s*(?:the|these|those|such|that|this|its|their|his|her)\s/i.test(ref[0]) && !/\s\p{Lu}/u.test(ref[0]);
    const recent = generic && sentence.index - last.sentenceIndex <= BACKREF_WINDOW;
    if (named || recent) {
      const start = sentence.start + m.index;
      return { start, end: start + m[0].length + ref[0].length };
    }
  }
  return null;
}

/** Offset of a denial verb before `before` in the sentence (outside quotes), or null. */
function denialBefore(text: string, sentence: Sentence, before: number): number | null {
  const raw = text.slice(sentence.start, before);
  DENY_RE.lastIndex = 0;
  let found: number | null = null;
  for (const m of raw.matchAll(DENY_RE)) {
    const head = raw.slice(0, m.index);
    const opens = (head.match(/\u201c/g) ?? []).length;
    const closes = (head.match(/\u201d/g) ?? []).length;
    if (opens === closes) found = sentence.start + m.index;
  }
  return found;
}

/** A negation right before a cue ("has not stopped sharing"). */
function negated(tokens: readonly Token[], hits: readonly CueHit[]): boolean {
  return hits.some((h) => {
    for (let k = Math.max(0, h.tokenIndex - 2); k < h.tokenIndex; k++) if (NEGATIONS.has(tokens[k]!.norm)) return true;
    return false;
  });
}

/**
 * The cue hits when every group (and `any`, and `near`) is satisfied, else
 * null: one hit per group, chosen to keep the hits as close together as
 * possible, in text order.
 */
export function matchSentence(claim: CompiledClaim, tokens: readonly Token[]): CueHit[] | null {
  const groups: CueHit[][] = [];
  for (const group of claim.all) {
    const found = findCues(group, tokens);
    if (found.length === 0) return null;
    groups.push(found);
  }
  if (claim.any) {
    const found = findCues(claim.any, tokens);
    if (found.length === 0) return null;
    groups.push(found);
  }
  let best: { hits: CueHit[]; width: number } | null = null;
  for (const anchor of groups.reduce((a, b) => (b.length < a.length ? b : a))) {
    const hits = groups.map((g) => g.reduce((x, y) => (Math.abs(y.tokenIndex - anchor.tokenIndex) < Math.abs(x.tokenIndex - anchor.tokenIndex) ? y : x)));
    const width = Math.max(...hits.map((h) => h.tokenEnd)) - Math.min(...hits.map((h) => h.tokenIndex));
    if (!best || width < best.width) best = { hits, width };
  }
  if (!best || (claim.near !== null && best.width > claim.near)) return null;
  return [...best.hits].sort((a, b) => a.start - b.start);
}

const NORM_INDEX = new WeakMap<readonly Token[], Map<string, number[]>>();

/** Positions of each folded word in a sentence, so a cue is looked up instead of scanned for. */
function normIndex(tokens: readonly Token[]): Map<string, number[]> {
  let index = NORM_INDEX.get(tokens);
  if (!index) {
    index = new Map();
    tokens.forEach((t, i) => {
      const list = index!.get(t.norm);
      if (list) list.push(i);
      else index!.set(t.norm, [i]);
    });
    NORM_INDEX.set(tokens, index);
  }
  return index;
}

function findCues(cues: readonly CuePattern[], tokens: readonly Token[]): CueHit[] {
  const out: CueHit[] = [];
  const index = normIndex(tokens);
  for (const cue of cues) {
    const n = cue.words.length;
    const first = cue.words[0];
    if (!first) continue;
    const starts: number[] = [];
    if (first.prefix) {
      for (const [norm, positions] of index) if (norm.startsWith(first.text)) starts.push(...positions);
    } else {
      starts.push(...(index.get(first.text) ?? []));
    }
    for (const i of starts) {
      if (i + n > tokens.length) continue;
      let ok = true;
      for (let k = 1; k < n && ok; k++) {
        const w = cue.words[k]!;
        const t = tokens[i + k]!.norm;
        ok = w.prefix ? t.startsWith(w.text) : t === w.text;
      }
      if (ok) out.push({ start: tokens[i]!.start, end: tokens[i + n - 1]!.end, tokenIndex: i, tokenEnd: i + n - 1 });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Who holds the stance: the speaker when the cues sit inside a quote, else
 * the sentence's attribution chain, else the outlet's own voice.
 */
function attributionFor(
  text: string,
  sentence: Sentence,
  hits: readonly Span[],
  extraction: Pick<ArticleExtraction, "actors" | "quotes">,
  options: AnchorOptions,
): CitationAttribution {
  const quote = quoteAround(extraction.quotes, hits);
  if (quote?.speakerSpan && (quote.speaker || quote.speakerAsWritten)) {
    const source: AttributionSource = {
      actorKey: quote.speakerKey,
      name: quote.speaker ?? quote.speakerAsWritten ?? "",
      span: quote.speakerSpan,
      kind: "named",
      level: 0,
    };
    return { actorKey: source.actorKey, name: source.name, kind: "named", parties: [source], phrase: quote.speakerSpan, sources: [source] };
  }
  const found = findAttribution(text, sentence, extraction.actors);
  if (found && found.sources.length > 0) {
    const top = Math.max(...found.sources.map((x) => x.level));
    const parties = found.sources.filter((x) => x.level === top);
    const origin = parties[0]!;
    return { actorKey: origin.actorKey, name: origin.name, kind: origin.kind, parties, phrase: found.phrase, sources: found.sources };
  }
  return { actorKey: options.outlet?.actorKey ?? null, name: options.outlet?.name ?? "", kind: "self", parties: [], phrase: null, sources: [] };
}

function quoteAround(quotes: readonly ExtractedQuote[], hits: readonly Span[]): ExtractedQuote | undefined {
  return quotes.find((q) => hits.length > 0 && hits.every((h) => h.start >= q.start && h.end <= q.end));
}

function sentenceContaining(sentences: readonly Sentence[], span: Span): Sentence | undefined {
  return sentences.find((s) => span.start >= s.start && span.start < s.end);
}

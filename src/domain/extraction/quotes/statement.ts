import type { Attribution } from "./attribution";
import type { QuoteSpan } from "./find-quote-spans";
import { TERM_CUES } from "./lexicon";
import { countWords } from "./words";

/** Quotes this long are someone's words whatever surrounds them. */
const LONG_QUOTE_WORDS = 6;

/**
 * Statement or scare quote? The rule, in order:
 * 0. a quote that is a whole sentence on its own, after an attribution or continuing
 *    a kept quote ("…,” X told the crowd. “Not one.”), is a statement;
 * 1. a short quote right after a naming cue ("the term", "so-called",
 *    "designated … as", "dubbed") is a term, not a statement;
 * 2. six words or more: a statement (unless it is a title-case name with no
 *    attribution, such as a report's title);
 * 3. a piece continuing a quote already kept (three words or more), or an
 *    attribution touching the quote ("“No,” he said", "X said: “…”"): a statement;
 * 4. one or two words without final . ? ! inside the marks ("narcoterrorists",
 *    a “war”, “unlawful combatants”): a term, unless a finite reporting verb
 *    with a speaker (or a participle with a that-clause) governs it from at most
 *    12 words before, with no other quote in between ("X said the silence was
 *    ‘untenable’", "X has called it « murder »", "writing that it was ‘…’");
 * 5. otherwise (three to five words, or a short quote ending a sentence such as
 *    “extrajudicial executions.”) a statement only when a reporting verb in the
 *    same sentence gives it a speaker ("X denounced the strikes as “…”").
 */
export function isStatement(text: string, q: QuoteSpan, quoteText: string, attribution: Attribution | null, continuesStatement: boolean, standsAlone = false): boolean {
  const words = countWords(quoteText);
  if (words === 0) return false;
  // A whole sentence of its own ("“Not one.”"), capitalised and closed inside the marks, is someone's words.
  if (standsAlone && /^\p{Lu}/u.test(quoteText) && /[.!?\u2026]$/.test(quoteText) && (attribution !== null || continuesStatement)) return true;
  const before = text.slice(Math.max(0, q.openAt - 60), q.openAt);
  if (words < LONG_QUOTE_WORDS && TERM_CUES.test(before)) return false;
  if (words >= LONG_QUOTE_WORDS) {
    if (!attribution && isTitleCase(quoteText)) return false;
    return true;
  }
  // Part of an utterance already quoted (wire-style reopened paragraph, or the next sentence of the same quote).
  if (q.reopens || (continuesStatement && words >= 3)) return true;
  if (attribution?.adjacent) return true;
  const terminal = /[.!?\u2026]$/.test(quoteText);
  if (words <= 2 && !terminal) {
    // A bare term is someone's words only when a finite reporting verb close by governs it: "said … was ‘untenable’".
    // (A participle governs it only through a that-clause: "writing that the boat had been ‘…’".)
    if (!attribution || !attribution.verb || (attribution.participle && !/^\s*that\b/i.test(text.slice(attribution.verb.end, q.openAt)))) return false;
    return countWords(text.slice(attribution.verb.end, q.openAt)) <= 12;
  }
  return attribution !== null;
}

function isTitleCase(s: string): boolean {
  const words = s.match(/[\p{L}][\p{L}\u2019'-]*/gu) ?? [];
  const content = words.filter((w) => w.length > 3);
  return content.length > 0 && content.every((w) => /^\p{Lu}/u.test(w));
}

import type { Span } from "../types";
import { isSpeechVerbWord, VENUE_HEAD } from "./lexicon";
import { isCapitalized, wordAfter } from "./words";

const HEAD = new RegExp(VENUE_HEAD.source, "iuy");
/** Words a venue phrase can start with; the head pattern is only tried there. */
const STARTERS = /\b(?:in|from|on|at|after|during)\b/gi;
const TAIL_STOP = new Set(["that", "and", "but", "saying", "adding", "noting", "when", "where", "which", "who", "because", "as", "while", "he", "she", "they", "it", "to"]);
const TAIL_PREPOSITIONS = /^(?:with|in|at|of|near|on|from|for|outside|inside|aboard|by)$/;

/**
 * Where words were said, inside an attribution clause: "in an interview with
 * the Catholic news outlet EWTN", "from a US airbase", "after the meeting in
 * Niagara-on-the-Lake", "in a post on X". The phrase ends at punctuation, at a
 * reporting verb, at "that", or before the capitalised subject of a verb.
 */
export function findVenue(text: string, from: number, to: number, exclude: Span | null): (Span & { text: string }) | null {
  if (to <= from) return null;
  STARTERS.lastIndex = from;
  for (let st = STARTERS.exec(text); st && st.index < to; st = STARTERS.exec(text)) {
    HEAD.lastIndex = st.index;
    const m = HEAD.exec(text);
    if (!m) continue;
    const start = m.index;
    if (exclude && start < exclude.end && start + m[0].length > exclude.start) continue;
    let end = start + m[0].length;
    // The head regex may end inside a word ("from a U…"): finish that word.
    while (end < to && /[\p{L}\p{N}\-.\u2019']/u.test(text[end]!) && !/[.]\s/.test(text.slice(end, end + 2))) end++;
    let pos = end;
    let words = 0;
    let lastPrep = false;
    for (;;) {
      if (words >= 12) break;
      const w = wordAfter(text, pos, to);
      if (!w || w.start !== pos + (text.slice(pos, w.start).match(/^[ \t\u00a0]*/)?.[0].length ?? 0)) break;
      if (TAIL_STOP.has(w.lower) || isSpeechVerbWord(w.lower)) break;
      if (exclude && w.start >= exclude.start) break;
      // A capitalised word followed by a reporting verb is the speaker, not the venue.
      if (isCapitalized(w) && !lastPrep) {
        const next = wordAfter(text, w.end, Math.min(text.length, to + 40));
        if (next && isSpeechVerbWord(next.lower)) break;
      }
      if (isCapitalized(w)) {
        const next = wordAfter(text, w.end, Math.min(text.length, to + 40));
        if (next && isSpeechVerbWord(next.lower) && words > 0 && !lastPrep) break;
      }
      lastPrep = TAIL_PREPOSITIONS.test(w.lower);
      end = w.end;
      pos = w.end;
      words++;
    }
    // Never end on a preposition or article.
    let t = text.slice(start, end);
    while (/\s(?:with|in|at|of|near|on|from|for|the|a|an|by)$/i.test(t)) t = t.replace(/\s\S+$/, "");
    return { start, end: start + t.length, text: t };
  }
  return null;
}

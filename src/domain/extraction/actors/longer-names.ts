/** Whether a known name opens or closes a longer institution's name. */
import type { Ctx } from "./finder-context";
import { type Gazetteer, matchAt } from "./gazetteer";
import { DESCRIPTIVE_HEADS, MEDIA_HEADS, NATIONAL_BODIES, ORG_HEADS, RUN_CONNECTORS, TITLE_WORDS } from "./lexicon";
import type { Token } from "./tokenize";

/**
 * The capitalised words from token `from` end in an institution's head word, and
 * the whole is one name: not a known name of its own, not a country's national body ("Barbados Coast Guard" is
 * read as a body), not a government described by its country ("US Government").
 */
export function opensLongerName(ctx: Ctx, from: number, g: Gazetteer): boolean {
  const { tokens, text } = ctx;
  if (!endsInOrgHead(tokens, from)) return false;
  // "U.S. Defense Department": the registry's own name follows; the country stays a mention, as before.
  if (matchAt(tokens, from, text, ctx.folded, g)?.target.actor) return false;
  const start = tokens[from]!.start;
  for (const b of NATIONAL_BODIES) if (text.startsWith(b, start) && !/[\p{L}]/u.test(text.charAt(start + b.length))) return false;
  return !DESCRIPTIVE_HEADS.has(tokens[from]!.text);
}

/**
 * A known name right after "<institution> of (the)": the end of that institution's
 * name, as a reader takes it ("Office of the UN High Commissioner for Human Rights").
 * Not after a descriptive head ("the Government of Colombia" names Colombia).
 */
export function closesLongerName(ctx: Ctx, i: number): boolean {
  const { tokens } = ctx;
  let k = i - 1;
  if (ARTICLES_AFTER_OF.has(tokens[k]?.text ?? "") && tokens[i]!.joined) k--;
  const of = tokens[k];
  if (!of || !OF_WORDS.has(of.text) || !tokens[k + 1]!.joined || !of.joined) return false;
  for (let h = k - 1; h >= 0 && h >= k - 9; h--) {
    const w = tokens[h]!;
    if (DESCRIPTIVE_HEADS.has(w.text) || (TITLE_WORDS.has(w.text) && !w.possessive)) return false;
    if (w.cap && ORG_HEADS.has(w.text) && !MEDIA_HEADS.has(w.text)) return true;
    if (!(w.cap || RUN_CONNECTORS.has(w.text)) || (h < k - 1 && !tokens[h + 1]!.joined)) return false;
  }
  return false;
}

const OF_WORDS = new Set(["of", "de", "del", "do", "da", "for", "on"]);

const ARTICLES_AFTER_OF = new Set(["the", "la", "el", "los", "las"]);

export function endsInOrgHead(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + 4; k++) {
    const t = tokens[k]!;
    if (k > from && !t.joined) return false;
    if (!t.cap) return false;
    if (ORG_HEADS.has(t.text) && !MEDIA_HEADS.has(t.text)) return true;
    if (t.possessive) return false;
  }
  return false;
}

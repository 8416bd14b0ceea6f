/** Datelines, bylines and shouted lines, where place names and capitals are not mentions. */
import type { Ctx } from "./finder-context";
import type { Token } from "./tokenize";

/**
 * A dateline opening a paragraph: the place ("CARACAS", "Bogotá", "SANTO DOMINGO,
 * Dominican Republic"), maybe a date, then the agency in brackets, a dash or ".-",
 * or the end of its line. The agency is left out: it is a name.
 */
const DATELINE_PLACE = /^\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,3}(?:, \p{Lu}[\p{L}.'-]*(?: (?:and )?\p{Lu}[\p{L}.'-]*){0,2})?/u;

const DATELINE_DATE = /^,? (?:\p{Lu}\p{Ll}{2,8}\.? \d{1,2}(?:, \d{4})?|\d{1,2} \p{Lu}\p{Ll}{2,8}\.?(?: \d{4})?)/u;

const DATELINE_CLOSE = /^(?: ?\([^)\n]{1,30}\)\s*(?:[-\u2013\u2014]|\.[-\u2013\u2014])|\s+[\u2013\u2014-]\s|\.[-\u2013\u2014])/u;

export function datelineEnd(ctx: Ctx, t: Token): number {
  let end = ctx.datelines.get(t.paragraph);
  if (end === undefined) {
    end = -1;
    const lineStart = ctx.text.lastIndexOf("\n", t.start - 1) + 1;
    const head = ctx.text.slice(lineStart, lineStart + 90);
    const place = DATELINE_PLACE.exec(head);
    // "LISBON, Mar 2": the words after the comma may be the date's month, not the country.
    const comma = place ? place[0].indexOf(",") : -1;
    for (const length of place ? (comma > 0 ? [place[0].length, comma] : [place[0].length]) : []) {
      let at = length;
      const date = DATELINE_DATE.exec(head.slice(at));
      if (date) at += date[0].length;
      const rest = head.slice(at);
      if (DATELINE_CLOSE.test(rest) || (date && /^\s*(?:\n|$)/.test(rest))) {
        end = lineStart + at;
        break;
      }
    }
    ctx.datelines.set(t.paragraph, end);
  }
  return end;
}

/**
 * "WASHINGTON, Nov 14 (Meridian) -": the name in brackets closing a dateline is
 * the agency or paper that filed the story, whatever its words.
 */
export function datelineAgency(ctx: Ctx, i: number): boolean {
  const { tokens, text } = ctx;
  const t = tokens[i]!;
  // A bare acronym ("(MNS)") is left to the initialisms, which can tie it to the full name.
  if (text.charCodeAt(t.start - 1) !== 40 || (t.allCaps && text.charCodeAt(t.end) === 41)) return false;
  const end = datelineEnd(ctx, t);
  if (end < 0 || !/^ ?\($/.test(text.slice(end, t.start))) return false;
  const close = text.indexOf(")", t.start);
  let j = i;
  while (j + 1 < tokens.length && tokens[j + 1]!.end <= close) j++;
  if (tokens[j]!.end !== close) return false;
  for (let k = i; k <= j; k++) if (ctx.claimed[k]) return false;
  for (let k = i; k <= j; k++) ctx.claimed[k] = 1;
  ctx.out.push({ start: t.start, end: close, text: text.slice(t.start, close), type: "organization", paragraph: t.paragraph });
  return true;
}

/** The line holding pos opens with "By ": a byline, whose places are where the writer is. */
export function isBylineLine(text: string, pos: number): boolean {
  const lineStart = text.lastIndexOf("\n", pos - 1) + 1;
  if (!text.startsWith("By ", lineStart) || text.startsWith("By the ", lineStart) || pos - lineStart > 120) return false;
  const lineEnd = text.indexOf("\n", pos);
  return (lineEnd < 0 ? text.length : lineEnd) - lineStart < 150 && isUpperCode0(text, lineStart + 3);
}

function isUpperCode0(text: string, i: number): boolean {
  const ch = text.charAt(i);
  return ch !== "" && ch.toUpperCase() === ch && ch.toLowerCase() !== ch;
}

const DATELINE_AFTER = /^(?:,\s*\p{Lu}[\p{L}.]*\.? \d|\s*\([^)]{1,30}\)\s*[-\u2013\u2014])/u;

/** A headline or dateline in capitals: capitalisation there proves nothing. */
export function isShoutingLine(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i]!;
  if (!t.allCaps || t.text.length < 2) return false;
  // "LISBON (HWS) —": the dateline shouts, the agency in brackets is a name.
  if (ctx.text.charCodeAt(t.start - 1) === 40 && ctx.text.charCodeAt(t.end) === 41) return false;
  // "LONDON, Jan 14 (Wire) -": a dateline opening its paragraph.
  if (ctx.tokens[i - 1]?.paragraph !== t.paragraph && DATELINE_AFTER.test(ctx.text.slice(t.end, t.end + 16))) return true;
  const next = ctx.tokens[i + 1];
  const prev = ctx.tokens[i - 1];
  // A one-letter neighbour ("A DNCD spokesman") is an article or an initial, not shouting.
  const shouts = (n: Token | undefined) => Boolean(n && n.paragraph === t.paragraph && n.allCaps && n.kind === "word" && n.text.length > 1);
  if (shouts(next) || shouts(prev) || /^\s*[\u2014\u2013-]/.test(ctx.text.slice(t.end, t.end + 3))) return true;
  // "ONE BOAT AT A TIME": a lone capital letter inside a shouted phrase is shouting too.
  const beyond = (k: number, step: number) => {
    const n = ctx.tokens[k];
    const far = ctx.tokens[k + step];
    // One phrase: single spaces on both sides of the letter ("(PSO). A PSO inspector" is two sentences).
    const phrase = step < 0 ? t.joined && n?.joined : n?.joined && far?.joined;
    return n && phrase && n.allCaps && n.text.length === 1 ? far : undefined;
  };
  if (shouts(beyond(i - 1, -1)) || shouts(beyond(i + 1, 1))) return true;
  // "LIVES | Taganga": a section label before a bar.
  if (prev?.paragraph !== t.paragraph && /^ ?\| /.test(ctx.text.slice(t.end, t.end + 3))) return true;
  // "SIMPLE!": an exclamation; "PHOTO: Relatives light…": a label opening its paragraph.
  const after = ctx.text.charCodeAt(t.end);
  return after === 33 || (after === 58 && prev?.paragraph !== t.paragraph);
}

import type { Span } from "../extraction/types";

/**
 * Maritime and land regions named in a sentence, most specific first
 * ("eastern Pacific" before "Pacific"). A general gazetteer of seas and
 * coasts, not this story's places.
 */
const REGIONS: { name: string; re: RegExp }[] = [
  { name: "eastern Pacific", re: /\b(?:eastern|east) Pacific\b/i },
  { name: "Caribbean", re: /\bCaribbean\b/ },
  { name: "Pacific", re: /\bPacific\b/ },
  { name: "Gulf of Mexico", re: /\bGulf of (?:Mexico|America)\b/ },
  { name: "Atlantic", re: /\bAtlantic\b/ },
  { name: "Mediterranean", re: /\bMediterranean\b/ },
  { name: "Red Sea", re: /\bRed Sea\b/ },
  { name: "Gulf of Aden", re: /\bGulf of Aden\b/ },
  { name: "Persian Gulf", re: /\b(?:Persian|Arabian) Gulf\b/ },
  { name: "South China Sea", re: /\bSouth China Sea\b/ },
  { name: "Black Sea", re: /\bBlack Sea\b/ },
];

/** Regions named in text[span]; "Pacific" is dropped when "eastern Pacific" was found. Joined with " and ". */
export function detectRegion(text: string, span: Span = { start: 0, end: text.length }): string | null {
  const s = text.slice(span.start, span.end);
  const found: { name: string; at: number }[] = [];
  for (const r of REGIONS) {
    const m = r.re.exec(s);
    if (!m) continue;
    if (r.name === "Pacific" && found.some((f) => f.name === "eastern Pacific")) continue;
    found.push({ name: r.name, at: m.index });
  }
  if (found.length === 0) return null;
  return found
    .sort((a, b) => a.at - b.at)
    .map((f) => f.name)
    .join(" and ");
}

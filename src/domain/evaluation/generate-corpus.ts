import type { ArticleDate } from "../extraction/types";
import { normalizeText } from "../ingestion/normalize-text";

/**
 * A deterministic synthetic corpus for benchmarks and robustness tests: real
 * articles re-rolled with other people's names, other numbers, other weekdays
 * and months, other publication dates and a shuffled body. Same seed, same
 * corpus. Pure and in memory: nothing is written anywhere.
 */
export type CorpusSource = { id: string; text: string };
export type CorpusArticle = { id: string; source: string; text: string; published: ArticleDate };
export type CorpusOptions = {
  count: number;
  seed: number;
  /** Full names ("Marco Rubio") to replace, with their last word, by invented names. */
  swapNames?: readonly string[];
};

/** mulberry32: tiny, fast, and good enough to vary test text. */
export function createRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ["Lena", "Tomás", "Aisha", "Viktor", "Mariana", "Kwame", "Ingrid", "Rafael", "Noor", "Declan", "Sofía", "Hiroshi", "Amara", "Emeka", "Zofia", "Luis"];
const LAST = ["Kovač", "Okafor", "Lindqvist", "Herrera", "Nakamura", "Brennan", "Ferreira", "Haddad", "Dubois", "Mensah", "Castellanos", "Novak", "Ibáñez", "Whitfield", "Sørensen", "Quispe"];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function pick<T>(rng: () => number, list: readonly T[]): T {
  return list[Math.floor(rng() * list.length)] as T;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function swapPeople(text: string, names: readonly string[], rng: () => number): string {
  let out = text;
  for (const name of names) {
    if (!out.includes(name)) continue;
    const first = pick(rng, FIRST);
    const last = pick(rng, LAST);
    const surname = name.split(" ").pop() ?? name;
    out = out.replace(new RegExp(`\\b${escapeRe(name)}\\b`, "gu"), `${first} ${last}`);
    if (surname.length > 3) out = out.replace(new RegExp(`\\b${escapeRe(surname)}\\b`, "gu"), last);
  }
  return out;
}

function shiftNumbers(text: string, rng: () => number): string {
  // Counts of one to three digits move; four-digit years and long codes stay.
  return text.replace(/(?<![\p{L}\d.,])\d{1,3}(?![\p{L}\d])(?![.,]\d)/gu, (m) => String(Math.max(1, Number(m) + Math.floor(rng() * 16) - 3)));
}

function remapCalendarWords(text: string, rng: () => number): string {
  const weekday = new Map(WEEKDAYS.map((d) => [d, pick(rng, WEEKDAYS)]));
  const month = new Map(MONTHS.map((m) => [m, pick(rng, MONTHS)]));
  return text
    .replace(/\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/g, (d) => weekday.get(d) ?? d)
    .replace(/\b(?:January|February|March|April|June|July|August|September|October|November|December)\b/g, (m) => month.get(m) ?? m);
}

/** Keep the headline and lede in place, shuffle the body paragraphs. */
function shuffleBody(text: string, rng: () => number): string {
  const sep = text.includes("\n\n") ? "\n\n" : "\n";
  const paras = text.split(sep);
  const head = paras.slice(0, 2);
  const body = paras.slice(2);
  for (let i = body.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [body[i], body[j]] = [body[j] as string, body[i] as string];
  }
  return [...head, ...body].join(sep);
}

function randomPublished(rng: () => number): ArticleDate {
  const day = new Date(Date.UTC(2025, 0, 1) + Math.floor(rng() * 365) * 86_400_000);
  return { date: day.toISOString().slice(0, 10), precision: "day", approximate: false };
}

export function generateCorpus(sources: readonly CorpusSource[], options: CorpusOptions): CorpusArticle[] {
  if (sources.length === 0) return [];
  const rng = createRng(options.seed);
  const names = [...(options.swapNames ?? [])].sort((a, b) => b.length - a.length);
  const out: CorpusArticle[] = [];
  for (let i = 0; i < options.count; i++) {
    const source = sources[i % sources.length] as CorpusSource;
    let text = source.text;
    if (rng() < 0.8) text = swapPeople(text, names, rng);
    if (rng() < 0.8) text = shiftNumbers(text, rng);
    if (rng() < 0.7) text = remapCalendarWords(text, rng);
    if (rng() < 0.6) text = shuffleBody(text, rng);
    out.push({ id: `${source.id}#${i}`, source: source.id, text: normalizeText(text), published: randomPublished(rng) });
  }
  return out;
}

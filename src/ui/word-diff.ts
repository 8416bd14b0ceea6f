import { diffWords } from "diff";

/**
 * Word-level differences between two outlets' wordings of one utterance.
 * Every part's text is an exact slice of the wording it comes from: `same`
 * and `ins` parts (and `space`) of `other`, `del` parts of `base`, so joining
 * every part but the deletions gives back `other` character for character.
 */
export type DiffPart = { kind: "same" | "ins" | "del" | "space"; text: string };

/** Typographic variants compared as equal; one character for one, so offsets stay put. */
function typographic(s: string): string {
  return s.replace(/[’‘`´]/g, "'").replace(/[“”„«»]/g, '"').replace(/[–—]/g, "-");
}

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);

/**
 * Consume `value` (whitespace ignored) from `src` starting at `from`;
 * returns where its first non-space character starts and where it ends, or
 * null if `src` does not hold these characters there.
 */
function consume(src: string, from: number, value: string): { start: number; end: number } | null {
  let i = from;
  let start = -1;
  for (const ch of value) {
    if (isSpace(ch)) continue;
    while (isSpace(src[i])) i++;
    if (src[i] !== ch) return null;
    if (start < 0) start = i;
    i += 1;
  }
  return { start: start < 0 ? i : start, end: i };
}

export function wordDiff(base: string, other: string): DiffPart[] {
  const b = typographic(base);
  const o = typographic(other);
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart["kind"], text: string) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  let bi = 0;
  let oi = 0;
  for (const change of diffWords(b, o)) {
    if (!/\S/.test(change.value)) continue;
    if (change.removed) {
      const at = consume(b, bi, change.value);
      if (!at) return [{ kind: "same", text: other }];
      push("del", base.slice(at.start, at.end));
      bi = at.end;
      continue;
    }
    const at = consume(o, oi, change.value);
    if (!at) return [{ kind: "same", text: other }];
    push("space", other.slice(oi, at.start));
    // Inside one change, inner whitespace belongs to it: "gets to determine" is one insertion.
    push(change.added ? "ins" : "same", other.slice(at.start, at.end));
    oi = at.end;
    if (!change.added) {
      const inBase = consume(b, bi, change.value);
      if (!inBase) return [{ kind: "same", text: other }];
      bi = inBase.end;
    }
  }
  push("space", other.slice(oi));
  return parts;
}

/** The wording of `other` rebuilt from a diff: what must equal the source slice. */
export function otherText(parts: DiffPart[]): string {
  return parts.filter((p) => p.kind !== "del").map((p) => p.text).join("");
}

export function diffCounts(parts: DiffPart[]): { inserted: number; deleted: number } {
  const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
  return {
    inserted: parts.filter((p) => p.kind === "ins").reduce((n, p) => n + words(p.text), 0),
    deleted: parts.filter((p) => p.kind === "del").reduce((n, p) => n + words(p.text), 0),
  };
}

/** Same words, ignoring case, typographic quotes and spacing: the test for "wording differs". */
export function sameWording(a: string, b: string): boolean {
  const norm = (s: string) => typographic(s).toLowerCase().replace(/\s+/g, " ").trim();
  return norm(a) === norm(b);
}

/** One outlet's rendering: a quote split over paragraphs is several statements of one article. */
export type Rendering<T> = { articleId: string; parts: T[]; text: string };

export function renderingsOf<T extends { articleId: string; excerpt: string }>(statements: T[]): Rendering<T>[] {
  const byArticle = new Map<string, Rendering<T>>();
  for (const s of statements) {
    const r = byArticle.get(s.articleId);
    if (r) {
      r.parts.push(s);
      r.text += ` ${s.excerpt}`;
    } else byArticle.set(s.articleId, { articleId: s.articleId, parts: [s], text: s.excerpt });
  }
  return [...byArticle.values()];
}

export function wordingDiffers(statements: { articleId: string; excerpt: string }[]): boolean {
  const r = renderingsOf(statements);
  const first = r[0];
  return !!first && r.some((x) => !sameWording(x.text, first.text));
}

/**
 * A rendering's diff cut back into its statements: `lengths` are the
 * excerpts' lengths in the rendering's text, which joins them with one space
 * (renderingsOf). Deletions stay with the statement they fall in; the joining
 * spaces belong to no statement and are dropped.
 */
export function splitDiff(parts: DiffPart[], lengths: number[]): DiffPart[][] {
  const out: DiffPart[][] = lengths.map(() => []);
  // [start, end) of each statement in the rendering's text.
  const ranges: [number, number][] = [];
  let at = 0;
  for (const len of lengths) {
    ranges.push([at, at + len]);
    at += len + 1;
  }
  const add = (k: number, part: DiffPart) => {
    const list = out[k];
    if (!list || !part.text) return;
    const last = list[list.length - 1];
    if (last && last.kind === part.kind) last.text += part.text;
    else list.push({ ...part });
  };
  let pos = 0;
  let current = 0;
  for (const p of parts) {
    if (p.kind === "del") {
      add(current, p);
      continue;
    }
    const end = pos + p.text.length;
    for (let k = 0; k < ranges.length; k++) {
      const [a, b] = ranges[k]!;
      const from = Math.max(a, pos);
      const to = Math.min(b, end);
      if (to > from) {
        add(k, { kind: p.kind, text: p.text.slice(from - pos, to - pos) });
        current = k;
      }
    }
    pos = end;
  }
  return out;
}

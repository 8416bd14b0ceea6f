import { expect } from "vitest";
import { createRegistry, type KnownActor } from "../../src/domain/extraction/actor-registry";
import { extractActors } from "../../src/domain/extraction/actors";
import { segment } from "../../src/domain/extraction/segment";
import type { ExtractedActor } from "../../src/domain/extraction/types";

/** Helpers for mention tests: run extraction with exact-span checks, and ask who a word was linked to. */

export const emptyRegistry = createRegistry([]);

export const org = (key: string, name: string, aliases: string[] = []): KnownActor => ({ key, name, kind: "organization", role: null, aliases, curated: true });

export const person = (key: string, name: string, aliases: string[] = [], role: string | null = null): KnownActor => ({
  key,
  name,
  kind: "person",
  role,
  aliases,
  curated: true,
});

/** Extract actors, asserting every mention slices the text exactly and belongs to its actor. */
export function runActors(text: string, reg = emptyRegistry, outlet?: string): ExtractedActor[] {
  const actors = extractActors(text, segment(text), reg, outlet ? { outlet } : {});
  for (const a of actors) {
    for (const m of a.mentions) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(m.actorKey).toBe(a.key);
    }
  }
  return actors;
}

function nthIndex(text: string, word: string, nth: number): number {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(word, i + 1);
  if (i < 0) throw new Error(`no ${word} #${nth}`);
  return i;
}

/** The actor whose mention covers the nth occurrence of `word`, or null. */
export function nameAt(actors: ExtractedActor[], text: string, word: string, nth = 0): string | null {
  const i = nthIndex(text, word, nth);
  return actors.find((a) => a.mentions.some((m) => m.start <= i && i < m.end))?.name ?? null;
}

/** The exact text of the mention covering the nth occurrence of `word`, or null. */
export function spanAt(actors: ExtractedActor[], text: string, word: string, nth = 0): string | null {
  const i = nthIndex(text, word, nth);
  return actors.flatMap((a) => a.mentions).find((m) => m.start <= i && i < m.end)?.text ?? null;
}

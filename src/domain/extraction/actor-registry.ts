import type { ActorKind } from "./types";

/**
 * An actor already known before an article is read: from the curated list
 * (seeds/actors.json) or, during ingest, from actors found in earlier articles.
 * Extraction links mentions to these so the same person gets the same key in
 * every article.
 */
export type KnownActor = {
  key: string;
  name: string;
  kind: ActorKind;
  role: string | null;
  description?: string | null;
  aliases: string[];
  curated: boolean;
};

export type ActorRegistry = {
  actors: readonly KnownActor[];
};

export function createRegistry(actors: readonly KnownActor[]): ActorRegistry {
  return { actors };
}

export type { ActorKind };

/**
 * Extraction slugifies every name of every article, mostly the same few
 * hundred: remember them. Bounded so a long ingest cannot grow it forever.
 */
const slugCache = new Map<string, string>();
const SLUG_CACHE_MAX = 20_000;

/** A stable key from a name: "Jean-Noël Barrot" -> "jean-noel-barrot". */
export function slugify(name: string): string {
  let slug = slugCache.get(name);
  if (slug === undefined) {
    if (slugCache.size >= SLUG_CACHE_MAX) slugCache.clear();
    slug = computeSlug(name);
    slugCache.set(name, slug);
  }
  return slug;
}

function computeSlug(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

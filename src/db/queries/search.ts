import "server-only";
import { getDb } from "../server-db";
import { searchDatabase, type SearchResults } from "./search-core";

export { SEARCH_MAX_LENGTH, SearchQuerySchema } from "./search-core";
export type { ActorHit, ArticleHit, ClaimHit, QuoteHit, SearchResults } from "./search-core";

/** Search actors, quotes, claims and articles in the app's database (see search-core.ts). */
export async function search(q: string): Promise<SearchResults> {
  const { prisma } = await getDb();
  return searchDatabase(prisma, q);
}

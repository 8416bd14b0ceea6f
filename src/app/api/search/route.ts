import { describeError, flattenParams } from "../../../db/queries/params";
import { search, SearchQuerySchema } from "../../../db/queries/search";
import { fail, guarded, ok, rejectUnknownParams } from "../_lib/http";

export const dynamic = "force-dynamic";

/** GET /api/search?q=… → {query, terms, actors, quotes, claims, articles, total}; 400 on an empty or over-long q. */
export async function GET(req: Request) {
  const url = new URL(req.url);
  const unknown = rejectUnknownParams(url, ["q"]);
  if (unknown) return unknown;
  const parsed = SearchQuerySchema.safeParse({ q: flattenParams(url.searchParams).q ?? "" });
  if (!parsed.success) return fail(400, `invalid q: ${describeError(parsed.error)}`);
  return guarded(async () => ok(await search(parsed.data.q)));
}

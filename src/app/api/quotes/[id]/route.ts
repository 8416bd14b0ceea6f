import { getQuote } from "../../../../db/queries/quotes";
import { byId } from "../../_lib/http";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, ctx: { params: Promise<{ id: string }> }) {
  return byId("quote", (await ctx.params).id, getQuote);
}

import { getArticle } from "../../../../db/queries/articles";
import { byId } from "../../_lib/http";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, ctx: { params: Promise<{ id: string }> }) {
  return byId("article", (await ctx.params).id, getArticle);
}

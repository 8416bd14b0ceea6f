import { getActor } from "../../../../db/queries/actors";
import { byId } from "../../_lib/http";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, ctx: { params: Promise<{ slug: string }> }) {
  return byId("actor", (await ctx.params).slug, getActor);
}

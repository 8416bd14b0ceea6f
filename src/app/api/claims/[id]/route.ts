import { getClaim } from "../../../../db/queries/claims";
import { byId } from "../../_lib/http";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, ctx: { params: Promise<{ id: string }> }) {
  return byId("claim", (await ctx.params).id, getClaim);
}

import { listClaims } from "../../../db/queries/claims";
import { guarded, ok, rejectUnknownParams } from "../_lib/http";

export const dynamic = "force-dynamic";

export async function GET(req: Request) {
  return rejectUnknownParams(new URL(req.url), []) ?? guarded(async () => ok({ claims: await listClaims() }));
}

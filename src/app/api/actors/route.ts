import { listActors } from "../../../db/queries/actors";
import { ActorSearchSchema, flattenParams } from "../../../db/queries/params";
import { guarded, invalid, ok, rejectUnknownParams } from "../_lib/http";

export const dynamic = "force-dynamic";

export async function GET(req: Request) {
  const url = new URL(req.url);
  const unknown = rejectUnknownParams(url, ["q", "kind"]);
  if (unknown) return unknown;
  const search = ActorSearchSchema.safeParse(flattenParams(url.searchParams));
  if (!search.success) return invalid("parameters", search.error);
  return guarded(async () => ok({ actors: await listActors(search.data) }));
}

import { getTimeline } from "../../../db/queries/timeline";
import { guarded, ok, timelineFiltersOf } from "../_lib/http";

export const dynamic = "force-dynamic";

export async function GET(req: Request) {
  const url = new URL(req.url);
  const parsed = timelineFiltersOf(url);
  if ("response" in parsed) return parsed.response;
  const { filters } = parsed;
  return guarded(async () => {
    const { events, total, options } = await getTimeline(filters);
    return ok({ filters, total, count: events.length, events, options });
  });
}

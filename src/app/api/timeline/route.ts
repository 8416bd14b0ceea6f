import { flattenParams, TIMELINE_FILTER_KEYS, TimelineFiltersSchema } from "../../../db/queries/params";
import { getTimeline } from "../../../db/queries/timeline";
import { guarded, invalid, ok, rejectUnknownParams } from "../_lib/http";

export const dynamic = "force-dynamic";

export async function GET(req: Request) {
  const url = new URL(req.url);
  const unknown = rejectUnknownParams(url, [...TIMELINE_FILTER_KEYS]);
  if (unknown) return unknown;
  const filters = TimelineFiltersSchema.safeParse(flattenParams(url.searchParams));
  if (!filters.success) return invalid("parameters", filters.error);
  return guarded(async () => {
    const { events, total, options } = await getTimeline(filters.data);
    return ok({ filters: filters.data, total, count: events.length, events, options });
  });
}

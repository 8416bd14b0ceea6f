import { ACTOR_FILTERS, appliedFilters, CITATION_FILTERS, EVENT_FILTERS, exportActors, exportCitations, exportEvents, exportStatements, STATEMENT_FILTERS } from "../../../../db/queries/exports";
import { TIMELINE_FILTER_KEYS, type TimelineFilters } from "../../../../db/queries/params";
import { fail, guarded, timelineFiltersOf } from "../../_lib/http";
import { toCsv, type Cell } from "../_lib/csv";
import { ACTOR_COLUMNS, actorRows, CLAIM_COLUMNS, claimRows, QUOTE_COLUMNS, quoteRows, TIMELINE_COLUMNS, timelineJs, timelineRows } from "../_lib/rows";

export const dynamic = "force-dynamic";

/**
 * /api/export/{timeline,actors,claims,quotes}.{csv,json} and
 * /api/export/timeline.timelinejs.json, filtered by the same parameters as
 * /api/timeline. Claims and quotes take the filters that describe them
 * (actor, outlet, from, to); the JSON names any it could not apply.
 */

const FILE = /^(timeline|actors|claims|quotes)\.(csv|json)$|^(timeline)\.timelinejs\.json$/;

type Dataset = { columns: readonly string[]; rows: Record<string, Cell>[]; applicable: (keyof TimelineFilters)[] };

async function load(dataset: string, filters: TimelineFilters, origin: string): Promise<Dataset> {
  switch (dataset) {
    case "timeline":
      return { columns: TIMELINE_COLUMNS, rows: timelineRows(await exportEvents(filters), origin), applicable: EVENT_FILTERS };
    case "actors":
      return { columns: ACTOR_COLUMNS, rows: actorRows(await exportActors(filters), origin), applicable: ACTOR_FILTERS };
    case "claims":
      return { columns: CLAIM_COLUMNS, rows: claimRows(await exportCitations(filters), origin), applicable: CITATION_FILTERS };
    default:
      return { columns: QUOTE_COLUMNS, rows: quoteRows(await exportStatements(filters), origin), applicable: STATEMENT_FILTERS };
  }
}

function fileName(dataset: string, filters: TimelineFilters, ext: string): string {
  const parts = TIMELINE_FILTER_KEYS.flatMap((k) => (filters[k] ? [`${k}-${filters[k]}`] : []));
  const suffix = parts.join("_").replace(/[^A-Za-z0-9._-]+/g, "-");
  return `tideline-${dataset}${suffix ? `_${suffix}` : ""}.${ext}`;
}

export async function GET(req: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const m = FILE.exec(file);
  if (!m) return fail(404, `no export "${file}" (try timeline.csv, timeline.json, timeline.timelinejs.json, actors.csv, claims.csv, quotes.csv or their .json)`);
  const url = new URL(req.url);
  const parsed = timelineFiltersOf(url);
  if ("response" in parsed) return parsed.response;
  const { filters } = parsed;
  const origin = url.origin;

  return guarded(async () => {
    if (m[3]) {
      const body = timelineJs(await exportEvents(filters), "Tideline: US strikes on alleged drug boats, 2025", origin);
      return download(JSON.stringify(body, null, 2), "application/json; charset=utf-8", fileName("timeline", filters, "timelinejs.json"));
    }
    const dataset = m[1]!;
    const ext = m[2]!;
    const data = await load(dataset, filters, origin);
    const { applied, notApplicable } = appliedFilters(filters, data.applicable);
    if (ext === "csv") {
      const res = download(toCsv(data.columns, data.rows), "text/csv; charset=utf-8; header=present", fileName(dataset, filters, "csv"));
      if (notApplicable.length) res.headers.set("x-tideline-filters-not-applied", notApplicable.join(","));
      return res;
    }
    const body = { dataset, filters, appliedFilters: applied, notApplicableFilters: notApplicable, count: data.rows.length, columns: data.columns, rows: data.rows };
    return download(JSON.stringify(body, null, 2), "application/json; charset=utf-8", fileName(dataset, filters, "json"));
  });
}

function download(body: string, type: string, name: string): Response {
  return new Response(body, {
    headers: { "content-type": type, "content-disposition": `attachment; filename="${name}"`, "cache-control": "no-store" },
  });
}

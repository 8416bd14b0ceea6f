import type { z } from "zod";
import { describeError, flattenParams, IdSchema, TIMELINE_FILTER_KEYS, TimelineFiltersSchema, type TimelineFilters } from "../../../db/queries/params";

/** JSON responses for the read API: data, or {error} with the right status. */

export function ok(data: unknown): Response {
  return Response.json(data, { headers: { "cache-control": "no-store" } });
}

export function fail(status: 400 | 404 | 500, error: string): Response {
  return Response.json({ error }, { status, headers: { "cache-control": "no-store" } });
}

export function invalid(what: string, error: z.ZodError): Response {
  return fail(400, `invalid ${what}: ${describeError(error)}`);
}

/** Validate a path id, run the lookup, and answer 400 / 404 / 200. */
export async function byId<T>(kind: string, raw: string, load: (id: string) => Promise<T | null>): Promise<Response> {
  const id = IdSchema.safeParse(raw);
  if (!id.success) return invalid(`${kind} id`, id.error);
  return guarded(async () => {
    const found = await load(id.data);
    return found ? ok(found) : fail(404, `no ${kind} with id "${id.data}"`);
  });
}

export async function guarded(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (e) {
    console.error(e);
    return fail(500, "the database could not answer this request");
  }
}

/** List endpoints take no parameters; anything given is a mistake worth reporting. */
export function rejectUnknownParams(url: URL, allowed: string[]): Response | null {
  const unknown = [...new Set(url.searchParams.keys())].filter((k) => !allowed.includes(k));
  if (unknown.length === 0) return null;
  return fail(400, `unknown parameter${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}${allowed.length ? ` (allowed: ${allowed.join(", ")})` : ""}`);
}

/**
 * The timeline's filters from a request's query string, shared by the
 * timeline API, the exports and the feed so a view and its downloads agree:
 * the filters, or the 400 response explaining what is wrong.
 */
export function timelineFiltersOf(url: URL): { filters: TimelineFilters } | { response: Response } {
  const unknown = rejectUnknownParams(url, [...TIMELINE_FILTER_KEYS]);
  if (unknown) return { response: unknown };
  const parsed = TimelineFiltersSchema.safeParse(flattenParams(url.searchParams));
  if (!parsed.success) return { response: invalid("parameters", parsed.error) };
  return { filters: parsed.data };
}

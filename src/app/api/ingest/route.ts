import { timingSafeEqual } from "node:crypto";
import { NextResponse } from "next/server";
import { z } from "zod";
import { loadIngestContext } from "@/domain/ingestion/load-context";
import { parseIngestRequest } from "@/domain/ingestion/ingest-request";
import { ingestArticle } from "@/db/ingest/ingest-article";
import { getDb, serverIngestToken } from "@/db/server-db";

export const dynamic = "force-dynamic";

/**
 * Ingest one article into the running app's database. Used by `npm run
 * ingest` while `npm start` holds the embedded database; the caller proves it
 * can read .data/ by sending the token the server wrote into its lock file.
 */
export async function POST(request: Request) {
  const db = await getDb();
  const given = Buffer.from(request.headers.get("x-tideline-token") ?? "");
  const expected = Buffer.from(serverIngestToken());
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return NextResponse.json({ error: "ingest needs the token from the server's lock file (run `npm run ingest` on this machine)" }, { status: 403 });
  }
  let parsed;
  try {
    parsed = parseIngestRequest(await request.json());
  } catch (e) {
    const message = e instanceof z.ZodError ? z.prettifyError(e) : (e as Error).message;
    return NextResponse.json({ error: `invalid ingest request: ${message}` }, { status: 400 });
  }
  try {
    const outcome = await ingestArticle(db, parsed.input, { ...loadIngestContext(), force: parsed.force });
    return NextResponse.json({ outcome });
  } catch (e) {
    return NextResponse.json({ error: (e as Error).message.split("\n")[0] }, { status: 500 });
  }
}

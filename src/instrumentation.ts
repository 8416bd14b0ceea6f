/**
 * Open the database when the server starts rather than at the first request:
 * the server then holds the embedded database's lock (with its port) from the
 * start, so `npm run ingest` hands its work to the server instead of racing it.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { getDb } = await import("./db/server-db");
  await getDb();
}

/**
 * Print the extraction of one article as JSON, without touching the database.
 *   npm run --silent extract -- FILE [--published YYYY-MM-DD] [--outlet NAME]
 * The output shape is a stable contract (docs/extraction.md).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { createRegistry } from "../src/domain/extraction/actor-registry";
import { extractArticle } from "../src/domain/extraction/extract-article";
import { toContract } from "../src/domain/extraction/contract";
import { loadCuratedActors } from "../src/domain/ingestion/curated-actors";
import { detectPublicationDate } from "../src/domain/ingestion/detect-publication-date";
import { normalizeText } from "../src/domain/ingestion/normalize-text";
import { parsePublicationDate } from "../src/domain/ingestion/publication-date";

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { published: { type: "string" }, outlet: { type: "string" }, actors: { type: "string" } },
  });
  const file = positionals[0];
  if (!file) {
    process.stderr.write("usage: npm run --silent extract -- FILE [--published YYYY-MM-DD] [--outlet NAME]\n");
    return 2;
  }
  let text: string;
  try {
    text = normalizeText(new TextDecoder("utf-8", { fatal: true }).decode(readFileSync(file)));
  } catch (e) {
    process.stderr.write(`${file}: cannot read as UTF-8 text: ${(e as Error).message}\n`);
    return 1;
  }
  let published;
  try {
    published = values.published ? parsePublicationDate(values.published) : detectPublicationDate(text)?.date;
  } catch (e) {
    process.stderr.write(`${file}: --published: ${(e as Error).message}\n`);
    return 1;
  }
  if (!published) {
    const today = new Date().toISOString().slice(0, 10);
    process.stderr.write(`${file}: no --published and no date in the text; resolving relative dates against today (${today})\n`);
    published = parsePublicationDate(today);
  }
  const actorsFile = values.actors ?? path.join(process.cwd(), "seeds", "actors.json");
  const registry = createRegistry(loadCuratedActors(actorsFile));
  const extraction = extractArticle(text, { published, registry, ...(values.outlet ? { outlet: values.outlet } : {}) });
  process.stdout.write(JSON.stringify(toContract(extraction), null, 2) + "\n");
  return 0;
}

process.exitCode = main();

import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runIngest, type IngestSummary } from "../../src/db/ingest/run-ingest";
import { collectInputs } from "../../src/domain/ingestion/collect-inputs";
import { loadIngestContext } from "../../src/domain/ingestion/load-context";
import { freshDatabase, type TestDatabase } from "../support/test-database";

const GOOD = "A headline about the boat strikes\n\nThe Pentagon said on Tuesday that the campaign would continue, officials said.\n";

/** A folder with one good article and every kind of bad input beside it. */
function badFolder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "tideline-bad-"));
  writeFileSync(path.join(dir, "good.txt"), GOOD);
  writeFileSync(path.join(dir, "empty.txt"), "   \n\n");
  writeFileSync(path.join(dir, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
  writeFileSync(path.join(dir, "latin1.txt"), Buffer.from("Caf\xe9 au lait, the minister said.", "latin1"));
  writeFileSync(path.join(dir, "huge.txt"), "word ".repeat(1_100_000));
  writeFileSync(path.join(dir, "nodate.txt"), GOOD);
  writeFileSync(path.join(dir, "impossible.txt"), GOOD + " Another one.");
  writeFileSync(path.join(dir, "badentry.txt"), GOOD + " And a third.");
  const entry = (file: string, date: string) => ({ file, outlet: "Test Wire", published: { date, basis: "supplied" } });
  writeFileSync(
    path.join(dir, "manifest.json"),
    JSON.stringify({
      articles: [
        entry("good.txt", "2025-11-13"),
        entry("empty.txt", "2025-11-13"),
        entry("binary.txt", "2025-11-13"),
        entry("latin1.txt", "2025-11-13"),
        entry("huge.txt", "2025-11-13"),
        { file: "nodate.txt", outlet: "Test Wire" },
        entry("impossible.txt", "2025-02-30"),
        { file: "badentry.txt", outlet: "", published: { date: "13/11/2025", basis: "guessed" } },
        entry("missing.txt", "2025-11-13"),
      ],
    }),
  );
  return dir;
}

describe("bad input", () => {
  let db: TestDatabase;
  let dir: string;
  let summary: IngestSummary;

  beforeAll(async () => {
    db = await freshDatabase();
    dir = badFolder();
    summary = await runIngest(db, collectInputs([dir]), loadIngestContext());
  });
  afterAll(async () => db?.dispose());

  const errorFor = (file: string) => {
    const line = summary.lines.find((l) => path.basename(l.source) === file);
    if (!line || line.ok) throw new Error(`expected a failure for ${file}, got ${JSON.stringify(line)}`);
    return line.error;
  };

  it.each([
    ["empty.txt", /empty article/],
    ["binary.txt", /binary file/],
    ["latin1.txt", /not valid UTF-8/],
    ["huge.txt", /over the 5 MB limit/],
    ["nodate.txt", /invalid manifest entry.*published/],
    ["impossible.txt", /impossible date "2025-02-30"/],
    ["badentry.txt", /invalid manifest entry/],
    ["missing.txt", /cannot read: ENOENT/],
  ])("%s gets one clear line naming the file", (file, problem) => {
    const error = errorFor(file);
    expect(error).toMatch(problem);
    expect(error).toContain(file);
    expect(error).not.toContain("\n");
  });

  it("still ingests the good article of the same run, and nothing of the bad ones", async () => {
    expect(summary.created).toBe(1);
    expect(summary.failed).toBe(8);
    const articles = await db.prisma.article.findMany({ select: { sourceKey: true } });
    expect(articles.map((a) => a.sourceKey)).toEqual(["good"]);
  });

  it("a single file without a date or outlet is refused with what to pass", () => {
    const file = path.join(dir, "good.txt");
    const [noOutlet] = collectInputs([file], { published: "2025-11-13" });
    expect(() => noOutlet!.prepare()).toThrow(/missing --outlet NAME/);
    const [noDate] = collectInputs([file], { outlet: "Test Wire" });
    expect(() => noDate!.prepare()).toThrow(/missing publication date.*--published/);
  });

  it("the CLI exits non-zero and names each bad file on stderr", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "tideline-cli-"));
    const run = promisify(execFile)("node_modules/.bin/tsx", ["scripts/ingest.ts", dir], {
      env: { ...process.env, TIDELINE_DATA_DIR: dataDir, DATABASE_URL: "" },
    });
    const failure = await run.then(
      () => null,
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(/binary\.txt: binary file/);
    expect(failure?.stdout).toMatch(/9 articles: 1 created, .* 8 failed/);
  });
});

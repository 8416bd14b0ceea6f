import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { IngestError } from "./ingest-error";
import { ManifestEntrySchema, ManifestSchema } from "./manifest";
import { prepareArticle, type ArticleInput, type ArticleMetadata } from "./prepare-article";
import { readArticleFile } from "./read-article-file";

/** One unit of work: an article to read and prepare, or a problem found while collecting. */
export type IngestTask = { source: string; prepare: () => ArticleInput };

export type FileFlags = {
  outlet?: string;
  published?: string;
  title?: string;
  url?: string;
};

/**
 * Expand CLI paths into tasks. A folder is read with its manifest.json; a
 * single file takes its metadata from flags. Problems are returned as tasks
 * that throw, so one bad entry never stops the others.
 */
export function collectInputs(paths: readonly string[], flags: FileFlags = {}): IngestTask[] {
  const tasks: IngestTask[] = [];
  for (const p of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      tasks.push(failing(p, "no such file or folder"));
      continue;
    }
    if (isDir) tasks.push(...folderTasks(p));
    else tasks.push(fileTask(p, flags));
  }
  return tasks;
}

function failing(source: string, problem: string): IngestTask {
  return {
    source,
    prepare: () => {
      throw new IngestError(source, problem);
    },
  };
}

function fileTask(file: string, flags: FileFlags): IngestTask {
  return {
    source: file,
    prepare: () => {
      if (!flags.outlet) throw new IngestError(file, "missing --outlet NAME (a single file takes its metadata from flags)");
      const text = readArticleFile(file);
      const meta: ArticleMetadata = {
        sourceKey: flags.url ?? path.basename(file).replace(/\.[^.]+$/, ""),
        sourceFile: file,
        outlet: flags.outlet,
        title: flags.title ?? null,
        url: flags.url ?? null,
        published: flags.published ? { date: flags.published, basis: "supplied" } : null,
      };
      return prepareArticle(text, meta);
    },
  };
}

function folderTasks(dir: string): IngestTask[] {
  const manifestPath = path.join(dir, "manifest.json");
  if (!existsSync(manifestPath)) {
    return [failing(dir, "folder has no manifest.json; ingest its files one at a time with --outlet and --published")];
  }
  let entries: unknown[];
  try {
    const parsed = ManifestSchema.safeParse(JSON.parse(readFileSync(manifestPath, "utf8")));
    if (!parsed.success) return [failing(manifestPath, `invalid manifest: ${z.prettifyError(parsed.error)}`)];
    entries = parsed.data.articles;
  } catch (e) {
    return [failing(manifestPath, `manifest is not valid JSON: ${(e as Error).message}`)];
  }
  const listed = new Set<string>();
  const tasks = entries.map((raw, i): IngestTask => {
    const entry = ManifestEntrySchema.safeParse(raw);
    const named = (raw as { file?: unknown } | null)?.file;
    if (typeof named === "string") listed.add(named);
    const label = typeof named === "string" ? path.join(dir, named) : `${manifestPath} entry ${i + 1}`;
    if (!entry.success) return failing(label, `invalid manifest entry: ${z.prettifyError(entry.error).replace(/\n/g, "; ")}`);
    const e = entry.data;
    const file = path.join(dir, e.file);
    return {
      source: file,
      prepare: () =>
        prepareArticle(readArticleFile(file), {
          sourceKey: e.id ?? path.basename(e.file).replace(/\.[^.]+$/, ""),
          sourceFile: path.relative(process.cwd(), file),
          outlet: e.outlet,
          title: e.title ?? null,
          url: e.url ?? null,
          byline: e.byline ?? null,
          published: { date: e.published.date, basis: e.published.basis, note: e.published.note ?? null, evidence: e.published.evidence ?? null },
        }),
    };
  });
  for (const f of readdirSync(dir)) {
    if (f.endsWith(".txt") && !listed.has(f)) tasks.push(failing(path.join(dir, f), "not listed in manifest.json: skipped"));
  }
  return tasks;
}

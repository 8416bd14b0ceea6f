/** Apply pending migrations (like `prisma migrate deploy`): npm run db:migrate */
import { readDbConfig } from "../src/db/config";
import { migrateIfPending, openDatabase } from "../src/db/open-database";
import { withEmbeddedLock } from "../src/db/embedded-lock";

async function main(): Promise<number> {
  const config = readDbConfig();
  return withEmbeddedLock(config, "db:migrate", async () => {
    const db = await openDatabase(config, { migrate: false });
    try {
      const applied = await migrateIfPending(db.adapter);
      process.stdout.write(applied.length ? `applied ${applied.join(", ")}\n` : "database is up to date\n");
      return 0;
    } finally {
      await db.close();
    }
  });
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`db:migrate failed: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);

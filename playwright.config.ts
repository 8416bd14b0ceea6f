import chromium from "@sparticuz/chromium";
import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end tests against a production build (`npm run build` first).
 * The web server gets its own embedded database under .data/e2e, recreated
 * and filled with the seed articles before `next start`, so tests never
 * touch .data/ and always see a fresh ingest.
 * Set PLAYWRIGHT_BASE_URL to test an already running server instead.
 */
const executablePath = await chromium.executablePath();
// --single-process is meant for one-shot serverless pages; with it the browser dies when a test opens a second context.
const args = chromium.args.filter((a) => a !== "--single-process");
// E2E_PORT lets two runs (say, CI and a developer) share a machine.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const external = process.env.PLAYWRIGHT_BASE_URL;

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results/artifacts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: external ?? `http://localhost:${PORT}`,
    headless: true,
    trace: "retain-on-failure",
    launchOptions: { executablePath, args },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions: { executablePath, args } } }],
  webServer: external
    ? undefined
    : {
        command: `sh -c "rm -rf .data/e2e && node_modules/.bin/tsx scripts/ingest.ts seeds && node_modules/.bin/next start -p ${PORT}"`,
        url: `http://localhost:${PORT}/api/articles`,
        reuseExistingServer: false,
        timeout: 180_000,
        env: { TIDELINE_DATA_DIR: ".data/e2e", PORT: String(PORT) },
        stdout: "pipe",
        stderr: "pipe",
      },
});

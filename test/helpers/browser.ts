/*
 * Real Chromium for rendering tests: Debian's /usr/bin/chromium (or CHROMIUM_PATH) driven by
 * playwright-core, with the flags this environment needs. jsdom has no WebGL, so Sigma is tested here.
 * openExplorer() starts the explorer over the seeds and waits until its first graph is laid out.
 */

import fs from "node:fs";
import type { Server } from "node:http";
import type { Driver } from "neo4j-driver";
import { chromium, type Browser, type Page } from "playwright-core";
import { ingestPaths } from "../../server/src/services/ingest";
import type { AppDeps } from "../../server/src/app";
import { appDeps, listen } from "./app";
import { testDriver, wipe } from "./neo4j";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`test: Chromium not found at ${CHROMIUM_PATH}; \`npm test\` installs it (apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
}

export interface ExplorerPage {
  page: Page;
  /** Page errors and HTTP responses of 400 and above, as "status url". */
  errors: string[];
  close(): Promise<void>;
}

/**
 * A wiped database holding the seeds (and whatever `prepare` adds), the app over it on an
 * ephemeral port (with `deps` replacing parts of it, such as the review settings), and a 1500×900
 * Chromium page on it once the explorer is ready and laid out.
 */
export async function openExplorer(
  prepare?: (db: { driver: Driver; database: string }) => Promise<void>,
  deps?: (db: { driver: Driver; database: string }) => Partial<AppDeps>,
): Promise<ExplorerPage> {
  if (!fs.existsSync("client/dist/index.html")) throw new Error("test: client/dist is missing; run `npm run build:client` (npm test does).");
  const { driver, database } = testDriver();
  let server: Server | undefined;
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await driver.close();
  };
  try {
    await wipe(driver, database);
    await ingestPaths(["seeds"], { driver, database });
    await prepare?.({ driver, database });
    let url: string;
    ({ server, url } = await listen(appDeps(driver, database, deps?.({ driver, database }))));
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1500, height: 900 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("response", (r) => {
      if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(url);
    await page.waitForSelector("body[data-ready=true]", { state: "attached", timeout: 60_000 });
    await page.waitForSelector("#sigma[data-layout=done]", { state: "attached", timeout: 60_000 });
    return { page, errors, close };
  } catch (e) {
    await close();
    throw e;
  }
}

/*
 * Real Chromium for rendering tests: Debian's /usr/bin/chromium (or CHROMIUM_PATH) driven by
 * playwright-core, with the flags this environment needs. jsdom has no WebGL, so Sigma is tested here.
 */

import fs from "node:fs";
import { chromium, type Browser } from "playwright-core";

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

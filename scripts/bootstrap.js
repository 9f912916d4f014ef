#!/usr/bin/env node
/*
 * First-run installer behind `npm start` and `npm test`: plain Node, no dependencies, so it runs on
 * a fresh clone. Installs npm packages when node_modules is missing or older than package-lock.json.
 * Java, Maven and the Neo4j jars are checked and fetched by `db:start` itself.
 */
"use strict";
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const major = Number(process.versions.node.split(".")[0]);
if (major < 20) {
  process.stderr.write(`bootstrap: ClaimGraph needs Node 20 or newer; this is ${process.version}.\n`);
  process.exit(1);
}

const lock = path.join(root, "package-lock.json");
const stamp = path.join(root, "node_modules", ".package-lock.json");
const stale = !fs.existsSync(stamp) || (fs.existsSync(lock) && fs.statSync(lock).mtimeMs > fs.statSync(stamp).mtimeMs);
if (stale) {
  // `npm install` rather than `npm ci`: npm 11 omits foreign-platform optional packages from the
  // lock file, which `npm ci` then rejects as out of sync; install still honours the locked versions.
  process.stderr.write("bootstrap: installing npm dependencies (npm install)…\n");
  const r = spawnSync("npm", ["install", "--no-audit", "--no-fund"], { cwd: root, stdio: "inherit" });
  if (r.status !== 0) {
    process.stderr.write("bootstrap: `npm install` failed; check access to the npm registry.\n");
    process.exit(r.status || 1);
  }
}

// Rendering tests drive a real Chromium (Debian's package); `npm test` asks for it with --with-chromium.
if (process.argv.includes("--with-chromium")) {
  const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  if (!fs.existsSync(chromiumPath)) {
    const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
    const sudo = isRoot ? [] : ["sudo", "-n"];
    process.stderr.write(`bootstrap: Chromium not found at ${chromiumPath}; installing Debian's chromium package…\n`);
    const run = (args) => spawnSync(sudo.length ? sudo[0] : args[0], sudo.length ? [...sudo.slice(1), ...args] : args.slice(1), { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    const ok = run(["apt-get", "update", "-qq"]).status === 0 && run(["apt-get", "install", "-y", "-qq", "chromium"]).status === 0;
    if (!ok || !fs.existsSync(chromiumPath)) {
      process.stderr.write("bootstrap: could not install Chromium; run `apt-get install -y chromium` as root, or set CHROMIUM_PATH to a Chromium binary.\n");
      process.exit(1);
    }
  }
}

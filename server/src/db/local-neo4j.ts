/*
 * The local Neo4j: starts, stops and reports on the Neo4j 5.26 Community server that ClaimGraph
 * runs itself (scripts/neo4j/Neo4jLauncher.java on jars from Maven Central). Never used when
 * NEO4J_URI points elsewhere. Failures are ClaimGraphErrors with one sentence saying what to do.
 */

import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import type { Config } from "../config";
import { ClaimGraphError } from "../errors";

// Neo4j 5 reflects into these JDK internals; without them it fails at start on Java 17.
const JVM_FLAGS = [
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "--add-opens=java.base/java.lang=ALL-UNNAMED",
  "--enable-native-access=ALL-UNNAMED",
  "-XX:+UseG1GC",
  "-XX:-OmitStackTraceInFastThrow",
  "-Dfile.encoding=UTF-8",
];

export interface LocalStatus {
  running: boolean;
  pid: number | null;
  uri: string;
  home: string;
}

export interface StartOptions {
  /** Progress lines go here (stderr in the CLIs). */
  log?: (line: string) => void;
}

function launcherDir(config: Config): string {
  return path.join(config.root, "scripts", "neo4j");
}

function pidFile(config: Config): string {
  return path.join(config.local.home, "launcher.pid");
}

function logFile(config: Config): string {
  return path.join(config.local.home, "launcher.log");
}

function readPid(config: Config): number | null {
  try {
    const pid = Number.parseInt(fs.readFileSync(pidFile(config), "utf8").trim(), 10);
    return Number.isInteger(pid) && pid > 0 && processAlive(pid) ? pid : null;
  } catch {
    return null;
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Does anything accept TCP connections on the port? */
export function portAnswers(port: number, host = "127.0.0.1", timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

export function checkJava(): void {
  const result = spawnSync("java", ["-version"], { encoding: "utf8" });
  if (result.error) {
    throw new ClaimGraphError(
      "JAVA_MISSING",
      "db: Java was not found on PATH; install Java 17 (e.g. `apt-get install openjdk-17-jre-headless`) or set NEO4J_URI to use a Neo4j you run elsewhere.",
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${result.stderr}${result.stdout}`);
  const major = match ? Number(match[1] === "1" ? match[2] : match[1]) : NaN;
  if (!(major >= 17)) {
    throw new ClaimGraphError(
      "JAVA_TOO_OLD",
      `db: Neo4j 5.26 needs Java 17 or newer, but \`java -version\` reports ${match ? major : "an unknown version"}; install Java 17 or set NEO4J_URI.`,
    );
  }
}

/**
 * The launcher's classpath, resolved by Maven once per pom.xml content and cached under .data/.
 * The first call downloads the Neo4j jars into the local Maven repository; later calls are offline.
 */
export function resolveClasspath(config: Config, log: (line: string) => void = () => {}): string {
  const pom = path.join(launcherDir(config), "pom.xml");
  const hash = crypto.createHash("sha256").update(fs.readFileSync(pom)).digest("hex").slice(0, 12);
  const cache = path.join(config.local.dataDir, `neo4j-classpath-${hash}.txt`);
  if (fs.existsSync(cache)) {
    const cp = fs.readFileSync(cache, "utf8").trim();
    if (cp.split(path.delimiter).every((jar) => fs.existsSync(jar))) return cp;
  }
  const probe = spawnSync("mvn", ["-v"], { encoding: "utf8" });
  if (probe.error) {
    throw new ClaimGraphError(
      "MAVEN_MISSING",
      "db: Maven (`mvn`) was not found on PATH; install it (e.g. `apt-get install maven`) so the Neo4j jars can be fetched, or set NEO4J_URI.",
    );
  }
  log("db: resolving Neo4j jars with Maven (first run downloads them)…");
  fs.mkdirSync(config.local.dataDir, { recursive: true });
  const tmp = `${cache}.tmp`;
  const result = spawnSync(
    "mvn",
    ["-q", "-B", "-f", pom, "dependency:build-classpath", `-Dmdep.outputFile=${tmp}`],
    { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
  );
  if (result.status !== 0 || !fs.existsSync(tmp)) {
    const detail = `${result.stdout}${result.stderr}`.split("\n").filter((l) => /ERROR/.test(l)).slice(0, 3).join(" ");
    throw new ClaimGraphError(
      "MAVEN_FAILED",
      `db: Maven could not resolve the Neo4j jars (${detail || `exit ${result.status}`}); check network access to Maven Central.`,
    );
  }
  fs.renameSync(tmp, cache);
  return fs.readFileSync(cache, "utf8").trim();
}

export async function localStatus(config: Config): Promise<LocalStatus> {
  const pid = readPid(config);
  const answers = pid !== null && (await portAnswers(config.local.boltPort));
  return { running: answers, pid, uri: config.neo4j.uri, home: config.local.home };
}

/**
 * Starts the local Neo4j unless it already runs, and resolves once Bolt accepts connections.
 * Bounded by NEO4J_START_TIMEOUT_SECONDS; an early exit of the JVM is reported with its reason.
 */
export async function startLocalNeo4j(config: Config, options: StartOptions = {}): Promise<LocalStatus> {
  const log = options.log ?? (() => {});
  if (!config.neo4j.local) {
    throw new ClaimGraphError("CONFIG_INVALID", "db: NEO4J_URI is set, so ClaimGraph does not start a local Neo4j.");
  }
  const current = await localStatus(config);
  if (current.running) {
    log(`db: local Neo4j already running (pid ${current.pid}) at ${config.neo4j.uri}`);
    return current;
  }
  checkJava();
  if (current.pid === null && (await portAnswers(config.local.boltPort))) {
    throw new ClaimGraphError(
      "PORT_TAKEN",
      `db: port 127.0.0.1:${config.local.boltPort} is already taken by another program; stop it or set NEO4J_BOLT_PORT to a free port.`,
    );
  }
  const classpath = resolveClasspath(config, log);
  fs.mkdirSync(config.local.home, { recursive: true });
  const out = fs.openSync(logFile(config), "a");
  const child = spawn(
    "java",
    [`-Xmx${config.local.heap}`, `-Xms${config.local.heap}`, ...JVM_FLAGS, "-cp", classpath, path.join(launcherDir(config), "Neo4jLauncher.java")],
    {
      cwd: config.root,
      detached: true,
      stdio: ["ignore", out, out],
      env: {
        ...process.env,
        NEO4J_BOLT_PORT: String(config.local.boltPort),
        CLAIMGRAPH_NEO4J_HOME: config.local.home,
        NEO4J_USER: config.neo4j.user,
        NEO4J_PASSWORD: config.neo4j.password,
        NEO4J_TX_TIMEOUT_SECONDS: String(config.local.txTimeoutSeconds),
        NEO4J_TX_MEMORY_MAX: config.local.txMemoryMax,
        NEO4J_PAGECACHE: config.local.pageCache,
      },
    },
  );
  fs.closeSync(out);
  let exited: number | null = null;
  child.once("exit", (code) => {
    exited = code ?? -1;
  });
  child.unref();
  log(`db: starting local Neo4j 5.26 (pid ${child.pid}) on 127.0.0.1:${config.local.boltPort}, data in ${config.local.home}`);

  const deadline = Date.now() + config.local.startTimeoutSeconds * 1000;
  while (Date.now() < deadline) {
    if (exited !== null) {
      const tail = readLogTail(config);
      const code = exited === 3 ? "PORT_TAKEN" : "NEO4J_START_FAILED";
      throw new ClaimGraphError(code, `db: local Neo4j exited during start (code ${exited}): ${tail}`);
    }
    if (readPid(config) === child.pid && (await portAnswers(config.local.boltPort))) {
      log(`db: local Neo4j ready at ${config.neo4j.uri}`);
      return { running: true, pid: child.pid ?? null, uri: config.neo4j.uri, home: config.local.home };
    }
    await sleep(250);
  }
  if (child.pid) killQuietly(child.pid, "SIGKILL");
  throw new ClaimGraphError(
    "NEO4J_START_TIMEOUT",
    `db: local Neo4j did not answer on 127.0.0.1:${config.local.boltPort} within ${config.local.startTimeoutSeconds}s; see ${logFile(config)}.`,
  );
}

/** Stops the local Neo4j gracefully (SIGTERM runs its shutdown hook), SIGKILL after the grace period. */
export async function stopLocalNeo4j(config: Config, options: StartOptions & { graceSeconds?: number } = {}): Promise<boolean> {
  const log = options.log ?? (() => {});
  const pid = readPid(config);
  if (pid === null) {
    log("db: local Neo4j is not running");
    return false;
  }
  killQuietly(pid, "SIGTERM");
  const deadline = Date.now() + (options.graceSeconds ?? 60) * 1000;
  while (processAlive(pid) && Date.now() < deadline) await sleep(200);
  if (processAlive(pid)) {
    log(`db: local Neo4j (pid ${pid}) did not stop in time; killing it`);
    killQuietly(pid, "SIGKILL");
    while (processAlive(pid)) await sleep(100);
  }
  fs.rmSync(pidFile(config), { force: true });
  log(`db: local Neo4j (pid ${pid}) stopped`);
  return true;
}

function readLogTail(config: Config): string {
  try {
    const lines = fs.readFileSync(logFile(config), "utf8").trim().split("\n");
    return lines.filter((l) => l.startsWith("neo4j-launcher:")).pop() ?? lines.slice(-3).join(" ");
  } catch {
    return "no log written";
  }
}

function killQuietly(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // already gone
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

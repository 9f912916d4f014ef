/*
 * Ingests take turns: each holds a lease on one (:IngestLock) node while it plans and writes, so two
 * ingests at once (two CLIs, a CLI and uploads, a watcher) run one after the other and converge to
 * the graph of one sequential run. The lease expires if its holder dies, so a crashed ingest does not
 * block the next one for longer than the lease; a live holder renews it.
 */

import crypto from "node:crypto";
import type { Driver } from "neo4j-driver";

export interface LockOptions {
  /** How long a lease lasts without renewal. */
  leaseMs: number;
  /** How often a waiting ingest asks again. */
  pollMs: number;
  /** Give up waiting after this long. */
  waitMs: number;
  log?: (line: string) => void;
}

export const DEFAULT_LOCK_OPTIONS: LockOptions = { leaseMs: 30_000, pollMs: 250, waitMs: 30 * 60_000 };

// The SET before the read takes the node's write lock first: two ingests asking at once then read
// the holder one after the other, so the second sees the first's lease instead of overwriting it.
const TAKE = `MERGE (l:IngestLock {id: 'ingest'})
  SET l.askedAt = timestamp()
  WITH l WHERE l.holder IS NULL OR l.expires < timestamp() OR l.holder = $me
  SET l.holder = $me, l.expires = timestamp() + $lease
  RETURN l.holder AS holder`;

async function tryTake(driver: Driver, database: string, me: string, lease: number): Promise<boolean> {
  try {
    const { records } = await driver.executeQuery(TAKE, { me, lease }, { database });
    return records.length > 0;
  } catch (error) {
    // Two first-ever MERGEs at once: one meets the other's node under the constraint; ask again.
    if (error instanceof Error && /ConstraintValidation|already exists/i.test(`${(error as { code?: string }).code ?? ""} ${error.message}`)) return false;
    throw error;
  }
}

export async function withIngestLock<T>(driver: Driver, database: string, fn: () => Promise<T>, options: Partial<LockOptions> = {}): Promise<T> {
  const { leaseMs, pollMs, waitMs, log } = { ...DEFAULT_LOCK_OPTIONS, ...options };
  const me = `${process.pid}-${crypto.randomUUID()}`;
  const started = Date.now();
  let told = false;
  while (!(await tryTake(driver, database, me, leaseMs))) {
    if (!told) log?.("ingest: another ingest is writing to this database; waiting for it to finish");
    told = true;
    if (Date.now() - started > waitMs) throw new Error(`ingest: another ingest held the database for over ${Math.round(waitMs / 1000)} s; try again later.`);
    await new Promise((r) => setTimeout(r, pollMs));
  }
  const renew = setInterval(() => {
    driver.executeQuery("MATCH (l:IngestLock {id: 'ingest'}) WHERE l.holder = $me SET l.expires = timestamp() + $lease", { me, lease: leaseMs }, { database }).catch(() => {});
  }, Math.max(1_000, Math.floor(leaseMs / 3)));
  try {
    return await fn();
  } finally {
    clearInterval(renew);
    await driver.executeQuery("MATCH (l:IngestLock {id: 'ingest'}) WHERE l.holder = $me SET l.holder = null, l.expires = null", { me }, { database }).catch(() => {});
  }
}

/*
 * The local Neo4j process killed with SIGKILL in the middle of an ingest that joins a stored graph,
 * then started again: the store recovers from its transaction log, the ingest fails naming the
 * batch, and re-running it converges to the graph of one uninterrupted ingest. Runs against the
 * local Neo4j the suite started itself (there is no process of ours to kill when NEO4J_URI names
 * another server, and the suite says so).
 */

import path from "node:path";
import { loadConfig } from "../../server/src/config";
import { localStatus, startLocalNeo4j } from "../../server/src/db/local-neo4j";
import { isClaimGraphError } from "../../server/src/errors";
import { loadInputs } from "../../server/src/io/load-inputs";
import { ingestFiles } from "../../server/src/services/ingest";
import { dumpGraph } from "../helpers/graph-dump";
import { useEmptyDatabase, wipe } from "../helpers/neo4j";

const db = useEmptyDatabase();
const ours = process.env.CLAIMGRAPH_TEST_STARTED_NEO4J === "1";
if (!ours) process.stderr.write("neo4j-kill: NEO4J_URI names a server this suite did not start; the SIGKILL test is skipped.\n");

(ours ? describe : describe.skip)("the local Neo4j killed with SIGKILL mid-ingest", () => {
  it("should recover on restart, and a re-run of the ingest should converge to the uninterrupted graph", async () => {
    const files = loadInputs(["seeds", path.join("test", "fixtures", "join-corpus")]).files;
    const first = files.filter((_, i) => i % 2 === 0);
    const rest = files.filter((_, i) => i % 2 === 1);
    const deps = { driver: db.driver, database: db.database, judge: null };
    await ingestFiles(files, [], deps);
    const clean = await dumpGraph(db.driver, db.database);

    await wipe(db.driver, db.database);
    await ingestFiles(first, [], deps);
    const config = loadConfig();
    const { pid } = await localStatus(config);
    expect(pid).not.toBeNull();
    let killed = false;
    const failed = await ingestFiles(rest, [], {
      ...deps,
      log: (line) => {
        if (!killed && /^ingest: wrote claims/.test(line)) {
          killed = true;
          process.kill(pid!, "SIGKILL");
        }
      },
    }).catch((e: unknown) => e);
    expect(killed).toBe(true);
    expect(isClaimGraphError(failed, "NEO4J_WRITE_FAILED")).toBe(true);

    await startLocalNeo4j(config);
    // The killed ingest never handed back its lease: the re-run waits for it to expire, then converges.
    await ingestFiles(rest, [], deps);
    expect(await dumpGraph(db.driver, db.database)).toEqual(clean);
  }, 400_000);
});

/*
 * `npm start`: brings up Neo4j (the local one unless NEO4J_URI is set), ingests seeds/, then serves
 * the explorer (API and the built Sigma.js client) on HOST:PORT until SIGINT/SIGTERM, when it
 * closes the server and the driver and stops the local Neo4j it started.
 */

import { runCli } from "./cli";
import { loadConfig } from "../server/src/config";
import { connectNeo4j } from "../server/src/db/connect";
import { ingestPaths } from "../server/src/services/ingest";
import { serve } from "../server/src/main";

const log = (line: string) => process.stderr.write(`${line}\n`);

const EXAMPLES = `
Try these in Cypher (cypher-shell, Neo4j Browser or the driver) against the URI above:

  // Conflicts between outlets, with the reason
  MATCH (s1:Source)-[:PUBLISHED]->(:Document)-[:CONTAINS]->(a:Claim)-[r:CONTRADICTS]->(b:Claim)<-[:CONTAINS]-(:Document)<-[:PUBLISHED]-(s2:Source)
  RETURN s1.name, a.text, s2.name, b.text, r.kind, r.confidence, r.reason ORDER BY r.confidence DESC;

  // Who claims what about an entity
  MATCH (e:Entity {name: 'Ukraine'})<-[:MENTIONS]-(c:Claim)-[:ATTRIBUTED_TO]->(who:Entity)
  RETURN who.name, c.text LIMIT 25;

  // Echoes across outlets
  MATCH (a:Claim)-[r:SUPPORTS]->(b:Claim) RETURN a.outlet, a.text, b.outlet, b.text, r.reason;
`;

runCli("start", async () => {
  const config = loadConfig();
  const driver = await connectNeo4j(config, { log });
  let serving: Awaited<ReturnType<typeof serve>> | null = null;
  try {
    const result = await ingestPaths(["seeds"], { driver, database: config.neo4j.database, log });
    const c = result.counts;
    process.stderr.write(
      `ClaimGraph: ${config.neo4j.uri} (database ${config.neo4j.database}, user ${config.neo4j.user}) holds ` +
        `${c.labels.Document ?? 0} documents, ${c.labels.Claim ?? 0} claims, ${c.labels.Entity ?? 0} entities, ` +
        `${c.relationships.CONTRADICTS ?? 0} CONTRADICTS and ${c.relationships.SUPPORTS ?? 0} SUPPORTS.\n${EXAMPLES}`,
    );
    serving = await serve(config, driver, { stopLocalOnExit: true, log });
  } catch (error) {
    await driver.close();
    throw error;
  }
  const s = serving;
  log(`\nClaimGraph explorer: ${s.url}  (listening on ${config.http.host} only; Ctrl-C stops it${config.neo4j.local ? " and the local Neo4j" : ""})`);
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      log(`start: ${signal}, shutting down…`);
      void s.close().then(resolve);
    };
    process.once("SIGINT", () => stop("SIGINT"));
    process.once("SIGTERM", () => stop("SIGTERM"));
  });
  return 0;
});

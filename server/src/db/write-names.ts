/*
 * The names index an ingest joins by, and the removals that follow an ingest's graph write.
 *
 *   (:Document)-[:NAMES {c, named, lead}]->(:Name {norm, keys})-[:NAME_OF]->(:Entity)
 *   (:Name)-[:KEYED]->(:NameKey {key})
 *
 * `c` is what the document's mentions of the name add up to (entities/resolve.ts), `named` whether
 * the document names it in its text rather than only as a speaker, `lead` whether in its headline or
 * lead (so stories can be regrouped from stored names, without reading the texts again). A name's keys are the ways it can
 * join another name, so the next ingest finds the names its own could join by key lookups.
 * Everything here is MERGE or a delete of what the plan says is gone, so a re-run converges.
 */

import type { Driver } from "neo4j-driver";
import type { NamesPlan } from "../services/join";

async function write(driver: Driver, database: string, cypher: string, params: Record<string, unknown>): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.executeWrite((tx) => tx.run(cypher, params));
  } finally {
    await session.close();
  }
}

const BATCH = 2_000;

async function inBatches<T>(rows: T[], run: (batch: T[]) => Promise<void>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await run(rows.slice(i, i + BATCH));
}

/** Writes the names of `plan` after its graph: documents' contributions, names' keys and entities. */
export async function writeNames(driver: Driver, database: string, plan: NamesPlan): Promise<void> {
  await inBatches(plan.changedDocuments, (ids) => write(driver, database, "UNWIND $ids AS id MATCH (:Document {id: id})-[r:NAMES]->() DELETE r", { ids }));
  await inBatches(plan.names, (rows) =>
    write(
      driver,
      database,
      `UNWIND $rows AS row MERGE (n:Name {norm: row.norm}) SET n.keys = row.keys
       WITH n, row
       OPTIONAL MATCH (n)-[old:NAME_OF]->(e:Entity) WHERE e.id <> row.entity
       DELETE old
       WITH DISTINCT n, row
       MATCH (e:Entity {id: row.entity}) MERGE (n)-[:NAME_OF]->(e)
       WITH n, row
       OPTIONAL MATCH (n)-[k:KEYED]->(key:NameKey) WHERE NOT key.key IN row.keys
       DELETE k
       WITH DISTINCT n, row
       UNWIND row.keys AS key
       MERGE (nk:NameKey {key: key}) MERGE (n)-[:KEYED]->(nk)`,
      { rows },
    ),
  );
  const rows = plan.documentNames.flatMap((d) => d.names.map((n) => ({ document: d.documentId, norm: n.contribution.norm, c: JSON.stringify(n.contribution), named: n.named, lead: n.lead })));
  await inBatches(rows, (batch) =>
    write(driver, database, "UNWIND $rows AS row MATCH (d:Document {id: row.document}) MATCH (n:Name {norm: row.norm}) MERGE (d)-[r:NAMES]->(n) SET r.c = row.c, r.named = row.named, r.lead = row.lead", { rows: batch }),
  );
  await inBatches(plan.entities, (batch) =>
    write(driver, database, "UNWIND $rows AS row MATCH (e:Entity {id: row.id}) SET e.country = row.country", { rows: batch.map((e) => ({ id: e.id, country: e.country })) }),
  );
}

/**
 * After the graph and names are written: removes the documents the plan removes (their claims
 * with them), then whatever is left with nothing: names no document holds, their keys, entities no
 * name resolves to, stories with no document, sources that published and were cited by none.
 */
export async function removeAndTidy(driver: Driver, database: string, plan: { removed: string[]; names: NamesPlan }): Promise<void> {
  const stories: string[] = [];
  if (plan.removed.length > 0) {
    const { records } = await driver.executeQuery("UNWIND $ids AS id MATCH (:Document {id: id})-[:IN_STORY]->(s:Story) RETURN DISTINCT s.id AS id", { ids: plan.removed }, { database });
    stories.push(...records.map((r) => r.get("id") as string));
    const sources = await driver.executeQuery("UNWIND $ids AS id MATCH (:Document {id: id})--(s:Source) RETURN DISTINCT s.id AS id", { ids: plan.removed }, { database });
    await inBatches(plan.removed, (ids) =>
      write(driver, database, "UNWIND $ids AS id MATCH (d:Document {id: id}) OPTIONAL MATCH (d)-[:CONTAINS]->(c:Claim) DETACH DELETE c WITH DISTINCT d DETACH DELETE d", { ids }),
    );
    await write(driver, database, "UNWIND $ids AS id MATCH (s:Source {id: id}) WHERE NOT EXISTS { (s)--(:Document) } DETACH DELETE s", { ids: sources.records.map((r) => r.get("id") as string) });
    await write(driver, database, "UNWIND $ids AS id MATCH (s:Story {id: id}) WHERE NOT EXISTS { (s)<-[:IN_STORY]-(:Document) } DETACH DELETE s", { ids: stories });
  }
  await inBatches(plan.names.closureNorms, (norms) =>
    write(
      driver,
      database,
      `UNWIND $norms AS norm MATCH (n:Name {norm: norm}) WHERE NOT EXISTS { (n)<-[:NAMES]-() }
       OPTIONAL MATCH (n)-[:KEYED]->(k:NameKey)
       DETACH DELETE n
       WITH DISTINCT k WHERE k IS NOT NULL AND NOT EXISTS { (k)<-[:KEYED]-() }
       DELETE k`,
      { norms },
    ),
  );
  await inBatches(plan.names.previousEntities, (ids) =>
    write(driver, database, "UNWIND $ids AS id MATCH (e:Entity {id: id}) WHERE NOT EXISTS { (e)<-[:NAME_OF]-() } DETACH DELETE e", { ids }),
  );
}

/*
 * The database's live vocabulary for the console's completion: labels, relationship types and
 * property keys, read with Neo4j's own introspection procedures in one READ transaction.
 */

import type { Driver } from "neo4j-driver";
import { DatabaseSchemaSchema, type DatabaseSchema } from "../../../graph-schema";
import { readQuery } from "./read-records";

// Each CALL is collected before the next, so an empty list (no relationships yet) still yields a row.
const VOCABULARY = `
CALL db.labels() YIELD label
WITH collect(label) AS labels
CALL db.relationshipTypes() YIELD relationshipType
WITH labels, collect(relationshipType) AS relationshipTypes
CALL db.propertyKeys() YIELD propertyKey
RETURN labels, relationshipTypes, collect(propertyKey) AS propertyKeys`;

const sorted = (names: string[]) => [...names].sort((a, b) => a.localeCompare(b));

export async function readDatabaseSchema(driver: Driver, database: string): Promise<DatabaseSchema> {
  const [row] = await readQuery(driver, database)(VOCABULARY);
  const parsed = DatabaseSchemaSchema.parse(row ?? { labels: [], relationshipTypes: [], propertyKeys: [] });
  return { labels: sorted(parsed.labels), relationshipTypes: sorted(parsed.relationshipTypes), propertyKeys: sorted(parsed.propertyKeys) };
}

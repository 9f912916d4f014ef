/*
 * Cypher constraints and indexes, applied idempotently before any write. constraints.cypher beside
 * this file is the same list for people who run it by hand; a test keeps the two identical.
 */

export const SCHEMA_STATEMENTS: readonly string[] = [
  "CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT story_id IF NOT EXISTS FOR (n:Story) REQUIRE n.id IS UNIQUE",
  "CREATE INDEX document_published IF NOT EXISTS FOR (n:Document) ON (n.published)",
  "CREATE INDEX document_content_hash IF NOT EXISTS FOR (n:Document) ON (n.contentHash)",
  "CREATE INDEX document_file IF NOT EXISTS FOR (n:Document) ON (n.file)",
  "CREATE INDEX source_name IF NOT EXISTS FOR (n:Source) ON (n.name)",
  "CREATE INDEX entity_type IF NOT EXISTS FOR (n:Entity) ON (n.type)",
  "CREATE INDEX claim_document IF NOT EXISTS FOR (n:Claim) ON (n.documentId)",
  "CREATE INDEX story_first_published IF NOT EXISTS FOR (n:Story) ON (n.firstPublished)",
  "CREATE INDEX contradicts_kind IF NOT EXISTS FOR ()-[r:CONTRADICTS]-() ON (r.kind)",
  "CREATE INDEX contradicts_confidence IF NOT EXISTS FOR ()-[r:CONTRADICTS]-() ON (r.confidence)",
  "CREATE INDEX supports_kind IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.kind)",
  "CREATE CONSTRAINT name_norm IF NOT EXISTS FOR (n:Name) REQUIRE n.norm IS UNIQUE",
  "CREATE CONSTRAINT name_key IF NOT EXISTS FOR (n:NameKey) REQUIRE n.key IS UNIQUE",
  "CREATE CONSTRAINT ingest_lock IF NOT EXISTS FOR (n:IngestLock) REQUIRE n.id IS UNIQUE",
  "CREATE FULLTEXT INDEX claim_text IF NOT EXISTS FOR (n:Claim) ON EACH [n.text]",
  "CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText]",
  "CREATE CONSTRAINT verdict_id IF NOT EXISTS FOR (n:Verdict) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT review_target_id IF NOT EXISTS FOR (n:ReviewTarget) REQUIRE n.id IS UNIQUE",
  "CREATE INDEX verdict_target IF NOT EXISTS FOR (n:Verdict) ON (n.targetId)",
  "CREATE INDEX verdict_at IF NOT EXISTS FOR (n:Verdict) ON (n.at)",
  "CREATE INDEX contradicts_id IF NOT EXISTS FOR ()-[r:CONTRADICTS]-() ON (r.id)",
  "CREATE INDEX supports_id IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.id)",
];

/** Names of the full-text indexes, for `db.index.fulltext.queryNodes`. */
export const FULLTEXT_INDEXES = { claims: "claim_text", entities: "entity_names" } as const;

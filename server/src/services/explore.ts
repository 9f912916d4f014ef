/*
 * The explorer's use cases, free of Express and Cypher: the reads behind each view (a claim,
 * entity or document that does not exist is NOT_FOUND), the read-only console and the vocabulary
 * its editor completes (cached for a few seconds, dropped on upload), uploads (input files with
 * manifest entries, through the same ingest as the CLI, then the read store told the graph
 * changed), and exports of the capped graph payload as JSON, GEXF or GraphML.
 */

import type {
  ClaimDetail,
  ConflictList,
  ConflictsQuery,
  CypherRequest,
  CypherResponse,
  DatabaseSchema,
  EntityDetail,
  ExportQuery,
  Figures,
  FiguresQuery,
  GraphPayload,
  GraphQuery,
  Overview,
  ReaderDocument,
  SearchQuery,
  SearchResult,
  Stats,
  StoriesQuery,
  StoryList,
  UploadRequest,
  UploadResponse,
} from "../../../graph-schema";
import { runReadOnlyCypher, type ConsoleOptions } from "../db/cypher-console";
import { readDatabaseSchema } from "../db/database-schema";
import type { ReadStore } from "../db/read";
import { ClaimGraphError } from "../errors";
import type { InputFile } from "../nlp/pipeline";
import { disputedFigures } from "./figures";
import { ingestFiles, type IngestDeps } from "./ingest";

export interface ExportFile {
  body: string;
  /** The Content-Type to send it with. */
  type: string;
  /** The file name's extension. */
  ext: string;
}

export interface Explorer {
  stats(): Promise<Stats>;
  overview(): Promise<Overview>;
  graph(filters: GraphQuery): Promise<GraphPayload>;
  conflicts(filters: ConflictsQuery): Promise<ConflictList>;
  figures(query: FiguresQuery): Promise<Figures>;
  stories(filters: StoriesQuery): Promise<StoryList>;
  claim(id: string): Promise<ClaimDetail>;
  entity(id: string): Promise<EntityDetail>;
  /** A document's text with its claims as spans, for the article reader. */
  document(id: string): Promise<ReaderDocument>;
  search(query: SearchQuery): Promise<SearchResult>;
  /** `signal` aborts the query in Neo4j as well (the client went away). */
  cypher(request: CypherRequest, signal?: AbortSignal): Promise<CypherResponse>;
  /** Labels, relationship types and property keys in use, for the console's completion. */
  schema(): Promise<DatabaseSchema>;
  /** Ingests the documents; answers once the read store serves the graph that includes them. */
  upload(body: UploadRequest): Promise<UploadResponse>;
  export(filters: GraphQuery, format: ExportQuery["format"]): Promise<ExportFile>;
}

export interface ExplorerDeps extends IngestDeps {
  store: ReadStore;
  console?: ConsoleOptions;
  /** How long a read of the database's vocabulary is reused; DEFAULT_SCHEMA_TTL_MS when omitted. */
  schemaTtlMs?: number;
}

/** Short: completion stays fresh while a burst of editor sessions shares one read. */
export const DEFAULT_SCHEMA_TTL_MS = 5_000;

/** The upload's documents as input files; a manifest entry only for documents that carry metadata. */
export function uploadFiles(body: UploadRequest): InputFile[] {
  const enc = new TextEncoder();
  return body.documents.map((d) => ({
    name: d.name,
    bytes: enc.encode(d.text),
    manifest:
      d.outlet || d.url || d.title || d.published || d.via
        ? {
            file: d.name,
            outlet: d.outlet ?? null,
            url: d.url ?? null,
            title: d.title ?? null,
            published: d.published ?? null,
            precision: d.published ? (d.published.length === 10 ? "day" : d.published.length === 7 ? "month" : "year") : null,
            via: d.via ?? null,
            language: "en",
          }
        : null,
  }));
}

/** Ingests an upload (without touching any read cache: see createExplorer for that). */
export async function uploadDocuments(body: UploadRequest, deps: IngestDeps): Promise<UploadResponse> {
  const result = await ingestFiles(uploadFiles(body), [], deps);
  // The upload's own documents, their claims and every relation they take part in, stored ones included.
  const mine = new Set(result.documentIds);
  const claims = new Set(result.graph.claims.filter((c) => mine.has(c.documentId)).map((c) => c.id));
  return {
    documents: mine.size,
    claims: claims.size,
    relations: result.graph.relations.filter((r) => claims.has(r.source) || claims.has(r.target)).length,
    diagnostics: result.diagnostics,
  };
}

export function createExplorer(deps: ExplorerDeps): Explorer {
  const { store } = deps;
  const found = <T>(what: string, id: string, value: T | null): T => {
    if (value === null) throw new ClaimGraphError("NOT_FOUND", `explore: no ${what} ${id}.`);
    return value;
  };
  let vocabulary: { at: number; value: Promise<DatabaseSchema> } | null = null;
  return {
    stats: () => store.stats(),
    overview: () => store.overview(),
    graph: (filters) => store.graph(filters),
    conflicts: (filters) => store.conflicts(filters),
    figures: (query) => disputedFigures(store, query),
    stories: (filters) => store.stories(filters),
    claim: async (id) => found("claim", id, await store.claim(id)),
    entity: async (id) => found("entity", id, await store.entity(id)),
    document: async (id) => found("document", id, await store.document(id)),
    search: ({ q, limit }) => store.search(q, limit),
    cypher: ({ query, params }, signal) => runReadOnlyCypher(deps.driver, deps.database, query, params, deps.console, signal),
    schema() {
      const now = Date.now();
      if (!vocabulary || now - vocabulary.at > (deps.schemaTtlMs ?? DEFAULT_SCHEMA_TTL_MS)) {
        const value = readDatabaseSchema(deps.driver, deps.database);
        // A failed read is not kept: the next request tries again.
        value.catch(() => {
          if (vocabulary?.value === value) vocabulary = null;
        });
        vocabulary = { at: now, value };
      }
      return vocabulary.value;
    },
    async upload(body) {
      const summary = await uploadDocuments(body, deps);
      vocabulary = null;
      // The store re-reads the graph's version at most once a second; the uploader must see its
      // documents at once, so its cached answers and search index go now.
      store.invalidate();
      return summary;
    },
    export: async (filters, format) => exportGraph(await store.graph(filters), format),
  };
}

const xml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function exportGraph(g: GraphPayload, format: ExportQuery["format"]): ExportFile {
  if (format === "json") return { body: JSON.stringify(g, null, 2), type: "application/json", ext: "json" };
  if (format === "gexf") {
    const nodes = g.nodes.map((n) => `      <node id="${xml(n.id)}" label="${xml(n.label)}"><attvalues><attvalue for="kind" value="${n.kind}"/></attvalues></node>`);
    const edges = g.edges.map((e) => `      <edge id="${xml(e.id)}" source="${xml(e.source)}" target="${xml(e.target)}" label="${e.type}"><attvalues><attvalue for="type" value="${e.type}"/>${e.attributes.confidence !== undefined ? `<attvalue for="confidence" value="${e.attributes.confidence}"/>` : ""}</attvalues></edge>`);
    return {
      type: "application/gexf+xml",
      ext: "gexf",
      body: `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="directed">
    <attributes class="node"><attribute id="kind" title="kind" type="string"/></attributes>
    <attributes class="edge"><attribute id="type" title="type" type="string"/><attribute id="confidence" title="confidence" type="double"/></attributes>
    <nodes>
${nodes.join("\n")}
    </nodes>
    <edges>
${edges.join("\n")}
    </edges>
  </graph>
</gexf>
`,
    };
  }
  const nodes = g.nodes.map((n) => `    <node id="${xml(n.id)}"><data key="label">${xml(n.label)}</data><data key="kind">${n.kind}</data></node>`);
  const edges = g.edges.map((e) => `    <edge id="${xml(e.id)}" source="${xml(e.source)}" target="${xml(e.target)}"><data key="type">${e.type}</data>${e.attributes.reason ? `<data key="reason">${xml(String(e.attributes.reason))}</data>` : ""}</edge>`);
  return {
    type: "application/graphml+xml",
    ext: "graphml",
    body: `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="kind" for="node" attr.name="kind" attr.type="string"/>
  <key id="type" for="edge" attr.name="type" attr.type="string"/>
  <key id="reason" for="edge" attr.name="reason" attr.type="string"/>
  <graph edgedefault="directed">
${nodes.join("\n")}
${edges.join("\n")}
  </graph>
</graphml>
`,
  };
}

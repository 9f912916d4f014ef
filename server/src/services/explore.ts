/*
 * The explorer's use cases, free of Express and Cypher: uploads become input files with manifest
 * entries and go through the same ingest as the CLI; exports turn the capped graph payload into
 * JSON, GEXF or GraphML.
 */

import type { GraphPayload, UploadRequest } from "../../../graph-schema";
import type { InputFile } from "../nlp/pipeline";
import { ingestFiles, type IngestDeps } from "./ingest";

export interface UploadSummary {
  documents: number;
  claims: number;
  relations: number;
  diagnostics: Array<{ file: string; code: string; message: string; severity: string }>;
}

export async function uploadDocuments(body: UploadRequest, deps: IngestDeps): Promise<UploadSummary> {
  const enc = new TextEncoder();
  const files: InputFile[] = body.documents.map((d) => ({
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
  const result = await ingestFiles(files, [], deps);
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

const xml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function exportGraph(g: GraphPayload, format: "json" | "gexf" | "graphml"): { body: string; type: string; ext: string } {
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

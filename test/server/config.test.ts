/*
 * loadConfig on given environments: the local defaults, NEO4J_URI switching to a server of one's
 * own (with its password required), the local home per bolt port, empty variables read as unset,
 * and CONFIG_INVALID naming each bad variable.
 */

import path from "node:path";
import { DEFAULT_LOCAL_PASSWORD, loadConfig } from "../../server/src/config";
import { ClaimGraphError } from "../../server/src/errors";

const ROOT = path.resolve("/srv/claimgraph");

function invalid(env: Record<string, string>): ClaimGraphError {
  try {
    loadConfig(env, ROOT);
  } catch (error) {
    if (error instanceof ClaimGraphError && error.code === "CONFIG_INVALID") return error;
    throw error;
  }
  throw new Error("expected CONFIG_INVALID");
}

describe("loadConfig", () => {
  it("should default to a local Neo4j on loopback with the local password", () => {
    const c = loadConfig({}, ROOT);
    expect(c.neo4j).toEqual({ uri: "bolt://127.0.0.1:7687", user: "neo4j", password: DEFAULT_LOCAL_PASSWORD, database: "neo4j", local: true });
    expect(c.local.home).toBe(path.join(ROOT, ".data", "neo4j"));
    expect(c.http).toEqual({ host: "127.0.0.1", port: 3000 });
  });

  it("should keep each bolt port's local Neo4j in its own folder", () => {
    const c = loadConfig({ NEO4J_BOLT_PORT: "7704", CLAIMGRAPH_DATA_DIR: ".data/test" }, ROOT);
    expect([c.neo4j.uri, c.local.home]).toEqual(["bolt://127.0.0.1:7704", path.join(ROOT, ".data", "test", "neo4j-7704")]);
  });

  it("should use a named server, never a local one, and require its password", () => {
    const c = loadConfig({ NEO4J_URI: "neo4j://db.example:7687", NEO4J_PASSWORD: "s3cret" }, ROOT);
    expect(c.neo4j).toMatchObject({ uri: "neo4j://db.example:7687", password: "s3cret", local: false });
    invalid({ NEO4J_URI: "neo4j://db.example:7687" });
  });

  it("should read an empty variable as unset", () => {
    expect(loadConfig({ NEO4J_URI: "", PORT: "" }, ROOT).neo4j.local).toBe(true);
  });

  it("should name every bad variable", () => {
    const error = invalid({ PORT: "eighty", NEO4J_HEAP: "lots" });
    expect(error.message).toMatch(/PORT/);
    expect(error.message).toMatch(/NEO4J_HEAP/);
  });
});

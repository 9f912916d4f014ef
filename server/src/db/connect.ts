/*
 * One way to get a working driver: with NEO4J_URI unset, start the local Neo4j when it is not
 * running; with NEO4J_URI set, use that server and never start anything. Either way the server is
 * asked once before the driver is handed out, so callers fail with a clear sentence.
 */

import type { Driver } from "neo4j-driver";
import type { Config } from "../config";
import { createDriver, verifyNeo4j } from "./driver";
import { startLocalNeo4j } from "./local-neo4j";

export async function connectNeo4j(config: Config, options: { startLocal?: boolean; log?: (line: string) => void } = {}): Promise<Driver> {
  if (config.neo4j.local && options.startLocal !== false) await startLocalNeo4j(config, { log: options.log });
  const driver = createDriver(config.neo4j);
  try {
    await verifyNeo4j(driver, config.neo4j);
  } catch (error) {
    await driver.close();
    throw error;
  }
  return driver;
}

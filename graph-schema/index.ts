/*
 * graph-schema: ClaimGraph's contract. zod schemas and their inferred types for every node and
 * relationship, the label and type vocabulary, and the Cypher constraints. Imports only zod.
 */

export * from "./labels";
export * from "./graph";
export * from "./ids";
export * from "./manifest";
export * from "./constraints";
export * from "./api";
export * from "./cypher";
export * from "./review";
export * from "./figures";
export * from "./reader";
export * from "./stories";

/*
 * Lint: typescript-eslint's recommended rules plus the one-way import arrows of the architecture:
 * graph-schema imports only zod; server and client never import each other; inside server, nlp
 * touches neither Express nor Neo4j, and db, nlp and services never import routes.
 */
const tseslint = require("typescript-eslint");
const importPlugin = require("eslint-plugin-import");

module.exports = tseslint.config(
  { ignores: ["node_modules/**", "dist/**", ".data/**", "coverage/**", "client/dist/**", "*.config.js", "scripts/bootstrap.js"] },
  ...tseslint.configs.recommended,
  {
    plugins: { import: importPlugin },
    rules: {
      "@typescript-eslint/no-require-imports": "off",
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            { target: "./graph-schema", from: ["./server", "./client", "./scripts", "./test"], message: "graph-schema is the contract: it imports only zod." },
            { target: "./server", from: ["./client", "./scripts"], message: "server never imports client or scripts." },
            { target: "./client", from: ["./server", "./scripts"], message: "client talks to the server over HTTP only." },
            { target: "./server/src/nlp", from: ["./server/src/db", "./server/src/routes", "./server/src/services", "./server/src/io"], message: "nlp is pure: no database, HTTP or file system." },
            { target: ["./server/src/db", "./server/src/services", "./server/src/nlp"], from: "./server/src/routes", message: "routes sit on top; nothing below imports them." },
          ],
        },
      ],
      "no-restricted-imports": ["error", { paths: [] }],
    },
  },
  {
    files: ["graph-schema/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ regex: "^(?!zod$|\\./).*", message: "graph-schema imports only zod." }] }],
    },
  },
  {
    files: ["server/src/nlp/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: ["neo4j-driver", "express", "node:fs", "fs", "node:http", "node:net", "node:child_process"].map((name) => ({ name, message: "nlp is pure: no I/O." })) },
      ],
    },
  },
);

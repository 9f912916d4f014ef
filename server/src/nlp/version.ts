/*
 * The engine's version: stored on every relation and stance it writes (`engine`), so a reader can
 * tell which engine found an edge and `npm run relink` can say how many edges an older engine made.
 * Bump it with any change to extraction, resolution, stories or the rules that changes their output.
 */

export const ENGINE_VERSION = "2026.11.8";

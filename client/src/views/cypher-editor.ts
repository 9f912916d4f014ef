/*
 * The console's query editor: CodeMirror 6 with Neo4j's Cypher support (highlighting, a syntax
 * check while typing, completion of keywords, functions and the live labels, relationship types
 * and property keys). Ctrl/Cmd-Enter runs; an error the server places in the query is underlined
 * there beside the editor's own diagnostics, and the result pane says where.
 */

import { forEachDiagnostic, setDiagnostics, type Diagnostic } from "@codemirror/lint";
import { Prec } from "@codemirror/state";
import { EditorView, keymap } from "@codemirror/view";
import { createCypherEditor, type EditorApi } from "@neo4j-cypher/codemirror";
import type { DatabaseSchema, QueryPosition } from "../../../graph-schema/cypher";
import { h } from "./dom";

export interface CypherEditor {
  element: HTMLElement;
  value(): string;
  setValue(query: string): void;
  setSchema(schema: DatabaseSchema): void;
  /** Underlines the token at `position` with the server's message (until the text changes). */
  markError(position: QueryPosition, message: string): void;
  focus(): void;
}

/** The server's mark, told apart from the editor's own syntax check by its class. */
export const SERVER_ERROR_CLASS = "cm-server-error";

/** From `offset` to the end of the word there, at least one character, inside the text. */
function tokenAt(text: string, offset: number): { from: number; to: number } {
  const from = Math.max(0, Math.min(offset, text.length - 1));
  let to = from;
  while (to < text.length && /[\p{L}\p{N}_$`]/u.test(text[to]!)) to += 1;
  return { from, to: Math.max(to, Math.min(from + 1, text.length)) };
}

export function cypherEditor(initial: string, on: { run(): void; change(query: string): void }): CypherEditor {
  const element = h("div", { id: "cypher-editor" });
  // 1.0.3's typings say it returns the editor API; the code returns it wrapped as { editor }.
  const { editor } = createCypherEditor(element, {
    value: initial,
    autofocus: false,
    lint: true,
    lineWrapping: true,
    theme: "light",
    placeholder: "MATCH (n) RETURN n LIMIT 10",
    preExtensions: [Prec.highest(keymap.of([{ key: "Mod-Enter", run: () => (on.run(), true) }]))],
  }) as unknown as { editor: EditorApi };
  const view = editor.codemirror;
  view.contentDOM.id = "cypher-query";
  editor.onValueChanged((value) => on.change(value));
  return {
    element,
    value: () => view.state.doc.toString(),
    setValue: (query) => editor.setValue(query),
    // Neo4j's editor support wants labels and types with their colon, as Neo4j Browser passes them.
    setSchema: (schema) =>
      editor.setSchema({ labels: schema.labels.map((l) => `:${l}`), relationshipTypes: schema.relationshipTypes.map((t) => `:${t}`), propertyKeys: schema.propertyKeys }),
    markError(position, message) {
      const { from, to } = tokenAt(view.state.doc.toString(), position.offset);
      const kept: Diagnostic[] = [];
      forEachDiagnostic(view.state, (d, dFrom, dTo) => {
        if (d.markClass !== SERVER_ERROR_CLASS) kept.push({ ...d, from: dFrom, to: dTo });
      });
      const mark: Diagnostic = { from, to, severity: "error", source: "Neo4j", markClass: SERVER_ERROR_CLASS, message };
      view.dispatch(setDiagnostics(view.state, [...kept, mark]), { effects: EditorView.scrollIntoView(from, { y: "nearest" }) });
    },
    focus: () => view.focus(),
  };
}

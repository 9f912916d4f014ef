/*
 * The hover card Sigma draws over a hovered node: its label wrapped over several lines in a white
 * box, so a claim's whole text (the reducers put it in place of the short label) can be read where
 * the node is, instead of running off the stage on one line.
 */

import type { NodeHoverDrawingFunction } from "sigma/rendering";

/** Characters per line: about a third of the stage at the default label size. */
export const HOVER_LINE_CHARS = 64;
/** Lines drawn at most; a longer text ends with an ellipsis (the detail panel has all of it). */
export const HOVER_MAX_LINES = 6;

/** `text` broken at spaces into lines of at most `max` characters; a longer word is cut. */
export function wrapLines(text: string, max = HOVER_LINE_CHARS, maxLines = HOVER_MAX_LINES): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    for (let w = word; w.length > 0; w = w.slice(max)) {
      const piece = w.slice(0, max);
      if (line && line.length + 1 + piece.length > max) {
        lines.push(line);
        line = piece;
      } else line = line ? `${line} ${piece}` : piece;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.slice(0, max - 1)}…`;
  return kept;
}

const PADDING = 4;

export const drawWrappedHover: NodeHoverDrawingFunction = (context, data, settings) => {
  const { labelSize: size, labelFont: font, labelWeight: weight } = settings;
  context.font = `${weight} ${size}px ${font}`;
  const lines = typeof data.label === "string" ? wrapLines(data.label) : [];
  const lineHeight = size + 3;
  const width = Math.max(0, ...lines.map((l) => context.measureText(l).width));
  const left = data.x + data.size + 3;
  const top = data.y - (lines.length * lineHeight) / 2 - PADDING;

  context.fillStyle = "#fff";
  context.shadowBlur = 8;
  context.shadowColor = "#000";
  context.beginPath();
  context.arc(data.x, data.y, data.size + 2, 0, Math.PI * 2);
  context.fill();
  if (lines.length) context.fillRect(left, top, width + 2 * PADDING, lines.length * lineHeight + 2 * PADDING);
  context.shadowBlur = 0;

  context.fillStyle = settings.labelColor.color ?? "#000";
  lines.forEach((l, i) => context.fillText(l, left + PADDING, top + PADDING + (i + 1) * lineHeight - 3));
};

import { frameOf } from "../server/src/nlp/claims/frames";
import { findQuantities } from "../server/src/nlp/claims/quantities";
import { ownerOf } from "../server/src/nlp/claims/extract";
for (const t of process.argv.slice(2)) {
  for (const q of findQuantities(t, 0, t.length, { ownerOf })) console.log(JSON.stringify(q.text), q.measure, JSON.stringify(frameOf(t, { start: 0, end: t.length }, q)));
}

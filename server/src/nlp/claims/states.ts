/*
 * States and assessments a claim asserts, as opposing classes: ended vs ongoing, succeeded vs
 * failed, advancing vs retreating, rising vs falling, many or few who turned out. A negation just before the cue ("has not
 * ended") moves the feature to the opposite class, so "not over" and "ongoing" compare equal.
 * The cue lists are general English aspect and evaluation verbs, not any one story's words.
 */

export const STATE_CLASSES = ["end", "ongoing", "success", "failure", "advance", "retreat", "increase", "decrease", "intact", "damaged", "open", "closed", "turnout-high", "turnout-low", "violated", "honoured", "freed", "held", "left", "present"] as const;
export type StateClass = (typeof STATE_CLASSES)[number];

export const OPPOSITE: Record<StateClass, StateClass> = {
  end: "ongoing",
  ongoing: "end",
  success: "failure",
  failure: "success",
  advance: "retreat",
  retreat: "advance",
  increase: "decrease",
  decrease: "increase",
  intact: "damaged",
  damaged: "intact",
  open: "closed",
  closed: "open",
  "turnout-high": "turnout-low",
  "turnout-low": "turnout-high",
  violated: "honoured",
  honoured: "violated",
  freed: "held",
  held: "freed",
  left: "present",
  present: "left",
};

/** Agreements a side keeps or breaks; a truce in any of its names is one. */
export const AGREEMENTS: Record<string, string> = { ceasefire: "truce", "cease-fire": "truce", truce: "truce", armistice: "truce", agreement: "agreement", accord: "agreement", deal: "agreement", pact: "agreement", treaty: "treaty" };

/** "violating the truce", "in violation of the ceasefire": a verb of keeping or breaking with the agreement it is about. */
function kept(verbs: string[]): string[] {
  // One alternation of verbs and one of agreements (a cue is a pattern, its spaces any space): a
  // list of every combination made the pattern thousands of phrases long and slow on every claim.
  return [`(?:${verbs.join("|")}) (?:(?:the|a|its|their) )?(?:${Object.keys(AGREEMENTS).join("|")})`];
}

/** "high turnout", "high voter turnout", "high participation", and their plurals. */
function turnout(adjectives: string[]): string[] {
  return adjectives.flatMap((adj) => ["turnout", "turnouts", "voter turnout", "voter turnouts", "participation"].map((n) => `${adj} ${n}`));
}

const CUES: Record<StateClass, string[]> = {
  end: [
    "ended", "has ended", "had ended", "is over", "was over", "completed", "completion of", "complete liberation", "concluded",
    "ceased", "finished", "expelled", "fully expelled", "cleared", "completely cleared", "liberated", "liberation of", "pushed out",
    "driven out", "ousted", "ending", "terminated", "total expulsion", "eliminated",
  ],
  ongoing: ["ongoing", "continue", "continues", "continuing", "continued", "still", "remain", "remains", "persist", "persists", "underway", "under way", "not over"],
  success: ["succeeded", "successful", "success", "victory", "victorious", "won", "achieved", "effective", "triumph"],
  failure: ["failed", "failure", "unsuccessful", "defeat", "fiasco", "collapsed", "failed completely", "inability", "unable"],
  // Not "captured"/"seized": as often a prisoner ("a captured pilot") as ground.
  advance: ["advanced", "advancing", "advances", "gained ground", "took control", "taken control", "pushed into", "broke through", "breakthrough"],
  retreat: ["retreated", "retreating", "retreats", "withdrew", "withdrawn", "pulled back", "pushed back", "fell back", "lost ground", "lost control"],
  increase: ["increased", "increases", "rose", "risen", "grew", "surged", "soared", "intensified", "escalated"],
  decrease: ["decreased", "decreases", "fell", "dropped", "declined", "shrunk", "shrank", "plummeted", "eased", "dulled"],
  // The condition of a structure: a dam, a bridge, a building, a plant.
  intact: ["intact", "undamaged", "unscathed", "still standing", "structurally sound"],
  damaged: ["damaged", "destroyed", "collapsed", "breached", "razed", "demolished", "wrecked", "flattened", "burned down", "gutted"],
  // Whether a road, crossing, border or facility is in use. "Open" alone is too often "an open letter".
  open: ["is open", "was open", "are open", "were open", "remained open", "remains open", "remain open", "stayed open", "stays open", "kept open", "reopened", "open to traffic", "operating normally", "functioning normally"],
  closed: ["closed", "shut", "shut down", "sealed off", "cordoned off", "blocked"],
  // How many took part in a vote, a strike or a rally. Not "deserted" or "stayed away" alone: deserted
  // streets and workers who stay away are a strike's success; only voters stay away from the polls.
  "turnout-high": [
    ...turnout(["overwhelming", "massive", "huge", "high", "higher", "highest", "heavy", "record", "strong", "large"]),
    "overwhelming response", "flocked to the polls", "turned out in droves", "turned out in large numbers", "turned out in huge numbers",
    "turned out in massive numbers", "turned out in record numbers",
  ],
  "turnout-low": [
    ...turnout(["low", "lower", "lowest", "poor", "weak", "light", "thin", "sparse", "meagre", "meager", "dismal"]),
    "stayed away from the polls", "staying away from the polls", "stay away from the polls", "stays away from the polls",
    "stayed away from polling stations", "staying away from polling stations", "empty polling stations",
  ],
  // Whether a side keeps an agreement: "violating the ceasefire" against "observing the ceasefire".
  violated: kept(["violated", "violating", "violates", "violate", "violation of", "violations of", "breached", "breaching", "breaches", "broke", "breaking", "flouted", "flouting"]),
  honoured: kept(["observed", "observing", "observes", "observe", "respected", "respecting", "respects", "abided by", "abiding by", "abides by", "adhered to", "adhering to", "adheres to", "complied with", "complying with", "complies with", "honoured", "honouring", "honored", "honoring", "upheld", "upholding"]),
  // Whether a person is free or held: "was released" against "remains in detention".
  // Passive forms only: a person is released; a film "is scheduled to be released", a firm "released a statement".
  freed: [
    ...["was", "were", "been"].flatMap((v) => [`${v} released`, `${v} freed`, `${v} set free`]),
    "walked free", "released from custody", "released from detention", "released from prison", "released from jail",
  ],
  held: [
    ...["remains", "remain", "remained", "is still", "was still", "are still", "were still", "still"].flatMap((v) => ["in detention", "in custody", "in jail", "in prison", "behind bars"].map((w) => `${v} ${w}`)),
    "still detained", "still held", "still jailed", "still imprisoned", "remains jailed", "remains detained", "remains imprisoned",
  ],
  // Whether forces are still in a place: "have withdrawn from Lesk" against "remain in Lesk".
  left: ["withdrawn from", "withdrew from", "pulled out of", "pulled out from", "pulled back from", "retreated from", "have left", "has left", "had left"],
  present: ["remain in", "remains in", "remained in", "are still in", "were still in", "still stationed in", "stationed in", "still deployed in", "remain deployed in", "still present in", "remain present in"],
};

export interface StateFeature {
  cls: StateClass;
  /** The cue words as they stand in the content. */
  cue: string;
  /** Offset of the cue inside the content. */
  at: number;
  negated: boolean;
}

const PATTERNS: Array<[StateClass, RegExp]> = (Object.keys(CUES) as StateClass[]).map((cls) => [
  cls,
  // Not the first half of a compound: "closed-door talks", "shut-in".
  new RegExp(`\\b(${CUES[cls].sort((a, b) => b.length - a.length).map((c) => c.replace(/ /g, "\\s+")).join("|")})\\b(?![-‐])`, "gi"),
]);

const NEGATION_BEFORE = /\b(not|no|never|n't|hasn't|haven't|hadn't|didn't|won't|cannot|can't|nor|without|neither)\b(?:\s+\S+){0,2}\s*$/i;

export function stateFeatures(content: string): StateFeature[] {
  const out: StateFeature[] = [];
  for (const [cls, re] of PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(content)) !== null) {
      const before = content.slice(Math.max(0, m.index - 30), m.index);
      const negated = NEGATION_BEFORE.test(before);
      out.push({ cls: negated ? OPPOSITE[cls] : cls, cue: m[0], at: m.index, negated });
    }
  }
  // Overlapping cues of one class ("failed completely" and "failed") keep the longest. One word may
  // stand in two classes: "collapsed" is a failure (talks) and damage (a dam).
  out.sort((a, b) => a.at - b.at || b.cue.length - a.cue.length);
  return out.filter((f, i) => !out.slice(0, i).some((g) => g.cls === f.cls && f.at >= g.at && f.at < g.at + g.cue.length));
}

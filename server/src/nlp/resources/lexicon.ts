/*
 * General English lexicons for news text: titles and roles that mark people, head words that mark
 * organisations and places, reporting verbs, hedges, negations and denial cues, and the crude stemmers
 * the engine matches words with. Closed-class and domain-general lists only; no names of people,
 * places or events. Measure words stay with the quantity reader (claims/quantities.ts).
 *
 * Some lists exist twice on purpose: the relation judge's cue lists (JUDGE_*) and its stemmer are
 * frozen, because the weights in server/models were trained on the features they produce. They
 * differ from the engine's lists in a few words; edit them only together with retraining the judge.
 */

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Capitalised titles that precede a person's name ("President", "General"). */
export const TITLES = words(`
  president vice prime minister secretary general gen lieutenant colonel col major maj captain capt admiral
  commander chief marshal sergeant governor senator congressman congresswoman representative mayor chancellor
  king queen prince princess pope ambassador envoy spokesman spokeswoman spokesperson professor prof dr mr mrs ms
  judge justice chairman chairwoman chair director deputy acting leader premier foreign defense defence interior
  press state former ex- then- sheikh emir president-elect commander-in-chief head cardinal bishop patriarch
  analyst expert activist journalist correspondent consultant observer researcher economist diplomat lawyer coordinator
  candidate
`);

/** Role nouns that can stand as a speaker ("the expert said", "officials estimate"). */
export const ROLE_NOUNS = words(`
  analyst analysts expert experts observer observers official officials source sources spokesman spokeswoman
  spokesperson scientist scientists economist economists minister ministry government authorities authority
  military army commander commanders general generals staff agency office administration president leader
  activist activists researcher researchers lawyer lawyers diplomat diplomats journalist journalists witness
  witnesses resident residents police prosecutor prosecutors professor consultant critic critics kremlin
  politician lawmakers lawmaker legislator legislators regime command headquarters opposition guard coastguard
  officer officers representative representatives envoy envoys negotiator negotiators investigator investigators
  doctor doctors medic medics rescuer rescuers embassy mission campaign spokespeople aide aides adviser advisers
  advisor advisors insider insiders monitor monitors inspector inspectors
`);

/**
 * Common nouns that open sentences as subjects ("Police said", "Organisers estimated"): capitalised
 * there by position, never a name on their own, even in a text that never writes them in lower case.
 */
export const GENERIC_SUBJECTS = words(`
  police officials authorities residents witnesses troops soldiers protesters protestors demonstrators
  organisers organizers analysts experts observers monitors investigators prosecutors rescuers firefighters
  doctors medics volunteers lawmakers researchers scientists critics activists journalists reporters workers
  staff government engineers locals villagers farmers students teachers voters shoppers passengers officers paramedics
`);

/** Last words that make a capitalised span an organisation. */
export const ORG_HEADS = words(`
  ministry ministries institute institution foundation agency corps council directorate forces force army navy
  guard party company corporation corp inc ltd group union alliance organization organisation office department
  service services bank fund committee commission university college school court parliament assembly senate
  congress duma cabinet government administration command staff priorities house post journal times news press
  network media tv radio channel daily herald tribune telegraph guardian gazette review weekly monthly bureau
  authority board centre center society association federation league club movement front brigade battalion
  regiment division unit units troops intelligence police security initiative program programme project
  republic kremlin pentagon watch mission groups unions agencies organizations organisations charity charities
`);

/** Words after a name that make it a place ("X region", "X Oblast"). */
export const PLACE_HEADS = words(`
  region oblast province district county city town village state territory republic krai okrug area border
  peninsula island islands river sea ocean mountains valley capital municipality governorate
`);

/**
 * Lower-case particles inside a person's name, written as words of their own ("Pieter van Houten",
 * "Karim bin Nadir", "Luis de Vera"); written or left out as the writer pleases.
 */
export const NAME_PARTICLES = words(`al el bin ibn bint abu van von der den ter ten zu de da di del della dos das du des la le`);

/** Prepositions before a name that hint at a place. */
export const PLACE_PREPOSITIONS = words(`in into from near across toward towards to around outside inside at via through`);

/**
 * Reporting verbs and phrases, in their inflected forms, that attach a content clause to a speaker.
 * Value: the lemma shown to users.
 */
const REPORTING = `
  say says said saying|say
  claim claims claimed claiming|claim
  state states stated|state
  report reports reported|report
  announce announces announced|announce
  declare declares declared|declare
  note notes noted|note
  insist insists insisted insisting|insist
  assert asserts asserted|assert
  tell tells told|tell
  inform informs informed|inform
  warn warns warned|warn
  confirm confirms confirmed|confirm
  deny denies denied|deny
  add adds added|add
  estimate estimates estimated|estimate
  argue argues argued|argue
  suggest suggests suggested|suggest
  believe believes believed|believe
  write writes wrote|write
  admit admits admitted|admit
  acknowledge acknowledges acknowledged|acknowledge
  emphasize emphasizes emphasized emphasise emphasises emphasised|emphasize
  stress stresses stressed|stress
  explain explains explained|explain
  allege alleges alleged|allege
  counter counters countered|counter
  maintain maintains maintained|maintain
  contend contends contended|contend
  recall recalls recalled|recall
  conclude concludes concluded|conclude
  predict predicts predicted|predict
  think thinks thought|think
  point points pointed|point out
  accuse accuses accused|accuse
  concede concedes conceded|concede
  reiterate reiterates reiterated|reiterate
  summarize summarizes summarized summarise summarised|summarize
`;

export const REPORTING_VERBS = new Map<string, string>();
for (const line of REPORTING.trim().split("\n")) {
  const [forms, lemma] = line.trim().split("|");
  for (const f of forms!.split(/\s+/)) REPORTING_VERBS.set(f, lemma!);
}

/** Lemmas whose content clause is asserted false by the speaker. */
export const DENIAL_LEMMAS = new Set(["deny", "reject", "refute", "dismiss", "dispute"]);
/** Lemmas that present the content as an answer to an opposing claim. */
export const COUNTER_LEMMAS = new Set(["counter", "contend", "insist", "maintain"]);

/** Denial constructions: "rejected claims that P", "denied reports that P", "dismissed allegations that P", "denied allegations regarding P". */
export const DENIAL_PATTERN =
  /\b(?:(?:flatly|categorically|strongly|firmly|vehemently|emphatically|repeatedly|again|also|swiftly|quickly|angrily)\s+)?(rejected|rejects|reject|denied|denies|deny|refuted|refutes|dismissed|dismisses|disputed|disputes|rebuffed|rebuts|rebutted|(?:there\s+(?:was|is)\s+)?no\s+truth\s+(?:to|in))\s+(?:the\s+)?(?:(?:[\p{L}'’-]+\s+){0,2}?(?:claims?|reports?|allegations?|assertions?|statements?|suggestions?|accusations?|assessments?|rumou?rs?)(?:\s+(?:by|from|of|in)\s+[^,.;"“”]{1,60}?(?=\s+that\b))?(?:\s+(?:regarding|about|concerning|over|of)(?=\s))?)?\s*(?:that\s+)?/iu;

export const HEDGES = words(`
  may might could possibly perhaps probably likely unlikely allegedly reportedly apparently seemingly
  supposedly presumably purportedly suspected estimated approximately roughly unconfirmed unverified
`);

/** Negation words a claim's own polarity is read from (claims/extract.ts). */
export const NEGATIONS = words(`not no never neither nor none nobody nothing n't cannot without`);

/**
 * Negations that stop a clause from asserting a proposition (relations: "X did not pay anyone" does
 * not assert what a denial rejects). Narrower than NEGATIONS: "nothing" and "neither" often negate
 * another part of the sentence.
 */
const ASSERTION_NEGATIONS = ["not", "no", "never", "nobody", "none", "without"];
export const ASSERTION_NEGATION = new RegExp(String.raw`\b(?:${ASSERTION_NEGATIONS.join("|")})\b|n['’]t\b`, "i");

/** Future, conditional and forecast wording: "will sell", "could reach", "is expected to", "forecast". */
export const FORECAST =
  /\b(?:will|would|could|might|may|shall|expects?|expected|forecasts?|forecasted|predicts?|predicted|projects?|projected|estimates?|likely|anticipates?|anticipated|if|targets?)\b/i;

export const STOPWORDS = words(`
  a an the and or but if then else when while where which who whom whose what why how that this these those it
  its they them their there here he she his her him we our us you your i me my of in on at to for from by with
  about as into over after before under between through during against among per than also just only even
  very more most much many some any all both each few other such no not nor so too can will would shall should
  may might must could do does did done be is are was were been being have has had having one two three
  according however meanwhile moreover furthermore additionally previously later now today yesterday since
  despite although though because also still yet again already ever following during amid under
  within regarding concerning given unlike like instead overall finally first second third last next
`);

export const MONTHS = words(`january february march april may june july august september october november december`);
/** Month names and their wire abbreviations ("Sept 15", "Oct. 9"). */
export const MONTH_WORDS = new Set([...MONTHS, ...words(`jan feb mar apr jun jul aug sep sept oct nov dec`)]);
export const WEEKDAYS = words(`monday tuesday wednesday thursday friday saturday sunday`);

/*
 * The relation judge's lists (server/src/nlp/judge). Frozen with its trained weights: see the header.
 */
const judgeWords = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

/** The judge's function words, left out of overlap (kept as features where their presence matters). */
export const JUDGE_FUNCTION_WORDS = judgeWords(
  `a an the and or but of in on at to for from by with as into onto over under is are was were be been being
   it its this that these those there here he she they his her their him them we our you your i me my
   has have had do does did will would shall should can could may might must than then so such
   which who whom whose what when where while also just very about up down out off`,
);

/** The judge's negations: NEGATIONS plus "nowhere", without "n't" (its tokenizer turns that into "not"). */
export const JUDGE_NEGATIONS = new Set(["not", "no", "never", "nobody", "none", "nothing", "neither", "nor", "nowhere", "without", "cannot"]);

/** Words that call something false, fake or denied. */
export const JUDGE_REFUTES = judgeWords(
  `fake fraud fraudulent hoax false falsely deny denies denied denial debunk debunked debunks bogus doubt doubts
   doubtful prank pranks retract retracted retraction untrue refute refuted refutes misleading lie lies lying
   dismiss dismissed dismisses incorrect inaccurate satire satirical fabricated fabrication baseless unfounded
   myth wrong contrary contradict contradicted disputed dispute reject rejected rejects phony spoof nonsense
   erroneous mistaken never nope rubbish hoaxes scam`,
);

/** The judge's hedges: HEDGES' idea, but with reporting words ("claims", "according") that mark hearsay in an article. */
export const JUDGE_HEDGES = judgeWords(
  `allegedly alleged reportedly apparently claim claims claimed rumor rumors rumour rumours rumored unconfirmed
   unverified appear appears appeared seem seems seemed may might could purportedly purported possibly
   supposedly suggest suggests suggested speculation speculate speculated believe believed reports reported
   report according sources source unclear if whether perhaps likely`,
);

/** Words that present something as established. */
export const JUDGE_CONFIRMS = judgeWords(
  `confirm confirmed confirms confirmation official officially announced announces revealed reveals verified
   indeed true truly proved proves proof evidence statement admitted admits acknowledged`,
);

/*
 * Stemmers. Each matches inflections for one purpose and none is Porter; they differ because their
 * callers were tuned (or, for the judge, trained) on them.
 */

/** The judge's stem, by ordered suffix stripping: "denied", "denies" and "deny" meet. */
export function judgeStem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith("ies") && w.length > 4) return w.slice(0, -3) + "y";
  if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) w = w.slice(0, -1);
  for (const suffix of ["ingly", "edly", "ing", "ed", "ly"]) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      // "stopped" -> "stopp" -> "stop"; "making" -> "mak" -> "make" is not attempted.
      if (w.length > 3 && w[w.length - 1] === w[w.length - 2] && !"lsz".includes(w[w.length - 1]!)) w = w.slice(0, -1);
      break;
    }
  }
  if (w.endsWith("e") && w.length > 4) w = w.slice(0, -1);
  return w;
}

/** A name word's stem: plurals only, so "Ministries" meets "Ministry" and nothing else moves. */
export function nameStem(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

/** One inflectional ending off: "seized" → "seiz", "reports" → "report". Both relation stemmers build on it. */
function suffixStem(word: string): string {
  return word.replace(/(?:ing|ed|es|s)$/, "");
}

/** A content word's stem for word overlap between claims; short words (four letters or fewer) stay whole. */
export function contentStem(word: string): string {
  return word.length > 4 ? suffixStem(word) : word;
}

/** Common irregular past forms in news prose, to their base: "paid" meets "paying". */
export const IRREGULAR_PAST: Readonly<Record<string, string>> = {
  paid: "pay", held: "hold", took: "take", taken: "take", made: "make", sold: "sell", bought: "buy", told: "tell", left: "leave",
  fled: "flee", shot: "shoot", struck: "strike", won: "win", lost: "lose", sent: "send", built: "build", fought: "fight",
  caught: "catch", brought: "bring", began: "begin", begun: "begin", stole: "steal", stolen: "steal", hid: "hide", hidden: "hide",
  spent: "spend", gave: "give", given: "give", kept: "keep", met: "meet", ran: "run", led: "lead", beaten: "beat", broke: "break",
  broken: "break", chose: "choose", chosen: "choose", drove: "drive", driven: "drive", fell: "fall", fallen: "fall", knew: "know",
  known: "know", sank: "sink", sunk: "sink", threw: "throw", thrown: "throw", wrote: "write", written: "write", bribed: "bribe",
};

/**
 * A stem that meets across inflections of a verb phrase, for matching a denied proposition with its
 * assertion: "paying" → "pay", "paid" → "pay", "stopped" → "stop", "strikes" → "strik". Any word
 * length; a doubled final letter and a base's final e are undone.
 */
export function propositionStem(word: string): string {
  const stem = IRREGULAR_PAST[word] ?? suffixStem(word).replace(/(.)\1$/, "$1");
  // "strike", "strikes", "striking" and "struck" meet once a base's final e is dropped too.
  return stem.length > 3 ? stem.replace(/e$/, "") : stem;
}

/** The first letters of a word, enough to tie "seized" to "seizure" around a figure. */
export function prefixStem(word: string): string {
  return word.slice(0, 5);
}

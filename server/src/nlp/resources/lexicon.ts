/*
 * General English lexicons for news text: titles and roles that mark people, head words that mark
 * organisations and places, reporting verbs, hedges, negations and denial cues. Closed-class and
 * domain-general lists only; no names of people, places or events.
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
  republic kremlin pentagon watch mission
`);

/** Words after a name that make it a place ("X region", "X Oblast"). */
export const PLACE_HEADS = words(`
  region oblast province district county city town village state territory republic krai okrug area border
  peninsula island islands river sea ocean mountains valley capital municipality governorate
`);

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

/** Denial constructions: "rejected claims that P", "denied reports that P", "dismissed allegations that P". */
export const DENIAL_PATTERN =
  /\b(rejected|rejects|reject|denied|denies|deny|refuted|refutes|dismissed|dismisses|disputed|disputes|rebuffed|rebuts|rebutted)\s+(?:the\s+)?(?:claims?|reports?|allegations?|assertions?|statements?|suggestions?|accusations?|assessments?|rumou?rs?)?\s*(?:that\s+)?/i;

export const HEDGES = words(`
  may might could possibly perhaps probably likely unlikely allegedly reportedly apparently seemingly
  supposedly presumably purportedly suspected estimated approximately roughly unconfirmed unverified
`);

export const NEGATIONS = words(`not no never neither nor none nobody nothing n't cannot without`);

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

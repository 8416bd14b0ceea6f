/**
 * General English newsroom vocabulary used to read attributions. Nothing here
 * names a person or an outlet: these are the words reporters use around quotes
 * in any story.
 */

/** Builds the inflected forms of a regular verb ("stress" -> stresses, stressed, stressing). */
function inflect(base: string): string[] {
  const forms = [base];
  if (/[^aeiou]y$/.test(base)) forms.push(base.slice(0, -1) + "ies", base.slice(0, -1) + "ied", base + "ing");
  else if (base.endsWith("e")) forms.push(base + "s", base + "d", base.slice(0, -1) + "ing");
  else if (/(s|sh|ch|x|z)$/.test(base)) forms.push(base + "es", base + "ed", base + "ing");
  else forms.push(base + "s", base + "ed", base + "ing");
  return forms;
}

const REGULAR_SPEECH_VERBS = [
  "add", "state", "note", "argue", "claim", "warn", "insist", "assert", "declare", "announce", "explain",
  "remark", "comment", "continue", "stress", "emphasize", "emphasise", "underscore", "acknowledge", "admit",
  "concede", "contend", "maintain", "reply", "respond", "retort", "tweet", "post", "urge", "vow", "pledge",
  "promise", "predict", "suggest", "complain", "denounce", "condemn", "describe", "accuse", "allege", "recall",
  "conclude", "tout", "defend", "deny", "confirm", "reject", "dismiss", "testify", "boast", "quip", "caution",
  "observe", "reiterate", "affirm", "counter", "lament", "criticize", "criticise", "decry", "blast", "slam",
  "question", "ask", "answer", "demand", "threaten", "repeat", "mention", "report", "detail", "clarify",
  "highlight", "point", "agree", "disagree", "protest", "object", "exclaim", "recount", "joke", "plead",
  "proclaim", "assure", "advise", "inform", "brief", "signal", "concur", "characterize",
  "characterise", "call", "express", "voice", "notify",
  // Reporting verbs of translated wire copy (French "estimer", "indiquer", "juger", "préciser", "souligner").
  "estimate", "indicate", "judge", "specify", "underline", "deplore", "consider",
  // Tabloid and feature copy ("Hegseth fumed", "she scoffed").
  "fume", "scoff", "chide", "muse", "vent", "thunder", "seethe", "bristle", "gush", "rail",
];

const IRREGULAR_SPEECH_VERBS = [
  "say", "says", "said", "saying", "tell", "tells", "told", "telling", "write", "writes", "wrote", "written",
  "writing", "speak", "speaks", "spoke", "speaking", "tweeted", "posted", "admitted", "admitting",
  "regretted", "omitted", "read", "reads", "replied", "replying", "denied", "denying", "testified", "testifying",
  // Verbs that double their last consonant: "slammed", "quipped", "snapped".
  "slammed", "slamming", "quipped", "quipping", "snapped", "snapping", "jabbed", "ripped", "blurted",
];

/** Verbs that introduce or close a direct or partial quotation. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  ...REGULAR_SPEECH_VERBS.flatMap(inflect),
  ...IRREGULAR_SPEECH_VERBS,
]);

/**
 * For each first letter a - z, a bit per length of the reporting verbs that
 * start with it. Attribution asks "is this a reporting verb?" of nearly every
 * word near a quote; most words fail this check without hashing a string.
 */
const SPEECH_VERB_SHAPES = (() => {
  const shapes = new Int32Array(26);
  for (const v of SPEECH_VERBS) {
    const c = v.charCodeAt(0) - 97;
    // A verb outside a-z or over 30 letters would not fit: let every word through.
    if (c < 0 || c >= 26 || v.length > 30) return null;
    shapes[c]! |= 1 << v.length;
  }
  return shapes;
})();

/** False when no reporting verb starts with this (lowercase) char code at this length. */
export function mayBeSpeechVerb(firstCode: number, length: number): boolean {
  if (!SPEECH_VERB_SHAPES) return true;
  const c = firstCode - 97;
  return c >= 0 && c < 26 && length <= 30 && (SPEECH_VERB_SHAPES[c]! & (1 << length)) !== 0;
}

/** SPEECH_VERBS.has(lower) for a lowercase word, answering most "no"s from the shape table. */
export function isSpeechVerbWord(lower: string): boolean {
  return mayBeSpeechVerb(lower.charCodeAt(0), lower.length) && SPEECH_VERBS.has(lower);
}

/** Verbs whose object is a name for something, not words someone said ("designated X as “terrorists”"). */
export const TERM_CUES = /\b(?:so-called|the (?:term|word|phrase|label|name)s?|dubbed|termed|labell?ed|labell?ing|branded|branding|known as|designated|designating|nicknamed|coined)\s*$/i;

/**
 * Adverbs, auxiliaries and time words that can sit between a speaker and the
 * verb ("Rubio also said", "Petro has previously denounced", "X on Tuesday said").
 */
export const BETWEEN_SUBJECT_AND_VERB: ReadonlySet<string> = new Set([
  "also", "has", "have", "had", "previously", "later", "earlier", "again", "then", "repeatedly", "once",
  "further", "separately", "subsequently", "reportedly", "publicly", "privately", "recently", "already",
  "first", "last", "on", "this", "week", "month", "year", "today", "yesterday", "tonight", "would", "will",
  "had", "is", "was", "were", "are", "did", "does", "do", "not", "never", "just", "flatly", "angrily",
  "bluntly", "simply", "quickly", "openly", "told", "monday", "tuesday", "wednesday", "thursday", "friday",
  "saturday", "sunday", "still", "long", "has", "often", "frequently", "similarly", "likewise", "herself",
  "himself", "themselves", "itself", "however", "too", "though", "meanwhile",
]);

/** Words that, written in capitals, still do not begin a name ("But Petro said", "On Tuesday Rubio said"). */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  "but", "and", "or", "so", "yet", "however", "meanwhile", "also", "then", "the", "a", "an", "in", "on", "at",
  "after", "before", "when", "while", "asked", "as", "according", "still", "now", "earlier", "later", "instead",
  "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "you", "his", "her", "their", "its",
  "our", "last", "next", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
  "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "speaking", "responding", "addressing", "during", "since", "despite", "following", "amid", "under", "over",
  "with", "without", "for", "from", "to", "by", "if", "though", "although", "because", "one", "two", "three",
  "four", "five", "six", "seven", "eight", "nine", "ten", "separately", "there", "here", "what", "who",
  "which", "where", "why", "how", "yes", "no", "not", "in a", "of", "said", "says", "writing", "today",
  "yesterday", "tonight", "reuters", "ap", "afp", "afterwards", "afterward", "elsewhere", "previously",
]);

/** Introductory words: a sentence starting with one of these has its subject after the first comma. */
export const INTRO_WORDS: ReadonlySet<string> = new Set([
  "in", "on", "at", "after", "before", "when", "while", "asked", "as", "during", "since", "despite",
  "following", "earlier", "later", "last", "meanwhile", "however", "separately", "still", "yet", "instead",
  "then", "under", "over", "amid", "speaking", "responding", "addressing", "writing", "according", "for",
  "from", "with", "without", "by", "if", "although", "though", "because", "two", "three", "four", "five",
  "days", "hours", "weeks", "months", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
  "sunday", "on", "pressed", "questioned", "interviewed", "unlike", "like", "to", "once", "echoing", "citing", "quoting", "contradicting", "rebutting",
]);

/** Pronouns that can stand for a speaker named earlier. */
export const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(["he", "she", "they", "it", "we", "i"]);

/** People who speak on someone else's behalf: the quote is attributed to the principal they speak for. */
export const SPOKESPERSON_NOUNS = /^(?:spokes(?:man|woman|person|people|men|women)|representatives?|press secretary|aides?|envoys?|mouthpiece)$/i;

/**
 * Lower-case nouns and modifiers that can build a speaker phrase without a
 * proper name ("a senior administration official", "the defense ministry").
 */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  "spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen", "representative",
  "representatives", "aide", "aides", "envoy", "official", "officials", "source", "sources", "minister", "prefect",
  "ministry", "ministers", "secretary", "department", "office", "agency", "government", "administration",
  "military", "army", "navy", "command", "embassy", "police", "prosecutors", "prosecutor", "lawyer",
  "lawyers", "attorney", "attorneys", "analyst", "analysts", "expert", "experts", "diplomat", "diplomats",
  "statement", "president", "leader", "chief", "commander", "general", "admiral", "officer", "officers",
  "critic", "affairs", "foreign", "crowd", "opposition",
  "senior", "former", "retired", "top", "deputy", "acting", "foreign", "defense", "defence", "interior",
  "press", "security", "intelligence", "national", "federal", "state", "local", "regional", "white",
  "house", "presidential", "palace", "group", "groups", "committee", "council", "court", "judge", "union",
  "coalition", "movement", "party", "campaign", "company", "firm", "watchdog", "regulator", "monitor",
  "organization", "organisation", "authorities", "authority", "observers", "activists", "activist",
  "witnesses", "witness", "residents", "resident", "survivors", "relatives", "families", "family",
  "investigators", "investigator", "legislators", "lawmakers", "lawmaker", "senator", "congressman",
  "congresswoman", "governor", "mayor", "ambassador", "adviser", "advisor", "advisers", "advisors",
  "counsel", "consul", "us", "u.s.", "un", "eu", "uk", "navy's", "military's", "pentagon", "administration's",
  "government's", "one", "another", "two", "three", "several", "some", "many", "other", "european",
  "american", "british", "french", "colombian", "venezuelan", "mexican", "canadian", "dutch", "spanish",
  "german", "chinese", "russian", "cuban", "brazilian", "latin", "western", "military", "legal", "human",
  "rights", "health", "news", "outlet", "agency's", "ministry's", "head", "director", "members", "member",
  "the", "affairs", "policy", "prime", "vice", "general", "attorney", "navy", "coast", "guard", "border",
  "chairman", "chairwoman", "chair", "professor", "priest", "pastor", "bishop", "coordinator", "captain", "colonel",
]);

/** Heads that make a speaker phrase an institution rather than a person. */
export const INSTITUTION_HEADS = /^(?:ministry|department|office|agency|government|administration|military|army|navy|command|embassy|police|committee|council|court|union|coalition|movement|party|campaign|company|firm|watchdog|regulator|organi[sz]ation|authorities|authority|statement|group|groups|house|palace|pentagon|state|kremlin|commission|assembly|nations|forces|force|guard|service|services|bureau|institute|centre|center|foundation|network|cartel|times|post|journal|news|press|media|tv|radio|unit|board|parliament|congress|senate|legislature|secretariat|ministries|departments|agencies|governments|governments|school|university|college|academy|hospital|clinic|trust)$/i;

/**
 * Title words that precede a person's name ("French Foreign Minister Jean-Noël
 * Barrot"); the speaker's name as written starts after the last of them.
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  "prof", "prof.", "rev", "rev.", "revd", "cllr",
  "president", "vice", "prime", "minister", "secretary", "foreign", "defense", "defence", "interior",
  "attorney", "general", "gen", "gen.", "gov", "gov.", "governor", "senator", "sen", "sen.", "rep", "rep.",
  "representative", "ambassador", "adm", "adm.", "admiral", "rear", "col", "col.", "colonel", "lt", "lt.",
  "lieutenant", "commander", "cmdr", "cmdr.", "chief", "director", "prefect", "spokesman", "spokeswoman", "king",
  "queen", "pope", "chancellor", "mayor", "judge", "justice", "speaker", "leader", "commissioner", "high",
  "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.", "sheikh", "deputy", "senior", "former", "acting",
  "retired", "the", "first", "lady", "sir", "dame", "lord", "sgt", "sgt.", "capt", "capt.", "captain", "maj",
  "maj.", "major", "private", "pvt.", "envoy", "special", "un", "u.n.", "us", "u.s.", "eu", "nato", "state",
  "house", "white", "majority", "minority", "whip", "chairman", "chairwoman", "chair", "ceo", "head",
  "interim", "de", "facto", "opposition", "finance", "trade", "economy", "health", "justice", "energy",
  "homeland", "security", "national", "adviser", "advisor", "press", "counsel", "solicitor", "supreme",
  "marshal", "field", "air", "vice-president", "prime-minister", "secretary-general", "rapporteur",
  "commissioner", "human", "rights", "colombian", "french", "dutch", "british", "canadian", "mexican",
  "venezuelan", "american", "panamanian", "spanish", "german", "italian", "brazilian", "cuban", "chinese",
  "russian", "ukrainian", "israeli", "iranian", "european", "grenadian", "trinidadian", "peruvian",
  "ecuadorian", "argentine", "chilean", "honduran", "guatemalan", "salvadoran", "nicaraguan", "haitian",
  "dominican", "jamaican", "australian", "japanese", "indian", "pakistani", "turkish", "egyptian",
  "saudi", "emirati", "qatari", "irish", "scottish", "welsh", "polish", "swedish", "norwegian", "danish",
  "finnish", "belgian", "swiss", "austrian", "portuguese", "greek", "councillor", "councilor", "councilman",
  "councilwoman", "alderman", "alderwoman", "assemblyman", "assemblywoman", "congressman", "congresswoman",
  "mp", "mep", "msp", "mla", "prof", "prof.", "professor",
]);

/** Lower-case particles that may sit inside a personal name ("Cartel de los Soles", "Ursula von der Leyen"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  "de", "del", "della", "di", "da", "dos", "das", "do", "du", "la", "le", "los", "las", "van", "von", "der",
  "den", "ter", "bin", "bint", "ibn", "al", "el", "y", "e", "of", "for", "and",
]);

/** Prepositional heads that introduce where something was said. */
export const VENUE_HEAD = /\b(?:in (?:an?|the|his|her|their|its) (?:(?:exclusive|televised|recorded|video|radio|television|tv|phone|telephone|written|joint|separate|emailed|e-mailed|brief|lengthy|rare|new|earlier|later|wide-ranging|social[- ]media|online|official|weekly|daily|nationally televised)\s+)*(?:interview|email|e-mail|statement|speech|post|tweet|address|letter|press release|news conference|press conference|briefing|video|broadcast|op-ed|message|note|podcast|remarks|testimony|hearing|call|conversation|appearance|report|memo|filing|thread|sermon|rally)s?|from (?:an?|the|his|her) [a-z]|on the sidelines of|at (?:an?|the|his|her) (?:[a-z-]+ )*?(?:news conference|press conference|briefing|rally|summit|meeting|event|hearing|ceremony|forum|conference|gathering|session|dinner|airport|base|airbase|event)|after (?:the |a |an |his |her )?(?:meeting|meetings|talks|visiting|meeting with|a meeting|summit)|during (?:an?|the|his|her) (?:[a-z-]+ )*?(?:visit|trip|meeting|interview|briefing|speech|hearing|session|call|news conference|press conference|summit|debate|rally|address|appearance|event)|on (?:x|twitter|facebook|instagram|telegram|truth social|social media|television|state television|national television|tv|radio)\b)/iy;

/** Unnamed groups of people: "U.S. officials said" names nobody, so the quote has no identified speaker. */
export const ANONYMOUS_HEADS = /^(?:officials?|sources?|experts?|analysts?|diplomats?|lawmakers?|legislators?|residents?|witnesses|witness|observers?|activists?|critics?|people|officers?|investigators?|prosecutors?|lawyers?|specialists?|members?|aides?|advisers?|advisors?|insiders?|staff|staffers?|relatives|families|survivors?|crowds?|protesters|demonstrators|supporters|marchers|chants?)$/i;

/**
 * US states and their AP abbreviations: "Sen. X of Maryland" and "Rep. X, D-Calif." describe
 * where a person is from; the place is never the speaker.
 */
export const US_STATES: ReadonlySet<string> = new Set([
  "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
  "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
  "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska",
  "nevada", "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio",
  "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas",
  "utah", "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming", "puerto rico",
]);

/** A party-state tag after a lawmaker's name: "D-Calif.", "R-Texas", "I-Vt.". */
export const PARTY_STATE_TAG = /^(?:[DRI]|Dem|Rep|Ind)[-\u2013][A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?$/;

/** Social platforms: after "on"/"via" ("in a post on X") they are where words appeared, never who said them. */
export const PLATFORMS = /^(?:x|twitter|facebook|instagram|telegram|truth social|tiktok|youtube|threads|bluesky|whatsapp|weibo|substack|linkedin|reddit|snapchat|signal|mastodon)$/i;

/** Heads that keep "<Head> of <Place>" one name ("Islamic Republic of Iran", "Bank of England"). */
export const OF_NAME_HEADS = /^(?:republic|kingdom|states|emirates|islands|federation|commonwealth|union|bank|church|college|district|province|county|city|port|gulf|sea|bay|cape|isle|duchy|league|association|society|order|chamber|people|nation|museum|library|archbishop|duke|duchess|prince|princess|earl|bishop)$/i;

/** Possessives and articles that open a noun phrase naming a person ("His colleague X", "Her deputy, X"). */
export const SUBJECT_OPENERS: ReadonlySet<string> = new Set(["his", "her", "their", "its", "our", "the", "a", "an"]);

/** Nouns that name a person by their relation to someone ("his colleague", "her deputy", "their lawyer"). */
export const RELATIONAL_NOUNS: ReadonlySet<string> = new Set([
  "colleague", "counterpart", "deputy", "successor", "predecessor", "rival", "ally", "boss", "partner", "wife",
  "husband", "son", "daughter", "mother", "father", "brother", "sister", "friend", "neighbour", "neighbor",
  "cousin", "widow", "widower", "opponent", "challenger", "fellow", "colleagues", "niece", "nephew", "uncle",
  "aunt", "fiancée", "fiance", "fiancé", "employer", "employee", "teammate", "classmate", "mentor", "protégé",
  "running", "mate", "second-in-command",
]);

/** What words are issued in: "a statement read by X" is the document's reader, not its author. */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  "statement", "statements", "letter", "message", "communique", "communiqué", "release", "note", "memo",
  "declaration", "speech", "address", "text", "remarks", "testimony", "transcript", "report", "post",
]);

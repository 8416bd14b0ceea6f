/**
 * Definite descriptions as speakers ("the Colombian leader", "the command", "Defence
 * Secretary", "the statement"). A description is never a canonical speaker: it stands for an
 * actor the article has already named, found by the description's head noun (and its
 * nationality or office modifiers) among the titles of people and the head nouns of bodies.
 */
import { COUNTRIES, type CountryEntry } from "../actors/countries";
import type { ExtractedActor } from "../types";
import { fullNameGender } from "../given-name";
import { statedGender } from "./gender";
import { ANONYMOUS_HEADS, TITLE_WORDS } from "./lexicon";

export type Description = {
  /** The noun the description is about ("leader", "command", "secretary", "statement"). */
  head: string;
  /** Lower-case modifiers that must hold of the actor ("defence" in "the Defence Secretary"). */
  modifiers: string[];
  /** The country a nationality modifier names ("Colombian" -> Colombia). */
  country: CountryEntry | null;
  /** "the statement", "the release": stands for whoever issued the latest document. */
  document: boolean;
};

/** Documents whose issuer a later "the statement said" refers back to. */
const DOCUMENT_HEADS = /^(?:statement|release|communiqu[eé]|post|letter|message|note|readout|declaration|notice|memo)$/;

const OFFICE_ABBREVIATIONS: Readonly<Record<string, string>> = { PM: "prime", FM: "foreign" };
const GENDER_HEADS: Readonly<Record<string, string>> = { woman: "woman", man: "man", lady: "woman", gentleman: "man" };

/** Offices held by people: a description with one of these heads stands for a person (spokespeople speak for a principal: read elsewhere). */
const PERSON_HEADS =
  /^(?:woman|man|leader|president|minister|secretary|ambassador|admiral|general|commander|chief|director|envoy|senator|governor|mayor|premier|chancellor|king|queen|ombuds(?:man|woman|person)|prosecutor|attorney|judge|chair(?:man|woman)?|head|counsel|professor|priest|pastor|bishop|coordinator|captain|colonel)$/;

/** Heads of bodies a description can stand for ("the command", "the embassy", "the ministry"). */
const BODY_HEADS =
  /^(?:command|embassy|ministry|department|agency|navy|army|military|coast guard|guard|office|administration|directorate|bureau|service|commission|council|committee|court|government|secretariat|authority|force|forces|police|presidency|palace|mission|consulate|company|group|organi[sz]ation)$/;

/** What a generic head may stand for: "the leader" is a president or a prime minister, "the agency" a directorate. */
const WIDER: Record<string, readonly string[]> = {
  leader: ["president", "prime minister", "premier", "chancellor", "head of state", "head of government", "king", "queen", "leader"],
  head: ["head", "director", "chief", "leader"],
  agency: ["agency", "directorate", "administration", "bureau", "service", "office", "department", "authority", "commission"],
  ministry: ["ministry", "department", "secretariat"],
};

/** Modifiers that say nothing about which actor is meant. */
const IDLE_MODIFIERS: ReadonlySet<string> = new Set([
  "former", "top", "new", "senior", "outgoing", "incoming", "current", "then", "acting", "veteran", "embattled",
  "country's", "country\u2019s", "nation's", "nation\u2019s", "same", "two", "three", "brief", "short", "written",
  "emailed", "separate", "joint", "official", "latest", "earlier", "later", "first", "second", "military",
]);

const COUNTRY_BY_WORD = new Map<string, CountryEntry>();
for (const c of COUNTRIES) for (const w of [c.name, ...c.aliases, ...c.demonyms]) COUNTRY_BY_WORD.set(w.toLowerCase(), c);
COUNTRY_BY_WORD.set("us", COUNTRY_BY_WORD.get("united states")!);
COUNTRY_BY_WORD.set("u.s.", COUNTRY_BY_WORD.get("united states")!);
COUNTRY_BY_WORD.set("american", COUNTRY_BY_WORD.get("united states")!);
COUNTRY_BY_WORD.set("uk", COUNTRY_BY_WORD.get("united kingdom")!);
COUNTRY_BY_WORD.set("u.k.", COUNTRY_BY_WORD.get("united kingdom")!);
COUNTRY_BY_WORD.set("british", COUNTRY_BY_WORD.get("united kingdom")!);

/**
 * Read a speaker phrase as a definite description, or null when it is a name or an anonymous
 * source. "the Colombian leader" -> {head: leader, country: Colombia}; "Defence Secretary" (a
 * title with no name after it) -> {head: secretary, modifiers: [defence]}.
 */
export function readDescription(phrase: string): Description | null {
  const circumlocution = officeCircumlocution(phrase);
  if (circumlocution) return circumlocution;
  // "the prime minister's spokesman", "the boy's mother": a relation to someone, read elsewhere.
  if (/[\u2019']s?\s/.test(phrase.replace(/\b(?:country|nation)[\u2019']s\s/gi, ""))) return null;
  const words = phrase.trim().split(/\s+/);
  const definite = /^the$/i.test(words[0] ?? "");
  if (definite) words.shift();
  if (!words.length || words.length > 5) return null;
  let head = words[words.length - 1]!.toLowerCase();
  if (ANONYMOUS_HEADS.test(head)) return null;
  // "the PM", "the FM": a prime or foreign minister.
  const abbreviated = OFFICE_ABBREVIATIONS[words[words.length - 1]!];
  if (abbreviated && (definite || words.length === 1)) return { head: "minister", modifiers: [abbreviated], country: null, document: false };
  // "the woman", "added the man": the person of that gender named last.
  if (definite && GENDER_HEADS[head]) head = GENDER_HEADS[head]!;
  const document = DOCUMENT_HEADS.test(head);
  const person = PERSON_HEADS.test(head);
  if (!document && !person && !BODY_HEADS.test(head)) return null;
  // Without "the", only a bare title ("Defence Secretary") is a description: "Navy" alone is a name.
  if (!definite && !(person && words.every((w) => TITLE_WORDS.has(w.toLowerCase()) || COUNTRY_BY_WORD.has(w.toLowerCase())))) return null;
  let country: CountryEntry | null = null;
  const modifiers: string[] = [];
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i]!;
    const lower = w.toLowerCase();
    const nation = COUNTRY_BY_WORD.get(lower);
    if (nation && /^\p{Lu}/u.test(w)) {
      country = nation;
      continue;
    }
    // A capitalised word that is neither a title nor a nationality is a proper name: "the Pentagon press office".
    if (/^\p{Lu}/u.test(w) && !TITLE_WORDS.has(lower)) return null;
    if (!IDLE_MODIFIERS.has(lower)) modifiers.push(lower);
  }
  return { head, modifiers, country, document };
}

/**
 * Offices named by what they do, as translated wire copy names them (Spanish "el jefe de Estado",
 * French "le chef de la diplomatie française"): "the head of state" is the leader, "the head of
 * the French diplomacy" the foreign minister.
 */
function officeCircumlocution(phrase: string): Description | null {
  const m = /^(?:the\s+)?(?:(\p{Lu}[\p{L}.]*)\s+)?head\s+of\s+(?:the\s+)?(?:(\p{Lu}[\p{L}.]*)\s+)?(state|government|diplomacy)$/iu.exec(phrase.trim());
  if (!m) return null;
  const nation = m[1] ?? m[2];
  const country = nation ? COUNTRY_BY_WORD.get(nation.toLowerCase()) ?? null : null;
  if (nation && !country) return null;
  // A foreign minister's titles rarely name the country ("the Minister for Foreign Affairs, X"): the office alone decides.
  return m[3]!.toLowerCase() === "diplomacy" ? { head: "minister", modifiers: ["foreign"], country: null, document: false } : { head: "leader", modifiers: [], country, document: false };
}

/** Titles the article and the registry give a person: "Defence Secretary", "President of Colombia", "the US secretary of state". */
export function titlesOf(text: string, actor: ExtractedActor): string {
  const parts: string[] = actor.role ? [actor.role] : [];
  for (const m of actor.mentions) {
    const before = text.slice(Math.max(0, m.start - 100), m.start);
    const run = /((?:\p{Lu}[\p{L}.\u2019'-]*\s+(?:(?:of|for|the)\s+)*){1,5})$/u.exec(before);
    if (run) parts.push(run[1]!);
    // "the committee's chairman, Sen. X": the appositive may precede the name's own titles.
    const appositive = /\b(?:the|a|an)\s+([^,.;:\u201c\u201d"\n]{2,80}?),\s*(?:\p{Lu}[\p{L}]*\.?\s+){0,3}$/iu.exec(before);
    if (appositive) parts.push(appositive[1]!);
    const after = /^,\s+(?:the|a|an)\s+([^,.;:\u201c\u201d"\n]{2,80})/i.exec(text.slice(m.end, m.end + 100));
    if (after) parts.push(after[1]!);
  }
  // "the head of state, X" is the president a later "the president" means.
  const titles = " " + parts.join(" | ").toLowerCase().replace(/[\u2019']s\b/g, "").replace(/\bhead of state\b/g, "head of state president") + " ";
  // "Vice Adm. X" is an admiral: abbreviated titles are read in full.
  // "Father X" is a priest; a Latin American "Chancellor X" (canciller) is the foreign minister.
  return titles.replace(/\b(adm|gen|sen|rep|gov|col|capt|cmdr|lt|amb)\.(?=\s)/g, (_, a: string) => `${a}. ${TITLE_ABBREVIATIONS[a]}`).replace(/ (father|fr\.|padre) /g, " $1 priest ").replace(/ (chancellor|canciller) /g, " $1 foreign minister ");
}

const TITLE_ABBREVIATIONS: Record<string, string> = {
  adm: "admiral", gen: "general", sen: "senator", rep: "representative", gov: "governor",
  col: "colonel", capt: "captain", cmdr: "commander", lt: "lieutenant", amb: "ambassador",
};

function hasWord(haystack: string, word: string): boolean {
  return new RegExp(`[^\\p{L}]${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[^\\p{L}]`, "u").test(haystack);
}

function namesCountry(haystack: string, country: CountryEntry): boolean {
  const forms = [country.name, ...country.aliases, ...country.demonyms];
  if (country.name === "United States") forms.push("us", "u.s", "american");
  if (country.name === "United Kingdom") forms.push("uk", "u.k", "british");
  return forms.some((f) => hasWord(haystack, f.toLowerCase()));
}

/** The head noun of a body's name: "US Southern Command" -> command, "Ministry of National Defence" -> ministry. */
export function bodyHead(name: string): string {
  const words = name.split(/\s+/);
  const of = words.findIndex((w, i) => i > 0 && /^(?:of|for)$/i.test(w));
  return (of > 0 ? words[of - 1]! : words[words.length - 1]!).toLowerCase();
}

/**
 * The one actor named before `before` that the description fits, or null when none or several
 * do. People are matched by their titles (head, modifiers, nationality), bodies by their
 * name's head noun and nationality. (Documents are resolved by their issuer, elsewhere.)
 */
export function resolveDescription(text: string, d: Description, actors: readonly ExtractedActor[], before: number): ExtractedActor | null {
  if (d.document) return null;
  if (d.head === "woman" || d.head === "man") return latestOfGender(text, actors, d.head === "woman" ? "f" : "m", before);
  const heads = WIDER[d.head] ?? [d.head];
  const person = PERSON_HEADS.test(d.head) && d.head !== "head";
  const fits: ExtractedActor[] = [];
  for (const a of actors) {
    if (!a.mentions.some((m) => m.end <= before)) continue;
    if (person || d.head === "head") {
      if (a.kind !== "person") continue;
      const titles = titlesOf(text, a);
      if (!heads.some((h) => hasWord(titles, h))) continue;
      if (d.modifiers.some((m) => !hasWord(titles, m))) continue;
      if (d.country && !namesCountry(titles, d.country)) continue;
      fits.push(a);
    } else {
      if (a.kind !== "organization" && a.kind !== "group") continue;
      const name = ` ${a.name.toLowerCase()} `;
      if (!heads.includes(bodyHead(a.name))) continue;
      if (d.modifiers.some((m) => !hasWord(name, m))) continue;
      if (d.country && !namesCountry(name, d.country)) continue;
      fits.push(a);
    }
  }
  if (fits.length === 1) return fits[0]!;
  // Several fit, one opens a sentence just before ("Trump, asked about Petro, was blunt. “…,” the president said").
  const opening = fits.filter((a) => a.mentions.some((m) => m.end <= before && before - m.start < 300 && /(?:^|[.!?][\u201d\u2019"]?\s+|\n)(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u.test(text.slice(Math.max(0, m.start - 40), m.start))));
  if (opening.length === 1) return opening[0]!;
  // Several fit ("the president" of a country and of a cooperative): the one just named, when the others are far back.
  const latest = (a: ExtractedActor) => Math.max(...a.mentions.filter((m) => m.end <= before).map((m) => m.end));
  const ranked = fits.map((a) => ({ a, at: latest(a) })).sort((x, y) => y.at - x.at);
  return ranked.length > 1 && before - ranked[0]!.at < 400 && ranked[0]!.at - ranked[1]!.at > 400 ? ranked[0]!.a : null;
}

/** The person of that gender (stated or by given name) named last before `before`, if near. */
function latestOfGender(text: string, actors: readonly ExtractedActor[], gender: "f" | "m", before: number): ExtractedActor | null {
  let best: ExtractedActor | null = null;
  let bestAt = -1;
  for (const a of actors) {
    if (a.kind !== "person") continue;
    const at = Math.max(-1, ...a.mentions.filter((m) => m.end <= before).map((m) => m.end));
    if (at > bestAt && (statedGender(text, a) ?? fullNameGender(a.name)) === gender) {
      best = a;
      bestAt = at;
    }
  }
  return best && before - bestAt < 600 ? best : null;
}

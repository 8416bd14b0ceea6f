/** Reads one run of capitalised words as titled persons, organizations, groups, untitled persons or lone words. */
import type { ActorKind } from "../types";
import { chamberOf } from "./committee-chamber";
import { isCommon } from "./common-words";
import { DEMONYMS } from "./countries";
import { isShoutingLine } from "./datelines-and-headlines";
import type { Ctx, Role } from "./finder-context";
import { GIVEN_NAMES } from "./given-names";
import { givenNameGender } from "../given-name";
import { DESCRIPTIVE_HEADS, FOREIGN_ARTICLES, GROUP_HEADS, MEDIA_HEADS, NAME_PARTICLES, NON_ACTOR_HEADS, NON_ORG_ACRONYMS, ORG_HEADS, OUTLET_CUE, RUN_CONNECTORS, SHORT_MEDIA_NAMES, STREET_PREFIXES, TITLE_COMPLEMENTS, TITLE_WORDS, US_STATES, VEHICLE_PREFIXES } from "./lexicon";
import { BODY_SET, bodyOf, countryBefore, DEMONYM_OF, possessiveCountryBefore } from "./national-bodies";
import { appositiveRole, lowerTitleBefore, personEvidence } from "./person-evidence";
import { isDefinedShortForm, isMixedInitialism, isTimeZone } from "./short-forms";
import { speaksAround } from "./speaks-around";

/** Lowercase nouns that introduce an organization's name ("the charity Reprieve"). */
const ORG_DESCRIPTORS = new Set([
  "charity", "organization", "organisation", "group", "agency", "newspaper", "daily", "broadcaster", "outlet", "network",
  "firm", "company", "watchdog", "NGO", "nonprofit", "non-profit", "think-tank", "thinktank", "institute", "magazine",
  "website", "channel", "station", "party", "movement", "union", "coalition", "alliance", "foundation", "bank",
  "major", "supermajor", "refiner", "lender", "insurer", "manufacturer", "conglomerate", "multinational", "giant", "corporation", "startup",
]);

const TRAILING_TRIM = new Set(["The", "On", "In", "At", "For", "With", "By", "From", "As", "And", "Or", "But", "To", "Of"]);

export const SUFFIXES = new Set(["Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV"]);

const PEOPLE_AFTER = /^ (?:officials?|lawyers?|aides?|diplomats?|staff|spokes\w+|sources?|employees|investigators?)\b/;

function roleOf(ctx: Ctx, i: number): Role {
  const t = ctx.tokens[i]!;
  if (ctx.claimed[i]) return "C";
  if (TITLE_WORDS.has(t.text)) return "T";
  if (ORG_HEADS.has(t.text) || GROUP_HEADS.has(t.text) || NON_ACTOR_HEADS.has(t.text)) return "H";
  if (TITLE_COMPLEMENTS.has(t.text) || DEMONYMS.has(t.text) || RUN_CONNECTORS.has(t.text)) return "K";
  if (isCommon(ctx, t)) return "X";
  // "Washington-based", "Kremlin-backed": a modifier, not part of the name that follows.
  if (t.kind === "word" && /-\p{Ll}+$/u.test(t.text) && !/^\p{Ll}/u.test(t.text)) return "X";
  // A lone capital letter is an initial only inside a name ("George W Bush"), not in "a post on X".
  if (t.kind === "word" && t.text.length === 1) {
    const prev = ctx.tokens[i - 1];
    return prev && prev.cap && t.joined && !ctx.claimed[i - 1] ? "N" : "X";
  }
  return "N";
}

export function analyzeRun(ctx: Ctx, a: number, b: number): void {
  const roles = ctx.roles;
  for (let i = a; i <= b; i++) roles[i] = roleOf(ctx, i);
  // Analyse each stretch of unclaimed words; claimed words (countries, known names) are context.
  let s = a;
  while (s <= b) {
    if (roles[s] === "C") {
      s++;
      continue;
    }
    let e = s;
    while (e + 1 <= b && roles[e + 1] !== "C") e++;
    analyzeStretch(ctx, a, s, e);
    s = e + 1;
  }
}

function hasHead(roles: readonly Role[], from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (roles[i] === "H") return true;
  return false;
}

function analyzeStretch(ctx: Ctx, runStart: number, s0: number, e0: number): void {
  const { tokens, text, roles } = ctx;
  let s = s0;
  let e = e0;
  while (s <= e && (roles[s] === "X" || RUN_CONNECTORS.has(tokens[s]!.text))) s++;
  while (e >= s && (TRAILING_TRIM.has(tokens[e]!.text) || RUN_CONNECTORS.has(tokens[e]!.text))) e--;
  if (s > e) return;
  const first = tokens[s]!;
  if (VEHICLE_PREFIXES.has(first.text) || STREET_PREFIXES.has(first.text) || first.text === "Operation") return;
  // "the Government of Petro", "the Administration of Jane Doe": the ruler is the one named.
  if (DESCRIPTIVE_HEADS.has(first.text) && tokens[s + 1]?.text === "of" && s + 2 <= e) {
    analyzeStretch(ctx, s + 2, s + 2, e);
    return;
  }

  // Trailing personal name: capitalised non-lexicon words, initials, particles between them.
  let p = e;
  // "Thomas Ledger", "Anna Star": a paper's head word after a given name is a surname.
  if (MEDIA_HEADS.has(tokens[e]!.text) && e > s && GIVEN_NAMES.has(tokens[e - 1]!.text) && tokens[e]!.joined) roles[e] = "N";
  // ("de la", "van der": two particles may stand between name words.)
  const particleAt = (k: number) => k < e && k > s && NAME_PARTICLES.has(tokens[k]!.text.toLowerCase());
  while (p >= s && (roles[p] === "N" || (particleAt(p) && (roles[p - 1] === "N" || (particleAt(p - 1) && roles[p - 2] === "N"))))) p--;
  const nameStart = p + 1;
  // A name block never starts with a particle.
  let ns = nameStart;
  while (ns <= e && NAME_PARTICLES.has(tokens[ns]!.text.toLowerCase()) && tokens[ns]!.text[0] === tokens[ns]!.text[0]?.toLowerCase()) ns++;

  // Title stretch before the name: titles, complements, claimed countries ("US Secretary of State").
  let ts = ns - 1;
  let titled = false;
  while (ts >= runStart) {
    const role = roles[ts];
    if (role === "T") titled = true;
    // Organization words may precede a title ("White House Press Secretary"), never follow it.
    else if (!(role === "K" || role === "C" || (role === "H" && titled))) break;
    ts--;
  }

  // "President of the Republic", "Fiscalía General del Estado": a word after "the"/"del" ends a title or a name, it is no person.
  const afterConnector = ns <= e && ns > s && !tokens[ns - 1]!.cap && RUN_CONNECTORS.has(tokens[ns - 1]!.text);
  if (afterConnector && titled) {
    if (hasHead(roles, s, e)) pushOrg(ctx, s, e);
    return;
  }
  if (ns <= e && titled) {
    let roleFrom = ts + 1;
    while (roleFrom < ns && (RUN_CONNECTORS.has(tokens[roleFrom]!.text) || tokens[roleFrom]!.text === "The")) roleFrom++;
    let role = roleFrom < ns ? text.slice(tokens[roleFrom]!.start, tokens[ns - 1]!.end) : null;
    // "President Claudia Sheinbaum of Mexico": the country completes the title.
    const of = /^ of ((?:the )?\p{Lu}[\p{L}.]+(?: \p{Lu}[\p{L}.]+)*)/u.exec(text.slice(tokens[e]!.end, tokens[e]!.end + 40));
    if (role && of && of[1] && ctx.claimed[e + 2 + (of[1].startsWith("the ") ? 1 : 0)]) role = `${role} of ${of[1]}`;
    // At most four name words, particles aside ("Juan Ramón de la Fuente").
    let words = 0;
    for (let k = ns; k <= e; k++) if (!NAME_PARTICLES.has(tokens[k]!.text.toLowerCase())) words++;
    if (words <= 4) pushPerson(ctx, ns, e, role, true);
    // "Senate Armed Services Committee Chairman Roger Wicker": the body whose title it is, up to its last head word.
    let ft = Math.max(s, ts + 1);
    while (ft < ns && roles[ft] !== "T") ft++;
    let h = ft - 1;
    while (h >= s && roles[h] !== "H") h--;
    if (h > s || (h === s && ts + 1 > s)) pushOrg(ctx, s, h);
    return;
  }
  // "President of the Cedros Fisherfolk Association Terrence Sooknanan": an office in a body, then the
  // holder's name after the body's head word.
  if (ns > s && ns < e && e - ns <= 2 && roles[ns - 1] === "H" && (roles[s] === "T" || GIVEN_NAMES.has(tokens[ns]!.text) || givenNameGender(tokens[ns]!.text) !== null)) {
    const role = text.slice(tokens[s]!.start, tokens[ns - 1]!.end);
    pushPerson(ctx, ns, e, roles[s] === "T" ? role : null, roles[s] === "T");
    let bodyStart = s;
    while (bodyStart < ns - 1 && (roles[bodyStart] === "T" || RUN_CONNECTORS.has(tokens[bodyStart]!.text) || tokens[bodyStart]!.text === "the")) bodyStart++;
    pushOrg(ctx, bodyStart, ns - 1);
    return;
  }
  if (hasHead(roles, s, e)) {
    pushOrg(ctx, s, e);
    return;
  }
  // "State and the embassy agree": a department by its subject alone, if the article names it
  // ("Treasury officials" is an adjective, not a mention).
  if (s === e && roles[s] === "K" && first.kind === "word" && !RUN_CONNECTORS.has(first.text) && !PEOPLE_AFTER.test(text.slice(first.end, first.end + 16))) {
    ctx.out.push({ start: first.start, end: first.end, text: first.text, type: "lone", shortForm: "department", paragraph: first.paragraph });
    return;
  }
  if (ns > e) {
    // "Coastal Affairs will hold a hearing": no name, no head; perhaps part of a longer name in the article.
    const a = tokens[s]!;
    const b = tokens[e]!;
    if (e > s && a.kind === "word" && b.kind === "word") ctx.out.push({ start: b.start, end: b.end, text: b.text, type: "lone", paragraph: b.paragraph, run: { start: a.start, end: b.end, text: text.slice(a.start, b.end), only: true } });
    return;
  }
  const n = e - ns + 1;
  // "the human rights charity Reprieve", "the Catholic news outlet EWTN".
  const described = tokens[ns - 1];
  if (ns === s && described && tokens[ns]!.joined && !described.cap && ORG_DESCRIPTORS.has(described.text) && n <= 4 && tokens[ns]!.kind === "word") {
    const a = tokens[ns]!;
    const b = tokens[e]!;
    ctx.out.push({ start: a.start, end: b.end, text: text.slice(a.start, b.end), type: "organization", paragraph: a.paragraph, speaks: speaksAround(ctx, a.start, b.end) });
    return;
  }
  if (n === 1) {
    const t = tokens[ns]!;
    // "of Maryland", "R-Okla.": a person's state or party tag.
    if (US_STATES.has(t.text) || (t.text.charCodeAt(1) === 45 && /^[RDI]-\p{Lu}/u.test(t.text))) return;
    if (t.allCaps && isTimeZone(ctx, ns)) return;
    if (isDefinedShortForm(ctx, ns)) {
      ctx.out.push({ start: t.start, end: t.end, text: t.text, type: "acronym", paragraph: t.paragraph });
      return;
    }
    // "MoD", "DoJ": resolution ties them to a name with those initials, or drops them.
    if (isMixedInitialism(t)) {
      ctx.out.push({ start: t.start, end: t.end, text: t.text, type: "acronym", shortForm: "initials", speaks: speaksAround(ctx, t.start, t.end), paragraph: t.paragraph });
      return;
    }
    // "Caricom, the regional bloc,": an appositive that says what kind of body the word names.
    if (t.kind === "word" && ORG_APPOSITIVE.test(text.slice(t.end, t.end + 60))) {
      ctx.out.push({ start: t.start, end: t.end, text: t.text, type: "organization", paragraph: t.paragraph, speaks: speaksAround(ctx, t.start, t.end) });
      return;
    }
    if (t.allCaps && /^\p{Lu}{2,6}(?:-?\d{1,3})?$/u.test(t.text) && !NON_ORG_ACRONYMS.has(t.text) && !isShoutingLine(ctx, ns)) {
      ctx.out.push({ start: t.start, end: t.end, text: t.text, type: "acronym", paragraph: t.paragraph });
    } else if (t.kind === "word" && !isShoutingLine(ctx, ns)) {
      // "the Biden administration": a head of government's surname.
      const leader = (!t.possessive && /^ (?:administration|presidency|government)\b/.test(text.slice(t.end, t.end + 16)) && !DEMONYMS.has(t.text)) ||
        (ns === s && lowerTitleBefore(ctx, ns));
      // Not "told MPs" / "told Americans": plural acronyms and nationalities are audiences, not outlets.
      const outletCue = !leader && ns === s && !GIVEN_NAMES.has(t.text) && !NON_ORG_ACRONYMS.has(t.text) && !DEMONYMS.has(t.text) && !/^\p{Lu}+s$/u.test(t.text) &&
        OUTLET_CUE.test(text.slice(Math.max(0, t.start - 20), t.start));
      ctx.out.push({ start: t.start, end: t.end, text: t.text, type: leader ? "person" : "lone", titled: leader, nameTokens: [t.fold.toLowerCase()], speaks: speaksAround(ctx, t.start, t.end), paragraph: t.paragraph, ...(outletCue ? { outletCue } : {}) });
    }
    return;
  }
  // "told El Tiempo", "according to Le Monde": a paper's foreign title, not a person.
  if (n <= 3 && ns === s && FOREIGN_ARTICLES.has(tokens[ns]!.text) && !GIVEN_NAMES.has(tokens[ns + 1]!.text) && OUTLET_CUE.test(text.slice(Math.max(0, tokens[ns]!.start - 20), tokens[ns]!.start))) {
    const a = tokens[ns]!;
    const b = tokens[e]!;
    ctx.out.push({ start: a.start, end: b.end, text: text.slice(a.start, b.end), type: "organization", paragraph: a.paragraph, speaks: speaksAround(ctx, a.start, b.end) });
    return;
  }
  if (n <= 4 && personEvidence(ctx, ns, e)) {
    pushPerson(ctx, ns, e, appositiveRole(ctx, e), false);
    return;
  }
  // No evidence for the whole run: its last word may still be a surname already known,
  // or the whole run part of a longer institution's name ("Armed Services").
  const last = tokens[e]!;
  if (last.kind === "word") {
    const whole = ns < e ? { start: tokens[ns]!.start, end: last.end, text: text.slice(tokens[ns]!.start, last.end) } : undefined;
    ctx.out.push({ start: last.start, end: last.end, text: last.text, type: "lone", speaks: speaksAround(ctx, last.start, last.end), paragraph: last.paragraph, ...(whole ? { run: whole } : {}) });
  }
}

function pushPerson(ctx: Ctx, s: number, e: number, role: string | null, titled: boolean): void {
  const { tokens, text } = ctx;
  const a = tokens[s]!;
  const b = tokens[e]!;
  const nameTokens: string[] = [];
  for (let i = s; i <= e; i++) {
    const t = tokens[i]!;
    if (SUFFIXES.has(t.text)) continue;
    nameTokens.push(t.fold.replace(/\./g, "").toLowerCase());
  }
  ctx.out.push({
    start: a.start, end: b.end, text: text.slice(a.start, b.end), type: "person", nameTokens,
    role: role ?? appositiveRole(ctx, e), titled, speaks: speaksAround(ctx, a.start, b.end), paragraph: a.paragraph,
  });
}

function pushOrg(ctx: Ctx, s: number, e: number): void {
  const { tokens, text } = ctx;
  let kind: ActorKind | null = null;
  let nonActor = false;
  for (let i = s; i <= e; i++) {
    const w = tokens[i]!.text;
    if (GROUP_HEADS.has(w)) kind = "group";
    else if (ORG_HEADS.has(w) && kind !== "group") kind = "organization";
    else if (NON_ACTOR_HEADS.has(w)) nonActor = true;
  }
  if (!kind || (nonActor && kind !== "group" && NON_ACTOR_HEADS.has(tokens[e]!.text))) return;
  // "Authorization for Use of Military Force", "Convention on the Rights of the Child": a law named by its first word.
  if (NON_ACTOR_HEADS.has(tokens[s]!.text) && RUN_CONNECTORS.has(tokens[s + 1]?.text ?? "") && kind !== "group") return;
  // "Air Force One", "Marine One": a numbered craft, not the institution.
  if (NUMBER_NAMES.has(tokens[e]!.text)) return;
  // "the Justice and State Departments": half of a coordinated plural, not a name.
  if (tokens[s - 1]?.text === "and" && /s$/.test(tokens[e]!.text) && ORG_HEADS.has(tokens[e]!.text.slice(0, -1))) return;
  // "Venezuelan Cartel de los Soles" is named "Cartel de los Soles".
  while (kind === "group" && s < e && (DEMONYMS.has(tokens[s]!.text) || ctx.roles[s] === "K")) s++;
  // "the Drug Cartels", "the Gangs": a group noun alone, capitalised for emphasis, names no one.
  if (s === e && GENERIC_GROUP_NOUNS.has(tokens[s]!.text)) return;
  const nameStart = afterDescription(ctx, s, e);
  if (nameStart > s) {
    // The description may itself hold a name: "Jane Roe of the Harbour Trust".
    let d = nameStart - 1;
    while (d > s && (!tokens[d]!.cap || RUN_CONNECTORS.has(tokens[d]!.text))) d--;
    analyzeStretch(ctx, s, s, d);
    s = nameStart;
  }
  if (s === e && kind !== "group") {
    // "told the Herald", "the Post reported": a paper by the last word of its name.
    const w = tokens[s]!;
    const the = tokens[s - 1];
    if (SHORT_MEDIA_NAMES.has(w.text) && (the?.text === "the" || the?.text === "The") && w.joined) {
      ctx.out.push({ start: w.start, end: w.end, text: w.text, type: "organization", fullName: `The ${w.text}`, shortForm: "media", paragraph: w.paragraph, speaks: speaksAround(ctx, w.start, w.end) });
    }
    // "the House voted", "the House and Senate": a legislature's chamber by its short name.
    if (w.text === "House" && (the?.text === "the" || the?.text === "The") && w.joined && tokens[s + 1]?.text !== "of") {
      ctx.out.push({ start: w.start, end: w.end, text: w.text, type: "lone", shortForm: "chamber", paragraph: w.paragraph, speaks: speaksAround(ctx, w.start, w.end) });
    }
    return;
  }
  // "Designated Terrorist Organization": a legal designation, not an actor.
  if (/^Organi[sz]ations?$/.test(tokens[e]!.text)) for (let k = s; k < e; k++) if (DESIGNATION_WORDS.has(tokens[k]!.text)) return;
  let start = tokens[s]!.start;
  const prev = tokens[s - 1];
  if (prev && prev.text === "The" && prev.end + 1 === start && MEDIA_HEADS.has(tokens[e]!.text)) start = prev.start;
  const end = tokens[e]!.end;
  // "Barbados Defence Force": a country's name opening its body's name.
  const generic = BODY_SET.has(text.slice(start, end));
  const country = generic ? countryBefore(ctx, s) : null;
  if (country) start = country.start;
  // "Colombia's Foreign Ministry": the country's body, named as the country names it ("Colombian Foreign Ministry").
  const owner = generic && !country ? possessiveCountryBefore(ctx, s) : null;
  const attributive = owner?.target?.actor ? DEMONYM_OF.get(owner.target.actor.name) : undefined;
  // "Colombian Navy", "Royal Navy": another country's national body; a later bare "Navy" may mean it.
  const body = attributive ? { generic: text.slice(start, end), name: `${attributive} ${text.slice(start, end)}` } : bodyOf(ctx, s, e, start);
  const chamber = /^(?:Sub)?[Cc]ommittee$/.test(tokens[e]!.text) ? chamberOf(ctx, s) : null;
  const fullName = chamber ? `${chamber} ${text.slice(start, end)}` : attributive ? body?.name : undefined;
  ctx.out.push({ start, end, text: text.slice(start, end), type: kind === "group" ? "group" : "organization", paragraph: tokens[s]!.paragraph, speaks: speaksAround(ctx, start, end), ...(body ? { body } : {}), ...(fullName ? { fullName } : {}) });
}

/**
 * "an Ohio Democrat on the House Ways and Means Committee": when no head word
 * comes before a lowercase connector, the words before it describe someone and
 * the name starts after it. ("Office of Legal Counsel" has its head first.)
 */
function afterDescription(ctx: Ctx, s: number, e: number): number {
  const { tokens, roles } = ctx;
  let cut = -1;
  for (let k = s; k <= e; k++) {
    if (roles[k] === "H" && tokens[k]!.cap) break;
    if (!tokens[k]!.cap && RUN_CONNECTORS.has(tokens[k]!.text)) cut = k;
  }
  if (cut < 0 || cut >= e) return s;
  let k = cut + 1;
  while (k < e && !tokens[k]!.cap) k++;
  return k;
}

const GENERIC_GROUP_NOUNS = new Set(["Cartel", "Cartels", "Gang", "Gangs", "Brigade", "Brigades", "Militia", "Militias", "Mafia", "Mafias", "Clan", "Clans", "Syndicate", "Syndicates", "Rebels", "Guerrillas", "Insurgents", "Commando", "Front"]);

const DESIGNATION_WORDS = new Set(["Designated", "Terrorist", "Terrorism"]);

const NUMBER_NAMES = new Set(["One", "Two", "Three", "Four", "Five"]);

/** ", the regional bloc,", ", a rights group that…": adjectives then a kind of body ending the appositive (not "a member of the union", "the union leader"). */
const ORG_APPOSITIVE = new RegExp(`^, (?:a|an|the) (?:(?!(?:of|for|in|at|with|to|and) )(?:[a-z-]+|\\p{Lu}{2,3}|(?:\\p{Lu}\\.){2}) ){0,3}(?:${[...ORG_DESCRIPTORS].join("|")}|bloc|body)(?=[,.;:)]|\\s+(?:that|which|said|says|has|had|is|was|still|now|whose|based|operating)\\b)`, "u");

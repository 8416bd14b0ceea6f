/** Pass two: runs of capitalised words, cut where names end, then handed to run analysis. */
import { bracketedAlias } from "./bracketed-aliases";
import { isCommon } from "./common-words";
import { datelineAgency, datelineEnd } from "./datelines-and-headlines";
import type { Ctx } from "./finder-context";
import { GROUP_HEADS, MEDIA_HEADS, MONTHS_AND_DAYS, NON_ACTOR_HEADS, ORG_HEADS, RUN_CONNECTORS, TITLE_COMPLEMENTS, TITLE_WORDS, US_STATE_PAIRS, US_STATES } from "./lexicon";
import { endsInOrgHead } from "./longer-names";
import { analyzeRun, SUFFIXES } from "./run-analysis";
import { speaksAround } from "./speaks-around";
import type { Token } from "./tokenize";

const isRunToken = (t: Token) => t.cap && (t.kind === "word" || t.kind === "initial" || t.kind === "acronym") && !MONTHS_AND_DAYS.has(t.text);

export function findRuns(ctx: Ctx): void {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === "handle") {
      if (!ctx.claimed[i]) ctx.out.push({ start: t.start, end: t.end, text: t.text, type: "handle", paragraph: t.paragraph });
      continue;
    }
    if (!isRunToken(t)) continue;
    // "MANTA, Ecuador, 3 Nov (Wire).–": the dateline's place in capitals is where the story was filed.
    if (t.allCaps && t.end <= datelineEnd(ctx, t)) continue;
    if (datelineAgency(ctx, i)) continue;
    let j = i;
    while (j + 1 < tokens.length && (!tokens[j]!.possessive || possessiveInsideName(ctx, i, j))) {
      const next = tokens[j + 1]!;
      if (!next.joined) break;
      if (isRunToken(next)) {
        j++;
        continue;
      }
      // Up to two lowercase connectors between capitalised words: "Office of Legal Counsel", "Cartel de los Soles".
      let k = j + 1;
      while (k < tokens.length && k - j <= 2 && RUN_CONNECTORS.has(tokens[k]!.text) && tokens[k]!.joined) k++;
      // "University of Texas at Austin": a campus named after "at" inside a university's name.
      if (k === j + 1 && tokens[k]?.text === "at" && tokens[k]!.joined && tokens[k + 1]?.joined && isRunToken(tokens[k + 1]!) && universityRun(tokens, i, j)) k++;
      const after = tokens[k];
      // "told W Radio the Air Force…": "the" alone never joins two names; "of the" does.
      if (k > j + 1 && after && after.joined && isRunToken(after) && tokens[j + 1]!.text !== "the" && joinsInsideName(tokens, i, j + 1, k) && !stateOfPerson(tokens, j, k)) {
        j = k;
        continue;
      }
      break;
    }
    if (bracketedAlias(ctx, i, j)) {
      i = j;
      continue;
    }
    const surname = nicknameAt(ctx, j);
    if (surname > 0) {
      i = pushNicknamed(ctx, i, j, surname);
      continue;
    }
    analyzeRun(ctx, i, j);
    i = j;
  }
}

const UNIVERSITY_HEADS = new Set(["University", "College", "Institute"]);

/** The run holds "University of <place>": only then does "at <campus>" continue it. */
function universityRun(tokens: readonly Token[], i: number, j: number): boolean {
  for (let k = i; k < j; k++) if (UNIVERSITY_HEADS.has(tokens[k]!.text) && tokens[k + 1]!.text === "of") return true;
  return false;
}

/**
 * "King's College London", "the Prime Minister's Office": a title's possessive
 * inside an institution's name. A person's or an institution's possessive never
 * is ("Trump's Justice Department", "the Department of Justice's Office of Legal
 * Counsel" name two actors each).
 */
function possessiveInsideName(ctx: Ctx, i: number, j: number): boolean {
  const { tokens } = ctx;
  const next = tokens[j + 1];
  if (!TITLE_WORDS.has(tokens[j]!.text) || ctx.claimed[j] || !next?.joined || !endsInOrgHead(tokens, j + 1)) return false;
  for (let k = i; k < j; k++) if (ORG_HEADS.has(tokens[k]!.text) || tokens[k]!.text === "of") return false;
  return true;
}

const NICK_OPEN = /^ ["\u201c]$/;

const NICK_CLOSE = /^["\u201d] $/;

/** Rosalind "Roz" Achterberg: index of the surname after a quoted nickname that ends the run at j, else -1. */
function nicknameAt(ctx: Ctx, j: number): number {
  const { tokens, text } = ctx;
  const given = tokens[j]!;
  const nick = tokens[j + 1];
  const surname = tokens[j + 2];
  if (!nick || !surname || given.possessive || given.kind !== "word" || TITLE_WORDS.has(given.text) || ctx.claimed[j] || nick.kind !== "word" || !nick.cap || surname.kind !== "word" || !isRunToken(surname) || ctx.claimed[j + 2]) return -1;
  if (nick.end - nick.start > 20 || !NICK_OPEN.test(text.slice(given.end, nick.start)) || !NICK_CLOSE.test(text.slice(nick.end, surname.start))) return -1;
  return j + 2;
}

/**
 * A quoted nickname marks a person: Frank "Mitch" Bradley is one mention of the person, from
 * the given name through the surname. Titles before the given name are left to the run
 * analysis. Returns the index of the last token taken.
 */
function pushNicknamed(ctx: Ctx, i: number, j: number, surnameAt: number): number {
  const { tokens, text } = ctx;
  let g = j;
  while (g > i && tokens[g - 1]!.kind === "word" && !TITLE_WORDS.has(tokens[g - 1]!.text) && !ctx.claimed[g - 1] && !isCommon(ctx, tokens[g - 1]!)) g--;
  if (g > i) analyzeRun(ctx, i, g - 1);
  let k = surnameAt;
  while (k + 1 < tokens.length && tokens[k + 1]!.joined && tokens[k + 1]!.kind === "word" && isRunToken(tokens[k + 1]!) && !tokens[k]!.possessive) k++;
  const a = tokens[g]!;
  const b = tokens[j]!;
  const nameTokens: string[] = [];
  for (let x = g; x <= j; x++) nameTokens.push(tokens[x]!.fold.toLowerCase());
  for (let x = surnameAt; x <= k; x++) if (!SUFFIXES.has(tokens[x]!.text)) nameTokens.push(tokens[x]!.fold.toLowerCase());
  const last = tokens[k]!;
  for (let x = g; x <= k; x++) ctx.claimed[x] = 1;
  ctx.out.push({
    start: a.start, end: last.end, text: text.slice(a.start, last.end), type: "person", nameTokens,
    fullName: `${text.slice(a.start, b.end)} ${text.slice(tokens[surnameAt]!.start, last.end)}`,
    nickname: tokens[j + 1]!.fold.toLowerCase(), titled: g > i && TITLE_WORDS.has(tokens[g - 1]!.text),
    speaks: speaksAround(ctx, a.start, last.end), paragraph: a.paragraph,
  });
  return k;
}

/** "Sen. Jane Doe of Maryland": the state describes the person; it is not part of a name. */
function stateOfPerson(tokens: readonly Token[], j: number, k: number): boolean {
  if (k !== j + 2 || tokens[j + 1]!.text !== "of") return false;
  const w = tokens[j]!.text;
  if (ORG_HEADS.has(w) || GROUP_HEADS.has(w) || NON_ACTOR_HEADS.has(w) || TITLE_WORDS.has(w) || TITLE_COMPLEMENTS.has(w)) return false;
  return isUsState(tokens, k);
}

function isUsState(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (US_STATES.has(t.text)) return !(tokens[k + 1]?.joined && tokens[k + 1]?.cap && !tokens[k]!.possessive);
  const second = US_STATE_PAIRS.get(t.text);
  const next = tokens[k + 1];
  return Boolean(second && next && next.joined && second.has(next.text));
}

/**
 * "and" joins two names into one only inside an "X of/for/on A and B" name ("Bureau of
 * International Narcotics and Law Enforcement Affairs", "Office on Drugs and Crime"), never "A and the B".
 */
function joinsInsideName(tokens: readonly Token[], runStart: number, from: number, to: number): boolean {
  let hasAnd = false;
  for (let k = from; k < to; k++) if (tokens[k]!.text === "and") hasAnd = true;
  if (!hasAnd) return true;
  if (to - from > 1) return false;
  for (let k = runStart; k < from; k++) if (tokens[k]!.text === "of" || tokens[k]!.text === "for" || tokens[k]!.text === "on") return true;
  return coordinatedSubjects(tokens, from, to);
}

const PANEL_HEADS = new Set(["Committee", "Subcommittee", "Commission", "Caucus", "Panel"]);

/**
 * "Ways and Means Committee", "Energy and Commerce Committee": two subjects of one
 * panel. Two names joined by "and" ("CNN and Fox News") stay apart: the word
 * before "and" is a plain capitalised word and the panel head comes within three words after it.
 */
function coordinatedSubjects(tokens: readonly Token[], and: number, after: number): boolean {
  const before = tokens[and - 1]!;
  // "the Globe and Mail", "the Post and Courier": one paper.
  const next = tokens[after + 1];
  if (MEDIA_HEADS.has(before.text) && MEDIA_HEADS.has(tokens[after]!.text) && !(next?.joined && next.cap)) return true;
  if (before.allCaps || ORG_HEADS.has(before.text) || before.possessive) return false;
  for (let k = after; k < tokens.length && k < after + 3; k++) {
    const t = tokens[k]!;
    if (k > after && !t.joined) return false;
    if (!t.cap) return false;
    if (PANEL_HEADS.has(t.text)) return true;
    if (t.possessive) return false;
  }
  return false;
}

/** State shared by the name finder's passes over one article. */
import type { Candidate } from "./candidate";
import type { Token } from "./tokenize";

export type Ctx = {
  text: string;
  folded: string;
  tokens: readonly Token[];
  claimed: Uint8Array;
  /** Lowercase words of the article, restricted to those isCommon may ask about (see wordsAskedAbout). */
  lowercaseWords: Set<string>;
  /** Role of each token inside the run being analysed. */
  roles: Role[];
  out: Candidate[];
  /** Short forms defined in parentheses after a name ("Ministry of Defence (MoD)"). */
  acronyms: Set<string>;
  /** End offset of each paragraph's opening dateline, -1 when it has none (filled lazily). */
  datelines: Map<number, number>;
  /** Names first written in brackets after an institution's name (see bracketedAlias). */
  aliases: Set<string>;
  /** Last token of the latest territory read as a listed place (see placeListed), else -1. */
  placeListEnd: number;
};

export type Role = "C" | "T" | "K" | "H" | "N" | "X";

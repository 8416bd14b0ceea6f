/** What the name finder hands to resolution: one span that may name an actor. */
import type { GazetteerTarget } from "./gazetteer";

export type Candidate = {
  start: number;
  end: number;
  text: string;
  /** What the words look like; "lone" is a single capitalised word of unknown kind. */
  type: "known" | "person" | "organization" | "group" | "acronym" | "lone" | "handle" | "body";
  /**
   * A national body named through its country ("Colombian Navy", "Mexico's navy"): the
   * body's generic name ("Navy") and the qualified name. "body" candidates are not
   * mentions themselves; they let a later bare "Navy" mean this country's navy.
   */
  body?: { generic: string; name: string };
  /** The full name when the text leaves part of it to context ("Senate Ways and Means Committee", a person's surname after a nickname). */
  fullName?: string;
  /**
   * A short form to resolve against longer names of the article: "the Post" (a
   * paper by its last word), "State" (a department by its subject), "MoD" (a
   * mixed-case initialism).
   */
  shortForm?: "media" | "department" | "initials" | "chamber";
  /** A lone unknown word right after "told" / "according to": an outlet if no person bears it. */
  outletCue?: boolean;
  /** A quoted nickname between given name and surname (Jane "JJ" Doe), folded lowercase. */
  nickname?: string;
  target?: GazetteerTarget;
  /** Folded name tokens (persons). */
  nameTokens?: string[];
  role?: string | null;
  titled?: boolean;
  /** Followed or preceded by a verb of saying. */
  speaks?: boolean;
  /**
   * Start of the institution this name renames: a name alone in brackets right after
   * another ("the Attorney General's Office (Fiscalía General del Estado)", "(DNCD)").
   */
  aliasOf?: number;
  /** A lone word's whole run of capitalised words, when it had more than one; `only`: the word alone means nothing. */
  run?: { start: number; end: number; text: string; only?: boolean };
  paragraph: number;
};

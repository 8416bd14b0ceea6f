/**
 * Trigger lexicons for event kinds. Each pattern has a strength: strong
 * patterns name the act itself ("signed a directive", "summoned the
 * ambassador"), weak ones are merely suggestive ("ordered", "meeting"). The
 * strongest trigger in a sentence decides its kind.
 */

export type EventKind = "strike" | "statement" | "designation" | "policy" | "legal" | "diplomatic" | "historical";

export type Trigger = { kind: Exclude<EventKind, "historical">; strength: number; re: RegExp };

const W = "(?:[\\w\u2019'.-]+\\s+)";

export const TRIGGERS: readonly Trigger[] = [
  { kind: "strike", strength: 3, re: /\b(?:struck|strikes?|striking|airstrikes?|bombed|bombing|blew up|destroyed|sank|fired (?:on|at)|opened fire)\b/gi },
  { kind: "strike", strength: 2, re: new RegExp(`\\b(?:killed|killing|attacked|attacks?)\\b(?=.*\\b(?:boats?|vessels?|ships?|aboard|smugglers?|traffickers?|narco\\w*)\\b)`, "gi") },
  { kind: "designation", strength: 3, re: new RegExp(`\\b(?:designat(?:ed|es|ing|ion)|blacklisted|added ${W}{0,8}to (?:a|the|its) list|labell?(?:ed|ing) ${W}{0,6}as|listed as)\\b`, "gi") },
  { kind: "designation", strength: 2, re: /\b(?:sanction(?:ed|s|ing)?|imposing sanctions|terrorist organi[sz]ations?)\b/gi },
  { kind: "policy", strength: 3, re: new RegExp(`\\b(?:signed ${W}{0,4}(?:directive|order|memorandum|bill|law|proclamation)|executive order|doubl(?:ed|ing) ${W}{0,3}reward)\\b`, "gi") },
  { kind: "policy", strength: 1, re: /\b(?:directive|ordered|ordering|authori[sz](?:ed|es|ing|ation)|deployed|deploying|announced|reward|froze|freeze|halted|suspended|launched|imposed|fired|appointed|nominated|approved)\b/gi },
  { kind: "legal", strength: 3, re: new RegExp(`\\b(?:indicted|indictment|legal opinion|(?:the )?senate confirmed|confirmed by the senate|ruled|sued|lawsuit|subpoena(?:ed)?)\\b`, "gi") },
  { kind: "legal", strength: 1, re: /\b(?:opinion|memo|court|judge|charges?|charged|prosecut\w+|testif\w+|immun\w+)\b/gi },
  { kind: "diplomatic", strength: 3, re: new RegExp(`\\b(?:stop(?:ped|s)? sharing|stopped ${W}{0,2}sharing|suspend\\w* ${W}{0,3}(?:intelligence|information|cooperation)|cut off ${W}{0,3}(?:intelligence|cooperation|ties|relations)|summoned ${W}{0,4}ambassador|recalled ${W}{0,4}ambassador|expelled ${W}{0,4}(?:ambassador|diplomats?))\\b`, "gi") },
  { kind: "diplomatic", strength: 1, re: /\b(?:summit|meeting|met with|talks|visit(?:ed)?|proposed|condemned|denounced|withh\w+ intelligence)\b/gi },
  { kind: "statement", strength: 0, re: /\b(?:said|says|told|stated|wrote|posted|declared|denied|rejected|warned|vowed|pushed back|reported|announced|expressed (?:concern|alarm|regret|support|doubts?)|criticized|criticised|urged|called for)\b/gi },
];

/** Acts that date an older event when no other trigger fits ("sent troops into Panama"). */
export const HISTORICAL_TRIGGER_RE = /\b(?:sent|invaded|invasion|began|begun|ended|launched|founded|coined|created|started|halted|signed|war)\b/gi;

/** Reporting verbs: a date right next to one dates the saying, not the thing said. */
export const SPEECH_VERB_RE =
  /\b(?:said|says|told|stated|wrote|posted|declared|denied|rejected|warned|vowed|reported|announced|added|expressed (?:concern|alarm|regret|support|doubts?)|criticized|criticised|urged|called for|questioned)\b/gi;

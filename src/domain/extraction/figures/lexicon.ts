/**
 * Words that tell what a number counts in coverage of strikes and their toll.
 * General English, no story-specific names.
 */

/** Hedges before a count, longest first so "more than" wins over "more". */
export const QUALIFIERS = [
  "no fewer than", "no less than", "as many as", "upwards of", "an estimated", "at least", "at most",
  "more than", "fewer than", "less than", "well over", "just over", "just under", "close to", "up to",
  "nearly", "almost", "about", "around", "roughly", "approximately", "over", "some",
];
export const QUALIFIER_SOURCE = `(?:${QUALIFIERS.map((q) => q.replace(/ /g, "\\s+")).join("|")})`;

/** Words that may sit between a number and what it counts ("79 suspected smugglers", "22 known strikes"). */
export const MODIFIER_SOURCE =
  "(?:suspected|alleged|reported|known|confirmed|announced|acknowledged|disclosed|documented|recorded|more|other|additional|further|separate|lethal|deadly|military|" +
  "drug|naval|civilian|unarmed|innocent|presumed|such|small|fast|go-fast|U\\.S\\.|US|American|air|boat|maritime|" +
  "male|female|young|adult|armed|foreign|local|" +
  "[a-z]+-[a-z]+(?:-[a-z]+)?|[A-Z][a-z]+(?:an|ian|ese|ish|ch|i))";

/** Head nouns by what they count. Singular forms are kept for "one survivor", "killing one person". */
export const SURVIVOR_NOUN = "survivors?";
export const STRIKE_NOUN = "(?:air ?strikes?|strikes?|attacks?|raids?|bombings?)";
export const VESSEL_NOUN =
  "(?:boats?|vessels?|speedboats?|go-fast boats?|semi-submersibles?|narco-subs?|submarines?|skiffs?|launches|craft)";
export const PEOPLE_NOUN =
  "(?:people|persons?|individuals?|men|man|women|woman|children|child|civilians?|crew ?members?|crewmembers?|crewmen|crew|" +
  "sailors?|fishermen|fisherman|boatmen|smugglers?|traffickers?|narco-?terrorists?|terrorists?|suspects?|passengers?|" +
  "occupants?|migrants?|nationals?|citizens?|combatants?|members?|victims?|human beings?|humans|lives|[A-Z][a-z]+(?:ans|ians|ese|is))";
/** Nouns that are themselves the dead: "at least 61 deaths", "the 76 dead". */
export const DEATH_NOUN = "(?:deaths|fatalities|dead)";
/** Counts kept as "other": people and things a story about strikes also counts. */
export const OTHER_NOUN =
  "(?:troops|soldiers|marines|personnel|service ?members|countries|nations|allies|states|governments|warships|destroyers|" +
  "ships|aircraft|jets|fighter jets|helicopters|drones|planes)";

/** A verb of killing right before the count: "killing at least 76", "have killed 75", "the death of 11". */
export const KILL_BEFORE =
  /\b(?:kill(?:s|ed|ing)?|deaths? of|(?:death |casualty )?tolls? (?:\w+ ){0,5}?(?:of|at|to|reached|hit|stands at)|claim(?:s|ed|ing)? the lives of)\s+(?:(?:a total of|an estimated|in total|so far|all|another|an additional)\s+)?$/i;

/** The count dies after it: "three people were killed", "six dead", "11 died". */
export const KILL_AFTER =
  /^[\u201d\u2019"'\u00bb]?\s*(?:(?:were|was|have been|had been|has been|have|has|had|been|are|being|reportedly|all|also|now|already|so far)\s+){0,3}(?:killed|dead|died|perished|lost their lives)\b/i;

/** Where the counted people were, between them and the verb: "three men aboard the vessel were killed". */
export const ABOARD_AFTER = new RegExp(
  `^[\\u201d\\u2019"'\\u00bb]?\\s+(?:(?:aboard|on board|onboard)(?:\\s+(?:the|a|an|that|this|each|both|their)\\s+(?:[\\w-]+\\s+){0,2}?${VESSEL_NOUN})?|(?:on|in|inside)\\s+(?:the|a|an|that|this|each|both|their)\\s+(?:[\\w-]+\\s+){0,2}?${VESSEL_NOUN})\\b`,
  "i",
);

/** A count that sizes a population rather than a toll: "many of the roughly 200 boats that fish the gulf". */
export const POPULATION_BEFORE = /\b(?:many|most|some|few|several|none|half|a number|hundreds|dozens|thousands) of (?:the|its|their|his|her|our)\s+$/i;

/** Vessels counted as struck: "destroyed 20 boats", "three vessels were destroyed". */
export const DESTROY_BEFORE =
  /\b(?:destroy(?:s|ed|ing)?|struck|strik(?:e|es|ing)|hit(?:s|ting)?|sank|sunk|sink(?:s|ing)?|target(?:s|ed|ing)?|attack(?:s|ed|ing)?|bomb(?:s|ed|ing)?|blew up|blown up|strikes? on|attacks? on)\b[^,;.!?]{0,30}$/i;
export const DESTROY_AFTER =
  /^\s*(?:(?:were|was|have been|had been|reportedly|all)\s+){1,2}(?:destroyed|sunk|struck|hit|targeted|attacked|bombed|blown up)\b/i;

/** "…survived": "only two of those on board survived", "two people survived". */
export const SURVIVE_AFTER = /^[^,;.!?]{0,40}?\bsurviv(?:ed|e|es|ing)\b/i;

/** People counted as brought out alive: "two people pulled from the water", "three men rescued". */
export const RESCUED_AFTER = /^\s*(?:(?:were|was|have been|had been|who were|later|all)\s+){0,2}(?:survived|rescued|pulled (?:alive )?(?:from|out of) (?:the|a|an) (?:water|sea|ocean|wreck\w*|boat|vessel|semi-submersible|[\w-]+ (?:boat|vessel))|plucked from the (?:water|sea)|found alive)\b/i;

/** A count of people given as a toll: "our tally for that date is 87 people", "puts the toll higher: at least 104 people". */
export const TOLL_BEFORE = /\b(?:death |casualty )?(?:toll|tally|count)\b[^.;!?]{0,40}?(?:\b(?:is|was|of|at|to|reached|stands at|stood at)|:)\s+$/i;

/** The dead named earlier in the sentence, the count later: "the number of people killed rose to nearly 90". */
export const KILLED_WORD = /\b(?:killed|dead|deaths|death toll|toll)\b/i;
/** The word right before such a count: "rose to", "reached", "now" (not "at" or "of": times and ages). */
export const COUNT_LEAD = /(?:^|\s)(?:to|reached|now)\s+$/i;

/**
 * A count whose noun is elided because the subject names it: "The raid was one of seven carried out since
 * September", "the boat was one of three destroyed that week". Group 1 is the subject's head noun.
 */
export const ONE_OF_ELIDED = new RegExp(
  `\\b(${STRIKE_NOUN}|${VESSEL_NOUN})\\s+(?:[a-z]+\\s+){0,2}?(?:was|is|marked|became|were|are)\\s+(?:only\\s+|just\\s+)?one of(?:\\s+the)?\\s+$`,
  "i",
);

/** Boats counted without being struck: rescuers, patrols, fleets. */
export const NOT_STRUCK = /\b(?:rescu\w*|patrol\w*|escort\w*|deploy\w*|dispatch\w*|sent|fleet|own(?:s|ed)?|bought|built|sail(?:s|ed)? out|went out|helped|searching|search|leave|leaves|operate[sd]? (?:out of|from)|moored|docked|registered|ashore)\b/i;

/** Before a number: an as-of cue for a date in the same sentence ("As of last year", "by Sept. 30"). */
export const AS_OF_CUE = /\b(?:as of|as at|by|through|until|up to)\s*$/i;

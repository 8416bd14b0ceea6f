import type { Span } from "../extraction/types";

/**
 * Where things happen at sea: the seas a text names, and the coasts that lie
 * on one sea only. A general gazetteer of seas and coasts, not this story's
 * places; how an event gets its region from these is in event-region.ts.
 *
 * Geography behind the coasts (a coast implies a sea only when it is
 * unambiguous):
 * - Caribbean: Venezuela (its Atlantic shore is the short Orinoco delta, so
 *   "off Venezuela" means the Caribbean), Trinidad and Tobago (the Caribbean's
 *   south-east corner), the Antilles, Belize, and coastal places of the
 *   two-coast countries that lie on the Caribbean (La Guajira, Cartagena,
 *   Quintana Roo…).
 * - eastern Pacific (the part of the ocean that borders the Americas):
 *   Ecuador, the Galápagos, Peru, Chile and El Salvador, which have no other
 *   coast, and Pacific places of the two-coast countries (Guerrero, Acapulco,
 *   Buenaventura, Tumaco…).
 * - Colombia, Mexico, Guatemala, Honduras, Nicaragua, Costa Rica and Panama
 *   have both coasts: they need a sea word ("Colombia's Pacific coast").
 *   Named with a bare "Pacific", they say it is the eastern Pacific.
 */

type Sea = { name: string; re: RegExp };

/** Most specific first ("eastern Pacific" before "Pacific"). */
const SEAS: readonly Sea[] = [
  { name: "eastern Pacific", re: /\b(?:eastern|east|Eastern|East) Pacific\b/g },
  // "Caribbean islands/nations/leaders" name places or people, not waters.
  { name: "Caribbean", re: /\bCaribbean\b(?! (?:islands?|Islands?|nations?|countries|states|leaders?|governments?|territor\w*|Community|community|partners?|allies|diplomats?|officials?|ministers?|diaspora)\b)/g },
  // Not "Asia-Pacific", "Indo-Pacific", the Pacific Fleet or the Pacific Islands.
  { name: "Pacific", re: /(?<![-\w])Pacific\b(?! (?:Fleet|Command|Islands?|island|nations?|Rim)\b)/g },
  { name: "Gulf of Mexico", re: /\bGulf of (?:Mexico|America)\b/g },
  { name: "Atlantic", re: /\bAtlantic\b(?! (?:Council|alliance)\b)/g },
  { name: "Mediterranean", re: /\bMediterranean\b/g },
  { name: "Red Sea", re: /\bRed Sea\b/g },
  { name: "Gulf of Aden", re: /\bGulf of Aden\b/g },
  { name: "Persian Gulf", re: /\b(?:Persian|Arabian) Gulf\b/g },
  { name: "South China Sea", re: /\bSouth China Sea\b/g },
  { name: "Black Sea", re: /\bBlack Sea\b/g },
];

/** Places whose shore lies on one sea only, with their adjectives ("Venezuelan waters"). */
const COASTS: Record<string, readonly string[]> = {
  Caribbean: [
    "Venezuela", "Venezuelan", "Trinidad and Tobago", "Trinidad", "Tobago", "Trinidadian", "Cuba", "Cuban", "Jamaica", "Jamaican",
    "Haiti", "Haitian", "Dominican Republic", "Dominican", "Dominica", "Puerto Rico", "Puerto Rican", "Aruba", "Aruban", "Curaçao",
    "Curacao", "Bonaire", "Grenada", "Grenadian", "Saint Lucia", "St. Lucia", "Saint Vincent", "St. Vincent", "Antigua",
    "Cayman Islands", "Virgin Islands", "Martinique", "Guadeloupe", "Belize", "Belizean", "La Guajira", "Guajira", "Cartagena",
    "Barranquilla", "Santa Marta", "San Andrés", "San Andres", "La Guaira", "Paraguaná", "Margarita Island", "Quintana Roo",
    "Cancún", "Cancun", "Cozumel",
  ],
  "eastern Pacific": [
    "Ecuador", "Ecuadorian", "Ecuadoran", "Galápagos", "Galapagos", "Peru", "Peruvian", "Chile", "Chilean", "El Salvador",
    "Salvadoran", "Salvadorean", "Guerrero", "Oaxaca", "Michoacán", "Michoacan", "Colima", "Jalisco", "Nayarit", "Sinaloa",
    "Acapulco", "Manzanillo", "Mazatlán", "Mazatlan", "Chiapas", "Buenaventura", "Tumaco", "Nariño", "Narino", "Cocos Island",
    "Clipperton",
  ],
  "Gulf of Mexico": ["Veracruz", "Tamaulipas", "Tabasco", "Campeche"],
};

/** Countries and regions of the Americas with a Pacific shore but no single sea: they only place a bare "Pacific". */
const AMERICAS_TWO_COASTS = [
  "Colombia", "Colombian", "Mexico", "Mexican", "Guatemala", "Guatemalan", "Honduras", "Honduran", "Nicaragua", "Nicaraguan",
  "Costa Rica", "Costa Rican", "Panama", "Panamanian", "Central America", "Central American", "South America", "South American",
  "Latin America", "Latin American",
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alternation = (names: readonly string[]) => [...names].sort((a, b) => b.length - a.length).map(escape).join("|");

const PLACE_SEA = new Map(Object.entries(COASTS).flatMap(([sea, places]) => places.map((p) => [p, sea] as const)));
const PLACE_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation([...PLACE_SEA.keys()])})(?![\\p{L}\\p{N}])`, "gu");
const AMERICAS_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation([...PLACE_SEA.keys(), ...AMERICAS_TWO_COASTS])})(?![\\p{L}\\p{N}])`, "u");

/** A place is a sea's coast only in words that say so: "off X", "the coast of X", "X's waters", "the Venezuelan coast". */
const COAST_BEFORE_RE =
  /(?:\b(?:off|along|near)\s+(?:the\s+)?(?:(?:[\p{Ll}-]+\s+)?(?:coast|coasts|coastline|shores?|waters)\s+(?:of|off)\s+(?:the\s+)?)?|\b(?:coast|coasts|coastline|shores?|waters)\s+(?:of|off)\s+(?:the\s+)?)$/iu;
const COAST_AFTER_RE = /^(?:[’']s)?\s+(?:[\p{L}-]+\s+)?(?:coast|coasts|coastline|shores?|waters)\b/u;

/** Words that tie a sea to the strikes: an act at sea, its targets or the campaign. */
const STRIKE_CUE_RE =
  /\b(?:strikes?|struck|airstrikes?|attacks?|attacked|bomb(?:ed|ing|ings)?|boats?|vessels?|ships?|pirogues?|speedboats?|semi-submersibles?|campaign|sank|sunk|destroyed|killed|killing|survivors?|targeting|targeted|kinetic)\b/i;
/** How far (characters) a cue may stand before or after the sea it ties to the strikes. */
const CUE_BEFORE = 100;
const CUE_AFTER = 60;

export type RegionHit = Span & {
  /** The sea, as a theatre name ("eastern Pacific"). */
  name: string;
  via: "sea" | "coast";
  /** Named next to a word about the strikes ("strikes on boats in the Caribbean"). */
  nearStrike: boolean;
};

/**
 * The seas named in text[span], in order, "Pacific" already read as the
 * eastern Pacific when the span ties it to the Americas (the Caribbean or a
 * country of the Americas named beside it). Offsets index into `text`.
 */
export function regionHits(text: string, span: Span = { start: 0, end: text.length }): RegionHit[] {
  const s = text.slice(span.start, span.end);
  const found: { name: string; start: number; end: number; via: RegionHit["via"] }[] = [];
  const taken = (start: number, end: number) => found.some((f) => start < f.end && end > f.start);
  for (const sea of SEAS) {
    sea.re.lastIndex = 0;
    for (const m of s.matchAll(sea.re)) {
      if (!taken(m.index, m.index + m[0].length)) found.push({ name: sea.name, start: m.index, end: m.index + m[0].length, via: "sea" });
    }
  }
  PLACE_RE.lastIndex = 0;
  for (const m of s.matchAll(PLACE_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken(start, end)) continue;
    if (!COAST_BEFORE_RE.test(s.slice(Math.max(0, start - 60), start)) && !COAST_AFTER_RE.test(s.slice(end, end + 40))) continue;
    found.push({ name: PLACE_SEA.get(m[0])!, start, end, via: "coast" });
  }
  const americas = found.some((f) => f.name === "Caribbean") || AMERICAS_RE.test(s);
  return found
    .sort((a, b) => a.start - b.start)
    .map((f) => ({
      name: f.name === "Pacific" && americas ? "eastern Pacific" : f.name,
      start: span.start + f.start,
      end: span.start + f.end,
      via: f.via,
      nearStrike: STRIKE_CUE_RE.test(s.slice(Math.max(0, f.start - CUE_BEFORE), f.end + CUE_AFTER)),
    }));
}

/**
 * Theatre names of some hits, in order of first mention, each once; a bare
 * "Pacific" gives way to "eastern Pacific" when that is named too (or when
 * `easternPacific` says the article names it elsewhere).
 */
export function theatreNames(hits: readonly Pick<RegionHit, "name">[], easternPacific = false): string[] {
  const names: string[] = [];
  for (const h of hits) {
    const name = h.name === "Pacific" && easternPacific ? "eastern Pacific" : h.name;
    if (!names.includes(name)) names.push(name);
  }
  return names.includes("eastern Pacific") ? names.filter((n) => n !== "Pacific") : names;
}

/** A region value as stored on an event: theatre names joined with " and " (the timeline splits them back). */
export function formatRegion(names: readonly string[]): string | null {
  return names.length ? names.join(" and ") : null;
}

export function parseRegion(region: string | null | undefined): string[] {
  return region ? region.split(" and ").map((x) => x.trim()).filter(Boolean) : [];
}

/** Regions named in text[span]; "Pacific" is dropped when "eastern Pacific" was found. Joined with " and ". */
export function detectRegion(text: string, span: Span = { start: 0, end: text.length }): string | null {
  return formatRegion(theatreNames(regionHits(text, span)));
}

/**
 * Two sources' regions of one event: the union, with the specific
 * "eastern Pacific" replacing a bare "Pacific".
 */
export function mergeRegions(a: string | null, b: string | null): string | null {
  return formatRegion(theatreNames([...parseRegion(a), ...parseRegion(b)].map((name) => ({ name }))));
}

/** Whether two regions can describe one event: either unknown, or one theatre in common (Pacific within eastern Pacific). */
export function regionsCompatible(a: string | null | undefined, b: string | null | undefined): boolean {
  const pa = parseRegion(a);
  const pb = parseRegion(b);
  if (pa.length === 0 || pb.length === 0) return true;
  const widen = (n: string) => (n === "eastern Pacific" ? "Pacific" : n);
  return pa.some((x) => pb.some((y) => widen(x) === widen(y)));
}

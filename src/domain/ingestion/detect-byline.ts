/**
 * Bylines are printed as "By Name[ and Name]" or, at the foot of some
 * papers' articles, "Write to Name at address, Name at address and Name at address".
 */
export function detectByline(text: string): string | null {
  for (const line of text.split("\n")) {
    const l = line.trim();
    const by = /^By\s+(\p{Lu}[\p{L}.'’-]+(?:\s+(?:\p{Lu}[\p{L}.'’-]+|and|&|de|da|van|von))*)\s*$/u.exec(l);
    if (by && l.length <= 100) return by[1]!.trim();
    if (/^Write to /.test(l)) {
      const names = [...l.matchAll(/(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+)\s+at\s+\S+@/gu)].map((m) => m[1]!);
      if (names.length) return joinNames(names);
    }
  }
  return null;
}

function joinNames(names: string[]): string {
  if (names.length <= 2) return names.join(" and ");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/**
 * A headline: the first short line that reads like a title (no closing full
 * stop) rather than chrome or a dateline; failing that, the lede's first
 * sentence, which is still the article's own words.
 */
export function detectTitle(text: string): string | null {
  const lines = text.split("\n").map((l) => l.trim()).slice(0, 15);
  const isChrome = (l: string) => /^(©|Published|Updated|By\s)/i.test(l) || /\d{1,2}:\d{2}/.test(l) || !/^\p{Lu}/u.test(l);
  const headline = lines.find((l) => !isChrome(l) && l.split(/\s+/).length >= 4 && l.length <= 160 && !/[.:]$/.test(l));
  if (headline) return headline;
  const lede = lines.find((l) => !isChrome(l) && l.split(/\s+/).length >= 8);
  if (!lede) return null;
  const first = /^.{20,200}?[.!?](?=\s+\p{Lu}|$)/u.exec(lede)?.[0] ?? lede.slice(0, 160);
  return first.trim();
}

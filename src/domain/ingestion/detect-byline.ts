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

/** A headline: the first short line that reads like a title rather than chrome or a dateline. */
export function detectTitle(text: string): string | null {
  for (const line of text.split("\n").slice(0, 15)) {
    const l = line.trim();
    const words = l.split(/\s+/).length;
    if (words < 4 || l.length > 220) continue;
    if (/^(©|Published|Updated|By\s)/i.test(l) || /\d{1,2}:\d{2}/.test(l)) continue;
    if (!/\p{Lu}/u.test(l[0] ?? "")) continue;
    return l;
  }
  return null;
}

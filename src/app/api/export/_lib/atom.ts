/**
 * Atom 1.0 (RFC 4287) written by hand: feed id, title, updated, author and
 * rel="self" link; entries with a tag: URI id (RFC 4151), title, updated,
 * a link to the page and the source's exact words as the summary.
 */

export type AtomEntry = {
  /** Path after the tag authority, e.g. "event/2a0de7c8". */
  key: string;
  title: string;
  href: string;
  updated: Date;
  summary: string;
  category: string;
};

export type AtomFeed = {
  title: string;
  subtitle: string;
  selfHref: string;
  alternateHref: string;
  /** DNS name the tag URIs are minted under (no port). */
  authority: string;
  entries: AtomEntry[];
};

export function xmlEscape(s: string): string {
  // Characters XML 1.0 forbids are dropped; everything else is escaped, never altered.
  return s
    .replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

const TAG_DATE = "2025";

export function tagUri(authority: string, key: string): string {
  return `tag:${authority},${TAG_DATE}:${key}`;
}

export function atomFeed(feed: AtomFeed): string {
  const updated = feed.entries.reduce((max, e) => (e.updated > max ? e.updated : max), new Date(0));
  const lines = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom">`,
    `  <id>${xmlEscape(tagUri(feed.authority, "feed"))}</id>`,
    `  <title>${xmlEscape(feed.title)}</title>`,
    `  <subtitle>${xmlEscape(feed.subtitle)}</subtitle>`,
    `  <updated>${updated.toISOString()}</updated>`,
    `  <author><name>Tideline</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(feed.selfHref)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(feed.alternateHref)}"/>`,
  ];
  for (const e of feed.entries) {
    lines.push(
      `  <entry>`,
      `    <id>${xmlEscape(tagUri(feed.authority, e.key))}</id>`,
      `    <title>${xmlEscape(e.title)}</title>`,
      `    <updated>${e.updated.toISOString()}</updated>`,
      `    <link rel="alternate" type="text/html" href="${xmlEscape(e.href)}"/>`,
      `    <category term="${xmlEscape(e.category)}"/>`,
      `    <summary type="text">${xmlEscape(e.summary)}</summary>`,
      `  </entry>`,
    );
  }
  lines.push(`</feed>`);
  return lines.join("\n") + "\n";
}

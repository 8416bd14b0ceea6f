import type { SpanRef } from "../db/queries/types";

/** Anchor id of a span in the article reader; links and the reader must agree on it. */
export function spanId(start: number, end: number): string {
  return `s-${start}-${end}`;
}

export function spanHref(span: Pick<SpanRef, "articleId" | "start" | "end">): string {
  return `/articles/${encodeURIComponent(span.articleId)}#${spanId(span.start, span.end)}`;
}

export const actorHref = (id: string) => `/actors/${encodeURIComponent(id)}`;
export const claimHref = (id: string) => `/claims/${encodeURIComponent(id)}`;
export const quoteHref = (id: string) => `/quotes/${encodeURIComponent(id)}`;
export const articleHref = (id: string) => `/articles/${encodeURIComponent(id)}`;

/**
 * An event on the timeline. The timeline is paged, so the query names the
 * event and the server opens the page that holds it; the fragment scrolls to it.
 */
export const eventHref = (id: string) => `/timeline?event=${encodeURIComponent(id)}#e-${encodeURIComponent(id)}`;

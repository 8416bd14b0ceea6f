"use client";
import { useEffect } from "react";

/**
 * Links made before the timeline was paged point at `/timeline#e-ID` (feed
 * entries, downloaded exports). A fragment never reaches the server, so when
 * the event is not on the page that opened, ask for the page that holds it.
 */
export function EventHashRedirect() {
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (!/^e-[A-Za-z0-9._:-]+$/.test(id) || document.getElementById(id)) return;
    const url = new URL(window.location.href);
    if (url.searchParams.get("event") === id.slice(2)) return;
    url.searchParams.set("event", id.slice(2));
    url.searchParams.delete("page");
    window.location.replace(url.toString());
  }, []);
  return null;
}

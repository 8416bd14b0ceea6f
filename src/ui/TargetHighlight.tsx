"use client";
import { useEffect } from "react";

/**
 * :target only reaches the empty anchor; this lights every segment of the
 * targeted span (data-s lists the spans a segment belongs to).
 */
export function TargetHighlight() {
  useEffect(() => {
    const apply = () => {
      for (const el of document.querySelectorAll("[data-target]")) el.removeAttribute("data-target");
      const id = decodeURIComponent(window.location.hash.slice(1));
      if (!/^s-\d+-\d+$/.test(id)) return;
      const parts = document.querySelectorAll(`[data-s~="${id}"]`);
      for (const el of parts) el.setAttribute("data-target", "true");
      parts[0]?.scrollIntoView({ block: "center" });
    };
    apply();
    window.addEventListener("hashchange", apply);
    return () => window.removeEventListener("hashchange", apply);
  }, []);
  return null;
}

"use client";
import { useEffect } from "react";

/**
 * The legend works without script (CSS :has() on the checkboxes, or the GET
 * form's "Show selected" button). With script, each toggle also rewrites the URL so the
 * view can be shared, keeping the #s-START-END deep link, and that button goes away.
 */
export function LayerSync({ formId }: { formId: string }) {
  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    const apply = form.querySelector<HTMLElement>("[data-apply]");
    if (apply) apply.hidden = true;
    const onChange = () => {
      const url = new URL(window.location.href);
      const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="show"]')];
      url.searchParams.delete("show");
      url.searchParams.delete("layers");
      if (boxes.some((b) => !b.checked)) {
        url.searchParams.set("layers", "1");
        for (const b of boxes) if (b.checked) url.searchParams.append("show", b.value);
      }
      window.history.replaceState(window.history.state, "", url);
    };
    form.addEventListener("change", onChange);
    return () => form.removeEventListener("change", onChange);
  }, [formId]);
  return null;
}

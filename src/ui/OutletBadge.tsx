import type { OutletRef } from "../db/queries/types";

export function OutletBadge({ outlet }: { outlet: OutletRef }) {
  return <span className="font-semibold text-slate-900 dark:text-slate-100">{outlet.name}</span>;
}

export function PageSkeleton() {
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-3">
      <span className="sr-only">Loading…</span>
      <div className="h-9 w-2/3 rounded bg-slate-200 dark:bg-slate-800" />
      <div className="h-4 w-1/2 rounded bg-slate-200 dark:bg-slate-800" />
      <div className="h-32 rounded bg-slate-100 dark:bg-slate-900" />
      <div className="h-32 rounded bg-slate-100 dark:bg-slate-900" />
    </div>
  );
}

/** Page scaffolding shared by every page: title block, sections, empty states, stats. */

export function PageHeader({ title, lede, children }: { title: React.ReactNode; lede?: React.ReactNode; children?: React.ReactNode }) {
  return (
    <header className="mb-6 border-b border-slate-200 dark:border-slate-800 pb-4">
      <h1 className="font-serif text-3xl font-bold leading-tight tracking-tight text-slate-950 dark:text-slate-50 sm:text-4xl">{title}</h1>
      {lede ? <div className="mt-2 max-w-3xl text-base text-slate-700 dark:text-slate-300">{lede}</div> : null}
      {children}
    </header>
  );
}

export function Section({ title, id, children, aside }: { title: string; id?: string; children: React.ReactNode; aside?: React.ReactNode }) {
  const headingId = id ? `${id}-heading` : undefined;
  return (
    <section aria-labelledby={headingId} className="mb-8">
      <div className="mb-3 flex items-baseline justify-between gap-3 border-b-2 border-slate-900 dark:border-slate-100 pb-1">
        <h2 id={headingId} className="text-sm font-bold uppercase tracking-widest text-slate-900 dark:text-slate-100">
          {title}
        </h2>
        {aside}
      </div>
      {children}
    </section>
  );
}

export function EmptyState({ title, children }: { title: string; children?: React.ReactNode }) {
  return (
    <div className="rounded-md border border-dashed border-slate-300 dark:border-slate-700 bg-slate-50 dark:bg-slate-950 p-6 text-slate-700 dark:text-slate-300" role="status">
      <p className="font-semibold text-slate-900 dark:text-slate-100">{title}</p>
      {children ? <div className="mt-1 text-sm">{children}</div> : null}
    </div>
  );
}

export function StatGrid({ stats }: { stats: { label: string; value: number; href?: string }[] }) {
  return (
    <dl className="grid grid-cols-2 gap-px overflow-hidden rounded-md border border-slate-200 dark:border-slate-800 bg-slate-200 dark:bg-slate-800 sm:grid-cols-3 lg:grid-cols-6">
      {stats.map((s) => (
        <div key={s.label} className="flex flex-col-reverse bg-white dark:bg-slate-900 p-3">
          <dt className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
            {s.href ? (
              <a href={s.href} className="hover:underline">
                {s.label}
              </a>
            ) : (
              s.label
            )}
          </dt>
          <dd className="font-serif text-3xl font-bold tabular-nums text-slate-950 dark:text-slate-50">{s.value.toLocaleString("en-US")}</dd>
        </div>
      ))}
    </dl>
  );
}

export function Notice({ children }: { children: React.ReactNode }) {
  return (
    <div role="alert" className="mb-4 rounded-md border border-amber-300 dark:border-amber-700 bg-amber-50 dark:bg-amber-950 p-3 text-sm text-amber-950 dark:text-amber-50">
      {children}
    </div>
  );
}

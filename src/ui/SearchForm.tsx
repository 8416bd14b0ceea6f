/**
 * The site-wide search box: a plain GET form to /search, works without script.
 * The button says "Go" (the landmark and the field say search), so pages keep
 * their own "Search" buttons unambiguous.
 */
export function SearchForm({
  defaultValue = "",
  id = "site-search",
  className = "",
  label = "Site search",
}: {
  defaultValue?: string;
  id?: string;
  className?: string;
  label?: string;
}) {
  return (
    <form action="/search" method="get" role="search" aria-label={label} className={`flex min-w-0 items-center gap-1 ${className}`}>
      <label htmlFor={id} className="sr-only">
        Search actors, quotes, claims and articles
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={defaultValue}
        maxLength={200}
        placeholder="Search…"
        className="w-36 min-w-0 rounded border border-slate-400 dark:border-slate-600 bg-white dark:bg-slate-900 px-2 py-1 text-sm text-slate-900 dark:text-slate-100 placeholder:text-slate-600 dark:placeholder:text-slate-400 sm:w-48"
      />
      <button type="submit" className="rounded bg-slate-900 dark:bg-slate-100 px-2 py-1 text-sm font-medium text-white dark:text-slate-950 hover:bg-slate-700 dark:hover:bg-slate-300">
        Go
      </button>
    </form>
  );
}

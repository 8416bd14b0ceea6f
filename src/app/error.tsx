"use client";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="rounded-md border border-rose-300 dark:border-rose-700 bg-rose-50 dark:bg-rose-950 p-6">
      <h1 className="font-serif text-2xl font-bold text-rose-950 dark:text-rose-50">Something went wrong</h1>
      <p className="mt-2 text-sm text-rose-900 dark:text-rose-100">
        The page could not be built{error.digest ? ` (reference ${error.digest})` : ""}. The database may be busy or unavailable.
      </p>
      <button type="button" onClick={reset} className="mt-4 rounded bg-rose-900 dark:bg-rose-100 px-3 py-1.5 text-sm font-medium text-white dark:text-slate-950 hover:bg-rose-800 dark:hover:bg-rose-200">
        Try again
      </button>
    </div>
  );
}

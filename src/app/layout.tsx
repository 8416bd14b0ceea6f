import type { Metadata } from "next";
import Link from "next/link";
import { NavLinks } from "../ui/NavLinks";
import { SearchForm } from "../ui/SearchForm";
import { THEME_SCRIPT, ThemeToggle } from "../ui/ThemeToggle";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Tideline", template: "%s · Tideline" },
  description: "A sourced timeline, actor directory and claim citations for one running news story.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* Before first paint: a stored theme choice, so the page never flashes the other theme. */}
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body className="min-h-screen bg-stone-50 dark:bg-stone-950 font-sans text-slate-900 dark:text-slate-100 antialiased">
        <a
          href="#main"
          className="sr-only z-50 rounded bg-slate-900 dark:bg-slate-100 px-3 py-2 text-white dark:text-slate-950 focus:not-sr-only focus:fixed focus:left-3 focus:top-3"
        >
          Skip to content
        </a>
        <header className="sticky top-0 z-40 border-b border-slate-200 dark:border-slate-800 bg-white/95 dark:bg-slate-900/95 backdrop-blur">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2">
            <Link href="/" className="font-serif text-xl font-bold tracking-tight text-slate-950 dark:text-slate-50">
              Tideline
              <span className="ml-2 hidden font-sans text-xs font-normal text-slate-500 dark:text-slate-400 sm:inline">
                US strikes on alleged drug boats, 2025
              </span>
            </Link>
            <nav aria-label="Main" className="ml-auto">
              <NavLinks />
            </nav>
            <SearchForm />
            <ThemeToggle />
          </div>
        </header>
        <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 focus:outline-none">
          {children}
        </main>
        <footer className="mx-auto max-w-6xl border-t border-slate-200 dark:border-slate-800 px-4 py-6 text-xs text-slate-600 dark:text-slate-400">
          Every quoted excerpt is the article's own text, linked to its exact place. Dates are shown only as precisely as the sources give them.
        </footer>
      </body>
    </html>
  );
}

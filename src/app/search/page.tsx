import type { Metadata } from "next";
import { flattenParams, type RawSearchParams } from "../../db/queries/params";
import { search, SEARCH_MAX_LENGTH } from "../../db/queries/search";
import { EmptyState, Notice, PageHeader } from "../../ui/Layout";
import { SearchForm } from "../../ui/SearchForm";
import { SearchResults } from "../../ui/SearchResults";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = (flattenParams(await searchParams).q ?? "").trim();
  return { title: q ? `Search: ${q.slice(0, 60)}` : "Search" };
}

export default async function SearchPage({ searchParams }: Props) {
  const raw = (flattenParams(await searchParams).q ?? "").trim();
  const tooLong = raw.length > SEARCH_MAX_LENGTH;
  const results = raw && !tooLong ? await search(raw) : null;
  return (
    <>
      <PageHeader
        title="Search"
        lede="Actors, quotes, claims and articles. Words match in any form (strike, strikes, striking); names also match near spellings (Barrot, Barrault)."
      >
        <SearchForm id="search-page-q" label="Search the story" defaultValue={raw.slice(0, SEARCH_MAX_LENGTH)} className="mt-4 max-w-xl [&_input]:w-full [&_input]:text-base" />
      </PageHeader>
      {tooLong ? <Notice>The query is too long: at most {SEARCH_MAX_LENGTH} characters.</Notice> : null}
      {results ? (
        <SearchResults results={results} />
      ) : !tooLong ? (
        <EmptyState title="Type a word or a name">
          For example <a href="/search?q=Barrot" className="text-teal-800 dark:text-teal-200 underline">Barrot</a>,{" "}
          <a href="/search?q=international+law" className="text-teal-800 dark:text-teal-200 underline">international law</a> or{" "}
          <a href="/search?q=Hegseth" className="text-teal-800 dark:text-teal-200 underline">Hegseth</a>. Use quotes for a phrase and a minus sign to leave a word out.
        </EmptyState>
      ) : null}
    </>
  );
}

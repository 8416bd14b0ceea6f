import Link from "next/link";

/** First-N lists: a plain link to the full list, saying how many it holds, so it works without JavaScript. */
export function ShowAllLink({ shown, total, noun, href }: { shown: number; total: number; noun: string; href: string }) {
  if (shown >= total) return null;
  return (
    <p className="mt-3 text-sm" data-testid="show-all">
      <Link href={href} className="font-medium text-teal-800 dark:text-teal-200 underline underline-offset-2">
        Show all {total} {noun}
      </Link>{" "}
      <span className="text-slate-600 dark:text-slate-400">({total - shown} more)</span>
    </p>
  );
}

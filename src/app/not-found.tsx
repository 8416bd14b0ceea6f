import Link from "next/link";

export default function NotFound() {
  return (
    <div className="py-10">
      <h1 className="font-serif text-3xl font-bold text-slate-950 dark:text-slate-50">Not found</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">There is no such page, or the record it pointed to is no longer in the database.</p>
      <p className="mt-4">
        <Link href="/" className="text-teal-800 dark:text-teal-200 underline underline-offset-2">
          Back to the overview
        </Link>
      </p>
    </div>
  );
}

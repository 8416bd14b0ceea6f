"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

const LINKS = [
  { href: "/", label: "Overview" },
  { href: "/timeline", label: "Timeline" },
  { href: "/actors", label: "Actors" },
  { href: "/claims", label: "Claims" },
  { href: "/quotes", label: "Quotes" },
  { href: "/articles", label: "Articles" },
];

export function NavLinks() {
  const pathname = usePathname();
  return (
    <ul className="flex flex-wrap gap-x-1 gap-y-1 text-sm">
      {LINKS.map((l) => {
        const active = l.href === "/" ? pathname === "/" : pathname === l.href || pathname.startsWith(`${l.href}/`);
        return (
          <li key={l.href}>
            <Link
              href={l.href}
              aria-current={active ? "page" : undefined}
              className={`block rounded px-2 py-1 font-medium ${active ? "bg-slate-900 dark:bg-slate-100 text-white dark:text-slate-950" : "text-slate-700 dark:text-slate-300 hover:bg-slate-100 dark:hover:bg-slate-800 hover:text-slate-950 dark:hover:text-slate-50"}`}
            >
              {l.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

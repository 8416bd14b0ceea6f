const TONES = {
  neutral: "bg-slate-100 dark:bg-slate-900 text-slate-700 dark:text-slate-300 ring-slate-300 dark:ring-slate-700",
  teal: "bg-teal-50 dark:bg-teal-950 text-teal-800 dark:text-teal-200 ring-teal-300 dark:ring-teal-700",
  amber: "bg-amber-50 dark:bg-amber-950 text-amber-900 dark:text-amber-100 ring-amber-300 dark:ring-amber-700",
  rose: "bg-rose-50 dark:bg-rose-950 text-rose-800 dark:text-rose-200 ring-rose-300 dark:ring-rose-700",
  sky: "bg-sky-50 dark:bg-sky-950 text-sky-800 dark:text-sky-200 ring-sky-300 dark:ring-sky-700",
  violet: "bg-violet-50 dark:bg-violet-950 text-violet-800 dark:text-violet-200 ring-violet-300 dark:ring-violet-700",
  emerald: "bg-emerald-50 dark:bg-emerald-950 text-emerald-800 dark:text-emerald-200 ring-emerald-300 dark:ring-emerald-700",
} as const;

export type Tone = keyof typeof TONES;

export function Badge({ children, tone = "neutral", title }: { children: React.ReactNode; tone?: Tone; title?: string }) {
  return (
    <span
      title={title}
      className={`inline-flex items-center rounded px-1.5 py-0.5 text-[11px] font-semibold uppercase tracking-wide ring-1 ring-inset ${TONES[tone]}`}
    >
      {children}
    </span>
  );
}

const KIND_TONES: Record<string, Tone> = {
  strike: "rose",
  statement: "sky",
  designation: "violet",
  policy: "teal",
  legal: "amber",
  diplomatic: "emerald",
  historical: "neutral",
  person: "sky",
  organization: "teal",
  country: "emerald",
  group: "violet",
  figure: "rose",
  event: "violet",
  assertion: "sky",
};

export function KindBadge({ kind }: { kind: string }) {
  return <Badge tone={KIND_TONES[kind] ?? "neutral"}>{kind}</Badge>;
}

const STATUS_TONES: Record<string, Tone> = { reported: "neutral", disputed: "amber", denied: "rose", confirmed: "emerald" };

export function StatusBadge({ status }: { status: string }) {
  return (
    <Badge tone={STATUS_TONES[status] ?? "neutral"} title={`Claim status: ${status}`}>
      {status}
    </Badge>
  );
}

export function StanceBadge({ stance }: { stance: "supports" | "denies" }) {
  return <Badge tone={stance === "denies" ? "rose" : "emerald"}>{stance}</Badge>;
}

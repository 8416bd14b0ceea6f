const TONES = {
  neutral: "bg-slate-100 text-slate-700 ring-slate-300",
  teal: "bg-teal-50 text-teal-800 ring-teal-300",
  amber: "bg-amber-50 text-amber-900 ring-amber-300",
  rose: "bg-rose-50 text-rose-800 ring-rose-300",
  sky: "bg-sky-50 text-sky-800 ring-sky-300",
  violet: "bg-violet-50 text-violet-800 ring-violet-300",
  emerald: "bg-emerald-50 text-emerald-800 ring-emerald-300",
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

import Link from "next/link";
import type { ActorRef } from "../db/queries/types";
import { actorHref } from "./links";

export function ActorLink({ actor }: { actor: ActorRef }) {
  return (
    <Link href={actorHref(actor.id)} className="font-medium text-teal-800 dark:text-teal-200 underline decoration-teal-200 dark:decoration-teal-800 underline-offset-2 hover:decoration-teal-700 dark:hover:decoration-teal-300">
      {actor.name}
    </Link>
  );
}

export function ActorList({ actors }: { actors: ActorRef[] }) {
  if (actors.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-x-3 gap-y-1 text-sm" aria-label="Actors">
      {actors.map((a) => (
        <li key={a.id}>
          <ActorLink actor={a} />
        </li>
      ))}
    </ul>
  );
}

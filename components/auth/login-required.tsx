import Link from "next/link";
import type { Role, SessionUser } from "@/lib/schemas/user";

type Props = { user: SessionUser | null; role: Role; doing: string; next: string };

/** Shown instead of a form the visitor may not use: says why and what to do. */
export function LoginRequired({ user, role, doing, next }: Props) {
  return (
    <p role="status" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950">
      {user ? (
        <>
          To {doing} you need the {role} role; {user.email} is a {user.role}. Ask an admin to change it.
        </>
      ) : (
        <>
          To {doing},{" "}
          <Link href={`/login?next=${encodeURIComponent(next)}`} className="font-medium text-blue-800 underline">
            log in
          </Link>{" "}
          with an {role} account.
        </>
      )}
    </p>
  );
}

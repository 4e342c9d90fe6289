import Link from "next/link";
import type { SessionUser } from "@/lib/schemas/user";

/** The nav's right end: who is logged in and a logout button, or a login link. */
export function UserMenu({ user, logoutAction }: { user: SessionUser | null; logoutAction: () => Promise<void> }) {
  if (!user)
    return (
      <Link href="/login" className="ml-auto text-slate-700 hover:text-blue-700">
        Log in
      </Link>
    );
  return (
    <form action={logoutAction} className="ml-auto flex items-center gap-3 text-sm">
      <span className="text-slate-700">
        Logged in as <strong className="font-medium">{user.email}</strong> ({user.role})
      </span>
      <button type="submit" className="rounded border border-slate-300 px-2 py-1 hover:bg-slate-100">
        Log out
      </button>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { NO_MESSAGE, type FormAction } from "@/lib/form-state";
import { ROLES } from "@/lib/schemas/user";

type Props = { userId: number; email: string; role: string; action: FormAction };

/** Changes one account's role: a labelled select and a real button. */
export function RoleSelect({ userId, email, role, action }: Props) {
  const [state, formAction, isPending] = useActionState(action, NO_MESSAGE);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <label className="sr-only" htmlFor={`role-${userId}`}>
        Role of {email}
      </label>
      <select id={`role-${userId}`} name="role" defaultValue={role} className="rounded border border-slate-300 p-1">
        {ROLES.map((r) => (
          <option key={r}>{r}</option>
        ))}
      </select>
      <button
        type="submit"
        disabled={isPending}
        className="rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100"
      >
        Change role of {email}
      </button>
      {(state.message ?? state.done) && (
        <span role="status" className="text-sm">
          {state.message ?? state.done}
        </span>
      )}
    </form>
  );
}

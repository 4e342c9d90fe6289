"use client";

import { useActionState } from "react";
import { FieldError } from "@/components/ui/field-error";
import { NO_MESSAGE, type ActionState, type FormAction } from "@/lib/form-state";
import { ROLES, MIN_PASSWORD_LENGTH } from "@/lib/schemas/user";

type NewUserValues = { values: { email: string; role: string } };
export type NewUserFormState = ActionState<NewUserValues>;

type Props = { action: FormAction<NewUserValues> };
const INPUT = "block w-full rounded border border-slate-300 p-2";

export function NewUserForm({ action }: Props) {
  const [state, formAction, isPending] = useActionState(action, {
    ...NO_MESSAGE,
    values: { email: "", role: "viewer" },
  });
  const e = state.fieldErrors;
  return (
    <form
      key={JSON.stringify(state.values) + (state.done ?? "")}
      action={formAction}
      aria-labelledby="new-user-heading"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id="new-user-heading" className="text-lg font-semibold">
        Add an account
      </h2>
      {state.message && (
        <p role="alert" className="rounded bg-red-50 p-2 text-red-900">
          {state.message}
        </p>
      )}
      {state.done && (
        <p role="status" className="rounded bg-green-50 p-2 text-green-900">
          {state.done}
        </p>
      )}
      <div className="grid gap-3 sm:grid-cols-3">
        <div className="space-y-1">
          <label htmlFor="new-email" className="block text-sm font-medium">
            Email
          </label>
          <input
            id="new-email"
            name="email"
            type="email"
            required
            defaultValue={state.values.email}
            aria-describedby="new-email-error"
            className={INPUT}
          />
          <FieldError id="new-email-error" messages={e.email} />
        </div>
        <div className="space-y-1">
          <label htmlFor="new-role" className="block text-sm font-medium">
            Role
          </label>
          <select id="new-role" name="role" defaultValue={state.values.role} className={INPUT}>
            {ROLES.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="new-password" className="block text-sm font-medium">
            Password
          </label>
          <input
            id="new-password"
            name="password"
            type="password"
            autoComplete="new-password"
            required
            aria-describedby="new-password-help new-password-error"
            className={INPUT}
          />
          <p id="new-password-help" className="text-xs text-slate-600">
            at least {MIN_PASSWORD_LENGTH} characters
          </p>
          <FieldError id="new-password-error" messages={e.password} />
        </div>
      </div>
      <button
        type="submit"
        disabled={isPending}
        className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-60"
      >
        Add account
      </button>
    </form>
  );
}

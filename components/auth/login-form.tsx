"use client";

import { useActionState } from "react";
import { FieldError } from "@/components/ui/field-error";
import { NO_MESSAGE, type ActionState, type FormAction } from "@/lib/form-state";

type LoginValues = { values: { email: string; next: string } };
export type LoginFormState = ActionState<LoginValues>;

type Props = { action: FormAction<LoginValues>; next: string };

const INPUT = "block w-full rounded border border-slate-300 p-2 aria-[invalid=true]:border-red-700";

export function LoginForm({ action, next }: Props) {
  const [state, formAction, isPending] = useActionState(action, { ...NO_MESSAGE, values: { email: "", next } });
  const errors = state.fieldErrors;
  return (
    <form
      key={state.values.email + (state.message ?? "")}
      action={formAction}
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
    >
      {state.message && (
        <p role="alert" className="rounded bg-red-50 p-2 text-red-900">
          {state.message}
        </p>
      )}
      <input type="hidden" name="next" value={state.values.next} />
      <div className="space-y-1">
        <label htmlFor="email" className="block font-medium">
          Email
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.values.email}
          aria-invalid={errors.email ? true : undefined}
          aria-describedby="email-error"
          className={INPUT}
        />
        <FieldError id="email-error" messages={errors.email} />
      </div>
      <div className="space-y-1">
        <label htmlFor="password" className="block font-medium">
          Password
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={errors.password ? true : undefined}
          aria-describedby="password-error"
          className={INPUT}
        />
        <FieldError id="password-error" messages={errors.password} />
      </div>
      <button
        type="submit"
        disabled={isPending}
        className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-60"
      >
        {isPending ? "Logging in…" : "Log in"}
      </button>
    </form>
  );
}

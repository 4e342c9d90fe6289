import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeNextPath } from "@/lib/security/safe-path";
import { loginAction } from "./actions";

export const metadata: Metadata = { title: "Log in" };

type Props = { searchParams: Promise<{ next?: string }> };

export default async function LoginPage({ searchParams }: Props) {
  const { next } = await searchParams;
  const target = safeNextPath(next) ?? "/";
  if (await getCurrentUser()) redirect(target);
  return (
    <div className="max-w-md space-y-4">
      <h1 className="text-2xl font-semibold">Log in</h1>
      <p className="text-slate-700">Editors log in to correct, verify and import deals. Ask an admin for an account.</p>
      <LoginForm action={loginAction} next={target} />
    </div>
  );
}

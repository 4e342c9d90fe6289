import type { Metadata } from "next";
import Link from "next/link";
import { UserMenu } from "@/components/auth/user-menu";
import { getCurrentUser } from "@/lib/auth/current-user";
import { hasRole } from "@/lib/auth/roles";
import { logoutAction } from "./login/actions";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Investment tracker", template: "%s · Investment tracker" },
  description: "Investment announcements from news articles, with the words behind every number.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        <header className="border-b border-slate-200 bg-white">
          <nav aria-label="Main" className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
            <Link href="/" className="font-semibold text-slate-900">
              Investment tracker
            </Link>
            <Link href="/deals" className="text-slate-700 hover:text-blue-700">
              Deals
            </Link>
            <Link href="/articles" className="text-slate-700 hover:text-blue-700">
              Articles
            </Link>
            <Link href="/import" className="text-slate-700 hover:text-blue-700">
              Import
            </Link>
            {hasRole(user, "editor") && (
              <Link href="/review" className="text-slate-700 hover:text-blue-700">
                Review
              </Link>
            )}
            {hasRole(user, "editor") && (
              <Link href="/duplicates" className="text-slate-700 hover:text-blue-700">
                Duplicates
              </Link>
            )}
            {hasRole(user, "admin") && (
              <Link href="/admin/users" className="text-slate-700 hover:text-blue-700">
                Users
              </Link>
            )}
            <UserMenu user={user} logoutAction={logoutAction} />
          </nav>
        </header>
        <main id="main" className="mx-auto max-w-7xl px-4 py-6">
          {children}
        </main>
      </body>
    </html>
  );
}

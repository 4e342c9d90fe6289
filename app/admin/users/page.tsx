import type { Metadata } from "next";
import { NewUserForm } from "@/components/admin/new-user-form";
import { RoleSelect } from "@/components/admin/role-select";
import { LoginRequired } from "@/components/auth/login-required";
import { getCurrentUser } from "@/lib/auth/current-user";
import { hasRole } from "@/lib/auth/roles";
import { listUsers } from "@/lib/data/list-users";
import { addUserAction, changeRoleAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const user = await getCurrentUser();
  if (!hasRole(user, "admin")) {
    return (
      <div className="max-w-3xl space-y-4">
        <h1 className="text-2xl font-semibold">Users</h1>
        <LoginRequired user={user} role="admin" doing="manage users" next="/admin/users" />
      </div>
    );
  }
  const users = await listUsers();
  return (
    <div className="max-w-4xl space-y-6">
      <h1 className="text-2xl font-semibold">Users</h1>
      <p className="text-slate-700">
        Viewers read; editors also correct, verify, reject and import; admins also manage accounts.
      </p>
      <table className="min-w-full rounded-lg border border-slate-200 bg-white text-left text-sm">
        <caption className="sr-only">Accounts</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="px-3 py-2">
              Email
            </th>
            <th scope="col" className="px-3 py-2">
              Since
            </th>
            <th scope="col" className="px-3 py-2">
              Role
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} className="border-t border-slate-100">
              <td className="px-3 py-2">{u.email}</td>
              <td className="px-3 py-2">{u.createdAt.slice(0, 10)}</td>
              <td className="px-3 py-2">
                <RoleSelect userId={u.id} email={u.email} role={u.role} action={changeRoleAction} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <NewUserForm action={addUserAction} />
    </div>
  );
}

import { createUser } from "../data/create-user";
import { countUsers } from "../data/list-users";
import { generatePassword, hashPassword } from "./password";

export type BootstrapResult = { created: false } | { created: true; email: string; generatedPassword: string | null };

/**
 * On first start (no account at all) creates the admin from ADMIN_EMAIL / ADMIN_PASSWORD,
 * or with a generated password that the caller prints once: it is stored only as a hash.
 */
export async function ensureAdmin(env: NodeJS.ProcessEnv = process.env): Promise<BootstrapResult> {
  if ((await countUsers()) > 0) return { created: false };
  const email = env.ADMIN_EMAIL?.trim() || "admin@localhost";
  const given = env.ADMIN_PASSWORD;
  const password = given || generatePassword();
  await createUser({ email, role: "admin", passwordHash: await hashPassword(password), name: "Administrator" });
  return { created: true, email, generatedPassword: given ? null : password };
}

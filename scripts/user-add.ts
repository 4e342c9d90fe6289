// npm run user:add -- --email ann@example.org --role editor [--password …]
// Creates an account, or updates the role (and password, if given) of an existing one.
// Without --password a password is generated and printed once.
import { parseArgs } from "node:util";
import { generatePassword, hashPassword } from "../lib/auth/password";
import { createUser } from "../lib/data/create-user";
import { findUserByEmail } from "../lib/data/list-users";
import { setUserPassword, updateUserRole } from "../lib/data/update-user";
import { newUserSchema } from "../lib/schemas/user";

async function main() {
  const { values } = parseArgs({
    options: { email: { type: "string" }, role: { type: "string", default: "viewer" }, password: { type: "string" } },
  });
  const generated = values.password ? null : generatePassword();
  const parsed = newUserSchema.safeParse({ ...values, password: values.password ?? generated });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`--${issue.path.join(".")}: ${issue.message}`);
    console.error("usage: npm run user:add -- --email ann@example.org --role viewer|editor|admin [--password …]");
    process.exit(2);
  }
  const { email, role, password } = parsed.data;
  const existing = await findUserByEmail(email);
  if (existing) {
    await updateUserRole(existing.id, role);
    if (values.password) await setUserPassword(existing.id, await hashPassword(password));
    console.log(`updated ${email}: role ${role}${values.password ? ", new password" : ""}`);
    return;
  }
  await createUser({ email, role, passwordHash: await hashPassword(password) });
  console.log(`created ${email} (${role})${generated ? ` with password: ${generated}` : ""}`);
}

main().catch((error) => {
  console.error(`could not add the user: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

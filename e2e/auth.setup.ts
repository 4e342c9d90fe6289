import { test as setup } from "@playwright/test";
import { ADMIN, EDITOR, logIn, VIEWER } from "./accounts";

// Logs in once per run through the real login form and keeps each session's cookie
// for the tests that act as that role (test.use({ storageState })).
for (const account of [ADMIN, EDITOR, VIEWER]) {
  setup(`log in as ${account.email}`, async ({ page }) => {
    await logIn(page, account);
    await page.context().storageState({ path: account.state });
  });
}

import { expect, test } from "@playwright/test";
import { VIEWER } from "./accounts";

// The server runs as behind a reverse proxy: X-Forwarded-For names the client's address.
// Each test uses addresses of its own (documentation ranges), so nothing here pauses the
// real 127.0.0.1 logins of other tests.
test.use({ storageState: { cookies: [], origins: [] } });

const from = (address: string) => ({ "x-forwarded-for": address });
const unique = () => `${Math.floor(Math.random() * 250) + 1}.${Math.floor(Math.random() * 250) + 1}`;

test("failures from one address never lock the account's owner out at another", async ({ request }) => {
  const attacker = `203.0.${unique()}`;
  for (let i = 0; i < 8; i++) {
    const res = await request.post("/api/session", {
      headers: from(attacker),
      data: { email: VIEWER.email, password: `guess-${i}` },
    });
    expect(res.status()).toBe(401);
  }
  // paused for the attacker's address, even with the right password…
  expect(
    (
      await request.post("/api/session", {
        headers: from(attacker),
        data: { email: VIEWER.email, password: VIEWER.password },
      })
    ).status(),
  ).toBe(401);
  // …while the owner logs in from elsewhere
  const owner = await request.post("/api/session", {
    headers: from(`198.51.${unique()}`),
    data: { email: VIEWER.email, password: VIEWER.password },
  });
  expect(owner.status()).toBe(200);
});

test("one address gets a capped number of failures over all accounts, then 429 with a message", async ({ request }) => {
  const address = `192.0.${unique()}`;
  const statuses: number[] = [];
  for (let i = 0; i < 25; i++) {
    const res = await request.post("/api/session", {
      headers: from(address),
      data: { email: `nobody${i}@e2e.test`, password: "x" },
    });
    statuses.push(res.status());
  }
  expect(statuses.filter((s) => s === 401)).toHaveLength(20);
  const refused = await request.post("/api/session", {
    headers: from(address),
    data: { email: VIEWER.email, password: VIEWER.password },
  });
  expect(refused.status()).toBe(429);
  expect((await refused.json()).error.message).toMatch(
    /Too many failed logins from your network: try again in \d+ minute/,
  );
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
});

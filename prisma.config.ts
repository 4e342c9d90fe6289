import { defineConfig } from "prisma/config";

// The stock Prisma CLI reads this; the app itself opens the database through
// lib/db/client.ts with the same default.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "file:./data/tracker.db" },
});

import { defineConfig } from "prisma/config";

// The stock Prisma CLI reads this; DATABASE_URL's scheme picks the provider's schema
// (its datasource and generator, plus the shared prisma/models.prisma) and its
// migrations, as lib/db/migrations.ts does. The app opens the database through
// lib/data/prisma.ts with the same default.
const url = process.env.DATABASE_URL ?? "file:./data/tracker.db";
const isPostgres = /^postgres(ql)?:\/\//.test(url);

export default defineConfig({
  schema: isPostgres ? "prisma/postgresql" : "prisma/sqlite",
  migrations: { path: isPostgres ? "prisma/migrations-postgresql" : "prisma/migrations" },
  datasource: { url },
});

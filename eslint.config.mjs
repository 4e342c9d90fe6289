// ESLint: Next.js's rules (React, hooks, accessibility, imports), typescript-eslint,
// and the house rules about who may import what. Layout is Prettier's job (see
// .prettierrc.json); no rule here is about formatting.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Only lib/data and lib/db talk to a database: the Prisma client, its adapters and the drivers.
const DATABASE = {
  group: ["**/generated/prisma", "**/generated/prisma/**", "@prisma/*", "better-sqlite3", "pg", "pg-*"],
  message:
    "only lib/data and lib/db may use the database (Prisma client, adapters, drivers): call a lib/data function instead.",
};
// The extraction engine is pure: plain inputs in, records out, runnable in a bare Node CLI.
const FRAMEWORK = {
  group: [
    "next",
    "next/*",
    "react",
    "react/*",
    "react-dom",
    "react-dom/*",
    "@/*",
    "**/data/**",
    "**/db/**",
    "**/auth/**",
    "**/importer/**",
  ],
  message: "lib/extraction is pure: no framework, database or app code in it (pass what it needs in as plain values).",
};
const IO = {
  group: ["fs", "node:fs", "fs/*", "node:fs/*", "http", "node:http", "https", "node:https", "net", "node:net"],
  message: "lib/extraction does no I/O: read files and the network outside it and pass the text in.",
};
const APP = {
  group: ["@/app/*", "**/app/**"],
  message:
    "app/ sits on top: components and lib receive server actions and data as props or arguments, never import them from app/.",
};
// lib/data is below lib/auth: the types both use live in lib/schemas.
const AUTH = {
  group: ["@/lib/auth/*", "**/auth/*"],
  message: "lib/data must not depend on lib/auth: shared types (Role, SessionUser) live in lib/schemas/user.ts.",
};

// the engine's public surface is lib/extraction/index.ts (scripts may reach its corpus tools)
const ENGINE_INSIDE = {
  group: ["**/extraction/*", "!**/extraction/index", "**/extraction/*/**"],
  message: "use the extraction engine through lib/extraction/index.ts, its public surface.",
};

const restrict = (...patterns) => ({ "no-restricted-imports": ["error", { patterns }] });
// Each file falls in exactly one of these scopes (a later block would replace, not add to, an earlier one's patterns).
const ENGINE = ["lib/extraction/**"];
const ENGINE_TOOLS = ["lib/extraction/corpus/**", "lib/extraction/**/*.test.ts"];
const DATA = ["lib/data/**"];
const DB = ["lib/db/**"];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".next/**",
    "node_modules/**",
    "lib/generated/**",
    "data/**",
    "reports/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
  {
    rules: {
      // `_unused` names are how the code says "deliberately ignored" (e.g. a server action's previous state).
      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
          caughtErrors: "none",
        },
      ],
    },
  },
  { files: ["scripts/**", "e2e/**", "*.ts", "*.mjs", "*.mts"], rules: restrict(DATABASE, APP) },
  { files: ["app/**"], rules: restrict(DATABASE, ENGINE_INSIDE) },
  {
    files: ["components/**", "lib/**"],
    ignores: [...ENGINE, ...DATA, ...DB],
    rules: restrict(DATABASE, APP, ENGINE_INSIDE),
  },
  { files: DATA, rules: restrict(APP, AUTH, ENGINE_INSIDE) },
  { files: DB, rules: restrict(APP, ENGINE_INSIDE) },
  { files: ENGINE, ignores: ENGINE_TOOLS, rules: restrict(DATABASE, APP, FRAMEWORK, IO) },
  { files: ENGINE_TOOLS, rules: restrict(DATABASE, APP, FRAMEWORK) },
]);

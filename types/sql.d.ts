// Migrations are plain .sql files imported as text: a Vite plugin does it for the app bundle and vitest,
// a Node module hook (scripts/register-ts.mjs) does it for the CLI.
declare module '*.sql' {
  const text: string;
  export default text;
}

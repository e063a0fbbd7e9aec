declare module '*.css';

// Vite's import.meta.glob (renderer/commands/registry.ts), for tsc without vite/client's types.
interface ImportMeta {
  glob<T>(pattern: string, options: { eager: true }): Record<string, T>;
}

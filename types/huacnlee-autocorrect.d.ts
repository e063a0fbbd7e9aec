// The glue module of @huacnlee/autocorrect (a wasm-bindgen "bundler" build). Its entry imports the
// .wasm file as an ES module, which Node 22 does not do without a flag, so bench/checks.bench.ts
// instantiates the .wasm itself and hands it to this glue.
declare module '@huacnlee/autocorrect/autocorrect_bg.js' {
  export function __wbg_set_wasm(exports: WebAssembly.Exports): void;
  export function format(text: string): string;
  export function lintFor(raw: string, filenameOrExt: string): { filepath: string; lines: Array<{ l: number; c: number; new: string; old: string; severity: number }> };
}

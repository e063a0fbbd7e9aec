/** pdfjs-dist's worker module, loaded in-process as the "main-thread worker" (main/importers/pdf.ts). */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}

/**
 * src/cli: The command line `satk`: arguments, reading files, running recipes and checks, writing outputs.
 * Imports core and export. main.ts is its entry; read-part-worker.ts, a worker, exports nothing.
 */

export * from "./area-lookups";
export * from "./check-out-path";
export * from "./crc32";
export * from "./describe-readings";
export * from "./file-blocks";
export * from "./findings-text";
export * from "./help-text";
export * from "./ingest-flags";
export * from "./later-bytes";
export * from "./main";
export * from "./option-flag";
export * from "./parse-args";
export * from "./placed-data";
export * from "./population-notes";
export * from "./population-parents";
export * from "./read-check-input";
export * from "./read-input";
export * from "./read-part-of-file";
export * from "./recipe-options";
export * from "./report-document";
export * from "./run-check";
export * from "./stream-sheet-values";
export * from "./usage-error";
export * from "./worksheet-values";
export * from "./write-file-atomic";
export * from "./write-output";

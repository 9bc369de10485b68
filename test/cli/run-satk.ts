/**
 * Runs `satk` in this process, as the CLI tests do: standard output and error collected as text, files
 * the run writes kept in memory (by path), and the CSV on standard output parsed into `table`.
 */
import { main, type CliIo } from "../../src/cli/main";
import { parseCsv } from "../../src/core/csv/parse-csv";

export interface SatkRun {
  code: number;
  out: string;
  err: string;
  /** Standard output read as CSV ([] when nothing was written). */
  table: string[][];
  written: Map<string, string | Uint8Array>;
}

/** `satk ...argv`, with its output and written files captured. */
export async function runSatk(...argv: string[]): Promise<SatkRun> {
  const run: SatkRun = { code: 0, out: "", err: "", table: [], written: new Map() };
  const io: CliIo = {
    stdout: (t) => void (run.out += t),
    stderr: (t) => void (run.err += t),
    writeFile: (p, d) => void run.written.set(p, d),
  };
  run.code = await main(argv, io);
  run.table = run.out === "" ? [] : parseCsv(run.out);
  return run;
}

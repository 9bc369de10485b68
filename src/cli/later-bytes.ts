import { existsSync } from "fs";
import { join } from "path";
import { MessageChannel, receiveMessageOnPort, Worker } from "worker_threads";
import type { LaterBytes } from "../core/detect";
import type { RecordPart, RecordPartSpec } from "../core/csv";
import { fileBlocks } from "./file-blocks";
import { readPartOfFile } from "./read-part-of-file";

/** The worker's script, beside this one once compiled (lib/cli); absent when run from the TypeScript source. */
const WORKER = join(__dirname, "read-part-worker.js");
/** A worker that reads no block for this long is taken for dead, and its bytes are read here. */
const STALLED_MS = 15000;

/** Who reads the later bytes: a worker thread, or (for tests, and where there is no worker script) this thread when asked. */
export type LaterReader = "worker" | "this thread";

/**
 * The bytes of a file from `from` (just after a line end) to its end, for `buildDataset` to have read
 * by another thread while it reads the first part (see `readCsvRecords`). The worker is started at
 * once, so it is ready by the time the first part's layout has been read, and waits for the columns
 * to read. The main thread waits for it without giving up its stack (the reading is synchronous):
 * `Atomics.wait` on a shared flag, then the message taken off the port directly. A worker that fails
 * gives no part, and the bytes are read here instead, so its errors are reported as a single reading
 * would report them.
 *
 * @param path the file's path
 * @param from where the later bytes start
 * @param reader "worker", or "this thread" to read them here when the part is asked for (as a test does)
 * @returns the later bytes, or undefined when there is no worker script to run (the TypeScript source under test)
 * @throws {Error} when the worker cannot be started
 * @example
 * readDataInput("street.csv"); // { pieces: <first half>, later: laterBytes("street.csv", 95_512_403) }
 */
export function laterBytes(path: string, from: number, reader: LaterReader = "worker"): LaterBytes | undefined {
  const pieces = fileBlocks(path, from);
  if (reader === "this thread") {
    let spec: RecordPartSpec | undefined;
    return {
      pieces,
      begin: (s) => void (spec = s),
      part: () => (spec ? partOrNothing(() => readPartOfFile(path, from, spec as RecordPartSpec)) : undefined),
      cancel() {},
    };
  }
  if (!existsSync(WORKER)) return undefined;
  const flag = new Int32Array(new SharedArrayBuffer(8));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(WORKER, { workerData: { path, from, flag, port: port2 }, transferList: [port2] });
  worker.unref();
  // A worker that dies (cannot load, runs out of memory) raises no flag: the wait gives up and this
  // thread reads the bytes, so its 'error' event, delivered later, must not end the process.
  worker.on("error", () => {});
  const stop = (): void => {
    port1.close();
    void worker.terminate();
  };
  return {
    pieces,
    begin: (spec) => port1.postMessage(spec),
    part() {
      waitFor(flag);
      const message =
        Atomics.load(flag, 0) === 1
          ? (receiveMessageOnPort(port1)?.message as { part?: RecordPart } | undefined)
          : undefined;
      stop();
      return message?.part;
    },
    cancel: stop,
  };
}

/** Waits until the worker raises its flag, or reads no block for `STALLED_MS`. */
function waitFor(flag: Int32Array): void {
  let blocks = Atomics.load(flag, 1);
  let since = Date.now();
  while (Atomics.wait(flag, 0, 0, 1000) === "timed-out") {
    const now = Atomics.load(flag, 1);
    if (now !== blocks) [blocks, since] = [now, Date.now()];
    else if (Date.now() - since > STALLED_MS) return;
  }
}

function partOrNothing(read: () => RecordPart): RecordPart | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/* The worker thread of `laterBytes`: waits for the spec, reads the later part of the file
 * (`readPartOfFile`), posts it back (its columns moved, not copied) or posts the error, and then
 * raises the flag the main thread waits on. Progress (blocks read) is counted in the flag's second
 * slot, so the main thread can tell a slow worker from a dead one. */
import { workerData, type MessagePort } from "worker_threads";
import type { RecordPart, RecordPartSpec } from "../core/csv";
import { readPartOfFile } from "./read-part-of-file";

const { path, from, flag, port } = workerData as { path: string; from: number; flag: Int32Array; port: MessagePort };

port.once("message", (spec: RecordPartSpec) => {
  try {
    const part: RecordPart = readPartOfFile(path, from, spec, () => void Atomics.add(flag, 1, 1));
    port.postMessage(
      { part },
      [part.month, part.category, part.area].map((column) => column.buffer as ArrayBuffer),
    );
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? error.message : String(error) });
  } finally {
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
  }
});

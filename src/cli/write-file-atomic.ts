import * as fs from "fs";
import { basename, dirname, join } from "path";

/** The file-system calls an atomic write makes: Node's own, or a test's that fail on cue. */
export type WriteCalls = Pick<
  typeof fs,
  | "openSync"
  | "writeSync"
  | "fsyncSync"
  | "closeSync"
  | "renameSync"
  | "unlinkSync"
  | "statSync"
  | "readdirSync"
  | "writeFileSync"
>;

/** The temporary files of this tool beside a target: `.NAME.satk-PID-RANDOM.tmp`. */
const TEMP = /^\.(.+)\.satk-(\d+)-[0-9a-z]+\.tmp$/;
/** Bytes handed to one write call: a full disk is met after at most this much more. */
const CHUNK = 1 << 20;

/**
 * Writes a file so that it is either wholly written or not changed at all: the bytes go to a new
 * temporary file in the target's own folder (so the rename stays on one disk), are flushed to the
 * disk (fsync), and the temporary file is then renamed over the target, which the system does in one
 * step. A full disk, a failing device or any other error leaves the previous file as it was, and the
 * temporary file is removed. A process killed part-way cannot remove its own: the next write to the
 * same target removes temporary files left there by processes no longer running. A target that is
 * not a plain file (/dev/stdout, a named pipe) is written in place, as there is nothing to rename over.
 *
 * The previous file's permissions are kept (a new file gets the usual ones, less the umask).
 *
 * @param path the target file
 * @param data its text (UTF-8) or bytes
 * @param calls the file-system calls (default Node's; tests pass calls that fail)
 * @returns nothing
 * @throws {Error} the system error that stopped the write (ENOSPC, EACCES...), after cleaning up
 * @example
 * writeFileAtomic("report.docx", bytes);
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, calls: WriteCalls = fs): void {
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  const previous = statOrNothing(path, calls);
  if (previous && !previous.isFile()) return calls.writeFileSync(path, bytes);
  removeStale(path, calls);
  const temp = join(
    dirname(path),
    `.${basename(path)}.satk-${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`,
  );
  const fd = calls.openSync(temp, "wx", previous ? previous.mode & 0o777 : 0o666);
  try {
    try {
      for (let at = 0; at < bytes.length; ) at += calls.writeSync(fd, bytes, at, Math.min(CHUNK, bytes.length - at));
      calls.fsyncSync(fd);
    } finally {
      calls.closeSync(fd);
    }
    calls.renameSync(temp, path);
  } catch (error) {
    try {
      calls.unlinkSync(temp);
    } catch {
      // Already gone, or the folder no longer writable: the error that matters is the write's.
    }
    throw error;
  }
}

function statOrNothing(path: string, calls: WriteCalls): fs.Stats | undefined {
  try {
    return calls.statSync(path);
  } catch {
    return undefined;
  }
}

/** Removes this target's temporary files left by a process that was killed while writing them. */
function removeStale(path: string, calls: WriteCalls): void {
  let names: string[];
  try {
    names = calls.readdirSync(dirname(path));
  } catch {
    return;
  }
  for (const name of names) {
    const match = TEMP.exec(name);
    if (!match || match[1] !== basename(path) || running(Number(match[2]))) continue;
    try {
      calls.unlinkSync(join(dirname(path), name));
    } catch {
      // Another process removed it first.
    }
  }
}

/** True when a process with this id is running (signal 0 tests without sending anything). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

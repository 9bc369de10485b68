import type { RecordSink } from "./record-sink";
import type { ColumnRoles } from "../detect";
import { InputError } from "..";

/** What a reader needs besides its input: where records go, and the rules to apply. */
export interface ReadContext {
  sink: RecordSink;
  /** The input's name, for messages. */
  name: string;
  /** The column roles to read by. */
  roles: ColumnRoles;
  /** The 0-based row of the header; rows above it and the header itself are not data. */
  headerRow: number;
  /** Present when counting distinct crime IDs: the IDs seen so far, across all inputs. */
  seenIds?: Set<string>;
  /** Keep LSOAs (name and code) as the areas instead of their districts. */
  keepLsoas?: boolean;
  /** Turns a drop reason into its label (adds the file's name when several files are read). */
  reason(text: string): string;
  /** Reads the period column's value as the month index of its period's first month (default `parseMonth`). */
  readPeriod?: (value: unknown) => number;
  /** Only rows whose column holds the value (lower-cased, trimmed) are read. */
  filters?: { column: number; value: string; label: string }[];
  /** The category of every row when no column holds one (long: the count column's header, else "All"). */
  oneCategory?: string;
  /** The count column's header, for messages. */
  countTitle?: string;
  /** The header row's cells, for messages that name a column. */
  headerCells?: unknown[];
}

/**
 * An InputError that names the input and row before the message, for errors met while reading a row.
 *
 * @param context the reading context (for the input's name)
 * @param row the row number as the analyst sees it
 * @param error what went wrong
 * @returns the error to throw
 * @throws never
 * @example
 * throw rowError(context, 12, new InputError('The month "13/2017" cannot be read'));
 */
export function rowError(context: ReadContext, row: number, error: unknown): InputError {
  const message = error instanceof Error ? error.message : String(error);
  return new InputError(`${context.name}, row ${row}: ${message}`);
}

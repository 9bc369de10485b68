import type { Dataset } from "../data";

/**
 * The source line of a table made from a Dataset: the Dataset's `source`, starting "Source: ".
 *
 * Missing values: a blank source gives "Source: not stated".
 *
 * @param dataset the records the table was made from
 * @returns the line shown under the table
 * @example
 * sourceLine(dataset); // => "Source: police.uk street-level crime, Kent Police, ..."
 */
export function sourceLine(dataset: Pick<Dataset, "source">): string {
  const text = (dataset.source ?? "").trim();
  if (text === "") return "Source: not stated";
  return /^source\b/i.test(text) ? text : `Source: ${text}`;
}

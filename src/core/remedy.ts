/**
 * What the analyst can do about a message, said about the data and the choices, not about a front end.
 * Core writes a remedy into a message or note as a token (`optionRef("areas")` -> "{option:areas}",
 * `columnRef("Population")` -> "{column:Population}"); each front end renders the tokens in its own
 * words: the command-line tool as its flag (`--areas`), the wizard as its field's label.
 */
export type Remedy = { option: string } | { column: string };

const TOKEN = /\{(option|column):([^{}]+)\}/g;

/**
 * The token naming an option (a recipe option such as "startMonth", or a reading choice such as
 * "countColumn", "kind", "layout", "areas", "filter", "role"), for a message or note.
 *
 * @param name the option's name, camelCase as in RecipeOptions
 * @returns the token
 * @example
 * `choose the areas with ${optionRef("areas")}.`; // rendered by the CLI as "choose the areas with --areas."
 */
export function optionRef(name: string): string {
  return `{option:${name}}`;
}

/**
 * The token naming a column of the analyst's table, for a message or note.
 *
 * @param name the column's heading
 * @returns the token
 * @example
 * `head one ${columnRef("Population")}`; // => "head one {column:Population}"
 */
export function columnRef(name: string): string {
  return `{column:${name}}`;
}

/**
 * The remedies a message or note carries, as data, in order.
 *
 * @param text the message or note
 * @returns its remedies ([] for none)
 * @example
 * remediesOf("choose them with {option:areas}."); // => [{ option: "areas" }]
 */
export function remediesOf(text: string): Remedy[] {
  return [...text.matchAll(TOKEN)].map((m) => (m[1] === "option" ? { option: m[2] } : { column: m[2] }));
}

/**
 * A message or note with its remedies said in a front end's words.
 *
 * @param text the message or note, with tokens
 * @param render the front end's words for one remedy
 * @returns the text without tokens
 * @example
 * renderRemedies("choose them with {option:areas}.", (r) => ("option" in r ? "--areas" : r.column)); // => "choose them with --areas."
 */
export function renderRemedies(text: string, render: (remedy: Remedy) => string): string {
  return text.replace(TOKEN, (_, what: string, name: string) =>
    render(what === "option" ? { option: name } : { column: name }),
  );
}

/**
 * A message or note in words of no front end ("the count column option", "the column Population"),
 * for places that have no words of their own (a custom function's error).
 *
 * @param text the message or note, with tokens
 * @returns the text without tokens
 * @example
 * plainRemedies("choose it ({option:countColumn})"); // => "choose it (the count column option)"
 */
export function plainRemedies(text: string): string {
  return renderRemedies(text, (r) =>
    "option" in r ? `the ${r.option.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`)} option` : `the column ${r.column}`,
  );
}

/**
 * One way to settle an input that could be read two ways: the reading in words and the option (a reading
 * choice such as "columnsHold" or "countColumn", or a recipe option) with the value that chooses it.
 */
export interface ReadingChoice {
  reading: string;
  option: string;
  value: string;
}

/**
 * The readings of an ambiguous input, each with its option as a token and its value, to follow a message.
 *
 * @param choices the readings ([] or undefined for none)
 * @returns " Choose one: <reading>: {option:NAME} VALUE; ...." ("" for none); a value with spaces is quoted
 * @example
 * choicesText([{ reading: "each row is one record", option: "layout", value: "record" }]);
 * // => " Choose one: each row is one record: {option:layout} record."
 */
export function choicesText(choices: readonly ReadingChoice[] | undefined): string {
  if (!choices || choices.length === 0) return "";
  const value = (v: string) => (/\s/.test(v) ? JSON.stringify(v) : v);
  return ` Choose one: ${choices.map((c) => `${c.reading}: ${optionRef(c.option)} ${value(c.value)}`).join("; ")}.`;
}

import { KEY_FINDINGS_RECIPE } from "../core/findings";
import type { Dataset } from "../core/data";
import type { BuildOptions, ColumnRoles, DataKind, Layout, LayoutGuess } from "../core/detect";
import { InputError, type ReadingChoice } from "../core";
import {
  choiceOptions,
  COLUMNS_HOLD_LABELS,
  GROUPING_LABELS,
  KIND_LABELS,
  readingLabel,
  type GroupingChoice,
} from "./reading-choices";
import { groupingTable } from "../core/tables";
import { monthLabel } from "../core/periods";
import { columnLetters } from "../core/cells";
import { visuallyHidden } from "./visually-hidden";
import { fieldOptions, startingText, wizardFields, wizardText, type WizardField } from "./wizard-fields";
import type { OptionName, RecipeOptions } from "../core/tables";
import { createMorileMatrix } from "../excel";
import type { WorkbookPort } from "../excel";
import { checkSelectedTable } from "./check-table-action";
import { askToReplace, lastRunSheets } from "./replace-run";
import { exportActions } from "./export-actions";
import { AREA_LEVEL_NAMES, AREA_LEVELS } from "../core/areas";
import { areaPlacer, lookupLoader, wizardPopulationParents, type AreaChoices, type AreaPlacer } from "./wizard-areas";
import { liveWriter, TABLE_OUTPUT_LABELS } from "./live-formulas";
import {
  chosenRecipes,
  dataFacts,
  chosenLayout,
  datasetFrom,
  defaultParameters,
  defaultPopulation,
  guessLayout,
  headerNames,
  LAYOUT_LABELS,
  makeTables,
  offeredRecipes,
  plainError,
  previewRows,
  readLookup,
  readSource,
  ROLE_LABELS,
  ROLE_NAMES,
  tableOnSheet,
  withKeyFindings,
  writeOutputs,
  type CancelToken,
  type DataFacts,
  type SourceChoice,
  type SourceData,
  type WrittenOutput,
} from "./wizard-logic";

/**
 * The task pane's wizard, drawn with DOM calls only: every piece of user text goes in through
 * `textContent` or a form control's `value`, never as HTML. Three steps (Source, Tables, Output), each a
 * labelled section; native controls give full keyboard use, and "Next" moves focus to the next step's
 * heading. The logic lives in wizard-logic.ts; this file only shows it.
 */

type Attrs = Record<string, string>;

/** Makes an element with attributes and text (as textContent). */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

let ids = 0;
/** A labelled control: the label's `for` points at the control's id. */
function labelled<T extends HTMLElement>(label: string, control: T, hint?: string): HTMLDivElement {
  const id = control.id || `satk-${++ids}`;
  control.id = id;
  const field = el("div", { class: "field" });
  field.append(el("label", { for: id }, label), control);
  if (hint) {
    const hintEl = el("div", { class: "hint", id: `${id}-hint` }, hint);
    control.setAttribute("aria-describedby", hintEl.id);
    field.append(hintEl);
  }
  return field;
}

function select(options: { value: string; text: string }[], selected?: string): HTMLSelectElement {
  const s = el("select");
  for (const o of options) {
    const opt = el("option", { value: o.value }, o.text);
    if (o.value === selected) opt.selected = true;
    s.append(opt);
  }
  return s;
}

function button(text: string, cls = "secondary"): HTMLButtonElement {
  return el("button", { type: "button", class: cls }, text);
}

interface ViewState {
  source?: SourceData;
  guess?: LayoutGuess;
  dataset?: Dataset;
  facts?: DataFacts;
  /** The roles confirmed (with the grouping), and the Dataset as read placed at the area choices, kept while they are unchanged. */
  confirmed?: ReturnType<typeof readRoles>;
  place?: AreaPlacer;
  written: WrittenOutput[];
  cancel?: CancelToken;
}

export interface WizardOptions {
  /** Shown in the header, such as "Playground: in-memory workbook". */
  subtitle?: string;
  /**
   * Lets the wizard follow the workbook's active sheet: called once with a listener, which the host
   * calls with the sheet's name whenever the analyst activates a sheet. The Output step then chooses
   * the table on that sheet, if it is one of those made.
   */
  watchActiveSheet?: (listener: (sheet: string) => void) => void;
}

/** What every step draws with: the state, the workbook, the status and error lines, the steps' sections. */
interface Wizard {
  state: ViewState;
  workbook: WorkbookPort;
  lookups: ReturnType<typeof lookupLoader>;
  say(text: string): void;
  fail(stage: string, error: unknown): void;
  clear(): void;
  steps: Record<"source" | "tables" | "output" | "more", ReturnType<typeof section>>;
}

/**
 * Draws the wizard into `root` and runs it against `workbook`: the header, then each step drawn by
 * its own function (Source, Tables, Output, More), sharing the state and the status and error lines.
 *
 * @param root the element to fill (emptied first)
 * @param workbook the workbook port (Office or in-memory)
 * @param options subtitle
 * @returns nothing
 */
export function mountWizard(root: HTMLElement, workbook: WorkbookPort, options: WizardOptions = {}): void {
  root.replaceChildren();
  const state: ViewState = { written: [] };
  options.watchActiveSheet?.((sheet) => {
    const radio = document.getElementById(`satk-chosen-${tableOnSheet(state.written, sheet)}`);
    if (radio instanceof HTMLInputElement) radio.checked = true;
  });
  const header = el("header", { class: "pane-header" });
  header.append(el("h1", {}, "Strategic Assessment Toolkit"));
  if (options.subtitle) header.append(el("p", { class: "subtitle" }, options.subtitle));
  const status = el("div", { class: "status", role: "status", "aria-live": "polite", id: "satk-status" });
  const alert = el("div", { class: "error", role: "alert", id: "satk-error" });
  const steps = {
    source: section("step-source", "1. Source"),
    tables: section("step-tables", "2. Tables"),
    output: section("step-output", "3. Output"),
    more: section("step-more", "More"),
  };
  root.append(
    header,
    steps.source.section,
    steps.tables.section,
    steps.output.section,
    status,
    alert,
    steps.more.section,
  ); // messages next to the steps, not below "More"
  steps.tables.section.hidden = true;
  steps.output.section.hidden = true;
  const say = (text: string) => void (status.textContent = text);
  const wizard: Wizard = {
    state,
    workbook,
    lookups: lookupLoader(),
    steps,
    say,
    fail: (stage, error) => {
      alert.textContent = wizardText(plainError(stage, error));
      say("");
    },
    clear: () => void (alert.textContent = ""),
  };
  const source = sourceStep(wizard);
  const tables = tablesStep(wizard, source);
  outputStep(wizard, tables);
  moreStep(wizard);
}

/** Step 1: where the data is, its preview, and the columns' roles; "Next" reads the rows into the state. */
function sourceStep(w: Wizard): { next: HTMLButtonElement; roles: HTMLElement; understood: HTMLElement } {
  const { state, workbook } = w;
  const kind = select(
    [
      { value: "selection", text: "The current selection" },
      { value: "table", text: "An Excel table" },
      { value: "sheet", text: "A sheet's used range" },
    ],
    "sheet",
  );
  kind.id = "satk-source-kind";
  const name = select([]);
  name.id = "satk-source-name";
  const nameField = labelled("Table or sheet", name);
  const read = button("Read the data", "primary");
  read.id = "satk-read";
  const preview = el("div", {
    class: "preview",
    id: "satk-preview",
    role: "region",
    "aria-label": "Preview of the data read",
  });
  const roles = el("div", { class: "roles", id: "satk-roles" });
  const understood = el("ul", { class: "hint", id: "satk-areas-understood" });
  const next = button("Next: choose tables", "primary");
  next.id = "satk-next-1";
  next.disabled = true;
  w.steps.source.body.append(labelled("Read the data from", kind), nameField, read, preview, roles, understood, next);

  const refreshNames = async () => {
    try {
      const k = kind.value;
      nameField.hidden = k === "selection";
      const names =
        k === "table"
          ? (await workbook.listTables()).map((t) => t.name)
          : k === "sheet"
            ? await workbook.listSheets()
            : [];
      name.replaceChildren(...names.map((n) => el("option", { value: n }, n)));
    } catch (error) {
      w.fail("listing the workbook's tables and sheets", error);
    }
  };
  kind.addEventListener("change", () => void refreshNames());
  void refreshNames();

  read.addEventListener("click", async () => {
    w.clear();
    w.say("Reading the data...");
    read.disabled = true;
    try {
      const choice: SourceChoice =
        kind.value === "selection"
          ? { kind: "selection" }
          : { kind: kind.value as "table" | "sheet", name: name.value };
      state.source = await readSource(workbook, choice);
      state.guess = guessLayout(state.source.values);
      showPreview(preview, previewRows(state.source.values));
      showRoles(roles, state.guess, headerNames(state.source.values, state.guess));
      next.disabled = false;
      w.say(
        `Read ${state.source.values.length - 1} rows from ${state.source.label}. ${wizardText(state.guess.reason)}`,
      );
    } catch (error) {
      w.fail("reading the data", error);
    } finally {
      read.disabled = false;
    }
  });
  return { next, roles, understood };
}

/** Step 2: the recipes to make and their options, drawn from the declarations once the rows are read. */
function tablesStep(
  w: Wizard,
  source: ReturnType<typeof sourceStep>,
): {
  generate: HTMLButtonElement;
  recipeBox: HTMLElement;
  all: HTMLInputElement;
  params: HTMLElement;
  tableOutput: HTMLSelectElement;
  understood: HTMLElement;
} {
  const { state, workbook } = w;
  const recipeBox = el("fieldset", { class: "recipes", id: "satk-recipes" });
  recipeBox.append(el("legend", {}, "Tables to make"));
  const all = el("input", { type: "checkbox", id: "satk-all-standard" });
  const allLabel = el("label", { for: all.id, class: "check" });
  allLabel.append(all, document.createTextNode(" All standard tables"));
  recipeBox.append(allLabel);
  for (const recipe of offeredRecipes()) {
    const box = el("input", { type: "checkbox", id: `satk-recipe-${recipe.id}`, value: recipe.id });
    const label = el("label", { for: box.id, class: "check" });
    label.append(box, document.createTextNode(` ${recipe.title}`));
    recipeBox.append(label);
  }
  all.addEventListener("change", () =>
    recipeBox.querySelectorAll<HTMLInputElement>("input[value]").forEach((b) => (b.disabled = all.checked)),
  );
  const params = el("div", { class: "params", id: "satk-params" });
  const generate = button("Make the tables", "primary");
  generate.id = "satk-generate";
  // Values or live formulas (live-formulas.ts): kept apart from the recipe options, which are drawn in showParams.
  const tableOutput = select(
    Object.entries(TABLE_OUTPUT_LABELS).map(([value, text]) => ({ value, text })),
    "values",
  );
  tableOutput.id = "satk-table-output";
  const outputField = labelled(
    "Write the tables as",
    tableOutput,
    "Live formulas: each table is one CSP formula over the data's columns, so it updates when they change.",
  );
  w.steps.tables.body.append(recipeBox, params, outputField, generate);

  // A reading that could go two ways is a question, answered before any table is made (issue 19).
  const question = el("fieldset", { class: "question", id: "satk-question" });
  question.hidden = true;
  source.next.before(question);
  const readRows = async (answer: Partial<BuildOptions>) => {
    w.clear();
    question.hidden = true;
    if (!state.source || !state.guess) return;
    try {
      const confirmed = readRoles(source.roles);
      state.confirmed = confirmed;
      w.say("Reading the rows with those column roles...");
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))); // drawn before a force's year is read
      const data = state.source;
      const layout = chosenLayout(state.guess, confirmed.layout);
      const chosen = { ...(confirmed.columnsHold ? { columnsHold: confirmed.columnsHold } : {}), ...answer };
      const read = (keepLsoas: boolean) =>
        datasetFrom(data, layout, confirmed.roles, confirmed.kind, keepLsoas, chosen);
      state.place = areaPlacer(read(false), w.lookups, () => read(true));
      const placed = await state.place({ level: "", areas: "", populationColumn: "" });
      state.dataset = placed.dataset;
      source.understood.replaceChildren(...placed.notes.map((n) => el("li", {}, wizardText(n))));
      state.facts = dataFacts(state.dataset);
      showParams(params, state.facts, await defaultPopulation(workbook));
      w.steps.tables.section.hidden = false;
      w.say(`${state.dataset.length} records, ${state.facts.months.length} months, ${state.facts.areas.length} areas.`);
      w.steps.tables.heading.focus();
    } catch (error) {
      if (error instanceof InputError && error.choices.length > 0) {
        w.say("");
        askReading(question, error, (choice) => void readRows({ ...answer, ...choiceOptions(choice) }));
        return;
      }
      w.fail("reading the rows with those column roles", error);
    }
  };
  source.next.addEventListener("click", () => void readRows({}));
  return { generate, recipeBox, all, params, tableOutput, understood: source.understood };
}

/** Step 3: making and writing the tables, with progress and Cancel, then the tables made and the exports. */
function outputStep(w: Wizard, tables: ReturnType<typeof tablesStep>): void {
  const { state, workbook } = w;
  const progress = el("progress", { id: "satk-progress", max: "1", value: "0", "aria-label": "Progress" });
  const progressText = el("div", { class: "progress-text", id: "satk-progress-text" });
  const cancel = button("Cancel");
  cancel.id = "satk-cancel";
  cancel.disabled = true;
  const made = el("fieldset", { class: "made", id: "satk-made" });
  const results = el("ul", { class: "results", id: "satk-results" });
  made.append(
    el("legend", {}, "Tables made"),
    results,
    el("div", { class: "hint" }, "Copy for Word copies the chosen table; Export to Word saves them all."),
  );
  const exportsBar = el("div", { class: "exports", id: "satk-exports" });
  w.steps.output.body.append(progress, progressText, cancel, made, exportsBar);
  cancel.addEventListener("click", () => {
    if (state.cancel) state.cancel.cancelled = true;
    w.say("Stopping after the current table...");
  });

  const { generate } = tables;
  generate.addEventListener("click", async () => {
    w.clear();
    if (!state.dataset || !state.facts) return;
    generate.disabled = true; // one question at a time
    const previous = await lastRunSheets(workbook, state.written).catch(() => []);
    const replace = previous.length > 0 && (await askToReplace(w.steps.tables.body, previous));
    const token: CancelToken = { cancelled: false };
    state.cancel = token;
    w.steps.output.section.hidden = false;
    results.replaceChildren();
    exportsBar.replaceChildren();
    state.written = [];
    generate.disabled = true;
    cancel.disabled = false;
    const onProgress = (done: number, total: number, message: string) => {
      progress.max = Math.max(1, total);
      progress.value = done;
      progressText.textContent = `${message} (${done} of ${total})`;
    };
    try {
      const ids = [...tables.recipeBox.querySelectorAll<HTMLInputElement>("input[value]:checked")].map((b) => b.value);
      const recipes = chosenRecipes(ids, tables.all.checked);
      const choices = readAreaChoices(tables.params);
      const placed = state.place ? await state.place(choices) : null;
      if (placed) tables.understood.replaceChildren(...placed.notes.map((n) => el("li", {}, wizardText(n))));
      const typed = readFields(tables.params);
      const fromFields = await fieldOptions(wizardFields(offeredRecipes()), typed, (where) =>
        readLookup(workbook, where),
      );
      const options = {
        ...fromFields,
        populationParents: await wizardPopulationParents(fromFields.population ?? null, choices.level, w.lookups),
        grouping: groupingTable(state.confirmed?.grouping ?? "default"),
      };
      const made = await makeTables(placed?.dataset ?? state.dataset, recipes, options, onProgress, token);
      for (const r of made)
        if ("error" in r)
          results.append(el("li", { class: "skipped" }, `${r.recipe.title}: not made. ${wizardText(r.error)}`));
      const tablesMade = withKeyFindings(
        made.flatMap((r) => ("table" in r ? [{ ...r.table, notes: r.table.notes.map(wizardText) }] : [])),
        options,
      );
      const live =
        tables.tableOutput.value === "formulas" && state.source && state.guess && state.confirmed
          ? await liveWriter(
              workbook,
              { source: state.source, headerRow: state.guess.headerRow, ...state.confirmed },
              liveParams(typed, fromFields, state.facts),
              choices,
            )
          : undefined;
      if (replace) await workbook.deleteSheets(previous); // the new tables then take the same names
      const written = await writeOutputs(workbook, tablesMade, onProgress, token, live);
      results.append(...written.map(madeItem));
      state.written = written;
      showExports(exportsBar, written, results, w.say, w.fail);
      const shown = written.filter((o) => o.table.recipe !== KEY_FINDINGS_RECIPE).length;
      w.say(
        `Made ${shown} table${shown === 1 ? "" : "s"}${shown < written.length ? ", with their key findings" : ""}.`,
      );
      w.steps.output.heading.focus();
    } catch (error) {
      w.fail("making the tables", error);
    } finally {
      generate.disabled = false;
      cancel.disabled = true;
    }
  });
}

/** More: the MoRiLE matrix and the table check, apart from the three steps. */
function moreStep(w: Wizard): void {
  const morile = button("New MoRiLE matrix");
  morile.id = "satk-morile";
  const check = button("Check a table");
  check.id = "satk-check-table";
  w.steps.more.body.append(
    morile,
    check,
    el(
      "div",
      { class: "hint" },
      "Check a table: select a table (its header row included), then press it. The report goes on a new sheet; your table is not changed.",
    ),
  );
  check.addEventListener("click", async () => {
    w.clear();
    try {
      w.say("Checking the selected table...");
      w.say((await checkSelectedTable(w.workbook)).summary);
    } catch (error) {
      w.fail("checking the table", error);
    }
  });
  morile.addEventListener("click", async () => {
    w.clear();
    try {
      w.say("Making the MoRiLE matrix...");
      const sheets = await createMorileMatrix(w.workbook);
      w.say(`Made the MoRiLE matrix on "${sheets.matrixSheet}".`);
    } catch (error) {
      w.fail("making the MoRiLE matrix", error);
    }
  });
}

function section(
  id: string,
  title: string,
): { section: HTMLElement; heading: HTMLHeadingElement; body: HTMLDivElement } {
  const s = el("section", { id, class: "step", "aria-labelledby": `${id}-title` });
  const heading = el("h2", { id: `${id}-title`, tabindex: "-1" }, title);
  const body = el("div", { class: "step-body" });
  s.append(heading, body);
  return { section: s, heading, body };
}

/**
 * Shows a reading the data could be read two ways as a question: what is unclear, the readings as radio
 * buttons in the analyst's words, and a button that reads the rows with the chosen one.
 */
function askReading(question: HTMLFieldSetElement, error: InputError, answer: (choice: ReadingChoice) => void): void {
  const go = button("Read the rows this way", "primary");
  go.id = "satk-question-go";
  go.disabled = true;
  const options = error.choices.map((choice, i) => {
    const radio = el("input", { type: "radio", name: "satk-reading", id: `satk-reading-${i}`, value: String(i) });
    radio.addEventListener("change", () => void (go.disabled = false));
    const label = el("label", { for: radio.id, class: "check" });
    label.append(radio, document.createTextNode(` ${wizardText(readingLabel(choice))}`));
    return label;
  });
  go.addEventListener("click", () => {
    const chosen = question.querySelector<HTMLInputElement>("input[name=satk-reading]:checked");
    if (chosen) answer(error.choices[Number(chosen.value)]);
  });
  question.replaceChildren(
    el("legend", {}, "How should the rows be read?"),
    el("p", { class: "hint", id: "satk-question-why" }, wizardText(error.question)),
    ...options,
    go,
  );
  question.hidden = false;
  (question.querySelector("input") as HTMLInputElement | null)?.focus();
}

function showPreview(container: HTMLElement, rows: string[][]): void {
  const table = el("table", { class: "grid", "aria-label": "Preview of the first rows" });
  rows.forEach((row, i) => {
    const tr = el("tr");
    row.forEach((cell, c) => tr.append(i === 0 ? headerCell(cell, c) : el("td", {}, cell)));
    table.append(tr);
  });
  container.replaceChildren(el("h3", {}, "Preview"), table);
  container.tabIndex = 0; // it scrolls: keyboard users reach it to scroll it (axe scrollable-region-focusable)
}

/** A preview header: a blank column heading gets a name screen readers read ("Column C, no heading"). */
function headerCell(text: string, column: number): HTMLTableCellElement {
  if (text.trim() !== "") return el("th", {}, text);
  const th = el("th");
  th.append(visuallyHidden(`Column ${columnLetters(column)}, no heading`));
  return th;
}

function showRoles(container: HTMLElement, guess: LayoutGuess, names: string[]): void {
  const layout = select(
    Object.entries(LAYOUT_LABELS).map(([value, text]) => ({ value, text })),
    guess.layout,
  );
  layout.id = "satk-layout";
  const fields = [labelled("Layout", layout, `Detected: ${LAYOUT_LABELS[guess.layout]}. Change it if it is wrong.`)];
  for (const role of ROLE_NAMES) {
    const current = guess.roles[role];
    const control = select(
      [{ value: "", text: "(none)" }, ...names.map((n, i) => ({ value: String(i), text: n }))],
      current === undefined ? "" : String(current),
    );
    control.id = `satk-role-${role}`;
    fields.push(labelled(ROLE_LABELS[role], control));
  }
  // A table with one column of counts per name (`Month, Burglary, Robbery`): what the names are, as --columns-hold.
  const held = guess.roles.valueColumns;
  if (held) {
    const hold = select(
      Object.entries(COLUMNS_HOLD_LABELS).map(([value, text]) => ({ value, text })),
      guess.roles.valuesAre ?? "",
    );
    hold.id = "satk-columns-hold";
    const names = held.map((c) => `"${c.label}"`).join(", ");
    fields.push(labelled("The columns of counts hold", hold, `The columns ${names} each hold counts of one name.`));
  }
  const lsoa = el("input", { type: "checkbox", id: "satk-role-lsoa" });
  lsoa.checked = guess.roles.areaIsLsoa === true;
  const lsoaLabel = el("label", { for: lsoa.id, class: "check" });
  lsoaLabel.append(lsoa, document.createTextNode(" The area column holds LSOA names (take the district from them)"));
  const kind = select(
    Object.entries(KIND_LABELS).map(([value, text]) => ({ value, text })),
    guess.kind,
  );
  kind.id = "satk-kind";
  const grouping = select(
    Object.entries(GROUPING_LABELS).map(([value, text]) => ({ value, text })),
    "default",
  );
  grouping.id = "satk-grouping";
  // Why the guess was made, beside the preview: every reason, as text (never HTML).
  const why = el("ul", { class: "reasons", id: "satk-reasons" });
  for (const reason of guess.reasons) why.append(el("li", {}, wizardText(reason)));
  container.replaceChildren(
    el("h3", {}, "Columns"),
    ...fields,
    lsoaLabel,
    labelled(
      "What the rows count",
      kind,
      `Detected: ${KIND_LABELS[guess.kind]}. Titles and totals use it; the crime grouping applies to crimes only.`,
    ),
    labelled("Grouping", grouping),
    el("h3", {}, "Why"),
    why,
  );
  (container as HTMLElement & { guess?: LayoutGuess }).guess = guess;
}

function readRoles(container: HTMLElement): {
  columnsHold?: "category" | "area";
  layout: Layout;
  roles: ColumnRoles;
  kind: DataKind;
  grouping: GroupingChoice;
} {
  const guess = (container as HTMLElement & { guess?: LayoutGuess }).guess;
  const value = (id: string) => container.querySelector<HTMLSelectElement>(`#${id}`)?.value ?? "";
  const roles: ColumnRoles = { ...(guess?.roles ?? {}) };
  for (const role of ROLE_NAMES) {
    const v = value(`satk-role-${role}`);
    if (v === "") delete roles[role];
    else roles[role] = Number(v);
  }
  roles.areaIsLsoa = container.querySelector<HTMLInputElement>("#satk-role-lsoa")?.checked ?? false;
  const hold = value("satk-columns-hold");
  return {
    ...(hold !== "" && hold !== guess?.roles.valuesAre ? { columnsHold: hold as "category" | "area" } : {}),
    layout: value("satk-layout") as Layout,
    roles,
    kind: (value("satk-kind") || guess?.kind || "crimes") as DataKind,
    grouping: (value("satk-grouping") || "default") as GroupingChoice,
  };
}

/** The Tables step's option fields, one per declared option (wizard-fields), then the wizard's own area choices. */
function showParams(container: HTMLElement, facts: DataFacts, populationDefault: string): void {
  const d = defaultParameters(facts);
  container.replaceChildren(
    ...wizardFields(offeredRecipes()).map((field) => fieldControl(field, facts, d, populationDefault)),
    labelled(
      "Areas of the tables",
      Object.assign(
        select(
          AREA_LEVELS.map((l) => ({ value: l, text: AREA_LEVEL_NAMES[l] })),
          "district",
        ),
        { id: "satk-area-level" },
      ),
      "Wards come from police.uk's LSOA codes through ONS's LSOA-to-ward lookup.",
    ),
    labelled(
      "The force's own areas",
      el("input", { type: "text", id: "satk-own-areas", placeholder: "e.g. Maidstone, Swale" }),
      'Leave blank for those ONS places in the force the data fall within; others show as "Other areas", unranked.',
    ),
  );
}

/** One option's control, by its declared type; a blank one is the recipe's own default. */
function fieldControl(
  field: WizardField,
  facts: DataFacts,
  d: ReturnType<typeof defaultParameters>,
  populationDefault: string,
): HTMLElement {
  if (field.type === "level") {
    const box = el("input", { type: "checkbox", id: field.id });
    const label = el("label", { for: box.id, class: "check" });
    label.append(
      box,
      document.createTextNode(
        ` Mark statistically significant changes (${Number(field.defaultValue ?? 0.05) * 100}% level) in ${field.recipes.join(", ")} tables`,
      ),
    );
    return label;
  }
  const control = fieldInput(field, facts, d, populationDefault);
  control.id = field.id;
  return labelled(
    field.label,
    control,
    field.type === "month" ? "Default: the latest complete month in the data." : field.hint,
  );
}

function fieldInput(
  field: WizardField,
  facts: DataFacts,
  d: ReturnType<typeof defaultParameters>,
  populationDefault: string,
): HTMLSelectElement | HTMLInputElement {
  const start = startingText(field, d);
  if (field.type === "month")
    return select(
      [...facts.months].reverse().map((m) => ({ value: String(m.month), text: monthLabel(m.month) })),
      start,
    );
  if (field.name === "area")
    return select([{ value: "", text: "(all areas)" }, ...facts.areas.map((a) => ({ value: a, text: a }))], start);
  const blank = field.defaultValue === "" ? [{ value: "", text: "(each table's own default)" }] : [];
  // Blank when the tables' defaults differ (the survey counts no crimes unless a category is chosen).
  if (field.name === "category")
    return select([...blank, ...["All crime", ...facts.categories].map((c) => ({ value: c, text: c }))], start);
  if (field.type === "choice")
    return select([...blank, ...(field.choices ?? []).map((c) => ({ value: c, text: c }))], start);
  const input = el("input", { type: "text" });
  if (field.type === "whole")
    Object.assign(input, {
      inputMode: "numeric",
      placeholder: field.defaultValue === undefined ? "default" : String(field.defaultValue),
    });
  if (field.type === "table") input.placeholder = "a table's or sheet's name, or e.g. Population!A1:C20";
  if (field.type === "list") input.placeholder = "names, separated by commas";
  if (field.name === "population") input.value = populationDefault;
  return input;
}

function readAreaChoices(container: HTMLElement): AreaChoices {
  const value = (id: string) => container.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`)?.value ?? "";
  return {
    level: value("satk-area-level"),
    areas: value("satk-own-areas"),
    populationColumn: value("satk-population-column").trim(),
  };
}

/** Each option field's text (a ticked check box as "on"), by option name. */
function readFields(container: HTMLElement): Partial<Record<OptionName, string>> {
  const typed: Partial<Record<OptionName, string>> = {};
  for (const field of wizardFields(offeredRecipes())) {
    const control = container.querySelector<HTMLInputElement | HTMLSelectElement>(`#${field.id}`);
    if (!control) continue;
    typed[field.name] =
      control instanceof HTMLInputElement && control.type === "checkbox"
        ? control.checked
          ? "on"
          : ""
        : control.value;
  }
  return typed;
}

/**
 * What a live formula is made from (live-formulas.ts), from the fields as typed and as read: a blank end
 * month is the latest complete month, a blank area the area with most records, as the recipes default them.
 */
function liveParams(typed: Partial<Record<OptionName, string>>, options: RecipeOptions, facts: DataFacts) {
  const d = defaultParameters(facts);
  return {
    ...d,
    endMonth: options.endMonth ?? d.endMonth,
    area: typed.area ?? "",
    category: typed.category || d.category,
    years: (options.years === 3 ? 3 : 2) as 2 | 3,
    population: typed.population ?? "",
    divisions: typed.divisions ?? "",
    significance: options.significance !== null && options.significance !== undefined,
  };
}

/**
 * One table made, as a radio button of the "Tables made" group (the first is checked, as its sheet is
 * the one shown): the analyst chooses the table "Copy for Word" copies by its title and sheet.
 */
function madeItem(w: WrittenOutput, i: number): HTMLLIElement {
  const radio = el("input", { type: "radio", name: "satk-chosen", id: `satk-chosen-${i}`, value: String(i) });
  radio.checked = i === 0;
  const item = el("li", { class: "made" });
  const live = !w.live ? "" : "formula" in w.live ? " (live formula)" : ` (values: ${w.live.reason})`;
  item.append(
    radio,
    el(
      "label",
      { for: radio.id },
      `${w.table.title}: sheet "${w.sheet}"${w.chartSheet ? `, charts on "${w.chartSheet}"` : ""}${live}`,
    ),
  );
  return item;
}

/** The Output step's export buttons: each action gets every table made and the one chosen in `group`. */
function showExports(
  container: HTMLElement,
  written: WrittenOutput[],
  group: HTMLElement,
  say: (t: string) => void,
  fail: (stage: string, e: unknown) => void,
): void {
  const tables = written.map((w) => w.table);
  const chosen = () =>
    tables[Number(group.querySelector<HTMLInputElement>("input[name=satk-chosen]:checked")?.value ?? -1)];
  container.replaceChildren();
  for (const action of exportActions()) {
    const b = button(action.label);
    b.id = `satk-export-${action.id}`;
    b.disabled = tables.length === 0;
    b.addEventListener("click", async () => {
      try {
        const message = await action.run(tables, chosen());
        say(message || `${action.label}: done.`);
      } catch (error) {
        fail(action.label.toLowerCase(), error);
      }
    });
    container.append(b);
  }
}

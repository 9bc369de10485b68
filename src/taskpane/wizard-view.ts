import { KEY_FINDINGS_RECIPE } from "../core/findings/findings-table";
import type { Dataset } from "../core/data/dataset";
import type { ColumnRoles, DataKind, Layout, LayoutGuess } from "../core/data/ingest-types";
import { GROUPING_LABELS, KIND_LABELS, type GroupingChoice } from "./reading-choices";
import { groupingTable } from "../core/tables/grouping-table";
import { monthLabel } from "../core/periods/month-label";
import { columnLetters } from "../core/cells/column-letters";
import { visuallyHidden } from "./visually-hidden";
import { createMorileMatrix } from "../excel/morile-matrix";
import type { WorkbookPort } from "../excel/workbook-port";
import { checkSelectedTable } from "./check-table-action";
import { askToReplace, lastRunSheets } from "./replace-run";
import { exportActions } from "./export-actions";
import { AREA_LEVEL_NAMES, AREA_LEVELS } from "../core/areas/area-level";
import { areaPlacer, lookupLoader, wizardPopulationParents, type AreaChoices, type AreaPlacer } from "./wizard-areas";
import { liveWriter, TABLE_OUTPUT_LABELS } from "./live-formulas";
import {
  chosenRecipes, dataFacts, datasetFrom, defaultParameters, defaultPopulation, guessLayout, headerNames, LAYOUT_LABELS, makeTables,
  offeredRecipes, plainError, previewRows, readLookup, readSource, recipeOptions, ROLE_LABELS, ROLE_NAMES, tableOnSheet, withKeyFindings, writeOutputs,
  type CancelToken, type DataFacts, type SourceChoice, type SourceData, type WrittenOutput,
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

/**
 * Draws the wizard into `root` and runs it against `workbook`.
 *
 * @param root the element to fill (emptied first)
 * @param workbook the workbook port (Office or in-memory)
 * @param options subtitle
 * @returns nothing
 */
export function mountWizard(root: HTMLElement, workbook: WorkbookPort, options: WizardOptions = {}): void {
  root.replaceChildren();
  const state: ViewState = { written: [] };
  const lookups = lookupLoader();
  options.watchActiveSheet?.((sheet) => {
    const radio = document.getElementById(`satk-chosen-${tableOnSheet(state.written, sheet)}`);
    if (radio instanceof HTMLInputElement) radio.checked = true;
  });
  const header = el("header", { class: "pane-header" });
  header.append(el("h1", {}, "Strategic Assessment Toolkit"));
  if (options.subtitle) header.append(el("p", { class: "subtitle" }, options.subtitle));
  const status = el("div", { class: "status", role: "status", "aria-live": "polite", id: "satk-status" });
  const alert = el("div", { class: "error", role: "alert", id: "satk-error" });
  const step1 = section("step-source", "1. Source");
  const step2 = section("step-tables", "2. Tables");
  const step3 = section("step-output", "3. Output");
  const more = section("step-more", "More");
  root.append(header, step1.section, step2.section, step3.section, status, alert, more.section); // messages next to the steps, not below "More"
  step2.section.hidden = true;
  step3.section.hidden = true;

  const say = (text: string) => (status.textContent = text);
  const fail = (stage: string, error: unknown) => {
    alert.textContent = plainError(stage, error);
    say("");
  };
  const clear = () => (alert.textContent = "");

  // ---- step 1: source ----
  const kind = select([
    { value: "selection", text: "The current selection" },
    { value: "table", text: "An Excel table" },
    { value: "sheet", text: "A sheet's used range" },
  ], "sheet");
  kind.id = "satk-source-kind";
  const name = select([]);
  name.id = "satk-source-name";
  const nameField = labelled("Table or sheet", name);
  const read = button("Read the data", "primary");
  read.id = "satk-read";
  const preview = el("div", { class: "preview", id: "satk-preview", role: "region", "aria-label": "Preview of the data read" });
  const roles = el("div", { class: "roles", id: "satk-roles" });
  const understood = el("ul", { class: "hint", id: "satk-areas-understood" });
  const next1 = button("Next: choose tables", "primary");
  next1.id = "satk-next-1";
  next1.disabled = true;
  step1.body.append(labelled("Read the data from", kind), nameField, read, preview, roles, understood, next1);

  const refreshNames = async () => {
    try {
      const k = kind.value;
      nameField.hidden = k === "selection";
      const names = k === "table" ? (await workbook.listTables()).map((t) => t.name) : k === "sheet" ? await workbook.listSheets() : [];
      name.replaceChildren(...names.map((n) => el("option", { value: n }, n)));
    } catch (error) {
      fail("listing the workbook's tables and sheets", error);
    }
  };
  kind.addEventListener("change", () => void refreshNames());
  void refreshNames();

  read.addEventListener("click", async () => {
    clear();
    say("Reading the data...");
    read.disabled = true;
    try {
      const choice: SourceChoice = kind.value === "selection" ? { kind: "selection" } : { kind: kind.value as "table" | "sheet", name: name.value };
      state.source = await readSource(workbook, choice);
      state.guess = guessLayout(state.source.values);
      showPreview(preview, previewRows(state.source.values));
      showRoles(roles, state.guess, headerNames(state.source.values, state.guess));
      next1.disabled = false;
      say(`Read ${state.source.values.length - 1} rows from ${state.source.label}. ${state.guess.reason}`);
    } catch (error) {
      fail("reading the data", error);
    } finally {
      read.disabled = false;
    }
  });

  // ---- step 2: tables ----
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
  all.addEventListener("change", () => recipeBox.querySelectorAll<HTMLInputElement>("input[value]").forEach((b) => (b.disabled = all.checked)));
  const params = el("div", { class: "params", id: "satk-params" });
  const generate = button("Make the tables", "primary");
  generate.id = "satk-generate";
  // Values or live formulas (live-formulas.ts): kept apart from the recipe options, which are drawn in showParams.
  const tableOutput = select(Object.entries(TABLE_OUTPUT_LABELS).map(([value, text]) => ({ value, text })), "values");
  tableOutput.id = "satk-table-output";
  const outputField = labelled("Write the tables as", tableOutput, "Live formulas: each table is one CSP formula over the data's columns, so it updates when they change.");
  step2.body.append(recipeBox, params, outputField, generate);

  next1.addEventListener("click", async () => {
    clear();
    if (!state.source || !state.guess) return;
    try {
      const confirmed = readRoles(roles);
      state.confirmed = confirmed;
      say("Reading the rows with those column roles...");
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))); // drawn before a force's year is read
      const source = state.source;
      state.place = areaPlacer(datasetFrom(source, confirmed.layout, confirmed.roles, confirmed.kind), lookups, () => datasetFrom(source, confirmed.layout, confirmed.roles, confirmed.kind, true));
      const placed = await state.place({ level: "", areas: "", populationColumn: "" });
      state.dataset = placed.dataset;
      understood.replaceChildren(...placed.notes.map((n) => el("li", {}, n)));
      state.facts = dataFacts(state.dataset);
      showParams(params, state.facts, await defaultPopulation(workbook));
      step2.section.hidden = false;
      say(`${state.dataset.length} records, ${state.facts.months.length} months, ${state.facts.areas.length} areas.`);
      step2.heading.focus();
    } catch (error) {
      fail("reading the rows with those column roles", error);
    }
  });

  // ---- step 3: output ----
  const progress = el("progress", { id: "satk-progress", max: "1", value: "0", "aria-label": "Progress" });
  const progressText = el("div", { class: "progress-text", id: "satk-progress-text" });
  const cancel = button("Cancel");
  cancel.id = "satk-cancel";
  cancel.disabled = true;
  const made = el("fieldset", { class: "made", id: "satk-made" });
  const results = el("ul", { class: "results", id: "satk-results" });
  made.append(el("legend", {}, "Tables made"), results, el("div", { class: "hint" }, "Copy for Word copies the chosen table; Export to Word saves them all."));
  const exportsBar = el("div", { class: "exports", id: "satk-exports" });
  step3.body.append(progress, progressText, cancel, made, exportsBar);
  cancel.addEventListener("click", () => {
    if (state.cancel) state.cancel.cancelled = true;
    say("Stopping after the current table...");
  });

  generate.addEventListener("click", async () => {
    clear();
    if (!state.dataset || !state.facts) return;
    generate.disabled = true; // one question at a time
    const previous = await lastRunSheets(workbook, state.written).catch(() => []);
    const replace = previous.length > 0 && (await askToReplace(step2.body, previous));
    const token: CancelToken = { cancelled: false };
    state.cancel = token;
    step3.section.hidden = false;
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
      const ids = [...recipeBox.querySelectorAll<HTMLInputElement>("input[value]:checked")].map((b) => b.value);
      const recipes = chosenRecipes(ids, all.checked);
      const p = readParams(params, state.facts);
      const population = await readLookup(workbook, p.population);
      const choices = readAreaChoices(params);
      const placed = state.place ? await state.place(choices) : null;
      if (placed) understood.replaceChildren(...placed.notes.map((n) => el("li", {}, n)));
      const options = {
        ...recipeOptions(p, population, await readLookup(workbook, p.divisions)),
        populationColumn: choices.populationColumn || null,
        populationParents: await wizardPopulationParents(population, choices.level, lookups),
        grouping: groupingTable(state.confirmed?.grouping ?? "default"),
      };
      const made = await makeTables(placed?.dataset ?? state.dataset, recipes, options, onProgress, token);
      for (const r of made) if ("error" in r) results.append(el("li", { class: "skipped" }, `${r.recipe.title}: not made. ${r.error}`));
      const tables = withKeyFindings(made.flatMap((r) => ("table" in r ? [r.table] : [])), options);
      const live = tableOutput.value === "formulas" && state.source && state.guess && state.confirmed
        ? await liveWriter(workbook, { source: state.source, headerRow: state.guess.headerRow, ...state.confirmed }, p, choices)
        : undefined;
      if (replace) await workbook.deleteSheets(previous); // the new tables then take the same names
      const written = await writeOutputs(workbook, tables, onProgress, token, live);
      results.append(...written.map(madeItem));
      state.written = written;
      showExports(exportsBar, written, results, say, fail);
      const shown = written.filter((w) => w.table.recipe !== KEY_FINDINGS_RECIPE).length;
      say(`Made ${shown} table${shown === 1 ? "" : "s"}${shown < written.length ? ", with their key findings" : ""}.`);
      step3.heading.focus();
    } catch (error) {
      fail("making the tables", error);
    } finally {
      generate.disabled = false;
      cancel.disabled = true;
    }
  });

  // ---- more ----
  const morile = button("New MoRiLE matrix");
  morile.id = "satk-morile";
  const check = button("Check a table");
  check.id = "satk-check-table";
  more.body.append(morile, check, el("div", { class: "hint" }, "Check a table: select a table (its header row included), then press it. The report goes on a new sheet; your table is not changed."));
  check.addEventListener("click", async () => {
    clear();
    try {
      say("Checking the selected table...");
      say((await checkSelectedTable(workbook)).summary);
    } catch (error) {
      fail("checking the table", error);
    }
  });
  morile.addEventListener("click", async () => {
    clear();
    try {
      say("Making the MoRiLE matrix...");
      const sheets = await createMorileMatrix(workbook);
      say(`Made the MoRiLE matrix on "${sheets.matrixSheet}".`);
    } catch (error) {
      fail("making the MoRiLE matrix", error);
    }
  });
}

function section(id: string, title: string): { section: HTMLElement; heading: HTMLHeadingElement; body: HTMLDivElement } {
  const s = el("section", { id, class: "step", "aria-labelledby": `${id}-title` });
  const heading = el("h2", { id: `${id}-title`, tabindex: "-1" }, title);
  const body = el("div", { class: "step-body" });
  s.append(heading, body);
  return { section: s, heading, body };
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
  const layout = select(Object.entries(LAYOUT_LABELS).map(([value, text]) => ({ value, text })), guess.layout);
  layout.id = "satk-layout";
  const fields = [labelled("Layout", layout, `Detected: ${LAYOUT_LABELS[guess.layout]}. Change it if it is wrong.`)];
  for (const role of ROLE_NAMES) {
    const current = guess.roles[role];
    const control = select([{ value: "", text: "(none)" }, ...names.map((n, i) => ({ value: String(i), text: n }))], current === undefined ? "" : String(current));
    control.id = `satk-role-${role}`;
    fields.push(labelled(ROLE_LABELS[role], control));
  }
  const lsoa = el("input", { type: "checkbox", id: "satk-role-lsoa" });
  lsoa.checked = guess.roles.areaIsLsoa === true;
  const lsoaLabel = el("label", { for: lsoa.id, class: "check" });
  lsoaLabel.append(lsoa, document.createTextNode(" The area column holds LSOA names (take the district from them)"));
  const kind = select(Object.entries(KIND_LABELS).map(([value, text]) => ({ value, text })), guess.kind);
  kind.id = "satk-kind";
  const grouping = select(Object.entries(GROUPING_LABELS).map(([value, text]) => ({ value, text })), "default");
  grouping.id = "satk-grouping";
  // Why the guess was made, beside the preview: every reason, as text (never HTML).
  const why = el("ul", { class: "reasons", id: "satk-reasons" });
  for (const reason of guess.reasons) why.append(el("li", {}, reason));
  container.replaceChildren(
    el("h3", {}, "Columns"), ...fields, lsoaLabel,
    labelled("What the rows count", kind, `Detected: ${KIND_LABELS[guess.kind]}. Titles and totals use it; the crime grouping applies to crimes only.`),
    labelled("Grouping", grouping),
    el("h3", {}, "Why"), why,
  );
  (container as HTMLElement & { guess?: LayoutGuess }).guess = guess;
}

function readRoles(container: HTMLElement): { layout: Layout; roles: ColumnRoles; kind: DataKind; grouping: GroupingChoice } {
  const guess = (container as HTMLElement & { guess?: LayoutGuess }).guess;
  const value = (id: string) => (container.querySelector<HTMLSelectElement>(`#${id}`)?.value ?? "");
  const roles: ColumnRoles = { ...(guess?.roles ?? {}) };
  for (const role of ROLE_NAMES) {
    const v = value(`satk-role-${role}`);
    if (v === "") delete roles[role];
    else roles[role] = Number(v);
  }
  roles.areaIsLsoa = container.querySelector<HTMLInputElement>("#satk-role-lsoa")?.checked ?? false;
  return { layout: value("satk-layout") as Layout, roles, kind: (value("satk-kind") || guess?.kind || "crimes") as DataKind, grouping: (value("satk-grouping") || "default") as GroupingChoice };
}

function showParams(container: HTMLElement, facts: DataFacts, populationDefault: string): void {
  const d = defaultParameters(facts);
  const end = select([...facts.months].reverse().map((m) => ({ value: String(m.month), text: monthLabel(m.month) })), String(d.endMonth));
  end.id = "satk-end-month";
  const area = select(facts.areas.map((a) => ({ value: a, text: a })), d.area);
  area.id = "satk-area";
  const category = select(["All crime", ...facts.categories].map((c) => ({ value: c, text: c })), d.category);
  category.id = "satk-category";
  const years = select([{ value: "2", text: "2 years" }, { value: "3", text: "3 years" }], "2");
  years.id = "satk-years";
  const population = el("input", { type: "text", id: "satk-population", placeholder: "e.g. Population!A1:C20" });
  population.value = populationDefault;
  const divisions = el("input", { type: "text", id: "satk-divisions", placeholder: "e.g. Divisions" });
  const significance = el("input", { type: "checkbox", id: "satk-significance" });
  const significanceLabel = el("label", { for: significance.id, class: "check" });
  significanceLabel.append(significance, document.createTextNode(" Mark statistically significant changes (5% level) in rolling-year, area and period tables"));
  container.replaceChildren(
    labelled("End month", end, "Default: the latest complete month in the data."),
    labelled("Area of interest", area),
    labelled("Category (tables of one category)", category),
    labelled("Years shown", years),
    labelled("Population table (for rates)", population, "A table's or sheet's name, or a range with its sheet. Leave blank if not needed."),
    labelled("Population column", el("input", { type: "text", id: "satk-population-column", placeholder: "e.g. all_ages" }), "Leave blank for the all-ages column (ONS mid-year estimates: the Persons rows) or the last population column."),
    labelled("Areas of the tables", Object.assign(select(AREA_LEVELS.map((l) => ({ value: l, text: AREA_LEVEL_NAMES[l] })), "district"), { id: "satk-area-level" }), "Wards come from police.uk's LSOA codes through ONS's LSOA-to-ward lookup."),
    labelled("The force's own areas", el("input", { type: "text", id: "satk-own-areas", placeholder: "e.g. Maidstone, Swale" }), "Leave blank for those ONS places in the force the data fall within; others show as \"Other areas\", unranked."),
    labelled("District-to-division table (for subtotals)", divisions, "A table's name, or a range with its sheet. Leave blank for none."),
    significanceLabel,
  );
}

function readAreaChoices(container: HTMLElement): AreaChoices {
  const value = (id: string) => container.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`)?.value ?? "";
  return { level: value("satk-area-level"), areas: value("satk-own-areas"), populationColumn: value("satk-population-column").trim() };
}

function readParams(container: HTMLElement, facts: DataFacts) {
  const value = (id: string) => container.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`)?.value ?? "";
  const d = defaultParameters(facts);
  return {
    ...d,
    endMonth: Number(value("satk-end-month")) || d.endMonth,
    area: value("satk-area"),
    category: value("satk-category"),
    years: (value("satk-years") === "3" ? 3 : 2) as 2 | 3,
    population: value("satk-population"),
    divisions: value("satk-divisions"),
    significance: container.querySelector<HTMLInputElement>("#satk-significance")?.checked ?? false,
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
  item.append(radio, el("label", { for: radio.id }, `${w.table.title}: sheet "${w.sheet}"${w.chartSheet ? `, charts on "${w.chartSheet}"` : ""}${live}`));
  return item;
}

/** The Output step's export buttons: each action gets every table made and the one chosen in `group`. */
function showExports(container: HTMLElement, written: WrittenOutput[], group: HTMLElement, say: (t: string) => void, fail: (stage: string, e: unknown) => void): void {
  const tables = written.map((w) => w.table);
  const chosen = () => tables[Number(group.querySelector<HTMLInputElement>("input[name=satk-chosen]:checked")?.value ?? -1)];
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

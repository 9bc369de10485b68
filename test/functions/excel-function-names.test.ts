import { EXCEL_FUNCTIONS_ENGLISH, EXCEL_FUNCTIONS_TRANSLATED } from "./excel-function-names";
import { registeredFunctions } from "./registered-functions";

const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);
const english = new Set(words(EXCEL_FUNCTIONS_ENGLISH));
const everyLanguage = new Set([...english, ...Object.values(EXCEL_FUNCTIONS_TRANSLATED).flatMap(words)]);

describe("Excel's function list", () => {
  it("holds the English names, MONTH and RATE among them, and thousands of translated ones", () => {
    expect(english.size).toBeGreaterThan(500);
    for (const name of ["MONTH", "RATE", "SUM", "XLOOKUP", "T.TEST", "PERCENTOF"]) expect(english.has(name)).toBe(true);
    expect(everyLanguage.has("MONAT")).toBe(true); // German MONTH
    expect(everyLanguage.has("MOIS")).toBe(true); // French MONTH
    expect(everyLanguage.size).toBeGreaterThan(3000);
  });
});

describe("the CSP function names", () => {
  // Every registered function, found from the sources, so a function added later is checked too.
  const functions = registeredFunctions();

  it.each(functions.map((f) => [f.id]))("CSP.%s shares no name with an Excel function in any language", (id) => {
    expect(everyLanguage.has(id)).toBe(false);
    // nor does the part before the first dot, which autocomplete lists on its own (SPC of SPC.SIGNALS)
    expect(everyLanguage.has(id.split(".")[0])).toBe(false);
  });

  it("has been checked for every function of the toolkit", () => {
    expect(functions.map((f) => f.id)).toEqual(expect.arrayContaining(["MONTHKEY", "RATEPER", "SPC", "MORILE"]));
  });
});

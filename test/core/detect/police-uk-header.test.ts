import { policeUkHeader } from "../../../src/core/detect/police-uk-header";

const STREET = [
  "Crime ID",
  "Month",
  "Reported by",
  "Falls within",
  "Longitude",
  "Latitude",
  "Location",
  "LSOA code",
  "LSOA name",
  "Crime type",
  "Last outcome category",
  "Context",
];
const OUTCOMES = [...STREET.slice(0, 9), "Outcome type"];
const SEARCH = [
  "Type",
  "Date",
  "Part of a policing operation",
  "Policing operation",
  "Latitude",
  "Longitude",
  "Gender",
  "Age range",
  "Self-defined ethnicity",
  "Officer-defined ethnicity",
  "Legislation",
  "Object of search",
  "Outcome",
  "Outcome linked to object of search",
  "Removal of more than just outer clothing",
];

describe("policeUkHeader", () => {
  it("recognises a street-level crime file", () => {
    expect(policeUkHeader(STREET)).toMatchObject({
      file: "street",
      kind: "crimes",
      roles: { id: 0, month: 1, area: 8, category: 9, areaIsLsoa: true },
      forceColumn: 3,
    });
  });

  it("recognises an outcomes file, with Outcome type as the category", () => {
    expect(policeUkHeader(OUTCOMES)).toMatchObject({
      file: "outcomes",
      kind: "outcomes",
      roles: { month: 1, category: 9 },
    });
  });

  it("recognises a stop-and-search file: Date is the period, Type the category", () => {
    expect(policeUkHeader(SEARCH)).toMatchObject({
      file: "stop-and-search",
      kind: "searches",
      roles: { month: 1, category: 0 },
    });
  });

  it.each([[""], ["Unnamed: 0"], ["X"], ["...1"]])(
    "recognises a file re-saved with a row-number column headed %j, and shifts every role past it",
    (index) => {
      const found = policeUkHeader([index, ...STREET]);
      expect(found).toMatchObject({
        file: "street",
        indexColumn: index,
        roles: { id: 1, month: 2, area: 9, category: 10 },
        forceColumn: 4,
      });
      expect(found?.reason).toMatch(/holds row numbers written by the tool that re-saved the file: it is not read/);
    },
  );

  it("reads R's syntactic names (Crime.ID, LSOA.name, Self.defined.ethnicity)", () => {
    expect(policeUkHeader(["", ...STREET.map((h) => h.replace(/[ -]/g, "."))])?.file).toBe("street");
    expect(policeUkHeader(["", ...SEARCH.map((h) => h.replace(/[ -]/g, "."))])).toMatchObject({
      file: "stop-and-search",
      roles: { month: 2, category: 1 },
    });
  });

  it("does not take other tables for police.uk files", () => {
    expect(policeUkHeader(["Month", "Crime type", "Count"])).toBeUndefined();
  });
});

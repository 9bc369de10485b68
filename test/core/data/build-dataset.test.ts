import { buildDataset } from "../../../src/core/data/build-dataset";
import type { Dataset } from "../../../src/core/data/dataset";
import { parseCsv } from "../../../src/core/csv/parse-csv";
import { monthKey } from "../../../src/core/periods/month-key";
import { InputError } from "../../../src/core/errors";
import fc from "fast-check";
import { naiveRows, policeFiles, tally } from "../../police-uk-files";
import { cliTexts, inCliWords } from "../../cli/in-cli-words";

/** Crimes by "month|category|area", read from a Dataset with a plain loop. */
function datasetTally(ds: Dataset): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < ds.length; i++) {
    const key = `${monthKey(ds.month[i])}|${ds.categories[ds.category[i]]}|${ds.areas[ds.area[i]]}`;
    counts.set(key, (counts.get(key) ?? 0) + (ds.count ? ds.count[i] : 1));
  }
  return counts;
}

/** The district as the test reads it: the LSOA name up to its last space, with Shepway and The Vale of Glamorgan renamed. */
function naiveDistrict(lsoaName: string): string {
  if (lsoaName === "") return "Unknown area";
  const district = lsoaName.slice(0, lsoaName.lastIndexOf(" "));
  return district === "Shepway"
    ? "Folkestone and Hythe"
    : district === "The Vale of Glamorgan"
      ? "Vale of Glamorgan"
      : district;
}

function areaTotal(ds: Dataset, area: string): number {
  const id = ds.areas.indexOf(area);
  return ds.area.reduce((n, a) => n + (a === id ? 1 : 0), 0);
}

describe("buildDataset on the real Kent files", () => {
  const files = policeFiles("kent");
  const rows = naiveRows("kent");
  const ds = buildDataset(files);

  it("keeps every one of the 75,735 rows (data/README), in five months", () => {
    expect(rows.length).toBe(75735);
    expect(ds.length).toBe(75735);
    expect(ds.dropped.total).toBe(0);
  });

  it("counts every month, crime type and district as a naive line split does", () => {
    const expected = tally(rows, (f) => `${f[1]}|${f[9]}|${naiveDistrict(f[8])}`);
    expect(datasetTally(ds)).toEqual(expected);
  });

  it("holds the half month of December 2018 as published: 8,438 rows (data/README)", () => {
    const december = 2018 * 12 + 11;
    expect(ds.month.reduce((n, m) => n + (m === december ? 1 : 0), 0)).toBe(8438);
  });

  it("renames Shepway to Folkestone and Hythe by default, and keeps Shepway when renames are turned off", () => {
    const shepway = rows.filter((f) => f[8].startsWith("Shepway ")).length;
    const folkestone = rows.filter((f) => f[8].startsWith("Folkestone and Hythe ")).length;
    expect(shepway).toBeGreaterThan(0);
    expect(ds.areas).not.toContain("Shepway");
    expect(areaTotal(ds, "Folkestone and Hythe")).toBe(shepway + folkestone);
    const plain = buildDataset(files, { districtRenames: {} });
    expect(areaTotal(plain, "Shepway")).toBe(shepway);
  });

  it("puts rows without an LSOA in a visible Unknown area", () => {
    const noLsoa = rows.filter((f) => f[8] === "").length;
    expect(noLsoa).toBeGreaterThan(0);
    expect(areaTotal(ds, "Unknown area")).toBe(noLsoa);
  });

  it("keeps LSOAs of other forces' areas as their own districts (Bexley)", () => {
    expect(areaTotal(ds, "Bexley")).toBe(rows.filter((f) => f[8].startsWith("Bexley ")).length);
  });

  it("keeps anti-social behaviour, whose rows have blank crime IDs, as its own category", () => {
    const asb = rows.filter((f) => f[9] === "Anti-social behaviour");
    expect(asb.every((f) => f[0] === "")).toBe(true);
    const id = ds.categories.indexOf("Anti-social behaviour");
    expect(ds.category.reduce((n, c) => n + (c === id ? 1 : 0), 0)).toBe(asb.length);
  });

  it("makes a police.uk source line with the force and the licence", () => {
    expect(ds.source).toMatch(/^police\.uk street-level crime data, Kent Police \(5 files/);
    expect(ds.source).toMatch(/Open Government Licence v3\.0 \(data\.police\.uk\)/);
  });

  it("reads the same records from a matrix of cell values as from the CSV bytes", () => {
    const one = policeFiles("kent", "2018-12")[0];
    const fromMatrix = buildDataset({ name: one.name, values: parseCsv(one.csv) });
    expect(datasetTally(fromMatrix)).toEqual(datasetTally(buildDataset(one)));
  });

  it("reads a file given as pieces through one reused buffer as it reads it whole", () => {
    const one = policeFiles("kent", "2018-10")[0];
    function* reused(): Generator<Uint8Array> {
      const buffer = new Uint8Array(10007);
      for (let at = 0; at < one.csv.length; at += buffer.length) {
        const piece = one.csv.subarray(at, at + buffer.length);
        buffer.set(piece);
        yield buffer.subarray(0, piece.length);
        buffer.fill(0x2c);
      }
    }
    const fromPieces = buildDataset({ name: one.name, pieces: reused(), byteLength: one.csv.length });
    expect(datasetTally(fromPieces)).toEqual(datasetTally(buildDataset(one)));
    expect(fromPieces.length).toBe(naiveRows("kent", "2018-10").length);
  });

  it("reads a wide table given as pieces", () => {
    const text = "Crime type,Oct 2017,Nov 2017,Dec 2017\nBurglary,40,38,51\nDrugs,5,,7\n";
    const bytes = new Uint8Array(Buffer.from(text));
    const ds = buildDataset({ name: "wide.csv", pieces: [bytes.slice(0, 30), bytes.slice(30)] });
    expect([ds.length, Array.from(ds.count ?? [])]).toEqual([5, [40, 38, 51, 5, 7]]);
  });

  it("reads CSV given as text as it reads the bytes", () => {
    const one = policeFiles("kent", "2018-12")[0];
    const text = Buffer.from(one.csv).toString("utf8");
    expect(datasetTally(buildDataset({ name: one.name, csv: text }))).toEqual(datasetTally(buildDataset(one)));
  });
});

describe("buildDataset on the real Gwent files", () => {
  const files = policeFiles("gwent");
  const rows = naiveRows("gwent");

  it("counts by rows by default, every row kept", () => {
    const ds = buildDataset(files);
    expect(ds.length).toBe(rows.length);
    expect(datasetTally(ds)).toEqual(tally(rows, (f) => `${f[1]}|${f[9]}|${naiveDistrict(f[8])}`));
  });

  it("counts distinct crime IDs on request, dropping each repeat with its reason and file", () => {
    const ids = rows.map((f) => f[0]).filter((id) => id !== "");
    const repeats = ids.length - new Set(ids).size;
    expect(repeats).toBeGreaterThan(0);
    const ds = buildDataset(files, { countDistinctIds: true });
    expect(ds.length).toBe(rows.length - repeats);
    expect(ds.dropped.total).toBe(repeats);
    expect(
      ds.dropped.reasons.every((r) => /^duplicate crime ID \(\d{4}-\d{2}-gwent-street\.csv\)$/.test(r.reason)),
    ).toBe(true);
  });

  it("keeps Cardiff LSOAs as the district Cardiff", () => {
    const ds = buildDataset(files);
    const cardiff = ds.areas.indexOf("Cardiff");
    expect(ds.area.reduce((n, a) => n + (a === cardiff ? 1 : 0), 0)).toBe(
      rows.filter((f) => f[8].startsWith("Cardiff ")).length,
    );
  });
});

describe("buildDataset on small tables", () => {
  it("reads long monthly counts from a matrix, carrying the counts", () => {
    const ds = buildDataset({
      name: "counts",
      values: [
        ["Month", "Crime type", "District", "Count"],
        ["2017-10", "Burglary", "Maidstone", 40],
        ["2017-11", "Burglary", "Maidstone", 38],
      ],
    });
    expect(Array.from(ds.count ?? [])).toEqual([40, 38]);
    expect(ds.source).toBe("counts");
  });

  it("follows a layout and roles given by the caller over the detected ones", () => {
    const values = [
      ["When", "What", "N"],
      ["2017-10", "Burglary", "5"],
    ];
    const ds = buildDataset({ name: "t", values }, { layout: "long", roles: { month: 0, category: 1, count: 2 } });
    expect(Array.from(ds.count ?? [])).toEqual([5]);
    expect(ds.areas).toEqual(["All areas"]);
  });

  it("shares dictionaries across several inputs", () => {
    const a = { name: "a.csv", csv: "Month,Crime type,District,Count\n2017-10,Burglary,Dover,3\n" };
    const b = { name: "b.csv", csv: "Month,Crime type,District,Count\n2017-11,Burglary,Dover,4\n" };
    const ds = buildDataset([a, b]);
    expect([ds.categories, ds.areas, Array.from(ds.category)]).toEqual([["Burglary"], ["Dover"], [0, 0]]);
  });

  it("uses the caller's source line when given", () => {
    expect(
      buildDataset({ name: "x", csv: "Month,Crime type\n2017-10,Drugs\n" }, { source: "Force extract" }).source,
    ).toBe("Force extract");
  });

  it("rejects no input, an empty input and an input with no data", () => {
    expect(() => buildDataset([])).toThrow(InputError);
    expect(() => buildDataset({ name: "e.csv", csv: "" })).toThrow("e.csv is empty: there is no header row.");
    expect(() => buildDataset({ name: "m", values: [] })).toThrow("m is empty: there is no header row.");
    expect(() => buildDataset({ name: "n" })).toThrow("n has neither CSV text nor cell values.");
  });
});

describe("buildDataset says what it understood and reads more than months", () => {
  const csv = (text: string, name = "t.csv") => ({ name, csv: text });

  it("reads a month,count series as one category named after its count column, of other counts", () => {
    const ds = buildDataset(csv("Month,count\n2022-07,5388\n2022-08,5480\n"));
    expect(ds).toMatchObject({ categories: ["count"], kind: "counts", periodUnit: "month" });
    expect(Array.from(ds.count ?? [])).toEqual([5388, 5480]);
    expect(ds.readings?.[0]).toMatchObject({
      name: "t.csv",
      layout: "long",
      columns: { month: "Month", count: "count" },
      kind: "counts",
      periods: "months",
    });
  });

  it("reads financial-year rows at April of their first year, as yearly data", () => {
    const ds = buildDataset(csv("Year,Incidents\n2008/09,40\n2012-13,41\n"));
    expect(Array.from(ds.month).map(monthKey)).toEqual(["2008-04", "2012-04"]);
    expect(ds).toMatchObject({ periodUnit: "year", yearStart: 4 });
  });

  it("reads years as columns, leaving the change column alone", () => {
    const ds = buildDataset(csv("crime_type,2023,2024,change_pct\nBurglary,40,50,25.0\nDrugs,10,5,-50.0\n"));
    expect(datasetTally(ds)).toEqual(
      new Map([
        ["2023-01|Burglary|All areas", 40],
        ["2024-01|Burglary|All areas", 50],
        ["2023-01|Drugs|All areas", 10],
        ["2024-01|Drugs|All areas", 5],
      ]),
    );
    expect(ds).toMatchObject({ periodUnit: "year", yearStart: 1, kind: "crimes" });
  });

  it("reads separate year and month columns", () => {
    const ds = buildDataset(csv("Calendar_Year,Month,Crimes\n2001,Apr,4\n2001,May,6\n"));
    expect(Array.from(ds.month).map(monthKey)).toEqual(["2001-04", "2001-05"]);
  });

  it("puts UTC timestamps in their UK month: 23:00 UTC on 31 March 2019 is April", () => {
    const ds = buildDataset(
      csv("Date,Type\n2019-03-31T23:00:00+00:00,Person search\n2019-03-31T00:30:00+00:00,Person search\n"),
      { kind: "searches" },
    );
    expect(Array.from(ds.month).map(monthKey)).toEqual(["2019-04", "2019-03"]);
    expect(ds.kind).toBe("searches");
  });

  it("reads a pandas re-saved police.uk file as records: 14 rows are 14 crimes, not the sum of the index", () => {
    const [file] = policeFiles("kent", "2018-10");
    const lines = Buffer.from(file.csv).toString("utf8").split("\n").slice(0, 15);
    const resaved = [`,${lines[0]}`, ...lines.slice(1).map((l, i) => `${i},${l}`)].join("\n");
    const ds = buildDataset(csv(resaved));
    expect(ds.length).toBe(14);
    expect(ds.count).toBeUndefined();
    expect(ds.source).toMatch(/^police\.uk street-level crime data, Kent Police/);
  });

  it("takes the roles named by header text and the analyst's filters, and says so", () => {
    const ds = buildDataset(
      csv("When,What,Where\n2023-01,Burglary,Dover\n2023-01,Drugs,Dover\n2023-02,Burglary,Deal\n"),
      {
        layout: "record",
        columnNames: { month: "When", category: "what", area: "Where" },
        filters: [{ column: "Where", value: "dover" }],
      },
    );
    expect(datasetTally(ds)).toEqual(
      new Map([
        ["2023-01|Burglary|Dover", 1],
        ["2023-01|Drugs|Dover", 1],
      ]),
    );
    expect(ds.dropped.reasons).toEqual([{ reason: "not Where=dover (filter)", count: 1, firstRows: [4] }]);
    expect(cliTexts(ds.readings?.[0].reasons)).toEqual(
      expect.arrayContaining([
        'You chose "When" as the period column.',
        "Only rows with Where=dover are read (--filter).",
      ]),
    );
  });

  it("refuses a column name that is not in the header, listing the columns", () => {
    expect(() =>
      inCliWords(() => buildDataset(csv("Month,count\n2022-07,1\n"), { columnNames: { count: "Total" } })),
    ).toThrow('t.csv has no column "Total" (--count-column); its columns are: "Month", "count".');
  });

  it("names the flag the analyst typed for a year column that is not in the header", () => {
    expect(() =>
      inCliWords(() => buildDataset(csv("Month,count\n2022-07,1\n"), { columnNames: { year: "Calendar_Year" } })),
    ).toThrow('t.csv has no column "Calendar_Year" (--year-column)');
  });

  it("refuses rates, naming the file, the column and the flag", () => {
    expect(() => buildDataset(csv("Month,Area,rate_per_1000\n2023-01,Newport,4.2\n"))).toThrow(InputError);
    expect(() => inCliWords(() => buildDataset(csv("Month,Area,rate_per_1000\n2023-01,Newport,4.2\n")))).toThrow(
      /^t\.csv: column "rate_per_1000" holds rates or other measures .*--count-column/,
    );
  });

  it("refuses coordinates chosen as the count", () => {
    expect(() =>
      buildDataset(csv("Month,Longitude\n2023-01,-0.08\n"), { layout: "long", columnNames: { count: "Longitude" } }),
    ).toThrow(/^t\.csv: column "Longitude" holds coordinates, not counts/);
  });

  it("refuses a fractional count met below the sampled rows, naming the row and the column", () => {
    const rows = Array.from(
      { length: 120 },
      (_, i) => `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")},${i === 110 ? "4.5" : "4"}`,
    );
    expect(() => buildDataset(csv(`Month,Crimes\n${rows.join("\n")}\n`))).toThrow(
      /row 112: the value "4\.5" in column "Crimes" has decimals/,
    );
  });

  it("takes a police.uk file of anti-social behaviour alone for incidents", () => {
    const [file] = policeFiles("kent", "2018-10");
    const ds = buildDataset(
      { name: file.name, csv: file.csv },
      { filters: [{ column: "Crime type", value: "Anti-social behaviour" }] },
    );
    expect(ds.kind).toBe("asb");
    expect(ds.length).toBe(naiveRows("kent", "2018-10").filter((r) => r[9] === "Anti-social behaviour").length);
  });

  it("refuses inputs that count different things or hold periods of different lengths", () => {
    expect(() =>
      buildDataset([csv("Month,count\n2022-07,1\n", "a.csv"), csv("Year,count\n2008/09,1\n", "b.csv")]),
    ).toThrow(/periods of different lengths \(a\.csv: months; b\.csv: financial years/);
  });
});

describe("buildDataset on counts spelt other than in decimal (issue 23.5)", () => {
  it.each(["0x10", "0b11", "0o17", "1e308", "Infinity", "NaN"])(
    "refuses a count of %s naming the row and column, instead of reading it or counting rows",
    (spelt) => {
      const csv = `Month,Crime type,District,Count\n2019-02,Burglary,Maidstone,5\n2019-03,Burglary,Maidstone,${spelt}\n`;
      expect(() => buildDataset({ name: "counts.csv", csv })).toThrow(
        new RegExp(
          `^counts\\.csv, row 3: the count "${spelt}" in column "Count" (is written in|is not a finite|is too large)`,
        ),
      );
    },
  );
});

describe("buildDataset on a CSV with a long quoted field, read in pieces", () => {
  const header =
    "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n";
  const row = (id: string, month: string, type: string, context = ""): string =>
    `${id},${month},Kent Police,Kent Police,0.5,51.2,On or near X,E01,Maidstone 001A,${type},Under investigation,${context}\n`;
  // A "Context" of 90 KB with line breaks and doubled quotes: longer than the sample of the first 64 KB.
  const longField = `"${'say ""x"", then\r\n'.repeat(5000)}"`;
  const csv =
    row("a", "2018-01", "Burglary") +
    row("b", "2018-02", "Drugs", longField) +
    row("c", "2018-02", "Burglary") +
    row("d", "2018-03", "Robbery");
  const bytes = new TextEncoder().encode(header + csv);

  function piecesOf(size: number): Uint8Array[] {
    const pieces: Uint8Array[] = [];
    for (let at = 0; at < bytes.length; at += size) pieces.push(bytes.slice(at, at + size));
    return pieces;
  }

  it("reads the file in pieces of any size as it reads it whole, whichever piece the long field crosses (property)", () => {
    const whole = buildDataset({ name: "x.csv", csv: bytes });
    expect(whole.length).toBe(4);
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: bytes.length + 10 }), (size) => {
        const ds = buildDataset({ name: "x.csv", pieces: piecesOf(size), byteLength: bytes.length });
        expect([Array.from(ds.month), Array.from(ds.category), ds.categories]).toEqual([
          Array.from(whole.month),
          Array.from(whole.category),
          whole.categories,
        ]);
      }),
      { numRuns: 40 },
    );
  });

  it("still refuses a quoted field that is never closed, naming the row", () => {
    const broken = new TextEncoder().encode(
      header + row("a", "2018-01", "Burglary") + row("b", "2018-02", "Drugs", `"${"x\n".repeat(50000)}`),
    );
    const pieces = [broken.slice(0, 70000), broken.slice(70000)];
    expect(() => buildDataset({ name: "x.csv", pieces, byteLength: broken.length })).toThrow(
      "x.csv, row 3: a quoted field is never closed",
    );
  });
});

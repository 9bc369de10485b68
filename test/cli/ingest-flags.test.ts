import { ingestOptions } from "../../src/cli/ingest-flags";
import { UsageError } from "../../src/cli/usage-error";

describe("ingestOptions", () => {
  it("turns the reading flags into buildDataset options", () => {
    const flags = new Map([
      ["--layout", "Long"],
      ["--period-column", "Date"],
      ["--year-column", "Calendar_Year"],
      ["--category-column", "Object of search"],
      ["--area-column", "Borough"],
      ["--count-column", "n"],
      ["--id-column", "Ref"],
      ["--kind", "searches"],
    ]);
    expect(ingestOptions(flags, ["Type=Person search", "Outcome = Arrest"])).toEqual({
      layout: "long",
      kind: "searches",
      columnNames: {
        month: "Date",
        year: "Calendar_Year",
        category: "Object of search",
        area: "Borough",
        count: "n",
        id: "Ref",
      },
      filters: [
        { column: "Type", value: "Person search" },
        { column: "Outcome", value: "Arrest" },
      ],
    });
  });

  it("gives no options when no reading flag is typed", () => {
    expect(ingestOptions(new Map(), [])).toEqual({});
  });

  it.each([
    [new Map([["--layout", "tall"]]), [], '--layout must be one of record, long, wide, not "tall".'],
    [
      new Map([["--kind", "burglaries"]]),
      [],
      '--kind must be one of crimes, asb, outcomes, searches, counts, rates, not "burglaries".',
    ],
    [
      new Map(),
      ["Crime type"],
      '--filter needs COLUMN=VALUE, such as --filter "Crime type=Burglary", not "Crime type".',
    ],
  ])("refuses %j %j", (flags, filters, message) => {
    expect(() => ingestOptions(flags as Map<string, string>, filters as string[])).toThrow(UsageError);
    expect(() => ingestOptions(flags as Map<string, string>, filters as string[])).toThrow(message);
  });
});

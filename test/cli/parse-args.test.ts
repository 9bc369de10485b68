import { parseArgs } from "../../src/cli/parse-args";
import { UsageError } from "../../src/cli/usage-error";

describe("parseArgs", () => {
  it("reads a table command with several input files and recipe options", () => {
    const args = parseArgs([
      "table",
      "rolling-year",
      "--input",
      "a.csv",
      "b.csv.gz",
      "--area",
      "Maidstone",
      "--end-month=2018-10",
    ]);
    expect(args).toMatchObject({
      command: "table",
      recipe: "rolling-year",
      inputs: ["a.csv", "b.csv.gz"],
      format: "csv",
      distinctIds: false,
    });
    expect([...args.recipeFlags]).toEqual([
      ["--area", "Maidstone"],
      ["--end-month", "2018-10"],
    ]);
  });

  it("reads the format, output file and switches", () => {
    expect(
      parseArgs([
        "table",
        "rate",
        "--input",
        "a",
        "--format",
        "XLSX",
        "--out",
        "t.xlsx",
        "--distinct-ids",
        "--no-renames",
      ]),
    ).toMatchObject({
      format: "xlsx",
      out: "t.xlsx",
      distinctIds: true,
      noRenames: true,
    });
  });

  it("reads --force, which lets --out have another extension than the format's", () => {
    expect(parseArgs(["table", "rate", "--input", "a", "--out", "t.txt", "--force"])).toMatchObject({
      out: "t.txt",
      force: true,
    });
  });

  it("reads a report command, which writes .docx", () => {
    expect(parseArgs(["report", "--input", "a.csv", "--out", "r.docx"])).toMatchObject({
      command: "report",
      format: "docx",
      out: "r.docx",
    });
  });

  it("takes --help anywhere, and no command at all, as a request for help", () => {
    expect(parseArgs(["table", "rolling-year", "--help"]).command).toBe("help");
    expect(parseArgs([]).command).toBe("help");
  });

  it.each([
    [["table", "rolling-year", "--bogus", "1"], "There is no option --bogus. See satk --help."],
    [["table", "rolling-year", "--area"], "--area needs a value."],
    [["table", "rolling-year", "--area", "--input", "a"], "--area needs a value."],
    [["table", "rolling-year", "--input"], "--input needs one or more files."],
    [["table", "rolling-year", "--format", "pdf"], '--format must be one of csv, md, xlsx, docx, not "pdf".'],
    [["table", "rolling-year", "--area", "A", "--area", "B"], "--area is given twice."],
    [["table"], /^satk table needs a recipe: rolling-year, /],
    [["table", "rolling-year", "extra"], 'Unexpected "extra": give files after --input.'],
    [["report", "--input", "a"], "satk report needs --out FILE.docx."],
    [
      ["plot"],
      'There is no command "plot": use "satk table <recipe>", "satk report" or "satk findings". See satk --help.',
    ],
    [["findings", "extra"], 'Unexpected "extra": give files after --input.'],
    [["table", "rolling-year", "--significance", "--significance"], "--significance is given twice."],
  ])("rejects %j as a usage error", (argv, message) => {
    expect(() => parseArgs(argv as string[])).toThrow(UsageError);
    expect(() => parseArgs(argv as string[])).toThrow(message);
  });
});

describe("parseArgs reading options", () => {
  it("collects the reading flags and every --filter", () => {
    const args = parseArgs([
      "table",
      "rolling-year",
      "--input",
      "a.csv",
      "--kind",
      "searches",
      "--category-column=Object of search",
      "--filter",
      "Type=Person search",
      "--filter",
      "Outcome=Arrest",
    ]);
    expect(args.ingestFlags).toEqual(
      new Map([
        ["--kind", "searches"],
        ["--category-column", "Object of search"],
      ]),
    );
    expect(args.filters).toEqual(["Type=Person search", "Outcome=Arrest"]);
  });

  it("refuses a reading flag given twice or without its value", () => {
    expect(() => parseArgs(["table", "rolling-year", "--kind", "crimes", "--kind", "asb"])).toThrow(
      "--kind is given twice.",
    );
    expect(() => parseArgs(["table", "rolling-year", "--period-column"])).toThrow("--period-column needs a value.");
  });
});

describe("parseArgs for key findings and significance", () => {
  it("reads satk findings with the words of the findings", () => {
    const args = parseArgs([
      "findings",
      "--input",
      "a.csv",
      "--area",
      "Maidstone",
      "--area-words",
      "the borough",
      "--force-name",
      "Kent",
    ]);
    expect([args.command, args.areaWords, args.forceName, args.recipeFlags.get("--area")]).toEqual([
      "findings",
      "the borough",
      "Kent",
      "Maidstone",
    ]);
  });

  it("takes --significance with a level, or 0.05 when the next word is not a number", () => {
    expect(
      parseArgs(["table", "rolling-year", "--significance", "0.01", "--input", "a.csv"]).recipeFlags.get(
        "--significance",
      ),
    ).toBe("0.01");
    expect(parseArgs(["table", "rolling-year", "--significance", "5%"]).recipeFlags.get("--significance")).toBe("5%");
    expect(
      parseArgs(["table", "rolling-year", "--significance", "--input", "a.csv"]).recipeFlags.get("--significance"),
    ).toBe("0.05");
    expect(parseArgs(["table", "rolling-year", "--significance"]).recipeFlags.get("--significance")).toBe("0.05");
  });
});

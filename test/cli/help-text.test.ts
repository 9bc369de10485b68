import { helpText } from "../../src/cli/help-text";
import { INGEST_FLAGS } from "../../src/cli/ingest-flags";
import { CATALOGUE } from "../../src/core/tables/catalogue";
import { optionFlag } from "../../src/cli/option-flag";

describe("helpText", () => {
  const text = helpText();

  it("documents every recipe of the catalogue and every option each takes", () => {
    for (const recipe of CATALOGUE) {
      expect(text).toContain(`  ${recipe.id}  (seed ${recipe.seed})`);
      expect(text).toContain(recipe.description);
      for (const option of recipe.options)
        expect(text).toContain(`${optionFlag(option.name).padEnd(20)} ${option.description}`);
    }
  });

  it("documents the common options and the exit codes", () => {
    for (const flag of ["--input", "--format", "--out", "--distinct-ids", "--no-renames"])
      expect(text).toContain(`  ${flag}`);
    expect(text).toContain("Exit codes: 0 done; 2 bad arguments (an unknown option, a value out of range");
    expect(text).toContain("3 bad input");
  });
});

describe("helpText reading options", () => {
  it("lists every reading flag, --filter and the grouping choices", () => {
    const text = helpText();
    for (const flag of [...Object.keys(INGEST_FLAGS), "--filter", "--grouping"]) expect(text).toContain(flag);
    expect(text).toContain("none, police-uk, or a grouping table FILE");
  });
});

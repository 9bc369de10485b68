import { readFileSync } from "fs";
import { join } from "path";
import {
  areaPlacer,
  LOOKUP_URLS,
  lookupLoader,
  placeForWizard,
  wizardPopulationParents,
} from "../../src/taskpane/wizard-areas";
import { buildDataset } from "../../src/core/data/build-dataset";
import { parseCsv } from "../../src/core/csv/parse-csv";
import { cityOfLondonFiles } from "../core/areas/corpus-files";

const ROOT = join(__dirname, "..", "..");
/** Serves the add-in's files as the dev server would (the build copies assets/lookups to dist/assets/lookups), counting requests. */
function server() {
  const asked: string[] = [];
  const fetchBytes = async (url: string) => {
    asked.push(url);
    return new Uint8Array(readFileSync(join(ROOT, url)));
  };
  return { asked, loader: lookupLoader(fetchBytes) };
}

describe("the wizard's areas (the same placeAreas as satk, lookups from the add-in's own origin)", () => {
  const dataset = buildDataset(cityOfLondonFiles());

  it("marks the City of London as the force's own area and fetches only the district lookup", async () => {
    const { asked, loader } = server();
    const placed = await placeForWizard(dataset, { level: "", areas: "", populationColumn: "" }, loader, () => dataset);
    expect(placed.dataset.areas.filter((_, a) => placed.dataset.ownAreas?.[a])).toEqual(["City of London"]);
    expect(asked).toEqual([LOOKUP_URLS.area]);
    expect(asked.every((u) => u.startsWith("assets/"))).toBe(true);
  });

  it("fetches the LSOA-to-ward lookups once, only for a ward table, and reads the LSOAs again", async () => {
    const { asked, loader } = server();
    let rebuilt = 0;
    const rebuild = () => {
      rebuilt++;
      return buildDataset(cityOfLondonFiles(), { keepLsoas: true });
    };
    const placed = await placeForWizard(dataset, { level: "ward", areas: "", populationColumn: "" }, loader, rebuild);
    await placeForWizard(dataset, { level: "ward", areas: "", populationColumn: "" }, loader, rebuild);
    expect(rebuilt).toBe(2);
    expect(asked.filter((u) => u.endsWith(".gz"))).toHaveLength(2);
    expect(placed.notes.join(" ")).toMatch(/LSOAs matched/);
  });

  it("places again only when the area choices change, and reads the LSOAs again once, for the first ward table", async () => {
    const { asked, loader } = server();
    let rebuilt = 0;
    const place = areaPlacer(dataset, loader, () => {
      rebuilt++;
      return buildDataset(cityOfLondonFiles(), { keepLsoas: true });
    });
    const first = await place({ level: "", areas: "", populationColumn: "" });
    expect(await place({ level: "district", areas: " ", populationColumn: "" })).toBe(first); // the same choices as typed differently
    const wards = await place({ level: "ward", areas: "", populationColumn: "" });
    expect(wards.dataset).not.toBe(first.dataset);
    expect(await place({ level: "ward", areas: "", populationColumn: "" })).toBe(wards);
    const wardsAgain = await place({ level: "ward", areas: "", populationColumn: "all_ages" });
    expect(wardsAgain).not.toBe(wards);
    expect(wardsAgain.dataset.areas).toEqual(wards.dataset.areas);
    await place({ level: "lsoa", areas: "", populationColumn: "" });
    expect(rebuilt).toBe(1);
    expect(asked.filter((u) => u.endsWith(".gz"))).toHaveLength(2);
  });

  it("does not keep a placement that failed, so the next click with the same choices tries again", async () => {
    const { loader } = server();
    let calls = 0;
    const flaky = {
      ...loader,
      areaLookup: () =>
        ++calls === 1 ? Promise.reject(new Error("The add-in's file could not be loaded (503).")) : loader.areaLookup(),
    };
    const place = areaPlacer(dataset, flaky, () => dataset);
    await expect(place({ level: "", areas: "", populationColumn: "" })).rejects.toThrow(/503/);
    const placed = await place({ level: "", areas: "", populationColumn: "" });
    expect(placed.dataset.areas.filter((_, a) => placed.dataset.ownAreas?.[a])).toEqual(["City of London"]);
    expect(calls).toBe(2);
  });

  it("adds a ward population sheet up to districts with the lookups it fetches then", async () => {
    const { loader } = server();
    const wards = parseCsv(
      readFileSync(join(ROOT, "test/fixtures/corpus/trafford-mid-2024-population-ward.csv")),
      "wards",
    );
    const parents = await wizardPopulationParents(wards, "district", loader);
    expect(parents?.what).toBe("wards");
    expect(parents?.parents.get("E05015239")).toEqual({ code: "E08000009", name: "Trafford" });
    expect(await wizardPopulationParents(wards, "ward", loader)).toBeNull();
  });
});

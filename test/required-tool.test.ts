import { describeWithTool, type RequiredTool, type SuiteApi } from "./required-tool";

/** Records what describeWithTool registers, running describe bodies at once as Jest does. */
function recorder(env: Record<string, string | undefined> = {}) {
  const log: string[] = [];
  const tests: (() => void)[] = [];
  const api: SuiteApi = {
    describe: (title, body) => {
      log.push(`describe ${title}`);
      body();
    },
    skip: (title) => log.push(`skip ${title}`),
    it: (title, test) => {
      log.push(`it ${title}`);
      tests.push(test);
    },
    warn: (message) => log.push(`warn ${message.trim().split("\n")[1]}`),
    env,
  };
  return { api, log, tests };
}

const chromium: RequiredTool = {
  what: "chromium",
  present: false,
  install: "apt-get install chromium",
  skipVariable: "SATK_SKIP_BROWSER",
};
const NOT_TESTED =
  "the playground: NOT TESTED. They need chromium, which this machine does not have. Install it (apt-get install chromium), or set SATK_SKIP_BROWSER=1 to skip these tests knowingly.";

describe("tests that need a program of the machine (issue 24, item 11)", () => {
  it("run as a plain describe when the program is there", () => {
    const { api, log } = recorder();
    describeWithTool({ ...chromium, present: true }, "the playground", () => api.it("opens", () => undefined), api);
    expect(log).toEqual(["describe the playground", "it opens"]);
  });

  it("fail with one test saying what to install when it is missing: never a silent skip", () => {
    const { api, log, tests } = recorder();
    describeWithTool(chromium, "the playground", () => api.it("opens", () => undefined), api);
    expect(log).toEqual(["describe the playground", "it needs chromium"]);
    expect(() => tests[0]()).toThrow(NOT_TESTED);
  });

  it("skip with a loud line in the run's output when the developer sets the skip variable", () => {
    const { api, log } = recorder({ SATK_SKIP_BROWSER: "1" });
    describeWithTool(chromium, "the playground", () => api.it("opens", () => undefined), api);
    expect(log).toEqual([`warn ${NOT_TESTED}`, "skip the playground"]);
  });

  it("never skip in CI, whatever the variable says", () => {
    const { api, log } = recorder({ SATK_SKIP_BROWSER: "1", CI: "true" });
    describeWithTool(chromium, "the playground", () => undefined, api);
    expect(log).toEqual(["describe the playground", "it needs chromium"]);
  });
});

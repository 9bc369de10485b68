/**
 * Tests that need a program of the machine (Debian's chromium for the browser tests, xmllint for the
 * manifest schemas) never skip silently (issue 24, item 11). Where the program is missing, the suite fails
 * with one test that says what to install; a developer who knows may set the named variable to skip them,
 * and the run then prints a loud line saying what was not tested. In CI the program must be there.
 */

export interface RequiredTool {
  /** What the tests need, such as "Debian's chromium at /usr/bin/chromium". */
  what: string;
  present: boolean;
  /** How to get it, such as "apt-get install chromium". */
  install: string;
  /** The variable that skips the tests knowingly, such as "SATK_SKIP_BROWSER". */
  skipVariable: string;
}

/** The parts of Jest's API this uses (the globals; fakes in its own test). */
export interface SuiteApi {
  describe: (title: string, body: () => void) => void;
  skip: (title: string, body: () => void) => void;
  it: (title: string, test: () => void) => void;
  warn: (message: string) => void;
  env: Record<string, string | undefined>;
}

const JEST: SuiteApi = {
  describe: (title, body) => describe(title, body),
  skip: (title, body) => describe.skip(title, body),
  it: (title, test) => it(title, test),
  warn: (message) => console.warn(message),
  env: process.env,
};

/**
 * `describe` when the tool is there; otherwise a failing test naming it, or, with the skip variable set
 * (outside CI), a skipped suite and a loud warning in the run's output.
 */
export function describeWithTool(tool: RequiredTool, title: string, body: () => void, api: SuiteApi = JEST): void {
  if (tool.present) return api.describe(title, body);
  const message =
    `${title}: NOT TESTED. They need ${tool.what}, which this machine does not have. ` +
    `Install it (${tool.install}), or set ${tool.skipVariable}=1 to skip these tests knowingly.`;
  if (api.env[tool.skipVariable] && !api.env.CI) {
    api.warn(`\n${"!".repeat(100)}\n${message}\n${"!".repeat(100)}\n`);
    return api.skip(title, body);
  }
  api.describe(title, () => {
    api.it(`needs ${tool.what}`, () => {
      throw new Error(message);
    });
  });
}

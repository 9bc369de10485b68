/* `npm run bench`: runs every bench/*.bench.ts in its own process (so one bench's memory does not
 * colour another's figures) and prints what each measures. Benchmarks print figures; nothing here
 * passes or fails on time. `npm run bench -- spc` runs only the files whose name contains "spc"; any
 * words after it go to each bench (`npm run bench -- xlsx 100000`: the .xlsx bench at 100,000 rows). */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const folder = path.join(__dirname, "..", "bench");
const filter = process.argv[2] || "";
const files = fs
  .readdirSync(folder)
  .filter((name) => name.endsWith(".bench.ts") && name.includes(filter))
  .sort();
if (files.length === 0) {
  console.log(`No benchmark in bench/ matches "${filter}".`);
  process.exit(2);
}
let failed = 0;
for (const name of files) {
  console.log(`\n=== ${name} ===`);
  const result = spawnSync(
    process.execPath,
    ["--expose-gc", "--import", "tsx", path.join(folder, name), ...process.argv.slice(3)],
    {
      stdio: "inherit",
    },
  );
  if (result.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);

/**
 * src/core: The core's root: the errors every room throws (errors.ts) and the structured remedy they carry (remedy.ts).
 * Each folder of core is a room of its own with its own index, not re-exported here. Imports nothing.
 */

export * from "./errors";
export * from "./remedy";

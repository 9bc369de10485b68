/**
 * src/core/areas: Areas: area levels and lookups, districts, wards, forces, former districts, population parents.
 * Imports data, detect, cells, change, tables and the core root.
 */

export * from "./area-level";
export * from "./area-lookup";
export * from "./districts-of";
export * from "./force-key";
export * from "./former-districts";
export * from "./place-areas";
export * from "./population-parents";
export * from "./ward-lookup";

/**
 * src/core/morile: MoRiLE: rating points, theme scores, bands and the profile sheet's layout.
 * Imports cells, detect and the core root.
 */

export * from "./band-of";
export * from "./combine";
export * from "./illustrative-profile";
export * from "./offset-cell";
export * from "./profile-layout";
export * from "./profile";
export * from "./rating-points";
export * from "./read-profile";
export * from "./score-theme";
export * from "./write-profile";

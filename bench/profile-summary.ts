/* Summarises a Chromium CPU profile (CDP `Profiler.stop`) as self time by function, for the benches. */

export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

/** The last part of a script's address ("webpack://.../src/excel/read-chunks.ts" -> "read-chunks.ts"). */
function fileOf(url: string): string {
  return url.split(/[/\\]/).pop() ?? url;
}

/**
 * The functions with the most self time (time sampled in the function itself, not in those it calls),
 * one line each: milliseconds, share of the profile, name and where it is.
 *
 * @param profile the profile
 * @param top how many lines
 * @returns the lines, most self time first
 */
export function summariseProfile(profile: CpuProfile, top: number): string[] {
  const nameOf = new Map(
    profile.nodes.map((n) => {
      const { functionName, url, lineNumber } = n.callFrame;
      return [n.id, url ? `${functionName || "(anonymous)"}  ${fileOf(url)}:${lineNumber + 1}` : functionName];
    }),
  );
  const self = new Map<string, number>();
  let total = 0;
  // Each sample's time is the gap to the next sample.
  for (let i = 0; i < profile.samples.length; i++) {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const name = nameOf.get(profile.samples[i]) ?? "?";
    self.set(name, (self.get(name) ?? 0) + ms);
    total += ms;
  }
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, ms]) => `${ms.toFixed(0).padStart(6)} ms ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${name}`);
}

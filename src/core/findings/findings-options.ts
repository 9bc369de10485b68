/**
 * How key findings are worded (see `keyFindings`). Every field is optional: without them the findings
 * name the area and the force plainly ("All crime in Maidstone rose ...", "a force-wide increase").
 */
export interface FindingsOptions {
  /** The area of interest: by-area tables say how it changed, compare it with the force and rank it.
   * Default: the area of a rolling-year table among the tables, if any. */
  area?: string | null;
  /** How sentences name the area of interest, such as "the borough" (seed 2.1). Default: its name. */
  areaWords?: string | null;
  /** The force's name for "a Kent Force wide increase" (seed 2.1). Default: "a force-wide increase". */
  forceName?: string | null;
  /** The significance level of the exact test for two Poisson counts. Default 0.05. */
  significance?: number | null;
}

/** One table's key findings: its title (which a Key findings sheet names as the source) and sentences. */
export interface TableFindings {
  table: string;
  findings: string[];
}

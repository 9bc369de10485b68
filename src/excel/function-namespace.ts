/**
 * The namespace of the toolkit's custom functions (manifest.xml's Functions.Namespace, "CSP"): the one
 * place the formulas the toolkit writes take it from (the wizard's live tables; the playground's formula
 * evaluator reads the same names), so a build for another namespace (a dev copy's CSPDEV) changes it here.
 */
export const FUNCTION_NAMESPACE = "CSP";

/**
 * A custom function's name as a formula calls it.
 *
 * @param id the function's id, such as "RYTABLE"
 * @returns the name with the namespace, such as "CSP.RYTABLE"
 * @throws never
 * @example
 * functionName("RYTABLE"); // => "CSP.RYTABLE"
 */
export function functionName(id: string): string {
  return `${FUNCTION_NAMESPACE}.${id}`;
}

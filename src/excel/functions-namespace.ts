/**
 * The namespace of the custom functions in the copy of the add-in that is running: "CSP" in the production
 * copy, "CSPDEV" in the development one (webpack.config.js defines __FUNCTIONS_NAMESPACE__ from ADDIN_COPIES
 * in scripts/production-manifest.js, the source of the manifests' namespaces too). Every formula the toolkit
 * writes calls its functions under this namespace, so a sheet made by the development copy calls the
 * development copy's functions. Outside a webpack build (Jest, the CLI) it is "CSP".
 */
declare const __FUNCTIONS_NAMESPACE__: string | undefined;

export const FUNCTIONS_NAMESPACE: string =
  typeof __FUNCTIONS_NAMESPACE__ === "string" ? __FUNCTIONS_NAMESPACE__ : "CSP";

/**
 * A custom function's name as a formula of this copy calls it.
 *
 * @param id the function's id, such as "RYTABLE"
 * @returns the name under this copy's namespace, such as "CSP.RYTABLE" (or "CSPDEV.RYTABLE" in a development build)
 * @throws never
 * @example
 * functionName("RYTABLE"); // => "CSP.RYTABLE" outside a development build
 */
export function functionName(id: string): string {
  return `${FUNCTIONS_NAMESPACE}.${id}`;
}

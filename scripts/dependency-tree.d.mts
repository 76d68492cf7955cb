export interface PackageJson {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
  [key: string]: unknown;
}
export function findPackage(name: string, fromDir: string): string | null;
export function dependencyTree(
  names: readonly string[],
  fromDir: string,
  options?: { leaves?: readonly string[] },
): Map<string, PackageJson>;

/** A size as people read it: 820 KB, 1.4 MB, 2.1 GB (decimal units, as file managers show them). */
export function formatBytes(bytes: number, formatNumber: (n: number) => string): string {
  if (bytes < 1e6) return `${formatNumber(Math.max(bytes > 0 ? 1 : 0, Math.round(bytes / 1e3)))} KB`;
  if (bytes < 1e9) return `${formatNumber(Math.round(bytes / 1e5) / 10)} MB`;
  return `${formatNumber(Math.round(bytes / 1e8) / 10)} GB`;
}

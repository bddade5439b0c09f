/**
 * The name a sheet takes when a newer one replaces it and it must be kept (or kept until the new
 * one is written): `Phiếu` → `Phiếu (cũ 1)`, the first free number, within Excel's 31 characters.
 */
export function archivedName(name: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const suffix = ` (cũ ${n})`;
    const candidate = `${name.slice(0, 31 - suffix.length)}${suffix}`;
    if (!taken.has(candidate.toLocaleLowerCase())) {
      taken.add(candidate.toLocaleLowerCase());
      return candidate;
    }
  }
}

/** The name the downloaded consolidation gets: the earlier file's name on a re-merge, else by year. */
export function consolidationFileName(previousName: string | null, year: number): string {
  return previousName ?? `xep-hang-${year}.xlsx`;
}

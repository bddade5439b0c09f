/** "20/11/2026" from an ISO date ("2026-11-20"), as Vietnamese readers write dates; anything else as given. */
export function formatVnDate(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : isoDate;
}

/** Small Vietnamese text helpers of the survey sheets. */

/** `2026-10-31` -> `31/10/2026`; anything else is shown as given. */
export function vnDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** Marker appended to the title of a sub-criterion whose evidence is required. */
export const EVIDENCE_REQUIRED_MARK = '(*)';

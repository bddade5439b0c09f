/** Small Vietnamese text helpers of the survey sheets. */

/** Marker appended to the title of a sub-criterion whose evidence is required. */
export const EVIDENCE_REQUIRED_MARK = '(*)';

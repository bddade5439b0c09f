/** What a merge reports besides the new state. */
import { formatPoints, toHundredths } from '../../numbers/hundredths';
import type { CellValue } from '../../sheet/spec';
import type { AuditEntry } from '../state';

export type MergeAction = 'applied' | 'unchanged' | 'duplicate' | 'rejected';

export interface FileMergeResult {
  fileName: string;
  sha256: string;
  action: MergeAction;
  /** Vietnamese explanation for duplicates and unchanged files. */
  note: string;
}

export interface Conflict {
  agencyCode: string;
  subCode: string;
  oldSelf: CellValue;
  newSelf: CellValue;
  appraised: CellValue;
  fileName: string;
  message: string;
}

/** An audit entry before the merge stamps its time on it. */
export type Logged = Omit<AuditEntry, 'at'>;

export function showValue(v: CellValue): string {
  if (v === null || v === '') return '(trống)';
  if (typeof v === 'number') {
    try {
      return formatPoints(toHundredths(v));
    } catch {
      return String(v);
    }
  }
  return `“${String(v)}”`;
}

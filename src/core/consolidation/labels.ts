/** Vietnamese labels of register statuses and audit events; the sheets show them and are read back by them. */
import type { AuditKind } from './state';

export type RegisterStatus = 'received' | 'late' | 'duplicate' | 'rejected' | 'missing' | 'replaced';

export const STATUS_LABELS: Record<RegisterStatus, string> = {
  received: 'Đã nhận',
  late: 'Nộp muộn',
  duplicate: 'Trùng (không dùng)',
  rejected: 'Bị từ chối',
  missing: 'Chưa nộp',
  replaced: 'Đã được thay thế',
};

export const AUDIT_LABELS: Record<AuditKind, string> = {
  'merge-run': 'Hợp nhất',
  'file-applied': 'Dùng tệp',
  'self-changed': 'Đổi điểm tự chấm',
  conflict: 'Xung đột',
  'appraisal-changed': 'Đổi điểm thẩm định',
  'roster-changed': 'Đổi danh sách đơn vị',
};

function reverse<K extends string>(labels: Record<K, string>): (label: string) => K | null {
  const map = new Map(
    Object.entries(labels).map(([k, v]) => [(v as string).normalize('NFC').trim(), k as K]),
  );
  return (label) => map.get(label.normalize('NFC').trim()) ?? null;
}

export const statusFromLabel = reverse(STATUS_LABELS);
export const auditKindFromLabel = reverse(AUDIT_LABELS);

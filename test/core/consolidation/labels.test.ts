/** The words of register statuses and audit events: what the sheets show, and what reading a sheet back accepts. */
import {
  AUDIT_LABELS,
  auditKindFromLabel,
  STATUS_LABELS,
  statusFromLabel,
} from '../../../src/core/consolidation/labels';

const statuses = [
  ['received', 'Đã nhận'],
  ['late', 'Nộp muộn'],
  ['duplicate', 'Trùng (không dùng)'],
  ['rejected', 'Bị từ chối'],
  ['missing', 'Chưa nộp'],
  ['replaced', 'Đã được thay thế'],
] as const;

const auditKinds = [
  ['merge-run', 'Hợp nhất'],
  ['file-applied', 'Dùng tệp'],
  ['self-changed', 'Đổi điểm tự chấm'],
  ['conflict', 'Xung đột'],
  ['appraisal-changed', 'Đổi điểm thẩm định'],
  ['roster-changed', 'Đổi danh sách đơn vị'],
] as const;

describe('register statuses', () => {
  it.each(statuses)('%s is shown as “%s” and read back from it', (status, label) => {
    expect(STATUS_LABELS[status]).toBe(label);
    expect(statusFromLabel(label)).toBe(status);
  });

  it.each(statuses)(
    '%s is read back from its label in another Unicode form, with spaces around',
    (status, label) => {
      expect(statusFromLabel(`  ${label.normalize('NFD')} `)).toBe(status);
    },
  );

  it('reads no status from an empty cell or other words', () => {
    expect(statusFromLabel('')).toBeNull();
    expect(statusFromLabel('Đã xử lý')).toBeNull();
  });
});

describe('audit events', () => {
  it.each(auditKinds)('%s is shown as “%s” and read back from it', (kind, label) => {
    expect(AUDIT_LABELS[kind]).toBe(label);
    expect(auditKindFromLabel(label)).toBe(kind);
    expect(auditKindFromLabel(` ${label.normalize('NFD')}  `)).toBe(kind);
  });

  it('reads no event from an empty cell', () => {
    expect(auditKindFromLabel('')).toBeNull();
  });
});

/** Vietnamese words for a file's check outcome and for what the merge did with it. */
import type { MergeAction } from '../../core/consolidation/merge';
import type { CheckOutcome } from '../../core/consolidation/submission';

export const OUTCOME_LABELS: Record<CheckOutcome, string> = {
  accepted: 'Hợp lệ',
  'accepted-with-warnings': 'Có cảnh báo',
  rejected: 'Bị từ chối',
};

export const OUTCOME_COLORS: Record<CheckOutcome, 'success' | 'warning' | 'danger'> = {
  accepted: 'success',
  'accepted-with-warnings': 'warning',
  rejected: 'danger',
};

export const ACTION_LABELS: Record<MergeAction, string> = {
  applied: 'Đã đưa vào bảng tổng hợp',
  unchanged: 'Không thay đổi',
  duplicate: 'Không dùng (trùng đơn vị)',
  rejected: 'Không đưa vào bảng tổng hợp',
};

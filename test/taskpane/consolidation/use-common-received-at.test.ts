/** @jest-environment jsdom */
import { act, renderHook } from '@testing-library/react';
import { useCommonReceivedAt } from '../../../src/taskpane/consolidation/use-common-received-at';
import { watchMessagesInEachTest } from '../../support/taskpane/hook-kit';

watchMessagesInEachTest(); // fails a test that makes React warn

describe('useCommonReceivedAt', () => {
  it('is off at first: each file keeps its own time', () => {
    const { result } = renderHook(() => useCommonReceivedAt());
    expect(result.current).toMatchObject({ enabled: false, text: '', instant: null });
  });

  it('uses the time typed, in Vietnam time, once turned on', () => {
    const { result } = renderHook(() => useCommonReceivedAt());
    act(() => result.current.setText('20/11/2026 16:30'));
    // Typed but not turned on: not used.
    expect(result.current.instant).toBeNull();
    act(() => result.current.setEnabled(true));
    expect(result.current).toMatchObject({ instant: '2026-11-20T09:30:00Z', error: null });
    act(() => result.current.setEnabled(false));
    expect(result.current.instant).toBeNull();
    expect(result.current.text).toBe('20/11/2026 16:30');
  });

  it('says, in Vietnamese, why a typed time cannot be used, and uses none then', () => {
    const { result } = renderHook(() => useCommonReceivedAt());
    act(() => result.current.setEnabled(true));
    expect(result.current.error).toMatch(/^Hãy nhập ngày và giờ nhận/);
    act(() => result.current.setText('31/11/2026 08:00'));
    expect(result.current).toMatchObject({ instant: null, error: 'Ngày 31/11/2026 không có trong lịch.' });
    act(() => result.current.setText('20/11/2026 4pm'));
    expect(result.current.error).toContain('Không đọc được “20/11/2026 4pm”');
    expect(result.current.instant).toBeNull();
  });
});

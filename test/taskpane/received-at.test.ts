/** One receipt time for a batch, typed as Vietnam time, decides lateness instead of the files' modification times. */
import type { Submission } from '../../src/core/consolidation/submission';
import { receivedAtFromInput, vnDate, withReceivedAt } from '../../src/taskpane/consolidation/received-at';

describe('a common receipt time', () => {
  it('reads the browser date-time field as Vietnam time (UTC+7)', () => {
    expect(receivedAtFromInput('2026-11-20T23:59')).toBe('2026-11-20T16:59:00Z');
    expect(receivedAtFromInput('2026-11-21T06:30:15')).toBe('2026-11-20T23:30:15Z');
  });

  it('gives nothing for an incomplete or impossible value', () => {
    expect(receivedAtFromInput('')).toBeNull();
    expect(receivedAtFromInput('2026-11-20')).toBeNull();
    expect(receivedAtFromInput('2026-13-40T10:00')).toBeNull();
  });

  it('replaces every file time when given, and keeps them otherwise', () => {
    const s = { fileName: 'a.xlsx', receivedAt: '2026-11-28T01:00:00Z' } as Submission;
    expect(withReceivedAt([s], '2026-11-19T03:00:00Z')[0]?.receivedAt).toBe('2026-11-19T03:00:00Z');
    expect(withReceivedAt([s], null)[0]?.receivedAt).toBe('2026-11-28T01:00:00Z');
  });

  it('shows the deadline as Vietnamese write dates', () => {
    expect(vnDate('2026-11-20')).toBe('20/11/2026');
  });
});

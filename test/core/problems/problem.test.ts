// Whether a list of problems refuses what it concerns: one error does, warnings alone do not.
import { hasErrors } from '../../../src/core/problems/problem';

describe('problems that refuse', () => {
  it('refuses with at least one error, and keeps with none or only warnings', () => {
    expect(hasErrors([])).toBe(false);
    expect(hasErrors([{ severity: 'warning' }, { severity: 'warning' }])).toBe(false);
    expect(hasErrors([{ severity: 'warning' }, { severity: 'error' }])).toBe(true);
    expect(hasErrors([{ severity: 'error' }])).toBe(true);
  });
});

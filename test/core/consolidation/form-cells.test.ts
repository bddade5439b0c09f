/**
 * A returned form is read through its defined names: a name that covers a range (redefined over a merged
 * area, say) is read at the range's first cell. Such a form is refused for its changed structure, but its
 * sender is still named from that cell, with no second, misleading complaint about a missing code.
 */
import { checkSubmission } from '../../../src/core/consolidation/check-submission';
import { AGENCY_CODE_NAME } from '../../../src/core/sheet/names';
import { agencyOf, ctx, filledForm } from '../../support/consolidation/forms';
import { fileInfo } from '../../support/consolidation/returned';

const so = agencyOf('so', 3);

describe('a defined name of a returned form that covers a range', () => {
  test('is read at its first cell: the refused form still names its agency by the code written there', () => {
    const wb = filledForm({ agency: so });
    const code = wb.names.find((n) => n.name === AGENCY_CODE_NAME);
    expect(code?.address).toBe('C4');
    if (code) code.address = 'C4:F4';
    const s = checkSubmission(fileInfo(wb.fileName), wb, ctx());
    expect([s.outcome, s.agencyCode]).toEqual(['rejected', so.code]);
    expect(s.problems.map((p) => p.code)).toEqual(['structure-changed']);
    expect(s.problems[0]?.message).toContain('tên MA_DON_VI trỏ tới ô C4:F4 thay vì ô C4');
  });
});

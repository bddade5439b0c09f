/**
 * Which roster agency a returned form belongs to, as the merge sees it: a known code with a blank
 * name is that agency, silently; a form pre-filled for one agency and filled in for another is
 * taken for the one written, with a warning naming both.
 */
import { checkSubmission } from '../../../src/core/consolidation/check-submission';
import type { Submission } from '../../../src/core/consolidation/submission';
import type { ReturnedWorkbook } from '../../../src/core/returned/types';
import { agencyOf, ctx, filledForm } from '../../support/consolidation/forms';
import { fileInfo } from '../../support/consolidation/returned';

const so = agencyOf('so', 3);
const other = agencyOf('so', 4);

const check = (wb: ReturnedWorkbook): Submission => checkSubmission(fileInfo(wb.fileName), wb, ctx());

describe('the agency of a returned form', () => {
  test('a known code with the name left blank is that agency, with no warning', () => {
    const s = check(filledForm({ agency: so, agencyName: '' }));
    expect([s.outcome, s.agencyCode, s.problems]).toEqual(['accepted', so.code, []]);
  });

  test('a form pre-filled for one agency and filled in for another is the other’s, with a warning naming both', () => {
    const s = check(
      filledForm({ agency: so, prefill: true, agencyCode: other.code, agencyName: other.name }),
    );
    expect([s.outcome, s.agencyCode]).toEqual(['accepted-with-warnings', other.code]);
    expect(s.problems.map((p) => [p.code, p.message])).toEqual([
      [
        'agency-prefilled-mismatch',
        `Tệp “${so.code.toLowerCase()}.xlsx”, trang “Phiếu”, ô C4 (MA_DON_VI): phiếu được tạo sẵn cho đơn vị ${so.code} nhưng ghi đơn vị ${other.code} (“${other.name}”).`,
      ],
    ]);
    expect(check(filledForm({ agency: so, prefill: true })).problems).toEqual([]);
  });
});

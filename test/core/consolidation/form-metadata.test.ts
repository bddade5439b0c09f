/**
 * A returned form's metadata: the hidden sheet wins over the document properties, and a property that
 * disagrees with the sheet is a warning — except the template JSON, which only the sheet holds (a
 * property keeps at most 255 characters), so a copy of it among the properties is never compared.
 */
import { checkSubmission } from '../../../src/core/consolidation/check-submission';
import { META_KEYS, PROPERTY_PREFIX } from '../../../src/core/sheet/metadata';
import { agencyOf, ctx, filledForm } from '../../support/consolidation/forms';
import { fileInfo } from '../../support/consolidation/returned';

const so = agencyOf('so', 3);

describe('the metadata of a returned form', () => {
  test('template JSON among the document properties is not compared with the sheet’s, and not used', () => {
    const wb = filledForm({ agency: so });
    wb.customProperties[`${PROPERTY_PREFIX}${META_KEYS.templateJson}.1`] = '{"id":"mau-khac"}';
    wb.customProperties[`${PROPERTY_PREFIX}${META_KEYS.templateJson}`] = '{"id":"mau-khac"}';
    const s = checkSubmission(fileInfo(wb.fileName), wb, ctx());
    expect([s.outcome, s.problems]).toEqual(['accepted', []]);
  });

  test('a document property that differs from the sheet only by spaces around it agrees with it', () => {
    const wb = filledForm({ agency: so });
    const year = String(ctx().year);
    // Copied by hand into File › Properties, a value easily gains a space at either end.
    wb.customProperties[`${PROPERTY_PREFIX}${META_KEYS.year}`] = ` ${year} `;
    const s = checkSubmission(fileInfo(wb.fileName), wb, ctx());
    expect([s.outcome, s.problems]).toEqual(['accepted', []]);
  });
});

/** Placing a validator problem on the cell a person edits: the row of its object, the column of its field. */
import { PathPlaces, whereOf, type PathPlace } from '../../../src/core/criteria/problems';
import type { TableColumn } from '../../../src/core/criteria/layout';

const FIELDS = [
  'code',
  'cap',
  'title',
  'number',
  'groupId',
  'key',
  'label',
  'options',
  'partly',
  'min',
  'figure',
  'partial',
  'fullFrom',
  'denominator',
  'tiers',
  'a',
  'message',
  'kind',
];
const columns: TableColumn[] = FIELDS.map((field) => ({ field, header: field, width: 8 }));
const colOf = (field: string): number => FIELDS.indexOf(field) + 1;
const row: PathPlace = { sheet: 'Tiêu chí thành phần', row: 7, columns };

describe('PathPlaces.locate', () => {
  it.each([
    ['code-malformed', 'code'],
    ['code-prefix', 'code'],
    ['duplicate-code', 'code'],
    ['cap-not-positive', 'cap'],
    ['cap-decimals', 'cap'],
    ['title-empty', 'title'],
    ['cap-sum', 'cap'],
    ['criterion-extra', 'number'],
    ['criterion-duplicate', 'number'],
    ['criterion-missing', 'number'],
    ['group-unknown', 'groupId'],
    ['group-duplicate', 'groupId'],
    ['group-missing', 'groupId'],
    ['figure-key-malformed', 'key'],
    ['figure-duplicate', 'key'],
    ['figure-unused', 'key'],
    ['figure-label-empty', 'label'],
    ['figure-options', 'options'],
    ['figure-partly', 'partly'],
    ['figure-bounds', 'min'],
    ['rule-figure-unknown', 'figure'],
    ['rule-figure-type', 'figure'],
    ['rule-partial', 'partial'],
    ['ratio-thresholds', 'fullFrom'],
    ['ratio-same-figure', 'denominator'],
    ['tiers-order', 'tiers'],
    ['tiers-threshold', 'tiers'],
    ['choice-option-unknown', 'options'],
    ['choice-option-duplicate', 'options'],
    ['check-figure-unknown', 'a'],
    ['check-figure-type', 'a'],
    ['check-bounds', 'min'],
    ['check-message-empty', 'message'],
  ])('a “%s” problem naming only its object goes to the “%s” column of the row', (code, field) => {
    const places = new PathPlaces();
    places.set('groups.so.criteria[0]', row);
    expect(places.locate('groups.so.criteria[0]', code, undefined)).toEqual({
      sheet: row.sheet,
      row: 7,
      col: colOf(field),
    });
  });

  it('the field the path names wins over the code’s field and the default', () => {
    const places = new PathPlaces();
    places.set('groups.so.criteria[0]', { ...row, defaultField: 'kind' });
    expect(places.locate('groups.so.criteria[0].title', 'cap-sum', 'min')?.col).toBe(colOf('title'));
    // An index after the known prefix names no field: the problem's field, then the code's, then the default.
    expect(places.locate('groups.so.criteria[0][2]', 'cap-sum', 'min')?.col).toBe(colOf('min'));
    expect(places.locate('groups.so.criteria[0][2]', 'cap-sum', undefined)?.col).toBe(colOf('cap'));
    expect(places.locate('groups.so.criteria[0][2]', 'other', undefined)?.col).toBe(colOf('kind'));
  });

  it('reads indexes of two digits: the twelfth row’s problem is not lost', () => {
    const places = new PathPlaces();
    places.set('groups.so.figures[12]', { ...row, row: 20 });
    expect(places.locate('groups.so.figures[12].label', 'x', undefined)).toEqual({
      sheet: row.sheet,
      row: 20,
      col: colOf('label'),
    });
  });

  it('keeps the first place given for a path', () => {
    const places = new PathPlaces();
    places.set('groups.so', { ...row, row: 3 });
    places.set('groups.so', { ...row, row: 40 });
    expect(places.locate('groups.so', 'group-duplicate', undefined)?.row).toBe(3);
  });

  it('a path with no known prefix has no place, even when the empty path is known', () => {
    const places = new PathPlaces();
    places.set('', row);
    expect(places.locate('groups.huyen', 'x', undefined)).toBeNull();
    expect(places.locate('', 'x', undefined)).toBeNull();
  });

  it('a single-cell place gives its own column whatever the field', () => {
    const places = new PathPlaces();
    places.set('year', { sheet: 'Thông tin chung', row: 4, col: 2, columns });
    expect(places.locate('year', 'code-malformed', 'title')).toEqual({
      sheet: 'Thông tin chung',
      row: 4,
      col: 2,
    });
  });
});

describe('whereOf', () => {
  it('names the column by letter and header, or by letter alone', () => {
    expect(whereOf({ sheet: 'S', row: 5, col: 5 }, 'Điểm tối đa', 'p')).toEqual({
      sheet: 'S',
      row: 5,
      column: 'E (Điểm tối đa)',
      path: 'p',
    });
    expect(whereOf({ sheet: 'S', row: 5, col: 5 }, undefined, 'p').column).toBe('E');
    expect(whereOf({ sheet: 'S', row: 5, col: 5 }, '', 'p').column).toBe('E');
  });
});

/**
 * The scanner-based worksheet and shared-string parsers against the saxes-based reference they
 * replaced, on generated XML varying everything writers vary (prefixes, quotes, attribute order,
 * spacing, references, CDATA, comments, inline and rich text, every cell type, shared formulas),
 * then on the same XML broken at random: both must refuse it, or read the very same cells.
 */
import fc from 'fast-check';
import { FileReadError } from '../../../src/xlsx/reader/read-error';
import { parseSharedStrings } from '../../../src/xlsx/reader/shared-strings';
import { parseWorksheet } from '../../../src/xlsx/reader/worksheet-part';
import { referenceSharedStrings, referenceWorksheet } from '../../support/xlsx/saxes-reference';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** How one piece of text is written: each character raw where XML allows, or as a reference; or all in CDATA. */
type Escaping = 'minimal' | 'named' | 'decimal' | 'hex' | 'cdata';

interface Style {
  prefix: string;
  quote: '"' | "'";
  /** Between attributes and around `=`. */
  space: string;
  /** Between elements: pretty-printing and comments. */
  gap: string;
  escaping: Escaping;
  shuffle: number;
}

const textChars = fc.constantFrom(
  'a',
  'Z',
  '1',
  ' ',
  'ạ',
  'Đ',
  'ờ',
  '😀',
  '<',
  '>',
  '&',
  '"',
  "'",
  '\n',
  '\r\n',
  '\t',
  '_x000D_',
  ']',
  '=',
  '/',
  ';',
  '#',
);
const text = fc.array(textChars, { maxLength: 8 }).map((cs) => cs.join(''));

function escapeChar(ch: string, mode: Escaping, inAttribute: boolean): string {
  const cp = ch.codePointAt(0) as number;
  if (mode === 'decimal' && /[<>&"'\d\u00c0-\uffff]/u.test(ch)) return `&#${cp};`;
  if (mode === 'hex' && /[<>&"'a-z\u00c0-\uffff]/u.test(ch)) return `&#x${cp.toString(16)};`;
  switch (ch) {
    case '<':
      return '&lt;';
    case '&':
      return '&amp;';
    case '>':
      return mode === 'named' ? '&gt;' : '>';
    case '"':
      return mode === 'named' || inAttribute ? '&quot;' : '"';
    case "'":
      return mode === 'named' || inAttribute ? '&apos;' : "'";
    default:
      return ch;
  }
}

function escapeText(value: string, mode: Escaping): string {
  if (mode === 'cdata' && !value.includes(']]>') && !value.endsWith(']')) return `<![CDATA[${value}]]>`;
  // `]]>` may not appear raw in text: keep its `>` escaped.
  return [...value]
    .map((ch) => escapeChar(ch, mode === 'cdata' ? 'minimal' : mode, false))
    .join('')
    .replace(/]]>/g, ']]&gt;');
}

function escapeAttribute(value: string, mode: Escaping): string {
  return [...value].map((ch) => escapeChar(ch, mode === 'cdata' ? 'minimal' : mode, true)).join('');
}

function rotate<T>(items: T[], by: number): T[] {
  if (items.length === 0) return items;
  const k = by % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}

function element(style: Style, name: string, attributes: [string, string][], content: string | null): string {
  const p = style.prefix;
  const attrs = rotate(attributes, style.shuffle)
    .map(
      ([k, v]) =>
        ` ${k}${style.space}=${style.space}${style.quote}${escapeAttribute(v, style.escaping)}${style.quote}`,
    )
    .join('');
  return content === null
    ? `<${p}${name}${attrs}${style.space}/>`
    : `<${p}${name}${attrs}>${content}</${p}${name}>`;
}

/** One cell as a writer might emit it: its kind picks `t`, `<v>`, `<f>` or `<is>`. */
const cellSpec = fc.record({
  kind: fc.constantFrom(
    'n',
    's',
    'b',
    'e',
    'str',
    'd',
    'inline',
    'rich',
    'blank',
    'emptyV',
    'sharedMaster',
    'sharedChild',
    'array',
    'formula',
  ),
  number: fc.oneof(
    fc.integer({ min: -1000, max: 1000 }).map(String),
    fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
    fc.constantFrom('1E-3', ' 2 ', '12.50'),
  ),
  index: fc.integer({ min: 0, max: 4 }),
  text,
  text2: text,
  si: fc.integer({ min: 0, max: 2 }),
  withAddress: fc.boolean(),
  styled: fc.boolean(),
  preserve: fc.boolean(),
});
type CellSpec = typeof cellSpec extends fc.Arbitrary<infer T> ? T : never;

function cellXml(style: Style, c: CellSpec, address: string): string {
  const attrs: [string, string][] = [];
  if (c.withAddress) attrs.push(['r', address]);
  if (c.styled) attrs.push(['s', '3']);
  const t = (v: string) => attrs.push(['t', v]);
  const g = style.gap;
  const v = (value: string) => element(style, 'v', [], escapeText(value, style.escaping));
  const tEl = (value: string) =>
    element(style, 't', c.preserve ? [['xml:space', 'preserve']] : [], escapeText(value, style.escaping));
  const f = (formula: string, fAttrs: [string, string][] = []) =>
    element(style, 'f', fAttrs, formula === '' ? null : escapeText(formula, style.escaping));
  let content: string | null;
  switch (c.kind) {
    case 'n':
      content = v(c.number);
      break;
    case 's':
      t('s');
      content = v(String(c.index));
      break;
    case 'b':
      t('b');
      content = v(c.index % 2 === 0 ? '0' : '1');
      break;
    case 'e':
      t('e');
      content = v(['#DIV/0!', '#N/A', '#VALUE!', '#REF!', '#NAME?'][c.index] as string);
      break;
    case 'str':
      t('str');
      content = `${f(`"${c.text2}"&A1`)}${g}${v(c.text)}`;
      break;
    case 'd':
      t('d');
      content = v('2026-11-15T08:30:00Z');
      break;
    case 'inline':
      t('inlineStr');
      content = element(style, 'is', [], tEl(c.text));
      break;
    case 'rich':
      t('inlineStr');
      content = element(
        style,
        'is',
        [],
        `${element(style, 'r', [], `${element(style, 'rPr', [], element(style, 'b', [], null))}${tEl(c.text)}`)}${g}${element(style, 'r', [], tEl(c.text2))}${element(style, 'rPh', [['sb', '0']], tEl('PH'))}`,
      );
      break;
    case 'blank':
      content = null;
      break;
    case 'emptyV':
      content = `${f('SUM(A1:B2)')}${element(style, 'v', [], '')}`;
      break;
    case 'sharedMaster':
      content = `${f('ROUND($D1,2)+B1', [
        ['t', 'shared'],
        ['ref', 'A1:Z99'],
        ['si', String(c.si)],
      ])}${v(c.number)}`;
      break;
    case 'sharedChild':
      content = `${f('', [
        ['t', 'shared'],
        ['si', String(c.si)],
      ])}${v(c.number)}`;
      break;
    case 'array':
      content = `${f('SUM(A1:A3*B1:B3)', [
        ['t', 'array'],
        ['ref', address],
      ])}${v(c.number)}`;
      break;
    default:
      content = `${f(`IF(${address}<>"${c.text}",1,0)`)}${g}${v(c.number)}`;
  }
  return element(style, 'c', attrs, content);
}

const styleArb = fc.record({
  prefix: fc.constantFrom('', 'x:'),
  quote: fc.constantFrom('"' as const, "'" as const),
  space: fc.constantFrom('', ' ', '\n\t'),
  gap: fc.constantFrom('', '\n  ', '<!-- ghi chú -->', '<?pi data?>'),
  escaping: fc.constantFrom<Escaping>('minimal', 'named', 'decimal', 'hex', 'cdata'),
  shuffle: fc.nat(5),
});

/** The compact style Excel and the project's writer use, whose simple cells take the worksheet's fast path. */
const writerStyleArb = fc.record({
  prefix: fc.constant(''),
  quote: fc.constant('"' as const),
  space: fc.constant(''),
  gap: fc.constantFrom('', '', '\n  '),
  escaping: fc.constantFrom<Escaping>('minimal', 'named', 'named', 'decimal'),
  shuffle: fc.constantFrom(0, 0, 1),
});

const sheetArb = fc.record({
  style: fc.oneof(styleArb, writerStyleArb),
  rows: fc.array(fc.record({ withNumber: fc.boolean(), cells: fc.array(cellSpec, { maxLength: 6 }) }), {
    maxLength: 6,
  }),
  strings: fc.array(text, { minLength: 5, maxLength: 5 }),
});
type SheetSpec = typeof sheetArb extends fc.Arbitrary<infer T> ? T : never;

function sheetXml({ style, rows }: SheetSpec): string {
  const p = style.prefix;
  const xmlns = p === '' ? `xmlns="${NS}"` : `xmlns:${p.slice(0, -1)}="${NS}"`;
  const body = rows
    .map((row, i) => {
      const r = i + 1;
      const cellsXml = row.cells
        .map((c, j) => cellXml(style, c, `${String.fromCharCode(65 + j)}${r}`))
        .join(style.gap);
      return element(
        style,
        'row',
        row.withNumber
          ? [
              ['r', String(r)],
              ['spans', '1:6'],
            ]
          : [],
        `${style.gap}${cellsXml}${style.gap}`,
      );
    })
    .join(style.gap);
  return `${DECLARATION}<${p}worksheet ${xmlns}>${style.gap}<${p}sheetData>${body}</${p}sheetData>${style.gap}</${p}worksheet>`;
}

function sharedStringsXml({ style, strings }: SheetSpec): string {
  const p = style.prefix;
  const xmlns = p === '' ? `xmlns="${NS}"` : `xmlns:${p.slice(0, -1)}="${NS}"`;
  const items = strings.map((s, i) => {
    const t = (value: string) =>
      element(style, 't', i % 2 === 0 ? [['xml:space', 'preserve']] : [], escapeText(value, style.escaping));
    const inner =
      i % 3 === 1
        ? `${element(style, 'r', [], t(s))}${style.gap}${element(style, 'r', [], `${element(style, 'rPr', [], null)}${t(s)}`)}`
        : t(s);
    return element(style, 'si', [], inner);
  });
  return `${DECLARATION}<${p}sst ${xmlns} count="${strings.length}">${items.join(style.gap)}</${p}sst>`;
}

/** The reference saw parts with the declaration already stripped, as the reader then did. */
const withoutDeclaration = (xml: string) => xml.replace(/^\s*<\?xml\s[^?]*\?>/, '');

type Outcome = { ok: true; value: unknown } | { ok: false; code: string };

function outcome(read: () => unknown): Outcome {
  try {
    return { ok: true, value: read() };
  } catch (e) {
    if (e instanceof FileReadError) return { ok: false, code: e.code };
    throw e; // a crash, not a refusal: the property fails with it
  }
}

const PART = 'xl/worksheets/sheet1.xml';

/** The worksheet read with and without the simple-cell fast path: the same cells or the same refusal, always. */
function worksheetOutcome(xml: string, strings: readonly string[]): Outcome {
  const read = outcome(() => parseWorksheet(xml, PART, 'Phiếu', strings));
  const general = outcome(() => parseWorksheet(xml, PART, 'Phiếu', strings, { simpleCells: false }));
  expect(read).toStrictEqual(general);
  return read;
}

/** Refusals compared with their messages too: the fast path must refuse exactly as the general path. */
function worksheetMessages(xml: string, strings: readonly string[]): void {
  const message = (simpleCells: boolean): string => {
    try {
      parseWorksheet(xml, PART, 'Phiếu', strings, { simpleCells });
      return 'read';
    } catch (e) {
      return e instanceof FileReadError ? `${e.code}: ${e.message}` : String(e);
    }
  };
  expect(message(true)).toBe(message(false));
}

describe('scanner vs saxes reference on generated sheets', () => {
  test('well-formed sheets and shared-string tables read the same, cell for cell', () => {
    fc.assert(
      fc.property(sheetArb, (spec) => {
        const sst = sharedStringsXml(spec);
        const strings = parseSharedStrings(sst, 'xl/sharedStrings.xml');
        expect(strings).toStrictEqual(
          referenceSharedStrings(withoutDeclaration(sst), 'xl/sharedStrings.xml'),
        );
        const xml = sheetXml(spec);
        const read = worksheetOutcome(xml, strings);
        expect(read).toStrictEqual(
          outcome(() => referenceWorksheet(withoutDeclaration(xml), PART, 'Phiếu', strings)),
        );
        // Generated sheets are well-formed and index existing strings, so both must read them.
        expect(read.ok).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  test('an instruction whose target runs into `?` is corrupt for both, not read up to the next `?>`', () => {
    const sst = `<sst xmlns="${NS}"><si><t>a</t></si><?pita? da><si><t>b</t></si><?pi data?><si><t>c</t></si></sst>`;
    expect(outcome(() => parseSharedStrings(sst, 'xl/sharedStrings.xml'))).toStrictEqual({
      ok: false,
      code: 'corrupt',
    });
    expect(outcome(() => referenceSharedStrings(sst, 'xl/sharedStrings.xml'))).toStrictEqual({
      ok: false,
      code: 'corrupt',
    });
    const fine = sst.replace('<?pita? da>', '<?pita ? da?>');
    expect(outcome(() => referenceSharedStrings(fine, 'xl/sharedStrings.xml'))).toStrictEqual({
      ok: true,
      value: ['a', 'b', 'c'],
    });
    expect(outcome(() => parseSharedStrings(fine, 'xl/sharedStrings.xml'))).toStrictEqual({
      ok: true,
      value: ['a', 'b', 'c'],
    });
  });

  const damage = fc.record({
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    kind: fc.constantFrom('delete', 'insert', 'truncate', 'duplicate', 'swap'),
    insert: fc.constantFrom(
      '<',
      '>',
      '&',
      '"',
      "'",
      '/',
      '=',
      ' ',
      ']]>',
      '<!--',
      '-->',
      '&#0;',
      '&#x110000;',
      '&bogus;',
      '&#12;',
      '\u0001',
      'a',
      '</x>',
      '<y>',
      '<![CDATA[',
      '\uFFFE',
      ':',
      'x:',
      '&quot;',
      '&#34;',
      '&amp',
      '\r',
      ' s="2"',
      ' t="s"',
      ' r="B1"',
      '<v>',
      '</c>',
      '<f>9</f>',
    ),
    length: fc.integer({ min: 1, max: 12 }),
  });

  /**
   * Damage applied to code points, not UTF-16 units: the reader decodes parts with TextDecoder, which
   * never yields half an emoji, so a split surrogate pair is not damage a real file can carry.
   */
  function broken(xml: string, d: { at: number; kind: string; insert: string; length: number }): string {
    const chars = [...xml];
    const slice = (from: number, to?: number) => chars.slice(from, to).join('');
    const i = damagedAt(xml, d);
    switch (d.kind) {
      case 'delete':
        return slice(0, i) + slice(i + d.length);
      case 'insert':
        return slice(0, i) + d.insert + slice(i);
      case 'truncate':
        return slice(0, i);
      case 'duplicate':
        return slice(0, i + d.length) + slice(i);
      default: {
        const j = Math.min(chars.length - d.length, i + d.length);
        return (
          slice(0, i) +
          slice(j, j + d.length) +
          slice(i + d.length, j) +
          slice(i, i + d.length) +
          slice(j + d.length)
        );
      }
    }
  }

  /** Where the damage falls, in code points; the declaration before the root is ASCII, so it compares with indexOf. */
  function damagedAt(xml: string, d: { at: number }): number {
    return Math.floor(d.at * [...xml].length);
  }

  /**
   * Both refuse, or both read the same; the one allowed difference is damage before the root element,
   * where saxes let some broken markup through (`<?<?xml ...?>`) and the old reader stripped any
   * declaration-like prefix unread: the scanner refuses those. It never reads what saxes refused.
   */
  function expectSameOutcome(read: Outcome, reference: Outcome, damagedAt: number, rootAt: number): void {
    if (!read.ok && reference.ok && damagedAt <= rootAt) return;
    expect(read).toStrictEqual(reference);
  }

  test('damaged XML: both refuse it as corrupt, or both read the very same cells; never a crash', () => {
    fc.assert(
      fc.property(sheetArb, damage, (spec, d) => {
        const strings = spec.strings;
        const sheet = sheetXml(spec);
        const xml = broken(sheet, d);
        const read = worksheetOutcome(xml, strings);
        worksheetMessages(xml, strings);
        const reference = outcome(() => referenceWorksheet(withoutDeclaration(xml), PART, 'Phiếu', strings));
        expectSameOutcome(read, reference, damagedAt(sheet, d), sheet.indexOf('worksheet'));
        const sst = sharedStringsXml(spec);
        const brokenSst = broken(sst, d);
        const readSst = outcome(() => parseSharedStrings(brokenSst, 'xl/sharedStrings.xml'));
        const referenceSst = outcome(() =>
          referenceSharedStrings(withoutDeclaration(brokenSst), 'xl/sharedStrings.xml'),
        );
        expectSameOutcome(readSst, referenceSst, damagedAt(sst, d), sst.indexOf('sst'));
      }),
      { numRuns: 1500 },
    );
  });
});

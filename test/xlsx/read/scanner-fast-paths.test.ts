/**
 * The reader's speed-ups that the differential test does not single out: cell keys handed out from
 * a cache (same string, same spelling as ever, also past the cache's bounds), attribute values
 * found with a native search for their closing quote (the other quote kind stays inside the value),
 * which cells the worksheet's simple-cell fast path takes, and which markup its unread-markup fast
 * path passes over (the rest read token by token, with the same cells or the same refusal).
 */
import { cellKey, columnLetters } from '../../../src/xlsx/reader/cell-address';
import { decodeNamedEntities, readSimpleCell } from '../../../src/xlsx/reader/cell-fast-path';
import { skipUnreadMarkup } from '../../../src/xlsx/reader/unread-markup';
import { parseWorksheet } from '../../../src/xlsx/reader/worksheet-part';
import { XML_END, XML_OPEN, XmlScanner } from '../../../src/xlsx/reader/xml-scanner';

describe('cellKey', () => {
  test('spells A1 addresses as before, inside and outside the cache', () => {
    for (const [row, col] of [
      [1, 1],
      [12, 4],
      [4096, 64],
      [4097, 64],
      [4096, 65],
      [1048576, 16384],
      [40, 27],
    ] as const) {
      expect(cellKey(row, col)).toBe(columnLetters(col) + String(row));
    }
    expect(cellKey(1048576, 16384)).toBe('XFD1048576');
    expect(cellKey(40, 27)).toBe('AA40');
  });

  test('hands out the same string for the same cell, file after file', () => {
    expect(Object.is(cellKey(7, 3), cellKey(7, 3))).toBe(true);
  });
});

describe('attribute values', () => {
  function attributes(xml: string, element: string, names: string[]): (string | undefined)[] {
    const scanner = new XmlScanner(xml, 'test.xml');
    for (let t = scanner.next(); t !== XML_END; t = scanner.next()) {
      if (t === XML_OPEN && scanner.name === element) return names.map((n) => scanner.attrLocal(n));
    }
    throw new Error(`no <${element}>`);
  }

  test('the other quote kind, long values and references stay inside the value', () => {
    const long = 'Nhập số từ 0 đến 2, tối đa 2 chữ số thập phân. '.repeat(20);
    const xml = `<root><x a="it's" b='say "hi"' c="${long}" d='&quot;x&apos;' r:e="1&amp;2"/></root>`;
    expect(attributes(xml, 'x', ['a', 'b', 'c', 'd', 'e'])).toEqual(["it's", 'say "hi"', long, `"x'`, '1&2']);
  });

  test('prefixed element names give their local name', () => {
    const scanner = new XmlScanner('<x:root xmlns:x="u"><x:c r="A1"/></x:root>', 'test.xml');
    const names: string[] = [];
    for (let t = scanner.next(); t !== XML_END; t = scanner.next())
      if (t === XML_OPEN) names.push(scanner.name);
    expect(names).toEqual(['root', 'c']);
  });
});

describe('simple cells (the worksheet fast path)', () => {
  /** The scanner standing just inside `<sheetData>`, then the fast path tried on what follows. */
  function simple(cellXml: string): unknown {
    const scanner = new XmlScanner(`<sheetData>${cellXml}</sheetData>`, 'test.xml');
    scanner.next();
    const cell = readSimpleCell(scanner);
    if (cell === null) return scanner.next() === XML_OPEN && scanner.name === 'c' ? null : 'consumed';
    return { ...cell, next: scanner.next() };
  }

  test('takes the forms Excel and the project write, references resolved', () => {
    expect(simple('<c r="D12" s="5"><v>7.5</v></c>')).toEqual({
      r: 'D12',
      t: undefined,
      f: undefined,
      v: '7.5',
      next: 2,
    });
    expect(simple('<c r="B3" s="2" t="s"><v>12</v></c>')).toEqual({
      r: 'B3',
      t: 's',
      f: undefined,
      v: '12',
      next: 2,
    });
    expect(simple('<c r="E20" s="7"><f>IF(A1=&quot;x&quot;,1,0)</f><v>1</v></c>')).toEqual({
      r: 'E20',
      t: undefined,
      f: 'IF(A1="x",1,0)',
      v: '1',
      next: 2,
    });
    expect(simple('<c r="A1" s="3"/>')).toEqual({
      r: 'A1',
      t: undefined,
      f: undefined,
      v: undefined,
      next: 2,
    });
  });

  test('leaves anything else to the general path, nothing consumed', () => {
    for (const xml of [
      "<c r='A1'><v>1</v></c>",
      '<x:c r="A1"/>',
      '<c s="1" r="A1"/>',
      '<c r="A1" s="1" cm="1"/>',
      '<c r="A1"><f t="shared" si="0"/></c>',
      '<c r="A1"><v>&#49;</v></c>',
      '<c r="A1"><v>1\r</v></c>',
      '<c r="A1"><f>A1>0</f></c>',
      '<c r="A1"><v><![CDATA[1]]></v></c>',
      '<c r="a1"/>',
      '<c r="A1" ><v>1</v></c>',
    ]) {
      expect(simple(xml)).toBeNull();
    }
  });

  test('decodes the five predefined entities only', () => {
    expect(decodeNamedEntities('a&lt;b&gt;c&amp;amp;&quot;&apos;')).toBe(`a<b>c&amp;"'`);
    expect(decodeNamedEntities('&#34;')).toBeNull();
    expect(decodeNamedEntities('a & b')).toBeNull();
    expect(decodeNamedEntities('&bogus;')).toBeNull();
  });

  test('a worksheet reads the same cells either way, whatever references their texts hold', () => {
    const cells = [
      '<c r="A2" s="1"><f>CHAR(&#54;5)</f><v>A</v></c>',
      '<c r="B2" t="str"><f>&quot;x&quot;&amp;&apos;y&apos;</f><v>x&amp;y&#39;</v></c>',
      '<c r="C2" s="12"><v>&#49;</v></c>',
      '<c r="D2" t="s"><v>0</v></c>',
      '<c r="AB2" s="123"><f>1&lt;2</f><v>1</v></c>',
    ].join('');
    const xml = `<worksheet><sheetData><row r="2">${cells}</row></sheetData></worksheet>`;
    const fast = parseWorksheet(xml, 'x.xml', 'Phiếu', ['Đạt']);
    expect(fast).toEqual(parseWorksheet(xml, 'x.xml', 'Phiếu', ['Đạt'], { simpleCells: false }));
    expect(fast).toMatchObject({
      A2: { formula: 'CHAR(65)' },
      B2: { formula: `"x"&'y'`, value: "x&y'" },
      C2: { value: 1 },
      D2: { value: 'Đạt' },
      AB2: { formula: '1<2', value: 1 },
    });
  });

  test('refuses a bad address or a missing shared string with the same message either way', () => {
    for (const cells of ['<c r="A0" s="1"><v>1</v></c>', '<c r="B2" t="s"><v>9</v></c>']) {
      const xml = `<worksheet><sheetData><row r="2">${cells}</row></sheetData></worksheet>`;
      const fast = () => parseWorksheet(xml, 'x.xml', 'Phiếu', ['a']);
      const general = () => parseWorksheet(xml, 'x.xml', 'Phiếu', ['a'], { simpleCells: false });
      expect(fast).toThrow(/Phiếu/);
      expect(() => fast()).toThrow(captureMessage(general));
    }
  });
});

describe('conditional formats and data validations (passed over unread)', () => {
  const PROMPT =
    'Nhập số từ 0 đến 1,5, tối đa 2 chữ số thập phân (dấu &quot;,&quot; theo máy).&#10;Để trống nếu không có.';
  const valid = [
    // ExcelJS, the project's writer
    `<dataValidation type="decimal" allowBlank="1" showInputMessage="1" promptTitle="Điểm tự chấm 1.2" prompt="${PROMPT}" showErrorMessage="1" errorStyle="stop" errorTitle="Điểm không hợp lệ" error="Tiêu chí 1.2: điểm phải là số từ 0 đến 1,5." sqref="D11"><formula1>0</formula1><formula2>1.5</formula2></dataValidation>`,
    // Excel
    `<dataValidation type="decimal" operator="between" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="Điểm không hợp lệ" error="Sai." promptTitle="Điểm" prompt="${PROMPT}" sqref="D11 D13:D15"><formula1>0</formula1><formula2>1.5</formula2></dataValidation>`,
    '<dataValidation type="list" allowBlank="1" showDropDown="1" sqref="C6"><formula1>&quot;so,huyen&quot;</formula1></dataValidation>',
    '<dataValidation type="none" sqref="A1"/>',
    '<conditionalFormatting sqref="F12"><cfRule type="expression" priority="3"><formula>]]&gt; is text, not a CDATA end</formula></cfRule></conditionalFormatting>',
    '<conditionalFormatting sqref="F12"><cfRule type="expression" dxfId="2" priority="3"><formula>IF(AND(ISNUMBER(D12),NOT(ISLOGICAL(D12))),AND(ROUND(D12,2)&gt;0,LEN(TRIM(F12))=0),FALSE)</formula></cfRule></conditionalFormatting>',
    '<conditionalFormatting sqref="D10:D15 D17"><cfRule type="cellIs" dxfId="0" priority="1" stopIfTrue="1" operator="between"><formula>0</formula><formula>$C10</formula></cfRule><cfRule type="expression" priority="2"><formula>D10&lt;0</formula></cfRule></conditionalFormatting>',
  ];
  const notTaken = [
    '<dataValidation type="decimal" type="list" sqref="D11"/>',
    '<dataValidation sqref="D11" type="decimal"/>',
    '<dataValidation ="decimal" sqref="D11"/>',
    '<dataValidation type="decimal" ="1" sqref="D11"/>',
    '<dataValidation type="decimal" sqref="D11" custom="1"/>',
    "<dataValidation type='decimal' sqref='D11'/>",
    '<dataValidation  type="decimal" sqref="D11"/>',
    '<x:dataValidation type="decimal" sqref="D11"/>',
    '<dataValidation type="decimal" prompt="a &bogus; b" sqref="D11"/>',
    '<dataValidation type="decimal" prompt="a &#0; b" sqref="D11"/>',
    '<dataValidation type="decimal" prompt="a & b" sqref="D11"/>',
    '<dataValidation type="decimal" sqref="D11"><formula1>1</formula1><!-- x --></dataValidation>',
    '<dataValidation type="decimal" sqref="D11"><formula1><![CDATA[1]]></formula1></dataValidation>',
    '<dataValidation type="decimal" sqref="D11"><formula1>1</formula2></dataValidation>',
    '<dataValidation type="decimal" sqref="D11"><formula1>1</formula1>',
    '<conditionalFormatting sqref="F12"><cfRule type="expression" priority="3"><formula>D12>0</formula></cfRule></conditionalFormatting>',
    '<conditionalFormatting sqref="F12"><cfRule type="dataBar" priority="3"><dataBar><cfvo type="min"/></dataBar></cfRule></conditionalFormatting>',
    '<conditionalFormatting sqref="F12"></conditionalFormatting>',
    '<conditionalFormatting sqref="F12"><cfRule type="expression" priority="3"><formula>1</formula></cfRule></conditionalFormatting  >',
  ];

  /** The scanner standing just inside `<worksheet>`, then the fast path tried on what follows. */
  function skipped(markup: string): boolean {
    const scanner = new XmlScanner(`<worksheet>${markup}</worksheet>`, 'test.xml');
    scanner.next();
    const taken = skipUnreadMarkup(scanner);
    // Taken: the worksheet's close comes next. Not taken: the general path meets the markup (or refuses it).
    const next = outcomeOf(() => (scanner.next() === XML_OPEN ? 'open' : scanner.name));
    if (taken) expect(next).toBe('worksheet');
    else expect(next).not.toBe('worksheet');
    return taken;
  }

  test('takes the forms Excel and the project write, references included', () => {
    for (const markup of valid) expect(skipped(markup)).toBe(true);
  });

  test('leaves anything else, well-formed or not, to the general path', () => {
    for (const markup of notTaken) expect(skipped(markup)).toBe(false);
  });

  test('a worksheet reads the same cells, or is refused with the same message, either way', () => {
    for (const markup of [...valid, ...notTaken]) {
      const xml = `<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><dataValidations count="1">${markup}</dataValidations><conditionalFormatting sqref="A1">${markup}</conditionalFormatting></worksheet>`;
      const fast = () => parseWorksheet(xml, 'x.xml', 'Phiếu', []);
      const general = () => parseWorksheet(xml, 'x.xml', 'Phiếu', [], { simpleCells: false });
      expect(outcomeOf(fast)).toEqual(outcomeOf(general));
    }
    const broken = '<worksheet><sheetData/><dataValidation type="a" type="b" sqref="A1"/></worksheet>';
    expect(outcomeOf(() => parseWorksheet(broken, 'x.xml', 'Phiếu', []))).toMatch(/x\.xml/);
  });
});

function outcomeOf(read: () => unknown): unknown {
  try {
    return read();
  } catch (e) {
    return (e as Error).message;
  }
}

function captureMessage(read: () => unknown): string {
  try {
    read();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected a refusal');
}

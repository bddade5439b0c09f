/**
 * The reader's speed-ups that the differential test does not single out: cell keys handed out from
 * a cache (same string, same spelling as ever, also past the cache's bounds), and attribute values
 * found with a native search for their closing quote (the other quote kind stays inside the value).
 */
import { cellKey, columnLetters } from '../../src/xlsx/reader/cell-address';
import { XML_END, XML_OPEN, XmlScanner } from '../../src/xlsx/reader/xml-scanner';

describe('cellKey', () => {
  test('spells A1 addresses as before, inside and outside the cache', () => {
    for (const [row, col] of [[1, 1], [12, 4], [4096, 64], [4097, 64], [4096, 65], [1048576, 16384], [40, 27]] as const) {
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
    for (let t = scanner.next(); t !== XML_END; t = scanner.next()) if (t === XML_OPEN) names.push(scanner.name);
    expect(names).toEqual(['root', 'c']);
  });
});

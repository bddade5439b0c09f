/** Parts in the encodings their byte-order mark or XML declaration names, read through the whole package. */
import { buildPackageParts, zipParts } from '../../support/xlsx/package-builder';
import { readOk } from '../../support/xlsx/read';

const FORM = 'Phiếu';

/** A package whose sheet holds `Café` in A1 as inline text, its worksheet part handed to `encode`. */
function sheetValue(encode: (xml: string) => Uint8Array): unknown {
  const parts = buildPackageParts({
    sheets: [
      { name: FORM, sheetData: '<row r="1"><c r="A1" t="inlineStr"><is><t>Caf\u00e9</t></is></c></row>' },
    ],
    definedNames: `<definedName name="A">'${FORM}'!$A$1</definedName>`,
  });
  parts['xl/worksheets/sheet1.xml'] = encode(parts['xl/worksheets/sheet1.xml'] as string);
  return readOk(zipParts(parts)).cells[FORM]?.A1?.value;
}

const latin1 = (xml: string): Uint8Array => Uint8Array.from(xml, (ch) => ch.charCodeAt(0));

describe('part encodings', () => {
  test('UTF-16 big-endian with its byte-order mark', () => {
    const value = sheetValue((xml) => {
      const text = xml.replace('encoding="UTF-8"', 'encoding="UTF-16"');
      const bytes = new Uint8Array(2 + text.length * 2);
      bytes[0] = 0xfe;
      bytes[1] = 0xff;
      for (let i = 0; i < text.length; i++) {
        bytes[2 + i * 2] = text.charCodeAt(i) >> 8;
        bytes[3 + i * 2] = text.charCodeAt(i) & 0xff;
      }
      return bytes;
    });
    expect(value).toBe('Café');
  });

  test('a legacy encoding declared with spaces around the equals sign, in single quotes', () => {
    const value = sheetValue((xml) => latin1(xml.replace('encoding="UTF-8"', "encoding = 'windows-1252'")));
    expect(value).toBe('Café');
  });

  test('a legacy encoding declared in upper case, after other pseudo-attributes', () => {
    const value = sheetValue((xml) =>
      latin1(
        xml.replace(
          '<?xml version="1.0" encoding="UTF-8"?>',
          '<?xml version="1.0"  encoding="ISO-8859-1" standalone="yes"?>',
        ),
      ),
    );
    expect(value).toBe('Café');
  });

  test('a legacy encoding declared past the first 100 bytes of a long declaration', () => {
    const value = sheetValue((xml) =>
      latin1(
        xml.replace(
          '<?xml version="1.0" encoding="UTF-8"?>',
          `<?xml version="1.0"${' '.repeat(90)}encoding="windows-1252"\r\n${' '.repeat(200)}standalone="yes"?>`,
        ),
      ),
    );
    expect(value).toBe('Café');
  });

  test('UTF-8 with its byte-order mark is read as UTF-8 whatever the declaration after the mark names', () => {
    // .NET's XmlWriter over a StringWriter declares utf-16 in a part then saved as UTF-8 with its mark.
    for (const name of ['utf-16', 'windows-1252']) {
      const value = sheetValue((xml) => {
        const text = new TextEncoder().encode(xml.replace('encoding="UTF-8"', `encoding="${name}"`));
        return Uint8Array.from([0xef, 0xbb, 0xbf, ...text]);
      });
      expect(value).toBe('Café');
    }
  });

  test('UTF-8 declared as utf8, or in an encoding the platform does not know, is read as UTF-8', () => {
    for (const name of ['utf8', 'x-unknown-1']) {
      const value = sheetValue((xml) =>
        new TextEncoder().encode(xml.replace('encoding="UTF-8"', `encoding="${name}"`)),
      );
      expect(value).toBe('Café');
    }
  });
});

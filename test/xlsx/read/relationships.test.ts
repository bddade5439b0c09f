/** Relationship targets as other writers spell them, and external relationships, as the reader follows them. */
import { buildPackageParts, zipParts } from '../../support/xlsx/package-builder';
import { readOk } from '../../support/xlsx/read';

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const SHEET_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

function sheetPart(value: number): string {
  return `<worksheet xmlns="${SHEET_NS}"><sheetData><row r="1"><c r="A1"><v>${value}</v></c></row></sheetData></worksheet>`;
}

function customPart(props: Record<string, string>): string {
  return `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${Object.entries(
    props,
  )
    .map(
      ([k, v], i) =>
        `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${i + 2}" name="${k}"><vt:lpwstr>${v}</vt:lpwstr></property>`,
    )
    .join('')}</Properties>`;
}

describe('relationship targets', () => {
  test('targets with backslashes, "./", "../", doubled slashes, an absolute path or percent-encoding reach their sheet', () => {
    const targets = [
      'worksheets\\sheet1.xml',
      './worksheets/sheet2.xml',
      '../../xl/worksheets/sheet3.xml',
      'worksheets//sheet4.xml',
      '/xl/worksheets/sheet5.xml',
      'worksheets/s%E1%BB%91%206.xml',
      'worksheets/sheet%zz.xml',
    ];
    const names = targets.map((_, i) => `Trang ${i + 1}`);
    const parts = buildPackageParts({
      sheets: names.map((name) => ({ name, sheetData: '' })),
      definedNames: names.map((n, i) => `<definedName name="TC_${i + 1}">'${n}'!$A$1</definedName>`).join(''),
    });
    parts['xl/_rels/workbook.xml.rels'] = `<Relationships xmlns="${PKG_REL_NS}">${targets
      .map((t, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="${t}"/>`)
      .join('')}</Relationships>`;
    for (let i = 1; i <= 7; i++) delete parts[`xl/worksheets/sheet${i}.xml`];
    for (let i = 1; i <= 5; i++) parts[`xl/worksheets/sheet${i}.xml`] = sheetPart(i);
    parts['xl/worksheets/số 6.xml'] = sheetPart(6);
    parts['xl/worksheets/sheet%zz.xml'] = sheetPart(7);
    const wb = readOk(zipParts(parts));
    expect(names.map((n) => wb.cells[n]?.A1?.value)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  test('a workbook part at the root of the package finds its relationships and sheets', () => {
    const parts = buildPackageParts({
      sheets: [{ name: 'Phiếu', sheetData: '<row r="1"><c r="A1"><v>8</v></c></row>' }],
      definedNames: `<definedName name="TC_1">'Phiếu'!$A$1</definedName>`,
    });
    parts['book.xml'] = parts['xl/workbook.xml'] as string;
    delete parts['xl/workbook.xml'];
    parts['_rels/book.xml.rels'] = (parts['xl/_rels/workbook.xml.rels'] as string).replace(
      'Target="worksheets/',
      'Target="xl/worksheets/',
    );
    delete parts['xl/_rels/workbook.xml.rels'];
    parts['_rels/.rels'] = (parts['_rels/.rels'] as string).replace(
      'Target="xl/workbook.xml"',
      'Target="book.xml"',
    );
    parts['[Content_Types].xml'] = (parts['[Content_Types].xml'] as string).replace(
      '/xl/workbook.xml',
      '/book.xml',
    );
    expect(readOk(zipParts(parts)).cells['Phiếu']?.A1?.value).toBe(8);
  });
});

describe('external relationships', () => {
  test('a relationship marked External is never followed into the package', () => {
    const parts = buildPackageParts({ sheets: [{ name: 'Phiếu', sheetData: '' }] });
    parts['_rels/.rels'] = (parts['_rels/.rels'] as string).replace(
      'Target="docProps/custom.xml"',
      'Target="docProps/khac.xml" TargetMode="External"',
    );
    parts['docProps/custom.xml'] = customPart({ 'XHCNTT.year': '2026' });
    parts['docProps/khac.xml'] = customPart({ 'XHCNTT.year': '1999' });
    expect(readOk(zipParts(parts)).customProperties).toEqual({ 'XHCNTT.year': '2026' });
  });

  test('a relationship to a part inside the package is followed even when it is not the usual one', () => {
    const parts = buildPackageParts({ sheets: [{ name: 'Phiếu', sheetData: '' }] });
    parts['_rels/.rels'] = (parts['_rels/.rels'] as string).replace(
      'Target="docProps/custom.xml"',
      'Target="docProps/khac.xml" TargetMode="Internal"',
    );
    parts['docProps/custom.xml'] = customPart({ 'XHCNTT.year': '1999' });
    parts['docProps/khac.xml'] = customPart({ 'XHCNTT.year': '2026' });
    expect(readOk(zipParts(parts)).customProperties).toEqual({ 'XHCNTT.year': '2026' });
  });
});

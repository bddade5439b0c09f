/** Custom document properties (`docProps/custom.xml`) as the reader gives them back: each value as its text. */
import { buildPackageParts, zipParts } from '../../support/xlsx/package-builder';
import { readOk } from '../../support/xlsx/read';

const FMTID = '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}';

function readProperties(inner: string): Record<string, string> {
  const parts = buildPackageParts({ sheets: [{ name: 'Phiếu', sheetData: '' }] });
  parts['docProps/custom.xml'] =
    `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${inner}</Properties>`;
  return readOk(zipParts(parts)).customProperties;
}

test('a pretty-printed part: the line breaks and indentation around values are not part of them', () => {
  const inner = [
    '',
    `  <property fmtid="${FMTID}" pid="2" name="XHCNTT.year">`,
    '    <vt:lpwstr>2026</vt:lpwstr>',
    '  </property>',
    `  <property fmtid="${FMTID}" pid="3" name="XHCNTT.unit">`,
    '    <vt:lpwstr> Sở Y tế </vt:lpwstr>',
    '  </property>',
    '',
  ].join('\n');
  expect(readProperties(inner)).toEqual({ 'XHCNTT.year': '2026', 'XHCNTT.unit': ' Sở Y tế ' });
});

test('a value in several elements (a vector) reads as their texts one after the other', () => {
  const inner = `<property fmtid="${FMTID}" pid="2" name="XHCNTT.codes"><vt:vector size="2" baseType="lpwstr"><vt:lpwstr>TC_1</vt:lpwstr><vt:lpwstr>TC_2</vt:lpwstr></vt:vector></property>`;
  expect(readProperties(inner)).toEqual({ 'XHCNTT.codes': 'TC_1TC_2' });
});

test('a property without a name is left out; an empty value is kept', () => {
  const inner = [
    `<property fmtid="${FMTID}" pid="2"><vt:lpwstr>mồ côi</vt:lpwstr></property>`,
    `<property fmtid="${FMTID}" pid="3" name="XHCNTT.note"><vt:lpwstr></vt:lpwstr></property>`,
  ].join('');
  expect(readProperties(inner)).toEqual({ 'XHCNTT.note': '' });
});

test('text outside any property is not read into one', () => {
  const inner = `lạc<property fmtid="${FMTID}" pid="2" name="XHCNTT.year"><vt:lpwstr>2026</vt:lpwstr></property>lạc`;
  expect(readProperties(inner)).toEqual({ 'XHCNTT.year': '2026' });
});

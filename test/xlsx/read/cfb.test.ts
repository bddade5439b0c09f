/**
 * OLE compound files (old .xls, .doc, .ppt, and password-protected .xlsx): the reader walks the
 * container's directory to say which one a file is, and falls back on searching the bytes for a
 * stream name when the directory cannot be walked. Each is refused with its own Vietnamese message.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readReturnedWorkbook } from '../../../src/xlsx/read-workbook';
import { buildCfb, ENCRYPTED_OOXML, type CfbEntry } from '../../support/xlsx/cfb-builder';
import { buildCfbLayout, utf16 } from '../../support/xlsx/cfb-layout';

const FILE = 'phieu.xlsx';
const ENCRYPTED = ['encrypted', 'tệp Excel được đặt mật khẩu mở tệp (đã mã hóa)'] as const;
const XLS = ['xls-binary', 'tệp ở định dạng Excel 97–2003 (.xls) cũ'] as const;
const WORD = ['not-zip', 'tệp là tài liệu Word (.doc), không phải tệp Excel .xlsx.'] as const;
const PPT = ['not-zip', 'tệp là bản trình chiếu PowerPoint (.ppt), không phải tệp Excel .xlsx.'] as const;

function expectRefused(bytes: Uint8Array, [code, text]: readonly [string, string]): void {
  const outcome = readReturnedWorkbook(bytes, FILE);
  if (outcome.ok) throw new Error(`expected ${code}, the file was read`);
  expect(outcome.problem.code).toBe(code);
  expect(outcome.problem.message).toContain(`“${FILE}”`);
  expect(outcome.problem.message).toContain(text);
}

// Entries both builders take: a stream or a storage.
const stream = (name: string): CfbEntry => ({ name, type: 2 });
const storage = (name: string): CfbEntry => ({ name, type: 1 });
/**
 * Stream names in capitals: the directory compares names without case (MS-CFB), the byte search
 * that stands in for a broken directory does not, so these are recognised only through the directory.
 */
const ENCRYPTED_CAPS = [storage('\u0006DATASPACES'), stream('ENCRYPTIONINFO'), stream('ENCRYPTEDPACKAGE')];
const fillers = (n: number) => Array.from({ length: n }, (_, i) => stream(`\u0005SummaryInformation${i}`));

describe('what the container holds', () => {
  test.each([
    ['a password-protected workbook', ENCRYPTED_OOXML, ENCRYPTED],
    ['only an EncryptionInfo stream', [stream('EncryptionInfo')], ENCRYPTED],
    ['only an EncryptedPackage stream', [stream('EncryptedPackage')], ENCRYPTED],
    ['stream names in capitals', ENCRYPTED_CAPS, ENCRYPTED],
    ['an Excel 97–2003 workbook', [stream('Workbook')], XLS],
    ['an Excel 5.0/95 workbook (a Book stream)', [stream('Book')], XLS],
    ['a Word 97–2003 document', [stream('WordDocument'), stream('1Table')], WORD],
    ['a Word document with its stream named in lower case', [stream('worddocument')], WORD],
    ['a PowerPoint 97–2003 presentation', [stream('PowerPoint Document'), stream('Current User')], PPT],
    ['an Outlook message (nothing Office documents hold)', [stream('__properties_version1.0')], XLS],
  ])('%s', (_what, entries, expected) => {
    expectRefused(buildCfb(entries), expected);
  });

  test('an .xls with a Word document embedded in one of its storages is an .xls', () => {
    const wordInside = { ...stream('WordDocument'), parent: 1 };
    expectRefused(buildCfb([stream('Workbook'), storage('MBD0001'), wordInside]), XLS);
  });

  // Agencies paste Excel tables into Word reports: Word keeps each such object in ObjectPool/_<id>/.
  test('a Word document with an Excel table embedded in it is a Word document', () => {
    const entries = [
      stream('WordDocument'),
      stream('1Table'),
      storage('ObjectPool'),
      { ...storage('_1234567890'), parent: 2 },
      { ...stream('Workbook'), parent: 3 },
    ];
    expectRefused(buildCfb(entries), WORD);
  });

  test('a Word 97–2003 report LibreOffice wrote with a Calc table embedded in it is a Word document', () => {
    const file = join(__dirname, '../../fixtures/returned/refused/libreoffice-word-97-with-table.doc');
    expectRefused(new Uint8Array(readFileSync(file)), WORD);
  });

  test('a PowerPoint presentation with an encrypted workbook embedded in it is a presentation', () => {
    const entries = [
      storage('MBD00000001'),
      { ...stream('EncryptionInfo'), parent: 0 },
      { ...stream('EncryptedPackage'), parent: 0 },
      stream('PowerPoint Document'),
    ];
    expectRefused(buildCfb(entries), PPT);
  });

  test("the root's children are read through left-sibling links as well as right ones", () => {
    // The root's child is "1Table"; "WordDocument" (id 1) hangs off its left link only.
    const bytes = buildCfbLayout(
      [
        { ...stream('WordDocument'), right: 0xffffffff },
        { ...stream('1Table'), left: 1 },
      ],
      {
        rootChild: 2,
      },
    );
    expectRefused(bytes, WORD);
  });

  test('an .xls whose cells mention "EncryptedPackage" is not taken for an encrypted file', () => {
    const bytes = buildCfbLayout([stream('Workbook')], {
      sectors: 6,
      data: { sector: 5, bytes: utf16('EncryptedPackage EncryptionInfo') },
    });
    expectRefused(bytes, XLS);
  });

  test('an .xls whose encryption was removed, its old EncryptionInfo entry left unused', () => {
    expectRefused(buildCfbLayout([stream('Workbook'), { name: 'EncryptionInfo', type: 0 }]), XLS);
  });

  test('a directory entry with an impossible name length is skipped', () => {
    expectRefused(buildCfbLayout([...ENCRYPTED_CAPS, { name: 'X', type: 2, nameBytes: 0xffff }]), ENCRYPTED);
  });

  test.each([0, 1, 66, 0xffff])(
    'the entries after one whose name length is %i bytes are still read',
    (nameBytes) => {
      const entries = [stream('1Table'), { name: 'Data', type: 2, nameBytes }, stream('WordDocument')];
      expectRefused(buildCfbLayout(entries), WORD);
    },
  );
});

describe('container layouts', () => {
  test('4096-byte sectors (version 4)', () => {
    expectRefused(buildCfbLayout(ENCRYPTED_CAPS, { shift: 12 }), ENCRYPTED);
  });

  test('a directory over several sectors, the streams in the last', () => {
    expectRefused(buildCfbLayout([...fillers(8), ...ENCRYPTED_CAPS]), ENCRYPTED);
  });

  test('a directory chain that needs the second FAT sector, listed in a DIFAT sector', () => {
    const bytes = buildCfbLayout([...fillers(6), ...ENCRYPTED_CAPS], {
      headerFatSlots: 1,
      directorySectors: [10, 200, 11],
    });
    expectRefused(bytes, ENCRYPTED);
  });

  test('a second FAT sector that is not next to the first', () => {
    const bytes = buildCfbLayout([...fillers(6), ...ENCRYPTED_CAPS], {
      fatAt: { 1: 150 },
      directorySectors: [10, 200, 11],
    });
    expectRefused(bytes, ENCRYPTED);
  });

  test('FAT sectors listed only in a chain of DIFAT sectors', () => {
    const bytes = buildCfbLayout([...fillers(6), ...ENCRYPTED_CAPS], {
      headerFatSlots: 0,
      difatPerSector: 1,
      directorySectors: [10, 200, 11],
    });
    expectRefused(bytes, ENCRYPTED);
  });

  test('a DIFAT chain that loops on itself ends, with the FAT sectors it listed', () => {
    const bytes = buildCfbLayout([...fillers(6), ...ENCRYPTED_CAPS], {
      headerFatSlots: 0,
      difatPerSector: 1,
      difatNext: 1,
      directorySectors: [10, 11, 12],
    });
    expectRefused(bytes, ENCRYPTED);
  });

  test('a DIFAT chain that starts past the end of the file: the header lists the FAT', () => {
    expectRefused(buildCfbLayout(ENCRYPTED_CAPS, { difatStart: 5000 }), ENCRYPTED);
  });

  test('a sector size the format does not allow: the directory is not trusted', () => {
    // Walked with 1024-byte sectors the directory would say "encrypted"; the byte search finds no exact name.
    expectRefused(buildCfbLayout(ENCRYPTED_CAPS, { shift: 10 }), XLS);
  });
});

describe('broken containers', () => {
  test('a directory chain that loops on itself ends, with what it read', () => {
    expectRefused(buildCfbLayout(ENCRYPTED_CAPS, { directorySectors: [3], fat: { 3: 3 } }), ENCRYPTED);
  });

  test.each([
    ['a free sector', 0xffffffff],
    ['a sector past the end of the file', 5000],
  ])('a directory chain that goes on to %s keeps the sectors read before', (_what, next) => {
    const bytes = buildCfbLayout(ENCRYPTED_CAPS, {
      directorySectors: [3],
      fat: { 3: next },
    });
    expectRefused(bytes, ENCRYPTED);
  });

  test('sibling links that loop back end the walk, with the names read', () => {
    expectRefused(buildCfbLayout([stream('WordDocument'), { ...stream('1Table'), right: 1 }]), WORD);
  });

  test('a root without a child link: the byte search stands in for the directory', () => {
    // Through the directory these capitals would say "encrypted"; the byte search finds no exact name.
    expectRefused(buildCfbLayout(ENCRYPTED_CAPS, { rootChild: 0xffffffff }), XLS);
    expectRefused(buildCfbLayout([stream('WordDocument')], { rootChild: 0xffffffff }), WORD);
  });

  test('a file cut in the middle of its last directory sector keeps the sectors read before', () => {
    const bytes = buildCfbLayout([...ENCRYPTED_CAPS, ...fillers(4)]);
    expectRefused(bytes.subarray(0, bytes.length - 256), ENCRYPTED);
  });

  test('a FAT sector listed past the end of the file ends the chain there', () => {
    const bytes = buildCfbLayout(ENCRYPTED_CAPS, {
      sectors: 140,
      directorySectors: [130, 131],
      fatSectorNumbers: { 1: 9999 },
    });
    expectRefused(bytes, ENCRYPTED);
  });

  test.each([
    ['an encrypted workbook', ENCRYPTED_OOXML, ENCRYPTED],
    ['a Word document', [stream('WordDocument'), stream('1Table')], WORD],
    ['a PowerPoint presentation', [stream('PowerPoint Document')], PPT],
    ['an Excel workbook', [stream('Workbook')], XLS],
    ['something else', [stream('Contents')], XLS],
  ])(
    '%s whose directory cannot be walked is still recognised by its stream names',
    (_what, entries, expected) => {
      const bytes = buildCfb(entries);
      new DataView(bytes.buffer).setUint32(0x30, 999, true);
      expectRefused(bytes, expected);
    },
  );

  test('a container cut right after a stream name is still recognised', () => {
    const bytes = buildCfb(ENCRYPTED_OOXML);
    const name = utf16('EncryptedPackage');
    const at = bytes.findIndex((_, i) => name.every((b, j) => bytes[i + j] === b));
    new DataView(bytes.buffer).setUint32(0x30, 999, true);
    const cut = bytes.slice(0, at + name.length);
    // Only the name of the last stream is left whole.
    const info = utf16('EncryptionInfo');
    const infoAt = cut.findIndex((_, i) => info.every((b, j) => cut[i + j] === b));
    cut.fill(0, infoAt, infoAt + info.length);
    expectRefused(cut, ENCRYPTED);
  });
});

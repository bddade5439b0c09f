/**
 * The XML scanner every part goes through, seen from what the reader gives back: texts of the
 * shared-string table, custom properties (names from attributes, values from text), cells, and the
 * Vietnamese refusal naming the part when the XML is not well-formed. Each case pins one rule of
 * XML 1.0 the scanner applies byte by byte: characters, references, line ends, attribute values,
 * comments, CDATA, instructions, the document type, tags and attributes.
 */
import { FileReadError } from '../../../src/xlsx/reader/read-error';
import { parseSharedStrings } from '../../../src/xlsx/reader/shared-strings';
import { parseWorksheet } from '../../../src/xlsx/reader/worksheet-part';
import { readReturnedWorkbook } from '../../../src/xlsx/read-workbook';
import { buildPackageParts, zipParts } from '../../support/xlsx/package-builder';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const SST = 'xl/sharedStrings.xml';
const SHEET = 'xl/worksheets/sheet1.xml';
const CUSTOM = 'docProps/custom.xml';
const FMTID = '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}';
const PROPS_OPEN =
  '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">';

/** A shared-string table of one item whose `<t>` holds `inner` as written. */
function sstOf(inner: string): string {
  return `<sst xmlns="${NS}"><si><t>${inner}</t></si></sst>`;
}

/** The one text of a shared-string table whose `<t>` holds `inner` as written. */
function textOf(inner: string): string | undefined {
  return parseSharedStrings(sstOf(inner), SST)[0];
}

/** A whole shared-string part, read. */
function strings(xml: string): string[] {
  return parseSharedStrings(xml, SST);
}

function cells(sheetData: string) {
  return parseWorksheet(
    `<worksheet xmlns="${NS}"><sheetData>${sheetData}</sheetData></worksheet>`,
    SHEET,
    'Phiếu',
    [],
  );
}

/** The refusal a part's parser throws, or `undefined` when it reads the part. */
function refusal(read: () => unknown): unknown {
  try {
    read();
  } catch (e) {
    return e;
  }
  return undefined;
}

function expectInvalid(read: () => unknown, part: string): void {
  const error = refusal(read);
  expect(error).toBeInstanceOf(FileReadError);
  expect(error).toMatchObject({
    code: 'corrupt',
    params: { detail: { why: 'xml-invalid', part } },
    message: `phần “${part}” của tệp không phải XML hợp lệ.`,
  });
}

const sstInvalid = (xml: string) => expectInvalid(() => strings(xml), SST);
const textInvalid = (inner: string) => sstInvalid(sstOf(inner));

/** A package whose custom-properties part is `xml`, read through the reader's public entry. */
function readWithCustomPart(xml: string) {
  const parts = buildPackageParts({ sheets: [{ name: 'Phiếu', sheetData: '' }] });
  parts[CUSTOM] = xml;
  return readReturnedWorkbook(zipParts(parts), 'so-y-te.xlsx');
}

/** The custom properties of a package whose custom-properties part holds `inner` inside its root. */
function properties(inner: string): Record<string, string> {
  const outcome = readWithCustomPart(`${PROPS_OPEN}${inner}</Properties>`);
  if (!outcome.ok) throw new Error(`refused: ${outcome.problem.message}`);
  return outcome.workbook.customProperties;
}

/** One property written `<property … name="${nameAttribute}">` (the attribute as written, quotes included). */
function propertyNamed(nameAttribute: string, value = '1'): string[] {
  return Object.keys(
    properties(
      `<property fmtid="${FMTID}" pid="2" ${nameAttribute}><vt:lpwstr>${value}</vt:lpwstr></property>`,
    ),
  );
}

function expectCustomPartRefused(xml: string): void {
  const outcome = readWithCustomPart(xml);
  expect(outcome).toMatchObject({
    ok: false,
    problem: {
      code: 'corrupt',
      message: expect.stringContaining(`Tệp “so-y-te.xlsx”: phần “${CUSTOM}” của tệp không phải XML hợp lệ.`),
    },
  });
}

describe('characters XML does not allow', () => {
  test.each([
    ['U+0000', '\u0000'],
    ['U+0008', '\u0008'],
    ['U+000B', '\u000B'],
    ['U+000C', '\u000C'],
    ['U+000E', '\u000E'],
    ['U+001F', '\u001F'],
    ['U+FFFE', '\uFFFE'],
    ['U+FFFF', '\uFFFF'],
  ])('raw %s in text is refused', (_, ch) => {
    textInvalid(`a${ch}b`);
  });

  test('tab, line feed, space, U+007F, U+D7FF, U+E000, U+FFFD and characters beyond the BMP read as written', () => {
    expect(textOf('a\tb\nc d\u007Fe\uD7FFf\uE000g\uFFFDh😀')).toBe('a\tb\nc d\u007Fe\uD7FFf\uE000g\uFFFDh😀');
  });
});

describe('character references', () => {
  test.each([
    ['&#9;', '\t'],
    ['&#10;', '\n'],
    ['&#13;', '\r'],
    ['&#x20;', ' '],
    ['&#32;', ' '],
    ['&#x41;', 'A'],
    ['&#xd7ff;', '\uD7FF'],
    ['&#xE000;', '\uE000'],
    ['&#xFFFD;', '\uFFFD'],
    ['&#x10000;', '\u{10000}'],
    ['&#x10FFFF;', '\u{10FFFF}'],
    ['&#1114111;', '\u{10FFFF}'],
    ['&#0000065;', 'A'],
    ['&#x000041;', 'A'],
    ['&#x1F600;', '😀'],
  ])('%s in text reads as its character', (reference, ch) => {
    expect(textOf(`a${reference}b`)).toBe(`a${ch}b`);
  });

  test.each([
    '&#0;',
    '&#8;',
    '&#x1F;',
    '&#11;',
    '&#xD800;',
    '&#xDFFF;',
    '&#xFFFE;',
    '&#xFFFF;',
    '&#x110000;',
    '&#1114112;',
    '&#00000065;',
    '&#x0000041;',
    '&#X41;',
    '&#;',
    '&#x;',
    '&#65',
    '&#x4G;',
    '&#x#65;',
    '&#65x;',
    '&#x41G;',
    '&#00000650;',
    '&#x0000410;',
  ])('%s in text is refused', (reference) => {
    textInvalid(`a${reference}b`);
  });

  test('named references in text, one after the other and at both ends', () => {
    expect(textOf('&lt;&gt;&amp;&quot;&apos;')).toBe(`<>&"'`);
    expect(textOf('x &amp; y &lt; z')).toBe('x & y < z');
    expect(textOf('&amp;amp;')).toBe('&amp;');
  });

  test.each([
    '&nbsp;',
    '&;',
    '&',
    'a & b',
    '&amp',
    '&lt',
    '&gt',
    '&quot',
    '&apos',
    '&ampx;',
    '&aposx;',
    '&qout;',
    '&lte;',
    '&gte;',
    '&lx;y',
    '&gx;y',
    '&quo;t',
    '&apo;s',
  ])('%s in text is refused', (text) => {
    textInvalid(text);
  });

  test('a reference may not run past the end of its text', () => {
    sstInvalid(`<sst xmlns="${NS}"><si><t>a&amp</t><t>;</t></si></sst>`);
    sstInvalid(`<sst xmlns="${NS}"><si><t>a&#65</t><t>;</t></si></sst>`);
  });

  test('text nobody reads is still checked for broken references and `]]>`', () => {
    // Text outside any <t> is not kept, but it must still be well-formed character data.
    expect(strings(`<sst xmlns="${NS}"><si>x &amp; y<t>a</t>z &#65;</si></sst>`)).toEqual(['a']);
    sstInvalid(`<sst xmlns="${NS}"><si>x &bogus; y<t>a</t></si></sst>`);
    sstInvalid(`<sst xmlns="${NS}"><si><t>a</t>x &amp; y &#0;</si></sst>`);
    sstInvalid(`<sst xmlns="${NS}"><si><t>a</t>x &amp; y & z</si></sst>`);
    sstInvalid(`<sst xmlns="${NS}"><si><t>a</t>x]]>y</si></sst>`);
    sstInvalid(`<sst xmlns="${NS}"><si><t>a</t></si>]]></sst>`);
    expect(strings(`<sst xmlns="${NS}"><si><t>a</t>x]]y]>z</si></sst>`)).toEqual(['a']);
  });

  test('`]]>` in read text is refused, `]]` and `]>` alone are not', () => {
    textInvalid('a]]>b');
    textInvalid(']]>');
    expect(textOf('a]]b]>c]')).toBe('a]]b]>c]');
  });
});

describe('line ends in text', () => {
  test('CR LF and a lone CR read as LF, around references too; &#13; stays a CR', () => {
    expect(textOf('a\r\nb\rc\r\r\nd')).toBe('a\nb\nc\n\nd');
    expect(textOf('a\r\n&amp;\rb&#13;c\r')).toBe('a\n&\nb\rc\n');
    expect(textOf('\r&lt;\r\n')).toBe('\n<\n');
  });

  test('in several texts of one part, each is normalised', () => {
    expect(
      strings(
        `<sst xmlns="${NS}"><si><t>a</t></si><si><t>b\r\nc</t></si><si><t>d</t></si><si><t>e\rf&amp;g</t></si></sst>`,
      ),
    ).toEqual(['a', 'b\nc', 'd', 'e\nf&g']);
  });

  test('in a CDATA section as well', () => {
    expect(textOf('<![CDATA[a\r\nb\rc]]>')).toBe('a\nb\nc');
  });
});

describe('CDATA sections', () => {
  test('read verbatim, empty, next to text, with `]]` inside', () => {
    expect(textOf('<![CDATA[a < b & "c" ]] ]>]]>')).toBe('a < b & "c" ]] ]>');
    expect(textOf('x<![CDATA[]]>y')).toBe('xy');
    expect(textOf('<![CDATA[<t>]]>&amp;<![CDATA[&amp;]]>')).toBe('<t>&&amp;');
  });

  test('unterminated, or outside the root element, is refused', () => {
    textInvalid('<![CDATA[a');
    textInvalid('<![CDATA[a]]');
    sstInvalid(`<![CDATA[x]]><sst xmlns="${NS}"/>`);
    sstInvalid(`<sst xmlns="${NS}"/><![CDATA[x]]>`);
    textInvalid('<![CDATA ok]]>');
    textInvalid('<![cdata[a]]>');
  });
});

describe('comments', () => {
  test('before, inside and after the root, empty or holding markup', () => {
    expect(
      strings(
        `<!-- trước --><sst xmlns="${NS}"><!----><si><!-- <t>không</t> --><t>a<!-- giữa -->b</t></si></sst><!-- sau -->\n`,
      ),
    ).toEqual(['ab']);
  });

  test('`--` inside, an unterminated comment, or a `<!` that is none, is refused', () => {
    textInvalid('<!-- a -- b -->');
    textInvalid('<!-- a --->');
    textInvalid('<!-- a');
    textInvalid('<!--->');
    textInvalid('<!- a -->');
    textInvalid('<!ELEMENT a>');
    textInvalid('<!>');
  });
});

describe('processing instructions and the XML declaration', () => {
  test('instructions anywhere, the declaration only first (after white space at most)', () => {
    expect(
      strings(
        `<?xml version="1.0" encoding="UTF-8"?><?pi before?><sst xmlns="${NS}"><?pi?><si><t>a<?pi data ? ?>b</t></si></sst><?pi after?>`,
      ),
    ).toEqual(['ab']);
    expect(strings(` \r\n\t<?xml version="1.0"?>\n<sst xmlns="${NS}"><si><t>a</t></si></sst>`)).toEqual([
      'a',
    ]);
    expect(
      strings(`<?xml-stylesheet href="a.xsl"?><sst xmlns="${NS}"><?xml-x?><si><t>a</t></si></sst>`),
    ).toEqual(['a']);
  });

  test('a declaration after anything else, a malformed one, or a broken instruction is refused', () => {
    sstInvalid(`<!-- x --><?xml version="1.0"?><sst xmlns="${NS}"/>`);
    sstInvalid(`<?pi?><?xml version="1.0"?><sst xmlns="${NS}"/>`);
    sstInvalid(`<sst xmlns="${NS}"><?xml version="1.0"?></sst>`);
    sstInvalid(`<sst xmlns="${NS}"/><?XML version="1.0"?>`);
    sstInvalid(`<?xml?><sst xmlns="${NS}"/>`);
    sstInvalid(`<?xml version="1.0"? ?><sst xmlns="${NS}"/>`);
    sstInvalid(`<?xml version="1.0"<sst xmlns="${NS}"/>`);
    sstInvalid(`<? pi?><sst xmlns="${NS}"/>`);
    sstInvalid(`<?pi data<sst xmlns="${NS}"/>`);
    sstInvalid(`<?1pi?><sst xmlns="${NS}"/>`);
  });
});

describe('the document type declaration', () => {
  test('skipped before the root, internal subset, brackets and quoted `>` included', () => {
    expect(
      strings(
        `<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY e "a>b"><!ATTLIST t x CDATA 'y>z'>]><sst xmlns="${NS}"><si><t>a</t></si></sst>`,
      ),
    ).toEqual(['a']);
    expect(strings(`<!DOCTYPE sst SYSTEM "s>t.dtd"><sst xmlns="${NS}"><si><t>b</t></si></sst>`)).toEqual([
      'b',
    ]);
    expect(strings(`<!DOCTYPE sst><sst xmlns="${NS}"><si><t>c</t></si></sst>`)).toEqual(['c']);
  });

  test('after the root, unterminated, or with an unclosed quote, it is refused', () => {
    sstInvalid(`<sst xmlns="${NS}"><!DOCTYPE sst></sst>`);
    sstInvalid(`<sst xmlns="${NS}"/><!DOCTYPE sst>`);
    sstInvalid(`<!DOCTYPE sst [<!ENTITY e "a">`);
    sstInvalid(`<!DOCTYPE sst [<!ENTITY e "a>]><sst xmlns="${NS}"/>`);
    sstInvalid(`<!DOCTYPE sst [<!ENTITY e 'a>]><sst xmlns="${NS}"/>`);
    sstInvalid(`<!DOCTYPE sst [ ]`);
  });
});

describe('the document around the root element', () => {
  test('white space of every kind before and after the root is allowed', () => {
    expect(strings(`\n\n \t\r\n<sst xmlns="${NS}"><si><t>a</t></si></sst>\r\n\t \n`)).toEqual(['a']);
    expect(strings(`  <sst xmlns="${NS}"><si><t>a</t></si></sst>`)).toEqual(['a']);
  });

  test('text before or after the root, a second root, no root, or an open root is refused', () => {
    sstInvalid(`x<sst xmlns="${NS}"/>`);
    sstInvalid(`\n x<sst xmlns="${NS}"/>`);
    sstInvalid(`<sst xmlns="${NS}"/>\nx`);
    sstInvalid(`<sst xmlns="${NS}"/>&amp;`);
    sstInvalid(`<sst xmlns="${NS}"/><sst xmlns="${NS}"/>`);
    sstInvalid(`<sst xmlns="${NS}"></sst><si/>`);
    sstInvalid('');
    sstInvalid('  \n');
    sstInvalid('<?xml version="1.0"?>');
    sstInvalid('<!-- only -->');
    sstInvalid(`<sst xmlns="${NS}">`);
    sstInvalid(`<sst xmlns="${NS}"><si><t>a</t></si>`);
    sstInvalid(`</sst>`);
  });
});

describe('tags', () => {
  test('self-closing in every spelling, and white space of every kind inside tags', () => {
    expect(
      strings(
        `<sst xmlns="${NS}"><si><t/></si><si><t /></si><si><t\txml:space="preserve"\r\n/></si><si\n><t\r>a</t\t></si\r\n></sst  >`,
      ),
    ).toEqual(['', '', '', 'a']);
  });

  test('a tag name ends at white space, `/` or `>`, whatever follows', () => {
    expect(
      strings(
        `<sst xmlns="${NS}"><si><t\rxml:space="preserve">a</t></si><si><t\nxml:space="preserve">b</t></si></sst>`,
      ),
    ).toEqual(['a', 'b']);
    expect(
      strings(
        `<sst xmlns="${NS}"><si><t\txml:space="preserve">c</t><t xml:space="preserve">d</t></si></sst>`,
      ),
    ).toEqual(['cd']);
  });

  test('prefixed elements close with the same prefix; local names are what the reader sees', () => {
    expect(
      strings(
        `<x:sst xmlns:x="${NS}"><x:si><x:t>a</x:t></x:si><x:si><x:r><x:t>b</x:t></x:r><y:x:t/></x:si></x:sst>`,
      ),
    ).toEqual(['a', 'b']);
    sstInvalid(`<x:sst xmlns:x="${NS}"><x:si><x:t>a</t></x:si></x:sst>`);
    sstInvalid(`<x:sst xmlns:x="${NS}"><x:si><x:t>a</y:t></x:si></x:sst>`);
  });

  test('closing tags must name the open element exactly, with only white space before `>`', () => {
    sstInvalid(`<sst xmlns="${NS}"><si><t>a</ta></si></sst>`);
    sstInvalid(`<sst xmlns="${NS}"><si><ta>a</t></si></sst>`);
    sstInvalid(`<sst xmlns="${NS}"><si><t>a</t x></si></sst>`);
    sstInvalid(`<sst xmlns="${NS}"><si><t>a</t/></si></sst>`);
    sstInvalid(`<sst xmlns="${NS}"><si><t>a</t`);
    sstInvalid(`<sst xmlns="${NS}"><si><t>a</></si></sst>`);
    sstInvalid(`<sst xmlns="${NS}"><si><t>a</si></t></sst>`);
  });

  test('broken start tags are refused', () => {
    sstInvalid(`<sst xmlns="${NS}"><si><t x="1"y="2">a</t></si></sst>`);
    sstInvalid(`<sst xmlns="${NS}"><si><t x=1>a</t></si></sst>`);
    sstInvalid(`<sst xmlns="${NS}"><si><t x>a</t></si></sst>`);
    sstInvalid(`<sst xmlns="${NS}"><si><t x="1>a</t></si></sst>`);
    sstInvalid(`<sst xmlns="${NS}"><si><t x="<">a</t></si></sst>`);
    sstInvalid(`<sst xmlns="${NS}"><si>< t>a</t></si></sst>`);
    sstInvalid(`<sst xmlns="${NS}"><si><1t>a</1t></si></sst>`);
    sstInvalid(`<sst xmlns="${NS}"><si><t / >a</t></si></sst>`);
    sstInvalid(`<sst xmlns="${NS}"><si><t`);
    sstInvalid(`<sst xmlns="${NS}"><si>a < b</si></sst>`);
    sstInvalid(`<sst xmlns="${NS}"><si>a <</si></sst>`);
  });

  test('a text run next to tags on both sides', () => {
    expect(strings(`<sst xmlns="${NS}"><si><t>a</t></si><si><t>b</t><t>c</t></si></sst>`)).toEqual([
      'a',
      'bc',
    ]);
  });
});

describe('attribute values', () => {
  test('named and numeric references resolve in a value', () => {
    expect(propertyNamed('name="a&lt;b&gt;c&amp;d&quot;e&apos;f&#65;&#x42;"')).toEqual([`a<b>c&d"e'fAB`]);
  });

  test('a raw tab, line feed, carriage return or CR LF in a value reads as one space', () => {
    expect(propertyNamed('name="a\tb\nc\rd\r\ne"')).toEqual(['a b c d e']);
  });

  test('with raw white space, references still resolve, and &#9; &#10; &#13; stay what they are', () => {
    expect(
      propertyNamed('name="a\tb&lt;&gt;&amp;&quot;&apos;&#65;&#x42;&#xe1;&#233;&#10;&#13;&#9;&#x1F600;z"'),
    ).toEqual([`a b<>&"'ABáé\n\r\t😀z`]);
    expect(propertyNamed('name="&amp;\n"')).toEqual(['& ']);
    expect(propertyNamed('name="\n"')).toEqual([' ']);
  });

  test('broken references in a value are refused, read or not', () => {
    for (const value of ['a&b', '&#0;', '&#xD800;', '&nbsp;', '&amp', '\t&#0;', '\n&bogus;', '&#x110000;']) {
      expectCustomPartRefused(
        `${PROPS_OPEN}<property fmtid="${FMTID}" pid="2" name="${value}"><vt:lpwstr>1</vt:lpwstr></property></Properties>`,
      );
      expectCustomPartRefused(
        `${PROPS_OPEN}<property fmtid="${FMTID}" pid="2" name="x" other="${value}"><vt:lpwstr>1</vt:lpwstr></property></Properties>`,
      );
    }
  });

  test('single and double quotes, the other kind inside, spaces around =', () => {
    expect(propertyNamed(`name='it"s'`)).toEqual(['it"s']);
    expect(propertyNamed(`name = "it's"`)).toEqual(["it's"]);
    expect(propertyNamed(`name\t=\n'a'`)).toEqual(['a']);
    expect(propertyNamed(`x="1" name='b' y='2'`)).toEqual(['b']);
    expect(propertyNamed(`x='"' name="c"`)).toEqual(['c']);
  });

  test('an attribute by local name: the unprefixed one first, else a prefixed one, never a longer name', () => {
    expect(propertyNamed('vt:name="prefixed" name="plain"')).toEqual(['plain']);
    expect(propertyNamed('name="plain" vt:name="prefixed"')).toEqual(['plain']);
    expect(propertyNamed('vt:name="prefixed"')).toEqual(['prefixed']);
    expect(propertyNamed('vtname="x" vt:name="y"')).toEqual(['y']);
    expect(propertyNamed('names="x" nam="y" vt:names="z" vt:nam="w"')).toEqual([]);
    expect(propertyNamed('xname="x"')).toEqual([]);
  });

  test('duplicate attributes are refused; the same local name under two prefixes is not a duplicate', () => {
    expectCustomPartRefused(
      `${PROPS_OPEN}<property fmtid="${FMTID}" pid="2" name="a" name="a"><vt:lpwstr>1</vt:lpwstr></property></Properties>`,
    );
    expectCustomPartRefused(
      `${PROPS_OPEN}<property fmtid="${FMTID}" name="a" pid="2" pid="3"><vt:lpwstr>1</vt:lpwstr></property></Properties>`,
    );
    expectCustomPartRefused(
      `${PROPS_OPEN}<property fmtid="${FMTID}" pid="2" name="a"><vt:lpwstr a="1" b="2" a="3">1</vt:lpwstr></property></Properties>`,
    );
    expect(propertyNamed('name="a" vt:name="b" x:name="c" nam="d" namex="e"')).toEqual(['a']);
  });

  test('a cell reads its own `r` and `t`, exactly as written, not a prefixed one', () => {
    expect(cells('<row r="1"><c r="B1"><v>1</v></c><c x:r="E1" x:t="s"><v>2</v></c></row>')).toEqual({
      B1: { value: 1 },
      C1: { value: 2 },
    });
  });

  test("an element's attributes are not those of the element before it", () => {
    expect(cells('<row r="2"><c r="B2" t="b"><v>1</v></c><c><v>2</v></c></row>')).toEqual({
      B2: { value: true },
      C2: { value: 2 },
    });
  });
});

describe('more edges of the same rules', () => {
  test('`<!` followed by a declaration other than the document type is refused before the root too', () => {
    sstInvalid(`<!ELEMENT sst ANY><sst xmlns="${NS}"/>`);
    sstInvalid(`<!ATTLIST sst><sst xmlns="${NS}"/>`);
  });

  test('a document type whose single-quoted system identifier holds `>`', () => {
    expect(strings(`<!DOCTYPE sst SYSTEM 's>t.dtd'><sst xmlns="${NS}"><si><t>a</t></si></sst>`)).toEqual([
      'a',
    ]);
  });

  test("a cell after the worksheet's root element is refused, even one the fast path could read", () => {
    expectInvalid(
      () =>
        parseWorksheet(
          `<worksheet xmlns="${NS}"><sheetData/></worksheet><c r="A1"><v>1</v></c>`,
          SHEET,
          'Phiếu',
          [],
        ),
      SHEET,
    );
    expectInvalid(
      () =>
        parseWorksheet(
          `<worksheet xmlns="${NS}"><sheetData><row r="1"/></sheetData></worksheet>\n<c r="A1"/>`,
          SHEET,
          'Phiếu',
          [],
        ),
      SHEET,
    );
  });

  test('an element without attributes does not see those of an earlier element', () => {
    expect(
      properties(
        `<property name="a" fmtid="${FMTID}" pid="2"><vt:lpwstr>1</vt:lpwstr></property><property><vt:lpwstr>2</vt:lpwstr></property>`,
      ),
    ).toEqual({ a: '1' });
  });

  test('a value of one kind of raw white space only, or with one kind among other characters', () => {
    expect(propertyNamed('name="\t"')).toEqual([' ']);
    expect(propertyNamed('name="\n"')).toEqual([' ']);
    expect(propertyNamed('name="\r"')).toEqual([' ']);
    expect(propertyNamed('name="\r\n"')).toEqual([' ']);
    expect(propertyNamed('name="a\tb&amp;c"')).toEqual(['a b&c']);
    expect(propertyNamed('name="a\nb&amp;c"')).toEqual(['a b&c']);
    expect(propertyNamed('name="a\rb&amp;c"')).toEqual(['a b&c']);
  });

  test('a CDATA section nobody reads may hold `&` and `<`', () => {
    expect(strings(`<sst xmlns="${NS}"><si><![CDATA[a & b < c]]><t>x</t></si><![CDATA[&]]></sst>`)).toEqual([
      'x',
    ]);
  });

  test('element names: only the first colon splits off the prefix, a leading colon is part of the name', () => {
    expect(
      strings(`<sst xmlns="${NS}"><si><y:x:t>z</y:x:t><t>b</t></si><si><:t>c</:t><t>d</t></si></sst>`),
    ).toEqual(['b', 'd']);
  });

  test('a self-closing element without attributes opens and closes (an empty shared string)', () => {
    expect(strings(`<sst xmlns="${NS}"><si/><si><t>a</t></si><si/></sst>`)).toEqual(['', 'a', '']);
  });

  test('a duplicate attribute written with other spacing is still a duplicate', () => {
    expectCustomPartRefused(
      `${PROPS_OPEN}<property fmtid="${FMTID}" pid="2" name ="a" name="a"><vt:lpwstr>1</vt:lpwstr></property></Properties>`,
    );
  });

  test('a closing tag with nothing open is refused, whatever its name', () => {
    sstInvalid(`<sst xmlns="${NS}"/></undefined>`);
    sstInvalid(`</undefined><sst xmlns="${NS}"/>`);
  });
});

describe('text right before the end of a part cut short', () => {
  test('is not taken for `]]>`: the refusal names the cell written twice that the last tag opens', () => {
    const error = refusal(() =>
      parseWorksheet(
        `<worksheet xmlns="${NS}"><sheetData><row r="1"><c r="B1"><v>1</v></c><c r="A1"><v>2</v></c>\n<c>`,
        SHEET,
        'Phiếu',
        [],
      ),
    );
    expect(error).toBeInstanceOf(FileReadError);
    expect(error).toMatchObject({
      code: 'corrupt',
      params: { detail: { why: 'cell-twice', sheet: 'Phiếu', cell: 'B1' } },
      message: 'trang “Phiếu” ghi ô B1 hai lần (mã tệp bất thường, không biết giá trị nào đúng).',
    });
  });
});

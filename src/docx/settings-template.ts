/**
 * The Sở's Word template of fixed text: a .docx holding one table "Mục | Nội dung | Ghi chú" that
 * the Sở edits in Word (issuing body, signatory, nơi nhận, numbering, the commendation rule) and
 * passes back with --docx-template. The product writes the default one; reading it back is strict:
 * an unknown item or band is reported by its row, never guessed.
 */
import { Document, Packer, type Paragraph, type Table } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import type { Regime } from '../core/regime/types';
import type { DocumentHeader, DocumentSettings } from '../core/documents/settings';
import { grid } from './grid';
import { body, DOCUMENT_STYLES, line, PORTRAIT_TEXT_MM, section } from './official';

interface Item {
  label: string;
  note: string;
  get: (s: DocumentSettings, regime: Regime) => string[];
  /** Applies the lines; returns a Vietnamese problem or null. */
  set: (s: DocumentSettings, lines: string[], regime: Regime) => string | null;
}

type HeaderKey = 'report' | 'decision' | 'notice';
const DOCS: { key: HeaderKey; name: string }[] = [
  { key: 'report', name: 'Báo cáo' },
  { key: 'decision', name: 'Quyết định' },
  { key: 'notice', name: 'Thông báo' },
];

const one = (lines: string[]) => lines.join(' ').trim();

function headerItems(key: HeaderKey, name: string): Item[] {
  const h = (s: DocumentSettings): DocumentHeader => s[key];
  return [
    {
      label: `${name}: cơ quan chủ quản`,
      note: 'Chữ in hoa; để trống nếu không có.',
      get: (s) => [h(s).parentBody],
      set: (s, l) => ((h(s).parentBody = one(l)), null),
    },
    {
      label: `${name}: cơ quan ban hành`,
      note: 'Chữ in hoa.',
      get: (s) => [h(s).issuingBody],
      set: (s, l) => (one(l) === '' ? 'cần tên cơ quan ban hành' : ((h(s).issuingBody = one(l)), null)),
    },
    {
      label: `${name}: ký hiệu`,
      note: 'Phần sau “Số: …/”, ví dụ BC-STTTT.',
      get: (s) => [h(s).symbol],
      set: (s, l) => (one(l) === '' ? 'cần ký hiệu văn bản' : ((h(s).symbol = one(l)), null)),
    },
    {
      label: `${name}: chức danh người ký`,
      note: 'Mỗi dòng một chức danh, ví dụ KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC.',
      get: (s) => h(s).signature.titles,
      set: (s, l) => ((h(s).signature.titles = l), null),
    },
    {
      label: `${name}: họ tên người ký`,
      note: 'Để trống để ký và ghi tay.',
      get: (s) => [h(s).signature.name],
      set: (s, l) => ((h(s).signature.name = one(l)), null),
    },
    {
      label: `${name}: nơi nhận`,
      note: 'Mỗi dòng một nơi nhận, kết thúc bằng dấu chấm phẩy; dòng cuối “Lưu: VT.”.',
      get: (s) => h(s).recipients,
      set: (s, l) => ((h(s).recipients = l), null),
    },
  ];
}

const ITEMS: Item[] = [
  {
    label: 'Địa danh',
    note: 'Ghi trước ngày tháng, ví dụ Thanh Hóa.',
    get: (s) => [s.place],
    set: (s, l) => (one(l) === '' ? 'cần địa danh' : ((s.place = one(l)), null)),
  },
  {
    label: 'Báo cáo: kính gửi',
    note: 'Nơi nhận báo cáo.',
    get: (s) => [s.addressee],
    set: (s, l) => ((s.addressee = one(l)), null),
  },
  ...DOCS.flatMap((d) => headerItems(d.key, d.name)),
  {
    label: 'Quyết định: căn cứ',
    note: 'Mỗi dòng một căn cứ, trước căn cứ quy định xếp hạng (điền tự động).',
    get: (s) => s.decisionGrounds,
    set: (s, l) => ((s.decisionGrounds = l), null),
  },
  {
    label: 'Khen thưởng: xếp loại được đề xuất',
    note: 'Các xếp loại, cách nhau bởi dấu phẩy; mặc định chỉ xếp loại cao nhất.',
    get: (s, regime) => [
      s.commendation.bandIds.map((id) => regime.bands.find((b) => b.id === id)?.label ?? id).join(', '),
    ],
    set: (s, l, regime) => {
      const labels = one(l)
        .split(/[,;]/)
        .map((x) => x.trim())
        .filter((x) => x !== '');
      const ids: string[] = [];
      for (const label of labels) {
        const band = regime.bands.find(
          (b) => b.label.toLocaleLowerCase('vi') === label.toLocaleLowerCase('vi'),
        );
        if (!band) return `không có xếp loại “${label}” (có: ${regime.bands.map((b) => b.label).join(', ')})`;
        ids.push(band.id);
      }
      s.commendation.bandIds = ids;
      return null;
    },
  },
  {
    label: 'Khen thưởng: số đơn vị tối đa mỗi bảng',
    note: 'Một số nguyên dương; để trống là không giới hạn. Đơn vị được chọn theo thứ tự xếp hạng.',
    get: (s) => [s.commendation.maxPerGroup === null ? '' : String(s.commendation.maxPerGroup)],
    set: (s, l) => {
      const t = one(l);
      if (t === '') return ((s.commendation.maxPerGroup = null), null);
      if (!/^\d+$/.test(t) || Number(t) < 1) return `“${t}” không phải số nguyên dương`;
      s.commendation.maxPerGroup = Number(t);
      return null;
    },
  },
];

const HEADERS = ['Mục', 'Nội dung', 'Ghi chú'];
const norm = (t: string) => t.normalize('NFC').replace(/\s+/g, ' ').trim();

/** The default template, filled with `settings`, as .docx bytes. */
export async function settingsTemplateBytes(settings: DocumentSettings, regime: Regime): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [
    line('MẪU THÔNG TIN CỐ ĐỊNH CỦA VĂN BẢN XẾP HẠNG CNTT', { bold: true, after: 6 }),
    body(
      'Sửa cột “Nội dung” rồi lưu tệp (.docx) và dùng với tùy chọn --docx-template của lệnh report. Không sửa cột “Mục”; mục bỏ trống dòng thì giữ giá trị mặc định nếu là mục bắt buộc. Mỗi dòng của ô là một dòng của văn bản.',
      { size: 13 },
    ),
    grid(
      [
        { header: HEADERS[0] ?? '', widthMm: 50, align: 'left' },
        { header: HEADERS[1] ?? '', widthMm: 65, align: 'left' },
        { header: HEADERS[2] ?? '', widthMm: PORTRAIT_TEXT_MM - 115, align: 'left' },
      ],
      ITEMS.map((i) => [i.label, i.get(settings, regime).join('\n'), i.note]),
      12,
    ),
  ];
  return Packer.pack(
    new Document({
      title: 'Mẫu thông tin cố định',
      styles: DOCUMENT_STYLES,
      sections: [section(children, 'portrait', true)],
    }),
    'uint8array',
  );
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The lines of a cell as Word saved it: paragraphs (and manual line breaks), runs joined. */
function cellLines(xml: string): string[] {
  return xml
    .split(/<\/w:p>|<w:br\/>/)
    .map((p) =>
      norm(
        [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)]
          .map((m) => (m[0] === '<w:tab/>' ? ' ' : decode(m[1] ?? '')))
          .join(''),
      ),
    )
    .filter((l) => l !== '');
}

export function readSettingsTemplate(
  bytes: Uint8Array,
  fileName: string,
  defaults: DocumentSettings,
  regime: Regime,
): { ok: true; settings: DocumentSettings } | { ok: false; problems: string[] } {
  let xml: string;
  try {
    const part = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml'];
    if (!part) return { ok: false, problems: [`Tệp mẫu “${fileName}” không phải văn bản Word (.docx).`] };
    xml = strFromU8(part);
  } catch {
    return { ok: false, problems: [`Tệp mẫu “${fileName}” không phải văn bản Word (.docx) hoặc bị hỏng.`] };
  }
  const settings = structuredClone(defaults);
  const problems: string[] = [];
  const table = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)]
    .map((t) =>
      [...(t[1] ?? '').matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) =>
        [...r[0].matchAll(/<w:tc(?:\s[^>]*)?>([\s\S]*?)<\/w:tc>/g)].map((c) => cellLines(c[1] ?? '')),
      ),
    )
    .find(
      (rows) =>
        rows[0]
          ?.map((c) => c.join(' '))
          .slice(0, 2)
          .join('|') === HEADERS.slice(0, 2).join('|'),
    );
  if (!table)
    return {
      ok: false,
      problems: [
        `Tệp mẫu “${fileName}” không có bảng “${HEADERS.join(' | ')}” (hãy bắt đầu từ tệp mẫu do lệnh report --write-template tạo ra).`,
      ],
    };
  const seen = new Set<string>();
  table.slice(1).forEach((row, i) => {
    const label = norm((row[0] ?? []).join(' '));
    if (label === '') return;
    const item = ITEMS.find((x) => x.label === label);
    const where = `Tệp mẫu “${fileName}”, dòng ${i + 2} của bảng (“${label}”)`;
    if (!item) return problems.push(`${where}: không có mục này.`);
    if (seen.has(label)) return problems.push(`${where}: mục ghi hai lần.`);
    seen.add(label);
    const problem = item.set(settings, row[1] ?? [], regime);
    if (problem !== null) problems.push(`${where}: ${problem}.`);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, settings };
}

/**
 * The documents' fixed text and the commendation rule: what the Sở may change without code (its
 * Word template of settings overrides these defaults). Body text is composed by the renderers.
 */
import type { Regime } from '../regime/types';

export interface SignatureBlock {
  /** Lines in bold capitals, e.g. `TM. ỦY BAN NHÂN DÂN`, `KT. CHỦ TỊCH`, `PHÓ CHỦ TỊCH`. */
  titles: string[];
  /** The signatory's name; blank leaves space to write it. */
  name: string;
}

export interface DocumentHeader {
  /** The parent body (cơ quan chủ quản), capitals; blank when none. */
  parentBody: string;
  /** The issuing body (cơ quan ban hành), capitals. */
  issuingBody: string;
  /** The number and symbol after "Số: …/", e.g. `BC-STTTT`. */
  symbol: string;
  signature: SignatureBlock;
  recipients: string[];
}

export interface CommendationRule {
  /** Rating bands whose agencies are proposed, by band id of the regime. */
  bandIds: string[];
  /** At most this many per table (in rank order); null for no limit. */
  maxPerGroup: number | null;
}

export interface DocumentSettings {
  /** Place in the date line, e.g. `Thanh Hóa`. */
  place: string;
  /** Who the report is sent to ("Kính gửi: …"). */
  addressee: string;
  report: DocumentHeader;
  /** The decision's legal grounds ("Căn cứ …;") before the regulation itself. */
  decisionGrounds: string[];
  decision: DocumentHeader;
  notice: DocumentHeader;
  commendation: CommendationRule;
}

/** The default: every agency in the top band, in rank order, no limit. */
export function defaultCommendationRule(regime: Regime): CommendationRule {
  return { bandIds: regime.bands[0] ? [regime.bands[0].id] : [], maxPerGroup: null };
}

export function defaultSettings(regime: Regime): DocumentSettings {
  const province = regime.province.toLocaleUpperCase('vi');
  const so = regime.appraiser.name.toLocaleUpperCase('vi');
  const soHeader = (symbol: string, recipients: string[]): DocumentHeader => ({
    parentBody: `UBND TỈNH ${province}`,
    issuingBody: so,
    symbol,
    signature: { titles: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], name: '' },
    recipients,
  });
  return {
    place: regime.province,
    addressee: `Ủy ban nhân dân tỉnh ${regime.province}`,
    report: soHeader('BC-STTTT', ['Như trên;', 'Giám đốc Sở (để b/c);', 'Lưu: VT.']),
    decisionGrounds: ['Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;'],
    decision: {
      parentBody: '',
      issuingBody: `ỦY BAN NHÂN DÂN TỈNH ${province}`,
      symbol: 'QĐ-UBND',
      signature: { titles: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], name: '' },
      recipients: ['Như Điều 3 Quyết định;', 'Chủ tịch, các PCT UBND tỉnh;', 'Lưu: VT.'],
    },
    notice: soHeader('TB-STTTT', ['Như trên;', 'Lưu: VT.']),
    commendation: defaultCommendationRule(regime),
  };
}

/** The rule as the documents state it, e.g. "các cơ quan, đơn vị xếp loại Tốt, theo thứ tự xếp hạng". */
export function describeCommendationRule(rule: CommendationRule, regime: Regime): string {
  const labels = rule.bandIds.map((id) => regime.bands.find((b) => b.id === id)?.label ?? id);
  // With no band chosen nobody is proposed; say so rather than naming an empty band list.
  if (labels.length === 0) return 'chưa chọn xếp loại nào được đề xuất khen thưởng';
  const bands = labels.join(', ');
  const limit = rule.maxPerGroup === null ? '' : `, tối đa ${rule.maxPerGroup} đơn vị mỗi bảng`;
  return `các cơ quan, đơn vị xếp loại ${bands}, theo thứ tự xếp hạng${limit}`;
}

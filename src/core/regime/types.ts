/**
 * A ranking regime: who is ranked, on which criteria, with which caps and rating bands.
 * QĐ 4289/QĐ-UBND (2016) is the built-in one; a later regime is a new data file, not new code.
 */

/** Identifier of an agency group inside a regime, e.g. `so` or `huyen`. */
export type GroupId = string;

export interface RatingBand {
  /** Stable id, e.g. `tot`. */
  id: string;
  /** Label shown to users and written into sheets, e.g. `Tốt`. */
  label: string;
  /** Lower bound (inclusive) in hundredths of a point; `null` for the lowest band. */
  minHundredths: number | null;
}

export interface RegimeCriterion {
  /** 1-based number of the criterion inside its group. */
  number: number;
  title: string;
  capHundredths: number;
}

export interface AgencyGroup {
  id: GroupId;
  /** Plural name of the group, e.g. `Sở, ban, ngành cấp tỉnh`. */
  name: string;
  /** Number of the ranking table, e.g. 1 for "Bảng 1". */
  tableNumber: number;
  /** Title of the ranking table; `{year}` is replaced by the year. */
  tableTitle: string;
  criteria: RegimeCriterion[];
}

export interface Regime {
  id: string;
  /** The legal act, e.g. `Quyết định số 4289/QĐ-UBND ngày 01/11/2016 của Chủ tịch UBND tỉnh Thanh Hóa`. */
  legalBasis: string;
  /** The appraising body, e.g. `Sở Thông tin và Truyền thông`. */
  appraiser: { name: string; shortName: string };
  province: string;
  totalHundredths: number;
  /** Ordered from the highest band to the lowest. */
  bands: RatingBand[];
  groups: AgencyGroup[];
}

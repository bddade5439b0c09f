/**
 * Where a problem is, as plain data: the file, then the sheet and cell, or the row and column of a
 * table, or the field of a record, or the item of a template file. Messages are prefixed with its
 * Vietnamese reading (whereText).
 */

/** What kind of file `file` names; it decides how messages call it. */
export type FileKind = 'workbook' | 'roster' | 'consolidation';

export interface Where {
  /** The file's name as the user chose it. */
  file?: string;
  /** Default `workbook` (a returned form or any .xlsx read as one). */
  fileKind?: FileKind;
  sheet?: string;
  /** A1 address without `$`, e.g. `D14`. */
  cell?: string;
  /** Defined name of the cell, e.g. `TC_2_3`. */
  name?: string;
  /** 1-based row or line number as the user sees it. */
  row?: number;
  /** Column letter or header, as the user sees it. */
  column?: string;
  /** The code identifying the row's record, e.g. an agency code in a roster. */
  record?: string;
  /** Sub-criterion code, e.g. `2.3`; named only when no cell is (the cell's defined name names it). */
  criterion?: string;
  /** Field of a record, e.g. `score` or `evidence` of an entry (for tools; not shown). */
  field?: string;
  /** Path in a JSON document, e.g. `groups.so.criteria[1]` (for tools; not shown). */
  path?: string;
  /** The item of a template file the problem concerns, shown after the place (“Tiêu chí 2 (nhóm “Sở, ban, ngành cấp tỉnh”)”). */
  item?: TemplateItem;
}

/**
 * A group of a template file: by its id, with the regime's name for it when the regime knows the id (the name
 * is what people know the group by), or by its 0-based position when it has no id.
 */
export type GroupRef = { id: string; name?: string } | { index: number };

/** An item of a template file, as its validator found it (numbers and codes may be missing in a bad file). */
export type TemplateItem =
  | { kind: 'template' }
  | { kind: 'group'; group: GroupRef }
  | { kind: 'criterion'; group: GroupRef; number?: number; index: number }
  /** `criterion`: named beside the position when the code is missing and the criterion is known. */
  | { kind: 'sub-criterion'; group: GroupRef; code?: string; index: number; criterion?: number }
  | { kind: 'figure'; group: GroupRef; key?: string; index: number }
  | { kind: 'check'; group: GroupRef; index: number };

const FILE_LABEL: Record<FileKind, string> = {
  workbook: 'Tệp',
  roster: 'Tệp danh sách đơn vị',
  consolidation: 'Tệp tổng hợp',
};

/** `Tệp “a.xlsx”` or `Tệp danh sách đơn vị “don-vi.csv”`: how messages name a file. */
export function fileLabel(file: string, kind: FileKind = 'workbook'): string {
  return `${FILE_LABEL[kind]} “${file}”`;
}

/** `nhóm “Sở, ban, ngành cấp tỉnh”`, `nhóm “xyz”` for an id the regime does not know, or `nhóm thứ 2` without an id. */
export function groupText(group: GroupRef): string {
  return 'id' in group ? `nhóm “${group.name ?? group.id}”` : `nhóm thứ ${group.index + 1}`;
}

/** `Tiêu chí thành phần 2.3 (nhóm “Sở, ban, ngành cấp tỉnh”)`: how template problems name what they concern. */
export function itemText(item: TemplateItem): string {
  const nth = (index: number): string => `thứ ${index + 1}`;
  switch (item.kind) {
    case 'template':
      return 'Tệp mẫu phiếu';
    case 'group': {
      const group = groupText(item.group);
      return group.charAt(0).toUpperCase() + group.slice(1);
    }
    case 'criterion':
      return `Tiêu chí ${item.number ?? nth(item.index)} (${groupText(item.group)})`;
    case 'sub-criterion': {
      const of = item.criterion === undefined ? '' : ` của tiêu chí ${item.criterion}`;
      return `Tiêu chí thành phần ${item.code ?? nth(item.index) + of} (${groupText(item.group)})`;
    }
    case 'figure':
      return `Số liệu ${item.key === undefined ? nth(item.index) : `“${item.key}”`} (${groupText(item.group)})`;
    case 'check':
      return `Kiểm tra lôgic ${nth(item.index)} (${groupText(item.group)})`;
  }
}

/** `Tệp “a.xlsx”, trang “Phiếu”, ô D14 (TC_2_3)`, `Dòng 5 (mã SO-A)`, `Tiêu chí 2.3`; '' when nowhere. */
export function whereText(where: Where): string {
  const parts: string[] = [];
  if (where.file !== undefined) parts.push(fileLabel(where.file, where.fileKind));
  if (where.sheet !== undefined) parts.push(`trang “${where.sheet}”`);
  if (where.cell !== undefined)
    parts.push(`ô ${where.cell}${where.name !== undefined ? ` (${where.name})` : ''}`);
  if (where.row !== undefined) parts.push(`dòng ${where.row}`);
  if (where.column !== undefined) parts.push(`cột ${where.column}`);
  if (where.criterion !== undefined && where.cell === undefined) parts.push(`tiêu chí ${where.criterion}`);
  let text = parts.join(', ');
  if (where.record !== undefined) text += ` (mã ${where.record})`;
  text = text.charAt(0).toUpperCase() + text.slice(1);
  // The template item reads as the subject of the message: `Trang “…”, dòng 5, cột E: Tiêu chí 2 (nhóm “…”)`.
  if (where.item === undefined) return text;
  return text === '' ? itemText(where.item) : `${text}: ${itemText(where.item)}`;
}

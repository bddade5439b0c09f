/**
 * Finds the workbook part of a package through its relationships, after refusing packages that
 * are not plain spreadsheets: macro-enabled (.xlsm/.xltm), binary (.xlsb), OpenDocument (.ods),
 * other Office documents, or an empty zip.
 */
import {
  contentTypeOf,
  isBinaryWorkbookType,
  isMacroEnabledType,
  parseContentTypes,
  type ContentTypes,
} from './content-types';
import type { PackageParts } from './package-parts';
import { refuse } from './read-error';
import { hasType, parseRelationships, type Relationship } from './relationships';

export interface LocatedWorkbook {
  workbookPart: string;
  /** Relationships of the package root (`_rels/.rels`). */
  rootRels: Relationship[];
}

const DEFAULT_WORKBOOK_PART = 'xl/workbook.xml';

function refuseMacros(parts: PackageParts, types: ContentTypes | null): void {
  const vba = parts.names().find((n) => /(^|\/)vbaproject\.bin$/i.test(n));
  if (vba) refuse('macro-enabled', `tệp chứa macro VBA (“${vba}”).`);
  if (!types) return;
  for (const [part, type] of [...types.overrides.entries()]) {
    if (/macrosheet/i.test(type)) refuse('macro-enabled', `tệp chứa trang macro Excel 4.0 (“${part}”).`);
    if (isMacroEnabledType(type)) refuse('macro-enabled', 'tệp là sổ làm việc có macro (.xlsm/.xltm).');
  }
}

function refuseOtherPackages(parts: PackageParts): never {
  const mimetype = parts.textOf('mimetype');
  if (mimetype !== null && mimetype.includes('opendocument.spreadsheet')) {
    refuse(
      'no-workbook-part',
      'tệp là bảng tính OpenDocument (.ods), không phải .xlsx; hãy lưu lại dạng “Excel 2007-365 (.xlsx)”.',
    );
  }
  if (parts.has('xl/workbook.bin')) {
    refuse(
      'no-workbook-part',
      'tệp là sổ làm việc nhị phân Excel (.xlsb), không phải .xlsx; hãy lưu lại dạng “Excel Workbook (.xlsx)”.',
    );
  }
  if (parts.has('word/document.xml'))
    refuse('no-workbook-part', 'tệp là tài liệu Word (.docx), không phải tệp Excel.');
  if (parts.has('ppt/presentation.xml'))
    refuse('no-workbook-part', 'tệp là bản trình chiếu PowerPoint (.pptx), không phải tệp Excel.');
  if (parts.size === 0) refuse('no-workbook-part', 'tệp nén rỗng, không có sổ làm việc Excel nào bên trong.');
  return refuse('no-workbook-part', 'tệp nén không chứa sổ làm việc Excel (thiếu phần xl/workbook.xml).');
}

export function locateWorkbook(parts: PackageParts): LocatedWorkbook {
  const typesText = parts.textOf('[Content_Types].xml');
  const types = typesText === null ? null : parseContentTypes(typesText);
  refuseMacros(parts, types);

  const rootRelsText = parts.textOf('_rels/.rels');
  const rootRels = rootRelsText === null ? [] : parseRelationships(rootRelsText, '_rels/.rels', '');
  const officeDocument = rootRels.find(
    (r) => !r.external && hasType(r, 'officeDocument') && parts.has(r.target),
  );
  const workbookPart =
    officeDocument?.target ?? (parts.has(DEFAULT_WORKBOOK_PART) ? DEFAULT_WORKBOOK_PART : null);
  if (workbookPart === null || /\.bin$/i.test(workbookPart)) return refuseOtherPackages(parts);
  const type = types ? contentTypeOf(types, workbookPart) : undefined;
  if (type !== undefined && isBinaryWorkbookType(type)) return refuseOtherPackages(parts);
  if (type !== undefined && !/spreadsheetml|ms-excel/i.test(type)) return refuseOtherPackages(parts);
  return { workbookPart, rootRels };
}

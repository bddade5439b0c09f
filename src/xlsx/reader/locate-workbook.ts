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
  if (vba) refuse('macro-enabled', { why: 'vba', part: vba });
  if (!types) return;
  for (const [part, type] of [...types.overrides.entries()]) {
    if (/macrosheet/i.test(type)) refuse('macro-enabled', { why: 'macro-sheet', part });
    if (isMacroEnabledType(type)) refuse('macro-enabled', { why: 'macro-workbook' });
  }
}

function refuseOtherPackages(parts: PackageParts): never {
  const mimetype = parts.textOf('mimetype');
  if (mimetype !== null && mimetype.includes('opendocument.spreadsheet')) {
    refuse('no-workbook-part', { why: 'ods' });
  }
  if (parts.has('xl/workbook.bin')) {
    refuse('no-workbook-part', { why: 'xlsb' });
  }
  if (parts.has('word/document.xml')) refuse('no-workbook-part', { why: 'docx' });
  if (parts.has('ppt/presentation.xml')) refuse('no-workbook-part', { why: 'pptx' });
  if (parts.size === 0) refuse('no-workbook-part', { why: 'empty-zip' });
  return refuse('no-workbook-part', { why: 'no-workbook-xml' });
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

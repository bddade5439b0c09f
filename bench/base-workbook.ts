/** One empty survey per group, written by the project's writer, cut open for filling. */
import { unzipSync } from 'fflate';
import { builtInRegime } from '../src/core/regime/load';
import type { GroupId } from '../src/core/regime/types';
import { META_SHEET } from '../src/core/sheet/metadata';
import { buildSurveyWorkbook, FORM_SHEET, type SurveyLayout } from '../src/core/sheet/survey';
import type { SurveyTemplate } from '../src/core/template/types';
import { writeWorkbook } from '../src/xlsx/write-workbook';
import { SheetTemplate } from './sheet-template';

export interface BaseWorkbook {
  groupId: GroupId;
  layout: SurveyLayout;
  parts: Record<string, Uint8Array>;
  formPart: string;
  form: SheetTemplate;
  sharedStrings: string;
  sharedStringCount: number;
  /** The parts the reader inflates, for the floor measurement. */
  readerParts: string[];
}

const decoder = new TextDecoder();

/** Part name of a sheet, from workbook.xml and its relationships. */
function sheetPart(parts: Record<string, Uint8Array>, sheetName: string): string {
  const workbook = decoder.decode(parts['xl/workbook.xml']);
  const rels = decoder.decode(parts['xl/_rels/workbook.xml.rels']);
  const sheet = new RegExp(`<sheet [^>]*name="${sheetName}"[^>]*r:id="([^"]+)"`).exec(workbook);
  const rel = sheet
    ? (new RegExp(`<Relationship [^>]*Id="${sheet[1]}"[^>]*Target="([^"]+)"`).exec(rels) ??
      new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${sheet[1]}"`).exec(rels))
    : null;
  if (!rel?.[1]) throw new Error(`sheet ${sheetName} not found in the base workbook`);
  return rel[1].startsWith('/') ? rel[1].slice(1) : `xl/${rel[1]}`;
}

export async function baseWorkbook(template: SurveyTemplate, groupId: GroupId): Promise<BaseWorkbook> {
  const { spec, layout } = buildSurveyWorkbook({ regime: builtInRegime, template, groupId });
  const parts = unzipSync(await writeWorkbook(spec));
  const formPart = sheetPart(parts, FORM_SHEET);
  const metaPart = sheetPart(parts, META_SHEET);
  const addresses = [
    ...layout.rows.flatMap((r) => [r.scoreCell, r.evidenceCell, r.countedCell]),
    ...layout.criterionRows.map((c) => c.subtotalCell),
    layout.totalCell,
    layout.ratingCell,
    layout.agencyCodeCell,
    layout.agencyNameCell,
  ];
  const sharedStrings = decoder.decode(parts['xl/sharedStrings.xml']);
  const count = /uniqueCount="(\d+)"/.exec(sharedStrings);
  const readerParts = [
    '[Content_Types].xml',
    '_rels/.rels',
    'xl/workbook.xml',
    'xl/_rels/workbook.xml.rels',
    'xl/sharedStrings.xml',
    'docProps/custom.xml',
    formPart,
    metaPart,
  ];
  return {
    groupId,
    layout,
    parts,
    formPart,
    form: new SheetTemplate(decoder.decode(parts[formPart]), addresses),
    sharedStrings,
    sharedStringCount: count ? Number(count[1]) : (sharedStrings.match(/<si>/g) ?? []).length,
    readerParts: readerParts.filter((p) => parts[p] !== undefined),
  };
}

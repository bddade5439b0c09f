/**
 * Finds a returned workbook's metadata: the very hidden sheet and/or the `XHCNTT.` custom
 * properties. The sheet wins where both exist (it also holds the template JSON); keys that
 * disagree are reported, since a copied property set is a sign of a file assembled from two forms.
 */
import { META_KEYS, META_SHEET, readMetadata, readMetadataProperties } from '../sheet/metadata';
import type { ReturnedWorkbook } from '../returned/types';

export interface FoundMetadata {
  meta: Record<string, string>;
  /** Keys present in both places with different values. */
  disagreeing: string[];
}

export function findMetadata(wb: ReturnedWorkbook): FoundMetadata | null {
  const sheetCells = wb.cells[META_SHEET];
  const fromSheet = sheetCells ? readMetadata(sheetCells) : {};
  const fromProps = readMetadataProperties(wb.customProperties);
  const hasSheet = Object.keys(fromSheet).length > 0;
  const hasProps = Object.keys(fromProps).length > 0;
  if (!hasSheet && !hasProps) return null;
  const disagreeing: string[] = [];
  if (hasSheet && hasProps) {
    for (const [key, value] of Object.entries(fromProps)) {
      if (key.startsWith(META_KEYS.templateJson)) continue;
      const other = fromSheet[key];
      if (other !== undefined && other.trim() !== value.trim()) disagreeing.push(key);
    }
  }
  return { meta: { ...fromProps, ...fromSheet }, disagreeing };
}

/** Consolidation workbooks carry this `kind`; a survey form has none. */
export const CONSOLIDATION_KIND = 'consolidation';
export const KIND_KEY = 'kind';

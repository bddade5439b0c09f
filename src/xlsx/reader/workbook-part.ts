/** `xl/workbook.xml`: the sheets (name, state, part relationship) and the defined names. */
import type { SheetVisibility } from '../../core/sheet/spec';
import { refuse } from './read-error';
import { attr, parseXml } from './xml';

export interface WorkbookSheet {
  name: string;
  visibility: SheetVisibility;
  relId: string;
}

export interface RawDefinedName {
  name: string;
  text: string;
  /** Set for sheet-local names (index into the sheets list). */
  localSheetId: number | null;
}

export interface WorkbookPart {
  sheets: WorkbookSheet[];
  definedNames: RawDefinedName[];
}

function visibilityOf(state: string | undefined): SheetVisibility {
  if (state === 'hidden') return 'hidden';
  if (state === 'veryHidden') return 'veryHidden';
  return 'visible';
}

/** Two sheets or two names of the same scope that Excel would treat as one (it compares case-insensitively). */
function refuseDuplicates(parts: WorkbookPart): void {
  const sheetNames = new Set<string>();
  for (const s of parts.sheets) {
    const key = s.name.toLocaleUpperCase('vi');
    if (sheetNames.has(key)) refuse('corrupt', { why: 'sheet-twice', sheet: s.name });
    sheetNames.add(key);
  }
  const names = new Set<string>();
  for (const n of parts.definedNames) {
    const key = `${n.localSheetId ?? ''}|${n.name.toUpperCase()}`;
    if (names.has(key)) refuse('corrupt', { why: 'name-twice', name: n.name });
    names.add(key);
  }
}

export function parseWorkbookPart(text: string, partName: string): WorkbookPart {
  const sheets: WorkbookSheet[] = [];
  const definedNames: RawDefinedName[] = [];
  let current: RawDefinedName | null = null;
  parseXml(text, partName, {
    open(name, attributes) {
      if (name === 'sheet') {
        sheets.push({
          name: (attr(attributes, 'name') ?? '').normalize('NFC'),
          visibility: visibilityOf(attr(attributes, 'state')),
          relId: attr(attributes, 'id') ?? '',
        });
      } else if (name === 'definedName') {
        const local = attr(attributes, 'localSheetId');
        current = {
          name: attr(attributes, 'name') ?? '',
          text: '',
          localSheetId: local === undefined ? null : Number(local),
        };
      }
    },
    text(t) {
      if (current) current.text += t;
    },
    close(name) {
      if (name === 'definedName' && current) {
        definedNames.push(current);
        current = null;
      }
    },
  });
  const parts = { sheets, definedNames };
  refuseDuplicates(parts);
  return parts;
}

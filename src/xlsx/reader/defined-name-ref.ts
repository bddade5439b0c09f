/**
 * Parses the text of a defined name (`'Phiếu'!$D$12`, `Phiếu!$D$12:$D$14`) into a sheet and an
 * address. Anything else (constants, formulas, unions, 3-D or external references, `#REF!`)
 * points nowhere usable and gives nulls.
 */

export interface NameTarget {
  sheet: string | null;
  address: string | null;
}

const UNUSABLE: NameTarget = { sheet: null, address: null };
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d{1,7}`;
const COLUMNS = String.raw`\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}`;
const ROWS = String.raw`\$?\d{1,7}:\$?\d{1,7}`;
const AREA = new RegExp(`^(?:${CELL}(?::${CELL})?|${COLUMNS}|${ROWS})$`);

function splitSheet(text: string): { sheet: string; rest: string } | null {
  if (text.startsWith("'")) {
    let i = 1;
    let sheet = '';
    while (i < text.length) {
      const ch = text[i] as string;
      if (ch === "'") {
        if (text[i + 1] === "'") {
          sheet += "'";
          i += 2;
          continue;
        }
        break;
      }
      sheet += ch;
      i++;
    }
    if (text[i + 1] !== '!') return null;
    // Sheet names cannot hold these: `'A:B'!` is a 3-D reference, `'[1]A'!` an external one.
    if (/[:[\]\\/?*]/.test(sheet)) return null;
    return { sheet, rest: text.slice(i + 2) };
  }
  const bang = text.indexOf('!');
  if (bang <= 0) return null;
  const sheet = text.slice(0, bang);
  // Unquoted sheet names cannot hold these; a 3-D (`A:B!`) or external (`[1]`) reference is not a cell.
  if (/[\s'![\]:,()=+\-*/&^<>"]/.test(sheet)) return null;
  return { sheet, rest: text.slice(bang + 1) };
}

export function parseNameTarget(text: string): NameTarget {
  const trimmed = text.trim().replace(/^=/, '');
  if (trimmed === '' || trimmed.includes('#REF!')) return UNUSABLE;
  const parts = splitSheet(trimmed);
  if (!parts) return UNUSABLE;
  const rest = parts.rest.trim();
  if (!AREA.test(rest)) return UNUSABLE;
  return { sheet: parts.sheet.normalize('NFC'), address: rest.replace(/\$/g, '').toUpperCase() };
}

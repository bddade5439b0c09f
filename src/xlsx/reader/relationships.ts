/** OPC relationship parts (`_rels/*.rels`): which part plays which role, by relationship type. */
import { attr, parseXml } from './xml';

export interface Relationship {
  id: string;
  type: string;
  /** Resolved part name, no leading `/`. */
  target: string;
  external: boolean;
}

/** Resolves a relationship target against the folder of the part that owns the .rels. */
export function resolvePartName(sourceFolder: string, target: string): string {
  const raw = target.replace(/\\/g, '/');
  const joined = raw.startsWith('/')
    ? raw.slice(1)
    : `${sourceFolder}${sourceFolder === '' || sourceFolder.endsWith('/') ? '' : '/'}${raw}`;
  const out: string[] = [];
  for (const segment of joined.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') out.pop();
    else out.push(segment);
  }
  let name = out.join('/');
  try {
    name = decodeURIComponent(name);
  } catch {
    // Not percent-encoded: keep as written.
  }
  return name;
}

/** `xl/workbook.xml` -> `xl/_rels/workbook.xml.rels`. */
export function relsPartFor(partName: string): string {
  const slash = partName.lastIndexOf('/');
  return `${partName.slice(0, slash + 1)}_rels/${partName.slice(slash + 1)}.rels`;
}

export function folderOf(partName: string): string {
  return partName.slice(0, partName.lastIndexOf('/') + 1);
}

export function parseRelationships(text: string, partName: string, sourceFolder: string): Relationship[] {
  const rels: Relationship[] = [];
  parseXml(text, partName, {
    open(name, attributes) {
      if (name !== 'Relationship') return;
      const id = attr(attributes, 'Id') ?? '';
      const type = attr(attributes, 'Type') ?? '';
      const target = attr(attributes, 'Target') ?? '';
      const external = (attr(attributes, 'TargetMode') ?? '').toLowerCase() === 'external';
      rels.push({ id, type, target: external ? target : resolvePartName(sourceFolder, target), external });
    },
  });
  return rels;
}

/** Relationship types end the same way in transitional and strict OOXML. */
export function hasType(rel: Relationship, suffix: string): boolean {
  return rel.type.endsWith(`/${suffix}`);
}

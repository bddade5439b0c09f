/** `[Content_Types].xml`: tells a macro-enabled or binary (.xlsb) workbook from a plain .xlsx. */
import { attr, parseXml } from './xml';

export interface ContentTypes {
  /** Part name (lower-case, no leading `/`) -> content type. */
  overrides: Map<string, string>;
  /** Extension (lower-case) -> content type. */
  defaults: Map<string, string>;
}

export function parseContentTypes(text: string): ContentTypes {
  const overrides = new Map<string, string>();
  const defaults = new Map<string, string>();
  parseXml(text, '[Content_Types].xml', {
    open(name, attributes) {
      const type = attr(attributes, 'ContentType') ?? '';
      if (name === 'Override') {
        const part = (attr(attributes, 'PartName') ?? '').replace(/^\/+/, '').toLowerCase();
        overrides.set(part, type);
      } else if (name === 'Default') {
        defaults.set((attr(attributes, 'Extension') ?? '').toLowerCase(), type);
      }
    },
  });
  return { overrides, defaults };
}

export function contentTypeOf(types: ContentTypes, partName: string): string | undefined {
  const key = partName.toLowerCase();
  const override = types.overrides.get(key);
  if (override !== undefined) return override;
  const dot = key.lastIndexOf('.');
  return dot < 0 ? undefined : types.defaults.get(key.slice(dot + 1));
}

export function isMacroEnabledType(type: string): boolean {
  return /macroenabled/i.test(type) && !/binary/i.test(type);
}

export function isBinaryWorkbookType(type: string): boolean {
  return /sheet\.binary/i.test(type);
}

/** `docProps/custom.xml`: custom document properties, every value as its text. */
import { attr, parseXml } from './xml';

export function parseCustomProperties(text: string, partName: string): Record<string, string> {
  const props: Record<string, string> = {};
  let current: string | null = null;
  let depth = 0;
  let value = '';
  parseXml(text, partName, {
    open(name, attributes) {
      if (name === 'property') {
        current = attr(attributes, 'name') ?? '';
        value = '';
        depth = 0;
      } else if (current !== null) {
        depth++;
      }
    },
    text(t) {
      if (current !== null && depth > 0) value += t;
    },
    close(name) {
      if (name === 'property' && current !== null) {
        if (current !== '') props[current] = value;
        current = null;
      } else if (current !== null) {
        depth--;
      }
    },
  });
  return props;
}

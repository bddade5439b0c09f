/** `xl/sharedStrings.xml`: the table cells of type `s` index into. */
import { RichTextCollector } from './rich-text';
import { parseXml } from './xml';

export function parseSharedStrings(text: string, partName: string): string[] {
  const strings: string[] = [];
  const collector = new RichTextCollector();
  let inItem = false;
  parseXml(text, partName, {
    open(name) {
      if (name === 'si') inItem = true;
      else if (inItem) collector.open(name);
    },
    text(t) {
      if (inItem) collector.text(t);
    },
    close(name) {
      if (name === 'si') {
        strings.push(collector.take());
        inItem = false;
      } else if (inItem) collector.close(name);
    },
  });
  return strings;
}

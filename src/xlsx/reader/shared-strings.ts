/** `xl/sharedStrings.xml`: the table cells of type `s` index into. */
import { detachedText } from './detached-text';
import { RichTextCollector } from './rich-text';
import { XML_END, XML_OPEN, XML_TEXT, XmlScanner } from './xml-scanner';

export function parseSharedStrings(text: string, partName: string): string[] {
  const strings: string[] = [];
  const collector = new RichTextCollector();
  let inItem = false;
  const xml = new XmlScanner(text, partName);
  for (let token = xml.next(); token !== XML_END; token = xml.next()) {
    if (token === XML_TEXT) {
      if (inItem && collector.wantsText) collector.text(xml.text());
    } else if (token === XML_OPEN) {
      if (xml.name === 'si') inItem = true;
      else if (inItem) collector.open(xml.name);
    } else if (xml.name === 'si') {
      // Kept apart from the part's text: a checked submission keeps some of them long after the file is read.
      strings.push(detachedText(collector.take()));
      inItem = false;
    } else if (inItem) {
      collector.close(xml.name);
    }
  }
  return strings;
}

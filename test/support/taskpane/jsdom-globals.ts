/**
 * What jsdom (26, under jest-environment-jsdom) lacks of the browser the pane runs in, filled in for
 * the hook tests only: Blob#arrayBuffer and Blob#text (read through jsdom's own FileReader), and
 * TextEncoder/TextDecoder (Node's).
 */
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'node:util';

function read<T>(blob: Blob, how: (reader: FileReader) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as T);
    reader.onerror = () => reject(reader.error);
    how(reader);
  });
}

if (typeof window !== 'undefined') {
  if (typeof Blob.prototype.arrayBuffer !== 'function')
    Blob.prototype.arrayBuffer = function (this: Blob) {
      return read<ArrayBuffer>(this, (r) => r.readAsArrayBuffer(this));
    };
  if (typeof Blob.prototype.text !== 'function')
    Blob.prototype.text = function (this: Blob) {
      return read<string>(this, (r) => r.readAsText(this));
    };
  if (typeof globalThis.TextEncoder === 'undefined')
    Object.assign(globalThis, { TextEncoder: NodeTextEncoder, TextDecoder: NodeTextDecoder });
}

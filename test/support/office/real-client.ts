/**
 * Microsoft's own Office.js client for Excel on the web (the debug build shipped in
 * @microsoft/office-js), loaded in a sandbox with a transport that records each request instead
 * of sending it. The adapter runs on it unchanged (global Excel/Office), so what it sends is
 * serialised by Microsoft's code, not by our double. Reads get fabricated answers describing a
 * new workbook (one empty sheet, no names or properties): enough for the write paths.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

const CLIENT = path.resolve(
  __dirname,
  '../../../node_modules/@microsoft/office-js/dist/excel-web-16.00.debug.js',
);

export interface RecordedRequest {
  /** UTF-8 bytes of the JSON body, as the client hands it to the host. */
  bytes: number;
  actions: number;
  body: RequestBody;
}

interface ObjectPath {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
}
interface Action {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
}
export interface RequestBody {
  Actions: Action[];
  ObjectPaths: Record<string, ObjectPath>;
}

export interface RealExcel {
  Excel: typeof Excel;
  requests: RecordedRequest[];
  /** Installs the client as the global Excel/Office/OfficeExtension of a host at `excelApi`. */
  install(excelApi: string): void;
}

let source: string | undefined;

/** Instantiate = 1, Query = 2 (the client's ActionType). */
const INSTANTIATE = 1;
const QUERY = 2;

/** Answers for a new workbook: one visible sheet, nothing else; every *OrNullObject is null. */
function fabricate(body: RequestBody, sheets: readonly string[]): { ActionId: number; Value: unknown }[] {
  const isNull = (id: number | undefined): boolean => {
    const p = id === undefined ? undefined : body.ObjectPaths[String(id)];
    return p !== undefined && (p.Name.endsWith('OrNullObject') || isNull(p.ParentObjectPathId));
  };
  const results: { ActionId: number; Value: unknown }[] = [];
  for (const a of body.Actions) {
    if (a.ActionType !== INSTANTIATE && a.ActionType !== QUERY) continue;
    const p = body.ObjectPaths[String(a.ObjectPathId)];
    if (isNull(a.ObjectPathId)) results.push({ ActionId: a.Id, Value: null });
    else if (a.ActionType !== QUERY || !p) continue;
    else if (p.Name === 'Worksheets')
      results.push({
        ActionId: a.Id,
        Value: { _Items: sheets.map((Name, i) => ({ Name, Visibility: 'Visible', Id: `{sheet-${i + 1}}` })) },
      });
    else if (p.Name === 'Names' || p.Name === 'Custom')
      results.push({ ActionId: a.Id, Value: { _Items: [] } });
    else if (p.Name === 'Protection') results.push({ ActionId: a.Id, Value: { Protected: false } });
  }
  return results;
}

export function loadRealExcel(): RealExcel {
  source ??= readFileSync(CLIENT, 'utf8');
  const noop = (): void => undefined;
  const sandbox: Record<string, unknown> = {
    console: { log: noop, warn: noop, error: noop, info: noop },
    setTimeout,
    clearTimeout,
    navigator: { userAgent: 'node' },
    location: { href: 'https://localhost/', protocol: 'https:', search: '', hash: '', hostname: 'localhost' },
    document: {
      createElement: () => ({ style: {}, setAttribute: noop, appendChild: noop }),
      getElementsByTagName: () => [],
      getElementById: () => null,
      addEventListener: noop,
      readyState: 'complete',
      cookie: '',
    },
    addEventListener: noop,
  };
  sandbox['window'] = sandbox;
  vm.createContext(sandbox);
  vm.runInContext(source, sandbox, { filename: 'excel-web-16.00.debug.js' });
  const ExcelNs = sandbox['Excel'] as typeof Excel;
  const OfficeExtensionNs = sandbox['OfficeExtension'] as { SessionBase: { _overrideSession: unknown } };
  const requests: RecordedRequest[] = [];
  const executor = {
    executeAsync: (_custom: unknown, _flags: number, message: { Body: RequestBody }) => {
      const text = JSON.stringify(message.Body);
      requests.push({
        bytes: Buffer.byteLength(text, 'utf8'),
        actions: message.Body.Actions.length,
        body: message.Body,
      });
      return Promise.resolve({
        ErrorCode: '',
        HttpStatusCode: 200,
        Headers: {},
        Body: { Results: fabricate(message.Body, ['Sheet1']) },
      });
    },
  };
  // The client's own seam: every RequestContext asks this session for its executor.
  OfficeExtensionNs.SessionBase._overrideSession = {
    _resolveRequestUrlAndHeaderInfo: () => Promise.resolve({ url: 'https://recorder.invalid/', headers: {} }),
    _createRequestExecutorOrNull: () => executor,
  };
  const install = (excelApi: string): void => {
    const [major = 1, minor = 1] = excelApi.split('.').map(Number);
    const g = globalThis as Record<string, unknown>;
    g['Excel'] = ExcelNs;
    g['OfficeExtension'] = OfficeExtensionNs;
    g['Office'] = {
      context: {
        requirements: {
          isSetSupported: (name: string, v = '1.1') => {
            const [ma = 1, mi = 1] = String(v).split('.').map(Number);
            return name === 'ExcelApi' && (major > ma || (major === ma && minor >= mi));
          },
        },
      },
    };
  };
  return { Excel: ExcelNs, requests, install };
}

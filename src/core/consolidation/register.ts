/**
 * The submission register: every roster agency with its status (received, late, rejected,
 * missing), followed by its other files (duplicates, replaced, rejected), then files of agencies
 * no longer in the roster and files that could not be attributed to any agency.
 */
import { tableOrder } from '../regime/load';
import type { Regime } from '../regime/types';
import type { Agency } from '../roster/types';
import { unexplainedAppraisals } from './appraisal-checks';
import type { RegisterStatus } from './labels';
import type { ConsolidationState, FileRecord } from './state';

export interface RegisterRow {
  agencyCode: string;
  agencyName: string;
  groupId: string;
  status: RegisterStatus;
  fileName: string;
  sha256: string;
  receivedAt: string;
  problems: string[];
}

function fileRow(f: FileRecord, agencyName: string, groupId: string): RegisterRow {
  return {
    agencyCode: f.agencyCode ?? '',
    agencyName,
    groupId,
    status: f.status,
    fileName: f.fileName,
    sha256: f.sha256,
    receivedAt: f.receivedAt,
    problems: f.problems,
  };
}

export function buildRegister(
  state: ConsolidationState,
  roster: readonly Agency[],
  regime: Regime,
): RegisterRow[] {
  const unexplained = new Map<string, string[]>();
  for (const u of unexplainedAppraisals(state))
    unexplained.set(u.agencyCode, [...(unexplained.get(u.agencyCode) ?? []), u.message]);
  const tableOf = (groupId: string) => tableOrder(regime, groupId);
  const agencies = roster
    .map((a, i) => ({ a, i }))
    .sort((x, y) => tableOf(x.a.group) - tableOf(y.a.group) || x.i - y.i);
  const rows: RegisterRow[] = [];
  const listed = new Set<string>();
  const sources = new Map(state.sources.map((s) => [s.agencyCode, s]));
  // Grouped once: looking each agency's files up by scanning all files made the register quadratic.
  const filesByCode = new Map<string | null, FileRecord[]>();
  for (const f of state.files) {
    const list = filesByCode.get(f.agencyCode);
    if (list) list.push(f);
    else filesByCode.set(f.agencyCode, [f]);
  }
  const filesOf = (code: string | null): readonly FileRecord[] => filesByCode.get(code) ?? [];

  const emit = (code: string, name: string, groupId: string) => {
    listed.add(code);
    const source = sources.get(code);
    const files = filesOf(code);
    if (source) {
      rows.push({
        agencyCode: code,
        agencyName: source.agencyName,
        groupId: source.groupId,
        status: source.late ? 'late' : 'received',
        fileName: source.fileName,
        sha256: source.sha256,
        receivedAt: source.receivedAt,
        problems: [...source.problems, ...(unexplained.get(code) ?? [])],
      });
    } else if (files.length === 0) {
      rows.push({
        agencyCode: code,
        agencyName: name,
        groupId,
        status: 'missing',
        fileName: '',
        sha256: '',
        receivedAt: '',
        problems: [],
      });
    }
    for (const f of files) rows.push(fileRow(f, source?.agencyName ?? name, source?.groupId ?? groupId));
  };
  for (const { a } of agencies) emit(a.code, a.name, a.group);
  for (const s of state.sources) if (!listed.has(s.agencyCode)) emit(s.agencyCode, s.agencyName, s.groupId);
  for (const f of state.files) {
    if (f.agencyCode !== null && !listed.has(f.agencyCode)) emit(f.agencyCode, '', '');
  }
  for (const f of filesOf(null)) rows.push(fileRow(f, '', ''));
  return rows;
}

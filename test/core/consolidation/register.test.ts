/** The register (“Sổ theo dõi”): every roster agency by table, then agencies and files the roster no longer has. */
import { buildRegister, type RegisterRow } from '../../../src/core/consolidation/register';
import { emptyState, type AgencySource, type FileRecord } from '../../../src/core/consolidation/state';
import type { Agency } from '../../../src/core/roster/types';
import { agencyOf, regime, template, YEAR } from '../../support/consolidation/forms';

const AT = '2026-11-10T00:00:00Z';

function source(a: Pick<Agency, 'code' | 'name' | 'group'>, fileName: string, late = false): AgencySource {
  return {
    agencyCode: a.code,
    agencyName: a.name,
    groupId: a.group,
    fileName,
    sha256: fileName.padEnd(64, '0'),
    receivedAt: AT,
    late,
    problems: [`Cảnh báo của ${fileName}`],
  };
}

function file(agencyCode: string | null, fileName: string, status: FileRecord['status']): FileRecord {
  return { fileName, sha256: fileName.padEnd(64, '1'), receivedAt: AT, status, agencyCode, problems: [] };
}

function missing(a: Agency): RegisterRow {
  return {
    agencyCode: a.code,
    agencyName: a.name,
    groupId: a.group,
    status: 'missing',
    fileName: '',
    sha256: '',
    receivedAt: '',
    problems: [],
  };
}

function fileRow(f: FileRecord, agencyName: string, groupId: string): RegisterRow {
  const { agencyCode, ...rest } = f;
  return { ...rest, agencyCode: agencyCode ?? '', agencyName, groupId };
}

describe('buildRegister', () => {
  // A roster listing a district first and the departments out of code order.
  const district = agencyOf('huyen', 0);
  const [d0, d1, d2, d3] = [3, 0, 2, 1].map((i) => agencyOf('so', i));
  if (!d0 || !d1 || !d2 || !d3) throw new Error('four departments');
  const roster = [district, d0, d1, d2, d3];
  const gone = { code: 'SO-DA-GIAI-THE', name: 'Sở đã giải thể', group: 'so' };
  const sources = [source(d1, 'so-1.xlsx'), source(gone, 'giai-the.xlsx', true)];
  const files = [
    file(d2.code, 'so-2-cu.xlsx', 'replaced'),
    file('SO-KHONG-CON', 'khong-con.xlsx', 'rejected'),
    file(null, 'khong-ro.xlsx', 'rejected'),
  ];
  const state = { ...emptyState(YEAR, template.regimeId, template.id, template.version), sources, files };

  it('lists Bảng 1 before Bảng 2 in roster order, then agencies and files no longer in the roster', () => {
    const [replaced, notListed, nobody] = files;
    if (!replaced || !notListed || !nobody) throw new Error('three files');
    expect(buildRegister(state, roster, regime)).toEqual([
      missing(d0),
      {
        agencyCode: d1.code,
        agencyName: d1.name,
        groupId: 'so',
        status: 'received',
        fileName: 'so-1.xlsx',
        sha256: 'so-1.xlsx'.padEnd(64, '0'),
        receivedAt: AT,
        problems: ['Cảnh báo của so-1.xlsx'],
      },
      fileRow(replaced, d2.name, 'so'),
      missing(d3),
      missing(district),
      {
        agencyCode: gone.code,
        agencyName: gone.name,
        groupId: 'so',
        status: 'late',
        fileName: 'giai-the.xlsx',
        sha256: 'giai-the.xlsx'.padEnd(64, '0'),
        receivedAt: AT,
        problems: ['Cảnh báo của giai-the.xlsx'],
      },
      fileRow(notListed, '', ''),
      fileRow(nobody, '', ''),
    ]);
  });
});

/**
 * Which roster agency a returned form belongs to. The code is the identity and the name a label:
 * names are compared with nameKey (Unicode form, tone-mark placement, case, spaces do not matter).
 * A known code with an unrecognised name is kept (warning); an unknown code with a recognised name
 * takes the roster code (warning); a code and a name that point at two different agencies, or
 * neither known, reject the file, because the form cannot be attributed safely.
 */
import type { Agency } from '../roster/types';
import type { AgencyGroup } from '../regime/types';
import { findAgencyByCode, matchAgencyByName } from '../roster/roster';
import { problem, type Place, type SubmissionProblem } from './problem';

export interface AgencyEvidence {
  code: string;
  name: string;
  /** Agency code the form was pre-filled for (metadata), may be empty. */
  prefilledCode: string;
  codePlace: Place;
  namePlace: Place;
}

export type AgencyResolution = { agency: Agency | null; problems: SubmissionProblem[] };

export function resolveAgency(
  fileName: string,
  evidence: AgencyEvidence,
  roster: readonly Agency[],
  formGroup: AgencyGroup,
  groupsById: (id: string) => AgencyGroup | undefined,
): AgencyResolution {
  const code = evidence.code.trim().toUpperCase();
  const name = evidence.name.trim();
  const byCode = code === '' ? undefined : findAgencyByCode([...roster], code);
  const byName = name === '' ? undefined : matchAgencyByName([...roster], name);
  const problems: SubmissionProblem[] = [];
  let agency: Agency | null = null;

  if (byCode) {
    if (byName && byName.code !== byCode.code) {
      problems.push(
        problem(
          'agency-code-name-conflict',
          'error',
          fileName,
          evidence.codePlace,
          `mã đơn vị “${code}” là của “${byCode.name}” nhưng tên đơn vị ghi “${name}” là của “${byName.name}” (mã ${byName.code}); không xác định được phiếu của đơn vị nào.`,
        ),
      );
      return { agency: null, problems };
    }
    if (name !== '' && !byName) {
      problems.push(
        problem(
          'agency-name-mismatch',
          'warning',
          fileName,
          evidence.namePlace,
          `tên đơn vị “${name}” không khớp với tên của mã ${byCode.code} (“${byCode.name}”); dùng theo mã đơn vị.`,
        ),
      );
    }
    agency = byCode;
  } else if (byName) {
    problems.push(
      code === ''
        ? problem(
            'agency-code-missing',
            'warning',
            fileName,
            evidence.codePlace,
            `thiếu mã đơn vị; nhận theo tên “${name}” là ${byName.code} (“${byName.name}”).`,
          )
        : problem(
            'agency-code-unknown',
            'warning',
            fileName,
            evidence.codePlace,
            `mã đơn vị “${code}” không có trong danh sách; nhận theo tên “${name}” là ${byName.code} (“${byName.name}”).`,
          ),
    );
    agency = byName;
  } else {
    const what =
      code === '' && name === ''
        ? 'phiếu không ghi mã và tên đơn vị'
        : `mã đơn vị “${code}” và tên đơn vị “${name}” đều không có trong danh sách đơn vị`;
    problems.push(
      problem(
        'agency-unknown',
        'error',
        fileName,
        evidence.codePlace,
        `${what}; không xác định được đơn vị gửi phiếu.`,
      ),
    );
    return { agency: null, problems };
  }

  if (!agency) return { agency: null, problems };
  const prefilled = evidence.prefilledCode.trim().toUpperCase();
  if (prefilled !== '' && prefilled !== agency.code) {
    problems.push(
      problem(
        'agency-prefilled-mismatch',
        'warning',
        fileName,
        evidence.codePlace,
        `phiếu được tạo sẵn cho đơn vị ${prefilled} nhưng ghi đơn vị ${agency.code} (“${agency.name}”).`,
      ),
    );
  }
  if (agency.group !== formGroup.id) {
    const agencyGroup = groupsById(agency.group);
    problems.push(
      problem(
        'wrong-group',
        'error',
        fileName,
        evidence.codePlace,
        `đơn vị ${agency.code} (“${agency.name}”) thuộc nhóm “${agencyGroup?.name ?? agency.group}” nhưng đã điền phiếu của nhóm “${formGroup.name}”.`,
      ),
    );
    return { agency: null, problems };
  }
  return { agency, problems };
}

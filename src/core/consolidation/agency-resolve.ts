/**
 * Which roster agency a returned form belongs to. The code is the identity and the name a label:
 * names are compared with nameKey (Unicode form, tone-mark placement, case, spaces do not matter).
 * A known code with an unrecognised name is kept (warning); an unknown code with a recognised name
 * takes the roster code (warning); a code and a name that point at two different agencies, or
 * neither known, reject the file, because the form cannot be attributed safely.
 */
import type { AgencyRef } from '../problems/params';
import type { Agency } from '../roster/types';
import type { AgencyGroup } from '../regime/types';
import { agencyCodeKey, findAgencyByCode, matchAgencyByName } from '../roster/roster';
import { problem, type Place, type SubmissionProblem } from './problem';

/** An agency as messages name it (the roster entry without its aliases). */
function ref(a: Agency): AgencyRef {
  return { code: a.code, name: a.name };
}

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
  const code = agencyCodeKey(evidence.code);
  const name = evidence.name.trim();
  const byCode = code === '' ? undefined : findAgencyByCode(roster, code);
  const byName = name === '' ? undefined : matchAgencyByName(roster, name);
  const problems: SubmissionProblem[] = [];
  let agency: Agency | null = null;

  if (byCode) {
    if (byName && byName.code !== byCode.code) {
      problems.push(
        problem('agency-code-name-conflict', 'error', fileName, evidence.codePlace, {
          code,
          name,
          byCode: ref(byCode),
          byName: ref(byName),
        }),
      );
      return { agency: null, problems };
    }
    if (name !== '' && !byName) {
      problems.push(
        problem('agency-name-mismatch', 'warning', fileName, evidence.namePlace, {
          name,
          agency: ref(byCode),
        }),
      );
    }
    agency = byCode;
  } else if (byName) {
    problems.push(
      code === ''
        ? problem('agency-code-missing', 'warning', fileName, evidence.codePlace, {
            name,
            agency: ref(byName),
          })
        : problem('agency-code-unknown', 'warning', fileName, evidence.codePlace, {
            code,
            name,
            agency: ref(byName),
          }),
    );
    agency = byName;
  } else {
    problems.push(problem('agency-unknown', 'error', fileName, evidence.codePlace, { code, name }));
    return { agency: null, problems };
  }

  if (!agency) return { agency: null, problems };
  const prefilled = agencyCodeKey(evidence.prefilledCode);
  if (prefilled !== '' && prefilled !== agency.code) {
    problems.push(
      problem('agency-prefilled-mismatch', 'warning', fileName, evidence.codePlace, {
        prefilled,
        agency: ref(agency),
      }),
    );
  }
  if (agency.group !== formGroup.id) {
    const agencyGroup = groupsById(agency.group);
    problems.push(
      problem('wrong-group', 'error', fileName, evidence.codePlace, {
        agency: ref(agency),
        agencyGroup: agencyGroup?.name ?? agency.group,
        formGroup: formGroup.name,
      }),
    );
    return { agency: null, problems };
  }
  return { agency, problems };
}

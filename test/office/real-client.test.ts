/**
 * The adapter's writes through Microsoft's own Office.js client (excel-web debug build, recording
 * transport: test/support/office/real-client.ts): the bytes Excel on the web would receive, at
 * every capability level the adapter writes at (1.8: no RangeAreas, no page setup; 1.9 and up).
 * Excel on the web refuses a request over 5 MB; the renderer's estimate must stay above the real
 * bytes so that its split and its refusals are right.
 */
import { builtInRegime } from '../../src/core/regime/load';
import type { Submission } from '../../src/core/consolidation/submission';
import { buildSurveyWorkbook } from '../../src/core/sheet/survey/build';
import { builtInTemplate } from '../../src/core/template/load';
import { detectCapabilities } from '../../src/office/capabilities';
import { mergeIntoWorkbook, withChartSheet } from '../../src/office/consolidation-workbook';
import { estimateRenderPayload } from '../../src/office/render-spec';
import { insertSurvey } from '../../src/office/survey-workbook';
import { consolidate } from '../../src/core/consolidation/consolidate';
import { subsOf, template } from '../support/consolidation/forms';
import { formSubmission, madeUpRoster, seededScores } from '../support/office/consolidation';
import { loadRealExcel, type RecordedRequest } from '../support/office/real-client';

// Hundreds of agencies through a 3 MB client library: minutes on a busy machine, like the consolidation tests.
jest.setTimeout(180_000);

const LIMIT = 5_000_000;
const LEVELS = ['1.8', '1.9', '1.17'];
const NOW = '2026-11-21T01:00:00Z';
const real = loadRealExcel();

/** Names of the methods a request calls (ObjectPath and Action names), e.g. 'Calculate'. */
function calls(r: RecordedRequest): string[] {
  return [...Object.values(r.body.ObjectPaths).map((p) => p.Name), ...r.body.Actions.map((a) => a.Name)];
}

function record<T>(
  level: string,
  run: () => Promise<T>,
): Promise<{ result: T; requests: RecordedRequest[] }> {
  real.install(level);
  real.requests.length = 0;
  return run().then((result) => ({ result, requests: [...real.requests] }));
}

describe('the survey through the real client', () => {
  const survey = (groupId: string) =>
    buildSurveyWorkbook({ regime: builtInRegime, template: builtInTemplate(2026, 1), groupId }).spec;
  const largest = builtInRegime.groups
    .map((g) => survey(g.id))
    .sort((a, b) => JSON.stringify(b).length - JSON.stringify(a).length)[0];

  it.each(LEVELS)(
    'is inserted at ExcelApi %s in requests under 5 MB, ending with a recalculation',
    async (level) => {
      if (!largest) throw new Error('no survey');
      const { result, requests } = await record(level, () => insertSurvey(largest, 'create'));
      expect(result).toEqual({ status: 'inserted' });
      // The probe, the writes, the recalculation (calculation was suspended while writing).
      expect(requests).toHaveLength(3);
      for (const r of requests) expect(r.bytes).toBeLessThan(LIMIT);
      expect(calls(requests[2] as RecordedRequest)).toContain('Calculate');
      const written = requests.slice(1).reduce((n, r) => n + r.bytes, 0);
      const estimate = estimateRenderPayload(largest, detectCapabilities());
      expect(estimate).toBeGreaterThan(written);
      expect(estimate).toBeLessThan(1.2 * written);
    },
  );
});

describe.each([50, 160, 300])('a %i-agency consolidation through the real client', (n) => {
  const roster = madeUpRoster(n);
  let subs: Submission[] = [];
  beforeAll(() => {
    subs = roster.map((a, i) => formSubmission(a, seededScores(subsOf(a.group), i), roster));
  });

  it.each(LEVELS)(
    'is written at ExcelApi %s in requests under 5 MB, or refused before anything is sent',
    async (level) => {
      const { result, requests } = await record(level, () =>
        mergeIntoWorkbook({ submissions: subs, template, regime: builtInRegime, roster, now: NOW }),
      );
      for (const r of requests) expect(r.bytes).toBeLessThan(LIMIT);
      const run = consolidate({
        previous: null,
        previousRoster: null,
        submissions: subs,
        template,
        regime: builtInRegime,
        roster,
        now: NOW,
      });
      // What the add-in writes: the consolidation and its charts sheet.
      const spec = withChartSheet(run.spec, run.tables, builtInRegime, template.year);
      const estimate = estimateRenderPayload(spec, detectCapabilities());
      // Up to 160 agencies fit two requests at every level (the 1.8 path's second request was 5.6 MB before the calibration).
      if (n <= 160) expect(result).toMatchObject({ ok: true });
      if (!result.ok) {
        // Only the probe went out: nothing was written.
        expect(result.message).toMatch(/quá lớn cho Excel/);
        expect(requests).toHaveLength(1);
        return;
      }
      // The probe, then one request and its recalculation, or two requests the last of which recalculates.
      expect(requests).toHaveLength(3);
      expect(calls(requests[2] as RecordedRequest)).toContain('Calculate');
      const written = requests.slice(1).reduce((k, r) => k + r.bytes, 0);
      expect(estimate).toBeGreaterThan(written);
      expect(estimate).toBeLessThan(1.2 * written);
    },
  );
});

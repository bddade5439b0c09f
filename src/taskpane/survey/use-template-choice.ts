import { useMemo, useState } from 'react';
import type { TemplateProblem } from '../../core/template/load';
import type { SurveyTemplate } from '../../core/template/types';
import type { Services } from '../services';
import { reportError } from '../messages/report-error';
import { readTemplateFile } from './read-template-file';
import type { TemplateSource } from './TemplateField';

export interface TemplateChoice {
  source: TemplateSource;
  setSource: (s: TemplateSource) => void;
  year: number;
  years: number[];
  setYear: (y: number) => void;
  fileName: string | null;
  fileTemplate: SurveyTemplate | null;
  fileProblems: TemplateProblem[];
  loadFile: (file: File) => void;
  /** The template "Chèn phiếu" would use now, or null while a file is missing or invalid. */
  effective: SurveyTemplate | null;
}

/** Surveys are issued in October for the current year; the neighbours cover late or early use. */
function yearChoices(now: Date): number[] {
  const y = now.getFullYear();
  return [y - 1, y, y + 1];
}

export function useTemplateChoice(
  services: Pick<Services, 'defaultTemplate' | 'parseTemplate' | 'builtInRegime'>,
): TemplateChoice {
  const [source, setSource] = useState<TemplateSource>('builtin');
  const usualYears = useMemo(() => yearChoices(new Date()), []);
  const [year, setYear] = useState(usualYears[1] ?? new Date().getFullYear());
  // A year set from the workbook (e.g. an older consolidation) joins the list so it can be shown.
  const years = useMemo(
    () => (usualYears.includes(year) ? usualYears : [...usualYears, year].sort((a, b) => a - b)),
    [usualYears, year],
  );
  const [fileName, setFileName] = useState<string | null>(null);
  const [fileTemplate, setFileTemplate] = useState<SurveyTemplate | null>(null);
  const [fileProblems, setFileProblems] = useState<TemplateProblem[]>([]);

  const builtin = useMemo(() => services.defaultTemplate(year, services.builtInRegime), [services, year]);

  const loadFile = (file: File): void => {
    setFileName(file.name);
    setFileTemplate(null);
    setFileProblems([]);
    readTemplateFile(file, (json) => services.parseTemplate(json, services.builtInRegime))
      .then((result) => {
        if (result.ok) setFileTemplate(result.template);
        else setFileProblems(result.problems);
      })
      .catch((e: unknown) => reportError(`Không đọc được tệp “${file.name}”`, e));
  };

  const effective = source === 'builtin' ? builtin : fileTemplate;
  return {
    source,
    setSource,
    year,
    years,
    setYear,
    fileName,
    fileTemplate,
    fileProblems,
    loadFile,
    effective,
  };
}

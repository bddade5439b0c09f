import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { TemplateProblem } from '../../core/template/load';
import type { SurveyTemplate } from '../../core/template/types';
import type { Services } from '../services';
import { reportError } from '../messages/report-error';
import { readTemplateFile } from './read-template-file';
import type { TemplateSource } from './TemplateField';
import {
  loadPublishedCatalog,
  loadPublishedTemplate,
  type PublishedCatalog,
  type PublishedEntry,
} from './published-catalog';

/** Where published templates are fetched from (the pane's and the appraisers' page); absent where none is asked for. */
export interface PublishedSource {
  fetch: Parameters<typeof loadPublishedCatalog>[0];
  base: string;
}

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
  /** Built-in versions of the year, newest first, and the one chosen (the newest unless changed). */
  builtinVersions: number[];
  builtinVersion: number;
  setBuiltinVersion: (v: number | null) => void;
  /** Published templates: null while the list loads (or when the page has none to ask for). */
  catalog: PublishedCatalog | null;
  publishedEntry: PublishedEntry | null;
  choosePublished: (entry: PublishedEntry) => void;
  publishedTemplate: SurveyTemplate | null;
  publishedProblems: TemplateProblem[];
  /** The template "Chèn phiếu" would use now, or null while a file is missing or invalid. */
  effective: SurveyTemplate | null;
}

/** Surveys are issued in October for the current year; the neighbours cover late or early use. */
function yearChoices(now: Date): number[] {
  const y = now.getFullYear();
  return [y - 1, y, y + 1];
}

export function useTemplateChoice(
  services: Pick<Services, 'builtInTemplates' | 'parseTemplate' | 'builtInRegime'>,
  published?: PublishedSource,
): TemplateChoice {
  const [source, setSourceState] = useState<TemplateSource>('builtin');
  // Set once the user (or the page) picks a source: the published list arriving later must not override it.
  const sourceChosen = useRef(false);
  const setSource = useCallback((s: TemplateSource): void => {
    sourceChosen.current = true;
    setSourceState(s);
  }, []);
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

  const builtins = useMemo(() => services.builtInTemplates(year, services.builtInRegime), [services, year]);
  const [chosenVersion, setBuiltinVersion] = useState<number | null>(null);
  const builtin = builtins.find((t) => t.version === chosenVersion) ?? builtins[0] ?? null;

  const [catalog, setCatalog] = useState<PublishedCatalog | null>(null);
  const [publishedEntry, setPublishedEntry] = useState<PublishedEntry | null>(null);
  const [publishedTemplate, setPublishedTemplate] = useState<SurveyTemplate | null>(null);
  const [publishedProblems, setPublishedProblems] = useState<TemplateProblem[]>([]);

  // Only the last template asked for counts: a slow answer must not replace a newer choice.
  const latestPublished = useRef(0);
  const latestFile = useRef(0);

  const choosePublished = (entry: PublishedEntry): void => {
    if (!published) return;
    const ticket = ++latestPublished.current;
    setPublishedEntry(entry);
    setPublishedTemplate(null);
    setPublishedProblems([]);
    // Checked exactly like a file chosen by hand.
    loadPublishedTemplate(published.fetch, published.base, entry)
      .then((json) => {
        if (ticket !== latestPublished.current) return;
        const result = services.parseTemplate(json, services.builtInRegime);
        if (result.ok) setPublishedTemplate(result.template);
        else setPublishedProblems(result.problems);
      })
      .catch((e: unknown) => {
        if (ticket === latestPublished.current) reportError(`Không tải được mẫu phiếu năm ${entry.year}`, e);
      });
  };

  useEffect(() => {
    if (!published) return;
    let live = true;
    void loadPublishedCatalog(published.fetch, published.base).then((c) => {
      if (!live) return;
      setCatalog(c);
      // Once listed, the newest published template is the default, unless a source was already chosen.
      const first = c.kind === 'list' ? c.entries[0] : undefined;
      if (first !== undefined && !sourceChosen.current) {
        setSourceState('published');
        choosePublished(first);
      }
    });
    return () => {
      live = false;
    };
    // The list is fetched once each time the section is shown.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const loadFile = (file: File): void => {
    const ticket = ++latestFile.current;
    setFileName(file.name);
    setFileTemplate(null);
    setFileProblems([]);
    readTemplateFile(file, (json) => services.parseTemplate(json, services.builtInRegime))
      .then((result) => {
        if (ticket !== latestFile.current) return;
        if (result.ok) setFileTemplate(result.template);
        else setFileProblems(result.problems);
      })
      .catch((e: unknown) => {
        if (ticket === latestFile.current) reportError(`Không đọc được tệp “${file.name}”`, e);
      });
  };

  const effective =
    source === 'builtin' ? builtin : source === 'published' ? publishedTemplate : fileTemplate;
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
    builtinVersions: builtins.map((t) => t.version),
    builtinVersion: builtin?.version ?? 1,
    setBuiltinVersion,
    catalog,
    publishedEntry,
    choosePublished,
    publishedTemplate,
    publishedProblems,
    effective,
  };
}

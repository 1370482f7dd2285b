import { CircleCheck, Download } from 'lucide-react';
import { useEffect, useState } from 'react';
import { licences, Licence, type ExportFormat, type Language, type ReportSettings } from '../../../../shared/contract';
import { AppError } from '../../../../shared/result';
import { useLanguage, useT } from '../../../i18n';
import { Banner, Button, Dialog } from '../../../ui';
import { defaultFileName, exportGroups, groupOf, isCsvFormat, isReportFormat, isTableFormat } from '../export-formats';
import { useExportChoices, useReportSettings, useRunExport } from '../hooks/useExport';
import { LeakReport, leaksOf } from './LeakReport';

export type ExportDialogProps = {
  projectName: string;
  onClose: () => void;
  /** Shows the pseudonym table (after an anonymized export was refused). */
  onOpenAnonymization: () => void;
  /** Whether "anonymized" starts ticked (an export started from the Anonymization view). */
  defaultAnonymized?: boolean;
};

/**
 * Every export of the project in one place: the format, the report's options (kept in the project
 * for the next export and the CLI), and anonymization. Failures stay here, in words: the list of
 * originals an anonymized export would have leaked, or the core's message for a format it does
 * not write yet.
 */
export function ExportDialog({ projectName, onClose, onOpenAnonymization, defaultAnonymized = false }: ExportDialogProps) {
  const t = useT();
  const te = t.exports;
  const settings = useReportSettings();
  const { themes, attributes } = useExportChoices();
  const run = useRunExport();
  const [format, setFormat] = useState<ExportFormat>('docx');
  const [anonymized, setAnonymized] = useState(defaultAnonymized);
  // CSV for the spreadsheet of the interface's locale unless the user picks the other one.
  const language = useLanguage();
  const [csvLocale, setCsvLocale] = useState<Language>(language);
  const [report, setReport] = useState<ReportSettings | null>(null);
  useEffect(() => {
    if (settings.data && report === null) setReport(settings.data);
  }, [settings.data, report]);

  const patch = (change: Partial<ReportSettings>) => {
    run.reset();
    setReport((r) => (r ? { ...r, ...change } : r));
  };
  const toggleTheme = (codeId: number) => {
    if (!report) return;
    const chosen = report.codeIds ?? [];
    const next = chosen.includes(codeId) ? chosen.filter((id) => id !== codeId) : [...chosen, codeId];
    // Keep the codebook's order, which is the report's.
    patch({ codeIds: themes.map((th) => th.codeId).filter((id) => next.includes(id)) });
  };
  const withReport = isReportFormat(format);
  const submit = () => {
    run.mutate({
      format,
      anonymized,
      defaultName: defaultFileName(projectName, te.groups[groupOf(format)], format),
      ...(withReport && report ? { report: { ...report, codeIds: report.codeIds?.length ? report.codeIds : null } } : {}),
      ...(isTableFormat(format) ? { language } : {}),
      ...(isCsvFormat(format) ? { csvLocale } : {}),
    });
  };
  const error = run.error instanceof AppError ? run.error : run.error ? new AppError('INTERNAL', t.errors.internal) : null;
  const leaks = error?.code === 'EXPORT_LEAK' ? leaksOf(error.details) : null;
  const done = run.data && run.data.kind !== 'cancelled' ? run.data : null;

  return (
    <Dialog
      title={te.title}
      onClose={onClose}
      size="lg"
      closeLabel={t.common.close}
      icon={<Download size={16} />}
      testId="export-dialog"
      footer={
        <>
          <label className="checkbox-field exp-anonymize">
            <input
              type="checkbox"
              checked={anonymized}
              onChange={(e) => {
                run.reset();
                setAnonymized(e.target.checked);
              }}
              data-testid="export-anonymize"
            />
            <span>
              {te.anonymize}
              <span className="checkbox-note note">{te.anonymizeNote}</span>
            </span>
          </label>
          <Button variant="ghost" onClick={onClose}>
            {done ? t.common.close : t.common.cancel}
          </Button>
          <Button variant="primary" onClick={submit} disabled={run.isPending || (withReport && !report)} data-testid="export-submit">
            {run.isPending ? te.exporting : te.submit}
          </Button>
        </>
      }
    >
      <div className="exp-layout">
        <div className="exp-side">
          <fieldset className="exp-formats">
            <legend className="field-label">{te.format}</legend>
            {exportGroups.map(({ group, formats }) => (
              <div key={group} className="exp-group">
                <p className="exp-group-title">{te.groups[group]}</p>
                {formats.map((f) => (
                  <label key={f} className={f === format ? 'exp-format is-current' : 'exp-format'}>
                    <input
                      type="radio"
                      name="export-format"
                      value={f}
                      checked={f === format}
                      onChange={() => {
                        run.reset();
                        setFormat(f);
                      }}
                      data-testid={`export-format-${f}`}
                    />
                    <span>{te.formats[f]}</span>
                  </label>
                ))}
              </div>
            ))}
          </fieldset>
        </div>

        <div className="exp-options">
          {!withReport && (
            <div className="exp-about">
              <p className="exp-about-title">
                {te.groups[groupOf(format)]} · {te.formats[format]}
              </p>
              <p className="note">{te.groupNotes[groupOf(format)]}</p>
            </div>
          )}
          {isCsvFormat(format) && (
            <label className="field exp-csv" data-testid="export-csv-options">
              <span className="field-label">{te.csvFormat}</span>
              <select
                className="select"
                value={csvLocale}
                onChange={(e) => {
                  run.reset();
                  setCsvLocale(e.target.value === 'en' ? 'en' : 'fr');
                }}
                data-testid="export-csv-locale"
              >
                <option value="fr">{te.csvLocales.fr}</option>
                <option value="en">{te.csvLocales.en}</option>
              </select>
              <span className="note">{te.csvNote}</span>
            </label>
          )}
          {withReport && report && (
            <fieldset className="exp-report" data-testid="export-report-options">
              <legend className="field-label">{te.report}</legend>
              <label className="field">
                <span className="field-label">{te.reportTitle}</span>
                <input className="input" value={report.title} placeholder={projectName || te.reportTitlePlaceholder} maxLength={500} onChange={(e) => patch({ title: e.target.value })} data-testid="export-title" />
              </label>
              <label className="field">
                <span className="field-label">{te.subtitle}</span>
                <input className="input" value={report.subtitle} maxLength={1000} onChange={(e) => patch({ subtitle: e.target.value })} />
              </label>
              <div className="exp-row">
                <label className="field">
                  <span className="field-label">{te.author}</span>
                  <input className="input" value={report.author} maxLength={500} onChange={(e) => patch({ author: e.target.value })} data-testid="export-author" />
                </label>
                <label className="field">
                  <span className="field-label">{te.licence}</span>
                  <select className="select" value={report.licence} onChange={(e) => patch({ licence: Licence.parse(e.target.value) })} data-testid="export-licence">
                    {Licence.options.map((l) => (
                      <option key={l} value={l}>
                        {te.licences[l] ?? licences[l].label}
                      </option>
                    ))}
                  </select>
                </label>
              </div>
              <div className="exp-row">
                <label className="field">
                  <span className="field-label">{te.language}</span>
                  <select className="select" value={report.language} onChange={(e) => patch({ language: e.target.value === 'en' ? 'en' : 'fr' })}>
                    <option value="fr">{te.languages.fr}</option>
                    <option value="en">{te.languages.en}</option>
                  </select>
                </label>
                <label className="field">
                  <span className="field-label">{te.groupAttribute}</span>
                  <select
                    className="select"
                    value={report.groupAttributeId ?? ''}
                    onChange={(e) => patch({ groupAttributeId: e.target.value === '' ? null : Number(e.target.value) })}
                  >
                    <option value="">{te.noGroupAttribute}</option>
                    {attributes.map((a) => (
                      <option key={a.id} value={a.id}>
                        {a.name}
                      </option>
                    ))}
                  </select>
                </label>
              </div>
              <div className="field">
                <span className="field-label">
                  {te.themes} · {report.codeIds?.length ? te.chosenThemes(report.codeIds.length) : te.allThemes}
                </span>
                <div className="exp-themes" data-testid="export-themes">
                  <label className="checkbox-field">
                    <input type="checkbox" checked={!report.codeIds?.length} onChange={() => patch({ codeIds: null })} />
                    <span>{te.allThemes}</span>
                  </label>
                  {themes.map((th) => (
                    <label key={th.codeId} className="checkbox-field" style={{ paddingInlineStart: `${th.depth * 18}px` }}>
                      <input type="checkbox" checked={report.codeIds?.includes(th.codeId) ?? false} onChange={() => toggleTheme(th.codeId)} />
                      <span className="exp-theme-dot" style={{ background: th.color }} aria-hidden="true" />
                      <span>{th.name}</span>
                    </label>
                  ))}
                </div>
              </div>
              <label className="checkbox-field">
                <input type="checkbox" checked={report.includeAnnex} onChange={(e) => patch({ includeAnnex: e.target.checked })} />
                <span>{te.annex}</span>
              </label>
              <label className="checkbox-field">
                <input type="checkbox" checked={report.draft} onChange={(e) => patch({ draft: e.target.checked })} data-testid="export-draft" />
                <span>
                  {te.draft}
                  <span className="checkbox-note note">{te.draftNote}</span>
                </span>
              </label>
            </fieldset>
          )}



          {leaks && (
            <LeakReport
              leaks={leaks}
              onOpenAnonymization={() => {
                onClose();
                onOpenAnonymization();
              }}
            />
          )}
          {error && !leaks && (
            <Banner kind="error" testId="export-error">
              <strong>{te.failed}</strong> — {error.message}
            </Banner>
          )}
          {done && (
            <div className="exp-done" role="status" data-testid="export-done">
              <CircleCheck size={16} aria-hidden="true" />
              <span>{done.kind === 'downloaded' ? te.downloaded(done.result.fileName) : te.saved(done.result.path)}</span>
            </div>
          )}
        </div>
      </div>
    </Dialog>
  );
}

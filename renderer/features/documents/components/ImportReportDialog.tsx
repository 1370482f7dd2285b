import { FileCheck2 } from 'lucide-react';
import { useRef } from 'react';
import type { ImportDuplicate } from '../../../../shared/contract';
import { useT } from '../../../i18n';
import { Button, Dialog } from '../../../ui';
import { CaseImportReportView, LinkReportView, useCases } from '../../cases';
import { toneClass, speakerTones, useSpeakers } from '../../speakers';
import { useDocuments } from '../hooks/useDocuments';
import type { ImportOutcome } from '../hooks/useImportDocuments';
import { ExchangeReportView } from './ExchangeReportView';

export type ImportReportDialogProps = {
  report: ImportOutcome;
  onClose: () => void;
  onOpen: (documentId: number) => void;
  /** Files whose text is already in the project: import them as copies after all… */
  onImportAnyway?: (duplicates: readonly ImportDuplicate[]) => void;
  /** …or leave them out. */
  onSkip?: (duplicates: readonly ImportDuplicate[]) => void;
  isImportingDuplicates?: boolean;
};

const SPEAKERS_SHOWN = 3;

/** The speakers an import found in a document, in their colours. */
function SpeakersFound({ documentId }: { documentId: number }) {
  const t = useT();
  const speakers = useSpeakers(documentId).data;
  if (!speakers) return null;
  if (speakers.length === 0) return <span className="report-none">{t.importing.report.noSpeakers}</span>;
  const tones = speakerTones(speakers.map((s) => s.name));
  return (
    <span className="report-speakers" data-testid="import-report-speakers">
      {speakers.slice(0, SPEAKERS_SHOWN).map((s) => (
        <span key={s.name} className={`report-speaker ${toneClass(tones.get(s.name))}`}>
          <span className="speaker-dot" aria-hidden="true" />
          {s.name}
        </span>
      ))}
      {speakers.length > SPEAKERS_SHOWN && <span className="report-none">{t.importing.report.moreSpeakers(speakers.length - SPEAKERS_SHOWN)}</span>}
    </span>
  );
}

/**
 * What an import did: each imported document with its words, turns and the speakers found, each
 * refused file with the reason, what a participants table brought, and which documents were linked to
 * their participant.
 */
export function ImportReportDialog({ report, onClose, onOpen, onImportAnyway, onSkip, isImportingDuplicates = false }: ImportReportDialogProps) {
  const t = useT();
  const ok = useRef<HTMLButtonElement>(null);
  const r = t.documents.report;
  const documents = useDocuments().data ?? [];
  const cases = useCases().data ?? [];
  const imported = report.documents?.imported ?? [];
  const errors = report.documents?.errors ?? [];
  const warnings = report.documents?.warnings ?? [];
  const duplicates = report.documents?.duplicates ?? [];
  const caseOf = (documentId: number) => {
    const caseId = documents.find((d) => d.id === documentId)?.caseId ?? null;
    return cases.find((c) => c.id === caseId)?.name ?? null;
  };
  const importedNames = new Set(imported.map((d) => d.name));
  // The link report covers the whole project: keep what concerns this batch, and every pending decision.
  const link = report.link && {
    ...report.link,
    unmatched: report.tables.length > 0 ? report.link.unmatched : report.link.unmatched.filter((name) => importedNames.has(name)),
  };
  const showLink = link !== null && (link.linked.length > 0 || link.ambiguous.length > 0 || link.unmatched.length > 0);

  return (
    <Dialog
      title={r.title}
      onClose={onClose}
      size="lg"
      initialFocus={ok}
      closeLabel={t.common.close}
      icon={<FileCheck2 size={18} />}
      testId="import-report"
      footer={
        <Button ref={ok} variant="primary" onClick={onClose}>
          {t.common.ok}
        </Button>
      }
    >
      {report.tables.map((outcome, i) => (
        <CaseImportReportView key={`${outcome.file}-${i}`} outcome={outcome} />
      ))}
      {report.documents?.exchanges?.map((exchange, i) => (
        <ExchangeReportView key={`${exchange.file}-${i}`} report={exchange} />
      ))}
      {report.documents && (
        <>
          <p className="report-heading">{r.imported(imported.length)}</p>
          {imported.length > 0 && (
            <table className="report-table">
              <thead>
                <tr>
                  <th scope="col">{r.name}</th>
                  <th scope="col" className="num">
                    {r.words}
                  </th>
                  <th scope="col" className="num">
                    {t.importing.report.turns}
                  </th>
                  <th scope="col">{t.importing.report.speakers}</th>
                  {cases.length > 0 && <th scope="col">{t.importing.report.participant}</th>}
                </tr>
              </thead>
              <tbody>
                {imported.map((d) => (
                  <tr key={d.id} data-testid="import-report-imported">
                    <td>
                      <button
                        type="button"
                        className="link-btn"
                        onClick={() => {
                          onOpen(d.id);
                          onClose();
                        }}
                      >
                        {d.name}
                      </button>
                    </td>
                    <td className="num">{t.documents.words(d.words)}</td>
                    <td className="num">{d.turns.toLocaleString(t.locale)}</td>
                    <td>
                      <SpeakersFound documentId={d.id} />
                    </td>
                    {cases.length > 0 && (
                      <td className="report-case" data-testid="import-report-case">
                        {caseOf(d.id) ?? <span className="report-none">—</span>}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
      {duplicates.length > 0 && (
        <DuplicatesView duplicates={duplicates} onImportAnyway={onImportAnyway} onSkip={onSkip} isBusy={isImportingDuplicates} />
      )}
      {warnings.length > 0 && (
        <>
          <p className="report-heading report-heading-warning">{r.warnings(warnings.length)}</p>
          <table className="report-table">
            <thead>
              <tr>
                <th scope="col">{r.file}</th>
                <th scope="col">{r.check}</th>
              </tr>
            </thead>
            <tbody>
              {warnings.map((w, i) => (
                <tr key={`${w.file}-${i}`} data-testid="import-report-warning">
                  <td className="report-file">{baseName(w.file)}</td>
                  <td>{w.invalidLines && w.invalidLines.length > 0 ? r.invalidBytes(w.invalidLines) : w.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {errors.length > 0 && (
        <>
          <p className="report-heading report-heading-error">{r.failed(errors.length)}</p>
          <table className="report-table report-errors">
            <thead>
              <tr>
                <th scope="col">{r.file}</th>
                <th scope="col">{r.problem}</th>
              </tr>
            </thead>
            <tbody>
              {errors.map((e, i) => (
                <tr key={`${e.file}-${i}`} data-testid="import-report-error">
                  <td className="report-file">{baseName(e.file)}</td>
                  <td>{t.errors.describe(e)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {showLink && link && <LinkReportView report={link} documents={documents} />}
    </Dialog>
  );
}

const baseName = (path: string): string => path.split(/[\\/]/).pop() || path;

type DuplicatesViewProps = {
  duplicates: readonly ImportDuplicate[];
  onImportAnyway: ((duplicates: readonly ImportDuplicate[]) => void) | undefined;
  onSkip: ((duplicates: readonly ImportDuplicate[]) => void) | undefined;
  isBusy: boolean;
};

/** Files left out because the project already has their text: each one can be imported as a copy after all, or skipped. */
function DuplicatesView({ duplicates, onImportAnyway, onSkip, isBusy }: DuplicatesViewProps) {
  const t = useT();
  const r = t.documents.report;
  return (
    <div className="report-duplicates" data-testid="import-report-duplicates">
      <p className="report-heading report-heading-warning">{r.duplicates(duplicates.length)}</p>
      <p className="report-hint">{r.duplicatesHint}</p>
      <table className="report-table">
        <thead>
          <tr>
            <th scope="col">{r.file}</th>
            <th scope="col">{r.sameTextAs}</th>
            <th scope="col" className="report-actions-col" aria-label={r.decision} />
          </tr>
        </thead>
        <tbody>
          {duplicates.map((d) => (
            <tr key={d.path} data-testid="import-report-duplicate">
              <td className="report-file">{d.file}</td>
              <td>{d.existing}</td>
              <td className="report-actions">
                {onImportAnyway && (
                  <Button size="sm" disabled={isBusy} onClick={() => onImportAnyway([d])}>
                    {r.importAnyway}
                  </Button>
                )}
                {onSkip && (
                  <Button size="sm" variant="ghost" disabled={isBusy} onClick={() => onSkip([d])}>
                    {r.skip}
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {duplicates.length > 1 && onImportAnyway && onSkip && (
        <div className="report-duplicates-all">
          <Button size="sm" disabled={isBusy} onClick={() => onImportAnyway(duplicates)}>
            {r.importAllAnyway(duplicates.length)}
          </Button>
          <Button size="sm" variant="ghost" disabled={isBusy} onClick={() => onSkip(duplicates)}>
            {r.skipAll}
          </Button>
        </div>
      )}
    </div>
  );
}

import { Download, Users } from 'lucide-react';
import { useEffect, useId, useMemo, useState } from 'react';
import type { Agreement } from '../../../../shared/contract';
import { CSV_LOCALES } from '../../../../shared/csv';
import { useLanguage, useT } from '../../../i18n';
import { Button, EmptyState } from '../../../ui';
import { agreementCsv, bandOf, defaultPair, formatMeasure, formatPercent } from '../agreement-table';
import { downloadBlob, safeFileName } from '../download';
import { useAgreement } from '../hooks/useAgreement';
import { AgreementReview } from './AgreementReview';
import { ToolbarField } from './Segmented';

type CoderChoice = { id: number; name: string; codings: number };
type Figures = Agreement['overall'];

export type AgreementTabProps = {
  coders: readonly CoderChoice[];
  /** The view's interview filter: the agreement's scope when set. */
  documentIds: readonly number[];
  projectName: string;
};

/**
 * Inter-coder agreement of two coders at character level: per code and per interview, percent
 * agreement, Cohen's kappa and Krippendorff's alpha, coloured by the usual reading of alpha. A code's
 * row opens the review of its disagreements.
 */
export function AgreementTab({ coders, documentIds, projectName }: AgreementTabProps) {
  const t = useT();
  const g = t.analysis.agreement;
  const language = useLanguage();
  const aId = useId();
  const bId = useId();
  const fallback = useMemo(() => defaultPair(coders), [coders]);
  const [chosen, setChosen] = useState<[number, number] | null>(null);
  // The default pair is fixed once shown: “keep” changes the coders' counts, and A and B must not swap under the reader.
  useEffect(() => {
    if (chosen === null && fallback !== null) setChosen(fallback);
  }, [chosen, fallback]);
  const pair = chosen ?? fallback;
  const [reviewed, setReviewed] = useState<number | null>(null);
  const valid = pair !== null && pair[0] !== pair[1];
  const scope = documentIds.length > 0 ? { documentIds: [...documentIds] } : {};
  const agreement = useAgreement(valid ? { coders: pair, ...scope } : null);

  if (fallback === null) {
    return (
      <div className="an-tab" data-testid="analysis-agreement">
        <EmptyState icon={<Users size={26} />} title={g.noSecondCoder}>
          <p data-testid="agreement-need-coders">{g.howToSecond}</p>
        </EmptyState>
      </div>
    );
  }
  const current = pair ?? fallback;
  const nameOf = (id: number) => coders.find((c) => c.id === id)?.name ?? '?';
  const choose = (side: 0 | 1, id: number) => {
    const next: [number, number] = [...current];
    next[side] = id;
    setChosen(next);
    setReviewed(null);
  };
  const data = valid ? agreement.data : undefined;
  const exportCsv = (d: Agreement) => {
    const labels = {
      code: g.code,
      document: g.document,
      overall: g.overall,
      units: g.units,
      both: g.both,
      only: g.onlyA,
      neither: g.neither,
      percent: g.percentShare,
      kappa: g.kappa,
      alpha: g.alpha,
    };
    downloadBlob(new Blob([agreementCsv(d, labels, CSV_LOCALES[language])], { type: 'text/csv;charset=utf-8' }), safeFileName(g.csvFile(projectName)));
  };
  const reviewedCode = data?.codes.find((c) => c.codeId === reviewed) ?? null;

  return (
    <div className="an-tab" data-testid="analysis-agreement">
      <div className="an-toolbar">
        {([0, 1] as const).map((side) => (
          <ToolbarField key={side} label={side === 0 ? g.coderA : g.coderB} htmlFor={side === 0 ? aId : bId}>
            <select
              id={side === 0 ? aId : bId}
              className="select select-sm"
              value={current[side]}
              onChange={(e) => choose(side, Number(e.target.value))}
              data-testid={side === 0 ? 'agreement-coder-a' : 'agreement-coder-b'}
            >
              {coders.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name} ({g.codings(c.codings)})
                </option>
              ))}
            </select>
          </ToolbarField>
        ))}
        <span className="an-toolbar-spacer" />
        <Button size="sm" icon={<Download size={14} />} disabled={!data} onClick={() => data && exportCsv(data)} data-testid="agreement-export-csv">
          {g.exportCsv}
        </Button>
      </div>
      <div className="ag-body">
        <p className="an-note">{g.unit}</p>
        {!valid && <p className="an-note">{g.sameCoder}</p>}
        {valid && agreement.isPending && <p className="an-note">{t.analysis.loading}</p>}
        {data && data.documents.length === 0 && <p className="an-note">{g.noCodes}</p>}
        {data && data.documents.length > 0 && (
          <>
            <Legend />
            <section aria-label={g.byCode}>
              <h3 className="ag-heading">
                {g.byCode} <span className="ag-heading-note">· {g.scope(data.documents.length, data.codes[0]?.units ?? 0)}</span>
              </h3>
              <FiguresTable
                firstHeader={g.code}
                names={[nameOf(current[0]), nameOf(current[1])]}
                rows={data.codes.map((c) => ({ key: c.codeId, label: c.path, figures: c }))}
                overall={data.overall}
                selected={reviewed}
                onSelect={(id) => setReviewed(id === reviewed ? null : id)}
                testId="agreement-codes"
              />
              <p className="an-note">{g.rowHint}</p>
            </section>
            {reviewedCode && (
              <AgreementReview
                key={`${reviewedCode.codeId}:${current.join('-')}`}
                coders={[
                  { id: current[0], name: nameOf(current[0]) },
                  { id: current[1], name: nameOf(current[1]) },
                ]}
                codeId={reviewedCode.codeId}
                path={reviewedCode.path}
                documentIds={documentIds}
                onClose={() => setReviewed(null)}
              />
            )}
            <section aria-label={g.byDocument}>
              <h3 className="ag-heading">{g.byDocument}</h3>
              <FiguresTable
                firstHeader={g.document}
                names={[nameOf(current[0]), nameOf(current[1])]}
                rows={data.documents.map((d) => ({ key: d.documentId, label: d.name, figures: d }))}
                overall={null}
                selected={null}
                onSelect={null}
                testId="agreement-documents"
              />
            </section>
          </>
        )}
      </div>
    </div>
  );
}

function Legend() {
  const g = useT().analysis.agreement;
  return (
    <div className="ag-legend" data-testid="agreement-legend">
      {(['reliable', 'tentative', 'insufficient', 'undefined'] as const).map((band) => (
        <span key={band} className="ag-legend-item">
          <span className={`ag-swatch is-${band}`} aria-hidden="true" />
          {g.bands[band]}
        </span>
      ))}
      <span className="ag-legend-reading">{g.legend}</span>
    </div>
  );
}

type Row = { key: number; label: string; figures: Figures };
type TableProps = {
  firstHeader: string;
  names: [string, string];
  rows: readonly Row[];
  overall: Figures | null;
  selected: number | null;
  onSelect: ((key: number) => void) | null;
  testId: string;
};

function FiguresTable({ firstHeader, names, rows, overall, selected, onSelect, testId }: TableProps) {
  const t = useT();
  const g = t.analysis.agreement;
  const nf = new Intl.NumberFormat(t.locale);
  const cells = (f: Figures) => (
    <>
      <td className="ag-num">{nf.format(f.both)}</td>
      <td className="ag-num">{nf.format(f.onlyA)}</td>
      <td className="ag-num">{nf.format(f.onlyB)}</td>
      <td className="ag-num" title={f.percent === null ? g.undefinedWhy : undefined}>
        {formatPercent(f.percent, t.locale)}
      </td>
      <MeasureCell value={f.kappa} name="kappa" />
      <MeasureCell value={f.alpha} name="alpha" />
    </>
  );
  return (
    <div className="an-scroll ag-scroll">
      <table className="ag-table" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col" className="ag-first">
              {firstHeader}
            </th>
            <th scope="col">{g.both}</th>
            <th scope="col">{g.onlyA(names[0])}</th>
            <th scope="col">{g.onlyA(names[1])}</th>
            <th scope="col">{g.percent}</th>
            <th scope="col">{g.kappa}</th>
            <th scope="col">{g.alpha}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.key}
              className={`${onSelect ? 'is-clickable' : ''}${selected === r.key ? ' is-selected' : ''}`}
              data-testid={`${testId}-row`}
              onClick={onSelect ? () => onSelect(r.key) : undefined}
            >
              <th scope="row" className="ag-first">
                {onSelect ? (
                  <button type="button" className="ag-row-button" aria-expanded={selected === r.key} onClick={(e) => (e.stopPropagation(), onSelect(r.key))}>
                    {r.label}
                  </button>
                ) : (
                  r.label
                )}
              </th>
              {cells(r.figures)}
            </tr>
          ))}
        </tbody>
        {overall && (
          <tfoot>
            <tr data-testid={`${testId}-overall`}>
              <th scope="row" className="ag-first">
                {g.overall}
              </th>
              {cells(overall)}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}

function MeasureCell({ value, name }: { value: number | null; name: 'kappa' | 'alpha' }) {
  const t = useT();
  const g = t.analysis.agreement;
  const band = bandOf(value);
  return (
    <td className="ag-num">
      <span className={`ag-measure is-${band}`} title={value === null ? g.undefinedWhy : g.bands[band]} data-testid={`agreement-${name}`}>
        {formatMeasure(value, t.locale)}
      </span>
    </td>
  );
}

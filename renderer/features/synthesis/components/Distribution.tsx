import type { Attribute, ThemeSheet } from '../../../../shared/contract';
import { useT } from '../../../i18n';

export type DistributionProps = {
  sheet: ThemeSheet;
  attributes: readonly Attribute[];
  /** Chooses the attribute that names actor groups (null: none). */
  onAttributeChange: (attributeId: number | null) => void;
};

/**
 * Who speaks of the theme, by actor group: for each value of the chosen attribute, the share of
 * the group's participants who do (a bar) and how many excerpts they gave.
 */
export function Distribution({ sheet, attributes, onAttributeChange }: DistributionProps) {
  const t = useT().synthesis.themes;
  const selectId = `syn-group-${sheet.codeId}`;
  const maxCodings = Math.max(1, ...sheet.distribution.map((g) => g.codings));
  return (
    <div className="syn-distribution" data-testid="distribution">
      {attributes.length === 0 ? (
        <p className="syn-empty-line">{t.noAttributes}</p>
      ) : (
        <div className="syn-distribution-head">
          <label className="field-label" htmlFor={selectId}>
            {t.groupBy}
          </label>
          <select
            id={selectId}
            className="select select-sm"
            value={sheet.groupAttribute?.id ?? ''}
            onChange={(e) => onAttributeChange(e.target.value === '' ? null : Number(e.target.value))}
            data-testid="distribution-attribute"
          >
            <option value="">{t.noGroupBy}</option>
            {attributes.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {sheet.groupAttribute === null
        ? attributes.length > 0 && <p className="syn-empty-line">{t.chooseAttribute}</p>
        : sheet.distribution.length > 0 && (
            <table className="syn-distribution-table">
              <thead>
                <tr>
                  <th scope="col">{t.group}</th>
                  <th scope="col">{t.participants}</th>
                  <th scope="col" className="syn-num">
                    {t.excerpts}
                  </th>
                </tr>
              </thead>
              <tbody>
                {sheet.distribution.map((g) => {
                  const share = g.casesInGroup > 0 ? g.cases / g.casesInGroup : 0;
                  return (
                    <tr key={g.value ?? '∅'} data-testid="distribution-row">
                      <th scope="row" className={g.value === null ? 'syn-muted' : undefined}>
                        {g.label}
                      </th>
                      <td>
                        <span className="syn-bar" aria-hidden="true">
                          <span className="syn-bar-fill" style={{ width: `${Math.round(share * 100)}%` }} />
                        </span>
                        <span className="syn-bar-label">{t.ofGroup(g.cases, g.casesInGroup)}</span>
                      </td>
                      <td className="syn-num">
                        <span className="syn-count-bar" aria-hidden="true" style={{ width: `${Math.max(2, Math.round((g.codings / maxCodings) * 48))}px` }} />
                        {g.codings}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
    </div>
  );
}

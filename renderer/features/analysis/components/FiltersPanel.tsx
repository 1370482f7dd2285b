import type { ReactNode } from 'react';
import type { Attribute, DocumentSummary } from '../../../../shared/contract';
import { useT } from '../../../i18n';
import { activeFilterCount, noFilters, toggle, type FilterState } from '../filters';

export type Coder = { id: number; name: string; codings: number };

export type FiltersPanelProps = {
  filters: FilterState;
  onChange: (update: (f: FilterState) => FilterState) => void;
  documents: readonly DocumentSummary[];
  attributes: readonly Attribute[];
  coders: readonly Coder[];
};

/** Attributes worth offering as chips: a handful of values (actor type, area), not free text. */
const MAX_CHIPS = 30;

/** Narrows every tool of the view to some interviews, some participants (by their values), some coders. */
export function FiltersPanel({ filters, onChange, documents, attributes, coders }: FiltersPanelProps) {
  const t = useT();
  const f = t.analysis.filters;
  const active = activeFilterCount(filters);
  const offered = attributes.filter((a) => !a.isIdentifying && a.values.length > 0 && a.values.length <= MAX_CHIPS);
  return (
    <div className="an-filters" data-testid="analysis-filters">
      <header className="an-filters-header">
        <h2 className="an-filters-title">{f.title}</h2>
        {active > 0 ? (
          <button type="button" className="link-btn an-filters-clear" onClick={() => onChange(() => noFilters)} data-testid="analysis-filters-clear">
            {f.clear}
          </button>
        ) : (
          <p className="an-note">{f.hint}</p>
        )}
        {active > 0 && <span className="badge">{f.active(active)}</span>}
      </header>
      <Group legend={f.attributes}>
        {offered.length === 0 && <p className="an-note">{f.noAttributes}</p>}
        {offered.map((a) => (
          <div key={a.id} className="an-filter-attribute" role="group" aria-label={a.name}>
            <span className="an-filter-attribute-name">{a.name}</span>
            <div className="an-chips">
              {[...a.values].sort((x, y) => x.localeCompare(y, undefined, { sensitivity: 'base', numeric: true })).map((v) => {
                const on = (filters.attributes[a.id] ?? []).includes(v);
                return (
                  <label key={v} className={on ? 'an-chip is-on' : 'an-chip'}>
                    <input
                      type="checkbox"
                      checked={on}
                      onChange={() => onChange((x) => ({ ...x, attributes: { ...x.attributes, [a.id]: toggle(x.attributes[a.id] ?? [], v) } }))}
                    />
                    {v}
                  </label>
                );
              })}
            </div>
          </div>
        ))}
      </Group>
      <Group legend={f.documents}>
        {documents.map((d) => (
          <Check key={d.id} checked={filters.documentIds.includes(d.id)} onChange={() => onChange((x) => ({ ...x, documentIds: toggle(x.documentIds, d.id) }))}>
            <span className="an-check-label">{d.name}</span>
          </Check>
        ))}
      </Group>
      {coders.length > 1 && (
        <Group legend={f.coders}>
          {coders.map((c) => (
            <Check key={c.id} checked={filters.coderIds.includes(c.id)} onChange={() => onChange((x) => ({ ...x, coderIds: toggle(x.coderIds, c.id) }))}>
              <span className="an-check-label">{c.name}</span>
              <span className="an-count">{c.codings}</span>
            </Check>
          ))}
        </Group>
      )}
    </div>
  );
}

function Group({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="an-filter-group">
      <legend className="section-title">{legend}</legend>
      <div className="an-filter-options">{children}</div>
    </fieldset>
  );
}

function Check({ checked, onChange, children }: { checked: boolean; onChange: () => void; children: ReactNode }) {
  return (
    <label className="an-check">
      <input type="checkbox" checked={checked} onChange={onChange} />
      {children}
    </label>
  );
}

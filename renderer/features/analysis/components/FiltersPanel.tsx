import type { ReactNode } from 'react';
import type { Attribute, DocumentSummary } from '../../../../shared/contract';
import { useT } from '../../../i18n';
import { activeFilterCount, filtersByRange, noFilters, toggle, type FilterState, type ValueRange } from '../filters';

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
  // A coder with no codings (the default “Codeur 1” of a copy nobody coded in) narrows nothing; one already chosen stays visible.
  const coding = coders.filter((c) => c.codings > 0 || filters.coderIds.includes(c.id));
  const t = useT();
  const f = t.analysis.filters;
  const active = activeFilterCount(filters);
  // Dates and numbers are offered as a range whatever their number of values; others as chips.
  const offered = attributes.filter((a) => !a.isIdentifying && a.values.length > 0 && (filtersByRange(a) || a.values.length <= MAX_CHIPS));
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
        {offered.map((a) =>
          filtersByRange(a) ? (
            <RangeFilter
              key={a.id}
              attribute={a}
              range={filters.ranges[a.id] ?? {}}
              onChange={(range) => onChange((x) => ({ ...x, ranges: { ...x.ranges, [a.id]: range } }))}
            />
          ) : (
            <ChipsFilter
              key={a.id}
              attribute={a}
              chosen={filters.attributes[a.id] ?? []}
              onToggle={(v) => onChange((x) => ({ ...x, attributes: { ...x.attributes, [a.id]: toggle(x.attributes[a.id] ?? [], v) } }))}
            />
          ),
        )}
      </Group>
      <Group legend={f.documents}>
        {documents.map((d) => (
          <Check key={d.id} checked={filters.documentIds.includes(d.id)} onChange={() => onChange((x) => ({ ...x, documentIds: toggle(x.documentIds, d.id) }))}>
            <span className="an-check-label">{d.name}</span>
          </Check>
        ))}
      </Group>
      {coding.length > 1 && (
        <Group legend={f.coders}>
          {coding.map((c) => (
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

type ChipsFilterProps = { attribute: Attribute; chosen: readonly string[]; onToggle: (value: string) => void };

/** One chip per value of a category or short text (a long value wraps inside its chip). */
function ChipsFilter({ attribute, chosen, onToggle }: ChipsFilterProps) {
  const values = [...attribute.values].sort((x, y) => x.localeCompare(y, undefined, { sensitivity: 'base', numeric: true }));
  return (
    <div className="an-filter-attribute" role="group" aria-label={attribute.name}>
      <span className="an-filter-attribute-name">{attribute.name}</span>
      <div className="an-chips">
        {values.map((v) => {
          const on = chosen.includes(v);
          return (
            <label key={v} className={on ? 'an-chip is-on' : 'an-chip'}>
              <input type="checkbox" checked={on} onChange={() => onToggle(v)} />
              {v}
            </label>
          );
        })}
      </div>
    </div>
  );
}

export type RangeFilterProps = { attribute: Attribute; range: ValueRange; onChange: (range: ValueRange) => void; testId?: string };

/** From/to inputs for a date or number attribute, bounded by the values in use (the analysis filters and search). */
export function RangeFilter({ attribute, range, onChange, testId = 'analysis-range' }: RangeFilterProps) {
  const f = useT().analysis.filters;
  const isDate = attribute.type === 'date';
  const sorted = isDate ? [...attribute.values].sort() : [...attribute.values].sort((x, y) => Number(x) - Number(y));
  const bounds = { min: sorted[0], max: sorted[sorted.length - 1] };
  const input = (end: 'from' | 'to', label: string) => (
    <label className="an-range-end">
      <span className="an-range-label">{label}</span>
      <input
        type={isDate ? 'date' : 'number'}
        className="input input-sm an-range-input"
        {...(isDate ? {} : { step: 'any' })}
        min={bounds.min}
        max={bounds.max}
        placeholder={end === 'from' ? bounds.min : bounds.max}
        value={range[end] ?? ''}
        onChange={(e) => {
          const { [end]: _old, ...rest } = range;
          onChange(e.target.value === '' ? rest : { ...rest, [end]: e.target.value });
        }}
        data-testid={`${testId}-${end}`}
      />
    </label>
  );
  return (
    <div className="an-filter-attribute" role="group" aria-label={attribute.name} data-testid={`${testId}-filter`}>
      <span className="an-filter-attribute-name">{attribute.name}</span>
      <div className="an-range">
        {input('from', f.from)}
        {input('to', f.to)}
      </div>
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

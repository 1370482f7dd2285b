import { useState, type ReactNode } from 'react';
import type { Attribute, Code, DocumentSummary } from '../../../../shared/contract';
import { useT } from '../../../i18n';
import { ColorSwatch } from '../../../ui';
import { filtersByRange, RangeFilter } from '../../analysis';
import { useAllSpeakers } from '../hooks/useAllSpeakers';
import { activeFilterCount, noFilters, type FilterState } from '../search-context';

export type SearchFiltersFormProps = {
  filters: FilterState;
  onChange: (update: (f: FilterState) => FilterState) => void;
  documents: readonly DocumentSummary[];
  attributes: readonly Attribute[];
  codes: readonly Code[];
  /** Blind coding is on: the codes filter looks at the user's own codings only (said in the group). */
  blind?: boolean;
};

const toggle = <T,>(list: readonly T[], item: T): T[] => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);

/** Narrows a search: to some interviews, to participants with some attribute values, inside or outside coded passages, to or without some speakers. */
export function SearchFiltersForm({ filters, onChange, documents, attributes, codes, blind = false }: SearchFiltersFormProps) {
  const t = useT();
  const f = t.search.filters;
  const [isOpen, setOpen] = useState(false);
  const speakers = useAllSpeakers(
    documents.map((d) => d.id),
    isOpen,
  );
  const active = activeFilterCount(filters);
  const withValues = attributes.filter((a) => a.values.length > 0);
  const codable = codes.filter((c) => c.isCodable);

  return (
    <details className="search-filters" open={isOpen} onToggle={(e) => setOpen(e.currentTarget.open)} data-testid="search-filters">
      <summary>
        <span>{f.title}</span>
        {active > 0 && <span className="search-filters-count">{f.active(active)}</span>}
      </summary>
      <div className="search-filters-body">
        <FilterGroup legend={f.documents}>
          {documents.map((d) => (
            <Check key={d.id} checked={filters.documentIds.includes(d.id)} onChange={() => onChange((x) => ({ ...x, documentIds: toggle(x.documentIds, d.id) }))}>
              {d.name}
            </Check>
          ))}
        </FilterGroup>
        <FilterGroup legend={f.attributes}>
          {withValues.length === 0 && <p className="search-filters-empty">{f.noAttributes}</p>}
          {withValues.map((a) =>
            filtersByRange(a) ? (
              <RangeFilter
                key={a.id}
                attribute={a}
                range={filters.ranges[a.id] ?? {}}
                onChange={(range) => onChange((x) => ({ ...x, ranges: { ...x.ranges, [a.id]: range } }))}
                testId="search-range"
              />
            ) : (
              <div key={a.id} className="search-filter-attribute" role="group" aria-label={a.name}>
                <span className="search-filter-attribute-name">{a.name}</span>
                <div className="search-chips">
                  {a.values.map((v) => {
                    const wanted = filters.attributes[a.id] ?? [];
                    return (
                      <Check
                        key={v}
                        chip
                        checked={wanted.includes(v)}
                        onChange={() => onChange((x) => ({ ...x, attributes: { ...x.attributes, [a.id]: toggle(x.attributes[a.id] ?? [], v) } }))}
                      >
                        {v}
                      </Check>
                    );
                  })}
                </div>
              </div>
            ),
          )}
        </FilterGroup>
        <FilterGroup legend={f.codes}>
          {codable.length === 0 && <p className="search-filters-empty">{f.noCodes}</p>}
          {codable.length > 0 && blind && (
            <p className="search-filters-empty" data-testid="search-codes-blind">
              {f.codesBlind}
            </p>
          )}
          {codable.length > 0 && (
            <Modes
              name="search-code-mode"
              value={filters.codeMode}
              options={[
                ['inside', f.codesInside],
                ['outside', f.codesOutside],
              ]}
              onChange={(codeMode) => onChange((x) => ({ ...x, codeMode }))}
            />
          )}
          {codable.map((c) => (
            <Check key={c.id} checked={filters.codeIds.includes(c.id)} onChange={() => onChange((x) => ({ ...x, codeIds: toggle(x.codeIds, c.id) }))}>
              <ColorSwatch color={c.color} size={10} />
              {c.name}
            </Check>
          ))}
        </FilterGroup>
        <FilterGroup legend={f.speakers}>
          <label className="search-check search-check-interviewer" title={f.excludeInterviewerHint}>
            <input
              type="checkbox"
              checked={filters.excludeInterviewer}
              onChange={(e) => {
                const excludeInterviewer = e.target.checked;
                onChange((x) => ({ ...x, excludeInterviewer }));
              }}
              data-testid="search-exclude-interviewer"
            />
            {f.excludeInterviewer}
          </label>
          {speakers.length === 0 && <p className="search-filters-empty">{f.noSpeakers}</p>}
          {speakers.length > 0 && (
            <Modes
              name="search-speaker-mode"
              value={filters.speakerMode}
              options={[
                ['include', f.speakersInclude],
                ['exclude', f.speakersExclude],
              ]}
              onChange={(speakerMode) => onChange((x) => ({ ...x, speakerMode }))}
            />
          )}
          {speakers.map((s) => (
            <Check key={s} checked={filters.speakers.includes(s)} onChange={() => onChange((x) => ({ ...x, speakers: toggle(x.speakers, s) }))}>
              {s}
            </Check>
          ))}
        </FilterGroup>
        {active > 0 && (
          <button type="button" className="search-link" onClick={() => onChange(() => noFilters)}>
            {f.clearAll}
          </button>
        )}
      </div>
    </details>
  );
}

function FilterGroup({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="search-filter-group">
      <legend>{legend}</legend>
      <div className="search-filter-options">{children}</div>
    </fieldset>
  );
}

function Check({ checked, onChange, chip = false, children }: { checked: boolean; onChange: () => void; chip?: boolean; children: ReactNode }) {
  return (
    <label className={chip ? `search-chip${checked ? ' is-on' : ''}` : 'search-check'}>
      <input type="checkbox" checked={checked} onChange={onChange} />
      {children}
    </label>
  );
}

function Modes<T extends string>({ name, value, options, onChange }: { name: string; value: T; options: [T, string][]; onChange: (v: T) => void }) {
  return (
    <div className="search-modes" role="radiogroup">
      {options.map(([v, label]) => (
        <label key={v} className={v === value ? 'search-mode is-on' : 'search-mode'}>
          <input type="radio" name={name} checked={v === value} onChange={() => onChange(v)} />
          {label}
        </label>
      ))}
    </div>
  );
}

import type { Attribute } from '../../../../shared/contract';
import { useT } from '../../../i18n';
import { EmptyState } from '../../../ui';
import { useSetIdentifying } from '../hooks/usePseudonyms';

/** Which participant attributes hold identifying values (replaced in anonymized exports). */
export function IdentifyingAttributes({ attributes }: { attributes: readonly Attribute[] | undefined }) {
  const t = useT();
  const a = t.pseudonyms.attributes;
  const setIdentifying = useSetIdentifying();
  const list = attributes ?? [];
  if (attributes && list.length === 0) return <EmptyState compact title={a.none} testId="identifying-none" />;
  const toggle = (attribute: Attribute, on: boolean) => {
    const ids = list.filter((x) => (x.id === attribute.id ? on : x.isIdentifying)).map((x) => x.id);
    setIdentifying.mutate(ids);
  };
  return (
    <div className="identifying">
      <p className="note">{a.intro}</p>
      <ul className="identifying-list">
        {list.map((attribute) => (
          <li key={attribute.id}>
            <label className="identifying-item" title={a.mark(attribute.name)}>
              <input type="checkbox" checked={attribute.isIdentifying} onChange={(e) => toggle(attribute, e.target.checked)} data-testid="identifying-checkbox" />
              <span className="identifying-name">{attribute.name}</span>
              <span className="identifying-values">
                {a.values(attribute.values.length)}
                {attribute.values.length > 0 && <> · {attribute.values.slice(0, 4).join(', ')}{attribute.values.length > 4 ? '…' : ''}</>}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </div>
  );
}

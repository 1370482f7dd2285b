import { ArrowDown, ArrowUp, Ellipsis, Pencil, Shield, ShieldCheck, Trash2 } from 'lucide-react';
import type { Attribute } from '../../../../shared/contract';
import { useT } from '../../../i18n';
import { IconButton, Menu } from '../../../ui';
import { useUpdateAttribute } from '../hooks/useCaseMutations';
import { TypeIcon } from './TypeIcon';

export type AttributeHeaderProps = {
  attribute: Attribute;
  /** How the table is sorted by this column, if it is. */
  sorted: 'ascending' | 'descending' | null;
  onSort: () => void;
  onEdit: () => void;
  onDelete: () => void;
};

/** A column's header: its name and type, the identifying toggle, and its options. */
export function AttributeHeader({ attribute, sorted, onSort, onEdit, onDelete }: AttributeHeaderProps) {
  const t = useT();
  const update = useUpdateAttribute();
  const identifying = attribute.isIdentifying;
  return (
    <th scope="col" className="attribute-header" aria-sort={sorted ?? 'none'} data-testid="attribute-header" data-attribute={attribute.name}>
      <div className="attribute-header-inner">
        <span className="attribute-type" title={t.cases.types[attribute.type]}>
          <TypeIcon type={attribute.type} size={13} />
        </span>
        <button type="button" className="attribute-name" onClick={onSort} onDoubleClick={onEdit} title={t.cases.sortBy(attribute.name)}>
          {attribute.name}
          {sorted && (sorted === 'ascending' ? <ArrowUp size={12} aria-hidden="true" /> : <ArrowDown size={12} aria-hidden="true" />)}
        </button>
        <IconButton
          size="sm"
          tooltipAlign="end"
          className={identifying ? 'identifying-toggle is-on' : 'identifying-toggle'}
          label={identifying ? t.cases.markIdentifying(attribute.name) : t.cases.markNotIdentifying(attribute.name)}
          aria-pressed={identifying}
          icon={identifying ? <ShieldCheck size={14} /> : <Shield size={14} />}
          onClick={() => update.mutate({ id: attribute.id, isIdentifying: !identifying })}
          data-testid="identifying-toggle"
        />
        <Menu
          label={t.cases.attribute.options(attribute.name)}
          align="end"
          triggerClassName="icon-btn icon-btn-sm attribute-options"
          trigger={<Ellipsis size={14} aria-hidden="true" />}
          testId="attribute-options"
          entries={[
            { kind: 'item', id: 'edit', label: t.cases.attribute.edit, icon: <Pencil size={14} />, onSelect: onEdit, testId: 'attribute-edit' },
            { kind: 'item', id: 'delete', label: t.cases.attribute.delete, icon: <Trash2 size={14} />, onSelect: onDelete, testId: 'attribute-delete' },
          ]}
        />
      </div>
    </th>
  );
}

import { Calendar, Hash, Tags, Type } from 'lucide-react';
import type { AttributeType } from '../../../../shared/contract';
import { assertNever } from '../../../../shared/result';

export type TypeIconProps = { type: AttributeType; size?: number };

/** A small sign of an attribute's type, beside its name. */
export function TypeIcon({ type, size = 14 }: TypeIconProps) {
  const props = { size, 'aria-hidden': true as const, className: 'type-icon' };
  switch (type) {
    case 'text':
      return <Type {...props} />;
    case 'number':
      return <Hash {...props} />;
    case 'date':
      return <Calendar {...props} />;
    case 'category':
      return <Tags {...props} />;
    default:
      return assertNever(type);
  }
}

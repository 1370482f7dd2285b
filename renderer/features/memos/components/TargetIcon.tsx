import { BookText, FileText, Highlighter, Tag, UserRound } from 'lucide-react';
import { assertNever } from '../../../../shared/result';
import type { MemoTargetType } from '../memo-targets';

export type TargetIconProps = { type: MemoTargetType; size?: number };

export function TargetIcon({ type, size = 14 }: TargetIconProps) {
  const props = { size, 'aria-hidden': true, className: 'memo-target-icon' } as const;
  switch (type) {
    case 'project':
      return <BookText {...props} />;
    case 'document':
      return <FileText {...props} />;
    case 'code':
      return <Tag {...props} />;
    case 'case':
      return <UserRound {...props} />;
    case 'coding':
      return <Highlighter {...props} />;
    default:
      return assertNever(type);
  }
}

import { useId, type ReactElement, type ReactNode } from 'react';

export type TooltipProps = {
  label: ReactNode;
  shortcut?: string | undefined;
  /** Where the bubble sits under the control (keeps it inside the window near an edge). */
  align?: 'start' | 'center' | 'end';
  side?: 'bottom' | 'top';
  children: ReactElement;
};

/** A small bubble under a control, shown on hover and on keyboard focus (unlike `title`). */
export function Tooltip({ label, shortcut, align = 'center', side = 'bottom', children }: TooltipProps) {
  const id = useId();
  return (
    <span className={`tooltip-wrap tooltip-${align} tooltip-${side}`}>
      {children}
      <span role="tooltip" id={id} className="tooltip">
        {label}
        {shortcut && <kbd className="tooltip-kbd">{shortcut}</kbd>}
      </span>
    </span>
  );
}

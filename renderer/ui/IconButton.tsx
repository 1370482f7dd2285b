import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { Tooltip } from './Tooltip';

export type IconButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'aria-label'> & {
  /** Required: an icon alone says nothing to a screen reader. */
  label: string;
  icon: ReactNode;
  shortcut?: string | undefined;
  tooltipAlign?: 'start' | 'center' | 'end';
  tooltipSide?: 'bottom' | 'top';
  size?: 'sm' | 'md';
  /** Show no tooltip (e.g. inside dense lists where the label is visible elsewhere). */
  bare?: boolean;
};

export function IconButton({
  label,
  icon,
  shortcut,
  tooltipAlign = 'center',
  tooltipSide = 'bottom',
  size = 'md',
  bare = false,
  className,
  type = 'button',
  ...rest
}: IconButtonProps) {
  const button = (
    <button type={type} aria-label={label} className={['icon-btn', `icon-btn-${size}`, className].filter(Boolean).join(' ')} {...rest}>
      {icon}
    </button>
  );
  if (bare) return button;
  return (
    <Tooltip label={label} shortcut={shortcut} align={tooltipAlign} side={tooltipSide}>
      {button}
    </Tooltip>
  );
}

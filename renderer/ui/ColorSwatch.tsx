export type ColorSwatchProps = { color: string; size?: number; className?: string | undefined };

export function ColorSwatch({ color, size = 10, className }: ColorSwatchProps) {
  return (
    <span
      className={['swatch', className].filter(Boolean).join(' ')}
      aria-hidden="true"
      style={{ backgroundColor: color, width: size, height: size }}
    />
  );
}

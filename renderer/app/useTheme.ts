import { useEffect, useState } from 'react';
import type { Settings } from '../../shared/contract';

const query = '(prefers-color-scheme: dark)';
const systemIsDark = () => typeof window.matchMedia === 'function' && window.matchMedia(query).matches;

/** Applies the chosen theme to the document (`system` follows the OS, live); returns the effective one. */
export function useTheme(setting: Settings['theme'] | undefined): 'light' | 'dark' {
  const [dark, setDark] = useState(systemIsDark);
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const media = window.matchMedia(query);
    const onChange = () => setDark(media.matches);
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, []);
  const effective = setting === 'light' || setting === 'dark' ? setting : dark ? 'dark' : 'light';
  useEffect(() => {
    document.documentElement.dataset.theme = effective;
    document.documentElement.style.colorScheme = effective;
  }, [effective]);
  return effective;
}

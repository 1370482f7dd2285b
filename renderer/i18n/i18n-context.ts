import { createContext } from 'react';
import type { Language } from '../../shared/contract';
import { fr, type Messages } from './fr';

export const I18nContext = createContext<{ language: Language; t: Messages }>({ language: 'fr', t: fr });

import { createContext, useContext } from 'react';
import { createToastStore, type ToastStore } from './toast-store';

export const ToastContext = createContext<ToastStore>(createToastStore());

export const useToasts = (): ToastStore => useContext(ToastContext);

/**
 * Open/close state for a form modal plus the record it works on. `key` changes on every opening so the
 * modal (and its form) starts fresh, while closing keeps it mounted for the close animation.
 */
import { useCallback, useState } from 'react';

export interface ModalState<T> {
  open: boolean;
  key: number;
  record?: T;
  show: (record?: T) => void;
  hide: () => void;
}

export function useModalState<T>(): ModalState<T> {
  const [state, setState] = useState<{ open: boolean; key: number; record?: T }>({ open: false, key: 0 });
  const show = useCallback((record?: T) => setState((s) => ({ open: true, key: s.key + 1, record })), []);
  const hide = useCallback(() => setState((s) => ({ ...s, open: false })), []);
  return { ...state, show, hide };
}

'use client';
/**
 * Keyboard shortcuts of the studio: undo (Ctrl+Z), redo (Ctrl+Shift+Z, Ctrl+Y), delete (Delete,
 * Backspace), duplicate (Ctrl+D), copy and paste (Ctrl+C, Ctrl+V), select all (Ctrl+A), clear the
 * selection (Escape). Not while typing in a field, and not while a dialog is open.
 */
import { useEffect } from 'react';
import { useStudio } from '@/components/store/studio-store';

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (target as HTMLInputElement).type;
    return !['button', 'checkbox', 'radio', 'range', 'submit', 'reset'].includes(type);
  }
  return false;
}

const textSelected = () => {
  const sel = window.getSelection();
  return sel !== null && !sel.isCollapsed && sel.toString().trim() !== '';
};

export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || typing(e.target)) return;
      if (e.target instanceof HTMLElement && e.target.closest('[role="dialog"],[role="alertdialog"]')) return;
      const s = useStudio.getState();
      if (s.recovery) return;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      const hasSelection = s.selection.nodeIds.length > 0 || s.selection.edgeIds.length > 0;
      if (mod && key === 'z') {
        e.preventDefault();
        if (e.shiftKey) s.redo();
        else s.undo();
      } else if (mod && key === 'y') {
        e.preventDefault();
        s.redo();
      } else if (mod && key === 'd') {
        if (s.selection.nodeIds.length === 0) return;
        e.preventDefault();
        s.duplicateSelection();
      } else if (mod && key === 'c') {
        if (s.selection.nodeIds.length === 0 || textSelected()) return;
        e.preventDefault();
        s.copySelection();
      } else if (mod && key === 'v') {
        e.preventDefault();
        s.paste();
      } else if (mod && key === 'a') {
        e.preventDefault();
        s.selectAll();
      } else if (!mod && (e.key === 'Delete' || e.key === 'Backspace')) {
        if (!hasSelection) return;
        e.preventDefault();
        s.deleteSelection();
      } else if (e.key === 'Escape' && hasSelection) {
        s.select({ nodeIds: [], edgeIds: [] });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

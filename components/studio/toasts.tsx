'use client';
/** Short messages: a refused connection's reason, a copy, a delete with its Undo. They leave on their own. */
import { useEffect } from 'react';
import { useStudio, type Toast } from '@/components/store/studio-store';

function ToastItem({ toast }: { toast: Toast }) {
  const dismiss = useStudio((s) => s.dismissToast);
  useEffect(() => {
    const ms = toast.action ? 9000 : toast.tone === 'error' ? 7000 : 4000;
    const t = setTimeout(() => dismiss(toast.id), ms);
    return () => clearTimeout(t);
  }, [toast, dismiss]);
  const tone =
    toast.tone === 'error'
      ? 'border-err/60 bg-err-soft text-err'
      : toast.tone === 'success'
        ? 'border-ok/50 bg-surface text-fg'
        : 'border-line bg-surface text-fg';
  return (
    <li
      role={toast.tone === 'error' ? 'alert' : undefined}
      className={`pointer-events-auto flex max-w-[560px] items-center gap-3 rounded-xl border px-4 py-2.5 text-[15px] font-medium shadow-xl ${tone}`}
    >
      <span className="min-w-0 flex-1">{toast.message}</span>
      {toast.action && (
        <button
          type="button"
          onClick={() => {
            toast.action?.run();
            dismiss(toast.id);
          }}
          className="rounded-md border border-accent px-2.5 py-1 text-[14px] font-semibold text-accent hover:bg-accent-soft"
        >
          {toast.action.label}
        </button>
      )}
      <button
        type="button"
        onClick={() => dismiss(toast.id)}
        aria-label="Dismiss"
        className="rounded-md p-1 text-muted hover:bg-sunken hover:text-fg"
      >
        <svg
          width="14"
          height="14"
          viewBox="0 0 16 16"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          aria-hidden="true"
        >
          <path d="m4 4 8 8M12 4l-8 8" />
        </svg>
      </button>
    </li>
  );
}

export function Toasts() {
  const toasts = useStudio((s) => s.toasts);
  return (
    <ol
      aria-live="polite"
      aria-label="Notifications"
      className="pointer-events-none fixed bottom-5 left-1/2 z-50 flex -translate-x-1/2 flex-col items-center gap-2"
    >
      {toasts.map((t) => (
        <ToastItem key={t.id} toast={t} />
      ))}
    </ol>
  );
}

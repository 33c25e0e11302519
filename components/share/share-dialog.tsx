'use client';
/**
 * The Share dialog: a link holding the whole design in its fragment (never sent to a server), its
 * length with the verdict from lib/share, and a copy button.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useStudio } from '@/components/store/studio-store';
import { classifyShareLength, shareUrl } from '@/lib/share';

export function ShareDialog({ onClose }: { onClose: () => void }) {
  const design = useStudio((s) => s.design);
  const titleId = useId();
  const descId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  const { url, error } = useMemo(() => {
    try {
      return { url: shareUrl(`${window.location.origin}${window.location.pathname}`, design), error: null };
    } catch (e) {
      return { url: '', error: e instanceof Error ? e.message : String(e) };
    }
  }, [design]);
  const verdict = classifyShareLength(url);
  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      inputRef.current?.select();
      setCopied('failed');
    }
  };
  const tone = verdict.verdict === 'fine' ? 'text-ok' : verdict.verdict === 'long' ? 'text-warn' : 'text-err';
  return (
    <div
      className="fixed inset-0 z-[60] flex items-start justify-center bg-black/40 pt-[12vh]"
      onPointerDown={(e) => e.target === e.currentTarget && onClose()}
    >
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={descId}
        className="w-[600px] max-w-[92vw] rounded-2xl border border-line bg-surface p-5 text-fg shadow-2xl"
      >
        <h2 id={titleId} className="text-[18px] font-bold">
          Share this design
        </h2>
        <p id={descId} className="mt-1 text-[14px] text-muted">
          The link holds the whole design, compressed, after the <code>#</code>: it is never sent to a server. Whoever opens it sees the
          design read-only and can make their own copy.
        </p>
        {error ? (
          <p role="alert" className="mt-3 rounded-lg bg-err-soft px-3 py-2 text-[14px] font-medium text-err">
            The link could not be made: {error}
          </p>
        ) : (
          <>
            <label htmlFor={`${titleId}-url`} className="mt-4 block text-[13px] font-semibold">
              Link
            </label>
            <div className="mt-1 flex gap-2">
              <input
                id={`${titleId}-url`}
                ref={inputRef}
                readOnly
                value={url}
                className="min-w-0 flex-1 rounded-lg border border-line bg-sunken px-2.5 py-1.5 font-mono text-[13px] text-fg"
              />
              <button
                type="button"
                onClick={() => void copy()}
                className="shrink-0 rounded-lg bg-accent px-3.5 py-1.5 text-[14px] font-semibold text-accent-fg hover:opacity-90"
              >
                Copy link
              </button>
            </div>
            <p data-testid="share-length" className={`mt-2 text-[14px] font-medium ${tone}`}>
              {verdict.message}
            </p>
            <p role="status" className="mt-1 min-h-[20px] text-[13px] text-muted">
              {copied === 'yes'
                ? 'Copied to the clipboard.'
                : copied === 'failed'
                  ? 'The browser did not allow copying: the link is selected, press Ctrl+C.'
                  : ''}
            </p>
          </>
        )}
        <div className="mt-3 flex justify-end">
          <button
            type="button"
            onClick={onClose}
            className="rounded-lg border border-line px-3.5 py-1.5 text-[14px] font-semibold hover:bg-sunken"
          >
            Close
          </button>
        </div>
      </div>
    </div>
  );
}

'use client';
/**
 * Shown when a saved design cannot be read: what is wrong, where its text is kept (nothing is thrown
 * away), a download of that text, and the ways forward: an example, a blank design, another saved design.
 */
import { useEffect, useId, useRef } from 'react';
import { EXAMPLE_LIST as EXAMPLES } from '@/lib/design/example-list';
import { useStudio } from '@/components/store/studio-store';

export function RecoveryDialog() {
  const recovery = useStudio((s) => s.recovery);
  const library = useStudio((s) => s.library);
  const openExample = useStudio((s) => s.openExample);
  const openDesign = useStudio((s) => s.openDesign);
  const newDesign = useStudio((s) => s.newDesign);
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (recovery) ref.current?.focus();
  }, [recovery]);
  if (!recovery) return null;
  const others = library.filter((e) => e.id !== recovery.designId);
  const listLost = recovery.what === 'library';
  const download = () => {
    if (recovery.raw === null) return;
    const url = URL.createObjectURL(new Blob([recovery.raw], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${recovery.title.replace(/[^\w.-]+/g, '-').replace(/^-|-$/g, '') || 'design'}.backup.json`;
    a.click();
    URL.revokeObjectURL(url);
  };
  const saved = others.length > 0 && (
    <>
      <h3 className="mt-6 text-[15px] font-semibold">{listLost ? 'Open one of your saved designs' : 'Or another saved design'}</h3>
      {listLost && (
        <p className="mt-1 text-[14px] text-muted">
          {others.length === 1 ? 'This design is' : `These ${others.length} designs are`} still kept in this browser; opening one lists them
          all again.
        </p>
      )}
      <ul aria-label="Saved designs" className="mt-2 flex max-h-48 flex-wrap gap-2 overflow-y-auto">
        {others.map((e) => (
          <li key={e.id}>
            <button
              type="button"
              onClick={() => openDesign(e.id)}
              className="rounded-lg border border-line px-3 py-1.5 text-[14px] font-semibold hover:bg-sunken"
            >
              {e.name}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
  return (
    <div className="fixed inset-0 z-40 flex items-center justify-center bg-black/40 p-4">
      <div
        ref={ref}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        className="flex max-h-[90vh] w-[620px] max-w-full flex-col overflow-hidden rounded-2xl border border-line bg-raised text-fg shadow-2xl outline-none"
      >
        <div className="overflow-y-auto p-6">
          <h2 id={titleId} className="text-[20px] font-semibold">
            {recovery.what === 'design' ? `“${recovery.title}” could not be opened` : 'The list of your saved designs could not be read'}
          </h2>
          <p className="mt-2 text-[15px] leading-snug text-muted">
            {recovery.what === 'design' ? 'Its saved text is not a design this studio can read.' : 'Its saved text is damaged.'} Nothing was
            thrown away
            {recovery.backupKey ? (
              <>
                : the text is kept in this browser under the key{' '}
                <code className="rounded bg-sunken px-1 font-mono text-[14px] text-fg">{recovery.backupKey}</code>
              </>
            ) : null}
            .
          </p>
          <ul className="mt-3 max-h-40 overflow-y-auto rounded-lg border border-err/40 bg-err-soft px-3 py-2 font-mono text-[13px] leading-relaxed text-err">
            {recovery.errors.slice(0, 8).map((e, i) => (
              <li key={i}>
                {e.path} {e.message}
              </li>
            ))}
            {recovery.errors.length > 8 && <li>… and {recovery.errors.length - 8} more</li>}
          </ul>
          {recovery.raw !== null && (
            <button
              type="button"
              onClick={download}
              className="mt-3 rounded-lg border border-line bg-surface px-3 py-1.5 text-[14px] font-semibold hover:bg-sunken"
            >
              Download the saved text
            </button>
          )}
          {listLost && saved}
          <h3 className="mt-6 text-[15px] font-semibold">
            {listLost && others.length > 0 ? 'Or open an example design' : 'Open an example design'}
          </h3>
          <ul className="mt-2 flex flex-col gap-2">
            {EXAMPLES.map((ex) => (
              <li key={ex.slug}>
                <button
                  type="button"
                  onClick={() => openExample(ex.slug)}
                  className="w-full rounded-xl border border-line bg-sunken px-4 py-2.5 text-left hover:border-accent hover:bg-accent-soft"
                >
                  <span className="block text-[15px] font-semibold">{ex.title}</span>
                  <span className="block text-[13px] text-muted">{ex.summary}</span>
                </button>
              </li>
            ))}
          </ul>
          {!listLost && saved}
          <div className="mt-6 flex justify-end">
            <button
              type="button"
              onClick={newDesign}
              className="rounded-lg border border-accent bg-accent px-4 py-2 text-[15px] font-semibold text-accent-fg hover:opacity-90"
            >
              Start a blank design
            </button>
          </div>
        </div>
      </div>
    </div>
  );
}

'use client';
/** The header's Open, Share and Export buttons. */
import { useRef, useState } from 'react';
import { ExportMenu } from '@/components/export/export-menu';
import { OPEN_ACCEPT, openDesignFromFile } from '@/components/export/open-file';
import { ShareDialog } from './share-dialog';
import { LINE_ICON } from '@/components/icons/line-icon';

const buttonClass =
  'inline-flex h-9 items-center gap-1.5 rounded-lg border border-line px-3 text-[14px] font-semibold text-fg hover:bg-sunken';

export function OpenShareExport() {
  const [sharing, setSharing] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const shareButton = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        type="button"
        onClick={() => fileRef.current?.click()}
        className={buttonClass}
        title="Open a design file, or an image exported by the studio"
      >
        <svg {...LINE_ICON}>
          <path d="M3.5 7.5v11h17v-9h-8l-2-2z" />
        </svg>
        Open file…
      </button>
      <input
        ref={fileRef}
        type="file"
        accept={OPEN_ACCEPT}
        aria-label="Design file to open"
        className="hidden"
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) void openDesignFromFile(f);
        }}
      />
      <button ref={shareButton} type="button" aria-haspopup="dialog" onClick={() => setSharing(true)} className={buttonClass}>
        <svg {...LINE_ICON}>
          <circle cx="18" cy="5" r="2.5" />
          <circle cx="6" cy="12" r="2.5" />
          <circle cx="18" cy="19" r="2.5" />
          <path d="m8.2 10.8 7.6-4.6M8.2 13.2l7.6 4.6" />
        </svg>
        Share
      </button>
      <ExportMenu />
      {sharing && (
        <ShareDialog
          onClose={() => {
            setSharing(false);
            shareButton.current?.focus();
          }}
        />
      )}
    </>
  );
}

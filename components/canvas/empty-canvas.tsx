'use client';
/** What an empty design shows: how to start, and the example designs to open instead. */
import { EXAMPLE_LIST as EXAMPLES } from '@/lib/design/example-list';
import { useStudio } from '@/components/store/studio-store';

export function EmptyCanvas() {
  const openExample = useStudio((s) => s.openExample);
  return (
    <div className="pointer-events-auto w-[520px] max-w-[90vw] rounded-2xl border border-line bg-surface p-6 text-fg shadow-xl">
      <h2 className="text-[20px] font-semibold">Start your design</h2>
      <p className="mt-1 text-[15px] text-muted">
        Drag components from the palette onto the canvas, or focus one and press Enter. Or open an example design:
      </p>
      <ul className="mt-4 flex flex-col gap-2">
        {EXAMPLES.map((ex) => (
          <li key={ex.slug}>
            <button
              type="button"
              onClick={() => openExample(ex.slug)}
              className="w-full rounded-xl border border-line bg-sunken px-4 py-3 text-left hover:border-accent hover:bg-accent-soft"
            >
              <span className="block text-[15px] font-semibold">{ex.title}</span>
              <span className="block text-[14px] text-muted">{ex.summary}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

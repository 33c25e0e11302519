'use client';
/**
 * "How is this computed?": a headline number's formula, the same formula with this design's values
 * plugged in, and the sources it rests on (catalog sources with their quality and date; seed sections).
 */
import { useId, useState } from 'react';
import { getSource } from '@/lib/catalog';
import type { Explanation } from '@/lib/calc/types';
import { Badge } from './ui';

const QUALITY: Record<string, { label: string; tone: 'good' | 'neutral' | 'accent' | 'warn' }> = {
  primary: { label: 'primary', tone: 'good' },
  secondary: { label: 'secondary', tone: 'warn' },
  derived: { label: 'derived', tone: 'accent' },
  seed: { label: 'seed', tone: 'neutral' },
};

const isUrl = (s: string) => /^https?:\/\//.test(s);

/** One source id of an explanation or a rule's basis, resolved against the catalog where it is one. */
export function SourceItem({ id }: { id: string }) {
  const source = getSource(id);
  if (!source) {
    const seed = /^seed (\d+(?:\.\d+)?)/.exec(id);
    const facts = /^facts (§.*)/.exec(id);
    return (
      <li className="text-[13px] leading-snug">
        <span className="font-medium text-fg">
          {seed ? `Seed module, section ${seed[1]}` : facts ? `Research notes (facts.md) ${facts[1]}` : id}
        </span>
        {seed && <span className="text-muted"> — AI Infrastructure for Architects, Module 9 (March 2026)</span>}
      </li>
    );
  }
  const q = QUALITY[source.quality] ?? { label: source.quality, tone: 'neutral' as const };
  return (
    <li className="text-[13px] leading-snug">
      <span className="font-medium text-fg">
        {isUrl(source.where) ? (
          <a
            href={source.where}
            target="_blank"
            rel="noreferrer"
            className="text-accent underline decoration-accent/40 underline-offset-2 hover:decoration-accent"
          >
            {source.title}
          </a>
        ) : (
          source.title
        )}
      </span>{' '}
      <Badge tone={q.tone}>{q.label}</Badge> <span className="whitespace-nowrap text-muted">as of {source.asOf}</span>
      {!isUrl(source.where) && <span className="block break-words font-mono text-[12px] text-muted">{source.where}</span>}
    </li>
  );
}

/** The formula behind a headline number, opened on demand. */
export function HowComputed({ explanation, subject }: { explanation: Explanation; subject: string }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="flex flex-col">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
        className="inline-flex w-fit items-center gap-1.5 rounded-md py-0.5 pr-1.5 text-[13px] font-semibold text-accent hover:underline"
      >
        <svg width="15" height="15" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.6" aria-hidden="true">
          <circle cx="8" cy="8" r="6.8" />
          <path d="M6.2 6.2a1.9 1.9 0 1 1 2.6 1.8c-.5.2-.8.6-.8 1.1v.4M8 11.3v.2" strokeLinecap="round" />
        </svg>
        How is {subject} computed?
        <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" className={`transition-transform ${open ? 'rotate-180' : ''}`}>
          <path d="m3 4.5 3 3 3-3" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
        </svg>
      </button>
      <div id={id} hidden={!open} className="mt-2 rounded-lg border border-line bg-sunken px-3 py-2.5" data-testid="how-computed">
        <h4 className="text-[12px] font-semibold uppercase tracking-wide text-muted">Formula</h4>
        <p className="mt-0.5 text-[14px] leading-snug text-fg">{explanation.formula}</p>
        {explanation.substituted !== '' && (
          <>
            <h4 className="mt-2.5 text-[12px] font-semibold uppercase tracking-wide text-muted">With this design’s values</h4>
            <p className="mt-0.5 break-words font-mono text-[13px] leading-relaxed text-fg">{explanation.substituted}</p>
          </>
        )}
        {explanation.sources.length > 0 && (
          <>
            <h4 className="mt-2.5 text-[12px] font-semibold uppercase tracking-wide text-muted">Sources</h4>
            <ul className="mt-1 flex flex-col gap-1.5">
              {explanation.sources.map((s) => (
                <SourceItem key={s} id={s} />
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}

'use client';
/**
 * A gallery template's document and report, fetched from /examples/<slug>.json when a card first shows
 * (never bundled) and evaluated with `evaluate` (through the report cache). Kept per slug for the session.
 */
import { useEffect, useState } from 'react';
import type { Report } from '@/lib/calc/types';
import type { Design } from '@/lib/design/schema';
import { loadTemplate } from '@/lib/design/templates';
import { reportFor } from '@/components/store/report';

export type TemplateState =
  | { state: 'loading' }
  | { state: 'ready'; design: Design; report: Report | null; reportError: string | null }
  | { state: 'failed'; message: string };

const loaded = new Map<string, Promise<TemplateState>>();

const readText = async (url: string): Promise<string> => {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`the server answered ${res.status}`);
  return res.text();
};

export function fetchTemplate(slug: string): Promise<TemplateState> {
  const hit = loaded.get(slug);
  if (hit) return hit;
  const p = loadTemplate(slug, readText).then(async (r): Promise<TemplateState> => {
    if (!r.ok) {
      loaded.delete(slug);
      return { state: 'failed', message: r.errors.map((e) => `${e.path}: ${e.message}`).join('; ') };
    }
    const rep = await reportFor(r.design);
    return rep.ok
      ? { state: 'ready', design: r.design, report: rep.report, reportError: null }
      : { state: 'ready', design: r.design, report: null, reportError: rep.message };
  });
  loaded.set(slug, p);
  return p;
}

export function useTemplate(slug: string): TemplateState {
  const [s, setS] = useState<TemplateState>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    void fetchTemplate(slug).then((r) => {
      if (live) setS(r);
    });
    return () => {
      live = false;
    };
  }, [slug]);
  return s;
}

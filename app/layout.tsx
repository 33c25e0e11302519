import type { Metadata, Viewport } from 'next';
import '@xyflow/react/dist/style.css';
import './globals.css';

export const metadata: Metadata = {
  title: 'AI Architecture Studio',
  description: 'Sketch AI infrastructure on Azure and see, live, whether it will work and what it will cost.',
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#eef2f7' },
    { media: '(prefers-color-scheme: dark)', color: '#070c17' },
  ],
};

/** Applies the saved theme before the first paint, so a dark-theme user never sees a white flash. */
const themeScript = `try{var p=JSON.parse(localStorage.getItem('aas.prefs.v1')||'{}');var d=p.theme?p.theme==='dark':matchMedia('(prefers-color-scheme: dark)').matches;var c=document.documentElement.classList;if(d)c.add('dark');if(p.highContrast)c.add('hc')}catch(e){}`;

export default function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body>{children}</body>
    </html>
  );
}

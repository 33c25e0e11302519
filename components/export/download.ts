/** Downloads in the browser: a Blob behind a temporary object URL, clicked by a hidden link. */
export function downloadBlob(fileName: string, data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The browser has taken the file once the click is handled; free the URL a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The file name for an export: the design file's stem with another suffix and extension. */
export const exportName = (designFile: string, suffix: string, ext: string): string =>
  `${designFile.replace(/\.json$/, '')}${suffix}.${ext}`;

/**
 * Saves bytes made in the renderer as a file: an object URL behind a transient `<a download>`. Works
 * the same in browser mode and in Electron (which shows its save dialog), with no core call.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // The click has handed the URL to the download by now; revoke it once the event loop moves on.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A name any file system accepts: no path separators or reserved characters. */
export const safeFileName = (name: string): string => name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').trim() || 'verbatim';


/** A standalone SVG document from an `<svg>` element's markup. */
export const svgDocument = (markup: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n${markup.includes('xmlns=') ? markup : markup.replace('<svg', '<svg xmlns="http://www.w3.org/2000/svg"')}`;

/** Rasterises SVG markup at `scale` (crisp on slides and in documents) into a PNG. */
export async function svgToPng(markup: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgDocument(markup)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

// Saves text the user asked for as a file through the page's own download (the browser asks
// where, the desktop shell shows its save dialog), so no main-process channel is needed.
export function saveTextFile(fileName: string, content: string, mimeType = 'text/plain;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

// Copy and download without a server: the Clipboard API (a ClipboardItem holding a promise keeps
// the click's user activation while the worker renders the text), then writeText, then the old
// execCommand("copy") for browsers without either.

/** Copies the text `pending` resolves to. Rejects if no method worked. */
export async function copyText(pending) {
  if (globalThis.ClipboardItem && navigator.clipboard?.write) {
    try {
      const blob = Promise.resolve(pending).then((t) => new Blob([t], { type: 'text/plain' }));
      await navigator.clipboard.write([new ClipboardItem({ 'text/plain': blob })]);
      return;
    } catch {
      // Not allowed here (permissions, older engine): try the next method.
    }
  }
  const text = await pending;
  if (navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return;
    } catch {
      // Fall through to execCommand.
    }
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.readOnly = true;
  area.className = 'offscreen';
  document.body.append(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('the browser refused to copy');
}

/** Saves `text` as a file named `name` (a blob URL; nothing is uploaded). */
export function download(text, name, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

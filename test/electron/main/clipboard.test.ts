import { describe, expect, it } from 'vitest';
import { draftClipboardTypes, writeDraftToClipboard } from '../../../electron/main/clipboard.ts';
import { clipboardPayload } from '../../../shared/exchange/clipboard.ts';
import { ClipboardItem, clipboard } from '../../mocks/electron.ts';

describe('writeDraftToClipboard (Electron 44+ clipboard, mocked)', () => {
  it('writes plain text and HTML as two types of one clipboard item, in one write', async () => {
    clipboard.write.mockClear();
    await writeDraftToClipboard(clipboard, ClipboardItem, clipboardPayload({ subject: 'Hello', body: 'Line one\n\nLine two' }, 'all'));
    expect(clipboard.write).toHaveBeenCalledOnce();
    const [items] = clipboard.write.mock.calls[0] as unknown as [ClipboardItem[]];
    expect(items).toHaveLength(1);
    expect(items[0]?.types).toEqual(['text/plain', 'text/html']);
    expect(items[0]?.items).toEqual({
      'text/plain': 'Subject: Hello\n\nLine one\n\nLine two',
      'text/html': '<p>Subject: Hello</p><p>Line one</p><p>Line two</p>',
    });
    expect(clipboard.writeText).not.toHaveBeenCalled();
  });

  it('writes text alone when there is no HTML', () => {
    expect(draftClipboardTypes({ text: 'just text' })).toEqual({ 'text/plain': 'just text' });
    expect(draftClipboardTypes({ text: 'just text', html: '' })).toEqual({ 'text/plain': 'just text' });
  });

  it('passes on a refusal of the system clipboard, so the page can say the copy failed', async () => {
    clipboard.write.mockRejectedValueOnce(new Error('clipboard busy'));
    await expect(writeDraftToClipboard(clipboard, ClipboardItem, { text: 'x' })).rejects.toThrow('clipboard busy');
  });
});

import { describe, expect, it, vi } from 'vitest';
import { clipboard } from 'electron';
import { writeClipboard } from '../../../node/services/clipboard.ts';
import { clipboardPayload } from '../../../shared/exchange/clipboard.ts';

describe('writeClipboard (electron mocked)', () => {
  it('writes plain text and HTML in one clipboard.write call', () => {
    vi.mocked(clipboard.write).mockClear();
    writeClipboard(clipboard, clipboardPayload({ subject: 'Hello', body: 'Line one\n\nLine two' }, 'all'));
    expect(clipboard.write).toHaveBeenCalledTimes(1);
    expect(clipboard.write).toHaveBeenCalledWith({ text: 'Subject: Hello\n\nLine one\n\nLine two', html: '<p>Subject: Hello</p><p>Line one</p><p>Line two</p>' });
    expect(clipboard.writeText).not.toHaveBeenCalled();
  });

  it('writes text alone when there is no HTML', () => {
    vi.mocked(clipboard.write).mockClear();
    writeClipboard(clipboard, { text: 'just text' });
    expect(clipboard.write).toHaveBeenCalledWith({ text: 'just text' });
  });
});

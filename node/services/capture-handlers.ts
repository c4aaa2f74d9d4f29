// The contract's capture channels: a dropped or pasted file becomes a proposal the page
// shows, and only "apply" (the user's yes) changes the board. Apply reads the file again
// here instead of trusting commands from the page, and the app service saves the result
// as one undo step.
import type { Command } from '../../shared/board/commands.ts';
import type { ChangeAck, CaptureFetched, CapturePreview, ParsedRequestOf } from '../../shared/ipc/contract.ts';
import { fail, ok, type Result } from '../../shared/ipc/result.ts';
import type { AfterviewDocument } from '../../shared/model/types.ts';
import type { Clock } from '../../shared/time/clock.ts';
import { fetchPostingPage } from './capture/fetch-posting.ts';
import { CaptureReadError } from './capture/ics.ts';
import { proposeFromFile } from './capture/propose-file.ts';
import type { Handlers } from './contract-router.ts';
import { CAPTURE_NO_APPLICATION, CAPTURE_NOTHING_TO_CHANGE } from './sentences.ts';

export interface CaptureHost {
  clock: Clock;
  /** The document a proposal is made against (the latest accepted one). */
  present(): AfterviewDocument;
  readOnly(): boolean;
  readOnlyMessage: string;
  /** Applies the commands in order as one undoable step and saves it. */
  applyAsOneStep(commands: readonly Command[]): Promise<Result<ChangeAck>>;
  /** How posting pages are fetched (tests pass a fake); the platform's fetch otherwise. */
  fetchPage?: typeof fetchPostingPage;
}

type CaptureRequest = ParsedRequestOf<'capture:propose'>;

async function propose(host: CaptureHost, request: CaptureRequest) {
  const options = { now: host.clock(), ...(request.applicationId ? { applicationId: request.applicationId } : {}) };
  const content = request.encoding === 'base64' ? Buffer.from(request.content, 'base64') : request.content;
  return proposeFromFile(
    { name: request.fileName, content, ...(request.pageUrl ? { pageUrl: request.pageUrl } : {}) },
    host.present(),
    options,
  );
}

export function captureHandlers(host: CaptureHost): Pick<Handlers, 'capture:propose' | 'capture:apply' | 'capture:fetchPosting'> {
  return {
    'capture:fetchPosting': async ({ url }): Promise<Result<CaptureFetched>> => {
      let page: { url: string; html: string };
      try {
        page = await (host.fetchPage ?? fetchPostingPage)(url);
      } catch (error) {
        if (error instanceof CaptureReadError) return fail('unavailable', error.message);
        throw error;
      }
      const file = { fileName: 'posting.html', content: page.html, pageUrl: page.url };
      const result = await propose(host, file);
      if (!result.ok) return fail('invalid_payload', result.message);
      const { commands: _commands, ...preview } = result.proposal;
      return ok({ file, preview });
    },
    'capture:propose': async (request): Promise<Result<CapturePreview>> => {
      const result = await propose(host, request);
      if (!result.ok) return fail('invalid_payload', result.message);
      const { commands: _commands, ...preview } = result.proposal;
      return ok(preview);
    },
    'capture:apply': async (request) => {
      if (host.readOnly()) return fail('read_only', host.readOnlyMessage);
      const result = await propose(host, request);
      if (!result.ok) return fail('invalid_payload', result.message);
      const { proposal } = result;
      if (proposal.kind !== 'posting' && !proposal.application) {
        return fail('not_found', CAPTURE_NO_APPLICATION);
      }
      if (proposal.commands.length === 0) return fail('conflict', CAPTURE_NOTHING_TO_CHANGE);
      return host.applyAsOneStep(proposal.commands);
    },
  };
}

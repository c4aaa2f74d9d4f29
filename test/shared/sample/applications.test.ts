import { useTimeZone } from '../support/tz.ts';
useTimeZone('Asia/Tokyo');

import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/board/apply.ts';
import { computeAllActions } from '../../../shared/engine/actions.ts';
import { emptyDocument } from '../../../shared/model/empty.ts';
import { ApplicationSchema } from '../../../shared/model/schema.ts';
import { deriveStage } from '../../../shared/model/stage.ts';
import { sampleApplications } from '../../../shared/sample/applications.ts';

const now = new Date('2022-03-09T03:00:00Z'); // Wednesday 12:00 in Tokyo

describe('sampleApplications', () => {
  it('gives six valid applications across the stages, consistent with their events', () => {
    const apps = sampleApplications(now);
    expect(apps).toHaveLength(6);
    expect(new Set(apps.map((a) => a.stage))).toEqual(new Set(['interviewing', 'waiting', 'followed_up', 'rejected', 'applied']));
    for (const app of apps) {
      expect(ApplicationSchema.parse(app)).toEqual(app);
      expect(deriveStage(app)).toBe(app.stage);
    }
  });

  it('show a spread of the playbook on the board at that moment', () => {
    const doc = applyCommand(emptyDocument(), { type: 'addApplications', applications: sampleApplications(now) });
    const rules = computeAllActions(doc, now).map((a) => a.rule);
    expect(rules).toEqual(expect.arrayContaining(['P1', 'P2', 'P4', 'P8', 'P11', 'P12']));
  });

  it('are the same for the same moment', () => {
    expect(sampleApplications(now)).toEqual(sampleApplications(now));
  });
});

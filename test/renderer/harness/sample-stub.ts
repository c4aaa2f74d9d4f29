// Stands in for shared/sample until it exists, so the harness builds.
import type { Application } from '../../../shared/model/types.ts';
import { boardDocument } from '../fixtures.ts';
export function sampleApplications(now: Date): Application[] {
  return boardDocument(now).applications;
}

// Placeholders in a saved template that the app cannot fill (Settings > Templates flags them).
import { describe, expect, it } from 'vitest';
import { TEMPLATE_KINDS } from '../../../shared/model/schema.ts';
import { builtInTemplate, unknownPlaceholders } from '../../../shared/templates/index.ts';

describe('unknown placeholders', () => {
  it('template unknown-placeholder: names each placeholder the app cannot fill, once, subject included', () => {
    expect(
      unknownPlaceholders({ subject: 'About {job_title}', body: 'Hi {first_name}, {first_name}, thanks about the {role} role.' }),
    ).toEqual(['job_title', 'first_name']);
  });

  it('template unknown-placeholder: every built-in template uses only known placeholders', () => {
    for (const kind of TEMPLATE_KINDS) expect([kind, unknownPlaceholders(builtInTemplate(kind))]).toEqual([kind, []]);
  });
});

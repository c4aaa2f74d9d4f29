// The two presets of the playbook's "Policy settings". "patient" is the defaults;
// "persistent" follows up without a limit (P9 never says stop) and a week apart (P8).
import { PolicySchema } from '../model/schema.ts';
import type { Policy, Settings } from '../model/types.ts';

export type PresetName = Exclude<Settings['preset'], 'custom'>;

export function presetPolicy(preset: PresetName): Policy {
  const patient = PolicySchema.parse({});
  return preset === 'patient' ? patient : { ...patient, maxFollowUps: null, secondTouchAfterDays: 7 };
}

function samePolicy(a: Policy, b: Policy): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The preset a policy matches, or "custom" when the user changed a setting by hand. */
export function presetFor(policy: Policy): Settings['preset'] {
  if (samePolicy(policy, presetPolicy('patient'))) return 'patient';
  if (samePolicy(policy, presetPolicy('persistent'))) return 'persistent';
  return 'custom';
}

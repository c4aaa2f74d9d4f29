// The timing policy (playbook, "Policy settings"): a preset, and each timing on its own.
// Changing one by hand makes the preset "custom".
import type { Policy, Settings } from '../../../shared/model/types.ts';
import { CommitField } from '../ui/fields.tsx';
import { useApp } from '../store/StoreContext.tsx';
import { SettingsGroup } from './SettingsGroup.tsx';
import { useUpdateSettings } from './useSettings.ts';

type NumberKey =
  | 'thankYouWithinHours'
  | 'followUpBusinessDaysAfterDecision'
  | 'followUpDaysWithoutDecisionDate'
  | 'secondTouchAfterDays'
  | 'draftReminderDaysBefore';

const NUMBERS: { key: NumberKey; label: string; unit: string; rule: string; min: number; max: number }[] = [
  { key: 'thankYouWithinHours', label: 'Send the thank-you note within', unit: 'hours of the interview', rule: 'P2', min: 1, max: 336 },
  {
    key: 'followUpBusinessDaysAfterDecision',
    label: 'Follow up after their decision date',
    unit: 'working days later',
    rule: 'P4',
    min: 0,
    max: 60,
  },
  {
    key: 'followUpDaysWithoutDecisionDate',
    label: 'Follow up when they gave no date',
    unit: 'days after the interview',
    rule: 'P5',
    min: 1,
    max: 120,
  },
  { key: 'secondTouchAfterDays', label: 'Try once more', unit: 'days after the first follow-up', rule: 'P8', min: 1, max: 120 },
  { key: 'draftReminderDaysBefore', label: 'Remind me to draft a follow-up', unit: 'days before it is due', rule: 'P6', min: 0, max: 14 },
];

const PRESET_WORDS: Record<Settings['preset'], string> = {
  patient: 'Patient: two follow-ups, two weeks apart, then move on',
  persistent: 'Persistent: keep following up weekly until they answer',
  custom: 'Custom: your own timings',
};

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const DAY_ORDER = [1, 2, 3, 4, 5, 6, 0];
const pad = (h: number) => `${String(h).padStart(2, '0')}:00`;

function HourSelect({ label, value, onChange }: { label: string; value: number; onChange(hour: number): void }) {
  return (
    <label className="field field--inline">
      <span className="field__label">{label}</span>
      <select className="input input--compact num" value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {Array.from({ length: 24 }, (_, h) => (
          <option key={h} value={h}>
            {pad(h)}
          </option>
        ))}
      </select>
    </label>
  );
}

export function PolicySettings() {
  const settings = useApp((s) => s.doc!.settings);
  const update = useUpdateSettings();
  const policy = settings.policy;
  const setPolicy = (change: Partial<Policy>) => void update({ policy: change });
  const inRange = (min: number, max: number) => (v: string) =>
    v.trim() !== '' && Number.isFinite(Number(v)) && Number(v) >= min && Number(v) <= max ? null : `A number from ${min} to ${max}.`;

  return (
    <SettingsGroup title="Timing" description="When each message falls due. The defaults follow the playbook; change any of them.">
      <div className="form">
        <label className="field">
          <span className="field__label">Preset</span>
          <select className="input" value={settings.preset} onChange={(e) => void update({ preset: e.target.value as Settings['preset'] })}>
            {(['patient', 'persistent', 'custom'] as const).map((p) => (
              <option key={p} value={p} disabled={p === 'custom' && settings.preset !== 'custom'}>
                {PRESET_WORDS[p]}
              </option>
            ))}
          </select>
        </label>
        <div className="policy-grid">
          {NUMBERS.map((n) => (
            <CommitField
              key={n.key}
              label={n.label}
              suffix={n.unit}
              type="number"
              min={n.min}
              max={n.max}
              value={String(policy[n.key])}
              validate={inRange(n.min, n.max)}
              hint={n.rule}
              onCommit={(v) => setPolicy({ [n.key]: Number(v) })}
            />
          ))}
          <div className="field">
            <CommitField
              label="Follow-ups before moving on"
              suffix="after the thank-you"
              type="number"
              min={0}
              max={20}
              value={policy.maxFollowUps === null ? '' : String(policy.maxFollowUps)}
              disabled={policy.maxFollowUps === null}
              validate={inRange(0, 20)}
              hint="P9"
              onCommit={(v) => setPolicy({ maxFollowUps: Number(v) })}
            />
            <label className="checkbox">
              <input
                type="checkbox"
                checked={policy.maxFollowUps === null}
                onChange={(e) => setPolicy({ maxFollowUps: e.target.checked ? null : 2 })}
              />
              No limit
            </label>
          </div>
        </div>
        <div className="form__row">
          <HourSelect label="Date-only reminders at" value={policy.notifyAtHour} onChange={(notifyAtHour) => setPolicy({ notifyAtHour })} />
          <div className="field">
            <label className="checkbox">
              <input
                type="checkbox"
                checked={policy.quietHours !== null}
                onChange={(e) => setPolicy({ quietHours: e.target.checked ? { start: 21, end: 8 } : null })}
              />
              Quiet hours
            </label>
            {policy.quietHours && (
              <div className="inline-fields">
                <HourSelect
                  label="From"
                  value={policy.quietHours.start}
                  onChange={(start) => setPolicy({ quietHours: { ...policy.quietHours!, start } })}
                />
                <HourSelect
                  label="to"
                  value={policy.quietHours.end}
                  onChange={(end) => setPolicy({ quietHours: { ...policy.quietHours!, end } })}
                />
              </div>
            )}
          </div>
        </div>
        <fieldset className="fieldset">
          <legend className="field__label">Working days</legend>
          <div className="checks checks--row">
            {DAY_ORDER.map((d) => (
              <label key={d} className="checkbox" title={DAYS[d]}>
                <input
                  type="checkbox"
                  checked={policy.workingDays.includes(d)}
                  disabled={policy.workingDays.length === 1 && policy.workingDays.includes(d)}
                  onChange={(e) =>
                    setPolicy({
                      workingDays: e.target.checked ? [...policy.workingDays, d].sort() : policy.workingDays.filter((x) => x !== d),
                    })
                  }
                />
                {DAYS[d]!.slice(0, 3)}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
    </SettingsGroup>
  );
}

// A "why" sentence whose rule ids are buttons: each opens a one-paragraph explanation of its
// playbook rule under the sentence (issue 10: the ids were shown everywhere, explained nowhere).
import { Fragment, useId, useState, type ReactNode } from 'react';
import { RULE_EXPLANATIONS } from '../../../shared/engine/rule-explanations.ts';
import type { RuleId } from '../../../shared/model/types.ts';

const isRule = (id: string): id is RuleId => Object.hasOwn(RULE_EXPLANATIONS, id);

/** The text with each rule id inside brackets ("(P4)", "(P4, P15)") turned into a button. */
function withButtons(text: string, button: (rule: RuleId) => ReactNode): ReactNode[] {
  return text.split(/\b(P\d{1,2})\b/).map((part, i) => (i % 2 === 1 && isRule(part) ? <Fragment key={i}>{button(part)}</Fragment> : part));
}

export function WhyText({ text, extraRule, className }: { text: string; extraRule?: RuleId | null; className: string }) {
  const [open, setOpen] = useState<RuleId | null>(null);
  const noteId = useId();
  const button = (rule: RuleId, badge = false) => (
    <button
      type="button"
      className={badge ? 'rule rule--button' : 'rule-link'}
      aria-expanded={open === rule}
      aria-controls={open === rule ? noteId : undefined}
      aria-label={`${rule}: ${RULE_EXPLANATIONS[rule].name}, what this rule means`}
      onClick={() => setOpen(open === rule ? null : rule)}
    >
      {rule}
    </button>
  );
  return (
    <>
      <p className={className}>
        {withButtons(text, (r) => button(r))} {extraRule && button(extraRule, true)}
      </p>
      {open && (
        <p id={noteId} className="rule-note">
          <strong>
            {open}: {RULE_EXPLANATIONS[open].name}.
          </strong>{' '}
          {RULE_EXPLANATIONS[open].text}
        </p>
      )}
    </>
  );
}

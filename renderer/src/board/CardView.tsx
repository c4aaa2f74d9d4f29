// The most-seen thing in the app (design.md, "The card"): company, role, the next action
// and its due time in words, a status edge plus words, interviewers' initials, and a coming
// interview's day and time (issue 10). Nothing else.
// Its accessible name comes from what it shows (with punctuation only screen readers hear),
// so it begins "Company, Role" and matches the visible text.
import { memo, type HTMLAttributes, type Ref } from 'react';
import type { CardModel } from '../view-model/cardModel.ts';

interface CardViewProps extends HTMLAttributes<HTMLDivElement> {
  model: CardModel;
  overlay?: boolean;
  ref?: Ref<HTMLDivElement>;
}

// Punctuation for the accessible name: inline (an absolutely placed sr-only span would make
// Chrome add a space before it) and zero-sized, so it is heard, not seen.
const Pause = ({ mark }: { mark: ',' | '.' }) => <span className="pause">{`${mark} `}</span>;

export const CardView = memo(function CardView({ model, overlay, className, ref, ...rest }: CardViewProps) {
  const classes = ['card'];
  if (model.status) classes.push(`card--${model.status}`, 'edge', `edge--${model.status}`);
  if (overlay) classes.push('card--overlay');
  if (className) classes.push(className);
  return (
    <div ref={ref} className={classes.join(' ')} data-card-id={overlay ? undefined : model.id} {...rest}>
      <div className="card__company">
        {model.company}
        <Pause mark="," />
      </div>
      <div className="card__role">
        {model.role}
        <Pause mark="." />
        {model.example && (
          <span className="card__example">
            Example
            <Pause mark="." />
          </span>
        )}
      </div>
      {model.actionTitle && (
        <div className="card__action">
          {model.actionTitle}
          <Pause mark="." />
        </div>
      )}
      {model.interview && (
        <div className="card__interview num">
          {model.interview}
          <Pause mark="." />
        </div>
      )}
      {model.doneText && (
        <div className="card__done">
          {model.doneText}
          <Pause mark="." />
        </div>
      )}
      {(model.dueLine || model.people.length > 0) && (
        <div className="card__meta">
          <span className="card__due">
            {model.dueLine}
            {model.dueLine && <Pause mark="." />}
          </span>
          {model.people.length > 0 && (
            <>
              <span className="card__people" aria-hidden="true">
                {model.people.map((p, i) => (
                  <span key={i} className="card__person" title={p.name}>
                    {p.initials}
                  </span>
                ))}
              </span>
              <span className="sr-only">{`Interviewers: ${model.people.map((p) => p.name).join(', ')}.`}</span>
            </>
          )}
        </div>
      )}
    </div>
  );
});

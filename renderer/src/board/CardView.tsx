// The most-seen thing in the app (design.md, "The card"): company, role, the next action
// and its due time in words, a status edge plus words, interviewers' initials. Nothing else.
import { memo, type HTMLAttributes, type Ref } from 'react';
import type { CardModel } from './cardModel.ts';

interface CardViewProps extends HTMLAttributes<HTMLDivElement> {
  model: CardModel;
  overlay?: boolean;
  ref?: Ref<HTMLDivElement>;
}

export const CardView = memo(function CardView({ model, overlay, className, ref, ...rest }: CardViewProps) {
  const classes = ['card'];
  if (model.status) classes.push(`card--${model.status}`, 'edge', `edge--${model.status}`);
  if (overlay) classes.push('card--overlay');
  if (className) classes.push(className);
  return (
    <div ref={ref} className={classes.join(' ')} data-card-id={overlay ? undefined : model.id} aria-label={model.label} {...rest}>
      <div className="card__company">{model.company}</div>
      <div className="card__role">{model.role}</div>
      {model.actionTitle && <div className="card__action">{model.actionTitle}</div>}
      {model.doneText && <div className="card__done">{model.doneText}</div>}
      {(model.dueLine || model.people.length > 0) && (
        <div className="card__meta">
          <span className="card__due">{model.dueLine}</span>
          {model.people.length > 0 && (
            <span className="card__people">
              {model.people.map((p, i) => (
                <span key={i} className="card__person" title={p.name}>
                  {p.initials}
                </span>
              ))}
            </span>
          )}
        </div>
      )}
    </div>
  );
});

import { useId, type ReactNode } from 'react';

/** A titled part of the card panel, a labelled region so it can be reached by heading. */
export function Section({
  title,
  actions,
  children,
  className,
}: {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  const id = useId();
  return (
    <section className={`panel-section${className ? ` ${className}` : ''}`} aria-labelledby={id}>
      <header className="panel-section__header">
        <h3 id={id} className="panel-section__title">
          {title}
        </h3>
        {actions && <div className="panel-section__actions">{actions}</div>}
      </header>
      {children}
    </section>
  );
}

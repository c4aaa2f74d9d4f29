// One titled group of settings, with its intro beside it. Its own module so each section
// of the settings can use it without importing the view that lists the sections.
import type { ReactNode } from 'react';
import { useId } from 'react';

export function SettingsGroup({ title, description, children }: { title: string; description?: ReactNode; children: ReactNode }) {
  const id = useId();
  return (
    <section className="settings-group" aria-labelledby={id}>
      <div className="settings-group__intro">
        <h2 id={id} className="settings-group__title">
          {title}
        </h2>
        {description && <p className="settings-group__description">{description}</p>}
      </div>
      <div className="settings-group__body">{children}</div>
    </section>
  );
}

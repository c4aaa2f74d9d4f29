// Every field of the application, each saved when the user leaves it.
import type { Application } from '../../../shared/model/types.ts';
import { CommitField, normaliseLink, validateLink } from '../ui/fields.tsx';
import { isTimeZone } from '../../../shared/checks/time-zones.ts';
import { Icon } from '../ui/Icon.tsx';
import { formatDay } from '../format/due.ts';
import { useAppStore } from '../store/StoreContext.tsx';
import { Section } from '../ui/Section.tsx';
import { useCardCommands } from './useCardCommands.ts';

const required = (what: string) => (value: string) => (value.trim() ? null : `A ${what} is needed.`);

export function DetailsSection({ app }: { app: Application }) {
  const cmd = useCardCommands(app.id);
  const store = useAppStore();
  return (
    <Section title="Details">
      <div className="form">
        <div className="form__row">
          <CommitField
            label="Company"
            value={app.company}
            validate={required('company name')}
            onCommit={(company) => void cmd.update({ company: company.trim() })}
          />
          <CommitField
            label="Role"
            value={app.role}
            validate={required('role')}
            onCommit={(role) => void cmd.update({ role: role.trim() })}
          />
        </div>
        <div className="form__row">
          <CommitField label="Location" value={app.location} onCommit={(location) => void cmd.update({ location })} />
          <CommitField
            label="Decision date"
            type="date"
            value={app.decisionBy ?? ''}
            hint={
              app.decisionBy
                ? `They said by ${formatDay(app.decisionBy)} (P1, P4).`
                : 'Ask in the interview when they expect to decide (P1).'
            }
            onCommit={(day) => void cmd.update({ decisionBy: day || null })}
          />
        </div>
        <div className="field-with-action">
          <CommitField
            label="Link to the posting"
            type="url"
            value={app.url}
            validate={validateLink}
            onCommit={(url) => void cmd.update({ url: normaliseLink(url) })}
          />
          {app.url && (
            <button
              type="button"
              className="icon-button"
              aria-label="Open the posting in the browser"
              title="Open in browser"
              onClick={() => void store.getState().openLink(app.url)}
            >
              <Icon name="link" />
            </button>
          )}
        </div>
        <CommitField
          label="Your matching skills"
          value={app.skills}
          hint="A few words the drafts can use, such as “design systems and user research”."
          onCommit={(skills) => void cmd.update({ skills })}
        />
        <CommitField
          label="What you liked about the company"
          value={app.likedAboutCompany ?? ''}
          hint="The follow-up note mentions it (P7), such as “how openly the team shares its research”."
          onCommit={(likedAboutCompany) => void cmd.update({ likedAboutCompany })}
        />
        <CommitField
          label="Their time zone"
          value={app.timeZone ?? ''}
          placeholder="Europe/London"
          hint="So a draft is not sent at night where they are; empty uses the location."
          validate={(zone) =>
            zone.trim() === '' || isTimeZone(zone.trim()) ? null : 'Write a time zone such as Europe/London or America/New_York.'
          }
          onCommit={(timeZone) => void cmd.update({ timeZone: timeZone.trim() })}
        />
        <CommitField label="Notes" multiline rows={3} value={app.notes} onCommit={(notes) => void cmd.update({ notes })} />
      </div>
    </Section>
  );
}

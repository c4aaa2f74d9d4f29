// The people met: interviewers and recruiters. Drafts are written to each by first name (P3).
import { useState, type FormEvent } from 'react';
import type { Application, Contact } from '../../../shared/model/types.ts';
import { CommitField, normaliseLink, validateEmail, validateLink } from '../ui/fields.tsx';
import { Icon } from '../ui/Icon.tsx';
import { initials } from '../format/initials.ts';
import { newId } from '../lib/ids.ts';
import { Section } from '../ui/Section.tsx';
import { useCardCommands } from './useCardCommands.ts';

function ContactRow({ app, contact }: { app: Application; contact: Contact }) {
  const cmd = useCardCommands(app.id);
  const [open, setOpen] = useState(false);
  const save = (change: Partial<Contact>) => void cmd.upsertContact({ ...contact, ...change });
  return (
    <li className="contact">
      <div className="contact__summary">
        <span className="card__person" aria-hidden="true">
          {initials(contact.name)}
        </span>
        <div className="contact__who">
          <span className="contact__name">{contact.name}</span>
          {contact.title && <span className="muted"> · {contact.title}</span>}
          {contact.email && <div className="contact__email muted">{contact.email}</div>}
        </div>
        <button
          type="button"
          className="button button--small button--quiet"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
          aria-label={`${open ? 'Done editing' : 'Edit'} ${contact.name}`}
        >
          {open ? 'Done' : 'Edit'}
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={`Remove ${contact.name}`}
          title="Remove"
          onClick={() => void cmd.removeContact(contact.id)}
        >
          <Icon name="trash" size={14} />
        </button>
      </div>
      {open && (
        <div className="form contact__form">
          <div className="form__row">
            <CommitField
              label="Name"
              value={contact.name}
              validate={(v) => (v.trim() ? null : 'A name is needed.')}
              onCommit={(name) => save({ name: name.trim() })}
            />
            <CommitField label="Title" value={contact.title} onCommit={(title) => save({ title })} />
          </div>
          <div className="form__row">
            <CommitField
              label="Email"
              type="email"
              value={contact.email}
              validate={validateEmail}
              onCommit={(email) => save({ email: email.trim() })}
            />
            <CommitField
              label="LinkedIn"
              type="url"
              value={contact.linkedin}
              validate={validateLink}
              onCommit={(v) => save({ linkedin: normaliseLink(v) })}
            />
          </div>
        </div>
      )}
    </li>
  );
}

export function ContactsSection({ app }: { app: Application }) {
  const cmd = useCardCommands(app.id);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | null>(null);

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setError('Type the person’s name first.');
      return;
    }
    const emailProblem = validateEmail(email);
    if (emailProblem) {
      setError(emailProblem);
      return;
    }
    setError(null);
    void cmd.upsertContact({ id: newId(), name: name.trim(), title: '', email: email.trim(), linkedin: '' });
    setName('');
    setEmail('');
  };

  return (
    <Section title="Interviewers">
      {app.contacts.length > 0 ? (
        <ul className="contacts">
          {app.contacts.map((c) => (
            <ContactRow key={c.id} app={app} contact={c} />
          ))}
        </ul>
      ) : (
        <p className="panel-empty">Add the people you met: each gets their own thank-you note, by first name (P3).</p>
      )}
      <form className="inline-form" onSubmit={add} aria-label="Add an interviewer">
        <input
          className="input"
          aria-label="Name of the interviewer"
          placeholder="Name"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <input
          className="input"
          aria-label="Their email (optional)"
          placeholder="Email (optional)"
          type="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <button type="submit" className="button">
          <Icon name="plus" size={14} />
          Add
        </button>
        {error && (
          <p className="form__error inline-form__error" role="alert">
            {error}
          </p>
        )}
      </form>
    </Section>
  );
}

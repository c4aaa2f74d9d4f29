// The message templates: edit the built-in wording, add your own, reset to ours.
import { useMemo, useState } from 'react';
import { TEMPLATE_KINDS } from '../../../shared/model/schema.ts';
import type { Template, TemplateKind } from '../../../shared/model/types.ts';
import { builtInTemplate, PLACEHOLDERS, templatesFor, unknownPlaceholders } from '../../../shared/templates/index.ts';
import { newId } from '../lib/ids.ts';
import { useApp, useAppStore } from '../store/StoreContext.tsx';
import { SettingsGroup } from './SettingsGroup.tsx';

function TemplateEditor({ template, saved }: { template: Template; saved: boolean }) {
  const store = useAppStore();
  const [name, setName] = useState(template.name);
  const [subject, setSubject] = useState(template.subject);
  const [body, setBody] = useState(template.body);
  const changed = name !== template.name || subject !== template.subject || body !== template.body;
  const isOwn = template.id !== template.kind;
  // A name the app cannot fill would reach every draft as a gap, so it is pointed out as it is typed.
  const unknown = unknownPlaceholders({ subject, body });

  const save = async () => {
    if (!name.trim() || !body.trim()) {
      store.getState().pushToast({ message: 'A template needs a name and a body.', tone: 'error' });
      return;
    }
    const ok = await store.getState().dispatch({ type: 'saveTemplate', template: { ...template, name: name.trim(), subject, body } });
    if (ok) store.getState().pushToast({ message: `Saved “${name.trim()}”.`, tone: 'info' });
  };
  const reset = async () => {
    const ok = await store.getState().dispatch({ type: 'resetTemplate', templateId: template.id });
    if (ok)
      store.getState().pushToast({
        message: isOwn ? `Deleted “${template.name}”.` : `“${template.name}” has our wording again.`,
        tone: 'info',
        action: { label: 'Undo', run: () => void store.getState().undo() },
      });
  };

  return (
    <div className="form template-editor">
      <label className="field">
        <span className="field__label">Name</span>
        <input className="input" value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label className="field">
        <span className="field__label">
          Subject <span className="field__optional">empty for messages that are not emails</span>
        </span>
        <input className="input" value={subject} spellCheck onChange={(e) => setSubject(e.target.value)} />
      </label>
      <label className="field">
        <span className="field__label">Body</span>
        <textarea className="input input--mono" rows={12} value={body} spellCheck onChange={(e) => setBody(e.target.value)} />
      </label>
      <p className="field__hint">
        Filled from the card:{' '}
        {Object.keys(PLACEHOLDERS).map((p, i) => (
          <span key={p}>
            {i > 0 && ', '}
            <code>{`{${p}}`}</code>
          </span>
        ))}
        .
      </p>
      {unknown.length > 0 && (
        <p className="form__error" role="status">
          {unknown.map((n) => `{${n}}`).join(', ')} {unknown.length === 1 ? 'is' : 'are'} not filled from the card, so every draft would
          show {unknown.length === 1 ? 'it' : 'them'} as a gap. Use one of the names above.
        </p>
      )}
      <div className="button-row">
        <button type="button" className="button button--primary" disabled={!changed} onClick={() => void save()}>
          Save
        </button>
        {changed && (
          <button
            type="button"
            className="button"
            onClick={() => {
              setName(template.name);
              setSubject(template.subject);
              setBody(template.body);
            }}
          >
            Discard changes
          </button>
        )}
        {(saved || isOwn) && (
          <button type="button" className="button button--quiet button--danger" onClick={() => void reset()}>
            {isOwn ? 'Delete this template' : 'Reset to our wording'}
          </button>
        )}
      </div>
    </div>
  );
}

export function TemplateSettings() {
  const store = useAppStore();
  const docTemplates = useApp((s) => s.doc!.templates);
  const templates = useMemo(() => templatesFor({ templates: docTemplates }), [docTemplates]);
  const [selected, setSelected] = useState<string>(templates[0]?.id ?? '');
  const [newKind, setNewKind] = useState<TemplateKind>('thank_you_email');
  const current = templates.find((t) => t.id === selected) ?? templates[0];
  const savedIds = new Set(docTemplates.map((t) => t.id));

  const addOwn = async () => {
    const base = builtInTemplate(newKind);
    const template: Template = {
      id: newId(),
      kind: newKind,
      name: `My ${base.name.toLowerCase()}`,
      subject: base.subject,
      body: base.body,
      builtIn: false,
    };
    if (await store.getState().dispatch({ type: 'saveTemplate', template })) setSelected(template.id);
  };

  return (
    <SettingsGroup title="Templates" description="The wording each draft starts from. Edit ours or add your own; a reset brings ours back.">
      <div className="templates">
        <label className="field">
          <span className="field__label">Template</span>
          <select className="input" value={current?.id ?? ''} onChange={(e) => setSelected(e.target.value)}>
            {templates.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
                {savedIds.has(t.id) && t.id === t.kind ? ' (edited)' : ''}
                {t.id !== t.kind ? ' (yours)' : ''}
                {unknownPlaceholders(t).length > 0 ? ' (unknown placeholder)' : ''}
              </option>
            ))}
          </select>
        </label>
        {current && (
          <TemplateEditor
            key={`${current.id}:${current.body.length}:${current.name}`}
            template={current}
            saved={savedIds.has(current.id)}
          />
        )}
        <div className="inline-form">
          <label className="field">
            <span className="field__label">Add your own, starting from</span>
            <select className="input" value={newKind} onChange={(e) => setNewKind(e.target.value as TemplateKind)}>
              {TEMPLATE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {builtInTemplate(k).name}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="button" onClick={() => void addOwn()}>
            Add template
          </button>
        </div>
      </div>
    </SettingsGroup>
  );
}

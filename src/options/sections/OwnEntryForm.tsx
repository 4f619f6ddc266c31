/** Adding or editing one own entry; each problem is shown by its field, and focus goes to the first. */
import { type FormEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { CATEGORY_LABELS } from '../../knowledge/labels';
import { replacedBy } from '../../knowledge/merge-own';
import type { OwnEntry } from '../../knowledge/own-entry';
import { CATEGORIES, type Category } from '../../knowledge/schema';
import type { AliasTable } from '../../matching/alias-table';
import { send } from '../../messaging/client';
import {
  type DraftField,
  draftOf,
  EMPTY_DRAFT,
  entryFromDraft,
  type FieldErrors,
  type OwnEntryDraft,
} from '../own-entry-form';

const FIELD_ORDER: DraftField[] = ['title', 'aliases', 'category', 'summary', 'details', 'link'];

/** The bundled alias table (without own entries), to tell the reader which of Gloss's terms an alias takes over. */
function useBundledTable(): AliasTable | null {
  const [table, setTable] = useState<AliasTable | null>(null);
  useEffect(() => {
    void send<'getAliasTable'>({ type: 'getAliasTable', bundled: true })
      .then((t) => setTable(JSON.parse(t.json) as AliasTable))
      .catch(() => setTable(null));
  }, []);
  return table;
}

function useTakeover(table: AliasTable | null, aliasesText: string): string | null {
  const [text, setText] = useState<string | null>(null);
  const replacements = useMemo(() => {
    if (!table) return [];
    const aliases = aliasesText
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.length > 0)
      .map((t) => ({ text: t }));
    return replacedBy(table, { aliases });
  }, [table, aliasesText]);
  useEffect(() => {
    let live = true;
    if (replacements.length === 0) {
      setText(null);
      return;
    }
    void Promise.all(
      replacements.map(async ({ alias, replaced }) => {
        const titles = await Promise.all(
          replaced.map(async (id) => (await send<'getEntry'>({ type: 'getEntry', id }).catch(() => null))?.title ?? id),
        );
        return `“${alias}” (Gloss’s ${titles.map((t) => `“${t}”`).join(', ')})`;
      }),
    ).then((parts) => live && setText(`On pages, your entry takes over ${parts.join('; ')}.`));
    return () => {
      live = false;
    };
  }, [replacements]);
  return text;
}

export function OwnEntryForm({
  entry,
  newId,
  others,
  onSave,
  onCancel,
}: {
  entry: OwnEntry | null;
  newId: (title: string) => string;
  others: readonly OwnEntry[];
  onSave: (entry: OwnEntry) => Promise<void>;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<OwnEntryDraft>(entry ? draftOf(entry) : EMPTY_DRAFT);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const base = useId();
  const form = useRef<HTMLFormElement>(null);
  const takeover = useTakeover(useBundledTable(), draft.aliases);
  const id = (field: DraftField) => `${base}-${field}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const today = new Date().toISOString().slice(0, 10);
    const result = entryFromDraft(draft, entry?.id ?? newId(draft.title), others, today);
    if (!result.ok) {
      setErrors(result.errors);
      const first = FIELD_ORDER.find((f) => result.errors[f]);
      if (first) form.current?.querySelector<HTMLElement>(`#${CSS.escape(id(first))}`)?.focus();
      return;
    }
    setErrors({});
    try {
      await onSave(result.entry);
    } catch (e) {
      setSaveError(`Gloss could not save the entry: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const field = (name: DraftField, label: string, hint?: string) => ({
    label: (
      <label htmlFor={id(name)}>
        {label}
        {hint && <span className="muted"> {hint}</span>}
      </label>
    ),
    props: {
      id: id(name),
      value: draft[name],
      'aria-invalid': errors[name] !== undefined,
      'aria-describedby': errors[name] ? `${id(name)}-error` : undefined,
      onChange: (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [name]: e.target.value })),
    },
    error: errors[name] && (
      <p id={`${id(name)}-error`} className="field-error">
        {errors[name]}
      </p>
    ),
  });

  const title = field('title', 'Title');
  const aliases = field('aliases', 'Words to mark', '(one a line: the name, its abbreviations, other spellings)');
  const category = field('category', 'Category');
  const summary = field('summary', 'Summary', '(one to three sentences, at most 300 characters)');
  const details = field('details', 'More', '(optional, shown behind “More”)');
  const link = field('link', 'Link', '(optional, https://…)');
  return (
    <form ref={form} className="entry-form" onSubmit={(e) => void submit(e)} noValidate>
      <h3>{entry ? `Edit “${entry.title}”` : 'New entry'}</h3>
      <div className="field">
        {title.label}
        <input {...title.props} autoFocus />
        {title.error}
      </div>
      <div className="field">
        {aliases.label}
        <textarea {...aliases.props} rows={3} />
        {aliases.error}
        {takeover && <p className="muted">{takeover}</p>}
      </div>
      <div className="field">
        {category.label}
        <select {...category.props} onChange={(e) => setDraft((d) => ({ ...d, category: e.target.value as Category }))}>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {CATEGORY_LABELS[c]}
            </option>
          ))}
        </select>
        {category.error}
      </div>
      <div className="field">
        {summary.label}
        <textarea {...summary.props} rows={3} />
        <span className="muted counter">{draft.summary.trim().length} / 300</span>
        {summary.error}
      </div>
      <div className="field">
        {details.label}
        <textarea {...details.props} rows={4} />
        {details.error}
      </div>
      <div className="field">
        {link.label}
        <input {...link.props} type="url" inputMode="url" />
        {link.error}
      </div>
      {saveError && (
        <p role="alert" className="notice error">
          {saveError}
        </p>
      )}
      <div className="buttons">
        <button type="submit" className="primary">
          Save
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

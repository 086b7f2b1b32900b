import { fieldValuesEqual } from '@koers/domain';
import { Alert, Button, Checkbox, Group, MultiSelect, NativeSelect, Stack, TagsInput, Text, TextInput, Textarea } from '@mantine/core';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { useFormat } from '../../../lib/format';
import { useSession } from '../../access/components/session-context';
import { useUpdateCandidateField } from '../api/update-candidate-field';
import { fromDraft, toDraft, type Draft, type FieldSpec } from './field-spec';
import classes from './field-editor.module.css';

interface FieldEditorProps {
  candidateId: string;
  spec: FieldSpec;
  /** The field's current value in the live document. */
  live: unknown;
  /** Who last saved the dossier (the best guess of who changed a field underneath). */
  lastEditorUid: string;
  uid: string;
  nameOf: (uid: string) => string;
}

interface Editing {
  /** The value editing started from: a save only goes through if the field still holds it. */
  base: unknown;
  draft: Draft;
}

interface Conflict {
  theirs: unknown;
  by: string | null;
}

/**
 * One dossier field: shown read-only, edited in place, saved on its own. While someone edits,
 * a change by anyone else to the SAME field is shown next to theirs and they choose; changes
 * to other fields simply appear.
 */
/**
 * Re-renders only when what the editor shows changed: every save to the dossier re-renders
 * the page, and redrawing twenty unchanged editors is most of the time another person's
 * change takes to appear.
 */
export const FieldEditor = memo(FieldEditorView, (before, after) =>
  before.candidateId === after.candidateId &&
  before.uid === after.uid &&
  before.lastEditorUid === after.lastEditorUid &&
  before.nameOf === after.nameOf &&
  before.spec.field === after.spec.field &&
  before.spec.label === after.spec.label &&
  before.spec.required === after.spec.required &&
  JSON.stringify(before.spec.input) === JSON.stringify(after.spec.input) &&
  fieldValuesEqual(before.live, after.live),
);

function FieldEditorView({ candidateId, spec, live, lastEditorUid, uid, nameOf }: FieldEditorProps) {
  const { t } = useTranslation();
  const show = useDisplay();
  const { user } = useSession();
  const save = useUpdateCandidateField(candidateId);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [serverConflict, setServerConflict] = useState<Conflict | null>(null);
  const [invalid, setInvalid] = useState(false);
  const labelId = `field-${spec.field.replaceAll('.', '-')}`;

  const conflict: Conflict | null =
    editing && !fieldValuesEqual(live, editing.base)
      ? { theirs: live, by: lastEditorUid === uid ? null : lastEditorUid }
      : serverConflict;

  const start = () => {
    save.reset();
    setInvalid(false);
    setServerConflict(null);
    setEditing({ base: live, draft: toDraft(spec.input, live) });
  };
  const stop = () => {
    setEditing(null);
    setServerConflict(null);
    setInvalid(false);
  };

  const write = (base: unknown) => {
    if (!editing) return;
    const value = fromDraft(spec.input, editing.draft);
    if (value === null ? spec.required : !spec.schema.safeParse(value).success) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    save.mutate(
      { field: spec.field, base, value, uid, displayName: user.displayName ?? user.email ?? uid },
      {
        onSuccess: (result) => {
          if (result.outcome === 'conflict') {
            setServerConflict({ theirs: result.live, by: result.updatedBy === uid ? null : result.updatedBy });
            setEditing((current) => (current ? { ...current, base: result.live } : current));
            return;
          }
          stop();
        },
      },
    );
  };

  if (!editing) {
    return (
      <div className={classes.row} role="group" aria-labelledby={labelId}>
        <Text size="sm" fw={600} id={labelId} className={classes.label}>
          {spec.label}
        </Text>
        <Text size="sm" className={classes.value} data-testid={`value-${spec.field}`}>
          {show(spec, live)}
        </Text>
        <Button variant="subtle" size="compact-sm" onClick={start} aria-label={t('dossier.field.editLabel', { field: spec.label })}>
          {t('dossier.field.edit')}
        </Button>
      </div>
    );
  }

  const setDraft = (draft: Draft) => setEditing({ ...editing, draft });
  const mine = fromDraft(spec.input, editing.draft);

  return (
    <form
      className={classes.editing}
      aria-label={spec.label}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        // A known conflict is resolved with the buttons below, never by a plain save.
        if (!conflict) write(editing.base);
      }}
    >
      <Stack gap="xs">
        <DraftInput spec={spec} draft={editing.draft} onChange={setDraft} error={invalid ? t('dossier.field.invalid') : undefined} />
        {conflict && (
          <Alert color="orange" variant="light" role="alert" title={t('dossier.conflict.title')}>
            <Stack gap={6}>
              <Text size="sm">
                {conflict.by ? t('dossier.conflict.byPerson', { name: nameOf(conflict.by) }) : t('dossier.conflict.bySomeone')}
              </Text>
              <Text size="sm" data-testid="conflict-theirs">
                {t('dossier.conflict.theirs')}: <strong>{show(spec, conflict.theirs)}</strong>
              </Text>
              <Text size="sm" data-testid="conflict-mine">
                {t('dossier.conflict.mine')}: <strong>{show(spec, mine)}</strong>
              </Text>
              <Group gap="xs">
                <Button size="compact-sm" variant="default" onClick={stop}>
                  {t('dossier.conflict.keepTheirs')}
                </Button>
                <Button size="compact-sm" color="orange" loading={save.isPending} onClick={() => write(conflict.theirs)}>
                  {t('dossier.conflict.overwrite')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}
        {save.isError && <ErrorAlert error={save.error} />}
        {!conflict && (
          <Group gap="xs">
            <Button type="submit" size="compact-sm" loading={save.isPending}>
              {t('dossier.field.save')}
            </Button>
            <Button size="compact-sm" variant="default" onClick={stop}>
              {t('common.cancel')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}

function DraftInput({ spec, draft, onChange, error }: { spec: FieldSpec; draft: Draft; onChange: (draft: Draft) => void; error?: string }) {
  const { t } = useTranslation();
  const input = spec.input;
  const common = { label: spec.label, error, 'data-autofocus': true } as const;
  switch (input.type) {
    case 'boolean':
      return <Checkbox label={spec.label} checked={draft === true} onChange={(event) => onChange(event.currentTarget.checked)} />;
    case 'multi':
      return (
        <MultiSelect
          {...common}
          data={input.options.map((option) => ({ ...option }))}
          value={Array.isArray(draft) ? draft : []}
          onChange={onChange}
          searchable
          clearable
          comboboxProps={{ withinPortal: true }}
        />
      );
    case 'tags':
      return <TagsInput {...common} value={Array.isArray(draft) ? draft : []} onChange={onChange} description={t('dossier.field.tagsHint')} />;
    case 'select':
      return (
        <NativeSelect
          {...common}
          data={[{ value: '', label: t('common.none') }, ...input.options.map((option) => ({ ...option }))]}
          value={typeof draft === 'string' ? draft : ''}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      );
    case 'textarea':
      return (
        <Textarea
          {...common}
          autosize
          minRows={3}
          value={typeof draft === 'string' ? draft : ''}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      );
    case 'number':
      return (
        <TextInput
          {...common}
          inputMode="decimal"
          value={typeof draft === 'string' ? draft : ''}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      );
    default:
      return (
        <TextInput
          {...common}
          type={input.inputType ?? 'text'}
          value={typeof draft === 'string' ? draft : ''}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      );
  }
}

/** A field value as text, with vocabulary labels and dates in the person's language. */
export function useDisplay() {
  const { t } = useTranslation();
  const format = useFormat();
  return (spec: FieldSpec, value: unknown): string => {
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return t('common.none');
    const input = spec.input;
    if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
    if (input.type === 'multi' || input.type === 'select') {
      const labelOf = (item: unknown) => input.options.find((option) => option.value === item)?.label ?? String(item);
      return Array.isArray(value) ? value.map(labelOf).join(', ') : labelOf(value);
    }
    if (input.type === 'text' && input.inputType === 'date' && typeof value === 'string') {
      const date = new Date(`${value}T12:00:00`);
      return Number.isNaN(date.getTime()) ? value : format.date(date);
    }
    if (Array.isArray(value)) return value.map(String).join(', ');
    if (value instanceof Date) return format.dateTime(value);
    return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
  };
}

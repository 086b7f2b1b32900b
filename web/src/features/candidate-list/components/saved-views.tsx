import { zodResolver } from '@hookform/resolvers/zod';
import { ActionIcon, Button, Checkbox, Group, Modal, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { parseCandidateListFilters, type CandidateListFilters } from '../api/candidate-list-spec';
import { useDeleteSavedView } from '../api/delete-saved-view';
import { useSavedViews } from '../api/list-saved-views';
import { saveViewInputSchema, useSaveView, type SaveViewInput } from '../api/save-view';
import { useUpdateSavedView } from '../api/update-saved-view';

interface SavedViewsProps {
  regionId: string;
  uid: string;
  filters: CandidateListFilters;
  onApply: (filters: CandidateListFilters) => void;
}

/** Saved filter sets of the region: the person's own and the shared ones. */
export function SavedViews({ regionId, uid, filters, onApply }: SavedViewsProps) {
  const { t } = useTranslation();
  const views = useSavedViews(regionId, uid);
  const remove = useDeleteSavedView(regionId);
  const [selected, setSelected] = useState('');
  const [opened, { open, close }] = useDisclosure(false);
  const [editing, setEditing] = useState(false);
  const view = views.data?.find((candidate) => candidate.id === selected);

  return (
    <Stack gap="xs">
      {views.isError && <ErrorAlert error={views.error} />}
      {remove.isError && <ErrorAlert error={remove.error} />}
      <Group align="flex-end" gap="xs" wrap="wrap">
        <NativeSelect
          label={t('candidateList.views.label')}
          data={[
            { value: '', label: views.data?.length ? t('candidateList.views.choose') : t('candidateList.views.none') },
            ...(views.data ?? []).map((item) => ({
              value: item.id,
              label: item.ownerUid === uid ? item.name : t('candidateList.views.sharedName', { name: item.name }),
            })),
          ]}
          value={selected}
          onChange={(event) => setSelected(event.currentTarget.value)}
          miw={220}
        />
        <Button variant="light" disabled={!view} onClick={() => view && onApply(parseCandidateListFilters(view.filters))}>
          {t('candidateList.views.apply')}
        </Button>
        {view && view.ownerUid === uid && (
          <Button
            variant="subtle"
            aria-label={t('candidateList.views.edit', { name: view.name })}
            onClick={() => {
              setEditing(true);
              open();
            }}
          >
            {t('candidateList.views.editShort')}
          </Button>
        )}
        {view && view.ownerUid === uid && (
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            aria-label={t('candidateList.views.delete', { name: view.name })}
            loading={remove.isPending}
            onClick={() => remove.mutate(view.id, { onSuccess: () => setSelected('') })}
          >
            <span aria-hidden>✕</span>
          </ActionIcon>
        )}
        <Button
          variant="default"
          onClick={() => {
            setEditing(false);
            open();
          }}
        >
          {t('candidateList.views.save')}
        </Button>
      </Group>
      {opened && (
        <SaveViewDialog
          onClose={close}
          regionId={regionId}
          uid={uid}
          filters={filters}
          editing={editing && view ? { id: view.id, name: view.name, shared: view.shared } : null}
          onSaved={setSelected}
        />
      )}
    </Stack>
  );
}

interface SaveViewDialogProps {
  onClose: () => void;
  regionId: string;
  uid: string;
  filters: CandidateListFilters;
  /** The view being renamed; null to save the current filters as a new view. */
  editing: { id: string; name: string; shared: boolean } | null;
  onSaved: (viewId: string) => void;
}

/** Mounted only while open, so each opening starts from the view's current values. */
function SaveViewDialog({ onClose, regionId, uid, filters, editing, onSaved }: SaveViewDialogProps) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  const save = useSaveView(regionId, uid);
  const update = useUpdateSavedView(regionId);
  const mutation = editing ? update : save;
  const form = useForm<SaveViewInput>({
    resolver: zodResolver(saveViewInputSchema),
    defaultValues: editing ? { name: editing.name, shared: editing.shared } : { name: '', shared: false },
  });
  const submit = form.handleSubmit((input) => {
    if (editing) {
      update.mutate({ viewId: editing.id, input }, { onSuccess: onClose });
    } else {
      save.mutate(
        { input, filters },
        {
          onSuccess: (viewId) => {
            onSaved(viewId);
            onClose();
          },
        },
      );
    }
  });
  return (
    <Modal opened onClose={onClose} title={editing ? t('candidateList.views.editTitle') : t('candidateList.views.saveTitle')} fullScreen={phone} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            {editing ? t('candidateList.views.editHint') : t('candidateList.views.saveHint')}
          </Text>
          <TextInput
            label={t('candidateList.views.name')}
            required
            data-autofocus
            error={form.formState.errors.name && t('validation.required')}
            {...form.register('name')}
          />
          <Checkbox label={t('candidateList.views.shared')} {...form.register('shared')} />
          {mutation.isError && <ErrorAlert error={mutation.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('candidateList.views.saveSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

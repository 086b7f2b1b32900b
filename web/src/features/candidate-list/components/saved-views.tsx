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
        <Button variant="default" onClick={open}>
          {t('candidateList.views.save')}
        </Button>
      </Group>
      <SaveViewDialog opened={opened} onClose={close} regionId={regionId} uid={uid} filters={filters} onSaved={setSelected} />
    </Stack>
  );
}

interface SaveViewDialogProps {
  opened: boolean;
  onClose: () => void;
  regionId: string;
  uid: string;
  filters: CandidateListFilters;
  onSaved: (viewId: string) => void;
}

function SaveViewDialog({ opened, onClose, regionId, uid, filters, onSaved }: SaveViewDialogProps) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  const save = useSaveView(regionId, uid);
  const form = useForm<SaveViewInput>({ resolver: zodResolver(saveViewInputSchema), defaultValues: { name: '', shared: false } });
  const close = () => {
    form.reset();
    save.reset();
    onClose();
  };
  const submit = form.handleSubmit((input) =>
    save.mutate(
      { input, filters },
      {
        onSuccess: (viewId) => {
          onSaved(viewId);
          close();
        },
      },
    ),
  );
  return (
    <Modal opened={opened} onClose={close} title={t('candidateList.views.saveTitle')} fullScreen={phone} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            {t('candidateList.views.saveHint')}
          </Text>
          <TextInput
            label={t('candidateList.views.name')}
            required
            data-autofocus
            error={form.formState.errors.name && t('validation.required')}
            {...form.register('name')}
          />
          <Checkbox label={t('candidateList.views.shared')} {...form.register('shared')} />
          {save.isError && <ErrorAlert error={save.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('candidateList.views.saveSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

import { findContactMatch, type Contact } from '@koers/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import type { WithId } from '../../../lib/firestore';
import { useSaveContact, type ContactInput } from '../api/save-contact';
import { ContactFields } from './organisation-fields';
import { contactFormSchema, contactFormValues, type ContactFormValues } from './organisation-form-schema';

interface ContactDialogProps {
  regionId: string;
  organisationId: string;
  uid: string;
  /** The contact to edit; null adds a new one. */
  contact: WithId<Contact> | null;
  /** The organisation's contacts now (to refuse a second "Anna de Vries" or the same e-mail). */
  siblings: ReadonlyArray<WithId<Contact>>;
  /** Every contact id of the region, so a new id never lands on one. */
  takenIds: ReadonlySet<string>;
  onClose: () => void;
}

/** Add or edit one contact person; an edit is refused when someone else saved the contact meanwhile. */
export function ContactDialog({ regionId, organisationId, uid, contact, siblings, takenIds, onClose }: ContactDialogProps) {
  const { t } = useTranslation();
  const save = useSaveContact();
  const [problem, setProblem] = useState<'conflict' | 'gone' | 'duplicate' | null>(null);
  const form = useForm<ContactFormValues, unknown, ContactInput>({
    resolver: zodResolver(contactFormSchema) as unknown as Resolver<ContactFormValues, unknown, ContactInput>,
    defaultValues: contactFormValues(contact ?? undefined),
    mode: 'onTouched',
  });

  const submit = form.handleSubmit(async (values) => {
    setProblem(null);
    const others = siblings.filter((sibling) => sibling.id !== contact?.id);
    if (findContactMatch(others, values)) {
      setProblem('duplicate');
      return;
    }
    const result = await save
      .mutateAsync({
        regionId,
        organisationId,
        uid,
        values,
        existing: contact ? { id: contact.id, baseUpdatedAt: contact.updatedAt ?? null } : undefined,
        takenIds,
      })
      .catch(() => null);
    if (!result) return;
    if (result.outcome === 'saved') onClose();
    else setProblem(result.outcome);
  });

  return (
    <Modal opened onClose={onClose} title={contact ? t('network.contacts.editTitle') : t('network.contacts.addTitle')} size="lg">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <ContactFields register={(name) => form.register(name)} errors={form.formState.errors} nameRequired />
          {problem && (
            <Alert color="red" variant="light" role="alert">
              <Text size="sm">{t(`network.contacts.problems.${problem}`)}</Text>
            </Alert>
          )}
          {save.isError && <ErrorAlert error={save.error} messages={{ 'already-exists': t('network.contacts.problems.duplicate') }} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('network.contacts.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

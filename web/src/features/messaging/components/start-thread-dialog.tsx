import { Button, Group, Modal, Radio, Stack, Text, TextInput, Textarea, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { ErrorAlert } from '../../../components/error-alert';
import { candidateQueryOptions } from '../../dossier/api/get-candidate';
import { useMemberList } from '../../region/api/list-members';
import { threadRefusalOf } from '../api/messaging-errors';
import { useCandidateSearch } from '../api/search-candidates';
import { useStartThread } from '../api/start-thread';
import { eligibleMembers } from '../messaging-helpers';
import { ParticipantPicker } from './participant-picker';

const formSchema = z
  .object({
    about: z.enum(['candidate', 'general']),
    candidateId: z.string().nullable(),
    includesCandidate: z.boolean(),
    title: z.string().trim().min(1, 'titleRequired').max(200),
    participantUids: z.array(z.string()).max(49),
    text: z.string().trim().max(5000),
  })
  .refine((values) => values.about === 'general' || values.candidateId !== null, { path: ['candidateId'], message: 'candidateRequired' })
  // Alone with the candidate is a conversation; alone with nobody is not.
  .refine((values) => values.participantUids.length > 0 || (values.about === 'candidate' && values.includesCandidate), {
    path: ['participantUids'],
    message: 'participantsRequired',
  });
type FormValues = z.infer<typeof formSchema>;

interface StartThreadDialogProps {
  opened: boolean;
  onClose: () => void;
  regionId: string;
  uid: string;
  /** From the dossier: the candidate the thread is about, fixed. */
  candidate?: { id: string; name: string };
}

/** Starts a conversation (about a candidate or general) through the startThread function, then opens it. */
export function StartThreadDialog({ opened, onClose, regionId, uid, candidate: fixed }: StartThreadDialogProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const start = useStartThread();
  const form = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: { about: 'candidate', candidateId: fixed?.id ?? null, includesCandidate: false, title: '', participantUids: [], text: '' },
  });
  const about = useWatch({ control: form.control, name: 'about' });
  const candidateId = useWatch({ control: form.control, name: 'candidateId' });
  const includesCandidate = useWatch({ control: form.control, name: 'includesCandidate' });
  const [pickedName, setPickedName] = useState<string | null>(fixed?.name ?? null);

  const members = useMemberList(opened ? regionId : null);
  const candidate = useQuery({ ...candidateQueryOptions(candidateId ?? '-'), enabled: opened && about === 'candidate' && candidateId !== null });
  const hasAccount = Boolean(candidate.data?.authUid);
  const forCandidate = about === 'candidate';
  const eligible = eligibleMembers(members.data ?? [], {
    candidate: forCandidate ? { introducedOrganisationIds: candidate.data?.introducedOrganisationIds ?? [] } : null,
    exclude: [uid],
  });

  const close = () => {
    start.reset();
    form.reset();
    setPickedName(fixed?.name ?? null);
    onClose();
  };

  const submit = form.handleSubmit((values) => {
    const allowed = new Set(eligible.map((member) => member.uid));
    const input = {
      regionId,
      candidateId: values.about === 'candidate' ? values.candidateId : null,
      includesCandidate: values.about === 'candidate' && values.includesCandidate,
      title: values.title,
      // Drop people the current choice no longer allows (switching to a candidate thread narrows it).
      participantUids: values.participantUids.filter((participant) => allowed.has(participant)),
      ...(values.text ? { text: values.text } : {}),
    };
    start.mutate(input, {
      onSuccess: ({ threadId }) => {
        close();
        void navigate(`/berichten/${threadId}`);
      },
    });
  });

  const refusal = threadRefusalOf(start.error);
  const errors = form.formState.errors;

  return (
    <Modal opened={opened} onClose={close} title={t('messaging.start.title')} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Stack>
          {!fixed && (
            <Controller
              control={form.control}
              name="about"
              render={({ field }) => (
                <Radio.Group
                  label={t('messaging.start.about')}
                  value={field.value}
                  onChange={(value) => {
                    field.onChange(value);
                    if (value === 'general') form.setValue('includesCandidate', false);
                  }}
                >
                  <Group gap="lg" mt="xs">
                    <Radio value="candidate" label={t('messaging.start.aboutCandidate')} />
                    <Radio value="general" label={t('messaging.start.aboutGeneral')} />
                  </Group>
                </Radio.Group>
              )}
            />
          )}

          {forCandidate &&
            (candidateId && pickedName ? (
              <Group gap="xs" justify="space-between" wrap="nowrap">
                <Text size="sm">
                  <Text span fw={600}>
                    {t('messaging.start.candidate')}:
                  </Text>{' '}
                  {pickedName}
                </Text>
                {!fixed && (
                  <Button
                    variant="subtle"
                    size="compact-sm"
                    onClick={() => {
                      form.setValue('candidateId', null);
                      form.setValue('includesCandidate', false);
                      setPickedName(null);
                    }}
                  >
                    {t('messaging.start.changeCandidate')}
                  </Button>
                )}
              </Group>
            ) : (
              <CandidateSearch
                regionId={regionId}
                error={errors.candidateId ? t('messaging.start.candidateRequired') : undefined}
                onPick={(id, name) => {
                  form.setValue('candidateId', id, { shouldValidate: true });
                  setPickedName(name);
                }}
              />
            ))}

          {forCandidate && candidateId && (
            <Controller
              control={form.control}
              name="includesCandidate"
              render={({ field }) => (
                <Radio.Group
                  label={t('messaging.start.audience')}
                  value={field.value ? 'with' : 'without'}
                  onChange={(value) => field.onChange(value === 'with')}
                >
                  <Stack gap="xs" mt="xs">
                    <Radio value="without" label={t('messaging.start.onlyStakeholders')} description={t('messaging.start.onlyStakeholdersHint')} />
                    <Radio
                      value="with"
                      label={t('messaging.start.withCandidate')}
                      description={candidate.isSuccess && !hasAccount ? t('messaging.start.noAccount') : t('messaging.start.withCandidateHint')}
                      disabled={!hasAccount}
                    />
                  </Stack>
                </Radio.Group>
              )}
            />
          )}

          <TextInput label={t('messaging.start.titleLabel')} required {...form.register('title')} error={errors.title ? t('messaging.start.titleRequired') : undefined} />

          {members.isError && <ErrorAlert error={members.error} />}
          <Controller
            control={form.control}
            name="participantUids"
            render={({ field }) => (
              <ParticipantPicker
                label={t('messaging.start.participants')}
                description={forCandidate ? `${t('messaging.start.participantsHint')} ${t('messaging.start.participantsCandidateHint')}` : t('messaging.start.participantsHint')}
                members={eligible}
                value={field.value}
                onChange={field.onChange}
                error={errors.participantUids ? t('messaging.start.participantsRequired') : undefined}
              />
            )}
          />

          <Textarea label={t('messaging.start.firstMessage')} autosize minRows={2} maxRows={6} {...form.register('text')} />

          {start.isError &&
            (refusal ? (
              <Text c="red" size="sm" role="alert">
                {t(`messaging.refusal.${refusal}`)}
              </Text>
            ) : (
              <ErrorAlert error={start.error} />
            ))}
          {includesCandidate && candidate.isSuccess && !hasAccount && (
            <Text c="red" size="sm">
              {t('messaging.start.noAccount')}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={start.isPending}>
              {t('messaging.start.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function CandidateSearch({ regionId, onPick, error }: { regionId: string; onPick: (id: string, name: string) => void; error?: string }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 250);
  const results = useCandidateSearch(regionId, debounced);
  return (
    <Stack gap={4}>
      <TextInput
        label={t('messaging.start.candidateSearch')}
        description={t('messaging.start.candidateSearchHint')}
        value={q}
        onChange={(event) => setQ(event.currentTarget.value)}
        error={error}
        type="search"
      />
      {results.isError && <ErrorAlert error={results.error} />}
      {results.isSuccess && results.data.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('messaging.start.noCandidates')}
        </Text>
      )}
      {results.isSuccess && results.data.length > 0 && (
        <Stack component="ul" gap={2} style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('messaging.start.candidate')}>
          {results.data.map((entry) => (
            <li key={entry.id}>
              <UnstyledButton
                onClick={() => onPick(entry.id, entry.name)}
                p={6}
                style={{ borderRadius: 4, width: '100%' }}
                bg="gray.0"
              >
                <Text size="sm" span fw={600}>
                  {entry.name}
                </Text>
                {entry.place && (
                  <Text size="xs" span c="dimmed">
                    {' · '}
                    {entry.place}
                  </Text>
                )}
              </UnstyledButton>
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

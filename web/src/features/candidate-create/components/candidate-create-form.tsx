import {
  candidateCreateInputSchema,
  candidateSources,
  duplicateLookupTokens,
  emailSchema,
  fullName,
  isoDateSchema,
  jobFunctions,
  phoneSchema,
  postcodeSchema,
  sectors,
  subjects,
  type CandidateCreateForm,
  type CandidateCreateInput,
  type IdentityFields,
} from '@koers/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Checkbox, Group, MultiSelect, NativeSelect, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Controller, useForm, useWatch, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { SectionCard } from '../../../components/section-card';
import { useCreateCandidate } from '../api/create-candidate';
import { likelyDuplicatesQueryOptions, useLikelyDuplicates, type LikelyDuplicate } from '../api/find-duplicates';
import { DuplicateWarning } from './duplicate-warning';

/** The form's values: the create input as typed (consent unticked until the person ticks it). */
type FormValues = Omit<CandidateCreateForm, 'privacyConsent'> & { privacyConsent: boolean };

const identityFields = ['firstName', 'lastName', 'email', 'phone', 'postcode', 'birthDate'] as const;

/** What duplicate detection compares, from what is typed so far; malformed values count as not given. */
function identityOf(values: Pick<FormValues, (typeof identityFields)[number]>): IdentityFields {
  const valid = <T,>(schema: { safeParse: (value: unknown) => { success: boolean; data?: T } }, value: string) => {
    const result = schema.safeParse(value.trim());
    return result.success && value.trim() !== '' ? (result.data as T) : null;
  };
  return {
    name: fullName(values.firstName, values.lastName),
    email: valid<string>(emailSchema, values.email),
    phone: valid<string>(phoneSchema, values.phone),
    birthDate: valid<string>(isoDateSchema, values.birthDate),
    postcode: valid<string>(postcodeSchema, values.postcode),
  };
}

function defaultsFor(uid: string): FormValues {
  return {
    firstName: '',
    lastName: '',
    email: '',
    phone: '',
    postcode: '',
    place: '',
    birthDate: '',
    sectors: [],
    functions: [],
    subjects: [],
    source: 'adviser',
    ownerUid: uid,
    privacyConsent: false,
    retainAfterProcess: false,
    shareWithOrganisations: false,
    note: '',
  };
}

const draftKey = (regionId: string) => `koers.candidate-create.draft.${regionId}`;

function readDraft(regionId: string): Partial<FormValues> {
  try {
    const stored = window.sessionStorage.getItem(draftKey(regionId));
    return stored ? (JSON.parse(stored) as Partial<FormValues>) : {};
  } catch {
    return {};
  }
}

function clearDraft(regionId: string): void {
  try {
    window.sessionStorage.removeItem(draftKey(regionId));
  } catch {
    // Storage unavailable: nothing was kept.
  }
}

export interface OwnerOption {
  value: string;
  label: string;
}

interface CandidateCreateFormProps {
  regionId: string;
  uid: string;
  owners: OwnerOption[];
  /** Query string that keeps the region on links back to the list ('' or '?regio=…'). */
  regionSearch: string;
}

type Submission = { kind: 'check' } | { kind: 'anyway' } | { kind: 'merge'; mergeWith: string };

/**
 * "Nieuwe kandidaat": the new dossier's profile, interests, owner and consent. Before creating,
 * it looks for likely duplicates in the region (while typing, and again on submit); when there
 * are, the person opens the existing dossier or explicitly creates anyway. What is typed is kept
 * for the browser session, so looking at an existing dossier loses nothing.
 */
export function CandidateCreateForm({ regionId, uid, owners, regionSearch }: CandidateCreateFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const create = useCreateCandidate(regionId, uid);

  // What was typed earlier in this browser session comes back (read once, on mount).
  const [initialValues] = useState<FormValues>(() => ({ ...defaultsFor(uid), ...readDraft(regionId) }));
  const form = useForm<FormValues, unknown, CandidateCreateInput>({
    resolver: zodResolver(candidateCreateInputSchema) as unknown as Resolver<FormValues, unknown, CandidateCreateInput>,
    defaultValues: initialValues,
    mode: 'onTouched',
  });
  const errors = form.formState.errors;

  // Keep what is typed for this browser session (cleared once the dossier exists).
  useEffect(
    () =>
      form.subscribe({
        formState: { values: true },
        callback: ({ values }) => {
          try {
            window.sessionStorage.setItem(draftKey(regionId), JSON.stringify(values));
          } catch {
            // Storage full or unavailable: the form still works, only without the safety net.
          }
        },
      }),
    [form, regionId],
  );

  // Live duplicate check on what is typed, once typing pauses.
  const watched = useWatch({ control: form.control, name: identityFields });
  const identityJson = JSON.stringify(
    identityOf(Object.fromEntries(identityFields.map((field, index) => [field, watched[index] ?? ''])) as Pick<FormValues, (typeof identityFields)[number]>),
  );
  const [debouncedJson] = useDebouncedValue(identityJson, 500);
  const debouncedIdentity = JSON.parse(debouncedJson) as IdentityFields;
  const live = useLikelyDuplicates(regionId, debouncedIdentity);
  const liveDuplicates = duplicateLookupTokens(debouncedIdentity).length > 0 ? (live.data ?? []) : [];

  // The result of the check at submit, for exactly what was submitted; typing again drops it.
  const [checked, setChecked] = useState<{ identity: string; duplicates: LikelyDuplicate[] } | null>(null);
  const [blocked, setBlocked] = useState(false);
  const [checkError, setCheckError] = useState<unknown>(null);
  const [busy, setBusy] = useState<Submission['kind'] | null>(null);
  const submitting = useRef(false);
  const warningHeading = useRef<HTMLHeadingElement>(null);

  const current = checked?.identity === identityJson ? checked.duplicates : null;
  const duplicates = current ?? liveDuplicates;

  useEffect(() => {
    if (blocked) warningHeading.current?.focus();
  }, [blocked, checked]);

  const submit = (submission: Submission) =>
    form.handleSubmit(async (values) => {
      // One submission at a time: a double click or Enter while busy does nothing.
      if (submitting.current) return;
      submitting.current = true;
      setBusy(submission.kind);
      setCheckError(null);
      let leaving = false;
      try {
        if (submission.kind === 'check') {
          const identity: IdentityFields = {
            name: fullName(values.firstName, values.lastName),
            email: values.email,
            phone: values.phone,
            birthDate: values.birthDate,
            postcode: values.postcode,
          };
          let found: LikelyDuplicate[];
          try {
            found = await client.fetchQuery(likelyDuplicatesQueryOptions(client, regionId, identity));
          } catch (error) {
            setCheckError(error);
            return;
          }
          setChecked({ identity: JSON.stringify(identity), duplicates: found });
          if (found.length > 0) {
            setBlocked(true);
            return;
          }
        }
        // A failed create shows through the mutation's error state.
        const id = await create.mutateAsync(values).catch(() => null);
        if (id === null) return;
        clearDraft(regionId);
        leaving = true;
        // Merging starts from the existing dossier, so it is the one that stays unless the person picks otherwise.
        void navigate(submission.kind === 'merge' ? `/kandidaten/${submission.mergeWith}/samenvoegen?met=${id}` : `/kandidaten/${id}`);
      } finally {
        if (!leaving) {
          submitting.current = false;
          setBusy(null);
        }
      }
    });

  const vocab = <const V extends string>(values: readonly V[], label: (value: V) => string) => values.map((value) => ({ value, label: label(value) }));

  return (
    <form onSubmit={(event) => void submit({ kind: 'check' })(event)} noValidate aria-label={t('candidateCreate.title')}>
      <Stack gap="lg">
        <SectionCard id="candidate-create-person" title={t('candidateCreate.sections.person')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label={t('candidateCreate.fields.firstName')}
              required
              autoComplete="off"
              maxLength={100}
              error={errors.firstName && t('candidateCreate.errors.firstName')}
              {...form.register('firstName')}
            />
            <TextInput
              label={t('candidateCreate.fields.lastName')}
              description={t('candidateCreate.fields.lastNameHint')}
              required
              autoComplete="off"
              maxLength={100}
              error={errors.lastName && t('candidateCreate.errors.lastName')}
              {...form.register('lastName')}
            />
            <TextInput
              label={t('candidateCreate.fields.email')}
              type="email"
              autoComplete="off"
              error={errors.email && t('candidateCreate.errors.email')}
              {...form.register('email')}
            />
            <TextInput
              label={t('candidateCreate.fields.phone')}
              type="tel"
              autoComplete="off"
              error={errors.phone && t('candidateCreate.errors.phone')}
              {...form.register('phone')}
            />
            <TextInput
              label={t('candidateCreate.fields.postcode')}
              description={t('candidateCreate.fields.postcodeHint')}
              autoComplete="off"
              error={errors.postcode && t('candidateCreate.errors.postcode')}
              {...form.register('postcode')}
            />
            <TextInput
              label={t('candidateCreate.fields.place')}
              autoComplete="off"
              maxLength={200}
              error={errors.place && t('candidateCreate.errors.place')}
              {...form.register('place')}
            />
            <TextInput
              label={t('candidateCreate.fields.birthDate')}
              description={t('candidateCreate.fields.optional')}
              type="date"
              error={errors.birthDate && t('candidateCreate.errors.birthDate')}
              {...form.register('birthDate')}
            />
          </SimpleGrid>
        </SectionCard>

        <div aria-live="polite">
          {live.isError && (
            <Text size="sm" c="red.9">
              {t('candidateCreate.checkFailed')}
            </Text>
          )}
          {duplicates.length > 0 && (
            <DuplicateWarning
              ref={warningHeading}
              duplicates={duplicates}
              busy={busy}
              onCreateAnyway={() => void submit({ kind: 'anyway' })()}
              onCreateAndMerge={(mergeWith) => void submit({ kind: 'merge', mergeWith })()}
            />
          )}
        </div>

        <SectionCard id="candidate-create-interests" title={t('candidateCreate.sections.interests')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Controller
              control={form.control}
              name="sectors"
              render={({ field }) => (
                <MultiSelect
                  label={t('candidateCreate.fields.sectors')}
                  data={vocab(sectors, (value) => t(`vocab.sector.${value}`))}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  ref={field.ref}
                  clearable
                  comboboxProps={{ withinPortal: true }}
                />
              )}
            />
            <Controller
              control={form.control}
              name="functions"
              render={({ field }) => (
                <MultiSelect
                  label={t('candidateCreate.fields.functions')}
                  data={vocab(jobFunctions, (value) => t(`vocab.jobFunction.${value}`))}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  ref={field.ref}
                  clearable
                />
              )}
            />
            <Controller
              control={form.control}
              name="subjects"
              render={({ field }) => (
                <MultiSelect
                  label={t('candidateCreate.fields.subjects')}
                  data={vocab(subjects, (value) => t(`vocab.subject.${value}`))}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  ref={field.ref}
                  searchable
                  clearable
                />
              )}
            />
          </SimpleGrid>
        </SectionCard>

        <SectionCard id="candidate-create-intake" title={t('candidateCreate.sections.intake')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <NativeSelect
              label={t('candidateCreate.fields.source')}
              required
              data={vocab(candidateSources, (value) => t(`vocab.source.${value}`))}
              error={errors.source && t('validation.required')}
              {...form.register('source')}
            />
            <NativeSelect
              label={t('candidateCreate.fields.owner')}
              required
              data={owners}
              error={errors.ownerUid && t('validation.required')}
              {...form.register('ownerUid')}
            />
          </SimpleGrid>
          <Textarea
            label={t('candidateCreate.fields.note')}
            description={t('candidateCreate.fields.noteHint')}
            autosize
            minRows={2}
            maxRows={8}
            error={errors.note && t('candidateCreate.errors.note')}
            {...form.register('note')}
          />
        </SectionCard>

        <SectionCard id="candidate-create-consent" title={t('candidateCreate.sections.consent')}>
          <Stack gap="sm">
            <Checkbox
              label={t('candidateCreate.fields.privacyConsent')}
              description={t('candidateCreate.fields.privacyConsentHint')}
              required
              error={errors.privacyConsent && t('candidateCreate.errors.privacyConsent')}
              {...form.register('privacyConsent')}
            />
            <Checkbox label={t('candidateCreate.fields.retainAfterProcess')} {...form.register('retainAfterProcess')} />
            <Checkbox label={t('candidateCreate.fields.shareWithOrganisations')} {...form.register('shareWithOrganisations')} />
          </Stack>
        </SectionCard>

        {checkError !== null && <ErrorAlert error={checkError} title={t('candidateCreate.checkFailed')} />}
        {create.isError && <ErrorAlert error={create.error} title={t('candidateCreate.createFailed')} />}
        {Object.keys(errors).length > 0 && (
          <Alert color="red" variant="light" role="alert">
            {t('candidateCreate.errors.summary', { count: Object.keys(errors).length })}
          </Alert>
        )}
        {blocked && duplicates.length > 0 && (
          <Text size="sm" role="status">
            {t('candidateCreate.duplicates.decide')}
          </Text>
        )}
        <Group gap="sm">
          <Button type="submit" loading={busy === 'check'} disabled={busy !== null && busy !== 'check'}>
            {t('candidateCreate.submit')}
          </Button>
          <Button component={Link} to={`/kandidaten${regionSearch}`} variant="default" onClick={() => clearDraft(regionId)}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

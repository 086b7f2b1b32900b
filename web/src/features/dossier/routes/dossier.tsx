import {
  candidateSchema,
  customFieldValueSchema,
  jobFunctions,
  priorEducationLevels,
  qualifications,
  sectors,
  subjects,
  valueAtPath,
  type Candidate,
  type CustomFieldDefinition,
} from '@koers/domain';
import { Badge, Button, Grid, Group, Stack, Text } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { PageTitle } from '../../../components/page-title';
import { PhaseLabel } from '../../../components/phase-label';
import { SectionCard } from '../../../components/section-card';
import type { WithId } from '../../../lib/firestore';
import { useFormat } from '../../../lib/format';
import { useSession } from '../../access/components/session-context';
import { MatchingSection } from '../../matching/components/matching-section';
import { CandidateMessagesSection } from '../../messaging/components/candidate-messages-section';
import { NextStepsSection } from '../../next-steps/components/next-steps-section';
import { useRegion } from '../../region/api/get-region';
import { memberListQueryOptions } from '../../region/api/list-members';
import { useCandidate } from '../api/get-candidate';
import type { ContactAuthor } from '../api/log-contact';
import { ConsentRegions } from '../components/consent-regions';
import { FieldEditor } from '../components/field-editor';
import { HandoverSuggestion } from '../components/handover-suggestion';
import { InviteCandidate } from '../components/invite-candidate';
import type { FieldSpec, Option } from '../components/field-spec';
import { JourneyCard } from '../components/journey-card';
import { LogContactForm } from '../components/log-contact-form';
import { PresenceBar } from '../components/presence-bar';
import { Timeline } from '../components/timeline';
import classes from '../components/dossier-lists.module.css';

const shape = candidateSchema.shape;

/** /kandidaten/:candidateId: the dossier, live, co-edited field by field. */
export function DossierRoute() {
  const { t } = useTranslation();
  const { candidateId = '' } = useParams();
  const candidate = useCandidate(candidateId);

  if (candidate.isPending) return <PageLoader />;
  if (candidate.isError) return <ErrorAlert error={candidate.error} onRetry={() => void candidate.refetch()} />;
  if (!candidate.data) return <EmptyState>{t('dossier.notFound')}</EmptyState>;
  return <Dossier candidate={candidate.data} />;
}

function Dossier({ candidate }: { candidate: WithId<Candidate> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { user, access } = useSession();
  const staffRegions = access?.staffRegionIds ?? [];
  const myRegions = candidate.regionIds.filter((regionId) => staffRegions.includes(regionId));
  const home = useRegion(candidate.homeRegionId);
  const members = useQueries({ queries: myRegions.map((regionId) => memberListQueryOptions(regionId)) });

  const names = new Map<string, string>();
  for (const list of members) for (const member of list.data ?? []) if (!names.has(member.uid)) names.set(member.uid, member.displayName);
  const myName = user.displayName ?? names.get(user.uid) ?? user.email ?? user.uid;
  // Stable while the names are, so the memoized editors and timeline skip unrelated saves.
  const namesSignature = JSON.stringify([...names]);
  const nameOf = useMemo(() => {
    const known = new Map<string, string>(JSON.parse(namesSignature) as Array<[string, string]>);
    return (uid: string) => (uid === 'system' ? t('dossier.system') : (known.get(uid) ?? (uid === user.uid ? myName : t('dossier.unknownPerson'))));
  }, [namesSignature, t, user.uid, myName]);

  const author: ContactAuthor = {
    uid: user.uid,
    name: myName,
    regionId: myRegions.includes(candidate.homeRegionId) ? candidate.homeRegionId : (myRegions[0] ?? candidate.homeRegionId),
  };

  // Matches live in a region: only where this person is staff.
  const matchingRegionId = myRegions.includes(author.regionId) ? author.regionId : null;

  const homeMembers = members[myRegions.indexOf(candidate.homeRegionId)]?.data ?? [];
  const ownerOptions: Option[] = homeMembers
    .filter((member) => member.role === 'coordinator' || member.role === 'adviser')
    .map((member) => ({ value: member.uid, label: member.displayName }));
  if (candidate.ownerUid && !ownerOptions.some((option) => option.value === candidate.ownerUid)) {
    ownerOptions.push({ value: candidate.ownerUid, label: nameOf(candidate.ownerUid) });
  }

  const vocab = <const V extends string>(values: readonly V[], label: (value: V) => string): Option[] =>
    values.map((value) => ({ value, label: label(value) }));

  const profile: FieldSpec[] = [
    { field: 'name', label: t('dossier.fields.name'), input: { type: 'text' }, schema: shape.name, required: true },
    { field: 'email', label: t('dossier.fields.email'), input: { type: 'text', inputType: 'email' }, schema: shape.email },
    { field: 'phone', label: t('dossier.fields.phone'), input: { type: 'text', inputType: 'tel' }, schema: shape.phone },
    { field: 'birthDate', label: t('dossier.fields.birthDate'), input: { type: 'text', inputType: 'date' }, schema: shape.birthDate },
    { field: 'address', label: t('dossier.fields.address'), input: { type: 'text' }, schema: shape.address },
    { field: 'postcode', label: t('dossier.fields.postcode'), input: { type: 'text' }, schema: shape.postcode },
    { field: 'place', label: t('dossier.fields.place'), input: { type: 'text' }, schema: shape.place },
    { field: 'linkedin', label: t('dossier.fields.linkedin'), input: { type: 'text', inputType: 'url' }, schema: shape.linkedin },
  ];
  const route: FieldSpec[] = [
    {
      field: 'sectors',
      label: t('dossier.fields.sectors'),
      input: { type: 'multi', options: vocab(sectors, (value) => t(`vocab.sector.${value}`)) },
      schema: shape.sectors,
    },
    {
      field: 'functions',
      label: t('dossier.fields.functions'),
      input: { type: 'multi', options: vocab(jobFunctions, (value) => t(`vocab.jobFunction.${value}`)) },
      schema: shape.functions,
    },
    {
      field: 'qualifications',
      label: t('dossier.fields.qualifications'),
      input: { type: 'multi', options: vocab(qualifications, (value) => t(`vocab.qualification.${value}`)) },
      schema: shape.qualifications,
    },
    {
      field: 'subjects',
      label: t('dossier.fields.subjects'),
      input: { type: 'multi', options: vocab(subjects, (value) => t(`vocab.subject.${value}`)) },
      schema: shape.subjects,
    },
    {
      field: 'priorEducation',
      label: t('dossier.fields.priorEducation'),
      input: { type: 'select', options: vocab(priorEducationLevels, (value) => t(`vocab.priorEducation.${value}`)) },
      schema: shape.priorEducation,
    },
    { field: 'motivation', label: t('dossier.fields.motivation'), input: { type: 'textarea' }, schema: shape.motivation },
  ];
  const ownerSpec: FieldSpec = { field: 'ownerUid', label: t('dossier.fields.ownerUid'), input: { type: 'select', options: ownerOptions }, schema: z.string() };
  const extra: FieldSpec[] = [
    { field: 'tags', label: t('dossier.fields.tags'), input: { type: 'tags' }, schema: shape.tags },
    { field: 'notes', label: t('dossier.fields.notes'), input: { type: 'textarea' }, schema: shape.notes },
  ];
  const custom: FieldSpec[] = (home.data?.settings.customFields ?? []).map((definition) => customSpec(definition));

  const labelsSignature = JSON.stringify([...profile, ...route, ownerSpec, ...extra].map((spec) => [spec.field, spec.label]));
  const fieldLabel = useMemo(() => {
    const fieldLabels = new Map<string, string>(JSON.parse(labelsSignature) as Array<[string, string]>);
    return (field: string) =>
      fieldLabels.get(field) ??
      (field === 'phase' ? t('dossier.journey.phase') : field === 'status' ? t('dossier.journey.status') : field === 'customFields' ? t('dossier.sections.custom') : field);
    // The dependency is a string (immutable); the compiler's alias analysis cannot tell.
    // eslint-disable-next-line react-hooks/preserve-manual-memoization
  }, [labelsSignature, t]);

  const editor = (spec: FieldSpec) => (
    <FieldEditor
      key={spec.field}
      candidateId={candidate.id}
      spec={spec}
      live={valueAtPath(candidate, spec.field)}
      lastEditorUid={candidate.updatedBy}
      uid={user.uid}
      nameOf={nameOf}
    />
  );

  const consent = candidate.consent;
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <PageTitle>{candidate.name}</PageTitle>
        <Group gap="sm" wrap="wrap">
          <PhaseLabel phase={candidate.phase} />
          <Badge variant="light" color="dark">
            {t(`vocab.status.${candidate.status}`)}
          </Badge>
          <Text size="sm" c="dimmed">
            {home.data?.name ?? candidate.homeRegionId}
          </Text>
          <Button component={Link} to={`/kandidaten/${candidate.id}/samenvoegen`} variant="default" size="xs">
            {t('dossier.mergeAction')}
          </Button>
        </Group>
        <PresenceBar candidateId={candidate.id} uid={user.uid} displayName={myName} />
      </Stack>
      {candidate.intakeRouting && staffRegions.includes(candidate.homeRegionId) && (
        <HandoverSuggestion candidateId={candidate.id} homeRegionId={candidate.homeRegionId} routing={candidate.intakeRouting} />
      )}
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <SectionCard id="dossier-profile" title={t('dossier.sections.profile')}>
              <div>{profile.map(editor)}</div>
            </SectionCard>
            <SectionCard id="dossier-route" title={t('dossier.sections.route')}>
              <div>{route.map(editor)}</div>
            </SectionCard>
            {matchingRegionId && <MatchingSection candidate={candidate} regionId={matchingRegionId} uid={user.uid} nameOf={nameOf} />}
            {custom.length > 0 && (
              <SectionCard id="dossier-custom" title={t('dossier.sections.custom')}>
                <div>{custom.map(editor)}</div>
              </SectionCard>
            )}
            <SectionCard id="dossier-notes" title={t('dossier.sections.notes')}>
              <div>{extra.map(editor)}</div>
            </SectionCard>
            <SectionCard id="dossier-consent" title={t('dossier.sections.consent')}>
              <dl className={classes.facts}>
                <dt>{t('dossier.consent.privacy')}</dt>
                <dd>{consent.privacy ? t('common.yes') : t('common.no')}</dd>
                <dt>{t('dossier.consent.retain')}</dt>
                <dd>{consent.retainAfterProcess ? t('common.yes') : t('common.no')}</dd>
                <dt>{t('dossier.consent.share')}</dt>
                <dd>{consent.shareWithOrganisations ? t('common.yes') : t('common.no')}</dd>
                <dt>{t('dossier.consent.givenAt')}</dt>
                <dd>{consent.givenAt ? format.date(consent.givenAt) : t('common.none')}</dd>
                {consent.withdrawnAt && (
                  <>
                    <dt>{t('dossier.consent.withdrawnAt')}</dt>
                    <dd>{format.date(consent.withdrawnAt)}</dd>
                  </>
                )}
                <dt>{t('dossier.consent.source')}</dt>
                <dd>{t(`vocab.consentSource.${consent.source}`)}</dd>
                {consent.regions && (
                  <>
                    <dt>{t('privacyRequests.consentRegions.title')}</dt>
                    <dd>
                      <ConsentRegions regions={consent.regions} />
                    </dd>
                  </>
                )}
              </dl>
            </SectionCard>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <SectionCard id="dossier-journey" title={t('dossier.sections.journey')}>
              <JourneyCard candidate={candidate} author={author} />
            </SectionCard>
            <SectionCard id="dossier-self-service" title={t('nextSteps.invite.title')}>
              {candidate.authUid ? (
                <Text size="sm">{t('nextSteps.invite.linked')}</Text>
              ) : candidate.email ? (
                <InviteCandidate candidateId={candidate.id} email={candidate.email} />
              ) : (
                <Text size="sm">{t('nextSteps.invite.noEmail')}</Text>
              )}
            </SectionCard>
            <NextStepsSection candidateId={candidate.id} candidateUid={candidate.authUid} uid={user.uid} />
            <SectionCard id="dossier-owner" title={t('dossier.sections.owner')}>
              <div>{editor(ownerSpec)}</div>
            </SectionCard>
            <SectionCard id="dossier-contact" title={t('dossier.contact.title')}>
              <LogContactForm candidateId={candidate.id} author={author} lastContactAt={candidate.lastContactAt} />
            </SectionCard>
            <CandidateMessagesSection candidate={candidate} uid={user.uid} startRegionId={myRegions[0] ?? null} />
            <SectionCard id="dossier-timeline" title={t('dossier.timeline.title')}>
              <Timeline candidateId={candidate.id} nameOf={nameOf} fieldLabel={fieldLabel} />
            </SectionCard>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function customSpec(definition: CustomFieldDefinition): FieldSpec {
  const field = `customFields.${definition.name}`;
  const base = { field, label: definition.label, schema: customFieldValueSchema, required: definition.required };
  switch (definition.type) {
    case 'number':
      return { ...base, input: { type: 'number' }, schema: z.number() };
    case 'boolean':
      return { ...base, input: { type: 'boolean' } };
    case 'string_list':
      return { ...base, input: { type: 'tags' } };
    case 'choice':
      return { ...base, input: { type: 'select', options: (definition.options ?? []).map((value) => ({ value, label: value })) } };
    default:
      return { ...base, input: { type: 'text' } };
  }
}

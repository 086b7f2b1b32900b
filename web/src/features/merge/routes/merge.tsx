import type { Candidate } from '@koers/domain';
import { Alert, Anchor, Button, Group, Modal, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoader } from '../../../components/page-loader';
import { PageTitle } from '../../../components/page-title';
import { SectionCard } from '../../../components/section-card';
import type { WithId } from '../../../lib/firestore';
import { useSession } from '../../access/components/session-context';
import { candidateQueryOptions } from '../../dossier/api/get-candidate';
import { memberListQueryOptions } from '../../region/api/list-members';
import { useMergeCandidates } from '../api/merge-candidates';
import { CandidatePicker } from '../components/candidate-picker';
import { DossierCard } from '../components/dossier-card';
import { MergePreview } from '../components/merge-preview';

const otherParam = 'met';

/**
 * /kandidaten/:candidateId/samenvoegen?met=<otherId>: merge two dossiers of the same person.
 * Without `met`, the person first finds the other dossier by search.
 */
export function MergeRoute() {
  const { t } = useTranslation();
  const { candidateId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const otherId = params.get(otherParam);
  const first = useQuery(candidateQueryOptions(candidateId));
  const { access } = useSession();
  const staffRegionIds = access?.staffRegionIds ?? [];

  // Held here, not in MergeTwo: when the duplicate is the dossier of this route, its live
  // listener turns to "not found" while the merge runs, and the merge must outlive that.
  const merge = useMergeCandidates();
  // Which dossier stays (null: this route's one); kept here too, so a failed merge keeps the choice.
  const [keepId, setKeepId] = useState<string | null>(null);
  const navigate = useNavigate();
  const keptId = merge.data?.keepId;
  useEffect(() => {
    if (keptId) void navigate(`/kandidaten/${keptId}`, { replace: true });
  }, [keptId, navigate]);

  const pick = (id: string | null) => setParams(id ? new URLSearchParams({ [otherParam]: id }) : new URLSearchParams(), { replace: false });

  let body;
  if (merge.isPending || merge.isSuccess) {
    body = (
      <Stack gap="sm" role="status">
        <PageLoader />
        <Text ta="center">{t('merge.busy')}</Text>
      </Stack>
    );
  } else if (first.isPending) body = <PageLoader />;
  else if (first.isError) body = <ErrorAlert error={first.error} onRetry={() => void first.refetch()} />;
  else if (!first.data) body = <EmptyState>{t('dossier.notFound')}</EmptyState>;
  else if (!otherId || otherId === candidateId) {
    const regionId = [first.data.homeRegionId, ...first.data.regionIds].find((id) => staffRegionIds.includes(id));
    body = (
      <SectionCard id="merge-pick" title={t('merge.search.title', { name: first.data.name })}>
        {regionId ? <CandidatePicker regionId={regionId} excludeId={candidateId} onPick={pick} /> : <Text>{t('candidateList.noRegion')}</Text>}
      </SectionCard>
    );
  } else {
    body = (
      <MergeTwo
        first={first.data}
        otherId={otherId}
        merge={merge}
        keepId={keepId ?? first.data.id}
        onKeep={setKeepId}
        onChangeOther={() => {
          setKeepId(null);
          pick(null);
        }}
      />
    );
  }

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <PageTitle>{t('merge.title')}</PageTitle>
        <Text>{t('merge.intro')}</Text>
        <Anchor component={Link} to={`/kandidaten/${candidateId}`} size="sm">
          {t('merge.back')}
        </Anchor>
      </Stack>
      {body}
    </Stack>
  );
}

interface MergeTwoProps {
  first: WithId<Candidate>;
  otherId: string;
  merge: ReturnType<typeof useMergeCandidates>;
  keepId: string;
  onKeep: (candidateId: string) => void;
  onChangeOther: () => void;
}

function MergeTwo({ first, otherId, merge, keepId, onKeep, onChangeOther }: MergeTwoProps) {
  const { t } = useTranslation();
  const { user, access } = useSession();
  const staffRegionIds = access?.staffRegionIds ?? [];
  const other = useQuery(candidateQueryOptions(otherId));
  const [confirming, setConfirming] = useState(false);

  const regions = [...new Set([...first.regionIds, ...(other.data?.regionIds ?? [])])].filter((id) => staffRegionIds.includes(id));
  const members = useQueries({ queries: regions.map((regionId) => memberListQueryOptions(regionId)) });
  const names = new Map<string, string>();
  for (const list of members) for (const member of list.data ?? []) names.set(member.uid, member.displayName);
  const nameOf = (uid: string) => names.get(uid) ?? (uid === user.uid ? (user.displayName ?? user.email ?? uid) : t('dossier.unknownPerson'));

  if (other.isPending) return <PageLoader />;
  if (other.isError) return <ErrorAlert error={other.error} onRetry={() => void other.refetch()} />;
  if (!other.data) {
    return (
      <Stack gap="sm" align="flex-start">
        <EmptyState>{t('merge.otherNotFound')}</EmptyState>
        <Button variant="default" onClick={onChangeOther}>
          {t('merge.changeOther')}
        </Button>
      </Stack>
    );
  }

  const second = other.data;
  const canKeep = (candidate: Candidate) => staffRegionIds.includes(candidate.homeRegionId);
  const keep = keepId === second.id ? second : first;
  const duplicate = keep.id === first.id ? second : first;
  const keepAllowed = canKeep(keep);

  const confirm = () => {
    // The route shows progress and opens the kept dossier once done.
    setConfirming(false);
    merge.mutate({ keepId: keep.id, mergeId: duplicate.id });
  };

  return (
    <Stack gap="lg">
      <SectionCard id="merge-choose" title={t('merge.choose')}>
        <Radio.Group value={keep.id} onChange={onKeep} label={t('merge.chooseLabel')} description={t('merge.chooseHint')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" mt="sm">
            <DossierCard candidate={first} kept={keep.id === first.id} canKeep={canKeep(first)} nameOf={nameOf} />
            <DossierCard candidate={second} kept={keep.id === second.id} canKeep={canKeep(second)} nameOf={nameOf} />
          </SimpleGrid>
        </Radio.Group>
        <Group>
          <Button variant="subtle" size="xs" onClick={onChangeOther}>
            {t('merge.changeOther')}
          </Button>
        </Group>
      </SectionCard>
      <SectionCard id="merge-preview" title={t('merge.preview.title', { name: keep.name })}>
        <MergePreview keep={keep} duplicate={duplicate} nameOf={nameOf} />
      </SectionCard>
      {!keepAllowed && (
        <Alert color="red" variant="light" role="alert">
          {t('merge.cannotKeep')}
        </Alert>
      )}
      {merge.isError && (
        <ErrorAlert error={merge.error} title={t('merge.failed')} messages={{ 'permission-denied': t('merge.notAllowed'), 'not-found': t('merge.otherNotFound') }} />
      )}
      <Group>
        <Button color="red.9" disabled={!keepAllowed} onClick={() => setConfirming(true)}>
          {t('merge.submit')}
        </Button>
      </Group>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('merge.confirm.title')} centered>
        <Stack gap="md">
          <Text>{t('merge.confirm.body', { keep: keep.name, duplicate: duplicate.name })}</Text>
          <Text size="sm">{t('merge.confirm.irreversible')}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
            <Button color="red.9" loading={merge.isPending} onClick={confirm}>
              {t('merge.confirm.submit')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

import type { Introduction, MatchStatus } from '@koers/domain';
import { Anchor, Badge, Blockquote, Box, Button, Group, Paper, SimpleGrid, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state';
import type { WithId } from '../../../lib/firestore';
import { useFormat } from '../../../lib/format';
import { isClosed, nextSteps, type AnswerStatus } from './introduction-steps';
import { RespondDialog } from './respond-dialog';

/** Colour supports the status; the status always reads as text as well. */
const statusColor: Record<MatchStatus, string> = {
  proposed: 'blue',
  accepted: 'teal',
  conversation_requested: 'cyan',
  interview_planned: 'violet',
  suitability_assessment: 'indigo',
  contract: 'green',
  enrolled: 'green',
  started: 'green',
  declined: 'red',
  withdrawn: 'gray',
};

interface IntroductionListProps {
  regionId: string;
  organisationId: string;
  /** Names the list for assistive technology. */
  label: string;
  introductions: WithId<Introduction>[];
}

/**
 * What an organisation sees of the candidates proposed to it (the introduction profile only),
 * newest first, with the steps its HR or training staff can take. Cards at every width: the
 * profile, the adviser's note and the actions don't fit table cells.
 */
export function IntroductionList({ regionId, organisationId, label, introductions }: IntroductionListProps) {
  const { t } = useTranslation();
  if (introductions.length === 0) return <EmptyState>{t('organisation.empty')}</EmptyState>;
  return (
    <Stack component="ul" gap="md" aria-label={label} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {introductions.map((introduction) => (
        <IntroductionCard key={introduction.id} regionId={regionId} organisationId={organisationId} introduction={introduction} />
      ))}
    </Stack>
  );
}

function Fact({ label, children, wide = false }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <Box style={wide ? { gridColumn: '1 / -1' } : undefined}>
      <Text component="dt" size="xs" fw={600} c="dimmed">
        {label}
      </Text>
      <Text component="dd" size="sm" m={0} style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </Box>
  );
}

function IntroductionCard({ regionId, organisationId, introduction }: { regionId: string; organisationId: string; introduction: WithId<Introduction> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [step, setStep] = useState<AnswerStatus | null>(null);
  const { profile } = introduction;
  const headingId = `introduction-${introduction.id}`;
  const none = t('organisation.intro.notGiven');
  const list = (values: string[]) => (values.length > 0 ? values.join(', ') : none);
  const target =
    introduction.targetKind === 'programme'
      ? t('organisation.intro.programme', { name: introduction.programmeName ?? none })
      : introduction.vacancyTitle
        ? t('organisation.intro.vacancy', { title: introduction.vacancyTitle })
        : t('organisation.intro.openApplication');
  const steps = nextSteps(introduction.targetKind, introduction.status);

  return (
    <Paper component="li" withBorder p={{ base: 'sm', sm: 'md' }} radius="md" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={2}>
            <Title order={3} size="h4" id={headingId}>
              {profile.firstName}
            </Title>
            <Text size="sm">{target}</Text>
            <Text size="xs" c="dimmed">
              {t('organisation.intro.proposedOn', { date: format.date(introduction.createdAt) })}
            </Text>
          </Stack>
          <Badge variant="light" color={statusColor[introduction.status]} tt="none" size="lg" radius="sm">
            <VisuallyHidden>{t('organisation.intro.status')}: </VisuallyHidden>
            {t(`vocab.matchStatus.${introduction.status}`)}
          </Badge>
        </Group>

        {introduction.plannedAt && !isClosed(introduction.status) && (
          <Text size="sm" fw={500}>
            {t('organisation.intro.plannedAt', { when: format.dateTime(introduction.plannedAt) })}
          </Text>
        )}

        <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs" m={0}>
          <Fact label={t('organisation.intro.place')}>{profile.place ?? none}</Fact>
          <Fact label={t('organisation.intro.priorEducation')}>
            {profile.priorEducation ? t(`vocab.priorEducation.${profile.priorEducation}`) : none}
          </Fact>
          <Fact label={t('organisation.intro.sectors')}>{list(profile.sectors.map((sector) => t(`vocab.sector.${sector}`)))}</Fact>
          <Fact label={t('organisation.intro.functions')}>{list(profile.functions.map((fn) => t(`vocab.jobFunction.${fn}`)))}</Fact>
          <Fact label={t('organisation.intro.subjects')}>{list(profile.subjects.map((subject) => t(`vocab.subject.${subject}`)))}</Fact>
          {profile.qualifications.length > 0 && (
            <Fact label={t('organisation.intro.qualifications')}>
              {list(profile.qualifications.map((qualification) => t(`vocab.qualification.${qualification}`)))}
            </Fact>
          )}
          <Fact label={t('organisation.intro.motivation')} wide>
            {profile.motivation ?? none}
          </Fact>
        </SimpleGrid>

        {introduction.note && (
          <Blockquote p="sm" radius="sm" color="gray" mt={0}>
            <Text size="xs" fw={600} c="dimmed">
              {t('organisation.intro.adviserNote', { name: introduction.adviserName })}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {introduction.note}
            </Text>
          </Blockquote>
        )}
        <Text size="sm">
          {t('organisation.intro.adviser')}: {introduction.adviserName} ·{' '}
          <Anchor href={`mailto:${introduction.adviserEmail}`} size="sm" style={{ overflowWrap: 'anywhere' }}>
            {introduction.adviserEmail}
          </Anchor>
        </Text>

        {introduction.response && (
          <Text size="sm">
            <Text span fw={500} size="sm">
              {introduction.respondedAt
                ? t('organisation.intro.lastResponseOn', { date: format.date(introduction.respondedAt) })
                : t('organisation.intro.lastResponse')}
              :
            </Text>{' '}
            <Text span size="sm" style={{ whiteSpace: 'pre-line' }}>
              {introduction.response}
            </Text>
          </Text>
        )}

        {steps.length > 0 ? (
          <Group gap="xs" role="group" aria-label={t('organisation.intro.stepsFor', { name: profile.firstName })}>
            {steps.map((status) => (
              <Button
                key={status}
                size="sm"
                variant={status === 'declined' ? 'outline' : status === steps[0] ? 'filled' : 'light'}
                color={status === 'declined' ? 'red' : undefined}
                onClick={() => setStep(status)}
              >
                {status === 'interview_planned' && introduction.status === 'interview_planned'
                  ? t('organisation.actions.reschedule')
                  : t(`organisation.actions.${status}`)}
              </Button>
            ))}
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            {t('organisation.intro.closed')}
          </Text>
        )}
      </Stack>
      <RespondDialog
        regionId={regionId}
        organisationId={organisationId}
        introduction={introduction}
        status={step}
        onClose={() => setStep(null)}
      />
    </Paper>
  );
}

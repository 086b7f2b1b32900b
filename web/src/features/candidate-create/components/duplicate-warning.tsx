import type { DuplicateReason } from '@koers/domain';
import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LikelyDuplicate } from '../api/find-duplicates';

interface DuplicateWarningProps {
  duplicates: LikelyDuplicate[];
  /** Which submission is running, if any (its button shows a spinner, the others wait). */
  busy: 'check' | 'anyway' | 'merge' | null;
  onCreateAnyway: () => void;
  onCreateAndMerge: (candidateId: string) => void;
  /** The heading, focused when a submit is held back by the warning. */
  ref?: Ref<HTMLHeadingElement>;
}

/**
 * "Bestaat deze kandidaat al?": the region's dossiers the new one likely duplicates, with the
 * reasons, a link to each dossier, and the explicit choices to create anyway or to create and
 * merge right away.
 */
export function DuplicateWarning({ duplicates, busy, onCreateAnyway, onCreateAndMerge, ref }: DuplicateWarningProps) {
  const { t } = useTranslation();
  const reasonText = (reason: DuplicateReason) => t(`candidateCreate.duplicates.reasons.${reason}`);
  return (
    <Paper component="section" withBorder p={{ base: 'sm', sm: 'lg' }} radius="md" bg="yellow.0" bd="1px solid yellow.8" aria-labelledby="candidate-create-duplicates">
      <Stack gap="sm">
        <Title order={2} size="h3" id="candidate-create-duplicates" ref={ref} tabIndex={-1}>
          {t('candidateCreate.duplicates.title', { count: duplicates.length })}
        </Title>
        <Text size="sm">{t('candidateCreate.duplicates.intro')}</Text>
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('candidateCreate.duplicates.listLabel')}>
          {duplicates.map((duplicate) => (
            <Paper component="li" key={duplicate.id} withBorder p="sm" radius="sm" data-candidate-id={duplicate.id}>
              <Stack gap={6}>
                <Anchor component={Link} to={`/kandidaten/${duplicate.id}`} fw={600}>
                  {duplicate.name}
                </Anchor>
                <Text size="sm">{duplicate.reasons.map(reasonText).join(' · ')}</Text>
                <Group gap="xs">
                  <Button component={Link} to={`/kandidaten/${duplicate.id}`} size="xs" variant="light" aria-label={t('candidateCreate.duplicates.openNamed', { name: duplicate.name })}>
                    {t('candidateCreate.duplicates.open')}
                  </Button>
                  <Button
                    size="xs"
                    variant="default"
                    loading={busy === 'merge'}
                    disabled={busy !== null && busy !== 'merge'}
                    onClick={() => onCreateAndMerge(duplicate.id)}
                    aria-label={t('candidateCreate.duplicates.createAndMergeNamed', { name: duplicate.name })}
                  >
                    {t('candidateCreate.duplicates.createAndMerge')}
                  </Button>
                </Group>
              </Stack>
            </Paper>
          ))}
        </Stack>
        <Text size="sm">{t('candidateCreate.duplicates.keepTyped')}</Text>
        <Group>
          <Button color="red.9" loading={busy === 'anyway'} disabled={busy !== null && busy !== 'anyway'} onClick={onCreateAnyway}>
            {t('candidateCreate.duplicates.createAnyway')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

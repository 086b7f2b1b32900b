import type { Candidate } from '@koers/domain';
import { Anchor, Group, Paper, Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PhaseLabel } from '../../../components/phase-label';
import type { WithId } from '../../../lib/firestore';
import { useFormat } from '../../../lib/format';
import { comparedFields, fieldLabel, fieldText } from './field-text';
import classes from './merge.module.css';

interface DossierCardProps {
  candidate: WithId<Candidate>;
  kept: boolean;
  /** False when the person may not keep this dossier (not staff of its home region). */
  canKeep: boolean;
  nameOf: (uid: string) => string;
}

/** One of the two dossiers: a radio to keep it, and its key facts. */
export function DossierCard({ candidate, kept, canKeep, nameOf }: DossierCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Paper withBorder p="md" radius="md" className={kept ? classes.kept : undefined} data-candidate-id={candidate.id}>
      <Stack gap="sm">
        <Radio
          value={candidate.id}
          disabled={!canKeep}
          label={<Text fw={700}>{candidate.name}</Text>}
          description={kept ? t('merge.stays') : t('merge.goes')}
          aria-label={t('merge.keepNamed', { name: candidate.name })}
        />
        {!canKeep && (
          <Text size="sm" c="red.9">
            {t('merge.cannotKeep')}
          </Text>
        )}
        <Group gap="sm">
          {candidate.status === 'active' ? <PhaseLabel phase={candidate.phase} /> : <Text size="sm">{t(`vocab.status.${candidate.status}`)}</Text>}
          <Anchor component={Link} to={`/kandidaten/${candidate.id}`} size="sm">
            {t('merge.openDossier')}
          </Anchor>
        </Group>
        <dl className={classes.facts}>
          {comparedFields.map((field) => (
            <div key={field} className={classes.fact}>
              <dt>{fieldLabel(t, field)}</dt>
              <dd>{fieldText(t, format, field, candidate[field], nameOf)}</dd>
            </div>
          ))}
        </dl>
      </Stack>
    </Paper>
  );
}

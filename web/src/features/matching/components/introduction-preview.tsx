import type { IntroductionProfile } from '@koers/domain';
import { Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './matching.module.css';

/** The introduction profile as the organisation will read it. */
export function IntroductionPreview({ profile }: { profile: IntroductionProfile }) {
  const { t } = useTranslation();
  const headingId = useId();
  const list = (values: string[]) => (values.length > 0 ? values.join(', ') : t('common.none'));
  const rows: Array<[string, string]> = [
    [t('matching.profile.firstName'), profile.firstName || t('common.none')],
    [t('matching.profile.place'), profile.place ?? t('common.none')],
    [t('matching.profile.sectors'), list(profile.sectors.map((value) => t(`vocab.sector.${value}`)))],
    [t('matching.profile.functions'), list(profile.functions.map((value) => t(`vocab.jobFunction.${value}`)))],
    [t('matching.profile.subjects'), list(profile.subjects.map((value) => t(`vocab.subject.${value}`)))],
    [t('matching.profile.qualifications'), list(profile.qualifications.map((value) => t(`vocab.qualification.${value}`)))],
    [t('matching.profile.priorEducation'), profile.priorEducation ? t(`vocab.priorEducation.${profile.priorEducation}`) : t('common.none')],
  ];
  return (
    <Paper component="section" withBorder p="sm" radius="md" bg="gray.0" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title order={3} size="h5" id={headingId}>
          {t('matching.propose.previewTitle')}
        </Title>
        <Text size="xs" c="dimmed">
          {t('matching.propose.previewHint')}
        </Text>
        <dl className={classes.facts}>
          {rows.map(([label, value]) => (
            <div key={label} className={classes.fact}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
          <div className={classes.fact}>
            <dt>{t('matching.profile.motivation')}</dt>
            <dd className={classes.prose}>{profile.motivation ?? t('common.none')}</dd>
          </div>
        </dl>
      </Stack>
    </Paper>
  );
}

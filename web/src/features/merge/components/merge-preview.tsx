import { mergedFields, type Candidate } from '@koers/domain';
import { List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WithId } from '../../../lib/firestore';
import { useFormat } from '../../../lib/format';
import { fieldLabel, fieldText } from './field-text';
import classes from './merge.module.css';

/** Internal bookkeeping a person need not review. */
const hiddenFields: readonly string[] = ['introducedOrganisationIds', 'lastContactAt'];

/** What the kept dossier looks like after the merge (domain `mergedFields`), and what happens to the history. */
export function MergePreview({ keep, duplicate, nameOf }: { keep: WithId<Candidate>; duplicate: WithId<Candidate>; nameOf: (uid: string) => string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const changes = Object.entries(mergedFields(keep, duplicate)).filter(([field]) => !hiddenFields.includes(field));
  return (
    <Stack gap="md">
      <Text>{t('merge.preview.intro', { keep: keep.name, duplicate: duplicate.name })}</Text>
      {changes.length === 0 ? (
        <Text size="sm">{t('merge.preview.noChanges')}</Text>
      ) : (
        <dl className={classes.facts} aria-label={t('merge.preview.changesLabel')}>
          {changes.map(([field, value]) => (
            <div key={field} className={classes.fact} data-field={field}>
              <dt>{fieldLabel(t, field)}</dt>
              <dd>{fieldText(t, format, field, value, nameOf)}</dd>
            </div>
          ))}
        </dl>
      )}
      <Stack gap={4}>
        <Text fw={600}>{t('merge.preview.historyTitle')}</Text>
        <List size="sm" spacing={4}>
          <List.Item>{t('merge.preview.contacts', { duplicate: duplicate.name, keep: keep.name })}</List.Item>
          <List.Item>{t('merge.preview.tasks')}</List.Item>
          <List.Item>{t('merge.preview.timeline')}</List.Item>
          <List.Item>{t('merge.preview.removed', { duplicate: duplicate.name })}</List.Item>
        </List>
      </Stack>
    </Stack>
  );
}

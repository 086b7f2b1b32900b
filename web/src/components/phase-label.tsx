import { phaseInfo, type Phase } from '@koers/domain';
import { Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A phase name with its journey colour as a swatch (the text carries the meaning). */
export function PhaseLabel({ phase }: { phase: Phase }) {
  const { t } = useTranslation();
  return (
    <Group gap={8} wrap="nowrap">
      <Box aria-hidden w={10} h={10} style={{ borderRadius: '50%', background: phaseInfo[phase].colour, flexShrink: 0 }} />
      <Text span size="sm">
        {t(`vocab.phase.${phase}`)}
      </Text>
    </Group>
  );
}

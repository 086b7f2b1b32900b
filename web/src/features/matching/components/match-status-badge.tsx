import type { MatchStatus } from '@koers/domain';
import { Badge, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const colours: Record<MatchStatus, MantineColor> = {
  proposed: 'blue',
  accepted: 'teal',
  conversation_requested: 'cyan',
  declined: 'red',
  interview_planned: 'indigo',
  suitability_assessment: 'violet',
  contract: 'green',
  enrolled: 'green',
  started: 'green',
  withdrawn: 'gray',
};

/** A match's status as words (the colour only repeats them). */
export function MatchStatusBadge({ status }: { status: MatchStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="light"
      color={colours[status]}
      // Dark text on the tinted background: readable (contrast) whatever the status colour.
      c="dark.7"
      tt="none"
      // Long statuses wrap rather than being cut off ("Sollicitatiegesprek gepland").
      styles={{ root: { height: 'auto', maxWidth: '100%', flexShrink: 0 }, label: { whiteSpace: 'normal', overflow: 'visible', paddingBlock: 2 } }}
      data-testid="match-status"
    >
      {t(`vocab.matchStatus.${status}`)}
    </Badge>
  );
}

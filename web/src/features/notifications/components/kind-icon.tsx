import type { NotificationKind } from '@koers/domain';
import { ThemeIcon } from '@mantine/core';

// Simple 24×24 stroke paths; the kind is also written out next to the icon, so they stay decorative.
const paths: Record<NotificationKind, string> = {
  message: 'M4 5h16v11H9l-5 4z',
  mention: 'M16 12a4 4 0 1 1-4-4 4 4 0 0 1 4 4v1.5a2.5 2.5 0 0 0 5 0V12a9 9 0 1 0-3.5 7.1',
  task: 'M5 12l4 4 10-10',
  match: 'M8 12h8M4 8l4 4-4 4M20 8l-4 4 4 4',
  intake: 'M4 13h5l1 3h4l1-3h5M4 13l2-8h12l2 8v6H4z',
  handover: 'M4 8h13l-3-3M20 16H7l3 3',
};

const colors: Record<NotificationKind, string> = {
  message: 'indigo',
  mention: 'grape',
  task: 'teal',
  match: 'orange',
  intake: 'cyan',
  handover: 'blue',
};

export function KindIcon({ kind }: { kind: NotificationKind }) {
  return (
    <ThemeIcon variant="light" color={colors[kind]} radius="xl" size="md" aria-hidden="true">
      <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" focusable="false">
        <path d={paths[kind]} />
      </svg>
    </ThemeIcon>
  );
}

export function BellIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}

import { Alert, Button, Group, Stack, Text } from '@mantine/core';

interface EditConflictAlertProps {
  title: string;
  body: string;
  overwriteLabel: string;
  loadTheirsLabel: string;
  /** Save what was typed over the newer version, knowingly. */
  onOverwrite: () => void;
  /** Replace what was typed with the newer version. */
  onLoadTheirs: () => void;
}

/** A save refused because someone else saved first: the two ways on, side by side. */
export function EditConflictAlert({ title, body, overwriteLabel, loadTheirsLabel, onOverwrite, onLoadTheirs }: EditConflictAlertProps) {
  return (
    <Alert color="orange" variant="light" role="alert" title={title}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{body}</Text>
        <Group gap="xs">
          <Button size="xs" color="orange" onClick={onOverwrite}>
            {overwriteLabel}
          </Button>
          <Button size="xs" variant="default" onClick={onLoadTheirs}>
            {loadTheirsLabel}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

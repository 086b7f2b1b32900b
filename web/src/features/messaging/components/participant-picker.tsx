import { MultiSelect } from '@mantine/core';
import type { Member } from '@koers/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WithId } from '../../../lib/firestore';

interface ParticipantPickerProps {
  label: string;
  description?: string;
  members: ReadonlyArray<WithId<Member>>;
  value: string[];
  onChange: (uids: string[]) => void;
  error?: string;
  disabled?: boolean;
}

/** Picks people from the region's directory (already narrowed to who may take part). */
export function ParticipantPicker({ label, description, members, value, onChange, error, disabled }: ParticipantPickerProps) {
  const { t } = useTranslation();
  // The list closes after each pick, so it never covers the fields below it.
  const [opened, setOpened] = useState(false);
  const data = members.map((member) => ({ value: member.uid, label: `${member.displayName} (${t(`vocab.role.${member.role}`)})` }));
  return (
    <MultiSelect
      label={label}
      description={description}
      data={data}
      value={value}
      onChange={(uids) => {
        onChange(uids);
        setOpened(false);
      }}
      dropdownOpened={opened}
      onDropdownOpen={() => setOpened(true)}
      onDropdownClose={() => setOpened(false)}
      searchable
      clearable
      hidePickedOptions
      nothingFoundMessage={t('messaging.start.noEligible')}
      error={error}
      disabled={disabled}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

import { Select } from '@mantine/core';
import type { OwnerCandidateDto } from '../api';

interface OwnerSelectProps {
  /** The partner's active portal users (undefined while loading). */
  candidates: OwnerCandidateDto[] | undefined;
  loading: boolean;
  value: string | null;
  onChange: (value: string | null) => void;
  description?: string;
  error?: string;
  disabled?: boolean;
}

/** The optional "Owner" picker of a partner's record: one of its active portal users, by name and e-mail. */
export function OwnerSelect({ candidates, loading, value, onChange, description, error, disabled }: OwnerSelectProps) {
  return (
    <Select
      label="Owner"
      description={description}
      placeholder={loading ? 'Loading…' : 'No owner'}
      clearable
      searchable
      data={(candidates ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }))}
      value={value}
      onChange={onChange}
      nothingFoundMessage="No active portal user"
      error={error}
      disabled={disabled}
    />
  );
}

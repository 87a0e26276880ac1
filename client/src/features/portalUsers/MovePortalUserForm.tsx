import { useState, type FormEvent } from 'react';
import { Button, Group, Select, Stack, Text, type ComboboxItem } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { PortalOrganizationDto, PortalUserDto } from '../../api';
import { fieldError, toProblem } from '../../api/http';
import { ProblemAlert } from '../../components/ProblemAlert';
import { usePortalOrganizations, usePortalUserAction } from './hooks';

interface MovePortalUserFormProps {
  user: PortalUserDto;
  /** The user's current organization (not offered). */
  organizationId: string;
  onDone: () => void;
}

/** Organizations offered per search: the list is paged, so the picker asks the server. */
const OPTIONS = 20;

function toOption(o: PortalOrganizationDto): ComboboxItem {
  return { value: o.id, label: o.name === o.accountName ? o.name : `${o.name} (${o.accountName})` };
}

/** Moves a portal user to another partner's organization: they lose access to the current one. */
export function MovePortalUserForm({ user, organizationId, onDone }: MovePortalUserFormProps) {
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 300);
  const [target, setTarget] = useState<string | null>(null);
  const [picked, setPicked] = useState<ComboboxItem | null>(null);
  // Once picked, the box shows the option's label: that is no search, so the first organizations are offered again.
  const searching = debouncedSearch.trim() && debouncedSearch !== picked?.label ? debouncedSearch.trim() : undefined;
  const organizations = usePortalOrganizations({ search: searching, page: 1, pageSize: OPTIONS });
  const move = usePortalUserAction();
  const options = (organizations.data?.items ?? []).filter((o) => o.id !== organizationId).map(toOption);
  const [localError, setLocalError] = useState<string>();
  const problem = move.error ? toProblem(move.error) : null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!target) {
      setLocalError('Choose an organization.');
      return;
    }
    setLocalError(undefined);
    move.mutate({ user, action: { kind: 'move', organizationId: target } }, { onSuccess: () => onDone() });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <ProblemAlert problem={problem} fields={['organizationId']} />
        <Text size="sm">
          {user.email} will lose access to this partner's data and is no longer an organization admin.
        </Text>
        <Select
          label="Organization"
          withAsterisk
          placeholder="Choose an organization"
          searchable
          data={picked && !options.some((o) => o.value === picked.value) ? [picked, ...options] : options}
          value={target}
          onChange={(value, option) => {
            setTarget(value);
            setPicked(value ? option : null);
          }}
          searchValue={search}
          onSearchChange={setSearch}
          filter={({ options: shown }) => shown}
          nothingFoundMessage={organizations.isFetching ? 'Searching…' : 'No other organizations'}
          error={localError ?? fieldError(problem, 'organizationId')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={move.isPending}>
            Move
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { useState, type FormEvent } from 'react';
import { Button, Group, Select, Stack, Text } from '@mantine/core';
import type { PortalUserDto } from '../../api';
import { fieldError, toProblem } from '../../api/http';
import { ProblemAlert } from '../../components/ProblemAlert';
import { usePortalOrganizations, usePortalUserAction } from './hooks';

interface MovePortalUserFormProps {
  user: PortalUserDto;
  /** The user's current organization (not offered). */
  organizationId: string;
  onDone: () => void;
}

/** Moves a portal user to another partner's organization: they lose access to the current one. */
export function MovePortalUserForm({ user, organizationId, onDone }: MovePortalUserFormProps) {
  const organizations = usePortalOrganizations();
  const move = usePortalUserAction();
  const [target, setTarget] = useState<string | null>(null);
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
          data={(organizations.data ?? [])
            .filter((o) => o.id !== organizationId)
            .map((o) => ({ value: o.id, label: o.name === o.accountName ? o.name : `${o.name} (${o.accountName})` }))}
          value={target}
          onChange={setTarget}
          nothingFoundMessage={organizations.isPending ? 'Loading…' : 'No other organizations'}
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

import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Group, Stack, TextInput } from '@mantine/core';
import type { IntegrationClientSecretDto } from '../../api';
import { fieldError, toProblem } from '../../api/http';
import { ProblemAlert } from '../../components/ProblemAlert';
import { KNOWN_SCOPES, useCreateIntegrationClient } from './hooks';

const FIELDS = ['displayName', 'scopes'];

interface IntegrationClientFormProps {
  /** Called with the new client and its secret (shown once), or without on cancel. */
  onDone: (created?: IntegrationClientSecretDto) => void;
}

export function IntegrationClientForm({ onDone }: IntegrationClientFormProps) {
  const create = useCreateIntegrationClient();
  const [displayName, setDisplayName] = useState('');
  const [scopes, setScopes] = useState<string[]>([]);
  const problem = create.error ? toProblem(create.error) : null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ displayName: displayName.trim(), scopes }, { onSuccess: (created) => onDone(created) });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <ProblemAlert problem={problem} fields={FIELDS} />
        <TextInput
          label="Name"
          withAsterisk
          placeholder="ERP synchronisation"
          value={displayName}
          onChange={(e) => setDisplayName(e.currentTarget.value)}
          error={fieldError(problem, 'displayName')}
          data-autofocus
        />
        <Checkbox.Group label="Scopes" value={scopes} onChange={setScopes} error={fieldError(problem, 'scopes')}>
          <Stack gap="xs" mt={6}>
            {KNOWN_SCOPES.map((scope) => (
              <Checkbox key={scope.value} value={scope.value} label={scope.value} description={scope.description} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onDone()}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            Create
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { useState, type FormEvent } from 'react';
import { Button, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import type { PartnershipDto } from '../../api';
import { fieldError, toProblem } from '../../api/http';
import { ProblemAlert } from '../../components/ProblemAlert';
import { usePartnerLevels } from '../partnerTypes/hooks';
import { useOverridePartnershipLevel } from './hooks';

const FIELDS = ['levelId', 'reason'];

interface OverrideLevelFormProps {
  partnership: PartnershipDto;
  onDone: () => void;
}

/** A manager's explicit level change outside promotion (e.g. a contractual agreement); the reason goes to the timeline. */
export function OverrideLevelForm({ partnership, onDone }: OverrideLevelFormProps) {
  const override = useOverridePartnershipLevel(partnership.id);
  const levels = usePartnerLevels(partnership.partnerTypeId);
  const [levelId, setLevelId] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const problem = override.error ? toProblem(override.error) : null;
  const options = (levels.data ?? [])
    .filter((l) => l.id !== partnership.partnerLevelId)
    .map((l) => ({ value: l.id, label: `${l.number}. ${l.name}` }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    override.mutate({ levelId: levelId ?? '', reason: reason.trim() }, { onSuccess: () => onDone() });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <Text size="sm">
          {partnership.accountName} is at {partnership.partnerLevelName}. The new level's targets and benefits replace
          the current ones; reached values are kept. The change and its reason are written to the timeline.
        </Text>
        <ProblemAlert problem={problem} fields={FIELDS} />
        <Select
          label="New level"
          withAsterisk
          data={options}
          value={levelId}
          onChange={setLevelId}
          error={fieldError(problem, 'levelId')}
          data-autofocus
        />
        <Textarea
          label="Reason"
          description="Why the level changes outside promotion; the partner manager and administrators see it."
          withAsterisk
          autosize
          minRows={2}
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={fieldError(problem, 'reason')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" color="orange" loading={override.isPending}>
            Change level
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

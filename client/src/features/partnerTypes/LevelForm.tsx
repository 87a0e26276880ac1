import { useState, type FormEvent } from 'react';
import { Button, Group, NumberInput, Stack, TextInput, Textarea } from '@mantine/core';
import type { PartnerLevelDto } from '../../api';
import { fieldError, toProblem } from '../../api/http';
import { ProblemAlert } from '../../components/ProblemAlert';
import { optionalText, toNumber } from '../../lib/format';
import { useSavePartnerLevel } from './hooks';

const FIELDS = ['name', 'description', 'number', 'targetScore'];

interface LevelFormProps {
  partnerTypeId: string;
  level?: PartnerLevelDto;
  /** Number suggested for a new level. */
  nextNumber?: number;
  onDone: () => void;
}

/** Create (no `level`) or edit a partner level. */
export function LevelForm({ partnerTypeId, level, nextNumber = 1, onDone }: LevelFormProps) {
  const save = useSavePartnerLevel(partnerTypeId);
  const [name, setName] = useState(level?.name ?? '');
  const [description, setDescription] = useState(level?.description ?? '');
  const [number, setNumber] = useState<number | string>(level?.number ?? nextNumber);
  const [targetScore, setTargetScore] = useState<number | string>(level?.targetScore ?? '');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const problem = save.error ? toProblem(save.error) : null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const num = toNumber(number);
    const target = toNumber(targetScore);
    const errors: Record<string, string> = {};
    if (num === undefined) errors.number = 'Enter the level number.';
    if (target === undefined) errors.targetScore = 'Enter the target score.';
    setLocalErrors(errors);
    if (num === undefined || target === undefined) return;
    save.mutate(
      {
        id: level?.id,
        body: { name: name.trim(), description: optionalText(description), number: num, targetScore: target },
      },
      { onSuccess: () => onDone() },
    );
  };

  const error = (field: string) => localErrors[field] ?? fieldError(problem, field);

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <ProblemAlert problem={problem} fields={FIELDS} />
        <TextInput
          label="Name"
          withAsterisk
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={error('name')}
          data-autofocus
        />
        <Group grow align="flex-start">
          <NumberInput
            label="Number"
            description="1 is the lowest level"
            withAsterisk
            allowDecimal={false}
            value={number}
            onChange={setNumber}
            error={error('number')}
          />
          <NumberInput
            label="Target score"
            description="Points a partner needs at this level"
            withAsterisk
            allowDecimal={false}
            value={targetScore}
            onChange={setTargetScore}
            error={error('targetScore')}
          />
        </Group>
        <Textarea
          label="Description"
          autosize
          minRows={2}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={error('description')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            {level ? 'Save' : 'Create'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

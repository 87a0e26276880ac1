import { useState, type FormEvent } from 'react';
import { Button, Group, NumberInput, Stack, Text, Textarea } from '@mantine/core';
import { ParameterValueType, ProblemCode, type ObligationDto } from '../../api';
import { fieldError, toProblem } from '../../api/http';
import { ProblemAlert } from '../../components/ProblemAlert';
import { toNumber } from '../../lib/format';
import { useUpdatePartnershipParameter } from './hooks';

const FIELDS = ['numberValue', 'boolValue', 'value', 'overrideReason'];

interface OverrideValueFormProps {
  partnershipId: string;
  obligation: ObligationDto;
  onDone: () => void;
}

/**
 * A measured obligation's value replaced by hand: only with a reason, which the partnership page shows (a value
 * without one is refused with 422 `metric_is_computed`). The engine stops measuring it until the override is removed.
 */
export function OverrideValueForm({ partnershipId, obligation, onDone }: OverrideValueFormProps) {
  const update = useUpdatePartnershipParameter(partnershipId);
  const isBoolean = obligation.valueType === ParameterValueType.Boolean;
  const [value, setValue] = useState<number | string>(obligation.currentValue ?? 0);
  const [reason, setReason] = useState(obligation.overrideReason ?? '');
  const [localError, setLocalError] = useState<{ value?: string; reason?: string }>({});
  const problem = update.error ? toProblem(update.error) : null;
  // A 422 about the reason is shown under the reason, not above the form.
  const reasonProblem = problem?.code === ProblemCode.MetricIsComputed ? (problem.detail ?? problem.title) : undefined;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const numberValue = toNumber(value);
    const errors = {
      value: numberValue === undefined ? 'Enter a number.' : undefined,
      reason: reason.trim() ? undefined : 'Say why the measured value is overridden.',
    };
    setLocalError(errors);
    if (errors.value || errors.reason) return;
    const overrideReason = reason.trim();
    update.mutate(
      {
        parameterId: obligation.currentParameterId,
        body: isBoolean ? { boolValue: numberValue! >= 1, overrideReason } : { numberValue, overrideReason },
      },
      { onSuccess: () => onDone() },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <Text size="sm">
          {obligation.categoryName} is measured from the records ({obligation.currentValue} now). An override replaces
          the measured value until it is removed; the reason is shown on the partnership.
        </Text>
        <ProblemAlert problem={reasonProblem ? null : problem} fields={FIELDS} />
        <NumberInput
          label="Value"
          withAsterisk
          allowDecimal={obligation.valueType === ParameterValueType.Decimal}
          min={0}
          max={isBoolean ? 1 : undefined}
          value={value}
          onChange={setValue}
          error={localError.value ?? fieldError(problem, 'numberValue', 'boolValue', 'value')}
          data-autofocus
        />
        <Textarea
          label="Reason"
          withAsterisk
          autosize
          minRows={2}
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={localError.reason ?? fieldError(problem, 'overrideReason') ?? reasonProblem}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" color="orange" loading={update.isPending}>
            Override
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { useState, type FormEvent } from 'react';
import { Button, Card, Checkbox, Group, NumberInput, Progress, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { ParameterValueType, type ObligationDto } from '../../api';
import { fieldError, toProblem } from '../../api/http';
import { formatNumber, percent, toNumber, withUnit } from '../../lib/format';
import { useCurrency } from '../auth/hooks';
import { useUpdatePartnershipParameter, type ParameterValueBody } from './hooks';

function CurrentValueCell({ partnershipId, obligation }: { partnershipId: string; obligation: ObligationDto }) {
  const update = useUpdatePartnershipParameter(partnershipId);
  const isBoolean = obligation.valueType === ParameterValueType.Boolean;
  const [value, setValue] = useState<number | string>(obligation.currentValue ?? 0);
  const [localError, setLocalError] = useState<string>();
  const problem = update.error ? toProblem(update.error) : null;
  const changed = toNumber(value) !== obligation.currentValue;
  const label = `Current value of ${obligation.categoryName}`;

  const save = (body: ParameterValueBody) => update.mutate({ parameterId: obligation.currentParameterId, body });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const numberValue = toNumber(value);
    if (numberValue === undefined) {
      setLocalError('Enter a number.');
      return;
    }
    setLocalError(undefined);
    save({ numberValue });
  };

  const error =
    localError ??
    (problem
      ? (fieldError(problem, 'numberValue', 'boolValue', 'value') ?? problem.detail ?? problem.title)
      : undefined);

  if (isBoolean) {
    return (
      <Checkbox
        aria-label={label}
        checked={obligation.currentValue >= 1}
        disabled={update.isPending}
        onChange={(e) => save({ boolValue: e.currentTarget.checked })}
        error={error}
      />
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <Group gap={4} wrap="nowrap" align="flex-start">
        <NumberInput
          aria-label={label}
          size="xs"
          w={110}
          allowDecimal={obligation.valueType !== ParameterValueType.Integer}
          value={value}
          onChange={setValue}
          error={error}
          hideControls
        />
        <Button
          type="submit"
          size="xs"
          variant={changed ? 'filled' : 'default'}
          disabled={!changed}
          loading={update.isPending}
          aria-label={`Save current value of ${obligation.categoryName}`}
        >
          Save
        </Button>
      </Group>
    </form>
  );
}

function formatValue(obligation: ObligationDto, value: number, currency?: string): string {
  if (obligation.valueType === ParameterValueType.Boolean) return value >= 1 ? 'Yes' : 'No';
  return withUnit(formatNumber(value), obligation.metric, currency);
}

interface ObligationsTableProps {
  /** The partnership whose current values can be edited inline; without it the table is read-only. */
  partnershipId?: string;
  obligations: ObligationDto[];
}

function ObligationProgress({ obligation: o }: { obligation: ObligationDto }) {
  return (
    <Progress
      value={percent(o.currentValue, o.targetValue)}
      color={o.currentValue >= o.targetValue ? 'green' : undefined}
      aria-label={`${o.categoryName}: ${formatNumber(o.currentValue)} of ${formatNumber(o.targetValue)}`}
    />
  );
}

/** On a phone: one card per obligation, progress first, nothing hidden behind sideways scrolling. */
function ObligationCards({ partnershipId, obligations }: ObligationsTableProps) {
  const currency = useCurrency();
  return (
    <Stack gap="xs" role="list" aria-label="Obligations">
      {obligations.map((o) => (
        <Card key={`${o.categoryId}-${o.currentParameterId}`} withBorder padding="sm" role="listitem">
          <Group justify="space-between" wrap="nowrap" mb={6}>
            <Text fw={500}>{o.categoryName}</Text>
            <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
              {o.score} / {o.maxScore} points
            </Text>
          </Group>
          <ObligationProgress obligation={o} />
          <Text size="sm" mt={6}>
            {formatValue(o, o.currentValue, currency)} of {formatValue(o, o.targetValue, currency)}
          </Text>
          {partnershipId && (
            <CurrentValueCell
              key={`${o.currentParameterId}-${o.currentValue}`}
              partnershipId={partnershipId}
              obligation={o}
            />
          )}
        </Card>
      ))}
    </Stack>
  );
}

export function ObligationsTable({ partnershipId, obligations }: ObligationsTableProps) {
  const currency = useCurrency();
  const phone = useMediaQuery('(max-width: 36em)');
  if (obligations.length === 0) {
    return <Text c="dimmed">This level has no obligations.</Text>;
  }
  if (phone) return <ObligationCards partnershipId={partnershipId} obligations={obligations} />;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped aria-label="Obligations" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Category</Table.Th>
            <Table.Th>Target</Table.Th>
            <Table.Th>Current value</Table.Th>
            <Table.Th>Points</Table.Th>
            <Table.Th w="25%">Progress</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {obligations.map((o) => (
            <Table.Tr key={`${o.categoryId}-${o.currentParameterId}`}>
              <Table.Td>{o.categoryName}</Table.Td>
              <Table.Td>{formatValue(o, o.targetValue, currency)}</Table.Td>
              <Table.Td>
                {partnershipId ? (
                  // keyed by the value so that a refetch resets the input
                  <CurrentValueCell
                    key={`${o.currentParameterId}-${o.currentValue}`}
                    partnershipId={partnershipId}
                    obligation={o}
                  />
                ) : (
                  formatValue(o, o.currentValue, currency)
                )}
              </Table.Td>
              <Table.Td>
                {o.score} / {o.maxScore}
              </Table.Td>
              <Table.Td>
                <ObligationProgress obligation={o} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

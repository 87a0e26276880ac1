import { useState, type FormEvent } from 'react';
import { Badge, Button, Card, Checkbox, Group, Modal, NumberInput, Progress, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { ParameterValueType, type ObligationDto } from '../../api';
import { fieldError, toProblem } from '../../api/http';
import { formatNumber, percent, toNumber, withUnit } from '../../lib/format';
import { useCurrency } from '../auth/hooks';
import { useRemoveParameterOverride, useUpdatePartnershipParameter, type ParameterValueBody } from './hooks';
import { OverrideValueForm } from './OverrideValueForm';

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

/**
 * A measured obligation's value: read from the records, so not typed in; a manager may override it with a reason
 * ("Override…") and remove the override again.
 */
function MeasuredValueCell({ partnershipId, obligation, currency }: ValueCellProps) {
  const [overriding, setOverriding] = useState(false);
  const remove = useRemoveParameterOverride(partnershipId);
  const problem = remove.error ? toProblem(remove.error) : null;
  return (
    <Stack gap={4} align="flex-start">
      <ValueText obligation={obligation} currency={currency} />
      <Group gap={4}>
        <Button size="compact-xs" variant="default" onClick={() => setOverriding(true)}>
          Override…
        </Button>
        {obligation.overrideReason && (
          <Button
            size="compact-xs"
            variant="subtle"
            color="red"
            loading={remove.isPending}
            onClick={() => remove.mutate(obligation.currentParameterId)}
          >
            Remove override
          </Button>
        )}
      </Group>
      {problem && (
        <Text size="xs" c="red.9" role="alert">
          {problem.detail ?? problem.title}
        </Text>
      )}
      <Modal opened={overriding} onClose={() => setOverriding(false)} title={`Override ${obligation.categoryName}`}>
        {overriding && (
          <OverrideValueForm
            partnershipId={partnershipId}
            obligation={obligation}
            onDone={() => setOverriding(false)}
          />
        )}
      </Modal>
    </Stack>
  );
}

interface ValueCellProps {
  partnershipId: string;
  obligation: ObligationDto;
  currency?: string;
}

/** The value, and the override's reason when a manager replaced the measured one. */
function ValueText({ obligation: o, currency }: { obligation: ObligationDto; currency?: string }) {
  return (
    <div>
      {formatValue(o, o.currentValue, currency)}
      {o.overrideReason && (
        <Text size="xs" fs="italic">
          Overridden: {o.overrideReason}
        </Text>
      )}
    </div>
  );
}

/** The current value: edited inline (manual), overridden with a reason (measured), or read-only without a partnership. */
function ValueCell({
  partnershipId,
  obligation: o,
  currency,
}: Omit<ValueCellProps, 'partnershipId'> & { partnershipId?: string }) {
  if (!partnershipId) return <ValueText obligation={o} currency={currency} />;
  // keyed by the value so that a refetch resets the input
  const key = `${o.currentParameterId}-${o.currentValue}`;
  return o.computed ? (
    <MeasuredValueCell key={key} partnershipId={partnershipId} obligation={o} currency={currency} />
  ) : (
    <CurrentValueCell key={key} partnershipId={partnershipId} obligation={o} />
  );
}

/** The category, with a "Measured" badge when the engine computes it from the records. */
function CategoryName({ obligation: o, strong }: { obligation: ObligationDto; strong?: boolean }) {
  return (
    <Group gap={6} wrap="nowrap">
      <Text fw={strong ? 500 : undefined} size={strong ? undefined : 'sm'}>
        {o.categoryName}
      </Text>
      {o.computed && (
        <Badge size="xs" variant="light" color="gray" miw="max-content">
          Measured
        </Badge>
      )}
    </Group>
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
            <CategoryName obligation={o} strong />
            <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
              {o.score} / {o.maxScore} points
            </Text>
          </Group>
          <ObligationProgress obligation={o} />
          <Text size="sm" mt={6}>
            {formatValue(o, o.currentValue, currency)} of {formatValue(o, o.targetValue, currency)}
          </Text>
          {(partnershipId || o.overrideReason) && (
            <ValueCell partnershipId={partnershipId} obligation={o} currency={currency} />
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
              <Table.Td>
                <CategoryName obligation={o} />
              </Table.Td>
              <Table.Td>{formatValue(o, o.targetValue, currency)}</Table.Td>
              <Table.Td>
                <ValueCell partnershipId={partnershipId} obligation={o} currency={currency} />
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

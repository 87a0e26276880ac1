import { useState, type FormEvent } from 'react';
import { Alert, Badge, Button, Group, Radio, Select, Stack, Text, Textarea } from '@mantine/core';
import type { PartnershipDto, RenewalProposalDto } from '../../api';
import { fieldError, toProblem } from '../../api/http';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate, formatPeriod } from '../../lib/format';
import { usePartnerLevels } from '../partnerTypes/hooks';
import { useRenewPartnership } from './hooks';

const FIELDS = ['partnerLevelId', 'reason'];

interface RenewPartnershipFormProps {
  partnership: PartnershipDto;
  proposal: RenewalProposalDto;
  /** Called with the new partnership after a renewal, without one on cancel. */
  onDone: (renewed?: PartnershipDto) => void;
}

/**
 * D4 renewal in one action: the next period starts at the proposed level, or at another level of the type with a
 * reason (kept in the decision); funds carry over.
 */
export function RenewPartnershipForm({ partnership, proposal, onDone }: RenewPartnershipFormProps) {
  const renew = useRenewPartnership(partnership.id);
  const levels = usePartnerLevels(partnership.partnerTypeId);
  const [choice, setChoice] = useState<'proposal' | 'other'>('proposal');
  const [levelId, setLevelId] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [localError, setLocalError] = useState<{ level?: string; reason?: string }>({});
  const problem = renew.error ? toProblem(renew.error) : null;
  const options = (levels.data ?? [])
    .filter((l) => l.id !== proposal.proposedLevelId)
    .map((l) => ({ value: l.id, label: `${l.number}. ${l.name}` }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (choice === 'proposal') {
      setLocalError({});
      renew.mutate({}, { onSuccess: (created) => onDone(created) });
      return;
    }
    const errors = {
      level: levelId ? undefined : 'Choose the level.',
      reason: reason.trim() ? undefined : 'Say why the proposal is not kept.',
    };
    setLocalError(errors);
    if (errors.level || errors.reason) return;
    renew.mutate({ partnerLevelId: levelId!, reason: reason.trim() }, { onSuccess: (created) => onDone(created) });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <Group gap="xs">
          <Text>
            Proposed level:{' '}
            <Text span fw={600}>
              {proposal.proposedLevelName}
            </Text>
          </Text>
          {proposal.movesDown ? (
            <Badge color="orange" variant="light">
              Moves down from {proposal.currentLevelName}
            </Badge>
          ) : (
            <Badge color="green" variant="light">
              Keeps {proposal.currentLevelName}
            </Badge>
          )}
        </Group>
        <Text size="sm" data-testid="renewal-reason">
          {proposal.reason}
        </Text>
        <Text size="sm" c="dimmed">
          Records up to {formatDate(proposal.graceUntil)} count (grace period). Next period:{' '}
          {formatPeriod(proposal.nextStartDate, proposal.nextDueDate)}. Funds carry over.
        </Text>
        {!proposal.canRenewNow && (
          <Alert color="gray" variant="light">
            The renewal opens on {formatDate(proposal.opensOn)}.
          </Alert>
        )}
        <ProblemAlert problem={problem} fields={FIELDS} />
        <Radio.Group
          label="Level of the next period"
          value={choice}
          onChange={(value) => setChoice(value === 'other' ? 'other' : 'proposal')}
        >
          <Stack gap="xs" mt="xs">
            <Radio value="proposal" label={`Keep the proposal: ${proposal.proposedLevelName}`} />
            <Radio value="other" label="Another level" />
          </Stack>
        </Radio.Group>
        {choice === 'other' && (
          <>
            <Select
              label="Level"
              withAsterisk
              data={options}
              value={levelId}
              onChange={setLevelId}
              error={localError.level ?? fieldError(problem, 'partnerLevelId')}
            />
            <Textarea
              label="Reason"
              description="Why the proposal is not kept; it is written to the decision."
              withAsterisk
              autosize
              minRows={2}
              maxLength={500}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={localError.reason ?? fieldError(problem, 'reason')}
            />
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onDone()}>
            Cancel
          </Button>
          <Button type="submit" disabled={!proposal.canRenewNow} loading={renew.isPending}>
            Renew
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

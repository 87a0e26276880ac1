import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { LeadStatus, type LeadDto } from '../../api';
import { toProblem } from '../../api/http';
import { ProblemAlert } from '../../components/ProblemAlert';
import type { ChangeStatusBody } from './hooks';

/** The status change of the one who works the lead: the holder on the portal, an employee for the vendor's own. */
export type UseChangeStatus = (id: string) => UseMutationResult<LeadDto, unknown, ChangeStatusBody>;

/**
 * The status flow's buttons: New → Working → Qualified, or Disqualified (with a reason) while open. The same for the
 * holder on the portal and an employee in the back-office; `useChange` says whose endpoint it calls.
 */
export function StatusActions({ lead, useChange }: { lead: LeadDto; useChange: UseChangeStatus }) {
  const change = useChange(lead.id);
  const [disqualifying, setDisqualifying] = useState(false);
  const open = lead.status === LeadStatus.New || lead.status === LeadStatus.Working;
  if (!open) return null;
  return (
    <Stack gap="xs">
      <ProblemAlert problem={change.error && !disqualifying ? toProblem(change.error) : null} />
      <Group gap="xs">
        {lead.status === LeadStatus.New && (
          <Button loading={change.isPending} onClick={() => change.mutate({ status: LeadStatus.Working })}>
            Start working
          </Button>
        )}
        {lead.status === LeadStatus.Working && (
          <Button
            color="green"
            loading={change.isPending}
            onClick={() => change.mutate({ status: LeadStatus.Qualified })}
          >
            Qualify
          </Button>
        )}
        <Button variant="default" onClick={() => setDisqualifying(true)}>
          Disqualify
        </Button>
      </Group>
      <Modal opened={disqualifying} onClose={() => setDisqualifying(false)} title="Disqualify the lead">
        <DisqualifyForm lead={lead} useChange={useChange} onDone={() => setDisqualifying(false)} />
      </Modal>
    </Stack>
  );
}

function DisqualifyForm({
  lead,
  useChange,
  onDone,
}: {
  lead: LeadDto;
  useChange: UseChangeStatus;
  onDone: () => void;
}) {
  const change = useChange(lead.id);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const text = reason.trim();
    setMissing(!text);
    if (text) change.mutate({ status: LeadStatus.Disqualified, reason: text }, { onSuccess: onDone });
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <ProblemAlert problem={change.error ? toProblem(change.error) : null} fields={['reason']} />
        <Alert variant="light" color="gray">
          A disqualified lead is closed.
        </Alert>
        <Textarea
          label="Reason"
          withAsterisk
          autosize
          minRows={2}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={missing ? 'Say why the lead is disqualified.' : undefined}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" color="red" loading={change.isPending}>
            Disqualify
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

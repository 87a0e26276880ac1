import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Anchor, Breadcrumbs, Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { OpportunityStage, Permission, type OpportunityDto } from '../../api';
import { fieldError, toProblem } from '../../api/http';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { HistoryCard } from '../../components/HistoryCard';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { QueryState } from '../../components/QueryState';
import { useCan } from '../auth/hooks';
import { useCreateOrderFromOpportunity } from '../orders/hooks';
import { isClosed, OPEN_STAGE_OPTIONS, OpportunityDetails, StageBadge, STAGE_OPTIONS } from './display';
import { useDeleteOpportunity, useOpportunity, useReopenOpportunity, useUpdateOpportunity } from './hooks';
import { OPPORTUNITIES } from './OpportunitiesPage';
import { OpportunityForm } from './OpportunityForm';

type Dialog = 'edit' | 'reopen' | 'delete' | null;

/** The update body that keeps every field of `o` and changes the stage (the page's "Stage" picker). */
export function withStage(o: OpportunityDto, stage: OpportunityStage) {
  return {
    name: o.name,
    customerAccountId: o.customerAccountId,
    customer: o.customerAccountId ? undefined : o.customer,
    amount: o.amountMinor / 100,
    stage,
    expectedCloseDate: o.expectedCloseDate,
    partnerAccountId: o.partnerAccountId,
    ownerId: o.ownerId,
    employeeOwnerId: o.employeeOwnerId,
    nextStep: o.nextStep,
    notes: o.notes,
  };
}

/** Back-office: an opportunity, its history and (partners.write) stage change, edit, reopen and delete. */
export default function OpportunityPage() {
  const { id = '' } = useParams();
  const opportunity = useOpportunity(id);
  const canWrite = useCan(Permission.PartnersWrite);
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);

  return (
    <QueryState query={opportunity}>
      {(o) => {
        const closed = isClosed(o.stage);
        return (
          <Stack>
            <Breadcrumbs>
              <Anchor component={Link} to={OPPORTUNITIES}>
                Opportunities
              </Anchor>
              <Text>{o.name}</Text>
            </Breadcrumbs>
            <Group justify="space-between" align="flex-start">
              <Group gap="sm" miw={0}>
                <PageTitle style={{ overflowWrap: 'anywhere' }}>{o.name}</PageTitle>
                <StageBadge stage={o.stage} />
              </Group>
              {canWrite && (
                <Group gap="xs">
                  <Button onClick={() => setDialog('edit')}>Edit</Button>
                  {closed && (
                    <Button variant="default" onClick={() => setDialog('reopen')}>
                      Reopen
                    </Button>
                  )}
                  <Button variant="default" color="red" onClick={() => setDialog('delete')}>
                    Delete
                  </Button>
                </Group>
              )}
            </Group>
            {canWrite && !closed && <StageChange opportunity={o} />}
            {canWrite && o.stage === OpportunityStage.ClosedWon && o.partnerAccountId && (
              <CreateOrder opportunity={o} />
            )}
            <OpportunityDetails opportunity={o} showPartner />
            <HistoryCard events={o.history} />
            <Modal
              opened={dialog === 'edit' || dialog === 'reopen'}
              onClose={close}
              title={dialog === 'reopen' ? 'Reopen opportunity' : 'Edit opportunity'}
              size={dialog === 'edit' ? 'lg' : undefined}
            >
              {dialog === 'edit' && <OpportunityForm opportunity={o} onDone={close} />}
              {dialog === 'reopen' && <ReopenForm opportunity={o} onDone={close} />}
            </Modal>
            <DeleteDialog opportunity={o} opened={dialog === 'delete'} onClose={close} />
          </Stack>
        );
      }}
    </QueryState>
  );
}

/** A won partner opportunity becomes a draft order for its partner (once), opened at once. */
function CreateOrder({ opportunity: o }: { opportunity: OpportunityDto }) {
  const create = useCreateOrderFromOpportunity(o.id);
  const navigate = useNavigate();
  return (
    <Stack gap="xs" align="flex-start">
      <ProblemAlert problem={create.error ? toProblem(create.error) : null} />
      <Button
        variant="default"
        loading={create.isPending}
        onClick={() => create.mutate(undefined, { onSuccess: (order) => void navigate(`/orders/${order.id}`) })}
      >
        Create order
      </Button>
    </Stack>
  );
}

/** Moves an open opportunity to another stage at once (closing it as won credits the partner's fund). */
function StageChange({ opportunity: o }: { opportunity: OpportunityDto }) {
  const update = useUpdateOpportunity(o.id);
  return (
    <Stack gap="xs">
      <ProblemAlert problem={update.error ? toProblem(update.error) : null} />
      <Select
        label="Move to stage"
        data={STAGE_OPTIONS}
        value={o.stage}
        onChange={(value) => {
          if (value && value !== o.stage) update.mutate(withStage(o, value as OpportunityStage));
        }}
        allowDeselect={false}
        disabled={update.isPending}
        maw={260}
      />
    </Stack>
  );
}

function ReopenForm({ opportunity: o, onDone }: { opportunity: OpportunityDto; onDone: () => void }) {
  const reopen = useReopenOpportunity(o.id);
  const [reason, setReason] = useState('');
  const [stage, setStage] = useState<OpportunityStage>(OpportunityStage.Negotiation);
  const [missing, setMissing] = useState(false);
  const problem = reopen.error ? toProblem(reopen.error) : null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(!reason.trim());
    if (reason.trim()) reopen.mutate({ reason: reason.trim(), stage }, { onSuccess: onDone });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <ProblemAlert problem={problem} fields={['reason', 'stage']} />
        {o.stage === OpportunityStage.ClosedWon && o.fundCreditMinor > 0 && (
          <Text>The partner's marketing-fund credit for this deal is reversed.</Text>
        )}
        <Select
          label="Back to stage"
          data={OPEN_STAGE_OPTIONS}
          value={stage}
          onChange={(value) => value && setStage(value as OpportunityStage)}
          allowDeselect={false}
          error={fieldError(problem, 'stage')}
        />
        <Textarea
          label="Reason"
          withAsterisk
          autosize
          minRows={2}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={missing ? 'Say why it is reopened.' : fieldError(problem, 'reason')}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={reopen.isPending}>
            Reopen
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function DeleteDialog({
  opportunity: o,
  opened,
  onClose,
}: {
  opportunity: OpportunityDto;
  opened: boolean;
  onClose: () => void;
}) {
  const remove = useDeleteOpportunity(o.id);
  const navigate = useNavigate();
  return (
    <ConfirmDialog
      opened={opened}
      title="Delete opportunity"
      confirmLabel="Delete"
      color="red"
      loading={remove.isPending}
      onClose={onClose}
      onConfirm={() => remove.mutate(undefined, { onSuccess: () => void navigate(OPPORTUNITIES, { replace: true }) })}
    >
      <Stack gap="xs">
        <ProblemAlert problem={remove.error ? toProblem(remove.error) : null} />
        <Text>
          “{o.name}” and its history are deleted
          {o.stage === OpportunityStage.ClosedWon && o.fundCreditMinor > 0
            ? "; the partner's marketing-fund credit for it is reversed"
            : ''}
          .
        </Text>
      </Stack>
    </ConfirmDialog>
  );
}

import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert, Anchor, Breadcrumbs, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { LeadOfferState, LeadStatus, type LeadDto } from '../../api';
import { toProblem } from '../../api/http';
import { HistoryCard } from '../../components/HistoryCard';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { QueryState } from '../../components/QueryState';
import { LeadDetails, LeadStatusBadge } from './display';
import { useChangeMyLeadStatus, useMyLead } from './hooks';
import { OfferCard, PORTAL_LEADS } from './PortalOffers';

/**
 * Portal: a lead (the offer e-mail links here). Offered to the partner: the offer with Accept / Decline. Held: the
 * details and the status flow New → Working → Qualified / Disqualified (with a reason).
 */
export default function PortalLeadPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const lead = useMyLead(id);

  return (
    <QueryState query={lead}>
      {(l) => {
        const openOffer = !l.partnerAccountId ? l.offers.find((o) => o.state === LeadOfferState.Open) : undefined;
        return (
          <Stack>
            <Breadcrumbs>
              <Anchor component={Link} to={PORTAL_LEADS}>
                Leads
              </Anchor>
              <Text>{l.customer}</Text>
            </Breadcrumbs>
            <Group gap="sm" miw={0}>
              <PageTitle style={{ overflowWrap: 'anywhere' }}>{l.customer}</PageTitle>
              {!openOffer && <LeadStatusBadge status={l.status} />}
            </Group>
            {openOffer ? (
              <OfferCard
                offer={{ ...l, leadId: l.id, deadline: openOffer.deadline }}
                onDeclined={() => void navigate(PORTAL_LEADS, { replace: true })}
              />
            ) : (
              <>
                <StatusActions lead={l} />
                <LeadDetails lead={l} />
                <HistoryCard events={l.history} />
              </>
            )}
          </Stack>
        );
      }}
    </QueryState>
  );
}

function StatusActions({ lead }: { lead: LeadDto }) {
  const change = useChangeMyLeadStatus(lead.id);
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
        <DisqualifyForm lead={lead} onDone={() => setDisqualifying(false)} />
      </Modal>
    </Stack>
  );
}

function DisqualifyForm({ lead, onDone }: { lead: LeadDto; onDone: () => void }) {
  const change = useChangeMyLeadStatus(lead.id);
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

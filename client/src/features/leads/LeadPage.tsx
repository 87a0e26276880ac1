import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { Anchor, Breadcrumbs, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { AccountType, LeadOfferState, Permission, type LeadDto } from '../../api';
import { fieldError, toProblem } from '../../api/http';
import { HistoryCard } from '../../components/HistoryCard';
import { OwnerSelect } from '../../components/OwnerSelect';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { QueryState } from '../../components/QueryState';
import { optionalText } from '../../lib/format';
import { useAccounts } from '../accounts/hooks';
import { useCan } from '../auth/hooks';
import { LeadDetails, LeadStatusBadge, OfferTimeline, RoutingExplanation } from './display';
import {
  useChangeLeadStatus,
  useLead,
  useLeadOwnerCandidates,
  useOfferLead,
  useRouteLead,
  useWithdrawLeadOffer,
} from './hooks';
import { LEADS } from './LeadsPage';
import { StatusActions } from './StatusActions';

type Dialog = 'pass' | 'route' | 'withdraw' | null;

const TITLES: Record<Exclude<Dialog, null>, string> = {
  pass: 'Pass to partner',
  route: 'Route automatically',
  withdraw: 'Withdraw offer',
};

/** Back-office: a lead, its offers, why it went to whom, its history and (partners.write) pass / route / withdraw. */
export default function LeadPage() {
  const { id = '' } = useParams();
  const lead = useLead(id);
  const canWrite = useCan(Permission.PartnersWrite);
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);

  return (
    <QueryState query={lead}>
      {(l) => {
        const openOffer = l.offers.find((o) => o.state === LeadOfferState.Open);
        const held = !!l.partnerAccountId;
        return (
          <Stack>
            <Breadcrumbs>
              <Anchor component={Link} to={LEADS}>
                Leads
              </Anchor>
              <Text>{l.customer}</Text>
            </Breadcrumbs>
            <Group justify="space-between" align="flex-start">
              <Group gap="sm" miw={0}>
                <PageTitle style={{ overflowWrap: 'anywhere' }}>{l.customer}</PageTitle>
                <LeadStatusBadge status={l.status} />
              </Group>
              {canWrite && (
                <Group gap="xs">
                  {!held && !openOffer && (
                    <>
                      <Button onClick={() => setDialog('pass')}>Pass to partner</Button>
                      <Button variant="default" onClick={() => setDialog('route')}>
                        Route automatically
                      </Button>
                    </>
                  )}
                  {openOffer && (
                    <Button variant="default" color="red" onClick={() => setDialog('withdraw')}>
                      Withdraw offer
                    </Button>
                  )}
                </Group>
              )}
            </Group>
            {canWrite && !held && !openOffer && <StatusActions lead={l} useChange={useChangeLeadStatus} />}
            {openOffer && (
              <Text>
                Offered to <b>{openOffer.partnerName}</b>; waiting for an answer.
              </Text>
            )}
            <LeadDetails lead={l} showPartner />
            <OfferTimeline offers={l.offers} />
            <RoutingExplanation routing={l.routing} />
            <HistoryCard events={l.history} />
            <Modal opened={dialog !== null} onClose={close} title={dialog ? TITLES[dialog] : ''}>
              {dialog === 'pass' && <PassForm lead={l} onDone={close} />}
              {dialog === 'route' && <RouteForm lead={l} onDone={close} />}
              {dialog === 'withdraw' && <WithdrawForm lead={l} onDone={close} />}
            </Modal>
          </Stack>
        );
      }}
    </QueryState>
  );
}

interface FormProps {
  lead: LeadDto;
  onDone: () => void;
}

function Buttons({
  onCancel,
  label,
  loading,
  color,
}: {
  onCancel: () => void;
  label: string;
  loading: boolean;
  color?: string;
}) {
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        Cancel
      </Button>
      <Button type="submit" loading={loading} color={color}>
        {label}
      </Button>
    </Group>
  );
}

/** Pass the lead to a partner picked by the employee: an offer with the acceptance deadline. */
function PassForm({ lead, onDone }: FormProps) {
  const offer = useOfferLead(lead.id);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 300);
  const partners = useAccounts({
    type: AccountType.Partner,
    search: debounced.trim() || undefined,
    page: 1,
    pageSize: 50,
  });
  const [partner, setPartner] = useState<string | null>(null);
  const [owner, setOwner] = useState<string | null>(null);
  const owners = useLeadOwnerCandidates(partner);
  const [missing, setMissing] = useState(false);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(!partner);
    if (partner) offer.mutate({ partnerAccountId: partner, ownerId: owner ?? undefined }, { onSuccess: onDone });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <ProblemAlert problem={offer.error ? toProblem(offer.error) : null} fields={['ownerId']} />
        <Select
          label="Partner"
          withAsterisk
          placeholder="Search partners"
          searchable
          data={(partners.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }))}
          value={partner}
          onChange={(value) => {
            setPartner(value);
            setOwner(null);
          }}
          searchValue={search}
          onSearchChange={setSearch}
          filter={({ options }) => options}
          nothingFoundMessage={partners.isFetching ? 'Searching…' : 'No partner found'}
          error={missing ? 'Choose a partner.' : undefined}
          data-autofocus
        />
        <OwnerSelect
          description={
            partner ? "The partner's portal user who works the lead once accepted" : 'Choose the partner first'
          }
          candidates={owners.data}
          loading={!!partner && owners.isPending}
          value={owner}
          onChange={setOwner}
          disabled={!partner}
          error={fieldError(offer.error ? toProblem(offer.error) : null, 'ownerId')}
        />
        <Text size="sm" c="dimmed">
          The partner's organization admins are e-mailed and must accept before the deadline.
        </Text>
        <Buttons onCancel={onDone} label="Pass to partner" loading={offer.isPending} />
      </Stack>
    </form>
  );
}

function RouteForm({ lead, onDone }: FormProps) {
  const route = useRouteLead(lead.id);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        route.mutate(undefined, { onSuccess: onDone });
      }}
    >
      <Stack>
        <ProblemAlert problem={route.error ? toProblem(route.error) : null} />
        <Text>
          The lead is offered to the best eligible partner (region, active partnership, routing weight, longest idle
          under its capacity). The candidates and the reason are kept under "Why this partner".
        </Text>
        <Buttons onCancel={onDone} label="Route automatically" loading={route.isPending} />
      </Stack>
    </form>
  );
}

function WithdrawForm({ lead, onDone }: FormProps) {
  const withdraw = useWithdrawLeadOffer(lead.id);
  const [reason, setReason] = useState('');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        withdraw.mutate(optionalText(reason), { onSuccess: onDone });
      }}
    >
      <Stack>
        <ProblemAlert problem={withdraw.error ? toProblem(withdraw.error) : null} />
        <Text>The partner's access to the lead ends now.</Text>
        <TextInput label="Reason" value={reason} onChange={(e) => setReason(e.currentTarget.value)} data-autofocus />
        <Buttons onCancel={onDone} label="Withdraw offer" loading={withdraw.isPending} color="red" />
      </Stack>
    </form>
  );
}

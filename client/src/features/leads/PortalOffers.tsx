import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Anchor, Badge, Button, Card, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { toProblem } from '../../api/http';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDateTime, formatMoney } from '../../lib/format';
import { answerByText } from './display';
import { useAcceptLeadOffer, useDeclineLeadOffer } from './hooks';

export const PORTAL_LEADS = '/portal/leads';

export interface OfferSummary {
  leadId: string;
  customer: string;
  need: string;
  budgetMinor: number;
  currency: string;
  source?: string;
  region?: string;
  deadline: string;
}

interface OfferCardProps {
  offer: OfferSummary;
  /** Links the customer to the lead page (the list); the lead page itself shows it as text. */
  linked?: boolean;
  onAccepted?: () => void;
  onDeclined?: () => void;
}

/** An offer waiting for the partner's answer: what, how much, the deadline with the time left, Accept and Decline. */
export function OfferCard({ offer, linked, onAccepted, onDeclined }: OfferCardProps) {
  const accept = useAcceptLeadOffer();
  const [declining, setDeclining] = useState(false);
  const left = answerByText(offer.deadline);
  return (
    <Card withBorder padding="md" data-testid="lead-offer">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Stack gap={2} miw={0}>
            <Text fw={700} style={{ overflowWrap: 'anywhere' }}>
              {linked ? (
                <Anchor component={Link} to={`${PORTAL_LEADS}/${offer.leadId}`} inherit>
                  {offer.customer}
                </Anchor>
              ) : (
                offer.customer
              )}
            </Text>
            <Text size="sm" c="dimmed">
              {formatMoney(offer.budgetMinor / 100, offer.currency)}
              {offer.region ? ` · ${offer.region}` : ''}
              {offer.source ? ` · ${offer.source}` : ''}
            </Text>
          </Stack>
          <Badge variant="light" color={left === 'deadline passed' ? 'red' : 'orange'} miw="max-content">
            {left}
          </Badge>
        </Group>
        <Text size="sm" lineClamp={linked ? 3 : undefined} style={{ overflowWrap: 'anywhere' }}>
          {offer.need}
        </Text>
        <Text size="sm">
          Answer by <b>{formatDateTime(offer.deadline)}</b> ({left}); without an answer the lead goes to another
          partner.
        </Text>
        <ProblemAlert problem={accept.error ? toProblem(accept.error) : null} />
        <Group gap="xs">
          <Button
            color="green"
            loading={accept.isPending}
            onClick={() => accept.mutate(offer.leadId, { onSuccess: () => onAccepted?.() })}
            aria-label={`Accept ${offer.customer}`}
          >
            Accept
          </Button>
          <Button variant="default" onClick={() => setDeclining(true)} aria-label={`Decline ${offer.customer}`}>
            Decline
          </Button>
        </Group>
      </Stack>
      <Modal opened={declining} onClose={() => setDeclining(false)} title="Decline the lead">
        <DeclineForm
          leadId={offer.leadId}
          onCancel={() => setDeclining(false)}
          onDone={() => {
            setDeclining(false);
            onDeclined?.();
          }}
        />
      </Modal>
    </Card>
  );
}

function DeclineForm({ leadId, onCancel, onDone }: { leadId: string; onCancel: () => void; onDone: () => void }) {
  const decline = useDeclineLeadOffer();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const problem = decline.error ? toProblem(decline.error) : null;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const text = reason.trim();
    setMissing(!text);
    if (text) decline.mutate({ id: leadId, reason: text }, { onSuccess: onDone });
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <ProblemAlert problem={problem} fields={['reason']} />
        <Text size="sm">The lead goes to another partner and you no longer see it.</Text>
        <Textarea
          label="Reason"
          withAsterisk
          autosize
          minRows={2}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={missing ? 'Say why you decline.' : problem?.fieldErrors.reason?.join(' ')}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" color="red" loading={decline.isPending}>
            Decline
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

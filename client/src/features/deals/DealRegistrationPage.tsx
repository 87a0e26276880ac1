import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { Anchor, Badge, Breadcrumbs, Button, Group, Modal, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { DealRegistrationStatus, Permission, type DealRegistrationDto } from '../../api';
import { toProblem } from '../../api/http';
import { HistoryCard } from '../../components/HistoryCard';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { QueryState } from '../../components/QueryState';
import { formatDate, formatDateTime, humanize } from '../../lib/format';
import { useCan } from '../auth/hooks';
import { DEAL_REGISTRATIONS, DealDetails, DealStatusBadge } from './display';
import { useApproveDeal, useApproveDealExtension, useDealRegistration, useRejectDeal } from './hooks';

/** Back-office: a registration, its conflicts side by side, and (partners.write) Approve / Reject / Approve extension. */
export default function DealRegistrationPage() {
  const { id = '' } = useParams();
  const deal = useDealRegistration(id);
  return (
    <QueryState query={deal}>
      {(d) => (
        <Stack>
          <Breadcrumbs>
            <Anchor component={Link} to={DEAL_REGISTRATIONS}>
              Deal registrations
            </Anchor>
            <Text>{d.companyName}</Text>
          </Breadcrumbs>
          <Group gap="sm" miw={0}>
            <PageTitle style={{ overflowWrap: 'anywhere' }}>{d.companyName}</PageTitle>
            <DealStatusBadge status={d.status} />
          </Group>
          <Actions deal={d} />
          <DealDetails deal={d} showPartner />
          <Conflicts deal={d} />
          <HistoryCard events={d.history} />
        </Stack>
      )}
    </QueryState>
  );
}

function Actions({ deal }: { deal: DealRegistrationDto }) {
  const canWrite = useCan(Permission.PartnersWrite);
  const approve = useApproveDeal(deal.id);
  const reject = useRejectDeal(deal.id);
  const extend = useApproveDealExtension(deal.id);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  if (!canWrite) return null;
  const submitted = deal.status === DealRegistrationStatus.Submitted;
  const canExtend = deal.status === DealRegistrationStatus.Approved && !!deal.extensionRequestedAt && !deal.extended;
  const error = approve.error ?? extend.error;

  const onReject = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setReasonError('Say why the registration is rejected.');
      return;
    }
    setReasonError(undefined);
    reject.mutate(reason.trim(), { onSuccess: () => setRejecting(false) });
  };

  if (!submitted && !canExtend) return null;
  return (
    <Stack gap="xs">
      <ProblemAlert problem={error ? toProblem(error) : null} />
      <Group>
        {submitted && (
          <>
            <Button onClick={() => approve.mutate()} loading={approve.isPending}>
              Approve
            </Button>
            <Button color="red" variant="light" onClick={() => setRejecting(true)}>
              Reject
            </Button>
          </>
        )}
        {canExtend && (
          <Button onClick={() => extend.mutate()} loading={extend.isPending}>
            Approve extension
          </Button>
        )}
      </Group>
      <Modal opened={rejecting} onClose={() => setRejecting(false)} title="Reject the registration">
        <form onSubmit={onReject} noValidate>
          <Stack>
            <ProblemAlert problem={reject.error ? toProblem(reject.error) : null} fields={['reason']} />
            <Textarea
              label="Reason"
              required
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={reasonError}
            />
            <Group justify="flex-end">
              <Button type="submit" color="red" loading={reject.isPending}>
                Reject
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}

function Conflicts({ deal }: { deal: DealRegistrationDto }) {
  return (
    <section aria-labelledby="conflicts-heading">
      <Title order={2} size="h3" mb="sm" id="conflicts-heading">
        Conflicts
      </Title>
      {deal.conflicts.length === 0 ? (
        <Text c="dimmed">No conflicts with other partners.</Text>
      ) : (
        <Stack gap="md">
          {deal.conflicts.map((c) => (
            <Table.ScrollContainer key={c.id} minWidth={600}>
              <Table aria-label={`Conflict on ${humanize(c.key)}`} withTableBorder data-testid="deal-conflict">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Matched on {humanize(c.key).toLowerCase()}</Table.Th>
                    <Table.Th>This registration{!c.otherFirst && ' (first)'}</Table.Th>
                    <Table.Th>
                      Other {humanize(c.otherKind).toLowerCase()}
                      {c.otherFirst && ' (first)'}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  <Row label="Partner" mine={deal.partnerName} other={c.otherPartnerName} />
                  <Row label="Company" mine={deal.companyName} other={c.otherCompanyName} />
                  <Row label="E-mail domain" mine={deal.emailDomain} other={c.otherEmailDomain} />
                  <Row label="Tax id" mine={deal.taxId} other={c.otherTaxId} />
                  <Row label="Status" mine={deal.status} other={c.otherStatus} />
                  <Row label="At" mine={formatDateTime(deal.submittedAt)} other={formatDateTime(c.otherAt)} />
                  <Row
                    label="Protected until"
                    mine={deal.protectedUntil && formatDate(deal.protectedUntil)}
                    other={c.otherProtectedUntil && formatDate(c.otherProtectedUntil)}
                  />
                  <Table.Tr>
                    <Table.Td>First</Table.Td>
                    <Table.Td colSpan={2}>
                      <Badge color={c.otherFirst ? 'orange' : 'green'} variant="light">
                        {c.otherFirst
                          ? `${c.otherPartnerName ?? 'The other partner'} was first`
                          : 'This registration was first'}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          ))}
        </Stack>
      )}
    </section>
  );
}

function Row({ label, mine, other }: { label: string; mine?: string; other?: string }) {
  return (
    <Table.Tr>
      <Table.Td>{label}</Table.Td>
      <Table.Td>{mine || '—'}</Table.Td>
      <Table.Td>{other || '—'}</Table.Td>
    </Table.Tr>
  );
}

import { Link, useParams } from 'react-router';
import { Alert, Anchor, Breadcrumbs, Button, Group, Stack, Text } from '@mantine/core';
import { DealRegistrationStatus, type DealRegistrationDto } from '../../api';
import { toProblem } from '../../api/http';
import { HistoryCard } from '../../components/HistoryCard';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { QueryState } from '../../components/QueryState';
import { DealDetails, DealStatusBadge, PORTAL_DEALS } from './display';
import { useMyDeal, useRequestDealExtension } from './hooks';

/** Portal: one deal registration with its protection and, once approved, "Request extension" (once). */
export default function PortalDealPage() {
  const { id = '' } = useParams();
  const deal = useMyDeal(id);
  return (
    <QueryState query={deal}>
      {(d) => (
        <Stack>
          <Breadcrumbs>
            <Anchor component={Link} to={PORTAL_DEALS}>
              Deals
            </Anchor>
            <Text>{d.companyName}</Text>
          </Breadcrumbs>
          <Group gap="sm" miw={0}>
            <PageTitle style={{ overflowWrap: 'anywhere' }}>{d.companyName}</PageTitle>
            <DealStatusBadge status={d.status} />
          </Group>
          {d.alreadyProtected && (
            <Alert color="orange" variant="light" title="Already protected">
              {d.conflictMessage ?? 'This customer is already protected for another partner.'}
            </Alert>
          )}
          <ExtensionAction deal={d} />
          <DealDetails deal={d} />
          <HistoryCard events={d.history} />
        </Stack>
      )}
    </QueryState>
  );
}

function ExtensionAction({ deal }: { deal: DealRegistrationDto }) {
  const request = useRequestDealExtension(deal.id);
  if (deal.status !== DealRegistrationStatus.Approved || deal.extended) return null;
  if (deal.extensionRequestedAt) return <Text c="dimmed">Extension requested; waiting for the partner manager.</Text>;
  return (
    <Stack gap="xs">
      <ProblemAlert problem={request.error ? toProblem(request.error) : null} />
      <Group>
        <Button variant="default" onClick={() => request.mutate()} loading={request.isPending}>
          Request extension
        </Button>
      </Group>
    </Stack>
  );
}

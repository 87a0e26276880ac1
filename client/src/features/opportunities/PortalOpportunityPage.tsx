import { Link, useParams } from 'react-router';
import { Anchor, Breadcrumbs, Card, Group, Stack, Text, Title } from '@mantine/core';
import { HistoryCard } from '../../components/HistoryCard';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { OpportunityDetails, StageBadge } from './display';
import { useMyOpportunity } from './hooks';
import { OpportunityForm } from './OpportunityForm';
import { PORTAL_OPPORTUNITIES } from './PortalOpportunitiesPage';

/**
 * Portal: an opportunity of the partner's organization, the form where the partner works it (stage, amount, close
 * date, next step, notes; winning it credits the marketing fund) and its history.
 */
export default function PortalOpportunityPage() {
  const { id = '' } = useParams();
  const opportunity = useMyOpportunity(id);

  return (
    <QueryState query={opportunity}>
      {(o) => (
        <Stack>
          <Breadcrumbs>
            <Anchor component={Link} to={PORTAL_OPPORTUNITIES}>
              Opportunities
            </Anchor>
            <Text>{o.name}</Text>
          </Breadcrumbs>
          <Group gap="sm" miw={0}>
            <PageTitle style={{ overflowWrap: 'anywhere' }}>{o.name}</PageTitle>
            <StageBadge stage={o.stage} />
          </Group>
          <OpportunityDetails opportunity={o} />
          <Card withBorder padding="lg">
            <Title order={2} size="h3" mb="sm">
              Work this opportunity
            </Title>
            {/* Keyed by the saved version, so the form shows what the server kept after each save. */}
            <OpportunityForm key={o.updatedAt} opportunity={o} portal onDone={() => undefined} />
          </Card>
          <HistoryCard events={o.history} />
        </Stack>
      )}
    </QueryState>
  );
}

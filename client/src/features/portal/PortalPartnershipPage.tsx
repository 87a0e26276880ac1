import { Link, useParams } from 'react-router';
import { Anchor, Breadcrumbs, Card, Stack, Text } from '@mantine/core';
import { PageTitle } from '../../components/PageTitle';
import { toProblem } from '../../api/http';
import { ProblemAlert } from '../../components/ProblemAlert';
import { QueryState } from '../../components/QueryState';
import { usePortalPartnership } from './hooks';
import { ProgramView } from './ProgramView';

function PartnershipNotFound() {
  return (
    <Card withBorder padding="xl" data-testid="partnership-not-found">
      <PageTitle size="h3" mb="xs">
        Partnership not found
      </PageTitle>
      <Text c="dimmed" mb="sm">
        This partnership does not exist or is not one of your company's partnerships.
      </Text>
      <Anchor component={Link} to="/portal">
        Back to your partner program
      </Anchor>
    </Card>
  );
}

/** One of the partner's own partnerships by id (the server answers 404 for anyone else's). */
export default function PortalPartnershipPage() {
  const { id = '' } = useParams();
  const partnership = usePortalPartnership(id);

  if (partnership.error) {
    const problem = toProblem(partnership.error);
    // Someone else's partnership is simply not there for this partner.
    return problem.status === 404 || problem.status === 403 ? (
      <PartnershipNotFound />
    ) : (
      <ProblemAlert problem={problem} />
    );
  }

  return (
    <QueryState query={partnership}>
      {(p) => (
        <Stack>
          <Breadcrumbs>
            <Anchor component={Link} to="/portal">
              Partner program
            </Anchor>
            <Text>{p.name}</Text>
          </Breadcrumbs>
          <ProgramView program={p} title={p.name} />
        </Stack>
      )}
    </QueryState>
  );
}

import { useState } from 'react';
import { Card, Stack, Text, Title } from '@mantine/core';
import { toProblem } from '../../api/http';
import { ProblemAlert } from '../../components/ProblemAlert';
import { QueryState } from '../../components/QueryState';
import { EventTimeline } from '../partnerships/EventTimeline';
import { DecisionsSection } from '../partnerships/DecisionsSection';
import { NO_ACTIVE_PARTNERSHIP, useMyProgram, useMyProgramDecisions, useMyProgramHistory } from './hooks';
import { ProgramView } from './ProgramView';
import { PortalFunds } from '../funds/PortalFunds';
import { PageTitle } from '../../components/PageTitle';

function NoActivePartnership() {
  return (
    <Stack>
      <PageTitle>Partner program</PageTitle>
      <Card withBorder padding="xl" data-testid="no-active-partnership">
        <Title order={2} size="h4" mb="xs">
          No active partnership
        </Title>
        <Text c="dimmed">
          Your company has no active partnership in the partner program at the moment. Your partner manager can tell you
          more.
        </Text>
      </Card>
    </Stack>
  );
}

/** Portal home: the partner's own active partnership, read-only. */
export default function ProgramPage() {
  const program = useMyProgram();
  const [historyPage, setHistoryPage] = useState(1);
  const history = useMyProgramHistory(historyPage, program.isSuccess);
  const [decisionsPage, setDecisionsPage] = useState(1);
  const firstDecisions = useMyProgramDecisions(1, program.isSuccess);
  const decisions = useMyProgramDecisions(decisionsPage, program.isSuccess);

  if (program.error) {
    const problem = toProblem(program.error);
    if (problem.code === NO_ACTIVE_PARTNERSHIP || problem.status === 404) return <NoActivePartnership />;
    return <ProblemAlert problem={problem} />;
  }

  return (
    <QueryState query={program}>
      {(p) => (
        <ProgramView
          program={p}
          title="Partner program"
          funds={<PortalFunds />}
          decisions={
            <DecisionsSection
              title="Why you are at this level"
              first={firstDecisions}
              current={decisions}
              page={decisionsPage}
              onPageChange={setDecisionsPage}
            />
          }
          history={
            <QueryState query={history}>
              {(result) => (
                <EventTimeline events={result} page={historyPage} onPageChange={setHistoryPage} label="History" />
              )}
            </QueryState>
          }
        />
      )}
    </QueryState>
  );
}

import { Badge, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { TierOutcome, TierTrigger, type TierDecisionDto, type TierDecisionDtoPaged } from '../../api';
import { Pager } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import { formatDateTime, formatNumber } from '../../lib/format';

const OUTCOMES: Record<TierOutcome, { label: string; color: string }> = {
  [TierOutcome.ScoreChanged]: { label: 'Score changed', color: 'blue' },
  [TierOutcome.Promoted]: { label: 'Promoted', color: 'green' },
  [TierOutcome.LevelOverridden]: { label: 'Level changed by a manager', color: 'orange' },
  [TierOutcome.Renewed]: { label: 'Renewed', color: 'grape' },
};

const TRIGGERS: Record<TierTrigger, string> = {
  [TierTrigger.Event]: 'After a change',
  [TierTrigger.Nightly]: 'Nightly evaluation',
  [TierTrigger.OnDemand]: 'Evaluated on request',
  [TierTrigger.Publish]: 'Program change published',
  [TierTrigger.Override]: 'Manager override',
  [TierTrigger.Renewal]: 'Renewal',
};

/** "Bronze → Silver", or the level alone when it did not change. */
function levelText(d: TierDecisionDto): string {
  return d.fromLevelName === d.toLevelName ? d.toLevelName : `${d.fromLevelName} → ${d.toLevelName}`;
}

function scoreText(d: TierDecisionDto): string {
  const score = d.scoreBefore === d.score ? `${d.score}` : `${d.scoreBefore} → ${d.score}`;
  return `${score} of target ${d.targetScore}`;
}

function triggerText(d: TierDecisionDto): string {
  const trigger = TRIGGERS[d.trigger] ?? d.trigger;
  return d.triggerDetail ? `${trigger}: ${d.triggerDetail}` : trigger;
}

function OutcomeBadge({ decision }: { decision: TierDecisionDto }) {
  const outcome = OUTCOMES[decision.outcome] ?? { label: decision.outcome, color: 'gray' };
  return (
    <Badge variant="light" color={outcome.color} miw="max-content">
      {outcome.label}
    </Badge>
  );
}

/** One decision in full: outcome, levels, score, trigger, who and when, the reason and the measured lines. */
function LatestDecision({ decision: d }: { decision: TierDecisionDto }) {
  return (
    <Card withBorder padding="md" component="article" aria-label="Latest decision">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <Group gap="xs">
            <OutcomeBadge decision={d} />
            <Text fw={600}>{levelText(d)}</Text>
          </Group>
          <Text size="sm" c="dimmed">
            {formatDateTime(d.at)}
            {d.by ? ` · ${d.by}` : ''}
          </Text>
        </Group>
        <Text data-testid="decision-reason">{d.reason}</Text>
        <Text size="sm">
          <Text span c="dimmed">
            Score:{' '}
          </Text>
          {scoreText(d)}
          <Text span c="dimmed">
            {' '}
            · {triggerText(d)}
          </Text>
        </Text>
        {d.lines.length > 0 && (
          <Table.ScrollContainer minWidth={480}>
            <Table aria-label="Decision lines" fz="sm" verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Obligation</Table.Th>
                  <Table.Th>Value</Table.Th>
                  <Table.Th>Points</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {d.lines.map((line) => (
                  <Table.Tr key={line.categoryId}>
                    <Table.Td>
                      {line.categoryName}
                      {line.overrideReason && (
                        <Text size="xs" c="dimmed">
                          Overridden: {line.overrideReason}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {formatNumber(line.value)} of {formatNumber(line.target)}
                    </Table.Td>
                    <Table.Td>
                      {line.points} of {line.maxPoints}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}

function PastDecisions({ decisions }: { decisions: TierDecisionDto[] }) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped aria-label="Past decisions" fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Date</Table.Th>
            <Table.Th>Outcome</Table.Th>
            <Table.Th>Level</Table.Th>
            <Table.Th>Score</Table.Th>
            <Table.Th>Trigger</Table.Th>
            <Table.Th>Reason</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {decisions.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(d.at)}</Table.Td>
              <Table.Td>
                <OutcomeBadge decision={d} />
              </Table.Td>
              <Table.Td>{levelText(d)}</Table.Td>
              <Table.Td>{scoreText(d)}</Table.Td>
              <Table.Td>
                {triggerText(d)}
                {d.by && (
                  <Text size="xs" c="dimmed">
                    {d.by}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{d.reason}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

type DecisionsQuery = Pick<UseQueryResult<TierDecisionDtoPaged>, 'data' | 'error' | 'isPending'>;

interface DecisionsSectionProps {
  /** The first page: its first decision is the latest. */
  first: DecisionsQuery;
  /** The page of past decisions shown (the same query as `first` on page 1). */
  current: DecisionsQuery;
  page: number;
  onPageChange: (page: number) => void;
  title?: string;
}

/**
 * The tier decisions of a partnership (back office and portal): the latest in full, with its measured lines, then the
 * past ones, newest first, a page at a time.
 */
export function DecisionsSection({ first, current, page, onPageChange, title = 'Decisions' }: DecisionsSectionProps) {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="decisions-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="decisions-title">
          {title}
        </Title>
        <QueryState query={first}>
          {(firstPage) => {
            const latest = firstPage.items[0];
            if (!latest)
              return (
                <Text c="dimmed">
                  No decisions yet: one is written when an evaluation changes the score or the level.
                </Text>
              );
            return (
              <>
                <LatestDecision decision={latest} />
                {firstPage.totalCount > 1 && (
                  <QueryState query={current}>
                    {(result) => (
                      <Stack gap="xs">
                        <Title order={3} size="h5">
                          Past decisions
                        </Title>
                        <PastDecisions decisions={result.items.filter((d) => d.id !== latest.id)} />
                        <Pager
                          page={page}
                          pageSize={result.pageSize}
                          totalCount={result.totalCount}
                          onChange={onPageChange}
                          onlyWhenPaged
                        />
                      </Stack>
                    )}
                  </QueryState>
                )}
              </>
            );
          }}
        </QueryState>
      </Stack>
    </Card>
  );
}

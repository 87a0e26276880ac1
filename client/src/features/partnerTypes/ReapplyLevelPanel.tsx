import { Alert, Badge, Button, Group, List, Stack, Table, Text } from '@mantine/core';
import { ReapplyEffect, type PartnershipReapplyDto } from '../../api';
import { toProblem } from '../../api/http';
import { ProblemAlert } from '../../components/ProblemAlert';
import { QueryState } from '../../components/QueryState';
import { useLevelReapplyPreview, useReapplyLevel } from './hooks';

interface ReapplyLevelPanelProps {
  levelId: string;
  onDone: () => void;
}

const EFFECT_COLORS: Record<ReapplyEffect, string> = {
  [ReapplyEffect.Promoted]: 'green',
  [ReapplyEffect.Closer]: 'teal',
  [ReapplyEffect.Further]: 'orange',
  [ReapplyEffect.Unchanged]: 'gray',
};

/** "Promoted → Gold", "Closer", "Further" or "Unchanged": where the partnership would stand after publishing. */
function EffectBadge({ change: c }: { change: PartnershipReapplyDto }) {
  return (
    <Badge variant="light" color={EFFECT_COLORS[c.effect] ?? 'gray'} miw="max-content">
      {c.effect === ReapplyEffect.Promoted ? `Promoted → ${c.levelAfter}` : c.effect}
    </Badge>
  );
}

function Lines({ lines }: { lines: string[] }) {
  return (
    <List size="sm">
      {lines.map((line) => (
        <List.Item key={line}>{line}</List.Item>
      ))}
    </List>
  );
}

const beforeAfter = (before: number, after: number) => (before === after ? `${after}` : `${before} → ${after}`);

/**
 * D16: edits to a level reach existing partnerships only when published. The panel first simulates, partnership by
 * partnership, what the engine would do (effect, target, score, term changes and the reasons), then publishes exactly
 * that on request.
 */
export function ReapplyLevelPanel({ levelId, onDone }: ReapplyLevelPanelProps) {
  const preview = useLevelReapplyPreview(levelId);
  const reapply = useReapplyLevel();

  return (
    <QueryState query={preview}>
      {(result) => (
        <Stack>
          <Text size="sm">
            Simulation for {result.partnershipsAtLevel} partnership{result.partnershipsAtLevel === 1 ? '' : 's'} at{' '}
            {result.levelName}. Publishing applies exactly what this preview shows: targets and benefits are replaced by
            the level&apos;s current ones, the engine re-scores and promotes where the target is met, and every change
            is written to the partnership&apos;s history and decisions.
          </Text>
          {result.changed.length === 0 ? (
            <Alert color="gray">
              Every partnership already has this level&apos;s current parameters. Nothing to publish.
            </Alert>
          ) : (
            <Table.ScrollContainer minWidth={900}>
              <Table aria-label="Simulated changes">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Partnership</Table.Th>
                    <Table.Th>Effect</Table.Th>
                    <Table.Th>Target</Table.Th>
                    <Table.Th>Score</Table.Th>
                    <Table.Th>Changes</Table.Th>
                    <Table.Th>Why</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {result.changed.map((c) => (
                    <Table.Tr key={c.partnershipId}>
                      <Table.Td>
                        {c.name}
                        <Text size="xs" c="dimmed">
                          {c.accountName}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <EffectBadge change={c} />
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{beforeAfter(c.targetBefore, c.targetAfter)}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{beforeAfter(c.scoreBefore, c.scoreAfter)}</Table.Td>
                      <Table.Td>
                        <Lines lines={c.changes} />
                      </Table.Td>
                      <Table.Td>
                        <Lines lines={c.decisions} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <ProblemAlert problem={reapply.error ? toProblem(reapply.error) : null} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone}>
              Cancel
            </Button>
            <Button variant="default" loading={preview.isFetching} onClick={() => void preview.refetch()}>
              Simulate
            </Button>
            <Button
              disabled={result.changed.length === 0}
              loading={reapply.isPending}
              onClick={() => reapply.mutate(levelId, { onSuccess: onDone })}
            >
              Publish to {result.changed.length} partnership{result.changed.length === 1 ? '' : 's'}
            </Button>
          </Group>
        </Stack>
      )}
    </QueryState>
  );
}

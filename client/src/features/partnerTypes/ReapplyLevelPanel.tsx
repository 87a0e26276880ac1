import { Alert, Button, Group, List, Stack, Table, Text } from '@mantine/core';
import { toProblem } from '../../api/http';
import { ProblemAlert } from '../../components/ProblemAlert';
import { QueryState } from '../../components/QueryState';
import { useLevelReapplyPreview, useReapplyLevel } from './hooks';

interface ReapplyLevelPanelProps {
  levelId: string;
  onDone: () => void;
}

/**
 * D16: edits to a level reach existing partnerships only when re-applied. The panel first shows, partnership by
 * partnership, what would change (targets, benefits, score), then applies it on request.
 */
export function ReapplyLevelPanel({ levelId, onDone }: ReapplyLevelPanelProps) {
  const preview = useLevelReapplyPreview(levelId);
  const reapply = useReapplyLevel();

  return (
    <QueryState query={preview}>
      {(result) => (
        <Stack>
          <Text size="sm">
            {result.partnershipsAtLevel} partnership{result.partnershipsAtLevel === 1 ? '' : 's'} at {result.levelName}.
            Reached values are kept; targets and benefits are replaced by the level&apos;s current ones and every change
            is written to the partnership&apos;s history.
          </Text>
          {result.changed.length === 0 ? (
            <Alert color="gray">
              Every partnership already has this level&apos;s current parameters. Nothing to apply.
            </Alert>
          ) : (
            <Table aria-label="Changes to apply">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Partnership</Table.Th>
                  <Table.Th>Score</Table.Th>
                  <Table.Th>Changes</Table.Th>
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
                      {c.scoreBefore === c.scoreAfter ? c.scoreAfter : `${c.scoreBefore} → ${c.scoreAfter}`}
                    </Table.Td>
                    <Table.Td>
                      <List size="sm">
                        {c.changes.map((change) => (
                          <List.Item key={change}>{change}</List.Item>
                        ))}
                      </List>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <ProblemAlert problem={reapply.error ? toProblem(reapply.error) : null} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone}>
              Cancel
            </Button>
            <Button
              disabled={result.changed.length === 0}
              loading={reapply.isPending}
              onClick={() => reapply.mutate(levelId, { onSuccess: onDone })}
            >
              Apply to {result.changed.length} partnership{result.changed.length === 1 ? '' : 's'}
            </Button>
          </Group>
        </Stack>
      )}
    </QueryState>
  );
}

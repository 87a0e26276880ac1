import { Paper, SegmentedControl, SimpleGrid, Stack, Text, UnstyledButton } from '@mantine/core';
import type { OpportunityStage, PipelineStageDto } from '../../api';
import { formatMoney, humanize } from '../../lib/format';

export type OpportunityView = 'pipeline' | 'table';

/** The view from the URL: the table unless `view=pipeline`. */
export const viewOf = (value: string | null): OpportunityView => (value === 'pipeline' ? 'pipeline' : 'table');

/** "Pipeline | Table": how the opportunities page shows its opportunities. */
export function ViewSwitch({ value, onChange }: { value: OpportunityView; onChange: (view: OpportunityView) => void }) {
  return (
    <SegmentedControl
      aria-label="View"
      data={[
        { value: 'pipeline', label: 'Pipeline' },
        { value: 'table', label: 'Table' },
      ]}
      value={value}
      onChange={(v) => onChange(v as OpportunityView)}
      w="fit-content"
    />
  );
}

/** One card per stage with its count and total; choosing a stage shows the table filtered by it. */
export function Pipeline({
  stages,
  onPick,
}: {
  stages: PipelineStageDto[];
  onPick: (stage: OpportunityStage) => void;
}) {
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3, xl: 6 }} spacing="sm" role="list" aria-label="Pipeline">
      {stages.map((s) => (
        <div key={`${s.stage}-${s.currency}`} role="listitem">
          <UnstyledButton onClick={() => onPick(s.stage)} data-testid="pipeline-stage" w="100%" h="100%">
            <Paper withBorder p="md" h="100%">
              <Stack gap={4}>
                <Text fw={600}>{humanize(s.stage)}</Text>
                <Text size="sm">
                  {s.count} {s.count === 1 ? 'opportunity' : 'opportunities'}
                </Text>
                <Text fw={700}>{formatMoney(s.amountMinor / 100, s.currency)}</Text>
              </Stack>
            </Paper>
          </UnstyledButton>
        </div>
      ))}
    </SimpleGrid>
  );
}

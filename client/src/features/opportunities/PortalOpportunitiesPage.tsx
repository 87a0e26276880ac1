import { Group, Select, Stack } from '@mantine/core';
import { api, OpportunityStage } from '../../api';
import { ExportCsvButton } from '../../components/ExportCsvButton';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { oneOf, useUrlFilters } from '../../lib/urlFilters';
import { LoadMore } from '../leads/display';
import { OPPORTUNITY_NOUN, OpportunityTable } from './display';
import { useMyOpportunities, useMyOpportunityPipeline } from './hooks';
import { Pipeline, viewOf, ViewSwitch } from './Pipeline';
import { OPPORTUNITY_SORT_OPTIONS, StageChips } from './OpportunitiesPage';

export const PORTAL_OPPORTUNITIES = '/portal/opportunities';

/** Portal "Opportunities": the organization's opportunities by stage, sorted, keyset paged with "Load more". */
export default function PortalOpportunitiesPage() {
  const [params, update] = useUrlFilters();
  const stage = oneOf(OpportunityStage, params.get('stage'));
  const sort = params.get('sort') || '-createdAt';
  const view = viewOf(params.get('view'));
  const opportunities = useMyOpportunities(stage, sort, view === 'table');
  const pipeline = useMyOpportunityPipeline(stage, view === 'pipeline');

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <PageTitle>Opportunities</PageTitle>
        <ExportCsvButton fetchFile={() => api.exportMyOpportunities(stage, sort)} fileName="opportunities.csv" />
      </Group>
      <ViewSwitch value={view} onChange={(v) => update({ view: v === 'pipeline' ? v : undefined })} />
      <StageChips value={stage} onChange={(value) => update({ stage: value })} />
      <Group align="flex-end">
        <Select
          label="Sort"
          data={OPPORTUNITY_SORT_OPTIONS}
          value={sort}
          onChange={(value) => update({ sort: value === '-createdAt' ? undefined : (value ?? undefined) })}
          allowDeselect={false}
          w={180}
        />
      </Group>
      {view === 'pipeline' ? (
        <QueryState query={pipeline}>
          {(stages) => <Pipeline stages={stages} onPick={(value) => update({ stage: value, view: undefined })} />}
        </QueryState>
      ) : (
        <QueryState query={opportunities}>
          {(data) => {
            const items = data.pages.flatMap((p) => p.items);
            return (
              <>
                <OpportunityTable items={items} basePath={PORTAL_OPPORTUNITIES} label="Your opportunities" />
                <LoadMore
                  shown={items.length}
                  noun={OPPORTUNITY_NOUN}
                  hasNextPage={opportunities.hasNextPage}
                  isFetchingNextPage={opportunities.isFetchingNextPage}
                  fetchNextPage={opportunities.fetchNextPage}
                />
              </>
            );
          }}
        </QueryState>
      )}
    </Stack>
  );
}

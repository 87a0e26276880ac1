import { useState } from 'react';
import { Anchor, Group, Stack, Title } from '@mantine/core';
import { Link } from 'react-router';
import { Pager } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import { ActivityTable } from './display';
import { ACTIVITIES } from './ActivitiesPage';
import { useActivities } from './hooks';

const PAGE_SIZE = 10;

/** On the back-office partnership page: the partnership's marketing activities, newest first, each linked. */
export function PartnershipActivitiesSection({
  partnershipId,
  accountId,
}: {
  partnershipId: string;
  accountId: string;
}) {
  const [page, setPage] = useState(1);
  const activities = useActivities({ partnershipId, page, pageSize: PAGE_SIZE });
  return (
    <section aria-labelledby="activities-title">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h3" id="activities-title">
            Marketing activities
          </Title>
          <Anchor component={Link} to={`${ACTIVITIES}?status=all&partner=${accountId}`} size="sm">
            All of this partner
          </Anchor>
        </Group>
        <QueryState query={activities}>
          {(result) => (
            <>
              <ActivityTable
                items={result.items}
                basePath={ACTIVITIES}
                label="Marketing activities of the partnership"
              />
              <Pager page={page} pageSize={PAGE_SIZE} totalCount={result.totalCount} onChange={setPage} onlyWhenPaged />
            </>
          )}
        </QueryState>
      </Stack>
    </section>
  );
}

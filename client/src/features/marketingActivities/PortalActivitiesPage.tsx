import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, Group, Modal, Select, Stack } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { MarketingActivityStatus } from '../../api';
import { PageTitle } from '../../components/PageTitle';
import { Pager } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import { useUrlFilters } from '../../lib/urlFilters';
import { ActivityForm } from './ActivityForm';
import { ActivityTable, STATUS_OPTIONS } from './display';
import { useMyActivities } from './hooks';

const PAGE_SIZE = 20;
export const PORTAL_ACTIVITIES = '/portal/marketing-activities';

function isStatus(value: string | null): value is MarketingActivityStatus {
  return !!value && (Object.values(MarketingActivityStatus) as string[]).includes(value);
}

/** Portal: the partner's marketing activities (status filter, paging) and "Propose activity". */
export default function PortalActivitiesPage() {
  const navigate = useNavigate();
  const phone = useMediaQuery('(max-width: 36em)');
  const [params, update] = useUrlFilters();
  const [proposing, setProposing] = useState(false);
  const status = params.get('status');
  const page = Math.max(1, Number(params.get('page')) || 1);
  const activities = useMyActivities({ status: isStatus(status) ? status : undefined, page, pageSize: PAGE_SIZE });

  return (
    <Stack>
      <Group justify="space-between">
        <PageTitle>Marketing activities</PageTitle>
        <Button onClick={() => setProposing(true)}>Propose activity</Button>
      </Group>
      <Select
        label="Status"
        placeholder="All statuses"
        clearable
        data={STATUS_OPTIONS}
        value={isStatus(status) ? status : null}
        onChange={(value) => update({ status: value ?? undefined, page: undefined })}
        w={200}
      />
      <QueryState query={activities}>
        {(result) => (
          <>
            <ActivityTable items={result.items} basePath={PORTAL_ACTIVITIES} />
            <Pager
              page={page}
              pageSize={result.pageSize || PAGE_SIZE}
              totalCount={result.totalCount}
              onChange={(p) => update({ page: p > 1 ? String(p) : undefined })}
            />
          </>
        )}
      </QueryState>
      <Modal
        opened={proposing}
        onClose={() => setProposing(false)}
        title="Propose a marketing activity"
        size="lg"
        fullScreen={!!phone}
      >
        {proposing && (
          <ActivityForm
            onDone={(saved) => {
              setProposing(false);
              if (saved) navigate(`${PORTAL_ACTIVITIES}/${saved.id}`);
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}

import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, Group, Modal, Select, Stack, Title } from '@mantine/core';
import { DealRegistrationStatus } from '../../api';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { oneOf, useUrlFilters } from '../../lib/urlFilters';
import { DealForm } from './DealForm';
import { DEAL_STATUS_OPTIONS, DealTable, LoadMore, PORTAL_DEALS } from './display';
import { useMyDeals } from './hooks';
import { PreCheckForm } from './PreCheckForm';

/** Portal "Deals": the pre-check, then the organization's registrations (status filter in the URL, keyset paged) and "Register a deal". */
export default function PortalDealsPage() {
  const navigate = useNavigate();
  const [params, update] = useUrlFilters();
  const status = oneOf(DealRegistrationStatus, params.get('status'));
  const deals = useMyDeals(status);
  const [registering, setRegistering] = useState(false);

  return (
    <Stack>
      <Group justify="space-between">
        <PageTitle>Deals</PageTitle>
        <Button onClick={() => setRegistering(true)}>Register a deal</Button>
      </Group>
      <PreCheckForm />
      <section aria-labelledby="deals-heading">
        <Title order={2} size="h3" mb="sm" id="deals-heading">
          Your deal registrations
        </Title>
        <Select
          label="Status"
          placeholder="All statuses"
          clearable
          data={DEAL_STATUS_OPTIONS}
          value={status ?? null}
          onChange={(value) => update({ status: value ?? undefined })}
          w={200}
          mb="sm"
        />
        <QueryState query={deals}>
          {(data) => {
            const items = data.pages.flatMap((p) => p.items);
            return (
              <Stack gap="sm">
                <DealTable items={items} basePath={PORTAL_DEALS} label="Your deal registrations" />
                <LoadMore
                  shown={items.length}
                  hasNextPage={deals.hasNextPage}
                  isFetchingNextPage={deals.isFetchingNextPage}
                  fetchNextPage={deals.fetchNextPage}
                />
              </Stack>
            );
          }}
        </QueryState>
      </section>
      <Modal opened={registering} onClose={() => setRegistering(false)} title="Register a deal" size="lg">
        <DealForm
          onDone={(deal) => {
            setRegistering(false);
            if (deal) void navigate(`${PORTAL_DEALS}/${deal.id}`);
          }}
        />
      </Modal>
    </Stack>
  );
}

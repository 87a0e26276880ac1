import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { LeadTable, LoadMore } from './display';
import { useMyLeadOffers, useMyLeads } from './hooks';
import { LeadForm } from './LeadForm';
import { OfferCard, PORTAL_LEADS } from './PortalOffers';

/** Portal "Leads": the offers waiting for an answer first (soonest deadline first), then the leads the partner holds. */
export default function PortalLeadsPage() {
  const navigate = useNavigate();
  const offers = useMyLeadOffers();
  const leads = useMyLeads();
  const [registering, setRegistering] = useState(false);

  return (
    <Stack>
      <Group justify="space-between">
        <PageTitle>Leads</PageTitle>
        <Button onClick={() => setRegistering(true)}>Register a lead</Button>
      </Group>
      <section aria-labelledby="offers-heading">
        <Title order={2} size="h3" mb="sm" id="offers-heading">
          Waiting for your answer
        </Title>
        <QueryState query={offers}>
          {(list) =>
            list.length === 0 ? (
              <Card withBorder padding="md">
                <Text c="dimmed">No offers are waiting for your answer.</Text>
              </Card>
            ) : (
              <Stack gap="sm">
                {list.map((o) => (
                  <OfferCard
                    key={o.id}
                    linked
                    offer={o}
                    onAccepted={() => void navigate(`${PORTAL_LEADS}/${o.leadId}`)}
                  />
                ))}
              </Stack>
            )
          }
        </QueryState>
      </section>
      <section aria-labelledby="held-heading">
        <Title order={2} size="h3" mb="sm" id="held-heading">
          Your leads
        </Title>
        <QueryState query={leads}>
          {(data) => {
            const items = data.pages.flatMap((p) => p.items);
            return (
              <Stack gap="sm">
                <LeadTable items={items} basePath={PORTAL_LEADS} label="Your leads" />
                <LoadMore
                  shown={items.length}
                  hasNextPage={leads.hasNextPage}
                  isFetchingNextPage={leads.isFetchingNextPage}
                  fetchNextPage={leads.fetchNextPage}
                />
              </Stack>
            );
          }}
        </QueryState>
      </section>
      <Modal opened={registering} onClose={() => setRegistering(false)} title="Register a lead" size="lg">
        <LeadForm
          portal
          onDone={(lead) => {
            setRegistering(false);
            if (lead) void navigate(`${PORTAL_LEADS}/${lead.id}`);
          }}
        />
      </Modal>
    </Stack>
  );
}

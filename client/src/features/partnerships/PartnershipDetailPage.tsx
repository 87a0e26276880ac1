import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Anchor, Breadcrumbs, Modal, Stack, Text, Title } from '@mantine/core';
import { toProblem } from '../../api/http';
import { ProblemAlert } from '../../components/ProblemAlert';
import { QueryState } from '../../components/QueryState';
import { BenefitsTable } from './BenefitsTable';
import { HistoryTable } from './HistoryTable';
import { usePartnership, usePartnershipHistory, usePromotePartnership, useSetPartnershipActive } from './hooks';
import { ObligationsTable } from './ObligationsTable';
import { PartnershipEditForm } from './PartnershipEditForm';
import { PartnershipHeader } from './PartnershipHeader';

export default function PartnershipDetailPage() {
  const { id = '' } = useParams();
  const partnership = usePartnership(id);
  const history = usePartnershipHistory(id);
  const setActive = useSetPartnershipActive(id);
  const promote = usePromotePartnership(id);
  const [editing, setEditing] = useState(false);

  return (
    <QueryState query={partnership}>
      {(p) => (
        <Stack>
          <Breadcrumbs>
            <Anchor component={Link} to="/partnerships">
              Partnerships
            </Anchor>
            <Text>{p.name}</Text>
          </Breadcrumbs>
          <ProblemAlert
            problem={(setActive.error ?? promote.error) ? toProblem(setActive.error ?? promote.error) : null}
          />
          <PartnershipHeader
            partnership={p}
            onEdit={() => setEditing(true)}
            onToggleActive={() => setActive.mutate(!p.isActive)}
            toggling={setActive.isPending}
            onPromote={() => promote.mutate()}
            promoting={promote.isPending}
          />
          <section aria-labelledby="obligations-title">
            <Title order={3} id="obligations-title" mb="xs">
              Obligations
            </Title>
            <ObligationsTable partnershipId={p.id} obligations={p.obligations ?? []} />
          </section>
          <section aria-labelledby="benefits-title">
            <Title order={3} id="benefits-title" mb="xs">
              Benefits
            </Title>
            <BenefitsTable benefits={p.benefits ?? []} />
          </section>
          <section aria-labelledby="history-title">
            <Title order={3} id="history-title" mb="xs">
              History
            </Title>
            <QueryState query={history}>{(items) => <HistoryTable history={items} />}</QueryState>
          </section>
          <Modal opened={editing} onClose={() => setEditing(false)} title="Edit partnership">
            {editing && <PartnershipEditForm partnership={p} onDone={() => setEditing(false)} />}
          </Modal>
        </Stack>
      )}
    </QueryState>
  );
}

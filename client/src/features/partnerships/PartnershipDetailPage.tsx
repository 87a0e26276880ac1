import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Anchor, Breadcrumbs, Modal, Stack, Text } from '@mantine/core';
import { toProblem } from '../../api/http';
import { ProblemAlert } from '../../components/ProblemAlert';
import { QueryState } from '../../components/QueryState';
import { HistoryTable } from './HistoryTable';
import { usePartnership, usePartnershipHistory, usePromotePartnership, useSetPartnershipActive } from './hooks';
import { PartnershipEditForm } from './PartnershipEditForm';
import { PartnershipHeader } from './PartnershipHeader';
import { PartnershipSections } from './PartnershipSections';

export default function PartnershipDetailPage() {
  const { id = '' } = useParams();
  const partnership = usePartnership(id);
  const [historyPage, setHistoryPage] = useState(1);
  const history = usePartnershipHistory(id, historyPage);
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
          <PartnershipSections
            obligations={p.obligations ?? []}
            benefits={p.benefits ?? []}
            editablePartnershipId={p.id}
            history={
              <QueryState query={history}>
                {(result) => <HistoryTable history={result} page={historyPage} onPageChange={setHistoryPage} />}
              </QueryState>
            }
          />
          <Modal opened={editing} onClose={() => setEditing(false)} title="Edit partnership">
            {editing && <PartnershipEditForm partnership={p} onDone={() => setEditing(false)} />}
          </Modal>
        </Stack>
      )}
    </QueryState>
  );
}

import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Anchor, Breadcrumbs, Card, Modal, Stack, Text, Title } from '@mantine/core';
import { Permission } from '../../api';
import { toProblem } from '../../api/http';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ProblemAlert } from '../../components/ProblemAlert';
import { QueryState } from '../../components/QueryState';
import { useCan } from '../auth/hooks';
import { PartnershipActivitiesSection } from '../marketingActivities/PartnershipActivitiesSection';
import { EventTimeline } from './EventTimeline';
import { HistoryTable } from './HistoryTable';
import {
  usePartnership,
  usePartnershipEvents,
  usePartnershipHistory,
  usePromotePartnership,
  useSetPartnershipActive,
} from './hooks';
import { OverrideLevelForm } from './OverrideLevelForm';
import { PartnershipEditForm } from './PartnershipEditForm';
import { PartnershipHeader } from './PartnershipHeader';
import { PartnershipSections } from './PartnershipSections';
import { FundsSection } from '../funds/FundsSection';

type Dialog = 'edit' | 'promote' | 'deactivate' | 'override' | null;

export default function PartnershipDetailPage() {
  const { id = '' } = useParams();
  const partnership = usePartnership(id);
  const [historyPage, setHistoryPage] = useState(1);
  const [eventsPage, setEventsPage] = useState(1);
  const history = usePartnershipHistory(id, historyPage);
  const events = usePartnershipEvents(id, eventsPage);
  const setActive = useSetPartnershipActive(id);
  const promote = usePromotePartnership(id);
  const canWrite = useCan(Permission.PartnersWrite);
  const canReadFunds = useCan(Permission.FundsRead);
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);

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
            onEdit={canWrite ? () => setDialog('edit') : undefined}
            onToggleActive={
              canWrite ? () => (p.isActive ? setDialog('deactivate') : setActive.mutate(true)) : undefined
            }
            toggling={setActive.isPending}
            onPromote={canWrite ? () => setDialog('promote') : undefined}
            promoting={promote.isPending}
            onOverrideLevel={canWrite ? () => setDialog('override') : undefined}
          />
          <Card withBorder padding="lg">
            <Stack gap="sm">
              <Title order={2} size="h3">
                Timeline
              </Title>
              <QueryState query={events}>
                {(result) => (
                  <EventTimeline
                    events={result}
                    page={eventsPage}
                    onPageChange={setEventsPage}
                    label="Partnership timeline"
                  />
                )}
              </QueryState>
            </Stack>
          </Card>
          {canReadFunds && <FundsSection partnership={p} />}
          <PartnershipSections
            obligations={p.obligations ?? []}
            benefits={p.benefits ?? []}
            editablePartnershipId={canWrite ? p.id : undefined}
            history={
              <QueryState query={history}>
                {(result) => <HistoryTable history={result} page={historyPage} onPageChange={setHistoryPage} />}
              </QueryState>
            }
          />
          <PartnershipActivitiesSection partnershipId={p.id} accountId={p.accountId} />
          <Modal opened={dialog === 'edit'} onClose={close} title="Edit partnership">
            {dialog === 'edit' && <PartnershipEditForm partnership={p} onDone={close} />}
          </Modal>
          <Modal opened={dialog === 'override'} onClose={close} title="Change the level">
            {dialog === 'override' && <OverrideLevelForm partnership={p} onDone={close} />}
          </Modal>
          <ConfirmDialog
            opened={dialog === 'promote'}
            title={`Promote to ${p.nextLevelName ?? 'the next level'}?`}
            confirmLabel={`Promote to ${p.nextLevelName ?? 'the next level'}`}
            color="green"
            loading={promote.isPending}
            onClose={close}
            onConfirm={() => promote.mutate(undefined, { onSettled: close })}
          >
            {p.accountName} moves from {p.partnerLevelName} to {p.nextLevelName}: the new level's targets and benefits
            apply from now on, and the reached values of its obligations restart at 0 for the new level (D2).
          </ConfirmDialog>
          <ConfirmDialog
            opened={dialog === 'deactivate'}
            title="Deactivate this partnership?"
            confirmLabel="Deactivate"
            color="red"
            loading={setActive.isPending}
            onClose={close}
            onConfirm={() => setActive.mutate(false, { onSettled: close })}
          >
            {p.accountName}&apos;s partnership stops counting: it no longer earns points or benefits until it is
            activated again. Its values and history are kept.
          </ConfirmDialog>
        </Stack>
      )}
    </QueryState>
  );
}

import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert, Anchor, Breadcrumbs, Card, Modal, Stack, Text, Title } from '@mantine/core';
import { Permission, type PartnershipDto } from '../../api';
import { toProblem } from '../../api/http';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ProblemAlert } from '../../components/ProblemAlert';
import { QueryState } from '../../components/QueryState';
import { useCan } from '../auth/hooks';
import { PartnershipActivitiesSection } from '../marketingActivities/PartnershipActivitiesSection';
import { EventTimeline } from './EventTimeline';
import { HistoryTable } from './HistoryTable';
import { DecisionsSection } from './DecisionsSection';
import {
  useEvaluatePartnership,
  usePartnership,
  usePartnershipDecisions,
  usePartnershipEvents,
  usePartnershipHistory,
  useRenewalProposal,
  useSetPartnershipActive,
} from './hooks';
import { OverrideLevelForm } from './OverrideLevelForm';
import { PartnershipEditForm } from './PartnershipEditForm';
import { PartnershipHeader } from './PartnershipHeader';
import { PartnershipSections } from './PartnershipSections';
import { RenewPartnershipForm } from './RenewPartnershipForm';
import { FundsSection } from '../funds/FundsSection';

type Dialog = 'edit' | 'renew' | 'deactivate' | 'override' | null;

/** What an on-demand evaluation did, in a sentence. */
export function evaluationMessage(before: PartnershipDto, after: PartnershipDto): string {
  if (after.partnerLevelId !== before.partnerLevelId) {
    return `Promoted from ${before.partnerLevelName} to ${after.partnerLevelName}: score ${after.currentScore} of target ${after.targetScore}.`;
  }
  if (after.currentScore !== before.currentScore) {
    return `Evaluated: the score moved from ${before.currentScore} to ${after.currentScore} of target ${after.targetScore}.`;
  }
  return `Evaluated: nothing changed (score ${after.currentScore} of target ${after.targetScore}).`;
}

export default function PartnershipDetailPage() {
  const { id = '' } = useParams();
  const partnership = usePartnership(id);
  const [historyPage, setHistoryPage] = useState(1);
  const [eventsPage, setEventsPage] = useState(1);
  const history = usePartnershipHistory(id, historyPage);
  const events = usePartnershipEvents(id, eventsPage);
  const setActive = useSetPartnershipActive(id);
  const evaluate = useEvaluatePartnership(id);
  const [decisionsPage, setDecisionsPage] = useState(1);
  const firstDecisions = usePartnershipDecisions(id, 1);
  const decisions = usePartnershipDecisions(id, decisionsPage);
  const canWrite = useCan(Permission.PartnersWrite);
  const renewal = useRenewalProposal(id, canWrite && partnership.data?.isActive === true);
  const [evaluated, setEvaluated] = useState<string>();
  const navigate = useNavigate();
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
            problem={(setActive.error ?? evaluate.error) ? toProblem(setActive.error ?? evaluate.error) : null}
          />
          {evaluated && (
            <Alert
              color="green"
              variant="light"
              role="status"
              withCloseButton
              closeButtonLabel="Dismiss"
              onClose={() => setEvaluated(undefined)}
            >
              {evaluated}
            </Alert>
          )}
          <PartnershipHeader
            partnership={p}
            onEdit={canWrite ? () => setDialog('edit') : undefined}
            onToggleActive={
              canWrite ? () => (p.isActive ? setDialog('deactivate') : setActive.mutate(true)) : undefined
            }
            toggling={setActive.isPending}
            onEvaluate={
              canWrite
                ? () => {
                    setEvaluated(undefined);
                    evaluate.mutate(undefined, { onSuccess: (after) => setEvaluated(evaluationMessage(p, after)) });
                  }
                : undefined
            }
            evaluating={evaluate.isPending}
            onOverrideLevel={canWrite ? () => setDialog('override') : undefined}
            onRenew={canWrite ? () => setDialog('renew') : undefined}
            renewalOpensOn={renewal.data && !renewal.data.canRenewNow ? renewal.data.opensOn : undefined}
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
          <DecisionsSection
            first={firstDecisions}
            current={decisions}
            page={decisionsPage}
            onPageChange={setDecisionsPage}
          />
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
          <Modal opened={dialog === 'renew'} onClose={close} title="Renew the partnership" size="lg">
            {dialog === 'renew' && (
              <QueryState query={renewal}>
                {(proposal) => (
                  <RenewPartnershipForm
                    partnership={p}
                    proposal={proposal}
                    onDone={(renewed) => {
                      close();
                      if (renewed) navigate(`/partnerships/${renewed.id}`);
                    }}
                  />
                )}
              </QueryState>
            )}
          </Modal>
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

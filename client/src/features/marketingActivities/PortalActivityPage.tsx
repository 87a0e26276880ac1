import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Anchor, Breadcrumbs, Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { MarketingActivityStatus } from '../../api';
import { toProblem } from '../../api/http';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { QueryState } from '../../components/QueryState';
import { ActivityForm } from './ActivityForm';
import { ActivityFundCard } from './ActivityFundCard';
import { ActivityDetails, ActivityHistory, StatusBadge } from './display';
import { useMyActivity, useMyActivityAction, type MyActivityAction } from './hooks';
import { PORTAL_ACTIVITIES } from './PortalActivitiesPage';

type Dialog = 'edit' | MyActivityAction | null;

/** Portal: one of the partner's activities, its history, and what the partner may still do with it. */
export default function PortalActivityPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const phone = useMediaQuery('(max-width: 36em)');
  const activity = useMyActivity(id);
  const action = useMyActivityAction(id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const run = (what: MyActivityAction) =>
    action.mutate(what, {
      onSuccess: () => (what === 'delete' ? navigate(PORTAL_ACTIVITIES) : undefined),
      onSettled: close,
    });

  return (
    <QueryState query={activity}>
      {(a) => {
        const draft = a.status === MarketingActivityStatus.Draft;
        const cancellable = draft || a.status === MarketingActivityStatus.OnApproval;
        return (
          <Stack>
            <Breadcrumbs>
              <Anchor component={Link} to={PORTAL_ACTIVITIES}>
                Marketing activities
              </Anchor>
              <Text>{a.name}</Text>
            </Breadcrumbs>
            <Group justify="space-between" align="flex-start">
              <Group gap="sm" miw={0}>
                <PageTitle style={{ overflowWrap: 'anywhere' }}>{a.name}</PageTitle>
                <StatusBadge status={a.status} />
              </Group>
              {cancellable && (
                <Group gap="xs">
                  {draft && (
                    <>
                      <Button variant="default" onClick={() => setDialog('edit')}>
                        Edit
                      </Button>
                      <Button onClick={() => setDialog('submit')}>Submit for approval</Button>
                    </>
                  )}
                  <Button variant="default" color="red" onClick={() => setDialog('cancel')}>
                    Cancel activity
                  </Button>
                  {draft && (
                    <Button variant="light" color="red" onClick={() => setDialog('delete')}>
                      Delete
                    </Button>
                  )}
                </Group>
              )}
            </Group>
            <ProblemAlert problem={action.error ? toProblem(action.error) : null} />
            {a.status === MarketingActivityStatus.OnApproval && (
              <Text c="dimmed" size="sm">
                Your partner manager is reviewing this proposal. You will get an e-mail when it is decided.
              </Text>
            )}
            <ActivityDetails activity={a} />
            {a.fundId && <ActivityFundCard fundId={a.fundId} />}
            <Card withBorder padding="lg">
              <Title order={2} size="h3" mb="sm">
                History
              </Title>
              <ActivityHistory events={a.history} />
            </Card>
            <Modal opened={dialog === 'edit'} onClose={close} title="Edit the activity" size="lg" fullScreen={!!phone}>
              {dialog === 'edit' && <ActivityForm activity={a} onDone={close} />}
            </Modal>
            <ConfirmDialog
              opened={dialog === 'submit'}
              title="Submit for approval?"
              confirmLabel="Submit for approval"
              loading={action.isPending}
              onClose={close}
              onConfirm={() => run('submit')}
            >
              Your partner manager reviews the activity and its budget. You cannot change it while it is on approval.
            </ConfirmDialog>
            <ConfirmDialog
              opened={dialog === 'cancel'}
              title="Cancel this activity?"
              confirmLabel="Cancel activity"
              color="red"
              loading={action.isPending}
              onClose={close}
              onConfirm={() => run('cancel')}
            >
              The activity is withdrawn and stays in your list as cancelled.
            </ConfirmDialog>
            <ConfirmDialog
              opened={dialog === 'delete'}
              title="Delete this draft?"
              confirmLabel="Delete"
              color="red"
              loading={action.isPending}
              onClose={close}
              onConfirm={() => run('delete')}
            >
              The draft is removed for good.
            </ConfirmDialog>
          </Stack>
        );
      }}
    </QueryState>
  );
}

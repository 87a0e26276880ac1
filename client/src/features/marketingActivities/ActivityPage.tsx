import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Anchor, Breadcrumbs, Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { MarketingActivityStatus, Permission } from '../../api';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { useCan } from '../auth/hooks';
import { ACTIVITIES } from './ActivitiesPage';
import { ActivityDetails, ActivityHistory, StatusBadge } from './display';
import { ApproveForm, CancelForm, CompleteForm, RejectForm } from './EmployeeDialogs';
import { useActivity } from './hooks';

type Dialog = 'approve' | 'reject' | 'complete' | 'cancel' | null;

const TITLES: Record<Exclude<Dialog, null>, string> = {
  approve: 'Approve the activity',
  reject: 'Reject the activity',
  complete: 'Complete the activity',
  cancel: 'Cancel the activity',
};

/** Back-office: an activity, its history, and the employee's actions for its status (partners.write only). */
export default function ActivityPage() {
  const { id = '' } = useParams();
  const activity = useActivity(id);
  const canWrite = useCan(Permission.PartnersWrite);
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);

  return (
    <QueryState query={activity}>
      {(a) => {
        const onApproval = a.status === MarketingActivityStatus.OnApproval;
        const approved = a.status === MarketingActivityStatus.Approved;
        const actions = canWrite && (onApproval || approved);
        return (
          <Stack>
            <Breadcrumbs>
              <Anchor component={Link} to={ACTIVITIES}>
                Marketing activities
              </Anchor>
              <Text>{a.name}</Text>
            </Breadcrumbs>
            <Group justify="space-between" align="flex-start">
              <Group gap="sm" miw={0}>
                <PageTitle style={{ overflowWrap: 'anywhere' }}>{a.name}</PageTitle>
                <StatusBadge status={a.status} />
              </Group>
              {actions && (
                <Group gap="xs">
                  {onApproval && (
                    <>
                      <Button color="green" onClick={() => setDialog('approve')}>
                        Approve
                      </Button>
                      <Button variant="default" onClick={() => setDialog('reject')}>
                        Reject
                      </Button>
                    </>
                  )}
                  {approved && <Button onClick={() => setDialog('complete')}>Complete</Button>}
                  <Button variant="default" color="red" onClick={() => setDialog('cancel')}>
                    Cancel activity
                  </Button>
                </Group>
              )}
            </Group>
            <ActivityDetails activity={a} showPartner />
            <Card withBorder padding="lg">
              <Title order={2} size="h3" mb="sm">
                History
              </Title>
              <ActivityHistory events={a.history} />
            </Card>
            <Modal opened={dialog !== null} onClose={close} title={dialog ? TITLES[dialog] : ''}>
              {dialog === 'approve' && <ApproveForm activity={a} onDone={close} />}
              {dialog === 'reject' && <RejectForm activity={a} onDone={close} />}
              {dialog === 'complete' && <CompleteForm activity={a} onDone={close} />}
              {dialog === 'cancel' && <CancelForm activity={a} onDone={close} />}
            </Modal>
          </Stack>
        );
      }}
    </QueryState>
  );
}

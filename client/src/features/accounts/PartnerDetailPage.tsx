import { useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Anchor, Badge, Breadcrumbs, Button, Group, Modal, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { AccountType, Permission } from '../../api';
import { QueryState } from '../../components/QueryState';
import { humanize } from '../../lib/format';
import { useCan } from '../auth/hooks';
import { PartnershipCreateForm } from '../partnerships/PartnershipCreateForm';
import { PartnershipTable } from '../partnerships/PartnershipTable';
import { PortalAccessSection } from '../portalUsers/PortalAccessSection';
import { AccountForm } from './AccountForm';
import { useAccount } from './hooks';
import { PageTitle } from '../../components/PageTitle';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text>{children || '—'}</Text>
    </div>
  );
}

export default function PartnerDetailPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const account = useAccount(id);
  const canManagePortal = useCan(Permission.PortalAccessManage);
  const canWrite = useCan(Permission.PartnersWrite);
  const [dialog, setDialog] = useState<'edit' | 'partnership' | null>(null);
  const close = () => setDialog(null);

  return (
    <QueryState query={account}>
      {(a) => (
        <Stack>
          <Breadcrumbs>
            <Anchor component={Link} to="/partners">
              Partners
            </Anchor>
            <Text>{a.name}</Text>
          </Breadcrumbs>
          <Group justify="space-between" align="flex-start">
            <Group gap="sm">
              <PageTitle>{a.name}</PageTitle>
              <Badge variant="light">{humanize(a.type)}</Badge>
            </Group>
            {canWrite && (
              <Group>
                <Button variant="default" onClick={() => setDialog('edit')}>
                  Edit partner
                </Button>
                <Button onClick={() => setDialog('partnership')}>New partnership</Button>
              </Group>
            )}
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Field label="Owner">{a.ownerName}</Field>
            <Field label="Country">{a.country}</Field>
            <Field label="Website">
              {a.website ? (
                <Anchor href={a.website} target="_blank" rel="noreferrer">
                  {a.website}
                </Anchor>
              ) : null}
            </Field>
          </SimpleGrid>
          <Title order={2}>Partnerships</Title>
          <PartnershipTable items={a.partnerships ?? []} showPartner={false} />
          {canManagePortal && a.type === AccountType.Partner && <PortalAccessSection accountId={a.id} />}
          <Modal
            opened={dialog !== null}
            onClose={close}
            title={dialog === 'edit' ? 'Edit partner' : 'New partnership'}
            size={dialog === 'partnership' ? 'lg' : 'md'}
          >
            {dialog === 'edit' && <AccountForm account={a} onDone={close} />}
            {dialog === 'partnership' && (
              <PartnershipCreateForm
                account={{ id: a.id, name: a.name }}
                onDone={(created) => {
                  close();
                  if (created) navigate(`/partnerships/${created.id}`);
                }}
              />
            )}
          </Modal>
        </Stack>
      )}
    </QueryState>
  );
}

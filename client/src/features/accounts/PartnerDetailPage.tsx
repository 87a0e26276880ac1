import { useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Anchor, Badge, Breadcrumbs, Button, Group, Modal, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { AccountType, Permission } from '../../api';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { humanize, webLink } from '../../lib/format';
import { useCan } from '../auth/hooks';
import { PartnershipCreateForm } from '../partnerships/PartnershipCreateForm';
import { PartnershipTable } from '../partnerships/PartnershipTable';
import { PortalAccessSection } from '../portalUsers/PortalAccessSection';
import { AccountForm } from './AccountForm';
import { useAccount } from './hooks';

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

function Website({ value }: { value: string | undefined }) {
  const href = webLink(value);
  if (!value) return null;
  // Only a validated absolute http(s) address becomes a link; anything else is shown as plain text.
  return href ? (
    <Anchor href={href} target="_blank" rel="noreferrer">
      {value}
    </Anchor>
  ) : (
    <>{value}</>
  );
}

/** A partner's or a customer's page; only partners get partnerships and portal access. */
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
      {(a) => {
        const isPartner = a.type === AccountType.Partner;
        const noun = isPartner ? 'partner' : 'customer';
        return (
          <Stack>
            <Breadcrumbs>
              <Anchor component={Link} to={isPartner ? '/partners' : '/customers'}>
                {isPartner ? 'Partners' : 'Customers'}
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
                    Edit {noun}
                  </Button>
                  {isPartner && <Button onClick={() => setDialog('partnership')}>New partnership</Button>}
                </Group>
              )}
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 4 }}>
              <Field label="Owner">{a.ownerName}</Field>
              <Field label="Country">{a.country}</Field>
              <Field label="Website">
                <Website value={a.website} />
              </Field>
              <Field label="E-mail domain">{a.emailDomain}</Field>
            </SimpleGrid>
            {isPartner && (
              <>
                <Title order={2}>Partnerships</Title>
                <PartnershipTable items={a.partnerships ?? []} showPartner={false} />
              </>
            )}
            {canManagePortal && isPartner && <PortalAccessSection accountId={a.id} />}
            <Modal
              opened={dialog !== null}
              onClose={close}
              title={dialog === 'edit' ? `Edit ${noun}` : 'New partnership'}
              size={dialog === 'partnership' ? 'lg' : 'md'}
            >
              {dialog === 'edit' && <AccountForm account={a} onDone={close} />}
              {dialog === 'partnership' && isPartner && (
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
        );
      }}
    </QueryState>
  );
}

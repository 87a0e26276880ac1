import { useState, type ReactNode } from 'react';
import { Button, Group, Modal, Stack, Table, Tabs, Text } from '@mantine/core';
import { Permission, type CertificateDto, type TrainingDto } from '../../api';
import { toProblem } from '../../api/http';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PageTitle } from '../../components/PageTitle';
import { Pager } from '../../components/Pager';
import { ProblemAlert } from '../../components/ProblemAlert';
import { QueryState } from '../../components/QueryState';
import { formatDate } from '../../lib/format';
import { useUrlFilters } from '../../lib/urlFilters';
import { useCan } from '../auth/hooks';
import { PartnerSelect } from '../orders/OrdersPage';
import { CertificateBadge, paymentLabel, ResultBadge, validity } from './display';
import { useCertificates, useDeleteCertificate, useDeleteTraining, useTrainings } from './hooks';
import { CertificateForm, RecordResultForm, TrainingForm } from './TrainingForms';

type TrainingDialog = { kind: 'new' } | { kind: 'edit' | 'result' | 'delete'; training: TrainingDto };
type CertificateDialog = { kind: 'new' } | { kind: 'edit' | 'delete'; certificate: CertificateDto };

function Empty({ columns, children }: { columns: number; children: string }) {
  return (
    <Table.Tr>
      <Table.Td colSpan={columns}>
        <Text c="dimmed" size="sm">
          {children}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}

function Actions({ children }: { children: ReactNode }) {
  return (
    <Group gap={4} wrap="nowrap">
      {children}
    </Group>
  );
}

function TrainingsTab({ accountId, canWrite }: { accountId?: string; canWrite: boolean }) {
  const [page, setPage] = useState(1);
  const trainings = useTrainings(accountId, page);
  const remove = useDeleteTraining();
  const [dialog, setDialog] = useState<TrainingDialog | null>(null);
  const close = () => {
    setDialog(null);
    remove.reset();
  };
  const columns = canWrite ? 7 : 6;

  return (
    <Stack>
      {canWrite && (
        <Group justify="flex-end">
          <Button onClick={() => setDialog({ kind: 'new' })}>New training</Button>
        </Group>
      )}
      <QueryState query={trainings}>
        {(data) => (
          <>
            <Table.ScrollContainer minWidth={760}>
              <Table striped aria-label="Trainings">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Date</Table.Th>
                    <Table.Th>Course</Table.Th>
                    <Table.Th>Contact</Table.Th>
                    <Table.Th>Partner</Table.Th>
                    <Table.Th>Payment</Table.Th>
                    <Table.Th>Result</Table.Th>
                    {canWrite && <Table.Th>Actions</Table.Th>}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.length === 0 && <Empty columns={columns}>No trainings yet.</Empty>}
                  {data.items.map((t) => (
                    <Table.Tr key={t.id}>
                      <Table.Td>{formatDate(t.date)}</Table.Td>
                      <Table.Td>{t.course}</Table.Td>
                      <Table.Td>{t.contactName}</Table.Td>
                      <Table.Td>{t.accountName}</Table.Td>
                      <Table.Td>{paymentLabel(t.payment)}</Table.Td>
                      <Table.Td>
                        <ResultBadge result={t.result} />
                      </Table.Td>
                      {canWrite && (
                        <Table.Td>
                          <Actions>
                            <Button
                              size="xs"
                              variant="light"
                              onClick={() => setDialog({ kind: 'result', training: t })}
                            >
                              Record result
                            </Button>
                            <Button
                              size="xs"
                              variant="subtle"
                              aria-label={`Edit ${t.course} of ${t.contactName}`}
                              onClick={() => setDialog({ kind: 'edit', training: t })}
                            >
                              Edit
                            </Button>
                            <Button
                              size="xs"
                              variant="subtle"
                              color="red"
                              aria-label={`Delete ${t.course} of ${t.contactName}`}
                              onClick={() => setDialog({ kind: 'delete', training: t })}
                            >
                              Delete
                            </Button>
                          </Actions>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Pager
              page={data.page}
              pageSize={data.pageSize}
              totalCount={data.totalCount}
              onChange={setPage}
              onlyWhenPaged
            />
          </>
        )}
      </QueryState>
      <Modal
        opened={dialog !== null && dialog.kind !== 'delete'}
        onClose={close}
        title={dialog?.kind === 'new' ? 'New training' : dialog?.kind === 'result' ? 'Record result' : 'Edit training'}
      >
        {dialog?.kind === 'new' && <TrainingForm defaultAccountId={accountId} onDone={close} />}
        {dialog?.kind === 'edit' && <TrainingForm training={dialog.training} onDone={close} />}
        {dialog?.kind === 'result' && <RecordResultForm training={dialog.training} onDone={close} />}
      </Modal>
      <ConfirmDialog
        opened={dialog?.kind === 'delete'}
        title="Delete training"
        confirmLabel="Delete"
        color="red"
        loading={remove.isPending}
        onClose={close}
        onConfirm={() => dialog?.kind === 'delete' && remove.mutate(dialog.training.id, { onSuccess: close })}
      >
        <Stack gap="xs">
          <ProblemAlert problem={remove.error ? toProblem(remove.error) : null} />
          {dialog?.kind === 'delete' && (
            <Text>
              Delete the training "{dialog.training.course}" of {dialog.training.contactName}?
              {dialog.training.fundEntryId && ' The 1.00 it took from the certification fund is given back.'}
            </Text>
          )}
        </Stack>
      </ConfirmDialog>
    </Stack>
  );
}

function CertificatesTab({ accountId, canWrite }: { accountId?: string; canWrite: boolean }) {
  const [page, setPage] = useState(1);
  const certificates = useCertificates(accountId, page);
  const remove = useDeleteCertificate();
  const [dialog, setDialog] = useState<CertificateDialog | null>(null);
  const close = () => {
    setDialog(null);
    remove.reset();
  };
  const columns = canWrite ? 7 : 6;

  return (
    <Stack>
      {canWrite && (
        <Group justify="flex-end">
          <Button onClick={() => setDialog({ kind: 'new' })}>New certificate</Button>
        </Group>
      )}
      <QueryState query={certificates}>
        {(data) => (
          <>
            <Table.ScrollContainer minWidth={760}>
              <Table striped aria-label="Certificates">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Certificate</Table.Th>
                    <Table.Th>Number</Table.Th>
                    <Table.Th>Contact</Table.Th>
                    <Table.Th>Partner</Table.Th>
                    <Table.Th>Valid</Table.Th>
                    <Table.Th>Status</Table.Th>
                    {canWrite && <Table.Th>Actions</Table.Th>}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.length === 0 && <Empty columns={columns}>No certificates yet.</Empty>}
                  {data.items.map((c) => (
                    <Table.Tr key={c.id}>
                      <Table.Td>{c.name}</Table.Td>
                      <Table.Td>{c.number}</Table.Td>
                      <Table.Td>{c.contactName}</Table.Td>
                      <Table.Td>{c.accountName}</Table.Td>
                      <Table.Td>{validity(c.issuedOn, c.expiresOn)}</Table.Td>
                      <Table.Td>
                        <CertificateBadge status={c.status} />
                      </Table.Td>
                      {canWrite && (
                        <Table.Td>
                          <Actions>
                            <Button
                              size="xs"
                              variant="subtle"
                              aria-label={`Edit ${c.name} of ${c.contactName}`}
                              onClick={() => setDialog({ kind: 'edit', certificate: c })}
                            >
                              Edit
                            </Button>
                            <Button
                              size="xs"
                              variant="subtle"
                              color="red"
                              aria-label={`Delete ${c.name} of ${c.contactName}`}
                              onClick={() => setDialog({ kind: 'delete', certificate: c })}
                            >
                              Delete
                            </Button>
                          </Actions>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Pager
              page={data.page}
              pageSize={data.pageSize}
              totalCount={data.totalCount}
              onChange={setPage}
              onlyWhenPaged
            />
          </>
        )}
      </QueryState>
      <Modal
        opened={dialog !== null && dialog.kind !== 'delete'}
        onClose={close}
        title={dialog?.kind === 'new' ? 'New certificate' : 'Edit certificate'}
      >
        {dialog?.kind === 'new' && <CertificateForm defaultAccountId={accountId} onDone={close} />}
        {dialog?.kind === 'edit' && <CertificateForm certificate={dialog.certificate} onDone={close} />}
      </Modal>
      <ConfirmDialog
        opened={dialog?.kind === 'delete'}
        title="Delete certificate"
        confirmLabel="Delete"
        color="red"
        loading={remove.isPending}
        onClose={close}
        onConfirm={() => dialog?.kind === 'delete' && remove.mutate(dialog.certificate.id, { onSuccess: close })}
      >
        <Stack gap="xs">
          <ProblemAlert problem={remove.error ? toProblem(remove.error) : null} />
          {dialog?.kind === 'delete' && (
            <Text>
              Delete the certificate "{dialog.certificate.name}" of {dialog.certificate.contactName}?
            </Text>
          )}
        </Stack>
      </ConfirmDialog>
    </Stack>
  );
}

/** Back-office "Training" (W9): partners' trainings and certificates, filtered by partner; writers create, change, record and delete. */
export default function TrainingPage() {
  const [params, update] = useUrlFilters();
  const canWrite = useCan(Permission.PartnersWrite);
  const accountId = params.get('partner') || undefined;
  const tab = params.get('tab') === 'certificates' ? 'certificates' : 'trainings';

  return (
    <Stack>
      <PageTitle>Training</PageTitle>
      <Group align="flex-end">
        <PartnerSelect
          label="Partner"
          placeholder="All partners"
          value={accountId}
          onChange={(partner) => update({ partner })}
        />
      </Group>
      <Tabs
        value={tab}
        onChange={(value) => update({ tab: value === 'certificates' ? value : undefined })}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="trainings">Trainings</Tabs.Tab>
          <Tabs.Tab value="certificates">Certificates</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="trainings" pt="md">
          <TrainingsTab key={accountId ?? 'all'} accountId={accountId} canWrite={canWrite} />
        </Tabs.Panel>
        <Tabs.Panel value="certificates" pt="md">
          <CertificatesTab key={accountId ?? 'all'} accountId={accountId} canWrite={canWrite} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

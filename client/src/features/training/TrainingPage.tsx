import { useState, type ReactNode } from 'react';
import { Button, Group, Modal, Stack, Tabs, Text } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
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
import { CertificateBadge, paymentLabel, RecordTable, ResultBadge, validity } from './display';
import { useCertificates, useDeleteCertificate, useDeleteTraining, useTrainings } from './hooks';
import { CertificateForm, RecordResultForm, TrainingForm } from './TrainingForms';

type Dialog<T> = { kind: 'new' } | { kind: 'edit' | 'result' | 'delete'; record: T };

/** A tab's dialog state, and the deletion it may confirm (reset when the dialog closes). */
function useDialog<T>(remove: UseMutationResult<void, unknown, string>) {
  const [dialog, setDialog] = useState<Dialog<T> | null>(null);
  const close = () => {
    setDialog(null);
    remove.reset();
  };
  return { dialog, setDialog, close };
}

/** Asks before a deletion, saying what will happen; shows why it failed. */
function DeleteConfirm({
  title,
  remove,
  onClose,
  onConfirm,
  children,
}: {
  title: string;
  remove: UseMutationResult<void, unknown, string>;
  onClose: () => void;
  onConfirm: (() => void) | null;
  children: ReactNode;
}) {
  return (
    <ConfirmDialog
      opened={onConfirm !== null}
      title={title}
      confirmLabel="Delete"
      color="red"
      loading={remove.isPending}
      onClose={onClose}
      onConfirm={() => onConfirm?.()}
    >
      <Stack gap="xs">
        <ProblemAlert problem={remove.error ? toProblem(remove.error) : null} />
        <Text>{children}</Text>
      </Stack>
    </ConfirmDialog>
  );
}

function EditButtons({ name, onEdit, onDelete }: { name: string; onEdit: () => void; onDelete: () => void }) {
  return (
    <>
      <Button size="xs" variant="subtle" aria-label={`Edit ${name}`} onClick={onEdit}>
        Edit
      </Button>
      <Button size="xs" variant="subtle" color="red" aria-label={`Delete ${name}`} onClick={onDelete}>
        Delete
      </Button>
    </>
  );
}

function TrainingsTab({ accountId, canWrite }: { accountId?: string; canWrite: boolean }) {
  const [page, setPage] = useState(1);
  const trainings = useTrainings(accountId, page);
  const remove = useDeleteTraining();
  const { dialog, setDialog, close } = useDialog<TrainingDto>(remove);
  const deleting = dialog?.kind === 'delete' ? dialog.record : null;

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
            <RecordTable
              label="Trainings"
              headers={['Date', 'Course', 'Contact', 'Partner', 'Payment', 'Result', ...(canWrite ? ['Actions'] : [])]}
              items={data.items}
              empty="No trainings yet."
              cells={(t) => [
                formatDate(t.date),
                t.course,
                t.contactName,
                t.accountName,
                paymentLabel(t.payment),
                <ResultBadge result={t.result} />,
                ...(canWrite
                  ? [
                      <Group gap={4} wrap="nowrap">
                        <Button size="xs" variant="light" onClick={() => setDialog({ kind: 'result', record: t })}>
                          Record result
                        </Button>
                        <EditButtons
                          name={`${t.course} of ${t.contactName}`}
                          onEdit={() => setDialog({ kind: 'edit', record: t })}
                          onDelete={() => setDialog({ kind: 'delete', record: t })}
                        />
                      </Group>,
                    ]
                  : []),
              ]}
            />
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
        {dialog?.kind === 'edit' && <TrainingForm training={dialog.record} onDone={close} />}
        {dialog?.kind === 'result' && <RecordResultForm training={dialog.record} onDone={close} />}
      </Modal>
      <DeleteConfirm
        title="Delete training"
        remove={remove}
        onClose={close}
        onConfirm={deleting && (() => remove.mutate(deleting.id, { onSuccess: close }))}
      >
        Delete the training "{deleting?.course}" of {deleting?.contactName}?
        {deleting?.fundEntryId && ' The 1.00 it took from the certification fund is given back.'}
      </DeleteConfirm>
    </Stack>
  );
}

function CertificatesTab({ accountId, canWrite }: { accountId?: string; canWrite: boolean }) {
  const [page, setPage] = useState(1);
  const certificates = useCertificates(accountId, page);
  const remove = useDeleteCertificate();
  const { dialog, setDialog, close } = useDialog<CertificateDto>(remove);
  const deleting = dialog?.kind === 'delete' ? dialog.record : null;

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
            <RecordTable
              label="Certificates"
              headers={[
                'Certificate',
                'Number',
                'Contact',
                'Partner',
                'Valid',
                'Status',
                ...(canWrite ? ['Actions'] : []),
              ]}
              items={data.items}
              empty="No certificates yet."
              cells={(c) => [
                c.name,
                c.number,
                c.contactName,
                c.accountName,
                validity(c.issuedOn, c.expiresOn),
                <CertificateBadge status={c.status} />,
                ...(canWrite
                  ? [
                      <Group gap={4} wrap="nowrap">
                        <EditButtons
                          name={`${c.name} of ${c.contactName}`}
                          onEdit={() => setDialog({ kind: 'edit', record: c })}
                          onDelete={() => setDialog({ kind: 'delete', record: c })}
                        />
                      </Group>,
                    ]
                  : []),
              ]}
            />
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
        {dialog?.kind === 'edit' && <CertificateForm certificate={dialog.record} onDone={close} />}
      </Modal>
      <DeleteConfirm
        title="Delete certificate"
        remove={remove}
        onClose={close}
        onConfirm={deleting && (() => remove.mutate(deleting.id, { onSuccess: close }))}
      >
        Delete the certificate "{deleting?.name}" of {deleting?.contactName}?
      </DeleteConfirm>
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

import { useState, type FormEvent } from 'react';
import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { TrainingPayment, TrainingResult, type CertificateDto, type TrainingDto } from '../../api';
import { fieldError, toProblem } from '../../api/http';
import { ProblemAlert } from '../../components/ProblemAlert';
import { enumOptions, ISO_DATE_INPUT, optionalText, todayIso } from '../../lib/format';
import { useActionKey } from '../../lib/idempotency';
import { PartnerSelect } from '../orders/OrdersPage';
import {
  useCreateCertificate,
  useCreateTraining,
  usePartnerContacts,
  useRecordTrainingResult,
  useUpdateCertificate,
  useUpdateTraining,
} from './hooks';

export const PAYMENT_LABELS: Record<TrainingPayment, string> = {
  [TrainingPayment.Paid]: 'Paid',
  [TrainingPayment.NotPaid]: 'Free (certification fund)',
};

export const RESULT_LABELS: Record<TrainingResult, string> = {
  [TrainingResult.Passed]: 'Passed',
  [TrainingResult.Failed]: 'Failed',
};

const PAYMENT_OPTIONS = Object.values(TrainingPayment).map((value) => ({ value, label: PAYMENT_LABELS[value] }));

/** The partner (fixed once the record exists) and one of its contacts. */
function PartnerAndContact({
  accountId,
  onAccount,
  contactId,
  onContact,
  fixedPartner,
  error,
}: {
  accountId: string | undefined;
  onAccount: (value: string | undefined) => void;
  contactId: string | null;
  onContact: (value: string | null) => void;
  fixedPartner?: string;
  error?: string;
}) {
  const contacts = usePartnerContacts(accountId);
  return (
    <>
      {fixedPartner ? (
        <TextInput label="Partner" value={fixedPartner} disabled />
      ) : (
        <PartnerSelect
          label="Partner"
          placeholder="Choose a partner"
          value={accountId}
          onChange={(value) => {
            onAccount(value);
            onContact(null);
          }}
        />
      )}
      <Select
        label="Contact"
        withAsterisk
        placeholder={accountId ? 'Choose a contact' : 'Choose the partner first'}
        disabled={!accountId}
        searchable
        data={(contacts.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.name} (${c.email})` }))}
        value={contactId}
        onChange={onContact}
        nothingFoundMessage="The partner has no such contact"
        error={error}
      />
    </>
  );
}

function FormButtons({ onDone, pending, label }: { onDone: () => void; pending: boolean; label: string }) {
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onDone}>
        Cancel
      </Button>
      <Button type="submit" loading={pending}>
        {label}
      </Button>
    </Group>
  );
}

const TRAINING_FIELDS = ['accountId', 'contactId', 'course', 'date', 'payment'];

/** Creates a training (partner, contact, course, date, payment) or changes one (its partner is fixed). */
export function TrainingForm({
  training,
  defaultAccountId,
  onDone,
}: {
  training?: TrainingDto;
  defaultAccountId?: string;
  onDone: () => void;
}) {
  const create = useCreateTraining();
  const update = useUpdateTraining(training?.id ?? '');
  const mutation = training ? update : create;
  const [accountId, setAccountId] = useState(training?.accountId ?? defaultAccountId);
  const [contactId, setContactId] = useState<string | null>(training?.contactId ?? null);
  const [course, setCourse] = useState(training?.course ?? '');
  const [date, setDate] = useState(training?.date ?? todayIso());
  const [payment, setPayment] = useState<TrainingPayment>(training?.payment ?? TrainingPayment.Paid);
  const problem = mutation.error ? toProblem(mutation.error) : null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const body = { contactId: contactId ?? '', course: course.trim(), date: date.trim(), payment };
    if (training) update.mutate(body, { onSuccess: onDone });
    else create.mutate({ ...body, accountId: accountId ?? '' }, { onSuccess: onDone });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <ProblemAlert problem={problem} fields={TRAINING_FIELDS} />
        <PartnerAndContact
          accountId={accountId}
          onAccount={setAccountId}
          contactId={contactId}
          onContact={setContactId}
          fixedPartner={training?.accountName}
          error={fieldError(problem, 'contactId', 'accountId')}
        />
        <TextInput
          label="Course"
          withAsterisk
          maxLength={200}
          value={course}
          onChange={(e) => setCourse(e.currentTarget.value)}
          error={fieldError(problem, 'course')}
        />
        <TextInput
          label="Date"
          withAsterisk
          {...ISO_DATE_INPUT}
          value={date}
          onChange={(e) => setDate(e.currentTarget.value)}
          error={fieldError(problem, 'date')}
        />
        <Select
          label="Payment"
          description="A free training takes 1.00 from the partner's certification fund when its result is recorded."
          data={PAYMENT_OPTIONS}
          value={payment}
          onChange={(value) => value && setPayment(value as TrainingPayment)}
          allowDeselect={false}
          disabled={!!training?.fundEntryId}
          error={fieldError(problem, 'payment')}
        />
        <FormButtons onDone={onDone} pending={mutation.isPending} label={training ? 'Save' : 'Create'} />
      </Stack>
    </form>
  );
}

/**
 * Records a result. The first result of a free (unpaid) training debits 1.00 from the certification fund, so the form
 * holds ONE Idempotency-Key for its lifetime: a double submit pays once.
 */
export function RecordResultForm({ training, onDone }: { training: TrainingDto; onDone: () => void }) {
  const key = useActionKey();
  const record = useRecordTrainingResult(training.id, key);
  const [result, setResult] = useState<TrainingResult>(training.result ?? TrainingResult.Passed);
  const problem = record.error ? toProblem(record.error) : null;
  const debits = training.payment === TrainingPayment.NotPaid && !training.fundEntryId;

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        record.mutate(result, { onSuccess: onDone });
      }}
      noValidate
    >
      <Stack>
        <ProblemAlert problem={problem} fields={['result']} />
        <Text size="sm">
          {training.contactName}: {training.course} ({training.date})
        </Text>
        <Select
          label="Result"
          data={enumOptions(TrainingResult)}
          value={result}
          onChange={(value) => value && setResult(value as TrainingResult)}
          allowDeselect={false}
          error={fieldError(problem, 'result')}
        />
        {debits && (
          <Text size="sm" c="dimmed">
            This is a free training: recording its result takes 1.00 from the partner's certification fund.
          </Text>
        )}
        <FormButtons onDone={onDone} pending={record.isPending} label="Record result" />
      </Stack>
    </form>
  );
}

const CERTIFICATE_FIELDS = ['accountId', 'contactId', 'name', 'number', 'issuedOn', 'expiresOn', 'trainingId'];

/** Creates a certificate of a partner's contact or changes one (its partner is fixed). */
export function CertificateForm({
  certificate,
  defaultAccountId,
  onDone,
}: {
  certificate?: CertificateDto;
  defaultAccountId?: string;
  onDone: () => void;
}) {
  const create = useCreateCertificate();
  const update = useUpdateCertificate(certificate?.id ?? '');
  const mutation = certificate ? update : create;
  const [accountId, setAccountId] = useState(certificate?.accountId ?? defaultAccountId);
  const [contactId, setContactId] = useState<string | null>(certificate?.contactId ?? null);
  const [name, setName] = useState(certificate?.name ?? '');
  const [number, setNumber] = useState(certificate?.number ?? '');
  const [issuedOn, setIssuedOn] = useState(certificate?.issuedOn ?? todayIso());
  const [expiresOn, setExpiresOn] = useState(certificate?.expiresOn ?? '');
  const problem = mutation.error ? toProblem(mutation.error) : null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const body = {
      contactId: contactId ?? '',
      name: name.trim(),
      number: optionalText(number),
      issuedOn: issuedOn.trim(),
      expiresOn: optionalText(expiresOn),
      // The training it came from is the contact's; a certificate moved to another contact leaves it.
      trainingId: contactId === certificate?.contactId ? certificate?.trainingId : undefined,
    };
    if (certificate) update.mutate(body, { onSuccess: onDone });
    else create.mutate({ ...body, accountId: accountId ?? '' }, { onSuccess: onDone });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <ProblemAlert problem={problem} fields={CERTIFICATE_FIELDS} />
        <PartnerAndContact
          accountId={accountId}
          onAccount={setAccountId}
          contactId={contactId}
          onContact={setContactId}
          fixedPartner={certificate?.accountName}
          error={fieldError(problem, 'contactId', 'accountId')}
        />
        <TextInput
          label="Certificate"
          withAsterisk
          maxLength={200}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={fieldError(problem, 'name')}
        />
        <TextInput
          label="Number"
          maxLength={100}
          value={number}
          onChange={(e) => setNumber(e.currentTarget.value)}
          error={fieldError(problem, 'number')}
        />
        <Group grow align="flex-start">
          <TextInput
            label="Issued on"
            withAsterisk
            {...ISO_DATE_INPUT}
            value={issuedOn}
            onChange={(e) => setIssuedOn(e.currentTarget.value)}
            error={fieldError(problem, 'issuedOn')}
          />
          <TextInput
            label="Expires on"
            description="Empty: never expires"
            {...ISO_DATE_INPUT}
            value={expiresOn}
            onChange={(e) => setExpiresOn(e.currentTarget.value)}
            error={fieldError(problem, 'expiresOn')}
          />
        </Group>
        <FormButtons onDone={onDone} pending={mutation.isPending} label={certificate ? 'Save' : 'Create'} />
      </Stack>
    </form>
  );
}

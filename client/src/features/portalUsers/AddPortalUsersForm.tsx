import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Group, MultiSelect, Stack, Text, Textarea } from '@mantine/core';
import type { PortalUserDto } from '../../api';
import { toProblem, type Problem } from '../../api/http';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useAddMyOrganizationUsers } from '../portal/hooks';
import { useAddPortalUsers, useContacts } from './hooks';

/** E-mails typed one per line (commas, semicolons and spaces also separate them), without duplicates. */
export function parseEmails(text: string): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const part of text.split(/[\s,;]+/)) {
    const email = part.trim();
    if (!email || seen.has(email.toLowerCase())) continue;
    seen.add(email.toLowerCase());
    result.push(email);
  }
  return result;
}

/** Errors of a list field: "emails" itself and its items ("emails[2]"). */
function listFieldErrors(problem: Problem | null, field: string): { keys: string[]; message?: string } {
  if (!problem) return { keys: [] };
  const keys = Object.keys(problem.fieldErrors).filter((key) => key === field || key.startsWith(`${field}[`));
  const messages = keys.flatMap((key) => problem.fieldErrors[key] ?? []);
  return { keys, message: messages.length ? messages.join(' ') : undefined };
}

interface AddPortalUsersFormProps {
  /**
   * Back-office: the organization to add to and its account, whose contacts can be picked.
   * Without it the users join the signed-in organization admin's own organization.
   */
  organization?: { id: string; accountId: string };
  /** Portal: the organization's e-mail domain, the only one its admins can add users at. */
  emailDomain?: string;
  onDone: (added?: PortalUserDto[]) => void;
}

export function AddPortalUsersForm({ organization, emailDomain, onDone }: AddPortalUsersFormProps) {
  const backOffice = !!organization;
  const addToOrganization = useAddPortalUsers(organization?.id ?? '');
  const addToMine = useAddMyOrganizationUsers();
  const add = backOffice ? addToOrganization : addToMine;
  const contacts = useContacts(organization?.accountId);
  const [contactIds, setContactIds] = useState<string[]>([]);
  const [emailsText, setEmailsText] = useState('');
  const [makeAdmins, setMakeAdmins] = useState(false);
  const [sendInvitations, setSendInvitations] = useState(true);
  const [localError, setLocalError] = useState<string>();

  const problem = add.error ? toProblem(add.error) : null;
  const emailErrors = listFieldErrors(problem, 'emails');
  const contactErrors = listFieldErrors(problem, 'contactIds');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const emails = parseEmails(emailsText);
    if (emails.length === 0 && contactIds.length === 0) {
      setLocalError(
        backOffice ? 'Pick a contact or enter at least one e-mail address.' : 'Enter at least one e-mail address.',
      );
      return;
    }
    setLocalError(undefined);
    const options = { onSuccess: (added: PortalUserDto[]) => onDone(added ?? []) };
    if (backOffice) {
      addToOrganization.mutate(
        {
          contactIds: contactIds.length ? contactIds : undefined,
          emails: emails.length ? emails : undefined,
          makeAdmins,
          sendInvitations,
        },
        options,
      );
    } else {
      addToMine.mutate({ emails, makeAdmins }, options);
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <ProblemAlert problem={problem} fields={[...emailErrors.keys, ...contactErrors.keys]} />
        {backOffice && (
          <MultiSelect
            label="Contacts"
            placeholder={contactIds.length ? undefined : 'Pick contacts of the partner'}
            description="Contacts who already have portal access cannot be picked."
            searchable
            clearable
            data={(contacts.data?.items ?? []).map((c) => ({
              value: c.id,
              label: `${c.name} (${c.email})`,
              disabled: c.hasPortalUser,
            }))}
            value={contactIds}
            onChange={setContactIds}
            nothingFoundMessage={contacts.isPending ? 'Loading…' : 'No contacts'}
            error={contactErrors.message}
          />
        )}
        <Textarea
          label="E-mail addresses"
          description={emailDomain ? `One per line, at ${emailDomain}` : 'One per line'}
          placeholder={`anna@${emailDomain ?? 'partner.example'}\nben@${emailDomain ?? 'partner.example'}`}
          autosize
          minRows={3}
          maxRows={10}
          value={emailsText}
          onChange={(e) => setEmailsText(e.currentTarget.value)}
          error={localError ?? emailErrors.message}
          data-autofocus
        />
        <Checkbox
          label="Make them organization admins"
          checked={makeAdmins}
          onChange={(e) => setMakeAdmins(e.currentTarget.checked)}
        />
        {backOffice ? (
          <Checkbox
            label="Send invitations"
            description="E-mail each new user a link to set a password."
            checked={sendInvitations}
            onChange={(e) => setSendInvitations(e.currentTarget.checked)}
          />
        ) : (
          <Text size="sm" c="dimmed">
            Each new user receives an invitation e-mail with a link to set a password.
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onDone()}>
            Cancel
          </Button>
          <Button type="submit" loading={add.isPending}>
            Add users
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { useState, type FormEvent } from 'react';
import { Button, Group, Stack, TextInput } from '@mantine/core';
import { fieldError, toProblem } from '../../api/http';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useCreateContact } from './hooks';

interface ContactFormProps {
  accountId: string;
  onDone: () => void;
}

/** Records a person at the partner account, who can then be picked as a portal user. */
export function ContactForm({ accountId, onDone }: ContactFormProps) {
  const create = useCreateContact(accountId);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const problem = create.error ? toProblem(create.error) : null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ name: name.trim(), email: email.trim() }, { onSuccess: onDone });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <ProblemAlert problem={problem} fields={['name', 'email']} />
        <TextInput
          label="Name"
          withAsterisk
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={fieldError(problem, 'name')}
          data-autofocus
        />
        <TextInput
          label="E-mail"
          withAsterisk
          type="email"
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={fieldError(problem, 'email')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            Add contact
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

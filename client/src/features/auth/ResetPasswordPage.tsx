import { useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { Alert, Anchor, Button, Center, Paper, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { ProblemCode } from '../../api';
import { fieldError, toProblem } from '../../api/http';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useResetPassword } from './hooks';
import { PASSWORD_RULES } from './passwordRules';

/** Landing page of the password-reset e-mail's link: sets a new password (the link works once). */
export default function ResetPasswordPage() {
  const { token = '' } = useParams();
  const [search] = useSearchParams();
  const email = search.get('email') ?? '';
  const reset = useResetPassword();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const problem = reset.error ? toProblem(reset.error) : null;
  const error = (field: string) => localErrors[field] ?? fieldError(problem, field);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const errors: Record<string, string> = {};
    if (!password) errors.newPassword = 'Enter a new password.';
    else if (confirm !== password) errors.confirm = 'The passwords do not match.';
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0) {
      reset.reset();
      return;
    }
    reset.mutate({ email, token, newPassword: password });
  };

  let content;
  if (reset.isSuccess) {
    content = (
      <Stack>
        <Title order={2}>Your password is set</Title>
        <Alert color="green" variant="light" role="status">
          Sign in with {email} and your new password. Every other session of yours has been signed out.
        </Alert>
        <Anchor component={Link} to="/login">
          Go to the sign-in page
        </Anchor>
      </Stack>
    );
  } else if (problem?.code === ProblemCode.PasswordResetInvalid) {
    content = (
      <Stack>
        <Title order={2}>This link is not valid</Title>
        <Alert color="yellow" variant="light" role="alert">
          {problem.detail ?? 'The link was used already or has expired.'}
        </Alert>
        <Anchor component={Link} to="/forgot-password">
          Ask for a new link
        </Anchor>
      </Stack>
    );
  } else {
    content = (
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <Title order={2}>Set a new password</Title>
          <ProblemAlert problem={problem} fields={['newPassword']} />
          <TextInput label="E-mail" value={email} readOnly variant="filled" autoComplete="username" />
          <PasswordInput
            label="New password"
            description={PASSWORD_RULES}
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={error('newPassword')}
            autoFocus
          />
          <PasswordInput
            label="Confirm new password"
            autoComplete="new-password"
            value={confirm}
            onChange={(e) => setConfirm(e.currentTarget.value)}
            error={error('confirm')}
          />
          <Button type="submit" loading={reset.isPending}>
            Set password
          </Button>
        </Stack>
      </form>
    );
  }

  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" radius="md" w={420}>
        {content}
      </Paper>
    </Center>
  );
}

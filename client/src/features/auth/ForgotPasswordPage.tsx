import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Alert, Anchor, Button, Center, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { fieldError, toProblem } from '../../api/http';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useRequestPasswordReset } from './hooks';

/** Asks for a password-reset e-mail. The answer never says whether the address has a login. */
export default function ForgotPasswordPage() {
  const request = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  const [localError, setLocalError] = useState<string>();
  const problem = request.error ? toProblem(request.error) : null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!email.trim()) {
      setLocalError('Enter your e-mail.');
      return;
    }
    setLocalError(undefined);
    request.mutate({ email: email.trim() });
  };

  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" radius="md" w={420}>
        {request.isSuccess ? (
          <Stack>
            <Title order={2}>Check your e-mail</Title>
            <Alert color="blue" variant="light" role="status">
              If {email.trim()} has a login, we have sent it a link to set a new password. The link works once and
              expires in 2 hours.
            </Alert>
            <Anchor component={Link} to="/login">
              Back to sign-in
            </Anchor>
          </Stack>
        ) : (
          <form onSubmit={onSubmit} noValidate>
            <Stack>
              <Title order={2}>Forgot your password?</Title>
              <Text c="dimmed">Enter the e-mail you sign in with; we send you a link to set a new password.</Text>
              <ProblemAlert problem={problem} fields={['email']} />
              <TextInput
                label="Email"
                type="email"
                autoComplete="username"
                value={email}
                onChange={(e) => setEmail(e.currentTarget.value)}
                error={localError ?? fieldError(problem, 'email')}
                autoFocus
              />
              <Button type="submit" loading={request.isPending}>
                Send the link
              </Button>
              <Anchor component={Link} to="/login" size="sm">
                Back to sign-in
              </Anchor>
            </Stack>
          </form>
        )}
      </Paper>
    </Center>
  );
}

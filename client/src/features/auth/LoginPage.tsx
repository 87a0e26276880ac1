import { useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { Alert, Anchor, Button, Center, Loader, Paper, PasswordInput, Stack, TextInput } from '@mantine/core';
import { fieldError, toProblem } from '../../api/http';
import { ProblemAlert } from '../../components/ProblemAlert';
import { landingPath } from './access';
import { useCurrentUser, useLogin } from './hooks';
import { PageTitle } from '../../components/PageTitle';

interface FromState {
  from?: { pathname?: string; search?: string; hash?: string };
}

function returnPath(state: unknown): string {
  const from = (state as FromState | null)?.from;
  if (!from?.pathname || from.pathname === '/login') return '/';
  return `${from.pathname}${from.search ?? ''}${from.hash ?? ''}`;
}

export default function LoginPage() {
  const location = useLocation();
  const currentUser = useCurrentUser();
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  if (currentUser.isPending) {
    return (
      <Center h="100vh">
        <Loader aria-label="Loading" />
      </Center>
    );
  }
  if (currentUser.data) {
    // Back where the user was, unless that belongs to the other layout (portal vs back-office).
    return <Navigate to={landingPath(currentUser.data, returnPath(location.state))} replace />;
  }

  const problem = login.error ? toProblem(login.error) : null;
  const invalidCredentials = problem?.code === 'invalid_credentials';

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    // On success the current user is set and the <Navigate> above takes the user back.
    login.mutate({ email: email.trim(), password });
  };

  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" radius="md" w={380}>
        <form onSubmit={onSubmit} noValidate>
          <Stack>
            <PageTitle title="Sign in">PartnerPortal</PageTitle>
            {invalidCredentials ? (
              <Alert color="red" variant="light" title="Sign-in failed" role="alert">
                {problem?.detail ?? 'The email or password is incorrect.'}
              </Alert>
            ) : (
              <ProblemAlert problem={problem} fields={['email', 'password']} />
            )}
            <TextInput
              label="Email"
              type="email"
              autoComplete="username"
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={fieldError(problem, 'email')}
              autoFocus
            />
            <PasswordInput
              label="Password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={fieldError(problem, 'password')}
            />
            <Button type="submit" loading={login.isPending}>
              Sign in
            </Button>
            <Anchor component={Link} to="/forgot-password" size="sm" ta="center">
              Forgot password?
            </Anchor>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}

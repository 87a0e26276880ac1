import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert, Anchor, Button, Center, Loader, Paper, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { InvitationLinkStatus, type InvitationDto } from '../../api';
import { fieldError, toProblem } from '../../api/http';
import { ProblemAlert } from '../../components/ProblemAlert';
import { optionalText } from '../../lib/format';
import { useCurrentUser } from '../auth/hooks';
import { PASSWORD_RULES } from '../auth/passwordRules';
import { useAcceptInvitation, useInvitation } from './hooks';
import { PageTitle } from '../../components/PageTitle';

type Outcome = 'expired' | 'used' | 'unknown';

const MESSAGES: Record<Outcome, { title: string; text: string }> = {
  expired: {
    title: 'This invitation has expired',
    text: "Invitation links work for a limited time. Ask your organization's administrator or your partner manager to send you a new invitation.",
  },
  used: {
    title: 'This invitation has already been used',
    text: 'Each invitation link works once. If you have set your password, sign in with your e-mail address and that password.',
  },
  unknown: {
    title: 'This invitation link is not valid',
    text: 'Check that you opened the complete link from the invitation e-mail, or ask for a new invitation.',
  },
};

function Frame({ children }: { children: ReactNode }) {
  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" radius="md" w={420}>
        {children}
      </Paper>
    </Center>
  );
}

function InvitationMessage({ outcome }: { outcome: Outcome }) {
  const message = MESSAGES[outcome];
  return (
    <Frame>
      <Stack data-testid={`invitation-${outcome}`}>
        <PageTitle>{message.title}</PageTitle>
        <Text>{message.text}</Text>
        <Anchor component={Link} to="/login">
          Go to the sign-in page
        </Anchor>
      </Stack>
    </Frame>
  );
}

function AcceptForm({ token, invitation }: { token: string; invitation: InvitationDto }) {
  const navigate = useNavigate();
  const { data: signedInUser } = useCurrentUser();
  const accept = useAcceptInvitation(token);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});

  const problem = accept.error ? toProblem(accept.error) : null;
  if (problem?.code === 'invitation_expired') return <InvitationMessage outcome="expired" />;
  if (problem?.code === 'invitation_used') return <InvitationMessage outcome="used" />;
  const error = (field: string) => localErrors[field] ?? fieldError(problem, field);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const errors: Record<string, string> = {};
    if (!password) errors.password = 'Enter a password.';
    else if (confirm !== password) errors.confirm = 'The passwords do not match.';
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0) {
      accept.reset();
      return;
    }
    accept.mutate(
      { password, displayName: optionalText(displayName) },
      { onSuccess: () => navigate('/portal', { replace: true }) },
    );
  };

  return (
    <Frame>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <div>
            <PageTitle>Welcome to PartnerPortal</PageTitle>
            <Text c="dimmed">
              You are invited to the partner portal of <b>{invitation.organizationName}</b>.
            </Text>
          </div>
          {signedInUser && signedInUser.email.toLowerCase() !== invitation.email.toLowerCase() && (
            <Alert color="yellow" variant="light">
              You are signed in as {signedInUser.email}. Setting the password signs you in as {invitation.email}{' '}
              instead.
            </Alert>
          )}
          <ProblemAlert problem={problem} fields={['password', 'displayName']} />
          <TextInput label="E-mail" value={invitation.email} readOnly variant="filled" autoComplete="username" />
          <PasswordInput
            label="Password"
            description={PASSWORD_RULES}
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={error('password')}
            autoFocus
          />
          <PasswordInput
            label="Confirm password"
            autoComplete="new-password"
            value={confirm}
            onChange={(e) => setConfirm(e.currentTarget.value)}
            error={error('confirm')}
          />
          <TextInput
            label="Display name"
            description="Optional: how your name is shown"
            autoComplete="name"
            value={displayName}
            onChange={(e) => setDisplayName(e.currentTarget.value)}
            error={error('displayName')}
          />
          <Button type="submit" loading={accept.isPending}>
            Set password and sign in
          </Button>
        </Stack>
      </form>
    </Frame>
  );
}

/** Landing page of the invitation e-mail's link: set a password, or learn why the link no longer works. */
export default function InvitationPage() {
  const { token = '' } = useParams();
  const invitation = useInvitation(token);

  if (invitation.isPending) {
    return (
      <Center h="100vh">
        <Loader aria-label="Loading" />
      </Center>
    );
  }
  if (invitation.error) {
    const problem = toProblem(invitation.error);
    if (problem.status === 404) return <InvitationMessage outcome="unknown" />;
    return (
      <Frame>
        <Stack>
          <ProblemAlert problem={problem} />
          <Anchor component={Link} to="/login">
            Go to the sign-in page
          </Anchor>
        </Stack>
      </Frame>
    );
  }
  const { status } = invitation.data;
  if (status === InvitationLinkStatus.Expired) return <InvitationMessage outcome="expired" />;
  if (status === InvitationLinkStatus.Used) return <InvitationMessage outcome="used" />;
  return <AcceptForm token={token} invitation={invitation.data} />;
}

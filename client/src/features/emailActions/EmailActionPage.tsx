import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { Anchor, Button, Center, Loader, Paper, Stack, Text, Textarea } from '@mantine/core';
import { EmailAction, EmailActionState, type EmailActionDto } from '../../api';
import { fieldError, toProblem } from '../../api/http';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDateTime } from '../../lib/format';
import { useEmailAction, usePerformEmailAction } from './hooks';

function Frame({ children }: { children: ReactNode }) {
  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" radius="md" w={460} maw="100%">
        {children}
      </Paper>
    </Center>
  );
}

const ENDED: Record<Exclude<EmailActionState, EmailActionState.Ready>, { title: string; text: string }> = {
  [EmailActionState.Used]: {
    title: 'This link has already been used',
    text: 'Each link in the e-mail works once. Nothing was changed now.',
  },
  [EmailActionState.Expired]: {
    title: 'This link has expired',
    text: 'The links work until the offer’s deadline. Nothing was changed.',
  },
  [EmailActionState.Closed]: {
    title: 'This offer has already been answered',
    text: 'Someone answered the offer, or it ended. Nothing was changed.',
  },
};

/**
 * The page an offer e-mail's Accept or Decline link opens (section 6 item 6): it says what the link will do and does
 * it on one click (Decline asks for the reason), without signing in. A used or expired link, or an offer already
 * answered, says so and changes nothing.
 */
export default function EmailActionPage() {
  const { token } = useParams();
  const query = useEmailAction(token);

  if (query.isPending) {
    return (
      <Frame>
        <Center>
          <Loader aria-label="Loading" />
        </Center>
      </Frame>
    );
  }
  if (query.error || !token) {
    const problem = query.error ? toProblem(query.error) : null;
    return (
      <Frame>
        <Stack data-testid="email-action-invalid">
          <PageTitle>This link is not valid</PageTitle>
          {problem && problem.status !== 404 ? (
            <ProblemAlert problem={problem} onRetry={() => void query.refetch()} retrying={query.isFetching} />
          ) : (
            <Text>Check that you opened the complete link from the e-mail. Nothing was changed.</Text>
          )}
          <PortalLink />
        </Stack>
      </Frame>
    );
  }
  return <Frame>{<Action token={token} action={query.data} />}</Frame>;
}

function Action({ token, action }: { token: string; action: EmailActionDto }) {
  const perform = usePerformEmailAction(token);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const accept = action.action === EmailAction.AcceptLeadOffer;

  if (perform.isSuccess) {
    return (
      <Stack data-testid="email-action-done">
        <PageTitle>{accept ? 'You accepted the lead' : 'You declined the lead'}</PageTitle>
        <Text>
          {accept ? (
            <>
              Your organization now holds the lead <b>{action.customer}</b>. Its details are on the portal.
            </>
          ) : (
            <>
              The lead <b>{action.customer}</b> will be offered to another partner. Thank you for telling us why.
            </>
          )}
        </Text>
        {accept ? (
          <Button component={Link} to={`/portal/leads/${action.leadId}`} w="fit-content">
            Open the lead on the portal
          </Button>
        ) : (
          <PortalLink />
        )}
      </Stack>
    );
  }

  if (action.state !== EmailActionState.Ready) {
    const ended = ENDED[action.state];
    return (
      <Stack data-testid={`email-action-${action.state.toLowerCase()}`}>
        <PageTitle>{ended.title}</PageTitle>
        <Text>
          {ended.text} The lead: <b>{action.customer}</b>.
        </Text>
        <PortalLink />
      </Stack>
    );
  }

  const problem = perform.error ? toProblem(perform.error) : null;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!accept && !reason.trim()) {
      setReasonError('Tell us why you decline the lead.');
      return;
    }
    setReasonError(null);
    perform.mutate(accept ? undefined : reason.trim());
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack data-testid="email-action-ready">
        <PageTitle>{accept ? `Accept the lead ${action.customer}?` : `Decline the lead ${action.customer}?`}</PageTitle>
        <Text>
          {action.recipientName ? `${action.recipientName}, the` : 'The'} offer waits for your answer until{' '}
          <b>{formatDateTime(action.deadline)}</b>.{' '}
          {accept
            ? 'Accepting makes your organization the lead’s holder.'
            : 'Declining passes it to another partner; you will no longer see it.'}
        </Text>
        <ProblemAlert problem={problem} fields={['reason']} />
        {!accept && (
          <Textarea
            label="Why do you decline?"
            required
            autosize
            minRows={3}
            maxLength={1000}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={reasonError ?? fieldError(problem, 'reason')}
            autoFocus
          />
        )}
        <Button type="submit" loading={perform.isPending} color={accept ? undefined : 'red'} w="fit-content">
          {accept ? 'Accept the lead' : 'Decline the lead'}
        </Button>
        {problem?.status === 409 && <Text c="dimmed">Nothing was changed.</Text>}
      </Stack>
    </form>
  );
}

function PortalLink() {
  return (
    <Anchor component={Link} to="/portal/leads">
      Go to your leads on the portal
    </Anchor>
  );
}

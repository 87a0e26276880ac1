import { Alert, Button, List } from '@mantine/core';
import { isTransient, type Problem } from '../api/http';
import { humanize } from '../lib/format';
import { describeProblem } from '../lib/problems';

interface ProblemAlertProps {
  problem: Problem | null | undefined;
  /** Fields whose errors are shown under their inputs; other field errors are listed here. */
  fields?: string[];
  /** Offered as "Try again" when the problem may go away (no answer from the server, a server failure). */
  onRetry?: () => void;
  retrying?: boolean;
}

/**
 * Shows an API error that is not tied to a visible input: 403/404/409/422 and the like,
 * with the ProblemDetails `detail` text (known codes such as `no_free_seat` get a clearer title).
 */
export function ProblemAlert({ problem, fields = [], onRetry, retrying }: ProblemAlertProps) {
  if (!problem) return null;
  const entries = Object.entries(problem.fieldErrors);
  const handled = entries.filter(([field]) => fields.includes(field));
  const unhandled = entries.filter(([field]) => !fields.includes(field));
  if (handled.length > 0 && unhandled.length === 0) return null;
  const { title, detail } = describeProblem(problem);
  // A validation problem's detail repeats its field messages: show them once, in the list.
  const shownDetail = detail && detail !== title && entries.length === 0 ? detail : null;

  return (
    <Alert color="red" variant="light" title={title} role="alert">
      {shownDetail}
      {unhandled.length > 0 && (
        <List size="sm" mt={shownDetail ? 'xs' : 0}>
          {unhandled.map(([field, messages]) => (
            <List.Item key={field}>
              {field && !messages.some((m) => m.toLowerCase().includes(humanize(field).toLowerCase()))
                ? `${humanize(field)}: `
                : ''}
              {messages.join(' ')}
            </List.Item>
          ))}
        </List>
      )}
      {onRetry && isTransient(problem) && (
        <Button mt="sm" size="xs" variant="default" onClick={onRetry} loading={retrying}>
          Try again
        </Button>
      )}
    </Alert>
  );
}

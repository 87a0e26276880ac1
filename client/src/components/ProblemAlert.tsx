import { Alert, List } from '@mantine/core';
import type { Problem } from '../api/http';
import { humanize } from '../lib/format';
import { describeProblem } from '../lib/problems';

interface ProblemAlertProps {
  problem: Problem | null | undefined;
  /** Fields whose errors are shown under their inputs; other field errors are listed here. */
  fields?: string[];
}

/**
 * Shows an API error that is not tied to a visible input: 403/404/409/422 and the like,
 * with the ProblemDetails `detail` text (known codes such as `no_free_seat` get a clearer title).
 */
export function ProblemAlert({ problem, fields = [] }: ProblemAlertProps) {
  if (!problem) return null;
  const entries = Object.entries(problem.fieldErrors);
  const handled = entries.filter(([field]) => fields.includes(field));
  const unhandled = entries.filter(([field]) => !fields.includes(field));
  if (handled.length > 0 && unhandled.length === 0) return null;
  const { title, detail } = describeProblem(problem);

  return (
    <Alert color="red" variant="light" title={title} role="alert">
      {detail && detail !== title ? detail : null}
      {unhandled.length > 0 && (
        <List size="sm" mt={detail ? 'xs' : 0}>
          {unhandled.map(([field, messages]) => (
            <List.Item key={field}>
              {field ? `${humanize(field)}: ` : ''}
              {messages.join(' ')}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}

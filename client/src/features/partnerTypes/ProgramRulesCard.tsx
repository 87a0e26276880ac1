import { useState, type FormEvent } from 'react';
import { Alert, Button, Card, Group, NumberInput, Stack, Switch, Text, Title } from '@mantine/core';
import { Permission, type ProgramSettingsDto } from '../../api';
import { fieldError, toProblem } from '../../api/http';
import { ProblemAlert } from '../../components/ProblemAlert';
import { QueryState } from '../../components/QueryState';
import { toNumber } from '../../lib/format';
import { useCan } from '../auth/hooks';
import { useProgramSettings, useUpdateProgramSettings } from './hooks';

const MAX_GRACE_DAYS = 365;
const FIELDS = ['resetProgressOnPromotion', 'renewalGraceDays'];

function ProgramRulesForm({ settings, canWrite }: { settings: ProgramSettingsDto; canWrite: boolean }) {
  const update = useUpdateProgramSettings();
  const [reset, setReset] = useState(settings.resetProgressOnPromotion);
  const [graceDays, setGraceDays] = useState<number | string>(settings.renewalGraceDays);
  const [localError, setLocalError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const problem = update.error ? toProblem(update.error) : null;
  const changed = reset !== settings.resetProgressOnPromotion || toNumber(graceDays) !== settings.renewalGraceDays;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const days = toNumber(graceDays);
    if (days === undefined || !Number.isInteger(days) || days < 0 || days > MAX_GRACE_DAYS) {
      setLocalError(`Enter a whole number of days from 0 to ${MAX_GRACE_DAYS}.`);
      return;
    }
    setLocalError(undefined);
    setSaved(false);
    update.mutate({ resetProgressOnPromotion: reset, renewalGraceDays: days }, { onSuccess: () => setSaved(true) });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <ProblemAlert problem={problem} fields={FIELDS} />
        <Switch
          label="Progress restarts at promotion (D2)"
          description="On: after a promotion only records from the promotion on count toward the new level. Off: the whole period counts."
          checked={reset}
          disabled={!canWrite}
          onChange={(e) => {
            setReset(e.currentTarget.checked);
            setSaved(false);
          }}
        />
        <NumberInput
          label="Renewal grace days"
          description="Days after a period's end whose records still count for the renewal proposal (D4)."
          min={0}
          max={MAX_GRACE_DAYS}
          allowDecimal={false}
          allowNegative={false}
          w={220}
          value={graceDays}
          readOnly={!canWrite}
          onChange={(value) => {
            setGraceDays(value);
            setSaved(false);
          }}
          error={localError ?? fieldError(problem, 'renewalGraceDays')}
        />
        {saved && (
          <Alert color="green" variant="light" role="status">
            Saved. The rules apply from the next evaluation on.
          </Alert>
        )}
        {canWrite && (
          <Group>
            <Button type="submit" disabled={!changed} loading={update.isPending}>
              Save rules
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}

/** The program's rules (D2, D4): administrators edit them, other program readers see them. */
export function ProgramRulesCard() {
  const settings = useProgramSettings();
  const canWrite = useCan(Permission.ProgramWrite);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="program-rules-title">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h3" id="program-rules-title">
            Program rules
          </Title>
          {!canWrite && (
            <Text size="sm" c="dimmed">
              Administrators change these rules.
            </Text>
          )}
        </div>
        <QueryState query={settings}>{(s) => <ProgramRulesForm settings={s} canWrite={canWrite} />}</QueryState>
      </Stack>
    </Card>
  );
}

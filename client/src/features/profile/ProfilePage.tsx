import { useState, type FormEvent } from 'react';
import { Button, Card, Group, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import type { CurrentUserDto } from '../../api';
import { fieldError, toProblem } from '../../api/http';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useChangePassword, useCurrentUser, useUpdateProfile } from '../auth/hooks';
import { PASSWORD_RULES } from '../auth/passwordRules';
import { PageTitle } from '../../components/PageTitle';

function Saved({ children }: { children: string }) {
  return (
    <Text size="sm" c="green.8" role="status">
      {children}
    </Text>
  );
}

function DisplayNameForm({ user }: { user: CurrentUserDto }) {
  const update = useUpdateProfile();
  const [displayName, setDisplayName] = useState(user.displayName ?? '');
  const problem = update.error ? toProblem(update.error) : null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ displayName: displayName.trim() });
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="profile-title">
      <Stack>
        <Title order={2} id="profile-title">
          Profile
        </Title>
        <ProblemAlert problem={problem} fields={['displayName']} />
        <TextInput label="E-mail" value={user.email} readOnly variant="filled" />
        <TextInput
          label="Display name"
          value={displayName}
          onChange={(e) => {
            setDisplayName(e.currentTarget.value);
            if (update.isSuccess) update.reset();
          }}
          error={fieldError(problem, 'displayName')}
        />
        <Group justify="space-between">
          {update.isSuccess ? <Saved>Your profile is saved.</Saved> : <span />}
          <Button type="submit" loading={update.isPending}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ChangePasswordForm() {
  const change = useChangePassword();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const problem = change.error ? toProblem(change.error) : null;
  const error = (field: string) => localErrors[field] ?? fieldError(problem, field);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const errors: Record<string, string> = {};
    if (!currentPassword) errors.currentPassword = 'Enter your current password.';
    if (!newPassword) errors.newPassword = 'Enter a new password.';
    if (newPassword && confirm !== newPassword) errors.confirm = 'The passwords do not match.';
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0) {
      change.reset();
      return;
    }
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          setCurrentPassword('');
          setNewPassword('');
          setConfirm('');
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="password-title">
      <Stack>
        <Title order={2} id="password-title">
          Change password
        </Title>
        <ProblemAlert problem={problem} fields={['currentPassword', 'newPassword']} />
        <PasswordInput
          label="Current password"
          autoComplete="current-password"
          value={currentPassword}
          onChange={(e) => setCurrentPassword(e.currentTarget.value)}
          error={error('currentPassword')}
        />
        <PasswordInput
          label="New password"
          description={PASSWORD_RULES}
          autoComplete="new-password"
          value={newPassword}
          onChange={(e) => setNewPassword(e.currentTarget.value)}
          error={error('newPassword')}
        />
        <PasswordInput
          label="Confirm new password"
          autoComplete="new-password"
          value={confirm}
          onChange={(e) => setConfirm(e.currentTarget.value)}
          error={error('confirm')}
        />
        <Group justify="space-between">
          {change.isSuccess ? <Saved>Your password is changed.</Saved> : <span />}
          <Button type="submit" loading={change.isPending}>
            Change password
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The signed-in user's display name and password. */
export default function ProfilePage() {
  const { data: user } = useCurrentUser();
  if (!user) return null;
  return (
    <Stack maw={520}>
      <PageTitle>Your profile</PageTitle>
      <Card withBorder padding="lg">
        <DisplayNameForm user={user} />
      </Card>
      <Card withBorder padding="lg">
        <ChangePasswordForm />
      </Card>
    </Stack>
  );
}

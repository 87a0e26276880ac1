import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import type { IntegrationClientSecretDto } from '../../api';

interface SecretModalProps {
  secret: IntegrationClientSecretDto | null;
  onClose: () => void;
}

function CopyField({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="sm" fw={500} mb={4}>
        {label}
      </Text>
      <Group gap="xs" wrap="nowrap" align="center">
        <Code block style={{ flex: 1, wordBreak: 'break-all', whiteSpace: 'pre-wrap' }} data-testid={`secret-${label}`}>
          {value}
        </Code>
        <CopyButton value={value} timeout={2000}>
          {({ copied, copy }) => (
            <Button
              size="xs"
              variant={copied ? 'filled' : 'default'}
              color={copied ? 'teal' : undefined}
              onClick={copy}
              aria-label={`Copy ${label.toLowerCase()}`}
              w={80}
            >
              {copied ? 'Copied' : 'Copy'}
            </Button>
          )}
        </CopyButton>
      </Group>
    </div>
  );
}

/** Shows a client secret once, right after it was created or rotated; it cannot be retrieved later. */
export function SecretModal({ secret, onClose }: SecretModalProps) {
  return (
    <Modal
      opened={secret !== null}
      onClose={onClose}
      title={secret ? `Client secret of ${secret.client.displayName}` : 'Client secret'}
      closeOnClickOutside={false}
      size="lg"
    >
      {secret && (
        <Stack>
          <Alert color="yellow" variant="light" title="Copy the secret now">
            It is shown only this once and cannot be retrieved later. If it is lost, rotate the secret to get a new one.
          </Alert>
          <CopyField label="Client ID" value={secret.client.clientId} />
          <CopyField label="Client secret" value={secret.clientSecret} />
          <Group justify="flex-end">
            <Button onClick={onClose}>I have copied the secret</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

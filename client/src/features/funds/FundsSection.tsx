import { useState } from 'react';
import { Link } from 'react-router';
import { Anchor, Badge, Button, Card, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { Permission, type FundDto, type PartnershipDto } from '../../api';
import { PHONE } from './EntryCard';
import { QueryState } from '../../components/QueryState';
import { formatMoney } from '../../lib/format';
import { useCan } from '../auth/hooks';
import { CarryOverForm } from './CarryOverForm';
import { FundMoveForm, type FundMove } from './FundMoveForm';
import { usePartnershipFunds } from './hooks';
import { OpenFundForm } from './OpenFundForm';
import { ReconciliationView } from './ReconciliationView';
import { operationsPath } from './paths';

type Dialog = { kind: FundMove | 'reconcile'; fund: FundDto } | { kind: 'open' | 'carryOver' } | null;

const NO_WRAP = { whiteSpace: 'nowrap' } as const;

/**
 * The partnership page's Funds section: each fund with its balance, its operations and reconciliation; credit, debit,
 * opening a fund and carrying balances over for users holding funds.write (hidden otherwise).
 */
export function FundsSection({ partnership }: { partnership: PartnershipDto }) {
  const funds = usePartnershipFunds(partnership.id);
  const canWrite = useCan(Permission.FundsWrite);
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const fund = dialog && 'fund' in dialog ? dialog.fund : undefined;
  const phone = useMediaQuery(PHONE);

  const actions = (f: FundDto) => (
    <Group gap="xs" wrap={phone ? 'wrap' : 'nowrap'}>
      {canWrite && f.isActive && (
        <>
          <Button size="xs" onClick={() => setDialog({ kind: 'credit', fund: f })} aria-label={`Credit ${f.name}`}>
            Credit
          </Button>
          <Button
            size="xs"
            variant="light"
            color="orange"
            onClick={() => setDialog({ kind: 'debit', fund: f })}
            aria-label={`Debit ${f.name}`}
          >
            Debit
          </Button>
        </>
      )}
      <Button
        size="xs"
        variant="default"
        onClick={() => setDialog({ kind: 'reconcile', fund: f })}
        aria-label={`Reconcile ${f.name}`}
      >
        Reconcile
      </Button>
      <Anchor
        component={Link}
        to={operationsPath({ partnershipId: partnership.id, fundId: f.id })}
        size="sm"
        style={NO_WRAP}
        aria-label={`Operations of ${f.name}`}
      >
        Operations
      </Anchor>
    </Group>
  );

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="funds-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h3" id="funds-title">
            Funds
          </Title>
          <Group gap="xs">
            <Anchor component={Link} to={operationsPath({ partnershipId: partnership.id })} size="sm">
              All operations
            </Anchor>
            {canWrite && partnership.isActive && (
              <>
                <Button size="xs" variant="default" onClick={() => setDialog({ kind: 'carryOver' })}>
                  Carry over
                </Button>
                <Button size="xs" variant="default" onClick={() => setDialog({ kind: 'open' })}>
                  Open fund
                </Button>
              </>
            )}
          </Group>
        </Group>
        <QueryState query={funds}>
          {(list) =>
            phone ? (
              <Stack component="ul" aria-label="Funds" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
                {list.length === 0 && (
                  <Text component="li" c="dimmed" size="sm">
                    No funds yet.
                  </Text>
                )}
                {list.map((f) => (
                  <Card key={f.id} withBorder padding="sm" component="li" data-fund-id={f.id}>
                    <Stack gap="xs">
                      <Group justify="space-between" wrap="nowrap">
                        <Text size="sm" fw={500}>
                          {f.name}{' '}
                          {!f.isActive && (
                            <Badge variant="light" color="gray" size="sm">
                              Closed
                            </Badge>
                          )}
                        </Text>
                        <Text size="sm" fw={700} style={NO_WRAP} data-testid="fund-balance">
                          {formatMoney(f.balance, f.currency)}
                        </Text>
                      </Group>
                      {actions(f)}
                    </Stack>
                  </Card>
                ))}
              </Stack>
            ) : (
              <Table.ScrollContainer minWidth={640}>
                <Table aria-label="Funds" striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Fund</Table.Th>
                      <Table.Th ta="right">Balance</Table.Th>
                      <Table.Th>Status</Table.Th>
                      <Table.Th>
                        <Text span size="sm" fw={700}>
                          Actions
                        </Text>
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {list.length === 0 && (
                      <Table.Tr>
                        <Table.Td colSpan={4}>
                          <Text c="dimmed" size="sm">
                            No funds yet.
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                    )}
                    {list.map((f) => (
                      <Table.Tr key={f.id} data-fund-id={f.id}>
                        <Table.Td>
                          <Text size="sm" fw={500}>
                            {f.name}
                          </Text>
                          <Text size="xs" c="dimmed">
                            {f.fundTypeCode}
                          </Text>
                        </Table.Td>
                        <Table.Td ta="right" style={NO_WRAP} data-testid="fund-balance">
                          {formatMoney(f.balance, f.currency)}
                        </Table.Td>
                        <Table.Td>
                          <Badge variant="light" color={f.isActive ? 'green' : 'gray'} miw="max-content">
                            {f.isActive ? 'Active' : 'Closed'}
                          </Badge>
                        </Table.Td>
                        <Table.Td>{actions(f)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )
          }
        </QueryState>
      </Stack>
      <Modal
        opened={dialog?.kind === 'credit' || dialog?.kind === 'debit'}
        onClose={close}
        title={fund ? `${dialog?.kind === 'debit' ? 'Debit' : 'Credit'} ${fund.name}` : ''}
      >
        {fund && (dialog?.kind === 'credit' || dialog?.kind === 'debit') && (
          <FundMoveForm fund={fund} move={dialog.kind} onDone={close} />
        )}
      </Modal>
      <Modal opened={dialog?.kind === 'reconcile'} onClose={close} title="Reconciliation">
        {fund && dialog?.kind === 'reconcile' && <ReconciliationView fundId={fund.id} />}
      </Modal>
      <Modal opened={dialog?.kind === 'open'} onClose={close} title="Open a fund">
        {dialog?.kind === 'open' && (
          <OpenFundForm partnershipId={partnership.id} funds={funds.data ?? []} onDone={close} />
        )}
      </Modal>
      <Modal opened={dialog?.kind === 'carryOver'} onClose={close} title="Carry balances over">
        {dialog?.kind === 'carryOver' && <CarryOverForm partnership={partnership} onDone={close} />}
      </Modal>
    </Card>
  );
}

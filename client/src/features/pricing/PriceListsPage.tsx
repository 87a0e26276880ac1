import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { Anchor, Badge, Button, Group, Modal, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { Permission, PriceListKind, type PriceListDto } from '../../api';
import { fieldError, toProblem } from '../../api/http';
import { CardList, ListCard, usePhone } from '../../components/ListCards';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { QueryState } from '../../components/QueryState';
import { humanize, optionalText } from '../../lib/format';
import { oneOf, useUrlFilters } from '../../lib/urlFilters';
import { useCan } from '../auth/hooks';
import { LoadMore } from '../leads/display';
import { PartnerSelect } from '../orders/OrdersPage';
import { usePartnerLevels, usePartnerTypes } from '../partnerTypes/hooks';
import { useCreatePriceList, usePriceLists } from './hooks';

export const PRICE_LISTS = '/price-lists';

export const KIND_OPTIONS = Object.values(PriceListKind).map((value) => ({ value, label: humanize(value) }));

/** Whom the list prices for: everyone (base), a level, or one partner account. */
export function listScope(l: PriceListDto): string {
  switch (l.kind) {
    case PriceListKind.Base:
      return 'Every partner';
    case PriceListKind.Level:
      return l.partnerLevelName ? `Level ${l.partnerLevelName}` : 'Level';
    default:
      return l.accountName ?? 'Partner';
  }
}

export function KindBadge({ kind }: { kind: PriceListKind }) {
  const color = kind === PriceListKind.Base ? 'gray' : kind === PriceListKind.Level ? 'blue' : 'violet';
  return (
    <Badge variant="light" color={color} miw="max-content">
      {humanize(kind)}
    </Badge>
  );
}

/** Back-office "Price lists": by kind (in the URL), keyset paged; administrators add the base, a level's or a partner's list. */
export default function PriceListsPage() {
  const [params, update] = useUrlFilters();
  const canWrite = useCan(Permission.ProgramWrite);
  const phone = usePhone();
  const kind = oneOf(PriceListKind, params.get('kind'));
  const lists = usePriceLists(kind);
  const [creating, setCreating] = useState(false);

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <PageTitle>Price lists</PageTitle>
        {canWrite && <Button onClick={() => setCreating(true)}>New price list</Button>}
      </Group>
      <Select
        label="Kind"
        placeholder="All kinds"
        clearable
        data={KIND_OPTIONS}
        value={kind ?? null}
        onChange={(value) => update({ kind: value ?? undefined })}
        w={180}
      />
      <QueryState query={lists}>
        {(data) => {
          const items = data.pages.flatMap((p) => p.items);
          if (items.length === 0) return <Text c="dimmed">No price lists.</Text>;
          return (
            <>
              {phone ? (
                <CardList label="Price lists">
                  {items.map((l) => (
                    <ListCard
                      key={l.id}
                      to={`${PRICE_LISTS}/${l.id}`}
                      title={l.name}
                      badge={<KindBadge kind={l.kind} />}
                    >
                      <Text size="sm">
                        {listScope(l)} · {l.lineCount} {l.lineCount === 1 ? 'price' : 'prices'}
                      </Text>
                    </ListCard>
                  ))}
                </CardList>
              ) : (
                <Table striped aria-label="Price lists">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Name</Table.Th>
                      <Table.Th>Kind</Table.Th>
                      <Table.Th>For</Table.Th>
                      <Table.Th style={{ textAlign: 'right' }}>Prices</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {items.map((l) => (
                      <Table.Tr key={l.id}>
                        <Table.Td>
                          <Anchor component={Link} to={`${PRICE_LISTS}/${l.id}`}>
                            {l.name}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>
                          <KindBadge kind={l.kind} />
                        </Table.Td>
                        <Table.Td>{listScope(l)}</Table.Td>
                        <Table.Td style={{ textAlign: 'right' }}>{l.lineCount}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
              <LoadMore
                shown={items.length}
                noun={['price list', 'price lists']}
                hasNextPage={lists.hasNextPage}
                isFetchingNextPage={lists.isFetchingNextPage}
                fetchNextPage={lists.fetchNextPage}
              />
            </>
          );
        }}
      </QueryState>
      <Modal opened={creating} onClose={() => setCreating(false)} title="New price list">
        <NewPriceListForm onDone={() => setCreating(false)} />
      </Modal>
    </Stack>
  );
}

function NewPriceListForm({ onDone }: { onDone: () => void }) {
  const create = useCreatePriceList();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<PriceListKind>(PriceListKind.Level);
  const [typeId, setTypeId] = useState<string | null>(null);
  const [levelId, setLevelId] = useState<string | null>(null);
  const [accountId, setAccountId] = useState<string | undefined>();
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const types = usePartnerTypes();
  const levels = usePartnerLevels(typeId);
  const problem = create.error ? toProblem(create.error) : null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const next = {
      name: optionalText(name) ? undefined : 'Enter a name.',
      level: kind === PriceListKind.Level && !levelId ? 'Choose the level the list prices for.' : undefined,
      account: kind === PriceListKind.Personal && !accountId ? 'Choose the partner the list prices for.' : undefined,
    };
    setErrors(next);
    if (Object.values(next).some(Boolean)) return;
    create.mutate(
      {
        name: name.trim(),
        kind,
        partnerLevelId: kind === PriceListKind.Level ? levelId! : undefined,
        accountId: kind === PriceListKind.Personal ? accountId : undefined,
      },
      {
        onSuccess: (detail) => {
          onDone();
          void navigate(`${PRICE_LISTS}/${detail.list.id}`);
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <ProblemAlert problem={problem} fields={['name', 'partnerLevelId', 'accountId']} />
        <Select
          label="Kind"
          data={KIND_OPTIONS}
          value={kind}
          onChange={(value) => value && setKind(value as PriceListKind)}
          allowDeselect={false}
          description="One base list; one list per level; one personal list per partner."
        />
        <TextInput
          label="Name"
          withAsterisk
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={errors.name ?? fieldError(problem, 'name')}
          data-autofocus
        />
        {kind === PriceListKind.Level && (
          <>
            <Select
              label="Partner type"
              data={(types.data ?? []).map((t) => ({ value: t.id, label: t.name }))}
              value={typeId}
              onChange={(value) => {
                setTypeId(value);
                setLevelId(null);
              }}
            />
            <Select
              label="Level"
              withAsterisk
              disabled={!typeId}
              data={(levels.data ?? []).map((l) => ({ value: l.id, label: l.name }))}
              value={levelId}
              onChange={setLevelId}
              error={errors.level ?? fieldError(problem, 'partnerLevelId')}
            />
          </>
        )}
        {kind === PriceListKind.Personal && (
          <PartnerSelect
            label="Partner"
            placeholder="Search partners"
            value={accountId}
            onChange={setAccountId}
            error={errors.account ?? fieldError(problem, 'accountId')}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            Create price list
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

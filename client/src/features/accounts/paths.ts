import { AccountType, type AccountDto } from '../../api';

/** Partners live under /partners; every other account (customers, ...) under /customers. */
export function accountPath(account: Pick<AccountDto, 'id' | 'type'>): string {
  return account.type === AccountType.Partner ? `/partners/${account.id}` : `/customers/${account.id}`;
}

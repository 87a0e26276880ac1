import { MetricCode, ParameterValueType } from '../api/client';

/** Local date as YYYY-MM-DD. */
export function toIsoDate(date: Date): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function todayIso(): string {
  return toIsoDate(new Date());
}

/** Date part of an ISO date or date-time string, or a dash. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  return value.length >= 10 ? value.slice(0, 10) : value;
}

export function formatPeriod(start: string | null | undefined, end: string | null | undefined): string {
  return `${formatDate(start)} – ${formatDate(end)}`;
}

/** "LeadsNumber" → "Leads number". */
export function humanize(value: string | null | undefined): string {
  if (!value) return '';
  const words = value.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z])([A-Z][a-z])/g, '$1 $2');
  return words.charAt(0).toUpperCase() + words.slice(1).toLowerCase();
}

/** Select options for a TS string enum. */
export function enumOptions(values: Record<string, string>): { value: string; label: string }[] {
  return Object.values(values).map((value) => ({ value, label: humanize(value) }));
}

export function percent(value: number, total: number): number {
  if (!total || total <= 0) return value > 0 ? 100 : 0;
  return Math.max(0, Math.min(100, (value / total) * 100));
}

/** Empty string or undefined from an optional text input → undefined. */
export function optionalText(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** NumberInput value ('' when empty) → number or undefined. */
export function toNumber(value: number | string | null | undefined): number | undefined {
  if (value === '' || value === null || value === undefined) return undefined;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : undefined;
}

/** The short name of the zone `date` is shown in ("UTC", "CET", "GMT+1"): times carry their zone. */
export function timeZoneName(date: Date, timeZone?: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZoneName: 'short', timeZone }).formatToParts(date);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
}

/** Date-time as local "YYYY-MM-DD HH:mm" and the zone ("2026-11-30 07:51 UTC"); plain dates are shown as they are. */
export function formatDateTime(value: string | null | undefined, withSeconds = false): string {
  if (!value) return '—';
  if (value.length <= 10) return value;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const hh = String(date.getHours()).padStart(2, '0');
  const mm = String(date.getMinutes()).padStart(2, '0');
  const ss = withSeconds ? `:${String(date.getSeconds()).padStart(2, '0')}` : '';
  const zone = timeZoneName(date);
  return `${toIsoDate(date)} ${hh}:${mm}${ss}${zone ? ` ${zone}` : ''}`;
}

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** 100000 → "100,000", 1234.567 → "1,234.57" (en-US, at most 2 decimals); a dash when missing. */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return numberFormat.format(value);
}

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** A value the server sent as text ("100000", "12.5") with thousands separators; other text as it is. */
export function formatNumericText(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  const trimmed = value.trim();
  return PLAIN_NUMBER.test(trimmed) ? numberFormat.format(Number(trimmed)) : value;
}

/** Numeric value types; Boolean, String and List values are shown as the server sends them. */
export function isNumericValueType(valueType: ParameterValueType | null | undefined): boolean {
  return valueType === ParameterValueType.Integer || valueType === ParameterValueType.Decimal;
}

/** Metrics whose values are percentages (a margin of 10 means 10 %). */
export function isPercentMetric(metric: MetricCode | null | undefined): boolean {
  return metric === MetricCode.Margin || metric === MetricCode.MarketingFundPercent;
}

/** Metrics whose values are amounts of money, in the installation's one currency (D5). */
export function isMoneyMetric(metric: MetricCode | null | undefined): boolean {
  return metric === MetricCode.OpportunityAmount;
}

/** A formatted number with what it measures: " %" for percentages, the currency code for amounts. */
export function withUnit(text: string, metric: MetricCode | null | undefined, currency?: string | null): string {
  if (isPercentMetric(metric)) return `${text} %`;
  if (isMoneyMetric(metric) && currency) return `${text} ${currency}`;
  return text;
}

/**
 * A parameter's display value from the server: numbers of a numeric value type get thousands separators and their
 * unit ("10" → "10 %" for a margin, "100000" → "100,000 EUR" for an amount).
 */
export function formatParameterValue(
  displayValue: string,
  {
    valueType,
    metric,
    currency,
  }: { valueType?: ParameterValueType; metric?: MetricCode; currency?: string | null } = {},
): string {
  if (!isNumericValueType(valueType) || !PLAIN_NUMBER.test(displayValue.trim())) return displayValue;
  return withUnit(formatNumericText(displayValue), metric, currency);
}

/**
 * Props of a date input that reads and writes YYYY-MM-DD, the format every date is shown in (a native date input
 * shows the browser's locale format instead, e.g. 11/30/2026).
 */
export const ISO_DATE_INPUT = {
  type: 'text',
  placeholder: 'YYYY-MM-DD',
  inputMode: 'numeric',
  maxLength: 10,
  autoComplete: 'off',
} as const;

/**
 * The address to link to when `value` is an absolute http(s) URL, else undefined: anything else (a bare
 * "www.example.com", "javascript:…") is shown as text, never as a link the browser would resolve relative to our app.
 */
export function webLink(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim());
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const moneyFormat = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** An amount of money with its currency, always two decimals: 1234.5 → "1,234.50 EUR" (a dash when missing). */
export function formatMoney(value: number | null | undefined, currency?: string | null): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const text = moneyFormat.format(value).replace('-', '−');
  return currency ? `${text} ${currency}` : text;
}

/** A movement of money with its sign: 12.5 → "+12.50 EUR", -3 → "−3.00 EUR" (a true minus sign). */
export function formatSignedMoney(value: number, currency?: string | null): string {
  return value > 0 ? `+${formatMoney(value, currency)}` : formatMoney(value, currency);
}

import { describe, expect, it } from 'vitest';
import { MetricCode, ParameterValueType } from '../api/client';
import {
  formatDateTime,
  formatMoney,
  formatNumber,
  formatNumericText,
  formatParameterValue,
  formatSignedMoney,
  timeZoneName,
  webLink,
} from './format';

describe('formatNumber', () => {
  it('adds thousands separators', () => {
    expect(formatNumber(100000)).toBe('100,000');
    expect(formatNumber(1234567)).toBe('1,234,567');
    expect(formatNumber(-25000)).toBe('-25,000');
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(0)).toBe('0');
  });

  it('keeps at most two decimals and drops trailing zeros', () => {
    expect(formatNumber(1234.5)).toBe('1,234.5');
    expect(formatNumber(1234.567)).toBe('1,234.57');
    expect(formatNumber(0.125)).toBe('0.13');
    expect(formatNumber(12.0)).toBe('12');
  });

  it('shows a dash for a missing or non-finite value', () => {
    expect(formatNumber(undefined)).toBe('—');
    expect(formatNumber(null)).toBe('—');
    expect(formatNumber(Number.NaN)).toBe('—');
  });
});

describe('formatNumericText', () => {
  it('formats text that is a plain number', () => {
    expect(formatNumericText('100000')).toBe('100,000');
    expect(formatNumericText('50000.5')).toBe('50,000.5');
    expect(formatNumericText(' -1500 ')).toBe('-1,500');
  });

  it('leaves any other text as it is', () => {
    expect(formatNumericText('Yes')).toBe('Yes');
    expect(formatNumericText('Gold 2025')).toBe('Gold 2025');
    expect(formatNumericText('1e5')).toBe('1e5');
    expect(formatNumericText('12 %')).toBe('12 %');
    expect(formatNumericText('')).toBe('');
    expect(formatNumericText(undefined)).toBe('');
  });
});

describe('formatParameterValue', () => {
  it('formats Integer and Decimal values only', () => {
    expect(formatParameterValue('100000', { valueType: ParameterValueType.Integer })).toBe('100,000');
    expect(formatParameterValue('2500.75', { valueType: ParameterValueType.Decimal })).toBe('2,500.75');
    expect(formatParameterValue('100000', { valueType: ParameterValueType.String })).toBe('100000');
    expect(formatParameterValue('Yes', { valueType: ParameterValueType.Boolean })).toBe('Yes');
    expect(formatParameterValue('100000')).toBe('100000');
  });

  it('shows percentage metrics with a percent sign', () => {
    expect(formatParameterValue('10', { valueType: ParameterValueType.Decimal, metric: MetricCode.Margin })).toBe(
      '10 %',
    );
    expect(
      formatParameterValue('12.5', { valueType: ParameterValueType.Decimal, metric: MetricCode.MarketingFundPercent }),
    ).toBe('12.5 %');
    expect(
      formatParameterValue('5000', { valueType: ParameterValueType.Integer, metric: MetricCode.LeadsNumber }),
    ).toBe('5,000');
  });

  it('does not add a percent sign to non-numeric values', () => {
    expect(formatParameterValue('12 %', { valueType: ParameterValueType.Decimal, metric: MetricCode.Margin })).toBe(
      '12 %',
    );
    expect(formatParameterValue('Gold list', { valueType: ParameterValueType.List, metric: MetricCode.Margin })).toBe(
      'Gold list',
    );
  });
});

describe('formatDateTime with its zone', () => {
  it('shows the time with the zone it is in', () => {
    const text = formatDateTime('2026-11-30T07:51:00Z');
    expect(text).toMatch(/^2026-11-3\d \d{2}:\d{2} \S+$/);
    expect(text.endsWith(timeZoneName(new Date('2026-11-30T07:51:00Z')))).toBe(true);
    expect(timeZoneName(new Date('2026-11-30T07:51:00Z'), 'UTC')).toBe('UTC');
  });
});

describe('webLink', () => {
  it('links absolute http(s) addresses only', () => {
    expect(webLink('https://example.com')).toBe('https://example.com/');
    expect(webLink('http://example.com/a?b=1')).toBe('http://example.com/a?b=1');
    expect(webLink('www.example.com')).toBeUndefined();
    expect(webLink('/relative')).toBeUndefined();
    expect(webLink('javascript:alert(1)')).toBeUndefined();
    expect(webLink('ftp://example.com')).toBeUndefined();
    expect(webLink(undefined)).toBeUndefined();
  });
});

describe('money', () => {
  it('shows two decimals, thousands separators and the currency', () => {
    expect(formatMoney(1234.5, 'EUR')).toBe('1,234.50 EUR');
    expect(formatMoney(0, 'EUR')).toBe('0.00 EUR');
    expect(formatMoney(-3, 'USD')).toBe('−3.00 USD');
    expect(formatMoney(undefined, 'EUR')).toBe('—');
  });

  it('signs a movement', () => {
    expect(formatSignedMoney(12.5, 'EUR')).toBe('+12.50 EUR');
    expect(formatSignedMoney(-12.5, 'EUR')).toBe('−12.50 EUR');
  });
});

/**
 * Which Retail Prices API meter stands for which catalog service price id (service-prices.ts), and how
 * its unit converts to the catalog's unit. Meter names follow the Retail Prices API's `serviceName`,
 * `productName`, `skuName` and `meterName`; a price id whose meter a refresh does not find is reported
 * ("unmatched") and keeps its catalog figure, never 0. Only the services the cost model uses are listed.
 */
import type { ServicePrice } from '../types';

export interface ServiceMeterSpec {
  priceId: string;
  serviceName: string;
  /** The catalog unit the price id is in. */
  unit: ServicePrice['unit'];
  skuName?: string;
  productName?: RegExp;
  meterName: RegExp;
}

const hour = (priceId: string, serviceName: string, skuName: string, productName: RegExp, meterName: RegExp): ServiceMeterSpec => ({
  priceId,
  serviceName,
  unit: 'hour',
  skuName,
  productName,
  meterName,
});

export const SERVICE_METERS: ServiceMeterSpec[] = [
  // AI Search: one search unit (replica × partition) per hour.
  hour('ai-search:basic', 'Azure Cognitive Search', 'Basic', /Search/, /^Basic Unit$/),
  hour('ai-search:s1', 'Azure Cognitive Search', 'Standard S1', /Search/, /^Standard S1 Unit$/),
  hour('ai-search:s2', 'Azure Cognitive Search', 'Standard S2', /Search/, /^Standard S2 Unit$/),
  hour('ai-search:l1', 'Azure Cognitive Search', 'Storage Optimized L1', /Search/, /^Storage Optimized L1 Unit$/),
  // API Management: per unit-hour; Consumption per call.
  hour('apim:developer', 'API Management', 'Developer', /API Management/, /^Developer Units?$/),
  hour('apim:basic', 'API Management', 'Basic', /API Management/, /^Basic Units?$/),
  hour('apim:standard', 'API Management', 'Standard', /API Management/, /^Standard Units?$/),
  hour('apim:premium', 'API Management', 'Premium', /API Management/, /^Premium Units?$/),
  { priceId: 'apim:consumption', serviceName: 'API Management', unit: 'million requests', skuName: 'Consumption', meterName: /Calls?$/ },
  // Azure Cache for Redis: per cache instance-hour.
  hour('redis:basic-c4', 'Redis Cache', 'C4', /Basic/, /^C4 Cache( Instance)?$/),
  hour('redis:standard-c3', 'Redis Cache', 'C3', /Standard/, /^C3 Cache( Instance)?$/),
  hour('redis:premium-p1', 'Redis Cache', 'P1', /Premium/, /^P1 Cache( Instance)?$/),
  hour('redis:premium-p2', 'Redis Cache', 'P2', /Premium/, /^P2 Cache( Instance)?$/),
  hour('redis:premium-p3', 'Redis Cache', 'P3', /Premium/, /^P3 Cache( Instance)?$/),
  // App Service plans: per instance-hour. Linux products end in " - Linux".
  hour('app-service:b1-linux', 'Azure App Service', 'B1', /^Azure App Service Basic Plan - Linux$/, /^B1$/),
  hour('app-service:b1-windows', 'Azure App Service', 'B1', /^Azure App Service Basic Plan$/, /^B1$/),
  hour('app-service:s1-linux', 'Azure App Service', 'S1', /^Azure App Service Standard Plan - Linux$/, /^S1$/),
  hour('app-service:s1-windows', 'Azure App Service', 'S1', /^Azure App Service Standard Plan$/, /^S1$/),
  hour('app-service:p0v3-linux', 'Azure App Service', 'P0 v3', /^Azure App Service Premium v3 Plan - Linux$/, /^P0 v3$/),
  hour('app-service:p1v3-linux', 'Azure App Service', 'P1 v3', /^Azure App Service Premium v3 Plan - Linux$/, /^P1 v3$/),
  hour('app-service:p1v3-windows', 'Azure App Service', 'P1 v3', /^Azure App Service Premium v3 Plan$/, /^P1 v3$/),
  hour('app-service:p2v3-linux', 'Azure App Service', 'P2 v3', /^Azure App Service Premium v3 Plan - Linux$/, /^P2 v3$/),
  hour('app-service:p2v3-windows', 'Azure App Service', 'P2 v3', /^Azure App Service Premium v3 Plan$/, /^P2 v3$/),
  hour('app-service:p3v3-linux', 'Azure App Service', 'P3 v3', /^Azure App Service Premium v3 Plan - Linux$/, /^P3 v3$/),
  hour('app-service:p3v3-windows', 'Azure App Service', 'P3 v3', /^Azure App Service Premium v3 Plan$/, /^P3 v3$/),
  hour('app-service:p1mv3-linux', 'Azure App Service', 'P1mv3', /^Azure App Service Premium v3 Plan - Linux$/, /^P1mv3$/),
  // Functions: Consumption plan executions (the free grant is not modelled).
  {
    priceId: 'functions:consumption-executions',
    serviceName: 'Functions',
    unit: 'million requests',
    meterName: /^Standard Total Executions$/,
  },
  // Front Door Standard / Premium: monthly base fee.
  { priceId: 'front-door:standard-base', serviceName: 'Azure Front Door Service', unit: 'month', meterName: /^Standard Base Fees?$/ },
  { priceId: 'front-door:premium-base', serviceName: 'Azure Front Door Service', unit: 'month', meterName: /^Premium Base Fees?$/ },
  // Cosmos DB: provisioned throughput per 100 RU/s-hour, serverless per 1M RU, storage per GB-month.
  { priceId: 'cosmos:ru-100-hour', serviceName: 'Azure Cosmos DB', unit: '100 RU/s-hour', meterName: /^100 RU\/s$/ },
  { priceId: 'cosmos:serverless-1m-ru', serviceName: 'Azure Cosmos DB', unit: '1M operations', meterName: /^1M RUs$/ },
  { priceId: 'cosmos:storage-gb', serviceName: 'Azure Cosmos DB', unit: 'GB-month', meterName: /^Data Stored$/ },
  // Blob storage (General Purpose v2, hot / cool), first capacity tier.
  {
    priceId: 'blob:hot-lrs-gb',
    serviceName: 'Storage',
    unit: 'GB-month',
    skuName: 'Hot LRS',
    productName: /^Blob Storage$/,
    meterName: /^Hot LRS Data Stored$/,
  },
  {
    priceId: 'blob:hot-zrs-gb',
    serviceName: 'Storage',
    unit: 'GB-month',
    skuName: 'Hot ZRS',
    productName: /^Blob Storage$/,
    meterName: /^Hot ZRS Data Stored$/,
  },
  {
    priceId: 'blob:hot-grs-gb',
    serviceName: 'Storage',
    unit: 'GB-month',
    skuName: 'Hot GRS',
    productName: /^Blob Storage$/,
    meterName: /^Hot GRS Data Stored$/,
  },
  {
    priceId: 'blob:hot-ragrs-gb',
    serviceName: 'Storage',
    unit: 'GB-month',
    skuName: 'Hot RA-GRS',
    productName: /^Blob Storage$/,
    meterName: /^Hot RA-GRS Data Stored$/,
  },
  {
    priceId: 'blob:cool-lrs-gb',
    serviceName: 'Storage',
    unit: 'GB-month',
    skuName: 'Cool LRS',
    productName: /^Blob Storage$/,
    meterName: /^Cool LRS Data Stored$/,
  },
  // Azure Monitor / Log Analytics.
  {
    priceId: 'log-analytics:ingestion-gb',
    serviceName: 'Log Analytics',
    unit: 'GB',
    meterName: /^(Pay-as-you-go|Analytics Logs) Data Ingestion$/,
  },
  { priceId: 'log-analytics:basic-ingestion-gb', serviceName: 'Log Analytics', unit: 'GB', meterName: /^Basic Logs Data Ingestion$/ },
  { priceId: 'log-analytics:archive-gb', serviceName: 'Log Analytics', unit: 'GB-month', meterName: /^Data Archive$/ },
];

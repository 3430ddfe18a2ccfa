/**
 * `clientele/testing`.
 *
 * @packageDocumentation
 */
export { simulateBgNbd } from './simulateBgNbd';
export { simulateMbgNbd } from './simulateMbgNbd';
export { simulateMbgCnbdK } from './simulateMbgCnbdK';
export { simulateParetoNbd } from './simulateParetoNbd';
export { simulateGgomNbd } from './simulateGgomNbd';
export type { RfmSimulationOptions } from '../clv/internal/resolveSimulationOptions';
export { simulateBgBb } from './simulateBgBb';
export type { BgBbSimulationOptions, SimulatedDiscreteCustomer } from './simulateBgBb';
export { simulateShiftedBetaGeometric } from './simulateShiftedBetaGeometric';
export type { ShiftedBetaGeometricSimulationOptions } from './simulateShiftedBetaGeometric';
export { simulateBetaDiscreteWeibull } from './simulateBetaDiscreteWeibull';
export { simulateGammaGamma } from './simulateGammaGamma';
export type { SimulatedSpendCustomer } from './simulateGammaGamma';
export { simulateTransactionLog } from './simulateTransactionLog';
export type {
  SimulatedCustomerTruth,
  SimulatedPurchaseProcess,
  SimulatedTransaction,
  SimulatedTransactionLog,
  TransactionLogSimulationOptions,
} from './simulateTransactionLog';
export { simulateSurvey } from './simulateSurvey';
export type { SurveyBlock, SurveyPath, SurveyModel, SimulateSurveyOptions, SimulatedSurvey } from './simulateSurvey';
export { simulatePriceSurvey } from './simulatePriceSurvey';
export type { PriceSurveySimulationOptions, SimulatedPriceResponse, SimulatedPriceSurvey } from './simulatePriceSurvey';

export { simulateCustomerRecords } from './simulateCustomerRecords';
export type {
  CustomerRecordsSimulationOptions,
  SimulatedCustomerRecords,
  SimulatedIncidentEffect,
  SimulatedIncidentTruth,
  SimulatedRecordsCustomer,
  SimulatedResolution,
} from './simulateCustomerRecords';
export type { DataSource } from '../schemas/dataSourceKinds';
export { simulateCovariateCustomers } from './simulateCovariateCustomers';
export { simulateTimeVaryingCovariateCustomers } from './simulateTimeVaryingCovariateCustomers';
export type { SimulatedTimeVaryingCustomers, SimulatedTimeVaryingTruth, TimeVaryingSimulationOptions } from './simulateTimeVaryingCovariateCustomers';
export type { CovariateSimulationOptions, SimulatedCoefficients, SimulatedCovariateCustomer } from './simulateCovariateCustomers';

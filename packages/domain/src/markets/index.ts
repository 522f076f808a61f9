export {
  checkCanSellTo,
  checkSalesOpen,
  findMarket,
  findPartnerMarket,
  isSameRegion,
  markets,
  marketsInRegion,
  parseRegionName,
  regionOf,
  regions,
  salesSuspensions,
  type Market,
  type Region,
  type RegionName,
  type SalesSuspension,
} from './markets.js';
export { regionNames } from './markets.data.js';
export { regionLabel, regionLabels } from './region-labels.js';

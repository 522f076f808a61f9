import { CreateUsers1764000000000 } from './1764000000000-CreateUsers.js';
import { CreateEnrollmentSlice1796161612297 } from './1796161612297-CreateEnrollmentSlice.js';
import { CreateReviewQueue1796200000000 } from './1796200000000-CreateReviewQueue.js';
import { CreateProviders1796300000000 } from './1796300000000-CreateProviders.js';
import { CreateRevenueImports1796400000000 } from './1796400000000-CreateRevenueImports.js';
import { CreateProviderLeads1796500000000 } from './1796500000000-CreateProviderLeads.js';
import { CreateSearchMisses1796600000000 } from './1796600000000-CreateSearchMisses.js';
import { AddListingFreshness1796700000000 } from './1796700000000-AddListingFreshness.js';
import { CreateSearchSyncPending1796800000000 } from './1796800000000-CreateSearchSyncPending.js';
import { CreateProgramConfiguration1797000000000 } from './1797000000000-CreateProgramConfiguration.js';
import { AddEnrollmentDecidedIndex1797100000000 } from './1797100000000-AddEnrollmentDecidedIndex.js';
import { CreateCustomers1797400000000 } from './1797400000000-CreateCustomers.js';
import { CreatePartnerLocations1797500000000 } from './1797500000000-CreatePartnerLocations.js';
import { AddTransitionsAndResellerProviders1797600000000 } from './1797600000000-AddTransitionsAndResellerProviders.js';
import { CreateEnrollmentAttachments1797800000000 } from './1797800000000-CreateEnrollmentAttachments.js';
import { CreateCreditChecks1797830000000 } from './1797830000000-CreateCreditChecks.js';
import { CreateRateLimitCounters1797900000000 } from './1797900000000-CreateRateLimitCounters.js';
import { AddQueueSortIndexes1798000000000 } from './1798000000000-AddQueueSortIndexes.js';
import { AddEnrollmentDuplicateFlag1798000000001 } from './1798000000001-AddEnrollmentDuplicateFlag.js';
import { CreateAgreementVersions1797300000000 } from './1797300000000-CreateAgreementVersions.js';
import { CreateProviderLogos1797200000000 } from './1797200000000-CreateProviderLogos.js';
import { CreatePartnerDuplicateFlags1797700000000 } from './1797700000000-CreatePartnerDuplicateFlags.js';
import { BackfillPartnerDuplicateFlags1797700000001 } from './1797700000001-BackfillPartnerDuplicateFlags.js';

/** In order. A merged migration is never edited: fix forward with a new one. */
export const migrations = [
  CreateUsers1764000000000,
  CreateEnrollmentSlice1796161612297,
  CreateReviewQueue1796200000000,
  CreateProviders1796300000000,
  CreateRevenueImports1796400000000,
  CreateProviderLeads1796500000000,
  CreateSearchMisses1796600000000,
  AddListingFreshness1796700000000,
  CreateSearchSyncPending1796800000000,
  CreateProgramConfiguration1797000000000,
  AddEnrollmentDecidedIndex1797100000000,
  CreateProviderLogos1797200000000,
  CreateAgreementVersions1797300000000,
  CreateCustomers1797400000000,
  CreatePartnerLocations1797500000000,
  AddTransitionsAndResellerProviders1797600000000,
  CreatePartnerDuplicateFlags1797700000000,
  BackfillPartnerDuplicateFlags1797700000001,
  CreateEnrollmentAttachments1797800000000,
  CreateCreditChecks1797830000000,
  CreateRateLimitCounters1797900000000,
  AddQueueSortIndexes1798000000000,
  AddEnrollmentDuplicateFlag1798000000001,
];

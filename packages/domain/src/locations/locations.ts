// Prerequisites to add a location in another country for a CSP business (DOMAIN.md §2
// "Prerequisites for a new CSP business account" and "Account structure"; §1 on the legal country).
import { parseCountry } from '../country/country.js';
import { checkSalesOpen, findMarket, isSameRegion } from '../markets/markets.js';
import { parsePartnerId } from '../partner/partner-id.js';
import { isRegistrationIdRequired, parseRegistrationId } from '../partner/registration-id.js';
import { refuse, type Refusal } from '../refusal.js';

/** The checklist's items, in the order a partner works through them. */
export type LocationRequirement =
  | 'country_in_market'
  | 'legal_country_unchanged'
  | 'location_partner_id'
  | 'partner_id_same_country'
  | 'partner_id_active'
  | 'partner_id_in_partner_center'
  | 'registration_id';

/** `unknown`: the facts given do not say; the partner must confirm it before enrolling. */
export type ChecklistStatus = 'met' | 'not_met' | 'unknown';

export type ChecklistItem = {
  readonly requirement: LocationRequirement;
  readonly status: ChecklistStatus;
  /** What the requirement is (when met or unknown) or precisely why it is not met. */
  readonly reason: Refusal;
};

export type LocationChecklist = {
  /** True when every item is met. */
  readonly ready: boolean;
  readonly items: readonly ChecklistItem[];
};

export type NewLocationFacts = {
  /** The legal country of the CSP account the location is to serve (e.g. FR for a French account). */
  readonly cspAccountCountry: string;
  /**
   * When the partner means to reuse an existing CSP account: that account's legal country.
   * A CSP account's legal country never changes (DOMAIN.md §1), so a different country needs a
   * new CSP account, enrolled with new sign-in credentials (§2).
   */
  readonly existingAccountCountry?: string;
  readonly location: {
    /** Where the location (PLA) is registered. */
    readonly country: string;
    /** The PartnerID to link to the CSP account. */
    readonly partnerId?: string;
    /** Whether that id is a location (PLA) id or the global (PGA) id. */
    readonly partnerIdKind?: 'location' | 'global';
    readonly partnerIdActive?: boolean;
    readonly partnerIdInPartnerCenter?: boolean;
    /** The business registration id of the location, where its country requires one. */
    readonly registrationId?: { readonly type?: string; readonly value?: string };
  };
  /** The date to check market sales suspensions on; omit to check only the market table. */
  readonly on?: Date;
};

const item = (
  requirement: LocationRequirement,
  status: ChecklistStatus,
  reason: Refusal,
): ChecklistItem => ({
  requirement,
  status,
  reason,
});

const byFlag = (
  requirement: LocationRequirement,
  flag: boolean | undefined,
  notMet: Refusal,
): ChecklistItem =>
  flag === true
    ? item(requirement, 'met', refuse(`locations.${requirement}`))
    : flag === false
      ? item(requirement, 'not_met', notMet)
      : item(requirement, 'unknown', refuse(`locations.${requirement}`));

/**
 * The checklist for adding a location in a country to serve a CSP account: each prerequisite with
 * met / not met / unknown and the reason. Every item is evaluated (the partner sees all that is
 * missing at once); `ready` is true only when all are met.
 */
export function checkNewLocation(facts: NewLocationFacts): LocationChecklist {
  const account = parseCountry(facts.cspAccountCountry);
  const location = parseCountry(facts.location.country);
  const items: ChecklistItem[] = [];

  // 1. The account's country must be a CSP market (and open for sales on the date, if given).
  const market =
    facts.on === undefined
      ? findMarket(facts.cspAccountCountry)
      : checkSalesOpen(facts.cspAccountCountry, facts.on);
  items.push(
    market.ok
      ? item(
          'country_in_market',
          'met',
          refuse('locations.country_in_market', {
            country: market.value.country,
            region: market.value.region,
          }),
        )
      : item('country_in_market', 'not_met', market.error),
  );

  // 2. The legal country of an existing CSP account cannot change.
  if (facts.existingAccountCountry === undefined) {
    items.push(item('legal_country_unchanged', 'met', refuse('locations.legal_country_unchanged')));
  } else {
    const existing = parseCountry(facts.existingAccountCountry);
    items.push(
      !existing.ok
        ? item('legal_country_unchanged', 'not_met', existing.error)
        : account.ok && existing.value !== account.value
          ? item(
              'legal_country_unchanged',
              'not_met',
              refuse('locations.legal_country_cannot_change', {
                from: existing.value,
                to: account.value,
              }),
            )
          : item('legal_country_unchanged', 'met', refuse('locations.legal_country_unchanged')),
    );
  }

  // 3. A location PartnerID (not the global one: transactions run on location ids).
  const partnerId =
    facts.location.partnerId === undefined ? undefined : parsePartnerId(facts.location.partnerId);
  if (partnerId === undefined) {
    items.push(
      item('location_partner_id', 'not_met', refuse('locations.location_partner_id_missing')),
    );
  } else if (!partnerId.ok) {
    items.push(item('location_partner_id', 'not_met', partnerId.error));
  } else if (facts.location.partnerIdKind === 'global') {
    items.push(
      item(
        'location_partner_id',
        'not_met',
        refuse('locations.global_partner_id_not_transactional'),
      ),
    );
  } else if (facts.location.partnerIdKind === undefined) {
    items.push(item('location_partner_id', 'unknown', refuse('locations.location_partner_id')));
  } else {
    items.push(item('location_partner_id', 'met', refuse('locations.location_partner_id')));
  }

  // 4. In the same country as the CSP account: incentives are paid per country and PartnerID, so a
  //    UK PartnerID does not serve a French account, although both are in the Europe region.
  if (!location.ok) {
    items.push(item('partner_id_same_country', 'not_met', location.error));
  } else if (!account.ok || location.value === account.value) {
    items.push(
      item(
        'partner_id_same_country',
        account.ok ? 'met' : 'not_met',
        account.ok ? refuse('locations.partner_id_same_country') : account.error,
      ),
    );
  } else {
    const details = { locationCountry: location.value, accountCountry: account.value };
    const region = findMarket(account.value);
    items.push(
      item(
        'partner_id_same_country',
        'not_met',
        region.ok && isSameRegion(location.value, account.value)
          ? refuse('locations.partner_id_other_country_same_region', {
              ...details,
              region: region.value.region,
            })
          : refuse('locations.partner_id_other_country', details),
      ),
    );
  }

  // 5–6. Active, and in Partner Center.
  items.push(
    byFlag(
      'partner_id_active',
      facts.location.partnerIdActive,
      refuse('locations.partner_id_inactive'),
    ),
  );
  items.push(
    byFlag(
      'partner_id_in_partner_center',
      facts.location.partnerIdInPartnerCenter,
      refuse('locations.partner_id_not_in_partner_center'),
    ),
  );

  // 7. A business registration id where the location's country makes it mandatory.
  if (!location.ok) {
    items.push(item('registration_id', 'not_met', location.error));
  } else if (!isRegistrationIdRequired(location.value)) {
    items.push(
      item(
        'registration_id',
        'met',
        refuse('locations.registration_id_optional', { country: location.value }),
      ),
    );
  } else {
    const registration = parseRegistrationId({
      ...facts.location.registrationId,
      country: location.value,
    });
    items.push(
      registration.ok
        ? item(
            'registration_id',
            'met',
            refuse('locations.registration_id', { country: location.value }),
          )
        : item('registration_id', 'not_met', registration.error),
    );
  }

  return { ready: items.every((i) => i.status === 'met'), items };
}

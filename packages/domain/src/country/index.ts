export {
  countryCodes,
  isCountryCode,
  parseCountry,
  programCountryCodes,
  type CountryCode,
} from './country.js';

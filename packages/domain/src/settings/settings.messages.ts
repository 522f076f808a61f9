export const settingsMessages = {
  en: {
    'settings.out_of_range': '“{field}” must be a whole number of days from {min} to {max}.',
  },
  sv: {
    'settings.out_of_range': '”{field}” ska vara ett helt antal dagar från {min} till {max}.',
  },
} as const;

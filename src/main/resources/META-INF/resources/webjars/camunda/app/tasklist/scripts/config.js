/*
 * Based on the default config.js of the Camunda 7.24 webjar
 * (Copyright Camunda Services GmbH, Apache License 2.0).
 *
 * Gemeente Utrecht: Dutch (nl) is the default language; English stays available for a browser whose
 * first language is English (the webapps pick the locale from navigator.languages[0], falling back to
 * fallbackLocale). Dates use the Dutch formats of locales/nl.json and the browser time zone, which is
 * Europe/Amsterdam on the municipality's workplaces (the footer names the zone).
 */

const LOCALES = ['nl', 'en'];
const voorkeur = (((navigator.languages || [])[0] || navigator.language || '').split('-')[0]).toLowerCase();
// index.html says lang="en"; tell browsers and screen readers the language actually shown
document.documentElement.lang = LOCALES.includes(voorkeur) ? voorkeur : LOCALES[0];

export default {
  app: {
    vendor: 'Gemeente Utrecht —',
    name: 'Wijkgericht werken · Takenlijst'
  },
  // Dutch texts for form-js's built-in validation messages and placeholders; the tab "Zaak" and the link "Zaken" (see the modules)
  customScripts: ['scripts/formulierteksten', 'scripts/eenmalige-aanmelding', 'scripts/zaaktab', 'scripts/naafronden', 'scripts/oppakken',
    'scripts/nederlandsedatums', 'scripts/tooltipteksten', 'scripts/leesrecht',
    'scripts/taakopslaan', 'scripts/escaleren', 'scripts/adviesacties', 'scripts/prioriteit'],
  locales: {
    availableLocales: LOCALES,
    fallbackLocale: 'nl'
  },
  // moment formats, rendered with the dateLocales of locales/nl.json (e.g. "25 november 2026 14:30")
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'lll',
    normal: 'LLL',
    long: 'LLLL',
    short: 'LL'
  },
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claimt de gekozen taak'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'zet de focus op het eerste filter in de lijst'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'zet de focus op de eerste taak in de lijst'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'zet de focus op het eerste invoerveld van een taakformulier'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opent het venster Proces starten'
    }
  }
};

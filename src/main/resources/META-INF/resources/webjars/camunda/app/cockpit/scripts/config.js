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
    name: 'Wijkgericht werken · Cockpit'
  },
  // single sign-on in profile oidc: follows the server's redirects to the identity provider
  customScripts: ['../tasklist/scripts/eenmalige-aanmelding', '../tasklist/scripts/nederlandsedatums', 'scripts/beheerrechten', 'scripts/leegwaarden', 'scripts/vertaalsleutels'],
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
  }
};

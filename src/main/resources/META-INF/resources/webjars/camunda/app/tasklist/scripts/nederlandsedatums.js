/*
 * Gemeente Utrecht: the date pickers of Tasklist and Cockpit (angular-ui-bootstrap) take their weekday and month names
 * from AngularJS's $locale, which is English in the webapps whatever locales/nl.json says ("Sun Mon Tue", "November").
 * For a Dutch page (config.js sets <html lang>), this module gives $locale the Dutch names and formats of AngularJS's
 * own nl-nl locale, with the week starting on Monday, as soon as the app has started.
 */

const NEDERLANDS = {
  AMPMS: ['a.m.', 'p.m.'],
  DAY: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
  ERANAMES: ['voor Christus', 'na Christus'],
  ERAS: ['v.Chr.', 'n.Chr.'],
  FIRSTDAYOFWEEK: 0,
  MONTH: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober',
    'november', 'december'],
  SHORTDAY: ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'],
  SHORTMONTH: ['jan.', 'feb.', 'mrt.', 'apr.', 'mei', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'],
  STANDALONEMONTH: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september',
    'oktober', 'november', 'december'],
  WEEKENDRANGE: [5, 6],
  fullDate: 'EEEE d MMMM y',
  longDate: 'd MMMM y',
  medium: 'd MMM y HH:mm:ss',
  mediumDate: 'd MMM y',
  mediumTime: 'HH:mm:ss',
  short: 'dd-MM-y HH:mm',
  shortDate: 'dd-MM-y',
  shortTime: 'HH:mm'
};

function injector() {
  const angular = window.angular;
  if (!angular) {
    return null;
  }
  return angular.element(document.documentElement).injector() || angular.element(document.body).injector();
}

function maakNederlands() {
  const camunda = injector();
  if (!camunda) {
    return false;
  }
  const locale = camunda.get('$locale');
  Object.assign(locale.DATETIME_FORMATS, NEDERLANDS);
  locale.id = 'nl-nl';
  return true;
}

if (document.documentElement.lang === 'nl' && !maakNederlands()) {
  const wachter = new MutationObserver(() => {
    if (maakNederlands()) {
      wachter.disconnect();
    }
  });
  wachter.observe(document.documentElement, { childList: true, subtree: true });
}

export default [];

/*
 * AngularJS's date picker (uib-datepicker: due and follow-up dates in Tasklist, scheduled dates in Cockpit) takes its
 * month and day names from AngularJS's $locale, which Camunda ships in English only; every other date gets its names
 * from locales/nl.json (moment). Loaded by config.js (customScripts) and registered as an AngularJS dependency
 * (requireJsConfig.ngDeps), so the names are Dutch before the first page is drawn.
 */
const DATUMNAMEN = {
  MONTH: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober',
    'november', 'december'],
  STANDALONEMONTH: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september',
    'oktober', 'november', 'december'],
  SHORTMONTH: ['jan.', 'feb.', 'mrt.', 'apr.', 'mei', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'],
  DAY: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
  SHORTDAY: ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'],
  AMPMS: ['a.m.', 'p.m.'],
  // AngularJS counts from Monday = 0.
  FIRSTDAYOFWEEK: 0,
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

window.angular.module('schoolverzuim.datum-nl', []).run(['$locale', '$injector', function ($locale, $injector) {
  Object.assign($locale.DATETIME_FORMATS, DATUMNAMEN);
  $locale.id = 'nl-nl';
  if ($injector.has('uibDatepickerConfig')) {
    $injector.get('uibDatepickerConfig').startingDay = 1;
  }
  if ($injector.has('uibDatepickerPopupConfig')) {
    Object.assign($injector.get('uibDatepickerPopupConfig'), {
      currentText: 'Vandaag',
      clearText: 'Wissen',
      closeText: 'Klaar'
    });
  }
}]);

// No plug-in: this script only registers the AngularJS module above.
export default [];

/*
 * Camunda's configuration of this webapp for schoolverzuim (replaces the shipped scripts/config.js).
 * nl.schoolverzuim.web.CamundaHuisstijl serves it with the configured installation name in place of the marked default
 * (schoolverzuim.installatie.naam); served as a plain file it keeps the default.
 */

export default {
  app: {
    vendor: /*installatie.naam*/'schoolverzuim',
    name: 'Beheer'
  },
  // Dutch whatever the browser asks for: officers work in Dutch, and English is not offered.
  locales: {
    availableLocales: ['nl'],
    fallbackLocale: 'nl'
  },
  // Dutch month and day names for AngularJS's date picker: see tasklist/scripts/datum-nl.js.
  customScripts: ['../tasklist/scripts/datum-nl'],
  requireJsConfig: {
    ngDeps: ['schoolverzuim.datum-nl'],
    // Given a configuration, RequireJS drops index.html's waitSeconds: 0 and gives up on the plug-ins after 7 s on a
    // busy server, leaving a blank page.
    waitSeconds: 0
  },
  // The first-login message points to Camunda's English welcome page.
  disableWelcomeMessage: true
};

/*
 * Gemeente Utrecht: Cockpit is used by the manager, who reads everything and changes nothing, and by the
 * administrator. Cockpit still showed the manager its buttons to change a case (edit or delete a variable, add one,
 * cancel or suspend an instance), which the engine refused. This module marks the page with the class
 * wijk-met-beheer for users of Admin (the administrator); styles/user-styles.css hides those buttons for everyone else.
 */

fetch('/camunda/api/admin/auth/user/default', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
  .then(antwoord => (antwoord.ok ? antwoord.json() : { authorizedApps: [] }))
  .then(gebruiker => {
    document.body.classList.toggle('wijk-met-beheer', (gebruiker.authorizedApps || []).includes('admin'));
  })
  .catch(() => {});

export default [];
